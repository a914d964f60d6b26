"""The FastAPI application factory of the reference Live case service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.types import ASGIApp

from reviewer import contract
from server.budget import install_statement_budget
from server.config import SERVICE_NAME, Settings, pool_size
from server.db import make_engine, session_factory
from server.fastpath import HotReads
from server.inputs import MAX_JSON_DEPTH
from server.observability import ObservabilityMiddleware, enable_access_log
from server.openapi_doc import document_links, document_problems
from server.problems import EdgeMiddleware, install_problem_handlers
from server.state import ServiceState, write_stats

PUBLIC_PATHS = frozenset(
    contract.API_PREFIX + p for p in ("/info", "/auth/login", "/auth/refresh", "/auth/password")
)


def _document_security(app: FastAPI) -> None:
    """Declare bearer auth, the client-version header, every error answer and the links in
    the generated OpenAPI document (``server.openapi_doc``).

    Authentication itself is enforced by ``current_principal``; this only describes it.
    """

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=(
                "Every error is RFC 9457 problem+json with a stable `type`. Clients send "
                f"`{contract.CLIENT_VERSION_HEADER}: <version>`; below the minimum the "
                "answer is 426 client-too-old. No text may hold NUL (U+0000) or a lone "
                "surrogate, no query parameter and no key of a JSON object may come twice, "
                f"and no JSON may nest deeper than {MAX_JSON_DEPTH} levels: such a request "
                "is refused with 400."
            ),
            routes=app.routes,
        )
        components = schema.setdefault("components", {})
        components["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "opaque access token"}
        }
        for path, operations in schema.get("paths", {}).items():
            if path in PUBLIC_PATHS:
                continue
            for operation in operations.values():
                operation["security"] = [{"bearer": []}]
        document_problems(schema, PUBLIC_PATHS)
        document_links(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(settings: Settings) -> FastAPI:
    """Build the app around one engine; the engine is disposed when the app shuts down."""
    engine = make_engine(
        settings.database_url, echo=settings.echo_sql, pool_size=pool_size(settings)
    )
    install_statement_budget(engine, settings.statement_timeout_seconds)
    state = ServiceState(settings=settings, engine=engine, sessions=session_factory(engine))
    if settings.access_log:
        enable_access_log()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The threads requests run on, and so the connections they can hold at once: the
        # pool is sized from the same setting.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        yield
        write_stats(state)  # only when $REVIEWER_SERVER_STATS_DIR asks (the load test)
        state.hash_slots.close()
        engine.dispose()

    app = FastAPI(
        title="Live Review Desk reference service",
        version=settings.version,
        summary="Leases Live cases to moderators and records their decisions (contract v1).",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=contract.API_PREFIX + "/openapi.json",
    )
    app.state.service = state
    install_problem_handlers(app)

    @app.get(
        contract.API_PREFIX + "/info",
        response_model=contract.ServiceInfo,
        tags=["service"],
        summary="Reachability, version and server clock (no authentication)",
    )
    def info() -> contract.ServiceInfo:
        return contract.ServiceInfo(
            name=SERVICE_NAME,
            version=settings.version,
            min_client_version=settings.min_client_version,
            server_time=datetime.now(UTC),
            newest_client_version=settings.newest_client_version or None,
            client_download_url=settings.client_download_url or None,
        )

    from server.routes import register_routes

    register_routes(app)
    _document_security(app)
    _wrap_outermost(app, settings, state)
    return app


def _wrap_outermost(app: FastAPI, settings: Settings, state: ServiceState) -> None:
    """Put EdgeMiddleware outside Starlette's ServerErrorMiddleware, so that even a 500
    carries the Date header and an oversized body is refused before any routing; the
    desk's hot reads (:mod:`server.fastpath`) just inside it; the request id, latency
    histogram and access log (:mod:`server.observability`) around everything."""
    build_inner = app.build_middleware_stack

    def build() -> ASGIApp:
        inner = build_inner()
        return ObservabilityMiddleware(
            EdgeMiddleware(
                HotReads(inner, state) if settings.fast_reads else inner,
                max_body=contract.MAX_REQUEST_BYTES,
                min_client_version=settings.min_client_version,
            )
        )

    app.build_middleware_stack = build  # type: ignore[method-assign]
