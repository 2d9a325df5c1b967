"""From "send this to these leads" to messages on their way: composing, queueing,
the email password, the background sender and WhatsApp/SMS confirmations.

Screens ask for a message through their sendMessage signal; the main window hands
those requests here, so no screen knows about SMTP or the outbox's rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from leaddesk.config.secrets import smtp_password
from leaddesk.config.settings import Settings
from leaddesk.domain.activities import Channel
from leaddesk.domain.bidi import isolate_value
from leaddesk.domain.mime import Mailbox
from leaddesk.domain.outbox import MANUAL_CHANNELS, STOPS_SENDING, Failure, MessageStatus
from leaddesk.domain.templates import TemplateProblems
from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import QueueResult, SendOutcome, SendReport
from leaddesk.services.records import Changes
from leaddesk.services.smtp import SmtpAccount, SmtpTransport
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.manual_dialog import ManualSendDialog
from leaddesk.ui.messaging.send_dialog import SendDialog
from leaddesk.ui.messaging.sender import OutboxSender
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import failure_text, skip_reason
from leaddesk.ui.worker import Progress, run_with_progress

QUEUE_IN_BACKGROUND = 50  # leads; fewer are queued at once


class Messenger(QObject):
    changed = Signal(object)  # Changes written (messages queued or sent)
    status = Signal(str)  # a line for the status bar
    # hides QObject.sender(), which nothing here calls; the name is kept for the screens
    sender: OutboxSender  # type: ignore[assignment]

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        prefs: Settings,
        me: Callable[[], uuid.UUID | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ws, self.prefs, self._me, self._window = workspace, prefs, me, parent
        self._password: str | None = None  # asked once per session when no keyring has it
        self.sender = OutboxSender(self)
        self.sender.progressed.connect(self._progressed)
        self.sender.finished.connect(self._finished)
        self.sender.failed.connect(self._failed)
        self.last_stop: SendOutcome | None = None
        self.last_error: str | None = None

    # the account ------------------------------------------------------------------------
    def remember_password(self, password: str | None) -> None:
        self._password = password or None

    def account(self, parent: QWidget | None = None, *, ask: bool = True) -> SmtpAccount | None:
        """The SMTP account from Settings with its password (keyring, this session's, or
        asked for); None when email is not set up or the user cancelled."""
        p = self.prefs
        if not p.email_ready:
            return None
        password = None
        if p.smtp_user:
            password = self._password or smtp_password(p.smtp_host, p.smtp_user)
            if password is None:
                if not ask:
                    return None
                text, ok = QInputDialog.getText(
                    parent or self._window,
                    self.tr("Email password"),
                    self.tr("Password for %1 on %2:")
                    .replace("%1", p.smtp_user)
                    .replace("%2", p.smtp_host),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return None
                password = self._password = text
        return SmtpAccount.from_settings(p, password)

    def sender_mailbox(self) -> Mailbox | None:
        p = self.prefs
        return Mailbox(p.sender_name, p.sender_email) if p.email_ready else None

    # composing -----------------------------------------------------------------------------
    def compose(self, lead_ids: list[uuid.UUID], channel: Channel, parent: QWidget) -> bool:
        """Ask what to send, queue it, and start it on its way; False if nothing went."""
        if not lead_ids:
            return False
        ws = self._ws()
        try:
            ask = SendDialog(
                ws,
                lead_ids,
                channel,
                me=self._me(),
                email_ready=self.prefs.email_ready,
                parent=parent,
            )
        except LeadDeskError as exc:
            QMessageBox.warning(parent, self.tr("Cannot send"), error_text(exc))
            return False
        if ask.exec() != QDialog.DialogCode.Accepted or ask.chosen() is None:
            return False
        template = ask.chosen()
        assert template is not None

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> QueueResult:
            return ws.messaging.queue(
                lead_ids,
                template.id,
                user_id=self._me(),
                sender=self.sender_mailbox(),
                product_id=ask.product_id,
                match_language=ask.match_language.isChecked(),
                progress=progress,
                cancelled=cancelled,
            ).value

        try:
            if len(lead_ids) >= QUEUE_IN_BACKGROUND:
                result = run_with_progress(
                    parent,
                    self.tr("Preparing %Ln message(s)…", "", len(lead_ids)),
                    work,
                )
                if result is None:
                    return False
            else:
                result = work(lambda _d, _t: None, lambda: False)
        except TemplateProblems as exc:
            QMessageBox.warning(parent, self.tr("The template has problems"), error_text(exc))
            return False
        except LeadDeskError as exc:
            QMessageBox.warning(parent, self.tr("Cannot send"), error_text(exc))
            return False
        if result.queued:
            self.changed.emit(Changes(outbox=True))
        self._tell_skipped(parent, result)
        if not result.queued or result.batch_id is None:
            return False
        if channel in MANUAL_CHANNELS:
            self.work_manual(parent, result.batch_id)
        elif result.queued == 1:
            self.send_now(parent, result.batch_id)
        else:
            self.start_sending(parent)
        return True

    def _tell_skipped(self, parent: QWidget, result: QueueResult) -> None:
        if not result.skipped:
            return
        shown = result.skipped[:8]
        # each line starts in the interface's direction (an Arabic line reads right to
        # left even though it begins with a lead number), the lead and detail isolated
        mark = (
            "\u200f" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        )
        lines = [
            f"{mark}{isolate_value(f'{s.number} {s.name}')}: {skip_reason(s.reason)}"
            + (f" ({isolate_value(s.detail)})" if s.detail else "")
            for s in shown
        ]
        if len(result.skipped) > len(shown):
            lines.append("…")
        n = len(result.skipped)
        if all(s.reason in ("no_email", "no_phone") for s in result.skipped):
            intro = self.tr("%Ln lead(s) have no address for this channel and got nothing:", "", n)
        else:
            intro = self.tr("%Ln lead(s) got nothing:", "", n)
        QMessageBox.information(
            parent, self.tr("Some leads were left out"), intro + "\n\n" + "\n".join(lines)
        )

    # email -------------------------------------------------------------------------------
    def send_now(self, parent: QWidget, batch_id: uuid.UUID) -> SendReport | None:
        """One message, sent while the user waits: a failure is explained, with Retry."""
        while True:
            account = self.account(parent)
            if account is None:
                self.status.emit(self.tr("The message waits in the Outbox."))
                return None
            ws = self._ws()
            try:
                report = self._send_batch(parent, ws, account, batch_id)
            except LeadDeskError as exc:
                QMessageBox.warning(parent, self.tr("Cannot send"), error_text(exc))
                return None
            if report is None:
                return None
            self.changed.emit(self._batch_changes(ws, batch_id))
            problem = self._problem(ws, batch_id, report)
            if problem is None:
                self.status.emit(self.tr("Email sent."))
                return report
            if problem.status is MessageStatus.HANDED_OVER:  # never resent on a guess
                QMessageBox.warning(
                    parent,
                    self.tr("The email may have been sent"),
                    failure_text(problem.failure, problem.error)
                    + "\n\n"
                    + self.tr("Check your sent mail, then tell the Outbox whether it arrived."),
                )
                return report
            if not self._offer_retry(parent, failure_text(problem.failure, problem.error)):
                return report
            if problem.failure is Failure.AUTH:
                self._password = None
            if problem.status is MessageStatus.FAILED:
                ws.outbox.retry([problem.message_id])

    @staticmethod
    def _send_batch(
        parent: QWidget, ws: Workspace, account: SmtpAccount, batch_id: uuid.UUID
    ) -> SendReport | None:
        def work(_progress: Progress, cancelled: Callable[[], bool]) -> SendReport:
            with SmtpTransport(account) as transport:
                return ws.outbox.send_all(transport, batch_id=batch_id, cancelled=cancelled)

        return run_with_progress(parent, QCoreApplication.translate("Messenger", "Sending…"), work)

    @staticmethod
    def _batch_changes(ws: Workspace, batch_id: uuid.UUID) -> Changes:
        """The outbox, and the timelines of the batch's leads that were sent to."""
        sent = frozenset(
            m.lead_id for m in ws.outbox.messages(batch_id=batch_id, statuses=[MessageStatus.SENT])
        )
        return Changes(outbox=True, timelines=sent, leads=sent)

    @staticmethod
    def _problem(ws: Workspace, batch_id: uuid.UUID, report: SendReport) -> SendOutcome | None:
        if report.stopped is not None:
            return report.stopped
        if not report.failed:
            return None
        row = next(iter(ws.outbox.messages(batch_id=batch_id, statuses=[MessageStatus.FAILED])))
        failure = Failure(row.error_code) if row.error_code in set(Failure) else None
        return SendOutcome(row.id, row.lead_id, row.batch_id, row.status, failure, row.error)

    def _offer_retry(self, parent: QWidget, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The email was not sent"),
            text + "\n\n" + self.tr("It waits in the Outbox; you can retry now or later."),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("sendFailed")
        return box.exec() == QMessageBox.StandardButton.Retry

    def start_sending(self, parent: QWidget | None = None, *, ask: bool = True) -> bool:
        """Work the outbox in the background (several messages)."""
        if self.sender.running:
            return True
        account = self.account(parent, ask=ask)
        if account is None:
            return False
        ws = self._ws()
        try:
            ws.outbox.release_abandoned(account.from_address)
            if not ws.outbox.pending(account.from_address):
                return False
        except LeadDeskError as exc:
            self.status.emit(error_text(exc))
            return False
        self.last_stop, self.last_error = None, None
        return self.sender.start(ws, account)

    def resume_at_start(self) -> None:
        """Email left waiting when LeadDesk last closed goes on without asking anything
        (a password not in the keyring is asked for when the user presses Send)."""
        if self.prefs.email_ready:
            self.start_sending(ask=False)

    def stop_sending(self) -> None:
        self.sender.stop()

    def _progressed(self, outcome: SendOutcome) -> None:
        self.status.emit(self.tr("Sending email: %Ln done", "", self.sender.sent_this_run))
        if outcome.status is MessageStatus.SENT:
            self.changed.emit(
                Changes(
                    outbox=True,
                    timelines=frozenset({outcome.lead_id}),
                    leads=frozenset({outcome.lead_id}),
                )
            )

    def _finished(self, report: SendReport) -> None:
        self.changed.emit(Changes(outbox=True))
        self.last_stop = report.stopped
        if report.stopped is not None and (
            report.stopped.failure in STOPS_SENDING
            or report.stopped.status is MessageStatus.HANDED_OVER
        ):
            if report.stopped.failure is Failure.AUTH:
                self._password = None
            self.status.emit(
                self.tr("Sending stopped: %1").replace(
                    "%1", failure_text(report.stopped.failure, report.stopped.error)
                )
            )
            return
        self.status.emit(self.tr("%Ln email(s) sent", "", report.sent))

    def _failed(self, message: str) -> None:
        self.last_error = message
        self.changed.emit(Changes(outbox=True))
        self.status.emit(self.tr("Sending stopped: %1").replace("%1", message))

    # WhatsApp and SMS ---------------------------------------------------------------------
    def work_manual(self, parent: QWidget, batch_id: uuid.UUID | None = None) -> int:
        dialog = ManualSendDialog(
            self._ws(),
            batch_id=batch_id,
            user_id=self._me(),
            on_changes=self.changed.emit,
            parent=parent,
        )
        if dialog.row is not None:
            dialog.exec()
        return dialog.done_count
