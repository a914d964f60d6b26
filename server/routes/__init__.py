"""The v1 route modules, registered on the app by ``register_routes``."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from server.state import SessionRoute


def register_routes(app: FastAPI) -> None:
    """Include every router; imported lazily so each module stays independent."""
    from server.routes.auth import router as auth_router
    from server.routes.cases import router as cases_router
    from server.routes.decisions import router as decisions_router
    from server.routes.follow import router as follow_router
    from server.routes.leases import router as leases_router
    from server.routes.policies import router as policies_router
    from server.routes.reports import router as reports_router

    for router in (
        auth_router,
        policies_router,
        leases_router,
        cases_router,
        follow_router,
        reports_router,
        decisions_router,
    ):
        _include(app, router)
    from server.routes.calibration import router as calibration_router  # QA calibration

    _include(app, calibration_router)
    from server.routes.audit import router as audit_router  # team-lead audit

    _include(app, audit_router)
    from server.routes.taxonomy import router as taxonomy_router  # admin's policy taxonomy

    _include(app, taxonomy_router)
    from server.routes.metrics import router as metrics_router  # team-lead dashboard

    _include(app, metrics_router)
    from server.routes.weekly import router as weekly_router  # the weekly business report

    _include(app, weekly_router)
    from server.routes.report_tokens import router as report_tokens_router  # its tokens

    _include(app, report_tokens_router)
    from server.routes.vendors import router as vendors_router  # a vendor's report zone

    _include(app, vendors_router)
    from server.routes.operations import router as operations_router  # probes and metrics

    _include(app, operations_router)
    from server.routes.admin import router as admin_router  # the admin console

    _include(app, admin_router)
    from server.routes.labels import router as labels_router  # account labels

    _include(app, labels_router)
    from server.routes.escalations import router as escalations_router  # "My escalations"

    _include(app, escalations_router)
    from server.routes.decision_import import router as import_router  # a lead's import

    _include(app, import_router)


def _include(app: FastAPI, router: APIRouter) -> None:
    """Include ``router``, refusing one whose routes would keep their request session's
    connection past the handler (``server.state.SessionRoute`` says why that stalls a
    worker)."""
    if router.route_class is not SessionRoute:
        raise TypeError(f"{router.prefix or 'a router'}: its route_class must be SessionRoute")
    app.include_router(router)
