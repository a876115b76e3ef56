"""``moderator-server bridge zoomosc``: Zoom's raised hands into a session, through ZoomOSC.

ZoomOSC (Liminal Entertainment Technologies) runs beside a Zoom client and speaks Open Sound
Control over UDP. Its user messages are ``/zoomosc/user/<event>`` with four arguments: the
target index, the user's name, the gallery index and the Zoom id (``zoomID``); the bridge
reads ``handRaised``, ``handLowered``, ``online`` and ``offline``. To lower a hand it sends
``/zoom/zoomID/lowerHand`` with the Zoom id. That is how Bitfocus Companion's ZoomOSC module
reads and drives it (bitfocus/companion-module-liminalet-zoomosc: ``zoscconstants.js``
lists the user messages' arguments, ``zoom-osc.js`` builds ``/zoom/<targetType>/<action>``
with the Zoom id as an integer).

The bridge forwards each message, in order, to ``POST /integrations/zoomosc/{session}`` with
an integration token; a message the server did not answer is sent again with the same id,
so it is applied once. With a target (ZoomOSC's listening address) it follows the session's
feed: when the chair lowers a hand raised in Zoom (L, or G and A, which take the hand), it
sends ``lowerHand`` for that user, so the hand goes down in Zoom too.

Logs name Zoom ids and counts, never a user's name, and never the token.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import AsyncIOOSCUDPServer
from pythonosc.udp_client import SimpleUDPClient

log = logging.getLogger("moderator.server.bridge")

#: ZoomOSC's user events the bridge forwards, by the last part of their address.
EVENTS = {
    "handRaised": "hand_raised",
    "handLowered": "hand_lowered",
    "online": "online",
    "offline": "offline",
}
#: How long a feed long-poll waits for news (the server answers at most after 60 s).
FOLLOW_WAIT_S = 25
RETRY_DELAYS_S = (0.2, 0.5, 1, 2, 5)


@dataclass(frozen=True, slots=True)
class BridgeSettings:
    listen: tuple[str, int]
    session_id: str
    token: str
    server: str
    target: tuple[str, int] | None = None


@dataclass(slots=True)
class _State:
    #: participant id → Zoom id, from the server's answers to what the bridge forwarded.
    zoom_ids: dict[str, int] = field(default_factory=dict)
    #: Hands already lowered back in Zoom (a feed read twice sends once).
    lowered: set[str] = field(default_factory=set)


class ZoomOscBridge:
    """The bridge's two halves on one asyncio loop: ZoomOSC → server, server → ZoomOSC."""

    def __init__(
        self,
        settings: BridgeSettings,
        now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        self.settings = settings
        self.now_ms = now_ms
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.state = _State()
        self.forwarded = 0
        self.refused_messages = 0
        self._target = SimpleUDPClient(*settings.target) if settings.target is not None else None
        self._transport: asyncio.DatagramTransport | None = None

    # --- ZoomOSC → the server -----------------------------------------------------------

    def on_message(self, address: str, *args: Any) -> None:
        """One OSC message from ZoomOSC (python-osc's dispatcher calls it on the loop)."""
        parts = address.strip("/").split("/")
        if len(parts) != 3 or parts[:2] != ["zoomosc", "user"] or parts[2] not in EVENTS:
            return  # ZoomOSC says much more (video, audio, "me"); only hands matter here
        if len(args) < 4 or not isinstance(args[1], str) or not isinstance(args[3], int):
            self.refused_messages += 1
            log.warning(
                "ZoomOSC message not understood (expected index, name, gallery index, zoom id)",
                extra={"address": address, "arguments": len(args)},
            )
            return
        self.queue.put_nowait(
            {
                "id": uuid.uuid4().hex,
                "kind": EVENTS[parts[2]],
                "user_name": args[1][:300],
                "zoom_id": args[3],
                "at_ms": self.now_ms(),
            }
        )

    async def forward(self, client: httpx.AsyncClient) -> None:
        """Send what ZoomOSC said, in order; a message the server did not answer again (the
        same id: applied once), one it refused is dropped with a log line saying why."""
        url = f"/api/v1/integrations/zoomosc/{self.settings.session_id}"
        while True:
            batch = [await self.queue.get()]
            while not self.queue.empty() and len(batch) < 100:
                batch.append(self.queue.get_nowait())
            answer = await self._post(client, url, batch)
            if answer is None:
                continue
            for event, result in zip(batch, answer.get("results", []), strict=False):
                person = result.get("participant_id")
                if person is not None:
                    self.state.zoom_ids[person] = event["zoom_id"]
            self.forwarded += len(batch)

    async def _post(
        self, client: httpx.AsyncClient, url: str, batch: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        attempt = 0
        while True:
            try:
                response = await client.post(url, json={"events": batch})
            except httpx.HTTPError as error:
                delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
                log.warning(
                    "server not reached; sending again",
                    extra={"error": type(error).__name__, "retry_in_s": delay},
                )
                attempt += 1
                await asyncio.sleep(delay)
                continue
            if response.status_code >= 500 or response.status_code == 429:
                attempt += 1
                await asyncio.sleep(RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)])
                continue
            if response.status_code >= 400:
                log.error(
                    "server refused ZoomOSC messages",
                    extra={"status": response.status_code, "reason": _reason(response)},
                )
                return None
            return response.json()

    # --- the chair's lowering → ZoomOSC -------------------------------------------------

    async def follow(self, client: httpx.AsyncClient, ready: asyncio.Event) -> None:
        """Read the session's feed from its end on; each hand raised in Zoom that the chair
        lowers is lowered in Zoom (``/zoom/zoomID/lowerHand``)."""
        url = f"/api/v1/sessions/{self.settings.session_id}/changes"
        since = await self._end_of_feed(client, url)
        ready.set()
        while True:
            try:
                response = await client.get(
                    url, params={"since": since, "wait": FOLLOW_WAIT_S}, timeout=FOLLOW_WAIT_S + 10
                )
                if response.status_code == 410:  # the server no longer has that cursor
                    since = await self._end_of_feed(client, url)
                    continue
                response.raise_for_status()
            except httpx.HTTPError as error:
                log.warning("feed not read; reading again", extra={"error": type(error).__name__})
                await asyncio.sleep(1)
                continue
            answer = response.json()
            for change in answer["changes"]:
                self._lower_back(change)
            since = answer["version"]

    async def _end_of_feed(self, client: httpx.AsyncClient, url: str) -> int:
        since = 0
        while True:
            response = await client.get(url, params={"since": since, "limit": 5000})
            response.raise_for_status()
            answer = response.json()
            if answer["version"] == since or not answer["changes"]:
                return int(answer["version"])
            since = answer["version"]

    def _lower_back(self, change: dict[str, Any]) -> None:
        data = change.get("data") or {}
        if (
            change.get("entity") != "hand"
            or data.get("source") != "zoom"
            or data.get("state") != "lowered"
            or data.get("lowered_by") != "chair"
            or data.get("id") in self.state.lowered
        ):
            return
        zoom_id = self.state.zoom_ids.get(data.get("participant_id", ""))
        if zoom_id is None or self._target is None:
            return
        self.state.lowered.add(data["id"])
        self._target.send_message("/zoom/zoomID/lowerHand", [zoom_id])
        log.info("hand lowered in Zoom", extra={"zoom_id": zoom_id})

    # --- running ------------------------------------------------------------------------

    async def run(self, on_ready: Callable[[str], None] = lambda text: None) -> None:
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(self.on_message)
        server = AsyncIOOSCUDPServer(self.settings.listen, dispatcher, asyncio.get_running_loop())
        transport, _protocol = await server.create_serve_endpoint()
        self._transport = transport
        host, port = transport.get_extra_info("sockname")[:2]
        headers = {"Authorization": f"Bearer {self.settings.token}"}
        async with httpx.AsyncClient(
            base_url=self.settings.server, headers=headers, timeout=15
        ) as client:
            await self._check_token(client)
            ready = asyncio.Event()
            tasks = [asyncio.create_task(self.forward(client))]
            if self._target is not None:
                tasks.append(asyncio.create_task(self.follow(client, ready)))
                await ready.wait()
            back = (
                f"; lowering back to {self.settings.target[0]}:{self.settings.target[1]}"
                if self.settings.target is not None
                else ""
            )
            on_ready(f"listening for ZoomOSC on udp {host}:{port}{back}")
            try:
                await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
                transport.close()

    async def _check_token(self, client: httpx.AsyncClient) -> None:
        """Refuse to start with a token that cannot feed the session (said at once, not at
        the first raised hand of the meeting)."""
        response = await client.get("/api/v1/whoami")
        if response.status_code == 401:
            raise BridgeError(f"the server refused the token: {_reason(response)}")
        response.raise_for_status()
        who = response.json()
        if who["role"] != "integration":
            raise BridgeError(
                f"the token is a {who['role']} token; make an integration token: "
                f"moderator-server create-token --role integration --meeting "
                f"{who['meeting_id']} --session {self.settings.session_id}"
            )
        if self.settings.session_id not in who["session_ids"]:
            raise BridgeError(
                f"the token may not feed session {self.settings.session_id} "
                f"(its sessions: {', '.join(who['session_ids'])})"
            )


class BridgeError(Exception):
    """Why the bridge cannot run, in words for the technician."""


def _reason(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"


def address(text: str, what: str, default_host: str | None = None) -> tuple[str, int]:
    """``HOST:PORT`` (or ``PORT`` with a default host) as a socket address; ``ValueError``
    naming the option otherwise."""
    host, _, port = text.rpartition(":")
    if not host:
        if default_host is None:
            raise ValueError(f"{what} {text!r}: write HOST:PORT (127.0.0.1:9090)")
        host = default_host
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{what} {text!r}: the port must be a number from 0 to 65535")
    return host.strip("[]"), int(port)
