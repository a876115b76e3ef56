"""Wakes long-polls and event streams when a session's feed grows, and shares their reads.

Writes commit in worker threads; ``notify_threadsafe`` hands the news to the event loop. Each
waiter takes the session's current ``asyncio.Event`` *before* it reads the database, so a
change committed between its read and its wait still wakes it.

Followers share their reads (``fetch_shared``): those woken by one change ask within a few
milliseconds of each other, and every follower of a meeting that asks within ``BATCH_WINDOW_S``
of the first is answered from one read (``reads_with``: the meeting's changes read once, each
follower's page cut from them). That keeps a fan-out to thousands of streams, a meeting-wide
change to every room included, at one query per meeting instead of one per stream or per
session. A read is shared only while it is pending or in flight and no change of its session
came since: a finished one is never handed out again, because another process (a second
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

#: A follower's read: its session, its cursor, and whether it reads the full feed.
FeedKey = tuple[str, int, bool]
#: Reads the pages of many followers of one meeting at once; an answer may be the exception
#: that follower is to get (a cursor the feed no longer holds).
ReadPages = Callable[[str, list[FeedKey]], Awaitable[dict[FeedKey, Any]]]
#: How long the first follower's read waits for the others a change woke with it. Waking
#: thousands of streams takes the event loop a few turns; a read per turn would be many reads.
BATCH_WINDOW_S = 0.003


class ChangeHub:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._events: dict[str, asyncio.Event] = {}
        self._sessions_of: dict[str, set[str]] = {}  # meeting -> sessions waited on here
        self._read_pages: ReadPages | None = None
        self._pending: dict[str, dict[FeedKey, asyncio.Future[Any]]] = {}  # meeting -> reads
        self._shared: dict[FeedKey, asyncio.Future[Any]] = {}  # pending or in flight
        self.closing = asyncio.Event()

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def reads_with(self, read_pages: ReadPages) -> None:
        """How followers' pages are read: many followers of one meeting in one call."""
        self._read_pages = read_pages

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
        # Reads already in flight may predate the change: later followers read again.
        for key in [key for key in self._shared if key[0] in session_ids]:
            self._shared.pop(key, None)

    async def fetch_shared(
        self, meeting_id: str, session_id: str, since: int, full: bool = False
    ) -> Any:
        """The page of a follower of ``session_id`` (in ``meeting_id``) at ``since``, read
        together with every other follower of the meeting asking at about the same time.
        ``full``: staff and chairs, who also get personal data; a public follower is never
        handed a read made for staff (it is part of the key)."""
        key = (session_id, since, full)
        future = self._shared.get(key)
        if future is None:
            batch = self._pending.get(meeting_id)
            if batch is None:
                batch = self._pending[meeting_id] = {}
                loop = asyncio.get_running_loop()
                loop.call_later(BATCH_WINDOW_S, self._read_batch, meeting_id)
            future = batch.get(key)
            if future is None:
                future = batch[key] = asyncio.get_running_loop().create_future()
                # An answer nobody waits for any more (its stream ended) is not an error.
                future.add_done_callback(_consume)
            self._shared[key] = future
        return await asyncio.shield(future)

    def _read_batch(self, meeting_id: str) -> None:
        batch = self._pending.pop(meeting_id, {})
        if not batch:
            return
        if self._read_pages is None:
            raise RuntimeError("ChangeHub.reads_with was not called")
        task = asyncio.ensure_future(self._read_pages(meeting_id, list(batch)))
        task.add_done_callback(lambda done: self._answer(batch, done))

    def _answer(self, batch: dict[FeedKey, asyncio.Future[Any]], task: asyncio.Future[Any]) -> None:
        error = task.exception() if not task.cancelled() else asyncio.CancelledError()
        answers = {} if error is not None else task.result()
        for key, future in batch.items():
            if self._shared.get(key) is future:
                del self._shared[key]
            if future.done():
                continue
            answer = error if error is not None else answers[key]
            if isinstance(answer, BaseException):
                future.set_exception(answer)
            else:
                future.set_result(answer)

    def close(self) -> None:
        self.closing.set()
        for event in self._events.values():
            event.set()


def _consume(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
