"""The rate limit (app/ratelimit.py): counts calculations, keys on a salted hash of the address
(an IPv6 client by its /64), forgets the oldest client when full, refuses bad settings, and its
429 page shows inside a gemeente's iframe.

Behind a proxy: tests/app/test_forwarded.py starts uvicorn as `make run` does and forges
X-Forwarded-For.
"""
from __future__ import annotations

import asyncio
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.ratelimit import DEFAULT_LIMIT, PAGE_FACTOR, RateLimitMiddleware, limit_from_env
from tests.app.test_security import Clock, limited_app
from tests.embed_profiles import TEST_ID, use_profile_dir, write_profile_dir

ORIGIN = "https://gemeente.example"


@pytest.fixture
def embed_profiles(tmp_path):
    with use_profile_dir(write_profile_dir(tmp_path / "gemeenten", [ORIGIN])):
        yield


async def _ok(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def status(limiter, address, path="/api/v1/scenario", method="POST") -> int:
    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": method, "path": path, "headers": [], "query_string": b"",
             "client": (address, 1234)}
    asyncio.run(limiter(scope, receive, send))
    return sent[0]["status"]


def test_the_setting_is_generous_and_checked(monkeypatch):
    monkeypatch.delenv("HOUVAST_RATE_LIMIT", raising=False)
    assert limit_from_env() == DEFAULT_LIMIT >= 120
    monkeypatch.setenv("HOUVAST_RATE_LIMIT", "600")
    assert limit_from_env() == 600
    monkeypatch.setenv("HOUVAST_RATE_LIMIT", "0")
    assert limit_from_env() == 0
    for bad in ("-1", "veel", "", "1e3"):
        monkeypatch.setenv("HOUVAST_RATE_LIMIT", bad)
        with pytest.raises(SystemExit, match="HOUVAST_RATE_LIMIT"):
            limit_from_env()


def test_calculations_count_and_page_views_count_ten_times_lighter():
    """A carrier's NAT puts many phones behind one address: the questions of a journey are
    cheap, the calculation is the work. Both are bounded."""
    limiter = RateLimitMiddleware(_ok, limit=3, clock=Clock())
    for _ in range(3 * PAGE_FACTOR):
        assert status(limiter, "192.0.2.1", "/vragen") == 200
    assert status(limiter, "192.0.2.1", "/vragen") == 429
    for path in ("/uitkomst", "/api/v1/scenario"):
        assert status(limiter, "192.0.2.1", path) == 200
    assert status(limiter, "192.0.2.1", "/uitkomst") == 200
    assert status(limiter, "192.0.2.1", "/uitkomst") == 429
    assert status(limiter, "192.0.2.1", "/api/v1/scenario") == 429


@pytest.mark.parametrize("path", ["/healthz", "/static/app.css", "/static/favicon.svg"])
def test_only_health_and_existing_static_files_are_free(path):
    limiter = RateLimitMiddleware(_ok, limit=1, clock=Clock())
    for _ in range(50):
        assert status(limiter, "192.0.2.1", path, "GET") == 200


@pytest.mark.parametrize("path", ["/healthzz", "/healthz/x", "/static/nope.css", "/static/../uitkomst", "/static/"])
def test_a_path_that_merely_starts_like_a_free_one_is_counted(path):
    limiter = RateLimitMiddleware(_ok, limit=1, clock=Clock())
    statuses = [status(limiter, "192.0.2.1", path, "GET") for _ in range(PAGE_FACTOR + 1)]
    assert statuses[-1] == 429


def test_the_count_is_per_window():
    clock = Clock(1000.0)
    limiter = RateLimitMiddleware(_ok, limit=2, clock=clock)
    assert [status(limiter, "192.0.2.1") for _ in range(3)] == [200, 200, 429]
    clock.now = 1020.0  # the next minute
    assert status(limiter, "192.0.2.1") == 200


