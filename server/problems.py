"""RFC 9457 problem+json for every error, and the edge middleware: request size, well-formed
input (``server.inputs``), client version and the Date header.

Every error the service can produce, including the framework's own (unknown
route, wrong method, validation, malformed JSON) and unhandled exceptions, is
turned into a problem document with a stable ``type`` from
``contract.PROBLEM_TYPES`` so the client can map it to a typed exception.
"""

from __future__ import annotations

import json
import logging
import re
from email.utils import formatdate
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reviewer import contract
from reviewer.versions import parse_version
from server.budget import is_timeout
from server.errors import TITLES, ApiError
from server.inputs import BadInput, check_json_body, check_target
from server.observability import request_id

log = logging.getLogger("server")

_STATUS_TYPES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "bad_request",
    409: "conflict",
    413: "body_too_large",
    415: "bad_request",
    422: "validation",
    426: "client_too_old",
    429: "rate_limited",
}


def problem_response(
    status: int,
    kind: str,
    detail: str = "",
    *,
    title: str = "",
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": contract.PROBLEM_TYPES[kind],
        "title": title or TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if instance is not None:
        body["instance"] = instance
    body.update({k: v for k, v in extra.items() if v is not None})
    _stamp_request_id(body)
    return JSONResponse(
        body, status_code=status, headers=headers, media_type=contract.PROBLEM_CONTENT_TYPE
    )


def _stamp_request_id(body: dict[str, Any]) -> None:
    """Echo the request's id, the key to its access-log line, in every problem body."""
    rid = request_id()
    if rid is not None:
        body["request_id"] = rid


def _clean_errors(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the echoed input (it can be huge or sensitive)."""
    out: list[dict[str, Any]] = []
    for err in list(errors)[:50]:
        loc = [p if isinstance(p, int | str) else str(p) for p in err.get("loc", ())]
        out.append({"loc": loc, "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    return out


def _api_error_problem(request: Request, exc: ApiError) -> JSONResponse:
    return problem_response(
        exc.status,
        exc.kind,
        exc.detail,
        title=exc.title,
        instance=request.url.path,
        headers=exc.headers,
        **exc.extra,
    )


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _api_error_problem(request, exc)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _clean_errors(exc.errors())
    if any(e["type"] == "json_invalid" for e in errors):
        return problem_response(
            400, "bad_request", "The request body is not valid JSON.", instance=request.url.path
        )
    return problem_response(
        422,
        "validation",
        "The request does not match the contract.",
        instance=request.url.path,
        errors=errors,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    kind = _STATUS_TYPES.get(status, "server_error" if status >= 500 else "bad_request")
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if status == 404 and detail == "Not Found":
        detail = "No such resource."
    headers = dict(exc.headers or {})
    if status == 405:
        headers["Allow"] = ", ".join(_allowed_methods(request))
    return problem_response(status, kind, detail, instance=request.url.path, headers=headers)


def database_unavailable(exc: BaseException) -> bool:
    """The database was locked, unreachable or restarting, or no pooled connection came free
    within the pool's timeout (2 s): a 503 to retry, never a 500."""
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def _allowed_methods(request: Request) -> list[str]:
    """Every method the contract (the app's OpenAPI document) declares on this path:
    Starlette names only the first matching route's, and a path often has a GET route and
    a POST route."""
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            methods |= {method.upper() for method in operations}
    return sorted(methods)


def _database_busy_problem(request: Request, exc: Exception) -> JSONResponse:
    """The database stayed locked or unreachable past its timeout, or a statement ran past
    the time budget (``server.budget``): retry later, not a bug."""
    log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    detail = (
        "The request ran past the service's time budget; retry shortly."
        if is_timeout(exc)
        else "The service's database is busy or unreachable; retry shortly."
    )
    return problem_response(
        503,
        "server_error",
        detail,
        title="Service unavailable",
        instance=request.url.path,
        headers={"Retry-After": "2"},
        retry_after=2.0,
    )


async def _database_busy(request: Request, exc: Exception) -> JSONResponse:
    if not database_unavailable(exc):
        return _unhandled_problem(request, exc)
    return _database_busy_problem(request, exc)


def _unhandled_problem(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        500, "server_error", "The service failed; the error has been logged.", instance=None
    )


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    return _unhandled_problem(request, exc)


def problem_for_exception(request: Request, exc: Exception) -> JSONResponse:
    """What the handlers below answer for an error a route function raised, for code that
    calls a route function outside FastAPI (:mod:`server.fastpath`); synchronous, so it
    can run in the worker thread that raised."""
    if isinstance(exc, ApiError):
        return _api_error_problem(request, exc)
    if database_unavailable(exc):
        return _database_busy_problem(request, exc)
    return _unhandled_problem(request, exc)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_busy)
    app.add_exception_handler(PoolTimeout, _database_busy)
    app.add_exception_handler(Exception, _unhandled)


class BodyTooLarge(StarletteHTTPException):
    """Raised from the counting receive; an HTTPException so FastAPI passes it through."""

    def __init__(self) -> None:
        super().__init__(413, "The request body is over the size limit.")


def _raw_problem(status: int, kind: str, detail: str) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    doc: dict[str, Any] = {
        "type": contract.PROBLEM_TYPES[kind],
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    _stamp_request_id(doc)
    body = json.dumps(doc).encode()
    headers = [
        (b"content-type", contract.PROBLEM_CONTENT_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    return body, headers


def _is_json(scope: Scope) -> bool:
    """A request whose body a route will parse as JSON (FastAPI reads any body as JSON
    unless it names another type)."""
    if scope.get("method") not in ("POST", "PUT", "PATCH", "DELETE"):
        return False
    for key, value in scope.get("headers", []):
        if key == b"content-type":
            kind: bytes = value.split(b";", 1)[0].strip().lower()
            return kind == b"application/json" or kind.endswith(b"+json")
    return True


async def _read_body(receive: Receive) -> bytes:
    """The whole body (the counting receive stops it at the size limit)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body read already, then waits on the real one (disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class EdgeMiddleware:
    """Outermost layer: caps the request body (declared or streamed) and stamps a Date header.

    The Date header lets a client estimate clock skew from any answer, errors included.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_body: int = contract.MAX_REQUEST_BYTES,
        min_client_version: str = "0.0.0",
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.min_client_version = min_client_version
        self._min = parse_version(min_client_version) or (0, 0, 0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_date(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                headers.append((b"date", formatdate(usegmt=True).encode()))
                message = {**message, "headers": headers}
            await send(message)

        async def reject() -> None:
            body, headers = _raw_problem(
                413,
                "body_too_large",
                f"The request body is over the limit of {self.max_body} bytes.",
            )
            await send_with_date({"type": "http.response.start", "status": 413, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        client_header = contract.CLIENT_VERSION_HEADER.lower().encode()
        for key, value in scope.get("headers", []):
            if key == client_header and scope.get("path") != contract.API_PREFIX + "/info":
                version = parse_version(value.decode("latin-1"))
                if version is None or version < self._min:
                    await self._too_old(send_with_date, value.decode("latin-1"))
                    return
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_body:
                    await reject()
                    return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge()
            return message

        try:
            check_target(scope.get("path", ""), scope.get("query_string", b""))
            inner_receive: Receive = counting_receive
            if _is_json(scope):
                body = await _read_body(counting_receive)
                check_json_body(body)
                inner_receive = _replay(body, receive)
            await self.app(scope, inner_receive, send_with_date)
        except BodyTooLarge:
            if started:
                raise
            await reject()
        except BadInput as refused:
            body, headers = _raw_problem(400, "bad_request", str(refused))
            await send_with_date({"type": "http.response.start", "status": 400, "headers": headers})
            await send({"type": "http.response.body", "body": body})

    async def _too_old(self, send: Send, sent: str) -> None:
        body_doc = {
            "type": contract.PROBLEM_TYPES["client_too_old"],
            "title": TITLES[426],
            "status": 426,
            "detail": (
                f"This client ({sent[:40]}) is older than the service accepts; "
                f"update to {self.min_client_version} or later."
            ),
            "min_client_version": self.min_client_version,
        }
        _stamp_request_id(body_doc)
        body = json.dumps(body_doc).encode()
        headers = [
            (b"content-type", contract.PROBLEM_CONTENT_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 426, "headers": headers})
        await send({"type": "http.response.body", "body": body})
