"""Where the server may send requests: ``https://`` to public addresses only.

A vendor's API address is typed by an owner (staging, a regional host), so without this
check an owner could make the server fetch ``http://127.0.0.1:…`` or a cloud metadata
address and read the answer back. Simulators and staging on a private network are allowed
only by a setting (``TASTEVIN_ALLOW_PRIVATE_ENDPOINTS``), off by default, on for the demo
and the tests.

The address is resolved and every answer must be public; the client then connects by name,
so a DNS answer that changes between the check and the connection (rebinding) is not
covered here: that needs the egress filtering of the host."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from tastevin.errors import BadInput, Retryable


class OutboundRefused(BadInput):
    code = "outbound_refused"


def _addresses(host: str, port: int) -> set[str]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return {str(info[4][0]) for info in found}
    except (socket.gaierror, UnicodeError) as error:
        raise Retryable("the API address %(host)s cannot be resolved", host=host) from error


def check_endpoint(url: str, *, allow_private: bool) -> None:
    """Raises OutboundRefused unless ``url`` may be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise OutboundRefused("the API address is not a valid URL") from error
    allowed_schemes = ("https", "http") if allow_private else ("https",)
    if parts.scheme not in allowed_schemes:
        raise OutboundRefused("the API address must start with https://")
    host = parts.hostname
    if not host:
        raise OutboundRefused("the API address has no host name")
    if parts.username or parts.password:
        raise OutboundRefused("the API address must not contain a user name or password")
    if allow_private:
        return
    for address in _addresses(host, port):
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise OutboundRefused(
                "the API address %(host)s is not a public internet address", host=host
            )
