"""Between the console and the control servers: the actions, the state document, its pushes.

The servers run on the console's event loop; the hub is what they ask. It holds the console's
current parts (replaced when another session opens, while the servers keep listening): where
actions are triggered, and where the document comes from. Pushes keep only the newest document
per listener: a WebSocket client that reads slowly skips to the present instead of replaying
a backlog of seconds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from moderator.services.control.outcome import ActionResult, Outcome

Trigger = Callable[[str], Awaitable[ActionResult]]


class Listener:
    """One pushed-to client: the newest document not yet sent, and a wake-up."""

    def __init__(self) -> None:
        self._document: dict[str, Any] | None = None
        self._ready = asyncio.Event()

    def offer(self, document: dict[str, Any]) -> None:
        self._document = document
        self._ready.set()

    async def next_document(self) -> dict[str, Any]:
        await self._ready.wait()
        self._ready.clear()
        document, self._document = self._document, None
        assert document is not None
        return document


class ControlHub:
    def __init__(self) -> None:
        self._names: Callable[[], list[dict[str, Any]]] = list
        self._trigger: Trigger | None = None
        self._document: Callable[[], dict[str, Any]] | None = None
        self._listeners: set[Listener] = set()

    def attach(
        self,
        actions: Callable[[], list[dict[str, Any]]],
        trigger: Trigger,
        document: Callable[[], dict[str, Any]],
    ) -> None:
        """The open session's parts: the action list, how an action runs, its document."""
        self._names, self._trigger, self._document = actions, trigger, document

    def actions(self) -> list[dict[str, Any]]:
        """Every action: ``name``, ``text``, ``description``, ``enabled``."""
        return self._names()

    def action_names(self) -> list[str]:
        return [action["name"] for action in self._names()]

    async def trigger(self, name: str) -> ActionResult:
        if self._trigger is None:
            return ActionResult(name, Outcome.DISABLED, "The console has no session open")
        return await self._trigger(name)

    def document(self) -> dict[str, Any]:
        if self._document is None:
            return {}
        return self._document()

    def publish(self, document: dict[str, Any]) -> None:
        """A new document for every pushed-to client."""
        for listener in self._listeners:
            listener.offer(document)

    def listen(self) -> Listener:
        listener = Listener()
        self._listeners.add(listener)
        return listener

    def forget(self, listener: Listener) -> None:
        self._listeners.discard(listener)

    @property
    def listener_count(self) -> int:
        return len(self._listeners)
