"""Hears every process's commits through PostgreSQL's LISTEN/NOTIFY and wakes this process's
streams and long-polls.

A trigger on the change feed (migration ``s0009``) sends ``{"m": meeting, "s": session,
"v": version}`` on ``moderator_changes`` at each commit that added to the feed, whichever
process wrote it. One connection per process listens. While it is down (the database
restarting, a network cut) nothing is heard, so after every (re)connection all waiters read
again; in between, a stream's heartbeat re-reads as well, so a change is late at worst, never
lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from sqlalchemy.engine import URL

from moderator.server.fanout.hub import ChangeHub

CHANNEL = "moderator_changes"
#: First wait before reconnecting; doubled up to ``MOST_BACKOFF_S``.
FIRST_BACKOFF_S = 0.2
MOST_BACKOFF_S = 5.0
#: A silent network cut is noticed within about idle + interval × count seconds.
KEEPALIVE = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}

log = logging.getLogger("moderator.server.listen")


def listen_conninfo(url: URL) -> str:
    """psycopg's connection string for the server's database URL (password kept: it is
    needed to connect; this string is never logged)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    def __init__(self, conninfo: str, hub: ChangeHub) -> None:
        self._conninfo = conninfo
        self._hub = hub
        self._task: asyncio.Task[None] | None = None
        #: Notifications of one read from the socket, waking their sessions once together.
        self._pending: set[tuple[str, str | None]] = set()
        #: Set while this process is listening.
        self.listening = asyncio.Event()

    async def start(self, wait_s: float = 10.0) -> None:
        """Start listening; returns once listening (or after ``wait_s``: the server serves on,
        its streams re-reading at each heartbeat, and the listener keeps trying)."""
        self._task = asyncio.create_task(self._run(), name="moderator-listen")
        try:
            await asyncio.wait_for(self.listening.wait(), timeout=wait_s)
        except TimeoutError:
            log.warning("not listening to the database's change notifications yet")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        import psycopg

        backoff = FIRST_BACKOFF_S
        while True:
            try:
                connection = await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, **KEEPALIVE
                )
                async with connection:
                    await connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    backoff = FIRST_BACKOFF_S
                    self._hub.wake_all()  # whatever was committed while nobody listened
                    log.info("listening to change notifications")
                    async for notice in connection.notifies():
                        self._dispatch(notice.payload)
            except psycopg.Error as error:
                # The class only: the message may name the host and the user.
                log.warning(
                    "change notifications lost; reconnecting",
                    extra={"error": type(error).__name__, "retry_s": backoff},
                )
            self.listening.clear()
            self._hub.wake_all()
            await asyncio.sleep(backoff)
            backoff = min(MOST_BACKOFF_S, backoff * 2)

    def _dispatch(self, payload: str) -> None:
        """A commit that adds three changes sends three notifications, which arrive together:
        their sessions are woken once, after the last of them (``call_soon``), instead of
        three times, each wake costing every follower group a read."""
        try:
            notice = json.loads(payload)
            meeting_id, session_id = notice["m"], notice.get("s")
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable change notification ignored")
            return
        if not self._pending:
            asyncio.get_running_loop().call_soon(self._wake)
        self._pending.add((meeting_id, session_id))

    def _wake(self) -> None:
        pending, self._pending = self._pending, set()
        for meeting_id, session_id in pending:
            self._hub.notify_change(meeting_id, session_id)
