"""Error texts: one plain-text message per failure, for every window that calls the service.

A message says what happened and what to do next; never a trace, never a token. Server
text is untrusted and is shown as plain text by the caller.
"""

from __future__ import annotations

from reviewer.client.credentials import KeyringUnavailable
from reviewer.client.urls import check_url


def describe_error(exc: BaseException, server_url: str = "") -> str:
    """A plain-text message for a person; never a trace, never a token."""
    from reviewer.client import errors  # the wire contract behind it costs ~300 ms: not at start-up

    where = f" at {server_url}" if server_url else ""
    if isinstance(exc, KeyringUnavailable):
        return str(exc)
    if isinstance(exc, errors.InvalidCredentials):
        return "The user name or password is not correct. Check both and try again."
    if isinstance(exc, errors.InsecureTransport):
        return check_url(server_url) or exc.message
    if isinstance(exc, errors.TlsError):
        return (
            f"The secure connection to the case service{where} failed: its certificate could "
            "not be verified. Check the address; if it is right, ask your IT team whether this "
            "computer trusts the service's certificate."
        )
    if isinstance(exc, errors.Offline):
        return (
            f"Cannot reach the case service{where}. Check the address and this computer's "
            "network connection, then try again."
        )
    if isinstance(exc, errors.Forbidden):
        return "This account may not use the review desk. Ask your team lead for access."
    if isinstance(exc, errors.ApiError):
        return exc.message
    return f"Sign-in failed unexpectedly ({type(exc).__name__}). Please try again."
