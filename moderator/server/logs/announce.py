"""What the server says when it starts: where it listens, on which database, within which
limits, so an operator at the terminal (or reading a service's journal) knows what runs.

The database location never shows a password: a URL's password and any password in its
query are replaced by ``***``.
"""

from __future__ import annotations

import logging
import urllib.parse
from dataclasses import asdict
from typing import Any

from moderator.server.settings import ServerSettings

log = logging.getLogger("moderator.server")

HIDDEN = "***"


def listening_line(host: str, port: int, tls: bool) -> str:
    """``moderator-server listening on http://HOST:PORT`` (``https`` with ``tls``)."""
    scheme = "https" if tls else "http"
    shown = f"[{host}]" if ":" in host else host
    return f"moderator-server listening on {scheme}://{shown}:{port}"


def database_shown(location: str) -> str:
    """The database as given (a path or a URL), without any password."""
    if "://" not in location:
        return location
    try:
        from sqlalchemy.engine import make_url

        url = make_url(location)
    except Exception:  # malformed: show where, never what follows the scheme
        return location.split("://", 1)[0] + "://" + HIDDEN
    query = {key: HIDDEN if "pass" in key.lower() else value for key, value in url.query.items()}
    shown = url.set(query=query).render_as_string(hide_password=True)
    return urllib.parse.unquote(shown)


def limits(settings: ServerSettings) -> dict[str, Any]:
    """The limits in force, named as in ``ServerSettings``."""
    return asdict(settings)


def announce(host: str, port: int, tls: bool, database: str, settings: ServerSettings) -> None:
    """Two lines once the socket listens: the address with the database, then the limits."""
    log.info(listening_line(host, port, tls), extra={"database": database_shown(database)})
    log.info("limits in force", extra=limits(settings))
