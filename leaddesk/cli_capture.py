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


def run(args: argparse.Namespace, url: str, settings: Settings) -> int:
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
