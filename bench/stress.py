"""Memory and slow-client probes against a served process: `make stress`.

Each scenario gets a fresh process (uvicorn on 127.0.0.1 and a free port, started here the way
`make run` starts it, the rate limit off so the probe is not stopped early), runs its requests,
and reads the process's peak resident memory (VmHWM in /proc/<pid>/status) before and after.
Target: under 150 MiB per process whatever the requests (docs/security.md).

    python bench/stress.py                 # prints the table
    python bench/stress.py --write         # also writes it to docs/benchmarks.md
    python bench/stress.py --source DIR    # serves the code in DIR (an older checkout, to compare)
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MIB = 150
BODY = {
    "start_month": "2027-01", "months": 36, "gemeente": "voorbeeld",
    "household": {"situation": "couple", "age": 35, "partner_age": 33, "children": [{"age": 4}, {"age": 17}],
                  "housemates_27_plus": 1, "rent": 780},
    "job": {"start_month": "2027-01", "hours_per_week": 16, "hourly_wage": 14.71, "pay_period": "week"},
    "sweep_hours": list(range(0, 61)),
}
ANSWERS = {"situation": "single_parent", "age": "35", "children": "4", "housemates": "0", "rent": "780",
           "wage_kind": "uur", "hours": "16", "hourly_wage": "14,71", "pay_period": "four_weeks",
           "holiday_pay": "may", "job_start": "2027-01"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) in MiB."""
    text = Path(f"/proc/{pid}/status").read_text()
    value = {key: int(re.search(rf"^{key}:\s+(\d+) kB", text, re.M).group(1)) / 1024 for key in ("VmRSS", "VmHWM")}
    return value["VmRSS"], value["VmHWM"]


class Served:
    """uvicorn in its own process, as `make run` starts it."""

    def __init__(self, source: Path):
        self.port = free_port()
        env = {**os.environ, "HOUVAST_RATE_LIMIT": "0", "PYTHONPATH": str(source)}
        env.pop("FORWARDED_ALLOW_IPS", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(self.port),
             "--no-server-header", "--no-access-log", "--no-proxy-headers", "--log-level", "warning"],
            cwd=source, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while self.request("GET", "/healthz")[0] != 200:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit("the app did not start")
            time.sleep(0.2)

    def request(self, method: str, path: str, body: bytes = b"", content_type: str = "application/json"):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            connection.request(method, path, body=body or None, headers={"content-type": content_type})
            response = connection.getresponse()
            data = response.read()
            connection.close()
            return response.status, len(data)
        except OSError:
            return 0, 0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def at_once(count: int, work) -> list:
    """`work()` in `count` threads at the same time; their results."""
    results: list = [None] * count
    threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, work())) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def unknown_fields(size: int) -> bytes:
    parts, total, i = [], 2, 0
    while total < size - 16:
        part = f'"f{i}":0'
        parts.append(part)
        total += len(part) + 1
        i += 1
    return ("{" + ",".join(parts) + "}").encode()


# The scenarios: each returns a short note of what the process answered.

def s_idle(app: Served) -> str:
    return f"healthz {app.request('GET', '/healthz')[0]}"


def s_unknown_fields(app: Served) -> str:
    """Four clients at once, 20 times: a body just under 64 KB of unknown fields, and one of 1 MB."""
    small, big = unknown_fields(64 * 1024 - 1), unknown_fields(1024 * 1024)
    statuses: dict[int, int] = {}
    sizes = []
    for _ in range(20):
        for body in (small, big):
            for status, size in at_once(4, lambda body=body: app.request("POST", "/api/v1/scenario", body)):
                statuses[status] = statuses.get(status, 0) + 1
                sizes.append(size)
    return f"statuses {statuses}, largest answer {max(sizes) / 1024:.1f} KB"


