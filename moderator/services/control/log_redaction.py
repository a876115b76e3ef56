"""The control secret out of the log lines of the server's libraries.

Companion's generic WebSocket module can send the secret only in the address
(``/ws?secret=…``), and uvicorn and websockets log the addresses of WebSocket handshakes
(``"WebSocket /ws?secret=…" [accepted]``, and every request line at debug level). A log is
read by support and pasted into tickets; the secret must not be in it. The filter rewrites
such records before any handler formats them.
"""

from __future__ import annotations

import logging
import re

#: The loggers uvicorn (and the websockets protocol it runs) write request addresses to.
SERVER_LOGGERS = ("uvicorn.error", "uvicorn.access")

_SECRET_IN_ADDRESS = re.compile(r"([?&]secret=)[^&#\s\"']*", re.IGNORECASE)
HIDDEN = "<hidden>"


def hide_secret(text: str) -> str:
    """``/ws?secret=abc&x=1`` → ``/ws?secret=<hidden>&x=1``."""
    return _SECRET_IN_ADDRESS.sub(rf"\g<1>{HIDDEN}", text)


class SecretInAddressFilter(logging.Filter):
    """Lets every record through, with any ``secret=`` of an address hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "secret=" not in str(record.msg).lower() and not any(
            isinstance(arg, str) and "secret=" in arg.lower() for arg in _args(record)
        ):
            return True
        record.msg = hide_secret(record.getMessage())
        record.args = None
        return True


def _args(record: logging.LogRecord) -> tuple[object, ...]:
    if isinstance(record.args, tuple):
        return record.args
    if isinstance(record.args, dict):
        return tuple(record.args.values())
    return ()


_FILTER = SecretInAddressFilter()


def hide_secrets_in_server_logs() -> None:
    """Installed once per process (adding it again changes nothing)."""
    for name in SERVER_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
