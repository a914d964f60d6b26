"""The v1 route modules, registered on the app by ``register_routes``."""

from __future__ import annotations

from fastapi import FastAPI


def register_routes(app: FastAPI) -> None:
    """Include every router; imported lazily so each module stays independent."""
    from server.routes.auth import router as auth_router

    app.include_router(auth_router)
