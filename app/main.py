"""The ASGI application: `uvicorn app.main:app` serves the pages and the API."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from rules import RULES_VERSION

from .i18n import STATIC_DIR
from .routes import api, errors, pages
from .security import SecurityMiddleware


def create_app() -> FastAPI:
    application = FastAPI(
        title="Houvast",
        summary="Wat houd je over als je (deeltijd) gaat werken naast de bijstand? Per maand, met uitleg.",
        version=RULES_VERSION,
        docs_url=None,  # the interactive docs load third-party scripts; the CSP forbids them
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    errors.install(application)
    application.include_router(api.router)
    application.include_router(pages.router)
    application.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    application.add_middleware(SecurityMiddleware)
    return application


app = create_app()
