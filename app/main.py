"""The ASGI application: `uvicorn app.main:app` serves the pages and the API."""
from __future__ import annotations

import gc
import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from rules import RULES_VERSION, default_parameters, default_profiles

from .i18n import STATIC_DIR
from .overload import LoadSheddingMiddleware
from .ratelimit import RateLimitMiddleware, check_forwarded_setting, limit_from_env
from .routes import api, errors, pages
from .security import SecurityMiddleware


def create_app() -> FastAPI:
    # Load the dated figures and the gemeente profiles now: a broken file stops the start (and so a
    # new pod never becomes ready) with a message naming the file and the field.
    default_parameters()
    default_profiles()
    limit = limit_from_env()  # a bad HOUVAST_RATE_LIMIT stops the start, with what to set
    check_forwarded_setting()
    application = FastAPI(
        title="Houvast",
        summary="Wat houd je over als je (deeltijd) gaat werken naast de bijstand? Per maand, met uitleg.",
        version=RULES_VERSION,
        docs_url=None,  # the interactive docs load third-party scripts; the CSP forbids them
        redoc_url=None,
        openapi_url="/openapi.json",
        # No redirect for a trailing slash: Starlette builds it from the Host header (and the
        # scheme it sees), so a client could make us send a visitor elsewhere. A 404 instead.
        redirect_slashes=False,
    )
    errors.install(application)
    application.include_router(api.router)
    # The pages are for people (HTML forms), not part of the API: keep them out of /openapi.json.
    for route in pages.router.routes:
        route.include_in_schema = False
    application.include_router(pages.router)
    application.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    # Compressed responses keep the result page well under its 60 KB budget on a phone. Level 4,
    # not Starlette's 9: half the CPU (0.4 instead of 0.8-1.0 ms for an answer or a result page)
    # for 7-13% more bytes; level 1 would make the answer 60% bigger (docs/benchmarks.md).
    application.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=4)
    # Calculations take turns; past HOUVAST_QUEUE of them a quick 503 (app/overload.py).
    application.add_middleware(LoadSheddingMiddleware)
    # Inside the security layer, so a 429 carries the same headers (HOUVAST_RATE_LIMIT per minute).
    application.add_middleware(RateLimitMiddleware, limit=limit)
    application.add_middleware(SecurityMiddleware)
    # The client's address and scheme from X-Forwarded-For/-Proto, only when the connection comes
    # from a proxy in FORWARDED_ALLOW_IPS (empty: nobody; docs/security.md): the rate limit then
    # counts visitors, not the ingress. In the app, so it holds under any server.
    trusted = os.environ.get("FORWARDED_ALLOW_IPS", "").strip()
    if trusted:
        application.add_middleware(ProxyHeadersMiddleware, trusted_hosts=trusted)
    # What is loaded now (figures, profiles, templates, translations) stays for the life of the
    # process: freeze it, so the collector no longer walks it (a full collection paused an
    # answer by about 20 ms), and collect young objects less often (an answer makes thousands;
    # nearly all are freed by reference counting). Measured in docs/benchmarks.md.
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    return application


app = create_app()
