"""Bounded work per process: calculations take turns on one thread, and a process that already
holds enough of them answers the next one at once with 503 and Retry-After.

A calculation is a few milliseconds of pure-Python CPU. On the event loop it would hold up every
other request, /healthz too, until it is done; on one thread of its own (`in_turn`) the loop
stays free to read requests and answer /healthz between the thread's turns at the GIL. The
calculations waiting for that thread are counted by `LoadSheddingMiddleware`: past
HOUVAST_QUEUE of them (default 32 per process) a request is turned away quickly instead of
waiting for all those before it; a client, or the load balancer, tries again.
"""
from __future__ import annotations

import os

import anyio
import anyio.to_thread

from .i18n import N_, choose_language, gettext

DEFAULT_QUEUE = 32
RETRY_AFTER = 2  # seconds
CALCULATIONS = {("POST", "/api/v1/scenario"), ("POST", "/uitkomst")}
BUSY = N_("Het is nu erg druk. Probeer het over een paar seconden opnieuw.")

_one_at_a_time: anyio.CapacityLimiter | None = None


async def in_turn(function, *args):
    """Run a calculation on the process's calculation thread, after those before it."""
    global _one_at_a_time
    if _one_at_a_time is None:  # made inside the running event loop
        _one_at_a_time = anyio.CapacityLimiter(1)
    return await anyio.to_thread.run_sync(function, *args, limiter=_one_at_a_time)


def queue_from_env() -> int:
    try:
        return max(1, int(os.environ.get("HOUVAST_QUEUE", DEFAULT_QUEUE)))
    except ValueError:
        return DEFAULT_QUEUE


class LoadSheddingMiddleware:
    """At most `queue` calculations in a process at once; the next one gets a quick 503."""

    def __init__(self, app, queue: int | None = None):
        self.app = app
        self.queue = queue_from_env() if queue is None else queue
        self.busy = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or (scope.get("method"), scope.get("path")) not in CALCULATIONS:
            await self.app(scope, receive, send)
            return
        if self.busy >= self.queue:
            await self._busy(scope, send)
            return
        self.busy += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.busy -= 1

    async def _busy(self, scope, send) -> None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        query = dict(part.partition("=")[::2] for part in scope.get("query_string", b"").decode("latin-1").split("&"))
        lang = choose_language(query.get("lang"), headers.get("accept-language"))
        message = gettext(BUSY, lang)
        if scope["path"].startswith("/api/"):
            from .contract import ErrorResponse

            body = ErrorResponse(message=message).model_dump_json().encode()
            content_type = b"application/json"
        else:
            from .templating import render  # the page machinery only when it is needed

            body = render("pages/error.html", status_code=503, lang=lang, page_title=message, message=message).body
            content_type = b"text/html; charset=utf-8"
        await send({
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(RETRY_AFTER).encode()),
                (b"content-language", lang.encode()),
                (b"cache-control", b"no-store"),
            ],
        })
        await send({"type": "http.response.body", "body": body})
