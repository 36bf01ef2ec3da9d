"""Serve Houvast on every core of one machine: `python -m app.serve --workers 2`.

The processes share one listening socket, and each takes a single new connection at a time,
and only while it is not busy with an answer. With uvicorn's own `--workers` a process takes up
to 2,048 waiting connections at once (asyncio accepts up to its `backlog` per wake-up): when
wrk opened its 32 connections one process could take nearly all of them and the other core
stayed idle. With a socket per process (SO_REUSEPORT) the kernel spreads connections by a hash,
and a process that drew 20 of the 32 answered far slower than the other. Measured in
docs/benchmarks.md.

In Kubernetes run one process per pod (the Dockerfile) and let the Service spread the load.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import sys

import uvicorn

QUEUE = 2048  # connections the kernel holds for us while every process is busy


class _OneAtATime(uvicorn.Server):
    """asyncio uses `backlog` both as the socket's queue (listen) and as how many connections
    it accepts per wake-up. We want the second to be 1 and the first to stay long, so the
    queue is set again once the server listens."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        for sock in sockets or ():
            sock.listen(QUEUE)


def _config(proxy_headers: bool, accept_per_wake_up: int) -> uvicorn.Config:
    # No server header (docs/security.md) and no access log: it would keep visitors' addresses.
    return uvicorn.Config("app.main:app", server_header=False, access_log=False, log_level="warning",
                          proxy_headers=proxy_headers, backlog=accept_per_wake_up)


def _listening_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(QUEUE)
    return sock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="processes; default: one per core this process may use")
    parser.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-* from FORWARDED_ALLOW_IPS")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
    try:
        sock = _listening_socket(args.host, args.port)
    except OSError as error:
        print(f"app.serve: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    if args.workers == 1:
        uvicorn.Server(_config(args.proxy_headers, QUEUE)).run(sockets=[sock])
        return 0

    children: list[int] = []
    for _ in range(args.workers):
        pid = os.fork()
        if pid == 0:  # the child serves until it is told to stop
            code = 0
            try:
                _OneAtATime(_config(args.proxy_headers, 1)).run(sockets=[sock])
            except BaseException:  # noqa: BLE001 - reported by the parent as a failed process
                code = 1
            os._exit(code)
        children.append(pid)
    sock.close()  # the children have it

    stopping = False

    def stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # When one process ends on its own (it failed), the others are stopped too and the exit
    # code says so. uvicorn ends a process it stopped gracefully with the signal it got, so
    # that is how a process asked to stop ends.
    os.wait()
    failed = not stopping
    stop(signal.SIGTERM, None)
    for pid in children:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
