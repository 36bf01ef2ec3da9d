"""A privacy-first rate limit: a plain-language 429 page (or JSON message) with Retry-After.

- In memory only: nothing is written to disk, nothing is logged, nothing survives a restart.
- The client is never stored as an address: the key is a keyed BLAKE2b hash of the address
  with a random salt made when the process starts, so the keys cannot be turned back into
  addresses, not even by us, and they differ per process.
- Only the current window is kept: a fixed window of one minute; when a new minute starts the
  counts of the old one are thrown away.
- Generous: HOUVAST_RATE_LIMIT requests per minute per client (default 120; 0 switches the
  limit off). Static files and /healthz are not counted.

Behind a reverse proxy the client address is the proxy's unless uvicorn runs with
--proxy-headers and --forwarded-allow-ips set to that proxy.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import secrets
import time

from .i18n import N_, choose_language, gettext

DEFAULT_LIMIT = 120
WINDOW_SECONDS = 60
MAX_CLIENTS = 100_000  # bounds the memory; past it the window starts afresh
EXEMPT_PREFIXES = ("/static/", "/healthz")

TITLE = N_("Even wachten")
MESSAGE = N_("Er kwamen in korte tijd heel veel vragen van jouw computer of telefoon.")
ADVICE = N_("Wacht een minuut en probeer het dan opnieuw.")
BACK = N_("Je antwoorden staan nog op de vorige pagina. Ga terug met de terugknop van je browser.")


def limit_from_env() -> int:
    """HOUVAST_RATE_LIMIT as a whole number of requests per minute; bad values give the default."""
    try:
        return max(0, int(os.environ.get("HOUVAST_RATE_LIMIT", DEFAULT_LIMIT)))
    except ValueError:
        return DEFAULT_LIMIT


class RateLimitMiddleware:
    def __init__(self, app, limit: int | None = None, window: int = WINDOW_SECONDS, clock=time.monotonic):
        self.app = app
        self.limit = limit_from_env() if limit is None else limit
        self.window = window
        self.clock = clock
        self._salt = secrets.token_bytes(16)
        self._current = -1
        self._counts: dict[bytes, int] = {}

    def _key(self, scope) -> bytes:
        client = scope.get("client") or ("", 0)
        address = str(client[0] or "").encode()
        return hashlib.blake2b(address, key=self._salt, digest_size=16).digest()

    def _count(self, scope) -> float | None:
        """Counts the request; returns the seconds to wait when it is over the limit."""
        now = self.clock()
        window = int(now // self.window)
        if window != self._current or len(self._counts) >= MAX_CLIENTS:
            self._current = window
            self._counts = {}
        key = self._key(scope)
        count = self._counts.get(key, 0) + 1
        self._counts[key] = count
        if count <= self.limit:
            return None
        return (window + 1) * self.window - now

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.limit <= 0 or scope.get("path", "").startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        wait = self._count(scope)
        if wait is None:
            await self.app(scope, receive, send)
            return
        await self._too_many(scope, send, max(1, math.ceil(wait)))

    async def _too_many(self, scope, send, retry_after: int) -> None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        query = dict(part.partition("=")[::2] for part in scope.get("query_string", b"").decode("latin-1").split("&"))
        lang = choose_language(query.get("lang"), headers.get("accept-language"))
        if scope.get("path", "").startswith("/api/"):
            text = " ".join(gettext(part, lang) for part in (MESSAGE, ADVICE))
            body = json.dumps({"message": text, "errors": []}, ensure_ascii=False).encode()
            content_type = b"application/json"
        else:
            from .templating import render  # the page machinery only when it is needed

            page = render("pages/too_many.html", status_code=429, lang=lang, page_title=gettext(TITLE, lang),
                          heading=gettext(TITLE, lang), message=gettext(MESSAGE, lang),
                          advice=gettext(ADVICE, lang), back=gettext(BACK, lang))
            body = page.body
            content_type = b"text/html; charset=utf-8"
        await send({
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(retry_after).encode()),
                (b"content-language", lang.encode()),
            ],
        })
        await send({"type": "http.response.body", "body": body})
