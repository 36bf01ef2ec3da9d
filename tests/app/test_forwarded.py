"""The rate limit holds with forged forwarded headers, against uvicorn started by `make run`.

uvicorn believes X-Forwarded-For from the addresses in FORWARDED_ALLOW_IPS, and by default that
was 127.0.0.1: a client on the same machine (or behind a proxy on it) could name a new address
with every request and never be counted. `make run` now believes nobody unless told.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(base: str, headers: dict) -> int:
    request = urllib.request.Request(f"{base}/api/v1/scenario", data=b"{}", method="POST",
                                     headers={"content-type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _served(**env):
    """`make run` on a free port with a limit of 2 calculations a minute; yields its URL."""
    port = _free_port()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}", *[f"{key}={value}" for key, value in env.items()]],
        cwd=ROOT, env={**os.environ, "HOUVAST_RATE_LIMIT": "2"}, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                os.killpg(process.pid, signal.SIGTERM)
                pytest.fail("make run did not start")
            time.sleep(0.2)
    return process, base


def _stop(process) -> None:
    """Stop the server as an orchestrator does: SIGTERM to granian's main process (the child of
    make), which stops its workers. A SIGTERM to the whole group also reaches the workers
    directly; on a busy machine granian's main process then sometimes waits for a worker that
    is already gone. The group is killed if it has not stopped in 10 s: this test is about the
    forwarded headers, not about stopping."""
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
    for pid in children:
        os.kill(int(pid), signal.SIGTERM)
    if not children:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def test_make_run_believes_no_forwarded_header():
    process, base = _served()
    try:
        statuses = [_post(base, {"x-forwarded-for": f"203.0.113.{i}"}) for i in range(1, 5)]
    finally:
        _stop(process)
    assert statuses == [422, 422, 429, 429]


def test_behind_a_trusted_proxy_the_address_it_adds_counts_not_the_one_the_client_forged():
    """The proxy (here: this machine) appends the address it saw; the client's own guess stays
    to the left of it and is not believed."""
    process, base = _served(FORWARDED_ALLOW_IPS="127.0.0.1")
    try:
        statuses = [_post(base, {"x-forwarded-for": f"203.0.113.{i}, 198.51.100.7"}) for i in range(1, 4)]
        other = _post(base, {"x-forwarded-for": "198.51.100.8"})
    finally:
        _stop(process)
    assert statuses == [422, 422, 429]
    assert other == 422  # another visitor behind the same proxy has a count of its own


def test_a_start_that_would_believe_everyone_is_refused():
    result = subprocess.run(
        [sys.executable, "-c", "import app.main"], cwd=ROOT, capture_output=True,
        text=True, env={**os.environ, "FORWARDED_ALLOW_IPS": "*"}, timeout=60)
    assert result.returncode != 0
    assert "FORWARDED_ALLOW_IPS" in result.stderr and "Traceback" not in result.stderr
