"""Serve Houvast on every core of one machine: `python -m app.serve --workers 2`.

uvicorn's own `--workers` share one listening socket. Under a burst of new connections one
process can take nearly all of them (asyncio accepts up to a hundred at once) and the other
core stays idle: with 32 connections the load bench then ran at the speed of one process
(docs/benchmarks.md). Here every process opens its own socket on the same port with
SO_REUSEPORT, and the kernel spreads new connections over the processes.

In Kubernetes run one process per pod (the Dockerfile) and let the Service spread the load.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import sys

import uvicorn


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def _serve(host: str, port: int, proxy_headers: bool) -> None:
    # No server header (docs/security.md) and no access log: it would keep visitors' addresses.
    config = uvicorn.Config("app.main:app", server_header=False, access_log=False, log_level="warning",
                            proxy_headers=proxy_headers)
    uvicorn.Server(config).run(sockets=[_listening_socket(host, port)])


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
    if args.workers == 1:
        _serve(args.host, args.port, args.proxy_headers)
        return 0

    children: list[int] = []
    for _ in range(args.workers):
        pid = os.fork()
        if pid == 0:  # the child serves until it is told to stop
            code = 0
            try:
                _serve(args.host, args.port, args.proxy_headers)
            except BaseException:  # noqa: BLE001 - reported by the parent as a failed process
                code = 1
            os._exit(code)
        children.append(pid)

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
    # When one process ends on its own (it could not start, or it failed), the others are
    # stopped too and the exit code says so. uvicorn ends a process it stopped gracefully
    # with the signal it got, so that is how a process asked to stop ends.
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
