"""A privacy-first rate limit: a plain-language 429 page (or JSON message) with Retry-After.

- It counts calculations: a result page (POST /uitkomst) and an API answer (POST
  /api/v1/scenario) are the work a client can make us do. Many phones share one address behind
  a carrier's NAT, so the limit is generous: HOUVAST_RATE_LIMIT calculations per minute per
  client (default 120), and ten times as many other requests (questions, pages, errors).
  Exactly /healthz and the files that exist under /static/ are free.
- In memory only: nothing is written to disk, nothing is logged, nothing survives a restart.
- The client is never stored as an address: the key is a keyed BLAKE2b hash of the address
  with a random salt that is made anew for every window, so the keys cannot be turned back
  into addresses, not even by us, and a key says nothing about the window before.
- An IPv6 client is counted by its /64: one household or phone gets a whole /64 and can pick
  any address in it.
- Only the current window is kept: a fixed window of one minute. At most MAX_CLIENTS clients
  are counted in a window; past that the oldest are forgotten, not everyone.

The client address is the one uvicorn gives: behind a reverse proxy, set FORWARDED_ALLOW_IPS to
that proxy's addresses (docs/security.md); never "*", or anyone can pick their own address.
"""
from __future__ import annotations

import hashlib
import ipaddress
import json
import math
import os
import secrets
import time
from urllib.parse import parse_qs

from .i18n import N_, STATIC_DIR, choose_language, gettext

DEFAULT_LIMIT = 120
PAGE_FACTOR = 10  # other requests a client may make per calculation it may make
WINDOW_SECONDS = 60
MAX_CLIENTS = 100_000  # bounds the memory (about 20 MB at most)
CALCULATIONS = {("POST", "/uitkomst"), ("POST", "/api/v1/scenario")}
SETTING = "HOUVAST_RATE_LIMIT"

TITLE = N_("Even wachten")
MESSAGE = N_("Er kwamen in korte tijd heel veel vragen van jouw computer of telefoon.")
ADVICE = N_("Wacht een minuut en probeer het dan opnieuw.")
BACK = N_("Je antwoorden staan nog op de vorige pagina. Ga terug met de terugknop van je browser.")


def limit_from_env() -> int:
    """HOUVAST_RATE_LIMIT: calculations per minute per client, a whole number, 0 = no limit.
    Anything else stops the start: a typo must not switch the limit off."""
    text = os.environ.get(SETTING, str(DEFAULT_LIMIT)).strip()
    if not text.isdecimal():
        raise SystemExit(f"{SETTING}={text!r}: give a whole number of calculations per minute "
                         f"per client (default {DEFAULT_LIMIT}), or 0 to switch the limit off.")
    return int(text)


def check_forwarded_setting() -> None:
    """uvicorn believes X-Forwarded-For from the proxies in FORWARDED_ALLOW_IPS. With "*" it takes
    the address the client itself wrote there, and the limit no longer holds: stop the start."""
    if "*" in os.environ.get("FORWARDED_ALLOW_IPS", ""):
        raise SystemExit("FORWARDED_ALLOW_IPS='*' believes X-Forwarded-For from anyone, so every client "
                         "can choose the address it is counted by. Set it to the addresses or CIDR range "
                         "of your proxy (docs/security.md).")


def free_paths() -> frozenset[str]:
    """Exactly /healthz and the static files there are: a made-up path is counted."""
    files = (path.relative_to(STATIC_DIR).as_posix() for path in STATIC_DIR.rglob("*") if path.is_file())
    return frozenset({"/healthz", *("/static/" + name for name in files)})


def client_network(scope) -> bytes:
    """The address a client is counted by: an IPv4 address, or the /64 of an IPv6 address."""
    client = scope.get("client") or ("", 0)
    text = str(client[0] or "")
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text.encode()
    if address.version == 6:
        if address.ipv4_mapped:
            return address.ipv4_mapped.packed
        return address.packed[:8]
    return address.packed


class RateLimitMiddleware:
    def __init__(self, app, limit: int | None = None, window: int = WINDOW_SECONDS, clock=time.monotonic,
                 max_clients: int = MAX_CLIENTS):
        self.app = app
        self.limit = limit_from_env() if limit is None else limit
        if self.limit < 0:
            raise ValueError("the rate limit is 0 (off) or more")
        self.window = window
        self.clock = clock
        self.max_clients = max_clients
        self.free = free_paths()
        self._current = -1
        self._salt = secrets.token_bytes(16)
        self._counts: dict[bytes, list[int]] = {}  # key -> [calculations, other requests]

    def _key(self, scope) -> bytes:
        return hashlib.blake2b(client_network(scope), key=self._salt, digest_size=16).digest()

    def _count(self, scope) -> float | None:
        """Counts the request; returns the seconds to wait when it is over the limit."""
        now = self.clock()
        window = int(now // self.window)
        if window != self._current:
            self._current = window
            self._salt = secrets.token_bytes(16)
            self._counts = {}
        key = self._key(scope)
        counts = self._counts.get(key)
        if counts is None:
            if len(self._counts) >= self.max_clients:
                del self._counts[next(iter(self._counts))]  # the one first seen in this window
            counts = self._counts[key] = [0, 0]
        if (scope.get("method"), scope.get("path")) in CALCULATIONS:
            counts[0] += 1
            over = counts[0] > self.limit
        else:
            counts[1] += 1
            over = counts[1] > self.limit * PAGE_FACTOR
        return (window + 1) * self.window - now if over else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.limit <= 0 or scope.get("path", "") in self.free:
            await self.app(scope, receive, send)
            return
        wait = self._count(scope)
        if wait is None:
            await self.app(scope, receive, send)
            return
        await self._too_many(scope, receive, send, max(1, math.ceil(wait)))

    async def _too_many(self, scope, receive, send, retry_after: int) -> None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        query = dict(part.partition("=")[::2] for part in scope.get("query_string", b"").decode("latin-1").split("&"))
        path = scope.get("path", "")
        form = await _form_of(scope, receive, headers)
        lang = choose_language(form.get("lang") or query.get("lang"), headers.get("accept-language"))
        if path.startswith("/api/"):
            text = " ".join(gettext(part, lang) for part in (MESSAGE, ADVICE))
            body = json.dumps({"message": text, "errors": []}, ensure_ascii=False).encode()
            content_type = b"application/json"
        else:
            from .security import allow_embedding  # the page machinery only when it is needed
            from .templating import render

            # Inside a gemeente's iframe this page replaces one of its pages: the same framing rule.
            allow_embedding(scope, form.get("embed") or _embed_of_path(path))
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


async def _form_of(scope, receive, headers: dict) -> dict[str, str]:
    """`lang` and `embed` of a refused form post (the body is bounded by the security layer)."""
    if scope.get("method") != "POST" or not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return {}
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    fields = parse_qs(body.decode("latin-1"))
    return {name: fields[name][0] for name in ("lang", "embed") if fields.get(name)}


def _embed_of_path(path: str) -> str:
    return path.removeprefix("/embed/") if path.startswith("/embed/") else ""
