"""Refuse to fetch article pages on private, loopback, link-local and other internal addresses.

Article links come from feed content, which anyone can write: without this guard a feed
could make the connector fetch http://169.254.169.254/ or an intranet page. The host is
resolved and every address it resolves to must be public. The check runs before each
redirect hop. Limit: httpx resolves the name again when it connects, so a DNS server that
answers differently the second time (DNS rebinding) is not stopped by this check alone.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from connectors.http_fetch import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddress(FetchError):
    """A URL whose host is, or resolves to, an address we do not fetch from."""


def is_public(address: IPAddress) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified addresses."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public(mapped)
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address a host name resolves to (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


async def check_public_url(url: str) -> None:
    """Raise BlockedAddress unless the URL is http(s) and its host resolves to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise BlockedAddress(url, "only http(s) urls with a host are fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = await resolve(parts.hostname, port)
    except (OSError, ValueError) as exc:
        raise BlockedAddress(url, f"host does not resolve: {exc}") from exc
    blocked = [str(a) for a in addresses if not is_public(a)]
    if blocked or not addresses:
        raise BlockedAddress(url, f"host resolves to a non-public address {','.join(blocked)}")
