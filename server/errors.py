"""The service's one error type: raised anywhere (routes, domain, security), turned into
problem+json by ``server.problems``. No FastAPI here, so the domain can raise it."""

from __future__ import annotations

from typing import Any

from reviewer import contract

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Validation failed",
    426: "Client too old",
    429: "Too many requests",
    500: "Internal server error",
}


class ApiError(Exception):
    """Raised by handlers; becomes a problem+json response."""

    def __init__(
        self,
        status: int,
        kind: str,
        detail: str = "",
        *,
        title: str = "",
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or kind)
        if kind not in contract.PROBLEM_TYPES:
            raise ValueError(f"unknown problem kind {kind}")
        self.status = status
        self.kind = kind
        self.detail = detail
        self.title = title or TITLES.get(status, "Error")
        self.headers = headers or {}
        self.extra = extra
