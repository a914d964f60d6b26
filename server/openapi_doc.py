"""What the generated OpenAPI document adds to FastAPI's: every error answer a route can give,
each as ``application/problem+json`` with the Problem schema, and the links a client follows
from one answer to the next request (lease -> case detail -> chat -> decision upload ->
history), which schemathesis's stateful phase walks.

The statuses are the service's own rules, in one place: every route can answer 400
(malformed input, ``server.inputs``), 413 (body size), 422 (contract), 426 (client too old),
429 (rate limits) and 503 (database busy, time budget); every route behind sign-in also 401
and 403 (a role or a disabled account); a route with a path parameter 404. Routes add their
own (409 and the like) through FastAPI's ``responses``.
"""

from __future__ import annotations

from typing import Any

from reviewer import contract
from server.domain import policies

_PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}
_RETRY_AFTER = {
    "Retry-After": {
        "description": "seconds to wait before trying again",
        "schema": {"type": "string"},
    }
}

#: status -> description, for every route
COMMON: dict[int, str] = {
    400: "Malformed input: not JSON, a repeated key, NUL, too deep, a foreign cursor",
    413: "The request body is over the size limit",
    422: "The request does not match the contract",
    426: "The client is older than the service accepts",
    429: "Too many requests; retry after Retry-After",
    503: "The database is busy or the request ran past its time budget; retry after Retry-After",
}
#: status -> description, for every route behind sign-in
SIGNED_IN: dict[int, str] = {
    401: "No valid access token",
    403: "The signed-in user's role may not do this",
}
NOT_FOUND = "No such resource, or not visible to this user"
#: path (under the prefix) -> the statuses a public route adds
PUBLIC_EXTRA: dict[str, dict[int, str]] = {
    "/auth/login": {401: "Wrong user name or password"},
    "/auth/refresh": {401: "The refresh token is unknown, expired or revoked"},
    "/auth/password": {401: "Wrong user name or password"},
}

_LINKS: list[tuple[str, str, str, str, str, dict[str, Any]]] = [
    # (source method, source path, link name, target method, target path, link fields)
    (
        "get",
        "/queues",
        "LeaseFromQueue",
        "post",
        "/queues/{queue_id}/batches",
        {"parameters": {"path.queue_id": "$response.body#/queues/0/id"}},
    ),
    (
        "post",
        "/queues/{queue_id}/batches",
        "CaseDetail",
        "get",
        "/cases/{case_id}",
        {"parameters": {"path.case_id": "$response.body#/cases/0/case_id"}},
    ),
    (
        "post",
        "/queues/{queue_id}/batches",
        "RenewBatch",
        "post",
        "/batches/{batch_id}/renew",
        {"parameters": {"path.batch_id": "$response.body#/batch_id"}},
    ),
    (
        "post",
        "/queues/{queue_id}/batches",
        "ReleaseBatch",
        "post",
        "/batches/{batch_id}/release",
        {"parameters": {"path.batch_id": "$response.body#/batch_id"}},
    ),
    (
        "get",
        "/cases/{case_id}",
        "CaseChat",
        "get",
        "/cases/{case_id}/chat",
        {"parameters": {"path.case_id": "$response.body#/case_id"}},
    ),
    (
        "get",
        "/cases/{case_id}",
        "SnapshotMedia",
        "get",
        "/media/{sha256}",
        {"parameters": {"path.sha256": "$response.body#/snapshots/0/sha256"}},
    ),
    (
        "get",
        "/cases/{case_id}/chat",
        "DecideCase",
        "post",
        "/decisions:batch",
        {"requestBody": {"decisions": [{"case_id": "$request.path.case_id"}]}},
    ),
    (
        "post",
        "/decisions:batch",
        "DecisionRecord",
        "get",
        "/decisions/{decision_id}",
        {"parameters": {"path.decision_id": "$response.body#/results/0/decision_id"}},
    ),
    (
        "post",
        "/decisions:batch",
        "CaseHistory",
        "get",
        "/decisions",
        {"parameters": {"query.case_id": "$request.body#/decisions/0/case_id"}},
    ),
]


def _problem(description: str, status: int) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "description": description,
        "content": {contract.PROBLEM_CONTENT_TYPE: {"schema": _PROBLEM_SCHEMA}},
    }
    if status in (429, 503):
        answer["headers"] = _RETRY_AFTER
    return answer


def document_problems(schema: dict[str, Any], public_paths: frozenset[str]) -> None:
    """Declare every error answer of every operation as problem+json (in place)."""
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            responses: dict[str, Any] = operation.setdefault("responses", {})
            wanted: dict[int, str] = dict(COMMON)
            if path not in public_paths:
                wanted.update(SIGNED_IN)
            if "{" in path:
                wanted[404] = NOT_FOUND
            wanted.update(PUBLIC_EXTRA.get(path.removeprefix(contract.API_PREFIX), {}))
            for code, answer in list(responses.items()):
                if code.isdigit() and int(code) >= 400:
                    described = answer.get("description", "")
                    if described in ("", "Validation Error", "Successful Response"):
                        described = COMMON.get(int(code)) or SIGNED_IN.get(int(code), "")
                    responses[code] = _problem(described or "Refused", int(code))
            for status, description in wanted.items():
                responses.setdefault(str(status), _problem(description, status))
            operation["responses"] = dict(sorted(responses.items()))
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    reason = components.get("ReleaseRequest", {}).get("properties", {}).get("reason")
    if reason is not None:  # the skip reasons are the service's taxonomy, not the contract's
        reason["enum"] = ["", *(code for code, _label in policies.SKIP_REASONS)]


def document_links(schema: dict[str, Any]) -> None:
    """Declare the OpenAPI links of the desk's walk through a case (in place)."""
    paths = schema.get("paths", {})
    prefix = contract.API_PREFIX
    for method, source, name, target_method, target, fields in _LINKS:
        source_op = paths[prefix + source][method]
        target_id = paths[prefix + target][target_method]["operationId"]
        ok = next(code for code in source_op["responses"] if code.startswith("2"))
        links = source_op["responses"][ok].setdefault("links", {})
        links[name] = {"operationId": target_id, **fields}
