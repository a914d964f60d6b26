"""Typed HTTP client of the v1 case service.

One :class:`ApiClient` per thread, each wrapping one long-lived ``httpx.Client``
(a new client per request costs ~30 ms, a reused one ~0.9 ms over loopback),
all sharing one ``ssl.SSLContext`` (building it parses the CA bundle, ~51 ms).

httpx's timeouts are per phase, so a server that trickles one byte a second
never times out (encode/httpx #1450): every response is therefore streamed
under an overall deadline and a byte cap, then parsed into contract models.
Failures become the typed errors of :mod:`reviewer.client.errors`. Tokens are sent in
a header only: never logged, never put into an exception message.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from reviewer import __version__, contract
from reviewer.chat import ChatColumns, ChatFormatError, parse_chat_page
from reviewer.client.deadline import DeadlineTransport, request_deadline
from reviewer.client.errors import (
    ApiError,
    AuthExpired,
    BadResponse,
    InsecureTransport,
    Offline,
    TlsError,
    clip_line,
    error_from_problem,
)
from reviewer.client.network import NetworkOptions, peer_issuer
from reviewer.client.urls import is_loopback_host

if TYPE_CHECKING:
    from reviewer.client.tokens import TokenManager

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

KIB = 1024
MIB = 1024 * KIB
#: default cap for ordinary JSON answers
JSON_MAX_BYTES = 2 * MIB
#: one chat page: 5,000 messages of up to a few hundred bytes each, with headroom
CHAT_MAX_BYTES = 24 * MIB
#: one snapshot
MEDIA_MAX_BYTES = 32 * MIB
#: an upload answer: 500 results
UPLOAD_RESULT_MAX_BYTES = 1 * MIB
#: one follow answer: a few new snapshots' metadata and counts
FOLLOW_MAX_BYTES = 256 * KIB
#: a follow request may take its hold plus this long (the network, a busy service)
FOLLOW_DEADLINE_MARGIN_S = 10.0

_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_ssl_lock = threading.Lock()
_shared_ssl: dict[str, ssl.SSLContext] = {}


def shared_ssl_context(ca_bundle: str = "") -> ssl.SSLContext:
    """One verified TLS context for the whole process (one per extra CA bundle).

    The operating system's trust store through ``truststore`` (as pip does): a vendor
    site's own CA or a TLS-inspecting proxy's CA that IT installed works, in a venv and
    in the bundle alike. ``ca_bundle`` (site.toml's ``[network] ca_bundle``, PEM) adds
    CAs IT did not install system-wide. Built once: a CA bundle costs ~50 ms per client
    otherwise (docs/field-notes.md).
    """
    with _ssl_lock:
        context = _shared_ssl.get(ca_bundle)
        if context is None:
            import truststore

            context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            if ca_bundle:
                try:
                    context.load_verify_locations(cafile=ca_bundle)
                except (OSError, ssl.SSLError) as exc:
                    raise ApiError(
                        f"The CA bundle {ca_bundle} named in the site configuration cannot be "
                        f"used ({clip_line(str(exc))}). Ask your IT department to fix it."
                    ) from None
            _shared_ssl[ca_bundle] = context
        return context


def check_base_url(base_url: str) -> str:
    """Normalise the service URL; refuse http:// to anything but loopback (before any request)."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InsecureTransport("The service address must look like https://host[:port].")
    if parts.username or parts.password:
        raise InsecureTransport("The service address must not contain a user name or password.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureTransport()
    return base_url.strip().rstrip("/")


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, 24 * 3600.0))


