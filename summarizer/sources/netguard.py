"""The SSRF guard: only http(s) URLs, and never an address inside the machine or its network.

A server that fetches URLs for others (the web demo) must not be turned into a probe of its
own network: ``http://127.0.0.1:6379/``, ``http://169.254.169.254/`` (cloud metadata),
``http://intranet.local/``. :func:`check_url` refuses such URLs before anything is sent, by
resolving the host name and checking every address it resolves to; :class:`GuardedBackend`
checks again at connection time and connects to the address it checked, so a redirect, or a
DNS answer that changes between the check and the connection (DNS rebinding), cannot get past.
Checking sends no traffic to the refused address: name resolution only.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

import httpcore

from summarizer.errors import BlockedURLError

ALLOWED_SCHEMES = ("http", "https")
# What a Python caller does to fetch such an address; the command line passes its own flag's name.
OPT_IN = "pass FetchOptions(allow_private=True) to allow it"
CLI_OPT_IN = "use --allow-private-urls to allow it"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


def parse_networks(values: tuple[str, ...] | list[str]) -> Networks:
    """Networks from strings ("10.1.2.0/24", "127.0.0.1").

    Raises:
        ValueError: for a string that is not an address or network.
    """
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values)


def blocked_reason(address: str | Address, allowed: Networks = ()) -> str | None:
    """Why an IP address may not be fetched ("a loopback address"...), or None when it is public
    or inside one of the ``allowed`` networks."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in net for net in allowed):
        return None
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved or not ip.is_global:
        return "a reserved (not publicly routable) address"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself, without a look-up).

    Raises:
        BlockedURLError: the name does not resolve.
    """
    literal = host.strip("[]")
    try:
        return [str(ipaddress.ip_address(literal))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedURLError(f"cannot resolve host {host!r} ({exc})") from None
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def _port(scheme: str, port: int | None) -> int:
    return port if port is not None else (443 if scheme == "https" else 80)


def check_url(url: str, *, allow_private: bool = False, allowed: Networks = (), hint: str = OPT_IN) -> str:
    """Return ``url`` when it may be fetched.

    Args:
        url: the address to check.
        allow_private: accept loopback, private, link-local and multicast addresses too.
        allowed: networks accepted even when not public (an intranet host the operator trusts).

    Raises:
        BlockedURLError: not http(s), no host, a host that does not resolve, or (unless
            ``allow_private``) a host with a non-public address.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BlockedURLError(f"{url}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise BlockedURLError(f"{url}: not a URL (only http and https URLs can be fetched)")
    if scheme not in ALLOWED_SCHEMES:
        raise BlockedURLError(f"{url}: only http and https URLs can be fetched, not {scheme}")
    host = parts.hostname
    if not host:
        raise BlockedURLError(f"{url}: the URL has no host")
    if allow_private:
        return url
    for address in resolve(host, _port(scheme, port)):
        reason = blocked_reason(address, allowed)
        if reason:
            where = host if host == address else f"{host} ({address})"
            raise BlockedURLError(f"refused {url}: {where} is {reason}; {hint}")
    return url


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's network backend, resolving and checking every address before it connects.

    Args:
        allowed: networks accepted even when not public.
    """

    def __init__(self, allowed: Networks = (), hint: str = OPT_IN) -> None:
        super().__init__()
        self.allowed = allowed
        self.hint = hint

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        for address in addresses:
            reason = blocked_reason(address, self.allowed)
            if reason:
                raise BlockedURLError(f"refused connection to {host} ({address}): {reason}; {self.hint}")
        # Connect to the address that was checked, not to a second resolution of the name.
        return super().connect_tcp(addresses[0], port, timeout, local_address, socket_options)
