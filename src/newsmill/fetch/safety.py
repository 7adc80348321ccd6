"""Which addresses the fetcher may connect to: only public unicast ones unless told otherwise.

A page from the public web must not make newsmill request loopback, private (RFC 1918, ULA),
link-local, multicast, reserved or shared (CGNAT) addresses, the usual server-side request forgery
targets. The check resolves the host name and refuses when any of its addresses is not global.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket


class BlockedAddress(ValueError):
    """A host that resolves to a non-public address (and private addresses are not allowed)."""


def is_public(address: str) -> bool:
    """True for a global unicast IPv4/IPv6 address (an IPv4-mapped IPv6 is judged as its IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to (an IP literal resolves to itself). Raises OSError."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


async def check_host(host: str, port: int) -> None:
    """Raise BlockedAddress when any address of `host` is not public; OSError when it does not resolve."""
    for address in await resolve(host, port):
        if not is_public(address):
            raise BlockedAddress(f"{host} resolves to non-public address {address}")
