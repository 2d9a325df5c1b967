"""The command line: the same services the app uses."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from leaddesk import __version__, cli_capture, cli_leads, cli_model, cli_score
from leaddesk.config.settings import Settings, missing_saved_file, resolve_db_url
from leaddesk.domain.leads import Role
from leaddesk.errors import LeadDeskError

if TYPE_CHECKING:
    from leaddesk.services.workspace import Workspace

ENV_SMTP_PASSWORD = "LEADDESK_SMTP_PASSWORD"

SCREENS = (
    "board",
    "leads",
    "pool",
    "duplicates",
    "follow-ups",
    "insights",
    "templates",
    "outbox",
    "settings",
)
WIZARD_VIEWS = ("import-mapping", "import-preview")  # the import wizard's steps
TAB_VIEWS = ("settings-scoring", "settings-model", "settings-distribution")  # a screen's tab
LEAD_VIEWS = ("lead-score",)  # a lead's window with its score breakdown in front


def _ask_password(url: URL) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {url.username}@{url.host}: ")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (sqlite:///file, postgresql://user@host/db, "
        "mysql://user@host/db); default: $LEADDESK_DB_URL, the saved "
        "setting, or the SQLite file in your data folder",
    )

    p = argparse.ArgumentParser(
        prog="leaddesk", parents=[common], description="Lead management for small sales teams."
    )
    p.add_argument("--version", action="version", version=f"LeadDesk {__version__}")
    p.add_argument("--lang", metavar="CODE", help="interface language: en, ar, pl")
    p.add_argument(
        "--view", choices=(*SCREENS, *WIZARD_VIEWS, *TAB_VIEWS, *LEAD_VIEWS), help="screen to open"
    )
    p.add_argument("--screenshot", metavar="FILE.png", help="render the screen into a PNG and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill a database with demo data")
    demo.add_argument("--leads", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--lang",
        default=argparse.SUPPRESS,  # as well as before the command
        metavar="CODE",
        help="the demo's follow-ups, notes, reasons and products in en, ar or pl",
    )
    demo.add_argument("--activities-per-lead", type=float, default=5.0, metavar="K")
    demo.add_argument(
        "--replace",
        action="store_true",
        help="wipe the database's data first (it must otherwise be empty)",
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="bring the schema up to date")
    db_sub.add_parser("current", parents=[common], help="show the schema revision")

    users = sub.add_parser("users", help="the people who own leads")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", parents=[common], help="add a person")
    add.add_argument("email")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.REP.value)
    listing = users_sub.add_parser("list", parents=[common], help="list the people")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.add_argument("--all", action="store_true", help="the deactivated ones too")
    for action, text in (("deactivate", "no longer offered as an owner"), ("activate", "back")):
        users_sub.add_parser(action, parents=[common], help=text).add_argument("email")

    outbox = sub.add_parser("outbox", help="messages waiting to be sent")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    outbox_sub.add_parser(
        "send",
        parents=[common],
        help="send the emails you queued, through the SMTP server in your settings",
    )
    outbox_sub.add_parser("status", parents=[common], help="list recent batches")
    cli_leads.add_commands(sub, common)
    cli_capture.add_commands(sub, common)
    cli_model.add_commands(sub, common)
    cli_score.add_commands(sub, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.load()
    url = resolve_db_url(getattr(args, "db", None), settings)
    missing = missing_saved_file(url, getattr(args, "db", None), settings)
    if missing is not None and (args.command or args.screenshot):
        print(
            f"leaddesk: the database LeadDesk used last, {missing}, is not there any more "
            "(moved or deleted?); name it with --db, or open the app to locate it.",
            file=sys.stderr,
        )
        return 2
    try:
        if args.command == "demo":
            return _demo(args, url, settings)
        if args.command == "db":
            return _db(args, url, settings)
        if args.command == "outbox":
            return _outbox(args, url, settings)
        if args.command == "users":
            return _users(args, url)
        if args.command in ("import", "imports", "export", "lead"):
            return _leads(args, url, settings)
        if args.command == "capture":
            return cli_capture.run(args, url, settings)
        if args.command == "model":
            return cli_model.run(args, url, settings)
        if args.command == "score":
            return cli_score.run(args, url, settings)
    except LeadDeskError as exc:
        print(f"leaddesk: {exc.message}", file=sys.stderr)
        return 2
    from leaddesk.ui import platform_check  # loads no Qt library

    if why := platform_check.start_problem(sys.argv, os.environ):
        print(why, file=sys.stderr)  # instead of Qt's abort or an ImportError's traceback
        return 3
    try:
        from leaddesk.app import run_app
    except ImportError as exc:  # a library the check above does not know of
        print(f"leaddesk: Qt cannot start: {exc}", file=sys.stderr)
        print(f"On Debian or Ubuntu: sudo apt-get install -y {platform_check.DEBIAN_PACKAGES}")
        return 3

    return run_app(
        url, settings, lang=args.lang, view=args.view, screenshot=args.screenshot, missing=missing
    )


def _demo(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.demo import populate
    from leaddesk.demo.distribution import capture_arrivals, set_up_distribution
    from leaddesk.services.workspace import open_workspace

    if args.leads < 0:
        raise LeadDeskError("--leads must be zero or more.")
    ws = open_workspace(url, default_region=settings.default_country, ask_password=_ask_password)
    try:
        summary = populate(
            ws,
            args.leads,
            seed=args.seed,
            replace=args.replace,
            activities_per_lead=args.activities_per_lead,
            language=args.lang or settings.language,
        )
        if args.leads:  # an empty demo stays empty
            set_up_distribution(ws, args.lang or settings.language)
            capture_arrivals(ws)
    finally:
        ws.close()
    print(
        f"{ws.title}: {summary.leads} leads, {summary.activities} activities, "
        f"{summary.follow_ups} follow-ups, {summary.users} users in {summary.seconds:.1f} s"
    )
    return 0


def _leads(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(
        url,
        default_region=settings.default_country,
        ask_password=_ask_password,
    )
    try:
        return cli_leads.run(args, ws)
    finally:
        ws.close()


def _users(args: argparse.Namespace, url: str) -> int:
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, ask_password=_ask_password)
    try:
        if args.users_command == "add":
            user = ws.users.add(args.name, args.email, args.role).value
            print(f"{user.name} <{user.email}> added as {user.role.value}")
        elif args.users_command == "list":
            for user in ws.users.list(active_only=not args.all):
                row = {
                    "name": user.name,
                    "email": user.email,
                    "role": user.role.value,
                    "active": user.active,
                }
                if args.json:
                    print(json.dumps(row, ensure_ascii=False))
                else:
                    state = "" if user.active else "  (deactivated)"
                    print(f"{user.name} <{user.email}>  {user.role.value}{state}")
        else:
            user = ws.users.by_email(args.email)
            changed = ws.users.set_active(user.id, args.users_command == "activate").value
            print(f"{changed.name} <{changed.email}> {args.users_command}d")
    finally:
        ws.close()
    return 0


def _db(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, ask_password=_ask_password, upgrade=args.db_command == "upgrade")
    ws.close()
    if args.db_command == "upgrade":
        if ws.upgraded:
            print(
                f"{ws.title}: upgraded from {ws.schema_before or 'empty'} to {ws.schema_revision}"
            )
        else:
            print(f"{ws.title}: already at schema {ws.schema_revision}")
    else:
        print(json.dumps({"database": ws.title, "revision": ws.schema_revision or None}))
    return 0


def _smtp_password(settings: Settings) -> str | None:
    from leaddesk.config.secrets import smtp_password

    if not settings.smtp_user:
        return None
    found = os.environ.get(ENV_SMTP_PASSWORD) or smtp_password(
        settings.smtp_host, settings.smtp_user
    )
    if found is None and sys.stdin.isatty():
        found = getpass.getpass(f"Password for {settings.smtp_user} on {settings.smtp_host}: ")
    return found


def _outbox(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, ask_password=_ask_password)
    try:
        if args.outbox_command == "status":
            for b in ws.outbox.batches(limit=20):
                counts = ", ".join(f"{n} {s.value}" for s, n in sorted(b.counts.items()))
                print(
                    f"{b.created_at:%Y-%m-%d %H:%M} {b.channel.value:8} {b.template_name}: {counts}"
                )
            return 0
        return _send(ws, settings)
    finally:
        ws.close()


def _send(ws: Workspace, settings: Settings) -> int:
    from leaddesk.services.smtp import SmtpAccount, SmtpTransport

    if not settings.email_ready:
        raise LeadDeskError(
            "Email is not set up: add the SMTP server and your sender address in Settings."
        )
    account = SmtpAccount.from_settings(settings, _smtp_password(settings))
    released = ws.outbox.release_abandoned(account.from_address)
    if released:
        print(f"{released} message(s) left mid-send by a stopped LeadDesk go back in line")
    with SmtpTransport(account) as transport:
        report = ws.outbox.send_all(transport)
    print(f"{report.sent} sent, {report.failed} failed")
    if report.stopped is not None:
        print(f"leaddesk: stopped: {report.stopped.error}", file=sys.stderr)
        return 3
    return 0
