"""Load on the API from a second process on loopback, bounded in time (issue 7).

Serves the app on 127.0.0.1 and a free port with `python -m app.serve` (one process per core,
sharing one socket, each taking one new connection at a time), then drives
POST /api/v1/scenario (a 24-month scenario) with wrk: 32 connections for 20 seconds. Needs Debian's `wrk` (`apt-get install wrk`). Target on the
2-core machine: no errors, p99 <= 100 ms.

    python bench/load_bench.py            # prints the result
    python bench/load_bench.py --write    # also writes it to docs/benchmarks.md
    python bench/load_bench.py --server uvicorn --workers 2   # uvicorn's own workers, to compare
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BODY = {
    "start_month": "2026-01",
    "months": 24,
    "gemeente": "voorbeeld",
    "household": {"situation": "single_parent", "age": 35, "children": [{"age": 4}], "rent": 700.0},
    "job": {"start_month": "2026-02", "hours_per_week": 16, "hourly_wage": 15.0,
            "pay_period": "four_weeks", "holiday_pay": "may"},
    "vrijlating_months_used": 0,
}
CONNECTIONS, THREADS, SECONDS = 32, 2, 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the app did not come up at {url}")


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)), help="processes; default one per core")
    parser.add_argument("--server", choices=("serve", "uvicorn"), default="serve",
                        help="app.serve (one new connection at a time per process) or uvicorn --workers")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    if args.server == "serve":
        command = ["-m", "app.serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    else:
        command = ["-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port),
                   "--log-level", "warning", "--no-access-log", "--no-server-header", "--workers", str(args.workers)]
    server = subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        # wrk sends every request from one address: the rate limit (120 a minute) would stop it.
        env={**os.environ, "HOUVAST_RATE_LIMIT": "0"},
    )
    load_before = os.getloadavg()[0]
    try:
        wait_until_up(f"{base}/healthz")
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write('wrk.method = "POST"\n')
            script.write('wrk.headers["Content-Type"] = "application/json"\n')
            script.write(f"wrk.body = {json.dumps(json.dumps(BODY))}\n")
            script.write("function response(status, headers, body)\n")
            script.write("  if status ~= 200 then wrk.thread:set('bad', (wrk.thread:get('bad') or 0) + 1) end\n")
            script.write("end\n")
        output = subprocess.run(
            ["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", f"{SECONDS}s", "--latency",
             "--timeout", "5s", "-s", script.name, f"{base}/api/v1/scenario"],
            capture_output=True, text=True, timeout=SECONDS + 30, check=True,
        ).stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    p50, p99 = to_ms(percentiles["50"]), to_ms(percentiles["99"])
    table = "\n".join([
        (f"Measured {time.strftime('%Y-%m-%d')} with `python bench/load_bench.py --write`: wrk, "
        f"{CONNECTIONS} connections, {THREADS} threads, {SECONDS} s, {args.workers} process(es) ({'app.serve' if args.server == 'serve' else 'uvicorn --workers'}) on loopback; "
        f"load average {load_before:.1f} on {os.cpu_count()} cores just before."),
        "",
        "| requests | per second | p50 (ms) | p99 (ms) | non-2xx | socket errors | target |",
        "|---|---|---|---|---|---|---|",
        (f"| {requests} | {requests / SECONDS:.0f} | {p50:.1f} | {p99:.1f} | "
        f"{non_2xx.group(1) if non_2xx else 0} | {errors.group(1) if errors else 'none'} | "
        f"p99 <= 100 ms, no errors: {'met' if p99 <= 100 and not non_2xx and not errors else 'not met'} |"),
    ])
    print(table)
    if args.write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text(encoding="utf-8")
        begin, end = "<!-- load-bench -->", "<!-- /load-bench -->"
        if begin not in text:
            text += f"\n## The API under load\n\n{begin}\n{end}\n"
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        doc.write_text(f"{head}{begin}\n{table}\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
