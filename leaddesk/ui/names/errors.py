"""A refusal from the services in the user's language: its ``code`` and ``params``
made into a sentence here; the service's English ``message`` is the fallback (and what
the command line and the logs show)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.ui.formatting import isolated
from leaddesk.ui.names.file_errors import file_sentences
from leaddesk.ui.names.issues import issues_text
from leaddesk.ui.names.stages import stage_label


def _stage(value: object) -> str:
    try:
        return stage_label(Stage(str(value)))
    except ValueError:
        return str(value)


def _changed(p: dict[str, object]) -> str:
    label = p.get("label")
    if p.get("kind") == "Lead" and label:
        text = QCoreApplication.translate(
            "Errors",
            "Lead %1 was changed by somebody else meanwhile; nothing was overwritten. "
            "Your change was not saved: apply it again to the lead as it is now.",
        )
    elif label:
        text = QCoreApplication.translate(
            "Errors",
            "%1 was changed by somebody else meanwhile; nothing was overwritten. "
            "Apply your change again to it as it is now.",
        )
    else:
        text = QCoreApplication.translate(
            "Errors",
            "Somebody else changed this meanwhile; nothing was overwritten. "
            "Apply your change again to it as it is now.",
        )
    return text.replace("%1", isolated(str(label or "")))


def _missing(p: dict[str, object]) -> str:
    gone = {
        "Lead": QCoreApplication.translate(
            "Errors", "This lead no longer exists (it may have been deleted)."
        ),
        "Template": QCoreApplication.translate("Errors", "This template no longer exists."),
        "Follow-up": QCoreApplication.translate("Errors", "This follow-up no longer exists."),
        "User": QCoreApplication.translate("Errors", "This person no longer exists."),
        "Attachment": QCoreApplication.translate("Errors", "This file is no longer attached."),
        "Outbox batch": QCoreApplication.translate(
            "Errors", "This batch of messages no longer exists."
        ),
        "Outbox message": QCoreApplication.translate("Errors", "This message no longer exists."),
        "Web form": QCoreApplication.translate("Errors", "This web form no longer exists."),
    }
    return gone.get(
        str(p.get("kind")), QCoreApplication.translate("Errors", "This record no longer exists.")
    )


def _with(text: str, *names: str) -> Callable[[dict[str, object]], str]:
    def fill(p: dict[str, object]) -> str:
        out = text
        for i, name in enumerate(names, start=1):
            value = p.get(name, "")
            out = out.replace(f"%{i}", _stage(value) if name == "stage" else isolated(str(value)))
        return out

    return fill


def _contended(p: dict[str, object]) -> str:
    attempts = p.get("attempts")
    if isinstance(attempts, int) and attempts > 1:
        text = QCoreApplication.translate(
            "Errors",
            "Other people were changing the same records at the same moment; LeadDesk "
            "tried %1 times and could not get through. Nothing was saved: try again.",
        )
        return text.replace("%1", QLocale().toString(attempts))
    return QCoreApplication.translate(
        "Errors",
        "Another change to the same records got in the way; nothing was saved. Try again.",
    )


def _holder(h: object) -> str:
    info = h if isinstance(h, dict) else {}
    digits = QLocale()
    digits.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 18361, not 18 361
    pid = digits.toString(int(info.get("pid") or 0))
    kind = info.get("kind")
    if kind == "capture":
        text = QCoreApplication.translate("Errors", "the capture service (process %1)")
    elif kind == "leaddesk":
        text = QCoreApplication.translate("Errors", "another LeadDesk (process %1)")
    else:
        text = QCoreApplication.translate("Errors", "%2 (process %1)").replace(
            "%2", isolated(str(info.get("program") or "?"))
        )
    return text.replace("%1", pid)


def _sqlite_busy(p: dict[str, object]) -> str:
    found = p.get("holders")
    names = [_holder(h) for h in found] if isinstance(found, list) else []
    who = (
        QLocale().createSeparatedList(names)
        if names
        else QCoreApplication.translate("Errors", "another LeadDesk or the capture service")
    )
    text = QCoreApplication.translate(
        "Errors",
        "The database %1 is busy: %2 is writing to it and did not finish in time. "
        "Nothing was saved; try again in a moment.",
    )
    return text.replace("%1", isolated(str(p.get("file") or ""))).replace("%2", who)


def _unsendable(problem: str) -> Callable[[dict[str, object]], str]:
    """A recipient's or the sender's address that no email can be written with."""

    def fill(p: dict[str, object]) -> str:
        if p.get("whose") == "sender":
            texts = {
                "line": QCoreApplication.translate(
                    "Errors",
                    "The sender address %1 contains a line break; no email can be sent "
                    "from it. Correct it in Settings.",
                ),
                "control": QCoreApplication.translate(
                    "Errors",
                    "The sender address %1 contains a control character; no email can be "
                    "sent from it. Correct it in Settings.",
                ),
                "invalid": QCoreApplication.translate(
                    "Errors",
                    "The sender address %1 is not an email address; no email can be sent "
                    "from it. Correct it in Settings.",
                ),
            }
        else:
            texts = {
                "line": QCoreApplication.translate(
                    "Errors",
                    "The recipient's address %1 contains a line break; it cannot be sent "
                    "to. Correct the lead's email address, then retry the message.",
                ),
                "control": QCoreApplication.translate(
                    "Errors",
                    "The recipient's address %1 contains a control character; it cannot "
                    "be sent to. Correct the lead's email address, then retry the message.",
                ),
                "invalid": QCoreApplication.translate(
                    "Errors",
                    "The recipient's address %1 is not an email address; it cannot be sent "
                    "to. Correct the lead's email address, then retry the message.",
                ),
            }
        return texts[problem].replace("%1", isolated(str(p.get("address") or "")))

    return fill


def _failed_check(p: dict[str, object]) -> str:
    if p.get("reason") == "no_features":
        return QCoreApplication.translate(
            "Errors",
            "The new model was not kept: no field is left to learn from (every one was "
            "excluded, the same for every lead, or filled in after the outcome).",
        )
    if p.get("reason") == "brier":
        text = QCoreApplication.translate(
            "Errors",
            "The new model was not kept: on the leads it did not see, its Brier score %1 "
            "is no better than always saying the base rate (%2). The fields given do not "
            "predict who becomes a customer well enough; the model in use (if any) stays.",
        )
        return _with(text, "brier", "brier_base_rate")(p)
    text = QCoreApplication.translate(
        "Errors",
        "The new model was not kept: on the leads it did not see, its ROC AUC %1 is not "
        "above %2. The fields given do not predict who becomes a customer well enough; "
        "the model in use (if any) stays.",
    )
    return _with(text, "auc", "auc_floor")(p)


def _sentences() -> dict[str, Callable[[dict[str, object]], str]]:
    return {
        "changed_meanwhile": _changed,
        "missing": _missing,
        "reason_needed": _with(
            QCoreApplication.translate("Errors", "Moving a lead to %1 needs a reason."), "stage"
        ),
        "inactive_needs_customer": _with(
            QCoreApplication.translate(
                "Errors",
                "Only a customer can become Inactive (a former customer); this lead is %1.",
            ),
            "stage",
        ),
        "stage_unknown": _with(
            QCoreApplication.translate("Errors", "There is no stage %1."), "value"
        ),
        "follow_up_done": _with(
            QCoreApplication.translate("Errors", "The follow-up %1 is already done."), "title"
        ),
        "no_such_user": _with(
            QCoreApplication.translate("Errors", "There is nobody with the email address %1."),
            "email",
        ),
        "last_owner": lambda _p: QCoreApplication.translate(
            "Errors", "This is the last active owner; make someone else an owner first."
        ),
        "template_empty": _with(
            QCoreApplication.translate("Errors", "The template %1 has no text to send."), "name"
        ),
        "template_retired": _with(
            QCoreApplication.translate("Errors", "The template %1 is retired; restore it first."),
            "name",
        ),
        "email_not_set_up": lambda _p: QCoreApplication.translate(
            "Errors", "Email is not set up: add your SMTP server and sender address in Settings."
        ),
        "claimed_first": _with(
            QCoreApplication.translate("Errors", "Somebody else claimed lead %1 first."), "label"
        ),
        "next_to_itself": lambda _p: QCoreApplication.translate(
            "Errors", "A card cannot be placed next to itself."
        ),
        "neighbour_gone": lambda _p: QCoreApplication.translate(
            "Errors", "The card next to the drop place no longer exists; drop it again."
        ),
        "neighbour_moved": _with(
            QCoreApplication.translate(
                "Errors", "The card next to the drop place is no longer in %1; drop it again."
            ),
            "stage",
        ),
        "not_deleted": _with(
            QCoreApplication.translate("Errors", "Lead %1 is not among the deleted leads."), "label"
        ),
        "no_such_product": lambda _p: QCoreApplication.translate(
            "Errors", "That product no longer exists."
        ),
        "source_exists": _with(
            QCoreApplication.translate("Errors", "There is a source named %1 already."), "name"
        ),
        "builtin_source": lambda _p: QCoreApplication.translate(
            "Errors", "LeadDesk's own sources are named by the app in each language."
        ),
        "field_exists": _with(
            QCoreApplication.translate("Errors", "There is a custom field named %1 already."),
            "name",
        ),
        "no_choices": lambda _p: QCoreApplication.translate(
            "Errors", "A choice field needs at least one choice."
        ),
        "too_many_choices": _with(
            QCoreApplication.translate("Errors", "A choice field holds at most %1 choices."),
            "max",
        ),
        "field_values_misfit": _with(
            QCoreApplication.translate(
                "Errors",
                'Lead %1 holds "%2" in %3, which a field of this kind cannot hold; '
                "change that lead first.",
            ),
            "label",
            "value",
            "field",
        ),
        "no_such_field": lambda _p: QCoreApplication.translate(
            "Errors", "That custom field no longer exists."
        ),
        "first_response_sender": lambda _p: QCoreApplication.translate(
            "Errors", "An automatic email needs the address it is sent from."
        ),
        "no_such_mapping": _with(
            QCoreApplication.translate("Errors", "There is no saved mapping named %1."), "name"
        ),
        "no_such_source": lambda _p: QCoreApplication.translate(
            "Errors", "That source is not on the list of sources."
        ),
        "already_imported": _with(
            QCoreApplication.translate(
                "Errors",
                "%1 was imported in full already; importing it again would find only "
                "duplicates. Undo that import first, or import it again on purpose.",
            ),
            "file",
        ),
        "already_undone": lambda _p: QCoreApplication.translate(
            "Errors", "This import was undone already."
        ),
        "bad_choice": lambda _p: QCoreApplication.translate(
            "Errors", "That is not one of the choices offered."
        ),
        "no_such_segment": lambda _p: QCoreApplication.translate(
            "Errors", "That segment no longer exists."
        ),
        "no_such_campaign": lambda _p: QCoreApplication.translate(
            "Errors", "That campaign no longer exists."
        ),
        "no_such_person": lambda _p: QCoreApplication.translate(
            "Errors", "That person no longer exists."
        ),
        "no_active_owner": lambda _p: QCoreApplication.translate(
            "Errors", "That person is no longer active; choose someone else to own the lead."
        ),
        "no_user": lambda _p: QCoreApplication.translate(
            "Errors", "That person no longer exists or is no longer active."
        ),
        "no_team": lambda _p: QCoreApplication.translate("Errors", "That team no longer exists."),
        "no_pending_partner": lambda _p: QCoreApplication.translate(
            "Errors", "This lead is not waiting for a partner's answer any more."
        ),
        "email_not_by_hand": lambda _p: QCoreApplication.translate(
            "Errors", "Email is sent by LeadDesk itself, not confirmed by hand."
        ),
        "message_already": _with(
            QCoreApplication.translate("Errors", "The message to %1 was already dealt with."),
            "recipient",
        ),
        "message_decided": _with(
            QCoreApplication.translate(
                "Errors", "The message to %1 is not waiting for a decision any more."
            ),
            "recipient",
        ),
        "db_unreachable": _with(
            QCoreApplication.translate("Errors", "Cannot use the database %1: %2"),
            "database",
            "reason",
        ),
        "contended": _contended,
        "address_line_break": _unsendable("line"),
        "address_control_character": _unsendable("control"),
        "address_invalid": _unsendable("invalid"),
        "email_unbuildable": _unsendable("invalid"),
        "message_id_invalid": _with(
            QCoreApplication.translate(
                "Errors",
                "The message to %1 has no usable Message-ID; it cannot be sent as it is. "
                "Queue it again to this lead.",
            ),
            "recipient",
        ),
        "lock_wait": _with(
            QCoreApplication.translate(
                "Errors",
                "Somebody else's unfinished change on %1 held these records too long; "
                "nothing was saved. Try again in a moment.",
            ),
            "database",
        ),
        "sqlite_busy": _sqlite_busy,
        "not_permitted_lead": lambda _p: QCoreApplication.translate(
            "Errors",
            "You may not change this lead: your database login is not allowed to. "
            "Nothing was saved.",
        ),
        "merge_too_few": lambda _p: QCoreApplication.translate(
            "Errors", "Choose at least two leads to merge; nothing was merged."
        ),
        "merge_into_itself": lambda _p: QCoreApplication.translate(
            "Errors", "A lead cannot be merged into itself; nothing was merged."
        ),
        "merge_lead_gone": _with(
            QCoreApplication.translate(
                "Errors",
                "Lead %1 was deleted or merged into another lead meanwhile, so it cannot "
                "be merged; nothing was merged. Scan for duplicates again.",
            ),
            "label",
        ),
        "merge_unknown_field": _with(
            QCoreApplication.translate(
                "Errors", "The merge cannot choose the field %1; nothing was merged."
            ),
            "field",
        ),
        "merge_undone_already": _with(
            QCoreApplication.translate(
                "Errors", "The merge into lead %1 was undone already; nothing was changed."
            ),
            "label",
        ),
        "merge_missing": lambda _p: QCoreApplication.translate(
            "Errors", "This merge no longer exists (its lead was removed); nothing was changed."
        ),
        "scan_stopped": lambda _p: QCoreApplication.translate(
            "Errors", "The scan for duplicates was cancelled; nothing was changed."
        ),
        "not_permitted": lambda _p: QCoreApplication.translate(
            "Errors",
            "You may not make this change: your database login is not allowed to. "
            "Nothing was saved.",
        ),
        "db_read_only": _with(
            QCoreApplication.translate(
                "Errors", "The database file %1 is read-only here; nothing was saved."
            ),
            "file",
        ),
        "db_file_read_only": _with(
            QCoreApplication.translate(
                "Errors",
                "The database file %1 is read-only for you, and LeadDesk needs to write "
                "to it. Make it writable, or open a copy of it; nothing in it was changed.",
            ),
            "path",
        ),
        "db_folder_read_only": _with(
            QCoreApplication.translate(
                "Errors",
                "LeadDesk cannot use the database file %1: its folder %2 is read-only for "
                "you, and SQLite keeps its working files beside the database. Make the "
                "folder writable, or move the file; nothing was changed.",
            ),
            "path",
            "folder",
        ),
        "web_form_unknown": _with(
            QCoreApplication.translate(
                "Errors",
                "There is no web form %1 (Settings ▸ Web forms lists them); nothing was saved.",
            ),
            "key",
        ),
        "web_form_retired": _with(
            QCoreApplication.translate(
                "Errors",
                "The web form %1 is retired and takes no more submissions; nothing was "
                "saved. Bring it back in Settings ▸ Web forms, or use another form.",
            ),
            "name",
        ),
        "web_form_token": _with(
            QCoreApplication.translate(
                "Errors",
                "The web form %1 was posted without its secret token, or with an old one; "
                "nothing was saved. Put the form's current snippet (Settings ▸ Web forms) "
                "on the site.",
            ),
            "name",
        ),
        "backup_unreadable": _with(
            QCoreApplication.translate(
                "Errors",
                "The backup %1 is damaged or is no LeadDesk database; nothing was restored "
                "and the database is as it was.",
            ),
            "file",
        ),
        "restore_server": lambda _p: QCoreApplication.translate(
            "Errors",
            "LeadDesk restores only database files; restore a server's database with its "
            "own tools (pg_restore, mariadb).",
        ),
        "password_refused": _with(
            QCoreApplication.translate("Errors", "The database %1 refused the login: %2"),
            "database",
            "reason",
        ),
        "model_too_little_history": _with(
            QCoreApplication.translate(
                "Errors",
                "Too little history to learn from: %1 closed leads (%2 customers, %3 not). "
                "The model needs at least %4 closed leads with at least %5 of each outcome; "
                "the model in use (if any) stays.",
            ),
            "closed",
            "customers",
            "others",
            "need_closed",
            "need_each",
        ),
        "model_failed_check": _failed_check,
        "model_refused": lambda _p: QCoreApplication.translate(
            "Errors", "The new model was not kept; the model in use (if any) stays."
        ),
        **file_sentences(),
    }


def error_text(exc: LeadDeskError | str) -> str:
    """What to tell the user about ``exc``, in their language where LeadDesk knows it."""
    if isinstance(exc, str):
        return exc
    if isinstance(exc, ValidationError):
        return issues_text(exc.issues)
    sentence = _sentences().get(exc.code)
    return sentence(exc.params) if sentence else exc.message