def s_every_month(app: Served) -> str:
    """Every start month from 2026 to 2199 with 36 months and a 61-point sweep (the costliest
    valid request), and a few in the far future."""
    statuses: dict[int, int] = {}
    months = [f"{year}-{month:02d}" for year in range(2026, 2200) for month in range(1, 13)]
    months += [f"{year}-01" for year in (2500, 5000, 9996, 9999)]

    def run(chunk):
        for month in chunk:
            body = {**BODY, "start_month": month, "job": {**BODY["job"], "start_month": month}}
            status = app.request("POST", "/api/v1/scenario", json.dumps(body).encode())[0]
            statuses[status] = statuses.get(status, 0) + 1

    at_once(2, lambda: None)
    chunks = [months[i::2] for i in range(2)]
    threads = [threading.Thread(target=run, args=(chunk,)) for chunk in chunks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return f"{len(months)} requests, statuses {dict(sorted(statuses.items()))}"


def s_pages(app: Served) -> str:
    """Result pages with hidden fields changed (27 digits, far months), and forms of 1 MB."""
    statuses: dict[int, int] = {}
    tampered = [{"rent": "1" * 27}, {"job_start": "9996-01"}, {"hourly_wage": "9" * 40}, {"children": "30"},
                {"age": "18", "children": "30"}, {}]
    for _ in range(10):
        for change in tampered:
            for path in ("/vragen", "/uitkomst"):
                form = urllib.parse.urlencode({**ANSWERS, **change, "step": "controleer", "action": "lang"}).encode()
                for status, _ in at_once(2, lambda: app.request("POST", path, form, "application/x-www-form-urlencoded")):
                    statuses[status] = statuses.get(status, 0) + 1
        big = urllib.parse.urlencode({**ANSWERS, "rent": "9" * (1024 * 1024)}).encode()
        status = app.request("POST", "/uitkomst", big, "application/x-www-form-urlencoded")[0]
        statuses[status] = statuses.get(status, 0) + 1
    return f"statuses {dict(sorted(statuses.items()))}"


def s_slow_clients(app: Served, count: int = 200, wait: float = 20.0) -> str:
    """`count` connections that send half a request and then nothing, and `count` idle ones:
    how many does the server still hold after `wait` seconds?"""
    sockets = []
    for i in range(count * 2):
        sock = socket.create_connection(("127.0.0.1", app.port))
        if i % 2:
            sock.sendall(b"POST /api/v1/scenario HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n")
        sockets.append(sock)
    time.sleep(wait)
    still_open = 0
    for sock in sockets:
        sock.setblocking(False)
        try:
            still_open += sock.recv(1) != b""  # b"" means the server closed it
        except BlockingIOError:
            still_open += 1  # nothing to read: still open
        except OSError:
            pass
        sock.close()
    return f"{still_open} of {count * 2} slow or idle connections still open after {wait:.0f} s"


SCENARIOS = {
    "just started, one /healthz": s_idle,
    "unknown fields: 4 at once, 64 KB and 1 MB bodies, 160 requests": s_unknown_fields,
    "every start month 2026-2199 and the far future, 36 months + 61-point sweep": s_every_month,
    "pages: tampered hidden fields and 1 MB forms": s_pages,
    "slow clients: 200 half requests + 200 silent connections": s_slow_clients,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the table to docs/benchmarks.md")
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument("--only", help="run the scenarios whose name contains this")
    args = parser.parse_args()
    rows = []
    for name, scenario in SCENARIOS.items():
        if args.only and args.only not in name:
            continue
        app = Served(args.source.resolve())
        try:
            before, _ = memory(app.process.pid)
            started = time.monotonic()
            note = scenario(app)
            seconds = time.monotonic() - started
            after, peak = memory(app.process.pid)
            alive = app.process.poll() is None and app.request("GET", "/healthz")[0] == 200
        finally:
            app.stop()
        rows.append((name, before, peak, after, seconds, note if alive else note + "; THE PROCESS DIED"))
        print(f"{name}: start {before:.0f} MiB, peak {peak:.0f} MiB, end {after:.0f} MiB, {seconds:.0f} s; {rows[-1][5]}",
              flush=True)
    worst = max(row[2] for row in rows)
    verdict = f"Peak {worst:.0f} MiB: {'under' if worst < TARGET_MIB else 'OVER'} the {TARGET_MIB} MiB target."
    print(verdict)
    if args.write:
        write(rows, verdict)


def write(rows, verdict: str) -> None:
    head = (f"Measured {time.strftime('%Y-%m-%d')} with `make stress` (bench/stress.py): one uvicorn process per "
            "scenario, started as `make run` starts it, the rate limit off.\n\n"
            "| scenario | start (MiB) | peak (MiB) | end (MiB) | seconds | what the process answered |\n|---|---|---|---|---|---|\n")
    table = "".join(f"| {name} | {before:.0f} | {peak:.0f} | {after:.0f} | {seconds:.0f} | {note} |\n"
                    for name, before, peak, after, seconds, note in rows)
    block = f"<!-- stress -->\n{head}{table}\n{verdict}\n<!-- /stress -->"
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8")
    if "<!-- stress -->" in text:
        text = re.sub(r"<!-- stress -->.*?<!-- /stress -->", lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Memory and slow clients\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
