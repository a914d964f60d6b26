"""What an operator sees of a running service: request ids, JSON access logs, Prometheus
metrics, and the health and readiness probes.

Every request gets an id (the caller's ``X-Request-ID`` when it is a short token, else a
new one): the answer carries it as ``X-Request-ID``, every problem body as ``request_id``,
and the access log line as ``request_id``, so a moderator's screenshot of an error leads
to its log line. Metrics go through prometheus-client; ``serve`` points
``PROMETHEUS_MULTIPROC_DIR`` at a folder of its own before any worker starts, so one
scrape of ``/internal/metrics`` adds up every worker. Without that variable (an app made in
a test or by ``openapi``) the metrics live in the process, which is all such an app has.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")  # an allow list: no log injection
_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

#: the route template of a request answered outside FastAPI's router (server.fastpath)
ROUTE_TEMPLATE_KEY = "reviewer.route_template"

# Buckets around the service's budgets (case detail 50 ms, lease and upload 100 ms p99).
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUEST_DURATION = Histogram(
    "reviewer_http_request_duration_seconds",
    "Time from a request's arrival to the end of its answer, by route template.",
    ["route", "method", "status"],
    buckets=_LATENCY_BUCKETS,
)
LEASES = Counter("reviewer_leases", "Cases leased to reviewers (one per case in a batch).")
DECISIONS = Counter(
    "reviewer_decisions", "Decision upload items, by the answer each got.", ["result"]
)
SIGNIN_FAILURES = Counter(
    "reviewer_signin_failures",
    "Sign-ins refused: a wrong name or password (reason=credentials) or a throttle (429).",
    ["reason"],
)

#: set by each worker when it answers a scrape (``note_worker``); summed over live workers
DB_CHECKED_OUT = Gauge(
    "reviewer_db_connections_checked_out",
    "Database connections a worker's pool has lent out, as of its last scrape.",
    multiprocess_mode="livesum",
)
FOLLOW_WAITING = Gauge(
    "reviewer_follow_waiting",
    "Follow long-polls a worker holds, as of its last scrape.",
    multiprocess_mode="livesum",
)

access_log = logging.getLogger("server.access")


def request_id() -> str | None:
    """The id of the request this code runs for (None outside a request)."""
    return _request_id.get()


def note_leases(count: int) -> None:
    if count:
        LEASES.inc(count)


def note_worker(checked_out: int, follow_waiting: int) -> None:
    """This worker's pool and follow figures, for the scrape it is answering."""
    DB_CHECKED_OUT.set(checked_out)
    FOLLOW_WAITING.set(follow_waiting)


def note_decision(result: str) -> None:
    DECISIONS.labels(result=result).inc()


def note_signin_failure(reason: str) -> None:
    SIGNIN_FAILURES.labels(reason=reason).inc()


def metrics_document() -> tuple[bytes, str]:
    """The Prometheus text of every worker (multiprocess mode) or of this process."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST


class _JsonLines(logging.Formatter):
    """One JSON object per line: what log shippers parse without a pattern."""

    def format(self, record: logging.LogRecord) -> str:
        fields = record.__dict__.get("fields")
        doc: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        if isinstance(fields, dict):
            doc.update(fields)
        else:
            doc["message"] = record.getMessage()
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def enable_access_log() -> None:
    """Send ``server.access`` to stderr as JSON lines (``serve --access-log``)."""
    if any(getattr(h, "reviewer_json", False) for h in access_log.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonLines())
    handler.reviewer_json = True  # type: ignore[attr-defined]
    access_log.addHandler(handler)
    access_log.setLevel(logging.INFO)
    access_log.propagate = False


def _route_template(scope: Scope) -> str:
    """The route's path template (``/v1/cases/{case_id}``), never the raw path: a label per
    case id would grow the metrics without bound."""
    template = scope.get(ROUTE_TEMPLATE_KEY)
    if isinstance(template, str):
        return template
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class ObservabilityMiddleware:
    """Outermost ASGI layer: the request id, the latency histogram and the access log."""

    def __init__(self, app: ASGIApp, *, client_address: Any = None) -> None:
        self.app = app
        self.client_address = client_address

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        rid = None
        for key, value in scope.get("headers", []):
            if key == b"x-request-id":
                text = value.decode("latin-1")
                rid = text if _REQUEST_ID_RE.fullmatch(text) else None
                break
        rid = rid or uuid.uuid4().hex
        token = _request_id.set(rid)
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", rid.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            _request_id.reset(token)
            elapsed = time.perf_counter() - started
            route = _route_template(scope)
            method = str(scope.get("method", ""))
            REQUEST_DURATION.labels(route=route, method=method, status=str(status)).observe(elapsed)
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client")
                access_log.info(
                    "request",
                    extra={
                        "fields": {
                            "request_id": rid,
                            "method": method,
                            "route": route,
                            "path": scope.get("path", ""),
                            "status": status,
                            "duration_ms": round(elapsed * 1000, 2),
                            "client": client[0] if client else None,
                        }
                    },
                )
