"""The FastAPI application factory of the reference Live case service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import FastAPI

from reviewer import contract
from server.config import SERVICE_NAME, Settings
from server.db import make_engine, session_factory
from server.problems import EdgeMiddleware, install_problem_handlers
from server.state import ServiceState


def create_app(settings: Settings) -> FastAPI:
    """Build the app around one engine; the engine is disposed when the app shuts down."""
    engine = make_engine(settings.database_url, echo=settings.echo_sql)
    state = ServiceState(settings=settings, engine=engine, sessions=session_factory(engine))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
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
        )

    from server.routes import register_routes

    register_routes(app)
    app.add_middleware(
        EdgeMiddleware,
        max_body=contract.MAX_REQUEST_BYTES,
        min_client_version=settings.min_client_version,
    )
    return app
