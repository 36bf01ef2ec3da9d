"""Security headers on every response, a 64 KB body limit, and no stack trace ever.

A pure ASGI middleware (not BaseHTTPMiddleware), so it also covers errors, static files and
responses that stream. It is the last line of defence: an exception that escapes the app
becomes a plain 500 page or JSON error here, with the exception type logged and nothing else
(never the request body: it holds personal data).
"""
from __future__ import annotations

import logging
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException

# A valid API request is under 2 KB and a page's form of every answer about 1 KB: 64 KB is
# generous, and bounds what a request can make the process hold (parsed JSON, errors).
MAX_BODY = 64 * 1024

log = logging.getLogger("houvast")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
    "frame-ancestors {ancestors}"
)

BASE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
]
# Only over https (RFC 6797 8.1: a browser ignores it over http). Behind a proxy the scheme
# is https when uvicorn trusts that proxy's X-Forwarded-Proto (docs/security.md).
HSTS = (b"strict-transport-security", b"max-age=31536000")
DROPPED = {b"set-cookie", b"server", b"x-powered-by"}

ERROR_HTML = (
    "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    "<title>Er ging iets mis – Houvast</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
    "<body><main class=\"page\"><h1>Er ging iets mis</h1>"
    "<p>Dat ligt niet aan jou. Probeer het later opnieuw.</p>"
    "<p><a href=\"/\">Terug naar het begin</a></p></main></body></html>"
).encode()
ERROR_JSON = b'{"message":"Er ging iets mis. Dat ligt niet aan jou. Probeer het later opnieuw.","errors":[]}'
TOO_LARGE_HTML = (
    "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
    "<title>Fout: te veel gegevens – Houvast</title></head><body><main><h1>Te veel gegevens</h1>"
    "<p>Je stuurde meer dan 64 kB. Dat is te veel.</p></main></body></html>"
).encode()
TOO_LARGE_JSON = b'{"message":"Je stuurde meer dan 64 kB. Dat is te veel.","errors":[]}'
FORM = b"application/x-www-form-urlencoded"


class _TooLarge(HTTPException):
    """Raised while reading the body; FastAPI passes an HTTPException through to its handler."""

    def __init__(self) -> None:
        super().__init__(status_code=413, detail="too_large")


def frame_ancestors_for(scope) -> str:
    """`'none'` except on an embed route, which sets scope["state"]["frame_ancestors"]."""
    state = scope.get("state") or {}
    origins = state.get("frame_ancestors") if isinstance(state, dict) else None
    return " ".join(origins) if origins else "'none'"


def allow_embedding(scope, gemeente: str) -> None:
    """Let the gemeente's site frame this response (its profile's origins), as the page of
    the journey it belongs to would be: an error page inside the iframe must show."""
    from .routes.pages import frame_ancestors  # the profiles, only when a page is embedded

    origins = frame_ancestors(gemeente) if gemeente else []
    if origins:
        scope.setdefault("state", {})["frame_ancestors"] = origins


def _embed_of(form_prefix: bytes) -> str:
    """The `embed` field of a form body (or the part of it that was read)."""
    return (parse_qs(form_prefix.decode("latin-1")).get("embed") or [""])[0]


class SecurityMiddleware:
    def __init__(self, app, max_body: int = MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        is_api = path.startswith("/api/")
        started = False

        async def send_plain(status: int, body: bytes, json_body: bool):
            await send_with_headers({
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json" if json_body else b"text/html; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                ],
            })
            await send({"type": "http.response.body", "body": body})

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in DROPPED]
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in BASE_HEADERS if k not in names]
                if scope.get("scheme") == "https":
                    headers.append(HSTS)
                headers.append((b"content-security-policy", CSP.format(ancestors=frame_ancestors_for(scope)).encode()))
                if frame_ancestors_for(scope) == "'none'":
                    headers.append((b"x-frame-options", b"DENY"))
                if b"cache-control" not in names:
                    # A file that is there may be kept an hour; a 404 must not outlive the fix.
                    static = path.startswith("/static/") and message.get("status") in (200, 304)
                    headers.append((b"cache-control", b"public, max-age=3600" if static else b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        content_type = b""
        declared = 0
        for name, value in scope.get("headers", []):
            if name == b"content-type":
                content_type = value.split(b";")[0].strip().lower()
            elif name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
        is_form = content_type == FORM
        # A form that is too large is read up to the limit first: its `embed` field says which
        # gemeente's iframe the 413 page is shown in. Anything else is refused at once.
        if declared > self.max_body and not is_form:
            await send_plain(413, TOO_LARGE_JSON if is_api else TOO_LARGE_HTML, is_api)
            return

        received = 0
        prefix = b""

        async def limited_receive():
            nonlocal received, prefix
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                received += len(chunk)
                if is_form and len(prefix) < self.max_body:
                    prefix += chunk[:self.max_body - len(prefix)]
                if received > self.max_body:
                    if is_form:
                        allow_embedding(scope, _embed_of(prefix))
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            if not started:
                await send_plain(413, TOO_LARGE_JSON if is_api else TOO_LARGE_HTML, is_api)
        except Exception as error:  # noqa: BLE001 - the catch-all: never a stack trace
            log.error("unhandled %s on %s %s", type(error).__name__, scope.get("method"), path)
            if not started:
                await send_plain(500, ERROR_JSON if is_api else ERROR_HTML, is_api)
