"""``leaddesk capture serve``: the web forms' HTTP service, on the same services as the
app (see leaddesk/capture/)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from leaddesk.config.settings import Settings
from leaddesk.errors import LeadDeskError


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    from leaddesk.capture.limits import MAX_BODY, RATE_LIMIT, RATE_WINDOW_S

    capture = sub.add_parser("capture", help="take the web site's form submissions")
    capture_sub = capture.add_subparsers(dest="capture_command", metavar="ACTION", required=True)
    serve = capture_sub.add_parser(
        "serve", parents=[common], help="serve POST /f/<form key> until stopped"
    )
    serve.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="default: 8765 (0: any free)")
    serve.add_argument(
        "--rate-limit",
        type=int,
        default=RATE_LIMIT,
        metavar="N",
        help=f"submissions per address and form per window (default {RATE_LIMIT})",
    )
    serve.add_argument(
        "--rate-window",
        type=float,
        default=RATE_WINDOW_S,
        metavar="SECONDS",
        help=f"default {RATE_WINDOW_S:g}",
    )
    serve.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        metavar="BYTES",
        help=f"largest submission (default {MAX_BODY})",
    )
    serve.add_argument(
        "--country",
        metavar="CODE",
        help="the country of phone numbers typed without a code (default: the settings')",
    )
    serve.add_argument(
        "--allow-origin", default="*", help="the sites whose pages may post JSON (CORS)"
    )
    links = capture_sub.add_parser(
        "partner-links",
        parents=[common],
        help="where partners' accept/return links point, and who sends the notices",
    )
    links.add_argument(
        "--base-url", metavar="URL", help="the public address of this service ('' for none)"
    )
    links.add_argument("--sender", metavar="ADDRESS", help="the From of the notices ('' for none)")
    links.add_argument("--sender-name", metavar="NAME", default="", help="the From's name")


def run(args: argparse.Namespace, url: str, settings: Settings) -> int:
    if args.capture_command == "partner-links":
        return _partner_links(args, url, settings)
    from leaddesk.capture.limits import CaptureConfig
    from leaddesk.capture.server import serve
    from leaddesk.services.workspace import open_workspace

    if not 0 <= args.port <= 65535:
        raise LeadDeskError(f"--port {args.port}: a port is 0 to 65535.")
    if args.rate_limit < 1 or args.rate_window <= 0 or args.max_body < 1:
        raise LeadDeskError("--rate-limit, --rate-window and --max-body must be above zero.")
    config = CaptureConfig(
        max_body=args.max_body,
        rate_limit=args.rate_limit,
        rate_window_s=args.rate_window,
        allow_origin=args.allow_origin,
    )
    ws = open_workspace(url, default_region=settings.default_country, currency=settings.currency)
    try:
        print(f"LeadDesk capture on {ws.title}", file=sys.stderr, flush=True)
        started = serve(ws.capture, args.host, args.port, config, ws.partners.links)
    finally:
        ws.close()
    if not started:
        return 3
    print("LeadDesk capture stopped", file=sys.stderr, flush=True)
    return 0


def _partner_links(args: argparse.Namespace, url: str, settings: Settings) -> int:
    """Show the reply links' settings, changing what was given first (the settings
    live in the database: the app and this service both read them)."""
    from leaddesk.domain.mime import Mailbox
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, default_region=settings.default_country, currency=settings.currency)
    try:
        links = ws.partners.links
        now = links.settings()
        if args.base_url is not None or args.sender is not None:
            base = now.base_url if args.base_url is None else args.base_url
            if args.sender is None:
                sender = now.sender
            else:
                sender = Mailbox(args.sender_name, args.sender) if args.sender else None
            links.configure(base_url=base, sender=sender)
            now = links.settings()
        print(f"links point to: {now.base_url or '(none: partners answer by reply)'}")
        who = f"{now.sender.name} <{now.sender.address}>" if now.sender else "(none: no notices)"
        print(f"notices sent from: {who}")
    finally:
        ws.close()
    return 0
