"""Which addresses the fetcher may connect to: only public unicast ones unless told otherwise.

A page from the public web must not make newsmill request loopback, private (RFC 1918, ULA),
link-local, multicast, reserved or shared (CGNAT) addresses, the usual server-side request forgery
targets. The check resolves the host name and refuses when any of its addresses is not global.
`public_only_transport` also makes every connection go to an address checked at connect time, so
that a host name cannot resolve to a public address for the check and a private one for the
connection (DNS rebinding).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl

import httpcore
import httpx


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


class PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to public addresses.

    The host is resolved once, every address checked with `is_public`, and the connection made to
    a checked address (TLS still verifies the host name). Raises httpcore.ConnectError naming the
    blocked address; Unix sockets are refused.
    """

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = await resolve(host, port)
        except OSError as error:
            raise httpcore.ConnectError(f"DNS: {error}") from None
        for address in addresses:
            if not is_public(address):
                raise httpcore.ConnectError(f"{host} resolves to non-public address {address}")
        last: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                     socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        raise last

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def public_only_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go through PublicOnlyBackend.

    httpx does not take a network backend as an argument, so the transport's connection pool is
    rebuilt with the same settings and the backend.
    """
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl.create_default_context(), max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
        network_backend=PublicOnlyBackend())
    return transport
