"""A hostile case service on loopback: a real HTTP server in a thread, misbehaving on demand.

Each test sets ``server.mode`` (and maybe ``server.status``/``server.headers``/
``server.body``) and points an ApiClient at ``server.base_url``. Every request
is recorded (method, path, headers, body) so tests can check what the client
really sent.
"""

from __future__ import annotations

import hashlib
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Hostile:
    mode: str = "ok"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"{}"
    #: a queue of (status, headers, body) answers used before falling back to ``mode``
    script: list[tuple[int, dict[str, str], bytes]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    #: when set, answers every request that the script does not (a tiny fake endpoint)
    handler: Callable[[Seen], tuple[int, dict[str, str], bytes]] | None = None
    #: the Date header is this many seconds off the real clock
    date_offset_s: float = 0.0
    base_url: str = ""
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


GOOD_INFO = (
    b'{"name":"hostile","version":"1","min_client_version":"0.0.1",'
    b'"server_time":"2026-01-01T00:00:00Z"}'
)
MEDIA = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes" * 10
MEDIA_SHA = hashlib.sha256(MEDIA).hexdigest()


_BOMB: list[bytes] = []
#: what the gzip bomb inflates to
BOMB_INFLATED = 256 * 1024 * 1024


def gzip_bomb() -> bytes:
    """256 MiB of JSON-ish padding, gzip-compressed to well under the 2 MiB cap (made once)."""
    if not _BOMB:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip wrapper
        block = b" " * (1024 * 1024)
        parts = [packer.compress(b'{"pad":"')]
        parts += [packer.compress(block) for _ in range(BOMB_INFLATED // len(block))]
        parts.append(packer.flush())
        _BOMB.append(b"".join(parts))
    return _BOMB[0]


def _handler(state: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def date_time_string(self, timestamp: float | None = None) -> str:
            return formatdate(time.time() + state.date_offset_s, usegmt=True)

        def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Type" not in headers:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(self.command, self.path, dict(self.headers), body)
            with state.lock:
                state.seen.append(seen)
                scripted = state.script.pop(0) if state.script else None
            if scripted is not None:
                self._answer(*scripted)
                return
            if state.handler is not None:
                self._answer(*state.handler(seen))
                return
            mode = state.mode
            if mode == "ok":
                self._answer(state.status, state.headers, state.body)
            elif mode == "malformed":
                self._answer(200, {}, b'{"name": "hostile", "version": ')
            elif mode == "wrong_types":
                self._answer(
                    200,
                    {},
                    b'{"name": 7, "version": ["1"], "min_client_version": null,'
                    b' "server_time": "yesterday"}',
                )
            elif mode in {"huge", "huge_chunked"}:
                # 50 MB, declared up front (or not: then the cap must hold while streaming)
                total = 50 * 1024 * 1024
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if mode == "huge":
                    self.send_header("Content-Length", str(total))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                chunk = b'{"pad":"' + b"x" * (1024 * 1024 - 8)
                try:
                    for _ in range(50):
                        if state.stop.is_set():
                            break
                        self.wfile.write(chunk)
                except OSError:
                    pass
                self.close_connection = True
            elif mode == "trickle":
                body = GOOD_INFO
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.flush()
                try:
                    for byte in body:  # one byte a second: httpx alone would wait ~100 s
                        if state.stop.wait(1.0):
                            break
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                except OSError:
                    pass
                self.close_connection = True
            elif mode == "trickle_headers":
                # the status line and headers one byte at a time, 20 a second: every read
                # gets a byte well within httpx's read timeout, so only a deadline ends it
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + b"".join(b"X-Pad-%d: %s\r\n" % (n, b"y" * 40) for n in range(40))
                    + b"Content-Length: %d\r\n\r\n" % len(GOOD_INFO)
                )
                try:
                    for byte in head:
                        if state.stop.wait(0.05):
                            break
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    self.wfile.write(GOOD_INFO)
                except OSError:
                    pass
                self.close_connection = True
            elif mode == "gzip_bomb":
                body = gzip_bomb()
                self._answer(200, {"Content-Encoding": "gzip"}, body)
            elif mode == "endless":
                # a stream that never ends and never stalls long: 1 KiB every 20 ms
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    self.wfile.write(b'{"pad":"')
                    while not state.stop.wait(0.02):
                        self.wfile.write(b"x" * 1024)
                        self.wfile.flush()
                except OSError:
                    pass
                self.close_connection = True
            elif mode == "wrong_hash":
                self._answer(200, {"Content-Type": "image/jpeg"}, MEDIA + b"tampered")
            elif mode == "media":
                self._answer(200, {"Content-Type": "image/jpeg"}, MEDIA)
            elif mode == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
            elif mode == "silent":
                state.stop.wait(60)
                self.close_connection = True
            else:  # pragma: no cover - a typo in a test
                raise AssertionError(mode)

        do_GET = _handle
        do_POST = _handle

    return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up on a hostile answer is the point, not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def run_hostile(tls: ssl.SSLContext | None = None) -> Iterator[Hostile]:
    """Start a hostile server thread on a free loopback port (TLS if given); stop it on exit."""
    state = Hostile()
    server = _Server(("127.0.0.1", 0), _handler(state))
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, args=(0.02,), name="hostile-server", daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def wait_until(predicate: object, timeout: float = 10.0) -> None:
    """Poll a condition (for server-side effects; never used as a timed assertion)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if callable(predicate) and predicate():
            return
        time.sleep(0.01)
    raise AssertionError("condition not reached")
