"""The load report reads its budgets off the service's real route templates."""

from __future__ import annotations

from bench.load.report import BUDGETS, budget_route
from server.app import create_app
from server.config import Settings


def test_each_budget_names_exactly_one_route_of_the_service() -> None:
    """The service's histograms label requests by these templates (its OpenAPI paths)."""
    paths = create_app(Settings(database_url="sqlite://")).openapi()["paths"]
    routes = [(path, method.upper()) for path, ops in paths.items() for method in ops]
    for label, method, _limit in BUDGETS:
        matched = [r for r in routes if budget_route(label, *r)]
        assert len(matched) == 1, (label, matched)
        assert matched[0][1] == method
