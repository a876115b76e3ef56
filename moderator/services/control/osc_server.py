"""``/moderator/{action}`` over OSC (UDP), for surfaces that speak OSC (Companion's generic OSC
module, a lighting desk, QLab).

Each message names one action in its address; arguments are ignored, except that when the
console listens on the network the first argument must be the shared secret (a string).
OSC over UDP has no answer: an unknown address, a wrong secret or a refused action is logged
(and a refusal shows in the console's status bar, as it does for its key). Bundles are taken
apart; malformed packets are logged and dropped. Messages are parsed by python-osc.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket

from moderator.services.control.access import secret_matches
from moderator.services.control.control_hub import ControlHub
from moderator.services.control.outcome import Outcome, nearest_names
from moderator.services.control.sockets import bind_socket, bound_port

log = logging.getLogger(__name__)

PREFIX = "/moderator/"


class OscControlServer:
    def __init__(self, hub: ControlHub, host: str, port: int, secret: str | None) -> None:
        self._hub, self._host, self._secret = hub, host, secret
        self._socket = bind_socket(host, port, socket.SOCK_DGRAM, "OSC")
        self.port = bound_port(self._socket)
        self._transport: asyncio.DatagramTransport | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed: asyncio.Future[None] | None = None

    @property
    def host(self) -> str:
        return self._host

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._closed = loop.create_future()
        self._transport, _protocol = await loop.create_datagram_endpoint(
            lambda: _OscProtocol(self._received, self._closed), sock=self._socket
        )

    async def stop(self) -> None:
        """Returns once the port is free again: a transport closes its socket only on the
        loop's next turn, and a restart (Apply in the dialog) binding the same port before
        that found it "in use by another program" — the console itself."""
        closed = self._closed
        self.close_now()
        if closed is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(closed), timeout=5)

    def close_now(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None
        else:
            self._socket.close()
        for task in list(self._tasks):
            task.cancel()

    def _received(self, data: bytes, sender: tuple) -> None:  # type: ignore[type-arg]
        from pythonosc.osc_packet import OscPacket, ParseError

        try:
            messages = [timed.message for timed in OscPacket(data).messages]
        except ParseError as error:
            log.warning("malformed OSC packet", extra={"error": str(error)[:120]})
            return
        for message in messages:
            task = asyncio.get_running_loop().create_task(
                self._act(message.address, list(message.params))
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _act(self, address: str, params: list[object]) -> None:
        if not address.startswith(PREFIX):
            log.warning("OSC address not for the console", extra={"address": address[:80]})
            return
        name = address[len(PREFIX) :].strip("/")
        given = params[0] if params and isinstance(params[0], str) else None
        if not secret_matches(given, self._secret):
            log.warning("OSC message without the right secret", extra={"action": name[:80]})
            return
        names = self._hub.action_names()
        if name not in names:
            log.warning(
                "unknown control action",
                extra={
                    "action": name[:80],
                    "source": "osc",
                    "nearest": nearest_names(name, names),
                },
            )
            return
        result = await self._hub.trigger(name)
        level = (
            logging.INFO if result.outcome in (Outcome.DONE, Outcome.OPENED) else logging.WARNING
        )
        log.log(
            level,
            "control action",
            extra={
                "action": name,
                "source": "osc",
                "outcome": result.outcome.value,
                "reason": result.reason,
            },
        )


class _OscProtocol(asyncio.DatagramProtocol):
    def __init__(self, received, closed: asyncio.Future[None]) -> None:  # type: ignore[no-untyped-def]
        self._received, self._closed = received, closed

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._closed.done():
            self._closed.set_result(None)

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[no-untyped-def]
        self._received(data, addr)

    def error_received(self, exc: Exception) -> None:
        log.warning("OSC socket error", extra={"error": repr(exc)})
