"""The addresses to type into Companion for where the control servers listen.

Listening on every interface (``0.0.0.0``, ``::``) is no address another machine can reach:
the technician needs the laptop's own network addresses. They are read from the system's
interface list (no name lookup, so nothing waits on the network).
"""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

_EVERY_INTERFACE = {"0.0.0.0": "IPv4", "::": "any"}


def reachable_hosts(host: str) -> list[str]:
    """Hosts as an address writes them (IPv6 in brackets), the laptop's own when ``host`` is
    every interface; 127.0.0.1 when it has no other."""
    if host in ("", "localhost"):
        return ["127.0.0.1"]
    if host not in _EVERY_INTERFACE:
        return [_in_address(host)]
    ipv4 = QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
    own = [
        _in_address(address.toString())
        for address in QNetworkInterface.allAddresses()
        if not address.isLoopback()
        and not address.isLinkLocal()
        and (address.protocol() == ipv4 or _EVERY_INTERFACE[host] == "any")
    ]
    return own or ["127.0.0.1"]


def _in_address(host: str) -> str:
    """``http://::1:8765`` is no address (Companion and browsers refuse it): ``[::1]``."""
    return f"[{host}]" if ":" in host else host
