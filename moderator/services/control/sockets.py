"""Listening sockets for the control servers, bound before anything serves on them.

Binding first turns "the port is taken" into an answer the console can show (the servers are
turned on from the settings or the command line, often while something else — Companion
itself, another console — already listens there) instead of an exception inside a server's
start-up, and lets port 0 ask the system for a free port.
"""

from __future__ import annotations

import errno
import ipaddress
import socket

LOOPBACK = "127.0.0.1"


class ListenError(Exception):
    """The server cannot listen there; the message says why, for the chair or technician."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(port: int, what: str) -> int:
    if not 0 <= port <= 65535:
        raise ListenError(f"The {what} port must be between 1 and 65535 (0: any free port): {port}")
    return port


def check_host(host: str) -> str:
    """An IP address (``localhost`` is 127.0.0.1): a host name would be looked up in the DNS,
    which may hang, and a console listens on one of its own addresses anyway."""
    if host == "localhost":
        return LOOPBACK
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        raise ListenError(
            f"The control address must be an IP address of this computer, such as 127.0.0.1, "
            f"0.0.0.0 (every interface) or 192.168.1.20: {host!r}"
        ) from None


def bind_socket(host: str, port: int, kind: socket.SocketKind, what: str) -> socket.socket:
    """A non-blocking socket bound to ``host:port`` (listening, for TCP)."""
    check_port(port, what)
    address_text = check_host(host)
    try:
        infos = socket.getaddrinfo(
            address_text, port, type=kind, flags=socket.AI_PASSIVE | socket.AI_NUMERICHOST
        )
    except socket.gaierror as error:
        raise ListenError(f"The {what} address {host!r} cannot be used: {error}") from error
    family, _type, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if kind == socket.SOCK_STREAM:
            # Lets a restarted console listen again at once (connections of the last run may
            # linger in TIME_WAIT); on Linux it never lets two programs listen on one port.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        if kind == socket.SOCK_STREAM:
            sock.listen(64)
        sock.setblocking(False)
    except OSError as error:
        sock.close()
        raise ListenError(_bind_failure(error, host, port, what)) from error
    return sock


def bound_port(sock: socket.socket) -> int:
    return int(sock.getsockname()[1])


def _bind_failure(error: OSError, host: str, port: int, what: str) -> str:
    where = f"{host}:{port}"
    if error.errno == errno.EADDRINUSE:
        return (
            f"The {what} port {port} is in use by another program ({where}): choose another "
            "port in Session → Control surfaces, or close that program"
        )
    if error.errno == errno.EACCES:
        return f"The {what} port {port} needs administrator rights: choose a port above 1023"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"This computer has no network interface with the address {host} ({what})"
    return f"The {what} server cannot listen on {where}: {error.strerror or error}"
