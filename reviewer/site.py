"""The site configuration IT sets once for every user of a workstation: ``site.toml``.

It lives in platformdirs' site configuration folder (/etc/xdg/live-review-desk on Linux,
%ProgramData% on Windows, /Library/Application Support on macOS); ``REVIEWER_SITE_CONFIG``
names another file (tests, IT trying a file out). It presets, and can lock, the case
service address, and names an IT contact, an HTTP(S) proxy and an extra CA bundle.

A broken file never falls back to the user's own address: unreadable, unparseable, an
unknown key or a wrong value is a :class:`SiteConfigError` naming the file and the line, and
sign-in stays off until IT fixes it. No file at all is the ordinary case: nothing preset.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from reviewer.client.network import NetworkOptions
from reviewer.client.urls import check_url, normalise_url
from reviewer.paths import APP_NAME

SITE_FILE = "site.toml"
SITE_ENV = "REVIEWER_SITE_CONFIG"

#: every key the file may hold, by table: anything else is refused with its line
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "service": frozenset({"address", "lock"}),
    "support": frozenset({"contact"}),
    "network": frozenset({"proxy", "ca_bundle"}),
}


class SiteConfigError(Exception):
    """IT's file cannot be used: the message names the file and, when known, the line."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}, line {line}" if line is not None else str(path)
        super().__init__(
            f"The site configuration file {where}: {problem}. Sign-in stays off until your "
            "IT department fixes the file."
        )


@dataclass(frozen=True)
class SiteConfig:
    """What IT preset; empty strings mean "not set"."""

    path: Path | None = None
    service_address: str = ""
    lock_address: bool = False
    it_contact: str = ""
    proxy: str = ""
    ca_bundle: str = ""

    def network(self) -> NetworkOptions:
        """The proxy and extra CA bundle for the case service's client."""
        return NetworkOptions(proxy=self.proxy, ca_bundle=self.ca_bundle)

    def address_for_sign_in(self, user_address: str) -> str:
        """The address the sign-in dialog starts with: IT's when locked or when the user
        has none of their own."""
        if self.service_address and (self.lock_address or not user_address):
            return self.service_address
        return user_address


def site_config_path() -> Path:
    """Where IT's file is read from on this platform (or ``$REVIEWER_SITE_CONFIG``)."""
    override = os.environ.get(SITE_ENV, "").strip()
    if override:
        return Path(override)
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / SITE_FILE


def _line_of(text: str, table: str, key: str) -> int | None:
    """The line where ``key`` is set inside ``[table]`` (1-based), for the message."""
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]\s*(#.*)?", line)
        if header:
            current = header.group(1).strip('"')
            if not key and current == table:
                return number
            continue
        if key and current == table and re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return None


def load_site_config(path: Path | None = None) -> SiteConfig:
    """Read and check IT's file; no file means nothing preset."""
    path = path or site_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SiteConfig()
    except OSError as exc:
        raise SiteConfigError(path, None, f"it cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SiteConfigError(path, line, "it is not UTF-8 text") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line_no = int(match.group(1)) if match else None
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise SiteConfigError(path, line_no, f"it is not valid TOML ({reason})") from exc
    return _check(path, text, data)


def _check(path: Path, text: str, data: dict[str, Any]) -> SiteConfig:
    values: dict[tuple[str, str], Any] = {}
    for table, body in data.items():
        if table not in KNOWN_KEYS:
            raise SiteConfigError(path, _line_of(text, table, ""), f"unknown table [{table}]")
        if not isinstance(body, dict):
            raise SiteConfigError(path, None, f"“{table}” must be a table ([{table}])")
        for key, value in body.items():
            if key not in KNOWN_KEYS[table]:
                raise SiteConfigError(
                    path, _line_of(text, table, key), f"unknown key “{key}” in [{table}]"
                )
            values[(table, key)] = value

    def string(table: str, key: str) -> str:
        value = values.get((table, key), "")
        if not isinstance(value, str):
            raise SiteConfigError(path, _line_of(text, table, key), f"{key} must be a string")
        return value.strip()

    address = string("service", "address")
    if address:
        address = normalise_url(address)
        problem = check_url(address)
        if problem is not None:
            raise SiteConfigError(path, _line_of(text, "service", "address"), problem)
    lock = values.get(("service", "lock"), False)
    if not isinstance(lock, bool):
        raise SiteConfigError(path, _line_of(text, "service", "lock"), "lock must be true or false")
    if lock and not address:
        raise SiteConfigError(
            path, _line_of(text, "service", "lock"), "lock = true needs an address to lock"
        )
    proxy = string("network", "proxy")
    if proxy:
        parts = urlsplit(proxy)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteConfigError(
                path,
                _line_of(text, "network", "proxy"),
                "proxy must be an http:// or https:// address (PAC files, NTLM and Kerberos "
                "proxies are not supported)",
            )
    ca_bundle = string("network", "ca_bundle")
    if ca_bundle and not Path(ca_bundle).is_file():
        raise SiteConfigError(
            path, _line_of(text, "network", "ca_bundle"), f"the CA bundle {ca_bundle} is missing"
        )
    return SiteConfig(
        path=path,
        service_address=address,
        lock_address=lock,
        it_contact=string("support", "contact"),
        proxy=proxy,
        ca_bundle=ca_bundle,
    )
