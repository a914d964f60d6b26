"""The OpenAPI document declares every error answer as problem+json, and the links of the
desk's walk through a case (what schemathesis's stateful phase follows)."""

from __future__ import annotations

from typing import Any

from reviewer import contract
from server.app import PUBLIC_PATHS, create_app
from server.config import Settings


def _document() -> dict[str, Any]:
    document: dict[str, Any] = create_app(Settings(database_url="sqlite://")).openapi()
    return document


def test_every_error_answer_is_a_declared_problem() -> None:
    paths = _document()["paths"]
    operations = [(p, m, op) for p, ops in paths.items() for m, op in ops.items()]
    assert len(operations) > 30
    for path, method, operation in operations:
        responses = operation["responses"]
        wanted = {"400", "413", "422", "426", "429", "503"}
        if path not in PUBLIC_PATHS:
            wanted |= {"401", "403"}
        if "{" in path:
            wanted.add("404")
        assert wanted <= set(responses), (method, path, sorted(wanted - set(responses)))
        for status, answer in responses.items():
            if int(status) < 400:
                continue
            content = answer["content"]
            assert list(content) == [contract.PROBLEM_CONTENT_TYPE], (method, path, status)
            schema = content[contract.PROBLEM_CONTENT_TYPE]["schema"]
            assert schema == {"$ref": "#/components/schemas/Problem"}, (method, path, status)
        for status in ("429", "503"):
            assert "Retry-After" in responses[status]["headers"], (method, path, status)
    assert "HTTPValidationError" not in _document()["components"]["schemas"]


def test_the_links_walk_lease_case_chat_decision_history() -> None:
    paths = _document()["paths"]
    ids = {op["operationId"]: (m, p) for p, ops in paths.items() for m, op in ops.items()}

    def targets(method: str, path: str) -> set[tuple[str, str]]:
        responses = paths[contract.API_PREFIX + path][method]["responses"]
        links = responses["200"].get("links", {})
        return {ids[link["operationId"]] for link in links.values()}

    v1 = contract.API_PREFIX
    assert ("get", v1 + "/cases/{case_id}") in targets("post", "/queues/{queue_id}/batches")
    assert ("get", v1 + "/cases/{case_id}/chat") in targets("get", "/cases/{case_id}")
    assert ("post", v1 + "/decisions:batch") in targets("get", "/cases/{case_id}/chat")
    history = targets("post", "/decisions:batch")
    assert {("get", v1 + "/decisions"), ("get", v1 + "/decisions/{decision_id}")} <= history
