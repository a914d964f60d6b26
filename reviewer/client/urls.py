"""The case service's address: the one loopback check, normalising, and a plain message
for an address that cannot be used.

HTTPS is required except to loopback (docs/design.md, "Rules"): the sign-in dialog checks an
address as it is typed and the client checks it again before any request, both here.
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses: the only places plain http may go."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_url(text: str) -> str:
    """Trim, default to https:// when no scheme was typed, and drop a trailing slash."""
    url = text.strip()
    if url and "://" not in url:
        url = "https://" + url
    return url.rstrip("/")


UrlProblem = Literal["empty", "not_web", "plain_http"]


def url_problem(url: str) -> UrlProblem | None:
    """Why the URL cannot be used (the client words it in the person's language)."""
    if not url:
        return "empty"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not_web"
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return "plain_http"
    return None


def check_url(url: str) -> str | None:
    """A message when the URL cannot be used, before any byte goes on the wire (English:
    the CLI and logs; the client words the same :func:`url_problem` in its language)."""
    problem = url_problem(url)
    if problem == "empty":
        return "Enter the address of the case service, for example https://review.example.com."
    if problem == "not_web":
        return f"“{url}” is not a web address. It should look like https://review.example.com."
    if problem == "plain_http":
        return (
            "This address uses plain http://, which would send your password unencrypted. "
            "Use https:// (plain http is allowed only for a service on this computer)."
        )
    return None
