"""Wakes long-polls and event streams when a session's feed grows, and shares their reads.

Writes commit in worker threads; ``notify_threadsafe`` hands the news to the event loop. Each
waiter takes the session's current ``asyncio.Event`` *before* it reads the database, so a
change committed between its read and its wait still wakes it. Followers at the same cursor
share one database read per change (``fetch_shared``), which keeps a fan-out to thousands of
streams at one query per change instead of one per stream. A read is shared only while it is
in flight: a finished one is never handed out again, because another process (a second
worker, ``moderator-server import``) may have written since.

On SQLite the news comes from this process's own commits (``notify_threadsafe``). On
PostgreSQL it comes from the database (``pg_listen``): every commit of any process, this one
included, arrives as (meeting, session, version), and a meeting-wide change (the roster, the
thresholds: session NULL) wakes every session of its meeting that someone here is waiting on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


class ChangeHub:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._events: dict[str, asyncio.Event] = {}
        self._sessions_of: dict[str, set[str]] = {}  # meeting -> sessions waited on here
        self._shared: dict[tuple[str, int, bool], asyncio.Task[Any]] = {}
        self.closing = asyncio.Event()

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def event_for(self, session_id: str, meeting_id: str | None = None) -> asyncio.Event:
        """The event set at the session's next change; with ``meeting_id``, also at its
        meeting's next meeting-wide change (told by the database without a session)."""
        event = self._events.get(session_id)
        if event is None:
            event = self._events[session_id] = asyncio.Event()
        if meeting_id is not None:
            self._sessions_of.setdefault(meeting_id, set()).add(session_id)
        return event

    def notify_change(self, meeting_id: str, session_id: str | None) -> None:
        """A committed change (on the event loop): the session's, or the whole meeting's."""
        if session_id is not None:
            self._notify({session_id})
        else:
            self._notify(self._sessions_of.get(meeting_id, set()))

    def wake_all(self) -> None:
        """Every waiter reads again: changes may have been missed (the database's
        notifications were not heard for a while)."""
        self._notify(set(self._events) | {key[0] for key in self._shared})

    def notify_threadsafe(self, session_ids: set[str]) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._notify, set(session_ids))

    def _notify(self, session_ids: set[str]) -> None:
        for session_id in session_ids:
            event = self._events.pop(session_id, None)
            if event is not None:
                event.set()
        for key in [key for key in self._shared if key[0] in session_ids]:
            self._shared.pop(key, None)

    async def fetch_shared(
        self,
        session_id: str,
        since: int,
        fetch: Callable[[], Awaitable[Any]],
        full: bool = False,
    ) -> Any:
        """Run ``fetch`` once for all followers of ``session_id`` waiting at ``since`` that read
        the same feed (``full``: staff and chairs, who also get personal data; or the public
        one): a public follower must never be handed a read made for staff."""
        key = (session_id, since, full)
        task = self._shared.get(key)
        if task is None or task.done():
            task = asyncio.ensure_future(fetch())
            self._shared[key] = task
            task.add_done_callback(lambda done: self._forget(key, done))
        return await asyncio.shield(task)

    def _forget(self, key: tuple[str, int, bool], task: asyncio.Task[Any]) -> None:
        if self._shared.get(key) is task:
            del self._shared[key]

    def close(self) -> None:
        self.closing.set()
        for event in self._events.values():
            event.set()
