"""Security and privacy on every kind of response, and the rate limit (issue 7).

Every response, whatever made it (a page, the API, an error of any status, a static file, the
rate limit), carries the same headers: a CSP without 'unsafe-inline', nosniff, no referrer, no
cookie and no server version.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.main import create_app
from app.ratelimit import RateLimitMiddleware

ROOT = Path(__file__).resolve().parents[2]
BIG = b" " * (1024 * 1024 + 1)


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def limited_app(limit: int, clock=None):
    """The real app with its own rate limiter (limit per minute) and a route that fails."""
    application = create_app()

    @application.post("/api/v1/boom")
    @application.get("/boom")
    def boom():
        raise RuntimeError("boom")

    # The rate limiter sits inside the security layer, as in create_app; swap in our own.
    application.user_middleware = [m for m in application.user_middleware if m.cls is not RateLimitMiddleware]
    inside_security = 1 + next(index for index, middleware in enumerate(application.user_middleware)
                               if middleware.cls.__name__ == "SecurityMiddleware")
    application.user_middleware.insert(inside_security, _middleware(RateLimitMiddleware, limit=limit, clock=clock or Clock()))
    return application


def _middleware(cls, **options):
    from starlette.middleware import Middleware
    return Middleware(cls, **options)


def every_kind_of_response(client, api_body, answers):
    """(name, response) for each kind of response the app can give."""
    yield "page", client.get("/")
    yield "question page", client.get("/vragen")
    yield "result page", client.post("/uitkomst", data={**answers, "action": "calculate"})
    yield "consulent page", client.get("/consulent")
    yield "HEAD", client.head("/")
    yield "api 200", client.post("/api/v1/scenario", json=api_body)
    yield "healthz", client.get("/healthz")
    yield "openapi", client.get("/openapi.json")
    yield "static css", client.get("/static/app.css")
    yield "static svg", client.get("/static/favicon.svg")
    yield "static 404", client.get("/static/nope.css")
    yield "page 404", client.get("/bestaat-niet")
    yield "api 404", client.get("/api/v1/bestaat-niet")
    yield "page 405", client.put("/")
    yield "api 405", client.get("/api/v1/scenario")
    yield "page 413", client.post("/vragen", content=BIG, headers={"content-type": "application/x-www-form-urlencoded"})
    yield "api 413", client.post("/api/v1/scenario", content=BIG, headers={"content-type": "application/json"})
    yield "page 422", client.post("/vragen", data={"step": "huishouden", "action": "next"})
    yield "api 422", client.post("/api/v1/scenario", json={"months": "x"})
    yield "page 500", client.get("/boom")
    yield "api 500", client.post("/api/v1/boom")


def check_headers(name, response):
    headers = response.headers
    csp = headers.get("content-security-policy", "")
    assert csp, name
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, name
    assert directives["default-src"] == "'none'", name
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'", name
    assert "frame-ancestors" in directives, name
    assert headers.get("x-content-type-options") == "nosniff", name
    assert headers.get("referrer-policy") == "no-referrer", name
    for header in ("set-cookie", "server", "x-powered-by"):
        assert header not in headers, (name, header)


def test_headers_on_every_kind_of_response(api_body, answers):
    client = TestClient(limited_app(limit=0), raise_server_exceptions=False)
    seen = {}
    for name, response in every_kind_of_response(client, api_body, answers):
        check_headers(name, response)
        seen[name] = response.status_code
    assert seen["page 404"] == seen["api 404"] == seen["static 404"] == 404
    assert seen["page 405"] == seen["api 405"] == 405
    assert set(client.put("/").headers["allow"].split(", ")) == {"GET", "HEAD"}
    assert client.get("/api/v1/scenario").headers["allow"] == "POST"
    assert seen["page 413"] == seen["api 413"] == 413
    assert seen["page 422"] == seen["api 422"] == 422
    assert seen["page 500"] == seen["api 500"] == 500


def test_headers_on_429():
    client = TestClient(limited_app(limit=1))
    client.post("/uitkomst")
    for path in ("/uitkomst", "/api/v1/scenario"):
        response = client.post(path)
        assert response.status_code == 429
        check_headers("429 " + path, response)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["cache-control"] == "no-store"


def test_every_uvicorn_start_hides_the_server_version():
    """uvicorn sends its own `server: uvicorn` header, outside the app; only the flag stops it."""
    places = [ROOT / "Makefile", *ROOT.glob("bench/*.py"), *ROOT.glob("Dockerfile*"), *ROOT.glob("deploy/**/*"),
              ROOT / "tests" / "browser" / "conftest.py"]
    starts = 0
    for path in places:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            if re.search(r"\buvicorn\b.*\bapp\.main:app\b|[\"']app\.main:app[\"']|uvicorn\.Config\(", line):
                starts += 1
                if "granian" in line:  # sends `server: granian`, no version, and has no switch for it
                    continue
                # The flag may be on the same line or within the next few (a list of arguments).
                after = text[text.index(line):text.index(line) + 600]
                assert "--no-server-header" in after or "server_header=False" in after, (path.name, line)
    assert starts >= 2
