"""The capture service's HTTP application (Starlette): ``POST /f/<key>``,
``GET /health``, and the partners' reply links (``/partner/…``).

Every refusal is answered with its status and logged on one line; nothing refused is
stored. The service call blocks (a database transaction), so it runs in Starlette's
thread pool and the event loop keeps reading other requests meanwhile.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
from typing import Protocol

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from leaddesk.capture.bodies import (
    JSON,
    KINDS,
    Refused,
    declared_length,
    media_type,
    parse_fields,
    read_limited,
)
from leaddesk.capture.limits import CaptureConfig, RateLimiter
from leaddesk.capture.partner_pages import PartnerLinks, PartnerPages
from leaddesk.domain.web_forms import HONEYPOT, KEY_LENGTH, TOKEN_FIELD
from leaddesk.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    LeadDeskError,
    NotFound,
    NotPermitted,
    ValidationError,
)
from leaddesk.services.capture import CaptureResult

log = logging.getLogger("leaddesk.capture")

TOKEN_HEADER = "x-leaddesk-token"
_KEY = re.compile(rf"[a-z0-9-]{{1,{KEY_LENGTH}}}")
_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_PAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "Referrer-Policy": "no-referrer",
}


class Capture(Protocol):
    """What the application needs of the services: ``Workspace.capture``."""

    def submit(
        self,
        form_key: str,
        token: str | None,
        fields: dict[str, str],
        *,
        page: str | None = None,
        remote: str | None = None,
        received_at: dt.datetime | None = None,
    ) -> CaptureResult: ...


def _page(title: str, paragraphs: list[str], status: int) -> HTMLResponse:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    text = (
        '<!doctype html><html dir="auto"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(text, status_code=status, headers=_PAGE_HEADERS)


def _wants_json(request: Request) -> bool:
    if media_type(request.headers) == JSON:
        return True
    accept = request.headers.get("accept", "").lower()
    return "application/json" in accept and "text/html" not in accept


class CaptureApp:
    def __init__(
        self,
        capture: Capture,
        config: CaptureConfig | None = None,
        partners: PartnerLinks | None = None,
    ) -> None:
        self.capture = capture
        self.config = config or CaptureConfig()
        self.limiter = RateLimiter(self.config.rate_limit, self.config.rate_window_s)
        self.partners = partners

    def build(self) -> Starlette:
        # partners' reply links (capture/partner_pages.py), when the services have them
        answers = PartnerPages(self.partners, self.limiter).routes() if self.partners else []
        return Starlette(
            routes=[
                Route("/health", self.health, methods=["GET", "HEAD"]),
                Route("/f/{key}", self.form, methods=_ALL_METHODS),
                *answers,
            ],
            exception_handlers={HTTPException: self.http_error},
        )

    async def health(self, _request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def http_error(self, request: Request, exc: Exception) -> Response:
        """Starlette's own refusals (no such path, a method /health does not take)."""
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        self._log(request, status, "no such address" if status == 404 else str(exc))
        headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
        return self._refusal(request, status, "not_found" if status == 404 else "refused", headers)

    async def form(self, request: Request) -> Response:
        key = request.path_params["key"]
        try:
            if request.method == "OPTIONS":
                return self._preflight(request)
            if request.method != "POST":
                raise Refused(405, f"method {request.method}", headers={"Allow": "POST, OPTIONS"})
            if not _KEY.fullmatch(key):
                raise Refused(404, "no such form")
            kind = media_type(request.headers)
            if kind not in KINDS:
                raise Refused(415, f"content type {kind[:60]!r}")
            declared_length(request.headers, self.config.max_body)
            remote = request.client.host if request.client else "?"
            wait = self.limiter.hit((remote, key))
            if wait is not None:
                raise Refused(429, "too many submissions", headers={"Retry-After": str(wait)})
            body = await read_limited(request.stream(), self.config.max_body)
            fields = await parse_fields(kind, request.headers, body)
            if fields.get(HONEYPOT, "").strip():
                raise Refused(400, "the honeypot field was filled in (a bot)")
            token = fields.pop(TOKEN_FIELD, None) or request.headers.get(TOKEN_HEADER)
            page = request.headers.get("referer") or fields.pop("_page", None)
            result = await run_in_threadpool(
                self.capture.submit,
                key,
                token,
                fields,
                page=page,
                remote=remote,
                received_at=dt.datetime.now(dt.UTC),
            )
        except Refused as exc:
            self._log(request, exc.status, exc.reason)
            return self._refusal(request, exc.status, "refused", exc.headers, exc.reason)
        except ValidationError as exc:
            self._log(request, 422, exc.message)
            return self._invalid(request, exc)
        except LeadDeskError as exc:
            status = _status(exc)
            self._log(request, status, exc.message)
            return self._refusal(request, status, exc.code, {}, exc.message)
        except Exception as exc:  # a bug of ours: one line here, the traceback at debug
            log.debug("unexpected failure", exc_info=True)
            self._log(request, 500, f"{type(exc).__name__}: {exc}")
            return self._refusal(request, 500, "failed", {})
        return self._accepted(request, result)

    # answers ----------------------------------------------------------------------
    def _cors(self, request: Request, response: Response) -> Response:
        if "origin" in request.headers:
            response.headers["Access-Control-Allow-Origin"] = self.config.allow_origin
            response.headers["Vary"] = "Origin"
        return response

    def _preflight(self, request: Request) -> Response:
        response = Response(status_code=204)
        response.headers.update(
            {
                "Access-Control-Allow-Methods": "POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, X-LeadDesk-Token",
                "Access-Control-Max-Age": "600",
            }
        )
        return self._cors(request, response)

    def _accepted(self, request: Request, result: CaptureResult) -> Response:
        response: Response
        if _wants_json(request):
            response = JSONResponse(
                {"lead": result.number, "created": result.created}, status_code=201
            )
        elif result.redirect_url:
            response = RedirectResponse(result.redirect_url, status_code=303)
        else:
            response = _page("Thank you", ["We received your message."], 200)
        return self._cors(request, response)

    def _refusal(
        self,
        request: Request,
        status: int,
        code: str,
        headers: dict[str, str],
        reason: str | None = None,
    ) -> Response:
        message = _PUBLIC.get(status, "The submission was refused.")
        response: Response
        if _wants_json(request):
            response = JSONResponse({"error": code, "message": message}, status_code=status)
        else:
            response = _page("Not sent", [message], status)
        response.headers.update(headers)
        return self._cors(request, response)

    def _invalid(self, request: Request, exc: ValidationError) -> Response:
        by_field: dict[str, list[dict[str, str]]] = {}
        for issue in exc.issues:
            by_field.setdefault(issue.field, []).append(
                {"code": issue.code, "message": issue.message}
            )
        response: Response
        if _wants_json(request):
            response = JSONResponse(
                {"error": "invalid", "message": "Some fields are not right.", "fields": by_field},
                status_code=422,
            )
        else:
            lines = [f"{i.field}: {i.message}" for i in exc.issues]
            response = _page("Please check the form", lines, 422)
        return self._cors(request, response)

    @staticmethod
    def _log(request: Request, status: int, reason: str) -> None:
        remote = request.client.host if request.client else "?"
        one_line = json.dumps(reason[:300])[1:-1]  # escapes line breaks and controls
        path = json.dumps(request.url.path[:100])[1:-1]
        log.warning("%d %s %s from %s: %s", status, request.method[:10], path, remote, one_line)


_PUBLIC = {
    400: "The submission could not be read.",
    403: "This form may not post here (its token is missing or out of date).",
    404: "There is no such form.",
    405: "Send the form with POST.",
    413: "The submission is too large.",
    415: "Send the form as a web form, multipart form or JSON.",
    429: "Too many submissions; please wait a minute.",
    500: "Something went wrong; please try again later.",
    503: "The service is busy; please try again in a moment.",
}


def _status(exc: LeadDeskError) -> int:
    if isinstance(exc, NotFound) and exc.code in ("web_form_unknown", "web_form_retired"):
        return 404
    if isinstance(exc, NotPermitted) and exc.code == "web_form_token":
        return 403
    if isinstance(exc, DatabaseBusy | DatabaseUnavailable):
        return 503
    return 500  # the form itself is broken (its source or campaign gone): the team's to fix


def build_app(
    capture: Capture, config: CaptureConfig | None = None, partners: PartnerLinks | None = None
) -> Starlette:
    return CaptureApp(capture, config, partners).build()
