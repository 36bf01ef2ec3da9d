"""`python -m app.serve`: one process per core on one shared socket (app/serve.py)."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BODY = {"start_month": "2026-01", "months": 3, "household": {"situation": "single", "age": 35}}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, data: bytes | None = None):
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, dict(response.headers), response.read()


def test_two_processes_serve_the_api_and_stop_together():
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "app.serve", "--port", str(port), "--workers", "2"], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert _get(f"http://127.0.0.1:{port}/healthz")[0] == 200
                break
            except OSError:
                assert time.monotonic() < deadline, "app.serve did not come up"
                time.sleep(0.2)
        children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) == 2
        for _ in range(4):  # new connections, whichever process takes them
            status, headers, body = _get(f"http://127.0.0.1:{port}/api/v1/scenario", json.dumps(BODY).encode())
            assert status == 200 and "server" not in {name.lower() for name in headers}
            assert json.loads(body)["months"][0]["bijstand"] == 1401.5
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=15)
    assert code == 0
    assert subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True).stdout == b""


def test_a_port_in_use_gives_a_plain_message_and_an_error_code():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "app.serve", "--port", str(port), "--workers", "2"],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr
