"""A uvicorn server that reports, once its socket listens, the port it really got.

uvicorn's own start line cannot name the database or the limits; this one is written after
the bind succeeded, so a server that could not bind never claims to listen.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import uvicorn


class AnnouncedServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, on_listening: Callable[[int], None]) -> None:
        super().__init__(config)
        self._on_listening = on_listening

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.servers and self.servers[0].sockets:
            self._on_listening(self.servers[0].sockets[0].getsockname()[1])
