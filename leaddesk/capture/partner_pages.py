"""The pages behind a partner's reply links: ``/partner/accept?t=…`` and
``/partner/return?t=…``.

GET only shows the lead and a button: mail scanners and link previews open every
link in a message, and must not accept or return anything. The button POSTs the
token back, and only then is the answer recorded (services.partner_links). A
forged, used or expired link gets a page that says so, never a traceback.

The pages are plain English, like the notice that carries the links.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Protocol
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from leaddesk.capture.bodies import Refused, read_limited
from leaddesk.capture.limits import RateLimiter
from leaddesk.errors import DatabaseBusy, DatabaseUnavailable, LeadDeskError
from leaddesk.services.partner_links import LinkView

log = logging.getLogger("leaddesk.capture")

MAX_BODY = 4096  # a token and a reason
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
STYLE = "body{font-family:sans-serif;max-width:34em;margin:2em auto;padding:0 1em}"


class PartnerLinks(Protocol):
    """What the pages need of the services: ``Workspace.partners.links``."""

    def look(self, token: str) -> LinkView: ...

    def answer(self, token: str, *, accept: bool, reason: str = "") -> tuple[LinkView, bool]: ...


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).strftime("%d %b %Y %H:%M UTC") if moment else ""


def _page(title: str, paragraphs: list[str], status: int = 200, form: str = "") -> HTMLResponse:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    text = (
        '<!doctype html><html dir="auto"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}{form}</body></html>"
    )
    return HTMLResponse(text, status_code=status, headers=HEADERS)


def _lead(view: LinkView) -> str:
    return (
        f"{view.lead} ({view.company})" if view.company and view.lead else view.lead or view.company
    )


def settled(view: LinkView) -> HTMLResponse:
    """The page of a link that can no longer answer (or never could)."""
    if view.state == "invalid":
        return _page(
            "This link is not valid",
            ["Check that the whole link was copied from the email, or ask the team that "
             "sent it for the lead."],
            404,
        )  # fmt: skip
    said = {
        "accepted": f"This lead was already accepted on {_when(view.answered_at)}.",
        "returned": f"This lead was already returned on {_when(view.answered_at)}.",
        "expired": f"The time to answer for this lead ran out on {_when(view.answered_at)}; "
        "it went to someone else.",
    }.get(view.state, "This lead is no longer waiting for your answer.")
    return _page("Already answered", [_lead(view), said], 409)


class PartnerPages:
    def __init__(self, links: PartnerLinks, limiter: RateLimiter) -> None:
        self.links = links
        self.limiter = limiter

    def routes(self) -> list[Route]:
        return [
            Route("/partner/accept", self.accept, methods=["GET", "HEAD", "POST"]),
            Route("/partner/return", self.give_back, methods=["GET", "HEAD", "POST"]),
        ]

    async def accept(self, request: Request) -> Response:
        return await self._answer(request, accept=True)

    async def give_back(self, request: Request) -> Response:
        return await self._answer(request, accept=False)

    async def _answer(self, request: Request, *, accept: bool) -> Response:
        remote = request.client.host if request.client else "?"
        try:
            if request.method != "POST":  # a read: scanners and previews open links freely
                token = request.query_params.get("t", "")
                view = await run_in_threadpool(self.links.look, token)
                return self._ask(view, token, accept)
            if self.limiter.hit((remote, "/partner")) is not None:  # answers, not pages
                return _page("Please wait", ["Too many answers; please wait a minute."], 429)
            body = await read_limited(request.stream(), MAX_BODY)
            fields = parse_qs(body.decode("utf-8", "replace"), max_num_fields=4)
            token = (fields.get("t") or [request.query_params.get("t", "")])[0]
            reason = (fields.get("reason") or [""])[0][:300]
            view, done = await run_in_threadpool(
                lambda: self.links.answer(token, accept=accept, reason=reason)
            )
        except Refused as exc:
            return _page("Not sent", ["The answer could not be read."], exc.status)
        except ValueError:  # more fields than an answer has
            return _page("Not sent", ["The answer could not be read."], 400)
        except (DatabaseBusy, DatabaseUnavailable):
            return _page("Please try again", ["The service is busy; try again shortly."], 503)
        except LeadDeskError as exc:
            log.warning("partner link: %s", exc.message[:300])
            return _page("Please try again", ["Something went wrong; try again later."], 500)
        except Exception as exc:  # a bug of ours: one line, never a traceback on the page
            log.debug("partner link failed", exc_info=True)
            log.warning("partner link: %s: %s", type(exc).__name__, str(exc)[:300])
            return _page("Please try again", ["Something went wrong; try again later."], 500)
        if not done:
            return settled(view)
        if accept:
            return _page("Thank you", [_lead(view), "The lead is yours now."])
        return _page("Thank you", [_lead(view), "The lead was returned."])

    @staticmethod
    def _ask(view: LinkView, token: str, accept: bool) -> HTMLResponse:
        """GET: the lead and the button that answers (nothing changes yet)."""
        if view.state != "pending":
            return settled(view)
        if accept:
            title, button, extra = "Accept this lead?", "Accept the lead", ""
        else:
            title, button = "Return this lead?", "Return the lead"
            extra = (
                '<p><label for="reason">Why (optional)</label><br>'
                '<textarea id="reason" name="reason" rows="3" cols="40" maxlength="300">'
                "</textarea></p>"
            )
        form = (
            f'<form method="post"><input type="hidden" name="t" value="{html.escape(token)}">'
            f'{extra}<p><button type="submit">{html.escape(button)}</button></p></form>'
        )
        said = f"Sent to {view.partner}; please answer by {_when(view.due_at)}."
        return _page(title, [_lead(view), said], 200, form)
