"""Error texts: one plain-text message per failure, for every window that calls the service.

A message says what happened and what to do next; never a trace, never a token. Each error
type maps to a translated message here (context ``Errors``); reviewer.client.errors keeps
its English ``default_message`` for logs and the CLI. Text that came from the server is
untrusted data: shown as it came, untranslated, as plain text by the caller.
"""

from __future__ import annotations

from reviewer.client.credentials import KeyringUnavailable
from reviewer.client.urls import url_problem
from ui.common.i18n import arg, translate


def describe_url_problem(url: str) -> str | None:
    """Why this service address cannot be used, in the person's language (None: it can)."""
    problem = url_problem(url)
    if problem == "empty":
        return translate(
            "Errors",
            "Enter the address of the case service, for example https://review.example.com.",
        )
    if problem == "not_web":
        return arg(
            translate(
                "Errors",
                "“%1” is not a web address. It should look like https://review.example.com.",
            ),
            url,
        )
    if problem == "plain_http":
        return translate(
            "Errors",
            "This address uses plain http://, which would send your password unencrypted. "
            "Use https:// (plain http is allowed only for a service on this computer).",
        )
    return None


def _api_message(exc: BaseException) -> str | None:
    """The translated message of a client error that carries its default text, else None
    (a message from the server is shown as it came)."""
    from reviewer.client import errors  # the wire contract behind it costs ~300 ms

    if not isinstance(exc, errors.ApiError):
        return None
    if isinstance(exc, errors.ClientTooOld) and exc.min_version:
        return arg(
            translate(
                "Errors",
                "This client is too old for the case service; version %1 or newer is needed.",
            ),
            exc.min_version,
        )
    if exc.message != type(exc).default_message:
        return exc.message  # the server's words: data
    messages: list[tuple[type[errors.ApiError], str]] = [
        (
            errors.Offline,
            translate(
                "Errors",
                "The case service cannot be reached. Your work is kept and will sync later.",
            ),
        ),
        (
            errors.TlsError,
            translate(
                "Errors",
                "The secure connection to the case service failed (certificate or TLS problem).",
            ),
        ),
        (
            errors.InsecureTransport,
            translate(
                "Errors",
                "The service address must use https:// (plain http is allowed only locally).",
            ),
        ),
        (
            errors.AuthExpired,
            translate("Errors", "Your session has ended. Please sign in again."),
        ),
        (
            errors.InvalidCredentials,
            translate("Errors", "The user name or password is not correct."),
        ),
        (
            errors.AccountDisabled,
            translate(
                "Errors",
                "This account is disabled. Your work is kept and will sync when it is enabled "
                "again.",
            ),
        ),
        (
            errors.PasswordChangeRequired,
            translate("Errors", "You must choose a new password before you can sign in."),
        ),
        (errors.Forbidden, translate("Errors", "Your account is not allowed to do this.")),
        (errors.NotFound, translate("Errors", "The case service does not know this item.")),
        (
            errors.Conflict,
            translate(
                "Errors", "Someone else changed this first (for example the lease was lost)."
            ),
        ),
        (
            errors.RateLimited,
            translate("Errors", "The case service asks us to slow down; sync will retry shortly."),
        ),
        (
            errors.ServerError,
            translate("Errors", "The case service had a problem; sync will retry shortly."),
        ),
        (
            errors.BadResponse,
            translate("Errors", "The case service sent an answer this client cannot use."),
        ),
        (
            errors.ClientTooOld,
            translate("Errors", "This client is too old for the case service. Please update it."),
        ),
        (
            errors.ValidationRejected,
            translate("Errors", "The case service refused the request as invalid."),
        ),
    ]
    for kind, text in messages:
        if isinstance(exc, kind):
            return text
    return translate("Errors", "The case service answered with an error.")


def describe_error(exc: BaseException, server_url: str = "") -> str:
    """A plain-text message for a person; never a trace, never a token."""
    from reviewer.client import errors  # the wire contract behind it costs ~300 ms: not at start-up

    if isinstance(exc, KeyringUnavailable):
        return arg(
            translate(
                "Errors",
                "Cannot store your sign-in safely: %1. Tokens are kept only in the system "
                "keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows "
                "Credential Manager). Start or unlock it and sign in again.",
            ),
            exc.reason,
        )
    if isinstance(exc, errors.InvalidCredentials):
        return translate(
            "Errors", "The user name or password is not correct. Check both and try again."
        )
    if isinstance(exc, errors.InsecureTransport):
        return describe_url_problem(server_url) or _api_message(exc) or exc.message
    if isinstance(exc, errors.TlsError):
        if server_url:
            return arg(
                translate(
                    "Errors",
                    "The secure connection to the case service at %1 failed: its certificate "
                    "could not be verified. Check the address; if it is right, ask your IT team "
                    "whether this computer trusts the service's certificate.",
                ),
                server_url,
            )
        return translate(
            "Errors",
            "The secure connection to the case service failed: its certificate could not be "
            "verified. Check the address; if it is right, ask your IT team whether this "
            "computer trusts the service's certificate.",
        )
    if isinstance(exc, errors.Offline):
        if server_url:
            return arg(
                translate(
                    "Errors",
                    "Cannot reach the case service at %1. Check the address and this computer's "
                    "network connection, then try again.",
                ),
                server_url,
            )
        return translate(
            "Errors",
            "Cannot reach the case service. Check the address and this computer's network "
            "connection, then try again.",
        )
    if isinstance(exc, errors.Forbidden):
        return translate(
            "Errors", "This account may not use the review desk. Ask your team lead for access."
        )
    message = _api_message(exc)
    if message is not None:
        return message
    return arg(
        translate("Errors", "Sign-in failed unexpectedly (%1). Please try again."),
        type(exc).__name__,
    )