class _Raw:
    """A fully read response: status, headers and body bytes."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: httpx.Headers, body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class ApiClient:
    """Typed client of one case service; one instance per thread that owns one.

    The sync engine's short-lived prefetch workers share their engine's client:
    httpx.Client is thread-safe, and the bookkeeping here is lock-guarded.

    ``deadline_s`` bounds a whole request (connect, send, wait and read);
    ``max_bytes`` caps ordinary JSON answers (chat pages and media have their
    own larger caps). ``tokens`` is the app-wide :class:`TokenManager`; without
    one only unauthenticated calls (info, login, refresh) work.
    """

    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenManager | None = None,
        ssl_context: ssl.SSLContext | None = None,
        connect_timeout: float = 5.0,
        deadline_s: float = 30.0,
        upload_deadline_s: float | None = None,
        max_bytes: int = JSON_MAX_BYTES,
        chat_max_bytes: int = CHAT_MAX_BYTES,
        media_max_bytes: int = MEDIA_MAX_BYTES,
        client_version: str = __version__,
        transport: httpx.BaseTransport | None = None,
        network: NetworkOptions | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.tokens = tokens
        self.deadline_s = deadline_s
        #: uploads of 500 decisions may keep the service busy before its first byte
        self.upload_deadline_s = (
            upload_deadline_s if upload_deadline_s is not None else max(deadline_s, 120.0)
        )
        self._connect_timeout = connect_timeout
        self.max_bytes = max_bytes
        #: how much longer than its hold a follow request may take
        self.follow_margin_s = FOLLOW_DEADLINE_MARGIN_S
        self.chat_max_bytes = chat_max_bytes
        self.media_max_bytes = media_max_bytes
        self.client_version = client_version
        #: last server Date header and the local UTC time it arrived (for clock skew)
        self.last_server_date: datetime | None = None
        self.last_local_date: datetime | None = None
        #: answers received (any status): tells the sync engine it really talked to the service
        self.responses = 0
        # The sync engine's prefetch workers share one client (httpx.Client is thread-safe);
        # this keeps the clock pair and the counter consistent between them.
        self._stats_lock = threading.Lock()
        host = urlsplit(self.base_url).hostname or ""
        # A single stall may not outlive the deadline; the deadline itself is checked per chunk.
        idle = min(deadline_s, 10.0)
        self._timeout = httpx.Timeout(connect=connect_timeout, read=idle, write=idle, pool=idle)
        network = network or NetworkOptions()
        # the site's proxy is for the outside world, never for loopback; it wins over the
        # environment's (trust_env off)
        self._proxy = "" if is_loopback_host(host) else network.proxy
        self._tls_probe_timeout = min(connect_timeout, 5.0)
        ssl_context = ssl_context or shared_ssl_context(network.ca_bundle)
        proxy = httpx.Proxy(self._proxy) if self._proxy else None
        self._client = httpx.Client(
            base_url=self.base_url,
            verify=ssl_context,
            timeout=self._timeout,
            headers={
                contract.CLIENT_VERSION_HEADER: client_version,
                "User-Agent": f"live-review-desk/{client_version}",
                "Accept": "application/json",
                # compressed answers could inflate far past the byte cap within one read
                "Accept-Encoding": "identity",
            },
            follow_redirects=False,
            # proxies from the environment are for the outside world, never for loopback
            trust_env=not is_loopback_host(host) and not self._proxy,
            # every socket call ends by the request's deadline, headers included
            transport=transport or DeadlineTransport(ssl_context, proxy=proxy),
        )

    # --- plumbing ------------------------------------------------------------------------

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clock_skew_s(self) -> float | None:
        """Server clock minus local clock, from the last Date header (1 s resolution)."""
        with self._stats_lock:
            server, local = self.last_server_date, self.last_local_date
        if server is None or local is None:
            return None
        return (server - local).total_seconds()

    def _note_date(self, headers: httpx.Headers) -> None:
        value = headers.get("date")
        if not value:
            return
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        with self._stats_lock:
            self.last_server_date = when
            self.last_local_date = datetime.now(UTC)

    def _tls_error(self) -> TlsError:
        """A TlsError naming the issuer of the certificate the service (or a TLS-inspecting
        proxy) showed: one more handshake, the same way, verification off, nothing sent."""
        issuer = peer_issuer(self.base_url, proxy=self._proxy, timeout=self._tls_probe_timeout)
        return TlsError(issuer=issuer)

    def _once(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None,
        params: Mapping[str, str] | None,
        token: str | None,
        cap: int,
        deadline_s: float | None = None,
    ) -> _Raw:
        """Send one request and read the whole answer under the deadline and the cap."""
        limit_s = self.deadline_s if deadline_s is None else deadline_s
        headers: dict[str, str] = {}
        if content is not None:
            headers["Content-Type"] = "application/json"
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        deadline = time.monotonic() + limit_s
        timeout = self._timeout
        if deadline_s is not None:
            timeout = httpx.Timeout(
                connect=self._connect_timeout, read=deadline_s, write=deadline_s, pool=deadline_s
            )
        slow = f"The case service answered too slowly (more than {limit_s:g} s)."
        try:
            with (
                request_deadline(deadline),
                self._client.stream(
                    method, path, content=content, params=params, headers=headers, timeout=timeout
                ) as resp,
            ):
                self._note_date(resp.headers)
                with self._stats_lock:
                    self.responses += 1
                encoding = resp.headers.get("content-encoding", "identity").strip().lower()
                if encoding not in {"", "identity"}:
                    raise BadResponse(
                        "The case service sent a compressed answer this client did not ask for."
                    )
                declared = resp.headers.get("content-length")
                if declared is not None and declared.isdigit() and int(declared) > cap:
                    raise BadResponse(
                        f"The case service sent an answer larger than allowed ({cap} bytes)."
                    )
                chunks: list[bytes] = []
                size = 0
                # raw bytes: nothing is decoded, so the cap counts what arrives
                for chunk in resp.iter_raw():
                    size += len(chunk)
                    if size > cap:
                        raise BadResponse(
                            f"The case service sent an answer larger than allowed ({cap} bytes)."
                        )
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise BadResponse(slow)
                if time.monotonic() > deadline:
                    raise BadResponse(slow)
                return _Raw(resp.status_code, resp.headers, b"".join(chunks))
        except ApiError:
            raise
        except httpx.ProxyError:
            raise Offline(
                "The site's proxy refused the connection to the case service (its address, "
                "user name or password in the site configuration may be wrong)."
            ) from None
        except httpx.ConnectError as exc:
            if _is_tls(exc):
                raise self._tls_error() from None
            raise Offline() from None
        except httpx.ConnectTimeout:
            raise Offline(
                "The case service did not accept a connection in time. Work continues offline."
            ) from None
        except httpx.TimeoutException:
            raise BadResponse(slow) from None
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError) as exc:
            if _is_tls(exc):
                raise self._tls_error() from None
            # the connection dropped: the request may or may not have been applied
            raise Offline(
                "The connection to the case service was lost. Work is kept and will be resent."
            ) from None
        except httpx.DecodingError:
            raise BadResponse("The case service sent an undecodable answer.") from None
        except httpx.HTTPError as exc:
            raise Offline(
                f"The case service cannot be reached ({exc.__class__.__name__})."
            ) from None

    def _send(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        auth: bool = True,
        cap: int | None = None,
        deadline_s: float | None = None,
    ) -> _Raw:
        """One request; with ``auth`` a 401 refreshes once through the token manager and retries."""
        limit = self.max_bytes if cap is None else cap
        token: str | None = None
        if auth:
            if self.tokens is None:
                raise AuthExpired("Not signed in.")
            token = self.tokens.access_token()
            if token is None:
                token = self.tokens.refresh(None, via=self)
        kw: dict[str, Any] = {"content": content, "params": params, "cap": limit}
        kw["deadline_s"] = deadline_s
        raw = self._once(method, path, token=token, **kw)
        if raw.status == 401 and auth and self.tokens is not None:
            token = self.tokens.refresh(token, via=self)
            raw = self._once(method, path, token=token, **kw)
        if raw.status >= 400:
            raise self._error(raw)
        return raw

    def _error(self, raw: _Raw) -> ApiError:
        problem: contract.Problem | None = None
        if raw.body:
            try:
                problem = contract.Problem.model_validate_json(raw.body)
            except ValidationError:
                problem = None
        error = error_from_problem(
            raw.status, problem, _retry_after(raw.headers.get("retry-after"))
        )
        if problem is not None:
            error.problem_type = clip_line(problem.type)[:200]
        request_id = raw.headers.get("x-request-id") or (problem.instance if problem else None)
        if request_id:
            error.request_id = clip_line(request_id)[:120]
        return error

    @staticmethod
    def _parse(model: type[M], raw: _Raw) -> M:
        try:
            return model.model_validate_json(raw.body)
        except ValidationError as exc:
            errors = exc.errors()
            where = ".".join(str(p) for p in errors[0]["loc"])[:80] if errors else ""
            raise BadResponse(
                f"The case service sent an answer this client cannot use "
                f"({model.__name__}: {exc.error_count()} problem(s), first at '{where}')."
            ) from None

    # --- the request surface the endpoint classes build on -------------------------------

    def request_json(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        auth: bool = True,
        max_bytes: int | None = None,
        deadline_s: float | None = None,
    ) -> M:
        """One request whose answer is parsed into ``model``.

        The same deadline, byte cap (``max_bytes``, default :attr:`max_bytes`),
        401-refresh-retry and typed errors as every endpoint here; a body that
        does not fit ``model`` is a :class:`BadResponse`. ``path`` segments that
        carry ids must be quoted with :func:`path_segment`.
        """
        raw = self._send(
            method,
            path,
            content=content,
            params=params,
            auth=auth,
            cap=max_bytes,
            deadline_s=deadline_s,
        )
        return self._parse(model, raw)

    def request_bytes(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        deadline_s: float | None = None,
    ) -> bytes:
        """One authenticated request whose answer body is returned unparsed (chat pages, media).

        Same deadline, byte cap, 401-refresh-retry and typed errors as :meth:`request_json`.
        """
        raw = self._send(method, path, params=params, cap=max_bytes, deadline_s=deadline_s)
        return raw.body

    # --- endpoints -----------------------------------------------------------------------

    def info(self) -> contract.ServiceInfo:
        """``GET /v1/info``: name, version, minimum client version, server time (no auth)."""
        return self.request_json("GET", "/v1/info", contract.ServiceInfo, auth=False)

    def login(self, username: str, password: str, device_id: str = "") -> contract.TokenPair:
        body = encode_body(
            contract.LoginRequest(username=username, password=password, device_id=device_id)
        )
        return self.request_json(
            "POST", "/v1/auth/login", contract.TokenPair, content=body, auth=False
        )

    def change_password(
        self, username: str, old_password: str, new_password: str, device_id: str = ""
    ) -> contract.TokenPair:
        """``POST /v1/auth/password``: choose a new password with the old or temporary one
        (after :class:`~reviewer.client.errors.PasswordChangeRequired`) and sign in with it."""
        body = encode_body(
            contract.PasswordChange(
                username=username,
                old_password=old_password,
                new_password=new_password,
                device_id=device_id,
            )
        )
        return self.request_json(
            "POST", "/v1/auth/password", contract.TokenPair, content=body, auth=False
        )

    def refresh(self, refresh_token: str) -> contract.TokenPair:
        """Exchange a refresh token (rotating); used by the TokenManager under its lock."""
        body = encode_body(contract.RefreshRequest(refresh_token=refresh_token))
        return self.request_json(
            "POST", "/v1/auth/refresh", contract.TokenPair, content=body, auth=False
        )

    def logout(self, refresh_token: str = "", access_token: str | None = None) -> bool:
        """Revoke the session on the service; the answer body is ignored. True when the
        service confirmed it, False on a 401 (the access token was no longer taken, so
        nothing was revoked by this call)."""
        body = encode_body(contract.LogoutRequest(refresh_token=refresh_token))
        raw = self._once(
            "POST", "/v1/auth/logout", content=body, params=None, token=access_token, cap=64 * KIB
        )
        if raw.status >= 400 and raw.status != 401:
            raise self._error(raw)
        return raw.status < 400

    def me(self) -> contract.Me:
        return self.request_json("GET", "/v1/me", contract.Me)

    def policies(self) -> contract.PolicyTaxonomy:
        return self.request_json("GET", "/v1/policies", contract.PolicyTaxonomy)

    def ack_announcement(self, announcement_id: str) -> contract.AckResponse:
        path = f"/v1/announcements/{path_segment(announcement_id)}/ack"
        return self.request_json("POST", path, contract.AckResponse, content=b"{}")

    def report_held(self, report: contract.DeskHeldReport) -> contract.DeskHeldResponse:
        """``POST /v1/desk/held``: the seqs this desk keeps out of its uploaded chain."""
        return self.request_json(
            "POST", "/v1/desk/held", contract.DeskHeldResponse, content=encode_body(report)
        )

    def queues(self) -> contract.QueueList:
        return self.request_json("GET", "/v1/queues", contract.QueueList)

    def lease_batch(self, queue: str, size: int = contract.DEFAULT_LEASE_SIZE) -> contract.Batch:
        body = encode_body(contract.LeaseRequest(size=size))
        return self.request_json(
            "POST", f"/v1/queues/{path_segment(queue)}/batches", contract.Batch, content=body
        )

    def renew_batch(self, batch_id: str) -> contract.RenewResponse:
        path = f"/v1/batches/{path_segment(batch_id)}/renew"
        return self.request_json("POST", path, contract.RenewResponse, content=b"{}")

    def release_batch(
        self, batch_id: str, case_ids: Sequence[str] | None = None, reason: str = ""
    ) -> contract.ReleaseResponse:
        body = encode_body(
            contract.ReleaseRequest(
                case_ids=list(case_ids) if case_ids is not None else None, reason=reason
            )
        )
        path = f"/v1/batches/{path_segment(batch_id)}/release"
        return self.request_json("POST", path, contract.ReleaseResponse, content=body)

    def case_detail(self, case_id: str) -> contract.CaseDetail:
        return self.request_json("GET", f"/v1/cases/{path_segment(case_id)}", contract.CaseDetail)

    def chat_page_raw(
        self, case_id: str, cursor: str | None = None, limit: int | None = None
    ) -> tuple[bytes, ChatColumns]:
        """One chat page: the raw bytes (for the cache) and its validated columns."""
        params = page_params(cursor, limit)
        body = self.request_bytes(
            "GET",
            f"/v1/cases/{path_segment(case_id)}/chat",
            params=params,
            max_bytes=self.chat_max_bytes,
        )
        try:
            page = parse_chat_page(body)
        except ChatFormatError as exc:
            raise BadResponse(f"The case service sent a broken chat page ({exc}).") from None
        if page.case_id != case_id:
            raise BadResponse("The case service sent a chat page of another case.")
        return body, page

    def chat_page(
        self, case_id: str, cursor: str | None = None, limit: int | None = None
    ) -> ChatColumns:
        return self.chat_page_raw(case_id, cursor, limit)[1]

    def follow_case(
        self, case_id: str, after: int, hold_s: float = contract.FOLLOW_HOLD_SECONDS
    ) -> contract.FollowUpdate:
        """``GET /v1/cases/{id}/follow``: wait up to ``hold_s`` for what changed after the
        live version ``after``. Its own deadline (the hold plus :attr:`follow_margin_s`) and
        byte cap (``FOLLOW_MAX_BYTES``), so a long-poll never runs under the ordinary
        request deadline; call it from a thread and client of its own."""
        hold = min(max(0.0, hold_s), contract.FOLLOW_HOLD_SECONDS)
        update = self.request_json(
            "GET",
            f"/v1/cases/{path_segment(case_id)}/follow",
            contract.FollowUpdate,
            params={"after": str(int(after)), "hold": f"{hold:g}"},
            max_bytes=FOLLOW_MAX_BYTES,
            deadline_s=hold + self.follow_margin_s,
        )
        if update.case_id != case_id:
            raise BadResponse("The case service sent the follow answer of another case.")
        return update

    def media(self, sha256: str) -> bytes:
        """Snapshot bytes; the content hash is checked (BadResponse on mismatch)."""
        if not _SHA256.match(sha256):
            raise ValueError("media is addressed by a lowercase sha256 hex digest")
        body = self.request_bytes("GET", f"/v1/media/{sha256}", max_bytes=self.media_max_bytes)
        if hashlib.sha256(body).hexdigest() != sha256:
            raise BadResponse("The case service sent a snapshot whose content hash does not match.")
        return body

    def upload_decisions(
        self,
        items: Sequence[bytes],
        *,
        chain_seq: int,
        chain_head: str,
        device_id: str = "",
        sent_at: datetime | None = None,
    ) -> contract.DecisionBatchResponse:
        """``POST /v1/decisions:batch``, splicing each stored DecisionIn's bytes in verbatim.

        The stored bytes are what the service dedupes on, so they are never
        re-serialised: a retry sends exactly what the first attempt sent.
        """
        if not items:
            raise ValueError("an upload needs at least one decision")
        if len(items) > contract.MAX_BATCH_DECISIONS:
            raise ValueError(f"at most {contract.MAX_BATCH_DECISIONS} decisions per upload")
        if not _SHA256.match(chain_head):
            raise ValueError("chain_head must be a sha256 hex digest")
        when = (sent_at or datetime.now(UTC)).astimezone(UTC).isoformat()
        head = (
            b'{"device_id":'
            + json.dumps(device_id).encode()
            + b',"sent_at":'
            + json.dumps(when).encode()
            + b',"chain_seq":'
            + str(int(chain_seq)).encode()
            + b',"chain_head":"'
            + chain_head.encode()
            + b'","decisions":['
        )
        body = head + b",".join(items) + b"]}"
        response = self.request_json(
            "POST",
            "/v1/decisions:batch",
            contract.DecisionBatchResponse,
            content=body,
            max_bytes=UPLOAD_RESULT_MAX_BYTES,
            deadline_s=self.upload_deadline_s,
        )
        return response

    def decisions(
        self, *, cursor: str | None = None, limit: int | None = None, **filters: str
    ) -> contract.DecisionPage:
        """``GET /v1/decisions``: one page of role-scoped history."""
        params = {k: v for k, v in filters.items() if v}
        if cursor:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = str(limit)
        return self.request_json("GET", "/v1/decisions", contract.DecisionPage, params=params)


def page_params(cursor: str | None, limit: int | None) -> dict[str, str]:
    """The query of one page of a cursor-paginated list (chat pages, a calibration item's chat)."""
    params: dict[str, str] = {}
    if cursor:
        params["cursor"] = cursor
    if limit is not None:
        params["limit"] = str(limit)
    return params


def path_segment(value: str) -> str:
    """Quote one path segment (ids come from the service: untrusted)."""
    return quote(value, safe="")


def encode_body(model: contract.RequestModel) -> bytes:
    """A request model as the JSON bytes of a request body."""
    return model.model_dump_json().encode()


def _is_tls(exc: BaseException) -> bool:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, ssl.SSLError):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False
