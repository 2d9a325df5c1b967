"""Reading a submission's body: its size, its kind and its fields, refusing what is not
a form's text before any of it reaches the services."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.formparsers import MultiPartException, MultiPartParser

from leaddesk.capture.limits import MAX_FIELDS

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"
KINDS = (FORM, MULTIPART, JSON)


class Refused(Exception):
    """A request answered with ``status`` and nothing stored; ``reason`` is logged."""

    def __init__(self, status: int, reason: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.headers = headers or {}


def media_type(headers: Headers) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def declared_length(headers: Headers, limit: int) -> None:
    """Refuse a body announced as larger than ``limit`` before reading a byte of it."""
    raw = headers.get("content-length")
    if raw is None:
        return
    if not raw.strip().isdigit():
        raise Refused(400, f"Content-Length {raw[:20]!r} is not a number")
    if int(raw) > limit:
        raise Refused(413, f"body of {int(raw)} bytes announced, the limit is {limit}")


async def read_limited(stream: AsyncIterator[bytes], limit: int) -> bytes:
    """The body, refused as soon as more than ``limit`` bytes arrived (a chunked body, or
    one longer than its Content-Length said, is counted as it streams)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"body larger than the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def parse_fields(kind: str, headers: Headers, body: bytes) -> dict[str, str]:
    """The submission's fields as text (the first of a repeated name wins)."""
    if kind == FORM:
        try:
            pairs = parse_qsl(
                body.decode("ascii"),
                keep_blank_values=True,
                max_num_fields=MAX_FIELDS,
                encoding="utf-8",
                errors="strict",
            )
        except UnicodeDecodeError:
            raise Refused(400, "the form's text is not UTF-8") from None
        except ValueError as exc:
            raise Refused(400, f"unreadable form body: {exc}") from None
        return _first(pairs)
    if kind == MULTIPART:
        return await _multipart(headers, body)
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise Refused(400, "the JSON body is not UTF-8") from None
    except ValueError as exc:
        raise Refused(400, f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise Refused(400, "the JSON body is not an object of fields")
    if len(data) > MAX_FIELDS:
        raise Refused(400, f"more than {MAX_FIELDS} fields")
    out: dict[str, str] = {}
    for name, value in data.items():
        if value is None:
            out[name] = ""
        elif isinstance(value, str):
            out[name] = value
        elif isinstance(value, bool | int | float):
            out[name] = json.dumps(value)
        else:
            raise Refused(400, f"the field {name[:40]!r} is not text")
    return out


async def _multipart(headers: Headers, body: bytes) -> dict[str, str]:
    async def stream() -> AsyncGenerator[bytes, None]:
        yield body

    parser = MultiPartParser(headers, stream(), max_files=0, max_fields=MAX_FIELDS)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise Refused(400, f"unreadable multipart body: {exc.message}") from None
    pairs = []
    for name, value in form.multi_items():
        if not isinstance(value, str):
            raise Refused(400, "files are not accepted")
        pairs.append((name, value))
    return _first(pairs)


def _first(pairs: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in pairs:
        out.setdefault(name, value)
    return out
