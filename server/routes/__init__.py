"""The v1 route modules, registered on the app by ``register_routes``."""

from __future__ import annotations

from fastapi import FastAPI


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
        app.include_router(router)
    from server.routes.calibration import router as calibration_router  # QA calibration

    app.include_router(calibration_router)
    from server.routes.audit import router as audit_router  # team-lead audit

    app.include_router(audit_router)
    from server.routes.taxonomy import router as taxonomy_router  # admin's policy taxonomy

    app.include_router(taxonomy_router)
    from server.routes.metrics import router as metrics_router  # team-lead dashboard

    app.include_router(metrics_router)
    from server.routes.weekly import router as weekly_router  # the weekly business report

    app.include_router(weekly_router)
    from server.routes.report_tokens import router as report_tokens_router  # its tokens

    app.include_router(report_tokens_router)
    from server.routes.vendors import router as vendors_router  # a vendor's report zone

    app.include_router(vendors_router)
    from server.routes.operations import router as operations_router  # probes and metrics

    app.include_router(operations_router)
    from server.routes.admin import router as admin_router  # the admin console

    app.include_router(admin_router)
    from server.routes.labels import router as labels_router  # account labels

    app.include_router(labels_router)
    from server.routes.escalations import router as escalations_router  # "My escalations"

    app.include_router(escalations_router)
    from server.routes.decision_import import router as import_router  # a lead's import

    app.include_router(import_router)
