"""Real network middlemen for the desk's site-network tests, each its own process.

``connect``: a tiny HTTP CONNECT proxy (what a vendor site's proxy does for https://):
optional basic auth (407 without it), ``--map host:port=127.0.0.1:port`` so a made-up
service name reaches a loopback port, one log line per request (``CONNECT host:port
user``) in ``--log``. ``tls``: a TLS front that terminates TLS with a given certificate and
passes the bytes to a plain loopback service (the reference service speaks only http).

    python -m devkit.proxy connect --port-file F [--auth user:pass] [--map H:P=A:Q] [--log L]
    python -m devkit.proxy tls --port-file F --cert C --key K --backend 127.0.0.1:PORT

:class:`Middleman` starts one as a child process and waits for its port; tests stop it.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""

    def one_way(src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    t = threading.Thread(target=one_way, args=(b, a), daemon=True)
    t.start()
    one_way(a, b)
    t.join()
    a.close()
    b.close()


def _read_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk or len(data) > 65536:
            return b""
        data += chunk
    return data


class _Log:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.lock = threading.Lock()

    def line(self, text: str) -> None:
        if self.path is None:
            return
        with self.lock, self.path.open("a", encoding="utf-8") as f:
            f.write(text + "\n")


def _connect_client(
    conn: socket.socket, auth: str, mapping: dict[str, tuple[str, int]], log: _Log
) -> None:
    head = _read_head(conn)
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ") if lines and lines[0] else []
    headers = {
        k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:] if h)
    }
    if len(parts) != 3 or parts[0] != "CONNECT":
        conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
        conn.close()
        log.line(f"REFUSED {lines[0] if lines else ''}")
        return
    target = parts[1]
    user = "-"
    if auth:
        given = headers.get("proxy-authorization", "")
        expected = "Basic " + base64.b64encode(auth.encode()).decode()
        if given != expected:
            conn.sendall(
                b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                b'Proxy-Authenticate: Basic realm="site"\r\nContent-Length: 0\r\n\r\n'
            )
            conn.close()
            log.line(f"CONNECT {target} 407")
            return
        user = auth.split(":", 1)[0]
    host, _, port = target.rpartition(":")
    address = mapping.get(target, (host, int(port)))
    try:
        upstream = socket.create_connection(address, timeout=5)
    except OSError:
        conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
        conn.close()
        log.line(f"CONNECT {target} 502")
        return
    upstream.settimeout(None)
    log.line(f"CONNECT {target} {user}")
    conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    _pipe(conn, upstream)


def _tls_client(conn: socket.socket, ctx: ssl.SSLContext, backend: tuple[str, int]) -> None:
    try:
        tls = ctx.wrap_socket(conn, server_side=True)
    except (ssl.SSLError, OSError):
        conn.close()  # the client refused our certificate: what the tests expect at times
        return
    try:
        upstream = socket.create_connection(backend, timeout=5)
    except OSError:
        tls.close()
        return
    upstream.settimeout(None)
    _pipe(tls, upstream)


def _hostport(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host, int(port)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m devkit.proxy")
    parser.add_argument("mode", choices=["connect", "tls"])
    parser.add_argument("--port-file", type=Path, required=True)
    parser.add_argument("--auth", default="", help="user:pass that the proxy requires")
    parser.add_argument("--map", action="append", default=[], help="host:port=addr:port")
    parser.add_argument("--log", type=Path)
    parser.add_argument("--cert", type=Path)
    parser.add_argument("--key", type=Path)
    parser.add_argument("--backend", default="")
    args = parser.parse_args(argv)

    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    log = _Log(args.log)
    mapping = {k: _hostport(v) for k, _, v in (m.partition("=") for m in args.map)}
    ctx: ssl.SSLContext | None = None
    if args.mode == "tls":
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.cert, args.key)
    tmp = args.port_file.with_suffix(".tmp")
    tmp.write_text(str(server.getsockname()[1]))
    tmp.replace(args.port_file)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    backend = _hostport(args.backend) if ctx is not None else ("", 0)
    while True:
        conn, _addr = server.accept()
        if ctx is not None:
            worker = threading.Thread(target=_tls_client, args=(conn, ctx, backend), daemon=True)
        else:
            worker = threading.Thread(
                target=_connect_client, args=(conn, args.auth, mapping, log), daemon=True
            )
        worker.start()


class Middleman:
    """One ``devkit.proxy`` child process; ``port`` once it listens."""

    def __init__(self, workdir: Path, mode: str, *args: str) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.workdir = workdir
        self.log = workdir / f"{mode}.log"
        port_file = workdir / f"{mode}.port"
        port_file.unlink(missing_ok=True)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        cmd = [sys.executable, "-m", "devkit.proxy", mode, "--port-file", str(port_file)]
        cmd += ["--log", str(self.log), *args]
        self.proc = subprocess.Popen(cmd, env=env)  # noqa: S603 - our interpreter, fixed args
        deadline = time.monotonic() + 20
        while not port_file.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"devkit.proxy {mode} did not start")
            time.sleep(0.02)
        self.port = int(port_file.read_text())

    def lines(self) -> list[str]:
        """The log lines so far (``connect`` mode: one per request)."""
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []

    def logged(self, line: str, times: int = 1, within_s: float = 10) -> bool:
        """Whether ``line`` is (or within ``within_s`` becomes) in the log at least ``times``
        times: the proxy writes its line after it has answered, so the client can be faster
        than the log."""
        deadline = time.monotonic() + within_s
        while self.lines().count(line) < times:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


if __name__ == "__main__":
    main()
