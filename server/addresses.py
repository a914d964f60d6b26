"""Who is calling: the client address a throttle or an access rule may trust.

The peer's own address, unless the peer is a configured trusted proxy: then the nearest
address in ``X-Forwarded-For`` that is not itself a trusted proxy (read from the right, since
anything left of the last proxy's entry is whatever the client chose to write).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

#: the text a throttle stores when the peer has no parseable address
UNKNOWN = "unknown"


@lru_cache(maxsize=64)
def networks(specs: tuple[str, ...]) -> tuple[Network, ...]:
    """Addresses or networks (``10.0.0.0/8``, ``::1``) as networks; a bad one is a
    ValueError naming it."""
    out: list[Network] = []
    for spec in specs:
        try:
            out.append(ipaddress.ip_network(spec.strip(), strict=False))
        except ValueError:
            raise ValueError(f"not an IP address or network: {spec!r}") from None
    return tuple(out)


def _parse(text: str) -> Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def within(address: str, specs: tuple[str, ...]) -> bool:
    parsed = _parse(address)
    return parsed is not None and any(parsed in net for net in networks(specs))


def is_loopback(address: str) -> bool:
    parsed = _parse(address)
    return parsed is not None and parsed.is_loopback


def client_address(
    peer: str | None, forwarded_for: Iterable[str], trusted_proxies: tuple[str, ...]
) -> str:
    """The caller's address: the peer's, or (from a trusted proxy) the last untrusted hop of
    ``X-Forwarded-For`` (every such header, in order)."""
    parsed = _parse(peer) if peer else None
    if parsed is None:
        return UNKNOWN
    proxies = networks(trusted_proxies)
    if not any(parsed in net for net in proxies):
        return str(parsed)
    hops = [hop for header in forwarded_for for hop in header.split(",") if hop.strip()]
    current = parsed
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break  # a garbled hop: trust nothing left of it
        current = address
        if not any(address in net for net in proxies):
            break
    return str(current)
