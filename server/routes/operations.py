"""For the platform team, not the desk: ``/healthz`` (the process answers), ``/readyz`` (the
database answers and its schema is this code's) and ``/internal/metrics`` (Prometheus,
every worker). None of them is in the v1 contract or its OpenAPI document."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from server import migrations
from server.addresses import client_address, is_loopback
from server.errors import ApiError
from server.observability import metrics_document, note_worker
from server.security import State, token_hash
from server.state import SessionRoute

router = APIRouter(include_in_schema=False, route_class=SessionRoute)

_HEAD = migrations.head()


def request_address(request: Request, trusted_proxies: tuple[str, ...]) -> str:
    """The caller's address as the throttles and access rules see it (server.addresses)."""
    peer = request.client.host if request.client else None
    return client_address(peer, request.headers.getlist("x-forwarded-for"), trusted_proxies)


@router.get("/healthz")
async def healthz() -> JSONResponse:
    """The process is alive and its event loop turns; nothing else is checked."""
    return JSONResponse({"status": "ok"})


@router.get("/readyz")
def readyz(state: State) -> JSONResponse:
    """Ready for traffic: the database answers and its schema revision is this code's head.
    Not ready is 503 (problem+json), so a balancer stops sending requests here."""
    with state.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        at = migrations.current(conn)
    if at != _HEAD:
        raise ApiError(
            503,
            "server_error",
            f"The database's schema is at {at or 'no revision'}, not {_HEAD}.",
            title="Service unavailable",
            headers={"Retry-After": "10"},
            retry_after=10.0,
        )
    return JSONResponse({"status": "ready", "schema": at})


@router.get("/internal/metrics")
def internal_metrics(request: Request, state: State) -> Response:
    """Prometheus metrics of every worker: from loopback, or with the operator token."""
    settings = state.settings
    if not is_loopback(request_address(request, settings.trusted_proxies)):
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        wanted = settings.operator_token_sha256
        if not (
            wanted
            and scheme.lower() == "bearer"
            and hmac.compare_digest(token_hash(value.strip()), wanted)
        ):
            raise ApiError(
                403,
                "forbidden",
                "Metrics are served to loopback, or with the operator token.",
            )
    checkout = getattr(state.engine.pool, "checkedout", None)
    note_worker(int(checkout()) if callable(checkout) else 0, state.follow.waiting)
    body, content_type = metrics_document()
    return Response(body, media_type=content_type)
