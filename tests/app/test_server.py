"""Serving: calculations take turns and a full process turns the next one away quickly (503,
Retry-After, a plain message in the request's language) while /healthz still answers; the
production server closes clients that send their headers too slowly or idle on a connection."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import httpx
import pytest

import app.routes.api as api
from app.main import create_app
from app.overload import LoadSheddingMiddleware

from .conftest import API_BODY
from .test_deploy import GRANIAN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_a_full_process_sheds_the_next_calculation_and_still_answers_healthz(monkeypatch):
    application = create_app()
    for middleware in application.user_middleware:
        if middleware.cls is LoadSheddingMiddleware:
            middleware.kwargs["queue"] = 2
    started, release = threading.Event(), threading.Event()
    real = api.run

    def slow_run(scenario):  # a calculation that holds the calculation thread until released
        started.set()
        release.wait(10)
        return real(scenario)

    monkeypatch.setattr(api, "run", slow_run)
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answers = []

        async def calculate():
            answers.append(await client.post("/api/v1/scenario", json=API_BODY))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(calculate)
            tasks.start_soon(calculate)  # waits for the first: the process now holds two
            await anyio.to_thread.run_sync(started.wait, 10)
            await anyio.sleep(0.05)
            # The calculation thread is busy: the loop still answers, and the third is turned away.
            assert (await client.get("/healthz")).status_code == 200
            busy = await client.post("/api/v1/scenario?lang=en", json=API_BODY)
            release.set()
    assert busy.status_code == 503 and busy.headers["retry-after"] == "2"
    assert busy.headers["content-language"] == "en"
    assert busy.json() == {"message": "It is very busy right now. Please try again in a few seconds.", "errors": []}
    assert "content-security-policy" in busy.headers  # inside the security layer
    assert [answer.status_code for answer in answers] == [200, 200]


def test_the_result_page_is_shed_as_a_page():
    middleware = LoadSheddingMiddleware(app=None, queue=1)
    middleware.busy = 1
    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/uitkomst", "headers": [(b"accept-language", b"pl")],
             "query_string": b""}
    anyio.run(middleware, scope, None, send)
    assert sent[0]["status"] == 503
    headers = dict(sent[0]["headers"])
    assert headers[b"content-type"].startswith(b"text/html") and headers[b"retry-after"] == b"2"
    assert "Spróbuj ponownie za kilka sekund." in sent[1]["body"].decode()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _closed_after(sock: socket.socket, limit: float) -> float | None:
    """Seconds until the server closes `sock`, or None if it is still open after `limit`."""
    start = time.monotonic()
    sock.settimeout(limit)
    try:
        while sock.recv(65536):
            pass
    except socket.timeout:
        return None
    except ConnectionResetError:
        pass
    return time.monotonic() - start


def test_the_production_server_closes_slow_clients():
    """The Dockerfile's command, with the header timeout at 1 s instead of 30 s for the test."""
    port = _free_port()
    command = [arg for arg in GRANIAN]
    command[command.index("--port") + 1] = str(port)
    command[command.index("--host") + 1] = "127.0.0.1"
    command[command.index("--http1-header-read-timeout") + 1] = "1000"
    server = subprocess.Popen([str(Path(sys.executable).parent / command[0]), *command[1:]], cwd=ROOT,
                              env={**os.environ, "HOUVAST_RATE_LIMIT": "0"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.2)
        # Headers sent slowly: closed once the timeout has passed.
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"POST /api/v1/scenario HTTP/1.1\r\nHost: houvast\r\n")
        waited = _closed_after(slow, 10)
        assert waited is not None and 0.5 < waited < 5
        # A kept-alive connection left idle after an answer: closed too.
        idle = socket.create_connection(("127.0.0.1", port))
        body = json.dumps(API_BODY).encode()
        idle.sendall(b"POST /api/v1/scenario HTTP/1.1\r\nHost: houvast\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        idle.settimeout(10)
        assert idle.recv(12) == b"HTTP/1.1 200"
        assert _closed_after(idle, 10) is not None
    finally:
        server.terminate()
        server.wait(timeout=15)
