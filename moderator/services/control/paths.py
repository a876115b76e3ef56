"""Addresses as surfaces build them: ``//actions/next_speaker`` is ``/actions/next_speaker``.

Companion's generic HTTP module joins its *Base URL* and a button's URL as typed; a Base URL
ending in ``/`` (as addresses are often copied) doubles the slash, and every button would
answer 404 "No such address" while the console looks fine. The console has no address where
an empty path segment means something, so repeated slashes are read as one.
"""

from __future__ import annotations

import re
from typing import Any

_SLASHES = re.compile(r"/{2,}")
_RAW_SLASHES = re.compile(rb"/{2,}")


def single_slashes(app: Any) -> Any:  # an ASGI application, wrapped
    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket") and "//" in scope.get("path", ""):
            scope = {**scope, "path": _SLASHES.sub("/", scope["path"])}
            if isinstance(scope.get("raw_path"), bytes):
                scope["raw_path"] = _RAW_SLASHES.sub(b"/", scope["raw_path"])
        await app(scope, receive, send)

    return wrapped
