"""The three reads a desk makes hundreds of times per batch, answered without FastAPI's
per-request machinery.

Prefetching a case costs a detail, its 4-12 snapshots and its chat page. Routing, solving
dependencies and the framework's middleware took about 0.7 ms of the 2 ms a snapshot cost
the service, more than the handler itself. This layer sits just inside ``EdgeMiddleware``
(so the Date header, the body cap and the client-version check still apply) and calls the
very route functions of :mod:`server.routes.cases`, after the same authentication as
their dependency, in one thread-pool call with a session of its own (a FastAPI request
makes three hops: the caller's identity, the route, the session's close).

It takes a request only when it is sure to answer it as the FastAPI route would: a GET of
one of the three paths with well-formed parameters and a bearer token. Everything else (a
malformed hash, a ``limit`` that is not a plain number in range, another method, no token)
goes on to the app, whose routes stay the contract and the OpenAPI document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from reviewer import contract
from server.observability import ROUTE_TEMPLATE_KEY
from server.problems import problem_for_exception
from server.routes import cases
from server.security import authenticate, read_bearer
from server.state import ServiceState

_PREFIX = re.escape(contract.API_PREFIX)
# matched whole (fullmatch): anything the routes would refuse or redirect is left to them
_MEDIA = re.compile(rf"{_PREFIX}/media/([0-9a-f]{{64}})")
_CASE = re.compile(rf"{_PREFIX}/cases/([^/]{{1,64}})")
_CHAT = re.compile(rf"{_PREFIX}/cases/([^/]{{1,64}})/chat")
_LIMIT = re.compile(r"[0-9]{1,4}")

_Answer = Callable[[Request, ServiceState], Response]


class HotReads:
    """ASGI layer: case detail, chat page and media straight to their route functions."""

    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        answer = _route(scope) if scope["type"] == "http" and scope["method"] == "GET" else None
        if answer is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        response = await run_in_threadpool(self._answer, answer, request)
        await response(scope, receive, send)

    def _answer(self, answer: _Answer, request: Request) -> Response:
        try:
            return answer(request, self.state)
        except Exception as exc:  # the same problem documents as the app's handlers give
            return problem_for_exception(request, exc)


def _route(scope: Scope) -> _Answer | None:
    """The answer for a request this layer takes, or None to leave it to the app."""
    if scope.get("root_path") or not any(name == b"authorization" for name, _ in scope["headers"]):
        return None  # mounted under a prefix, or no token: the app's routing and its 401
    path: str = scope["path"]
    if match := _MEDIA.fullmatch(path):
        sha256 = match.group(1)
        scope[ROUTE_TEMPLATE_KEY] = contract.API_PREFIX + "/media/{sha256}"
        return lambda request, state: _media(request, state, sha256)
    if match := _CASE.fullmatch(path):
        case_id = match.group(1)
        scope[ROUTE_TEMPLATE_KEY] = contract.API_PREFIX + "/cases/{case_id}"
        return lambda request, state: _case(request, state, case_id)
    if match := _CHAT.fullmatch(path):
        case_id = match.group(1)
        query = Request(scope).query_params
        cursor = query.get("cursor")
        limit = query.get("limit")
        if cursor is not None and len(cursor) > 200:
            return None
        if limit is not None and not (
            _LIMIT.fullmatch(limit) and 1 <= int(limit) <= contract.MAX_CHAT_PAGE
        ):
            return None
        size = int(limit) if limit is not None else contract.MAX_CHAT_PAGE
        scope[ROUTE_TEMPLATE_KEY] = contract.API_PREFIX + "/cases/{case_id}/chat"
        return lambda request, state: _chat(request, state, case_id, cursor, size)
    return None


def _media(request: Request, state: ServiceState, sha256: str) -> Response:
    with state.sessions() as session:
        principal = authenticate(session, read_bearer(request))
        return cases.get_media(request, principal, session, sha256)


def _case(request: Request, state: ServiceState, case_id: str) -> Response:
    with state.sessions() as session:
        principal = authenticate(session, read_bearer(request))
        return cases.get_case(principal, session, state, case_id)


def _chat(
    request: Request, state: ServiceState, case_id: str, cursor: str | None, limit: int
) -> Response:
    with state.sessions() as session:
        principal = authenticate(session, read_bearer(request))
        return cases.get_chat(principal, session, state, case_id, cursor, limit)
