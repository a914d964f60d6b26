"""Typed errors of the API client.

Every failure the network or the service can produce becomes one of these, so
that the sync engine decides what to retry by type and the UI shows ``message``
(plain text, written for a moderator) without ever seeing a token or a trace.
"""

from __future__ import annotations

from typing import Any

from reviewer import contract


class ApiError(Exception):
    """Base of every client error; ``message`` is safe to show to a person."""

    default_message = "The case service answered with an error."
    #: whether retrying the same request later can succeed
    retryable = False

    def __init__(self, message: str | None = None, *, status: int | None = None) -> None:
        self.message = message or self.default_message
        self.status = status
        #: the problem document's ``type`` URI, when the answer carried one
        self.problem_type = ""
        #: the service's request id (``X-Request-ID`` or the problem's ``instance``), for support
        self.request_id = ""
        super().__init__(self.message)

    def describe(self) -> str:
        """The service's answer for support: status, problem type and request id, one line."""
        parts = [f"HTTP {self.status}" if self.status is not None else "no HTTP answer"]
        if self.problem_type:
            parts.append(f"problem type {self.problem_type}")
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return f"{self.message} ({', '.join(parts)})"


class Offline(ApiError):
    """No connection: DNS failure, refused, reset or a connect timeout."""

    default_message = "The case service cannot be reached. Your work is kept and will sync later."
    retryable = True


class TlsError(ApiError):
    """The TLS handshake or the certificate check failed.

    ``issuer`` names who issued the certificate the desk was shown (``CN=…, O=…``; "" when
    it could not be read): the client puts it into its own sentence (IT needs it to know
    which CA to trust); ``message`` stays a fixed sentence.
    """

    default_message = (
        "The secure connection to the case service failed (certificate or TLS problem)."
    )
    retryable = True

    def __init__(self, message: str | None = None, *, issuer: str = "") -> None:
        super().__init__(message)
        self.issuer = issuer

    def describe(self) -> str:
        line = super().describe()
        return f"{line}; certificate issued by {self.issuer}" if self.issuer else line


class InsecureTransport(ApiError):
    """An http:// URL to a host other than loopback: refused before any request."""

    default_message = "The service address must use https:// (plain http is allowed only locally)."


class AuthExpired(ApiError):
    """The session ended and refreshing it failed: the moderator must sign in again."""

    default_message = "Your session has ended. Please sign in again."


class InvalidCredentials(ApiError):
    """Wrong user name or password."""

    default_message = "The user name or password is not correct."


class Forbidden(ApiError):
    """Signed in, but this role may not do this."""

    default_message = "Your account is not allowed to do this."


class AccountDisabled(ApiError):
    """An admin disabled the account: every request is refused until it is enabled again.
    Retryable: the desk keeps its decisions and they sync once the account is enabled."""

    default_message = (
        "This account is disabled. Your work is kept and will sync when it is enabled again."
    )
    retryable = True


class PasswordChangeRequired(ApiError):
    """The password was reset by an admin: choose a new one (``Api.change_password``)."""

    default_message = "You must choose a new password before you can sign in."


class NotFound(ApiError):
    """The thing asked for does not exist (or is not visible to this user)."""

    default_message = "The case service does not know this item."


class Conflict(ApiError):
    """The service refused because of the state of the thing (e.g. a lost lease)."""

    default_message = "Someone else changed this first (for example the lease was lost)."

    def __init__(
        self, message: str | None = None, *, status: int | None = None, kind: str = "conflict"
    ) -> None:
        super().__init__(message, status=status)
        self.kind = kind


class RateLimited(ApiError):
    """429: try again no sooner than ``retry_after`` seconds."""

    default_message = "The case service asks us to slow down; sync will retry shortly."
    retryable = True

    def __init__(
        self, message: str | None = None, *, status: int | None = 429, retry_after: float | None
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the service failed; retry later, honouring ``retry_after`` if given."""

    default_message = "The case service had a problem; sync will retry shortly."
    retryable = True

    def __init__(
        self, message: str | None = None, *, status: int | None = 500, retry_after: float | None
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class BadResponse(ApiError):
    """The answer broke the contract: malformed, wrong types, too large, too slow, bad hash."""

    default_message = "The case service sent an answer this client cannot use."
    retryable = True


class ClientTooOld(ApiError):
    """The service requires a newer client."""

    default_message = "This client is too old for the case service. Please update it."

    def __init__(
        self, message: str | None = None, *, status: int | None = 426, min_version: str = ""
    ) -> None:
        if message is None and min_version:
            message = (
                "This client is too old for the case service; "
                f"version {min_version} or newer is needed."
            )
        super().__init__(message, status=status)
        self.min_version = min_version


class ValidationRejected(ApiError):
    """The service refused the request body as invalid (a client bug, or a limit)."""

    default_message = "The case service refused the request as invalid."

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = 422,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message, status=status)
        self.errors = errors or []


_TYPE_BY_URI = {uri: key for key, uri in contract.PROBLEM_TYPES.items()}

_MAX_SHOWN = 300


def clip_line(text: str) -> str:
    """Server text is untrusted: keep it short and on one line."""
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def error_from_problem(
    status: int, problem: contract.Problem | None, retry_after: float | None
) -> ApiError:
    """Map an HTTP status and an RFC 9457 problem (if one came) to a typed error."""
    key = _TYPE_BY_URI.get(problem.type) if problem is not None else None
    detail = clip_line(problem.detail or problem.title) if problem is not None else ""
    text = detail or None
    if problem is not None and problem.retry_after is not None and retry_after is None:
        retry_after = problem.retry_after
    if key == "client_too_old" or (status == 426 and key is None):
        min_version = (problem.min_client_version if problem is not None else None) or ""
        return ClientTooOld(
            f"This client is too old for the case service. {detail}".strip() if detail else None,
            status=status,
            min_version=clip_line(min_version),
        )
    if key == "account_disabled":
        return AccountDisabled(status=status)
    if key == "password_change_required":
        return PasswordChangeRequired(status=status)
    if key == "invalid_credentials":
        return InvalidCredentials(status=status)
    if key in {"unauthenticated", "token_expired"} or status == 401:
        return AuthExpired(status=status)
    if key == "forbidden" or status == 403:
        return Forbidden(text, status=status)
    if key == "not_found" or status == 404:
        return NotFound(text, status=status)
    if key in {"conflict", "lease_lost"} or status in {409, 410}:
        return Conflict(text, status=status, kind=key or "conflict")
    if key == "rate_limited" or status == 429:
        return RateLimited(status=status, retry_after=retry_after)
    if key == "server_error" or status >= 500:
        return ServerError(status=status, retry_after=retry_after)
    if key in {"validation", "bad_request", "body_too_large"} or status in {400, 413, 422}:
        errors = problem.errors if problem is not None else []
        return ValidationRejected(text, status=status, errors=errors)
    return ApiError(text, status=status)