def test_ipv6_is_counted_by_its_64():
    limiter = RateLimitMiddleware(_ok, limit=2, clock=Clock())
    assert status(limiter, "2001:db8:1:2::1") == 200
    assert status(limiter, "2001:db8:1:2:ffff:ffff:ffff:fffe") == 200
    assert status(limiter, "2001:db8:1:2:abcd::9") == 429  # another address, the same /64
    assert status(limiter, "2001:db8:1:3::1") == 200  # the next /64 is another client
    assert status(limiter, "::ffff:192.0.2.7") == 200  # an IPv4 address seen through IPv6
    assert status(limiter, "192.0.2.7") == 200
    assert status(limiter, "192.0.2.7") == 429


def test_when_full_the_oldest_client_is_forgotten_not_everyone():
    limiter = RateLimitMiddleware(_ok, limit=1, clock=Clock(), max_clients=3)
    assert status(limiter, "192.0.2.1") == 200
    assert status(limiter, "192.0.2.2") == 200
    assert status(limiter, "192.0.2.3") == 200
    assert status(limiter, "192.0.2.4") == 200  # forgets 192.0.2.1
    assert len(limiter._counts) == 3
    assert status(limiter, "192.0.2.3") == 429  # still counted: no reset for everyone
    assert status(limiter, "192.0.2.4") == 429


def test_keys_are_salted_hashes_and_the_salt_changes_with_the_window():
    clock = Clock(1000.0)
    limiter = RateLimitMiddleware(_ok, limit=1, clock=clock)
    other = RateLimitMiddleware(_ok, limit=1, clock=Clock(1000.0))
    status(limiter, "192.0.2.1")
    status(other, "192.0.2.1")
    [key] = limiter._counts
    assert isinstance(key, bytes) and len(key) == 16 and b"\xc0\x00\x02\x01" not in key
    assert key != next(iter(other._counts))  # per process
    clock.now = 1060.0
    status(limiter, "192.0.2.1")
    assert list(limiter._counts) != [key]  # per window: yesterday's key says nothing today


def test_429_page_in_plain_language_with_retry_after():
    clock = Clock(1000.0)  # 40 s into a window of a minute
    client = TestClient(limited_app(limit=2, clock=clock))
    for _ in range(2):
        assert client.post("/uitkomst").status_code == 422  # no answers: the error page
    response = client.post("/uitkomst")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "20"
    assert response.headers["content-type"].startswith("text/html")
    text = response.text
    assert "<title>Even wachten – Houvast</title>" in text
    assert "Wacht een minuut en probeer het dan opnieuw." in text and "terugknop" in text
    assert '<html lang="nl"' in text and 'id="main"' in text
    api = client.post("/api/v1/scenario", json={})
    assert api.status_code == 429 and api.headers["retry-after"] == "20"
    assert api.json() == {"message": api.json()["message"], "errors": []}
    assert "Wacht een minuut" in api.json()["message"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_429_in_the_language_of_the_form(lang, answers):
    client = TestClient(limited_app(limit=1))
    client.post("/uitkomst")
    response = client.post("/uitkomst", data={**answers, "lang": lang})
    assert response.status_code == 429 and f'<html lang="{lang}"' in response.text
    assert response.headers["content-language"] == lang


def test_429_shows_inside_the_gemeentes_iframe(embed_profiles, answers):
    """The page it replaces (a result inside the embed) may be framed by the gemeente's site:
    so may the 429, or the visitor sees the browser's own error instead of 'wait a minute'."""
    client = TestClient(limited_app(limit=1))
    client.post("/uitkomst")
    embedded = client.post("/uitkomst", data={**answers, "embed": TEST_ID})
    assert embedded.status_code == 429
    assert embedded.headers["content-security-policy"].endswith(f"frame-ancestors {ORIGIN}")
    assert "x-frame-options" not in embedded.headers
    plain = client.post("/uitkomst", data=answers)
    assert plain.status_code == 429 and "frame-ancestors 'none'" in plain.headers["content-security-policy"]


def test_rate_limit_logs_nothing(caplog):
    caplog.set_level("DEBUG")
    client = TestClient(limited_app(limit=1))
    client.post("/uitkomst")
    assert client.post("/uitkomst").status_code == 429
    ours = [record for record in caplog.records if record.name.startswith(("houvast", "app", "uvicorn"))]
    assert ours == []
