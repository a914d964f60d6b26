"""The site's network: an HTTP(S) proxy and an extra CA bundle (site.toml's ``[network]``),
and, after a certificate failure, who issued the certificate the desk was shown.

A TLS-inspecting proxy or a site's own CA shows the desk a chain the system may not trust;
IT needs the issuer's name to know which CA to add, and Python's failed handshake keeps no
certificate. :func:`peer_issuer` therefore connects once more, the same way (through the
proxy when there is one), with verification off, sends nothing, reads the certificate and
names its issuer (a small DER reader: the core carries no X.509 library).
"""

from __future__ import annotations

import base64
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

#: attribute types of an X.509 name that say who the issuer is, most telling first
_NAME_OIDS = {
    bytes.fromhex("550403"): "CN",
    bytes.fromhex("55040a"): "O",
    bytes.fromhex("55040b"): "OU",
}
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1", 0x1E: "utf-16-be"}


@dataclass(frozen=True)
class NetworkOptions:
    """``proxy``: ``http(s)://[user:pass@]host:port`` or ""; ``ca_bundle``: a PEM file or ""."""

    proxy: str = ""
    ca_bundle: str = ""


def proxy_parts(proxy: str) -> tuple[str, int, str]:
    """(host, port, basic-auth header value or "") of a proxy URL."""
    parts = urlsplit(proxy)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    auth = ""
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        auth = "Basic " + base64.b64encode(pair.encode()).decode()
    return parts.hostname or "", port, auth


def _tlv(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of the value, end of the value) of the DER element at ``at``."""
    tag = data[at]
    length = data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4:
            raise ValueError("unsupported DER length")
        length = int.from_bytes(data[at : at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("truncated DER")
    return tag, at, at + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    while start < end:
        tag, s, e = _tlv(data, start)
        out.append((tag, s, e))
        start = e
    return out


def issuer_of(der: bytes) -> str:
    """The issuer of a DER certificate as ``CN=…, O=…`` ("" when it cannot be read)."""
    try:
        _tag, s, e = _tlv(der, 0)  # Certificate
        _tag, s, e = _children(der, s, e)[0]  # tbsCertificate
        fields = _children(der, s, e)
        if fields and fields[0][0] == 0xA0:  # [0] version
            fields = fields[1:]
        _tag, s, e = fields[2]  # serial, signature algorithm, issuer
        found: dict[str, str] = {}
        for _set, ss, se in _children(der, s, e):
            for _seq, as_, ae in _children(der, ss, se):
                (_t1, os_, oe), (vtag, vs, ve) = _children(der, as_, ae)[:2]
                key = _NAME_OIDS.get(der[os_:oe])
                if key and key not in found and vtag in _STRING_TAGS:
                    found[key] = der[vs:ve].decode(_STRING_TAGS[vtag], errors="replace")
        return ", ".join(f"{k}={found[k]}" for k in ("CN", "O", "OU") if k in found)
    except (IndexError, ValueError):
        return ""


def peer_certificate(host: str, port: int, *, proxy: str = "", timeout: float = 5.0) -> bytes:
    """The DER certificate ``host:port`` shows (through ``proxy`` by CONNECT when given);
    verification off, nothing sent after the handshake. Raises OSError when unreachable."""
    if proxy:
        proxy_host, proxy_port, auth = proxy_parts(proxy)
        sock = socket.create_connection((proxy_host, proxy_port), timeout=timeout)
        if urlsplit(proxy).scheme == "https":
            outer = ssl.create_default_context()
            sock = outer.wrap_socket(sock, server_hostname=proxy_host)
        head = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        if auth:
            head += f"Proxy-Authorization: {auth}\r\n"
        sock.sendall((head + "\r\n").encode("latin-1"))
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk or len(answer) > 65536:
                sock.close()
                raise OSError("the proxy closed the tunnel")
            answer += chunk
        if answer.split(b" ", 2)[1:2] != [b"200"]:
            sock.close()
            raise OSError("the proxy refused the tunnel")
    else:
        sock = socket.create_connection((host, port), timeout=timeout)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # only to read who signed it; nothing is sent
    with ctx.wrap_socket(sock, server_hostname=host) as tls:
        return tls.getpeercert(binary_form=True) or b""


def peer_issuer(base_url: str, *, proxy: str = "", timeout: float = 5.0) -> str:
    """Who issued the certificate the service at ``base_url`` shows ("" when unknown)."""
    parts = urlsplit(base_url)
    if parts.scheme != "https" or not parts.hostname:
        return ""
    try:
        der = peer_certificate(parts.hostname, parts.port or 443, proxy=proxy, timeout=timeout)
    except (OSError, ssl.SSLError):
        return ""
    return issuer_of(der)
