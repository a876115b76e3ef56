"""HTTPS for ``serve``: the certificate and key checked before the server starts, and the
warning when tokens would cross a network in clear.

Why check here: uvicorn reads the files only as it starts, and a missing key or one that does
not belong to the certificate ended in a traceback. Here it is one line naming the file.
"""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path


class TlsError(ValueError):
    """A certificate or key that cannot serve, named with what is wrong."""


def check_tls_files(certfile: str | None, keyfile: str | None) -> None:
    """Both or neither; each readable; the key the certificate's."""
    if (certfile is None) != (keyfile is None):
        given, missing = (
            ("--ssl-certfile", "--ssl-keyfile")
            if keyfile is None
            else ("--ssl-keyfile", "--ssl-certfile")
        )
        raise TlsError(f"{given} needs {missing} too (HTTPS needs the certificate and its key)")
    if certfile is None or keyfile is None:
        return
    for option, name in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
        path = Path(name)
        try:
            with path.open("rb") as handle:
                handle.read(1)
        except FileNotFoundError:
            raise TlsError(f"{option} {path}: no such file") from None
        except IsADirectoryError:
            raise TlsError(f"{option} {path}: is a folder, not a file") from None
        except PermissionError:
            raise TlsError(f"{option} {path}: not readable by this user") from None
        except OSError as error:
            raise TlsError(f"{option} {path}: cannot be read ({error.strerror})") from None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        # No passphrase prompt on the terminal (a service would hang there): an empty one.
        context.load_cert_chain(certfile, keyfile, password=lambda: b"")
    except ssl.SSLError as error:
        raise TlsError(
            f"--ssl-certfile {certfile} and --ssl-keyfile {keyfile} do not make a certificate "
            f"and its key (PEM files expected; a key with a passphrase cannot be used): "
            f"{error.reason or error}"
        ) from None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plain_http_warning(host: str, port: int) -> str | None:
    """What to say when ``serve`` listens beyond this machine without TLS: every request
    carries its token, readable by anyone on the venue's Wi-Fi."""
    if is_loopback(host):
        return None
    return (
        f"warning: serving http://{host}:{port} without TLS: tokens and names cross the "
        "network in clear. Use --ssl-certfile/--ssl-keyfile, or a TLS reverse proxy in front "
        "of --host 127.0.0.1 (README: The reference backend server)."
    )
