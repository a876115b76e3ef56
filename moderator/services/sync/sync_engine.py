"""Keeps one session of the console in sync with the backend, over asyncio (no Qt).

Two loops run while the console is connected:

- **push**: sends the outbox in mutation id order; on an answer, the acknowledged rows leave the
  outbox; a rejection is reported (with the backend's reason) and the view is corrected from the
  backend's state. Network failures back off exponentially with jitter; retrying is safe
  because the backend applies each mutation id once.
- **pull**: follows the session's event stream from the stored cursor (``Last-Event-ID``), with a
  read timeout above the heartbeat so a half-open connection is noticed; a "reset" or an
  unknown cursor downloads the snapshot again. When the stream cannot work on this network (a
  proxy that buffers or rewrites streamed answers) while plain requests do, the pull falls back
  to long-polling the changes for a while, then tries the stream again.

The backend's state (``confirmed``) is kept apart from the chair's view; after every change the
view is ``confirmed`` with the still-pending commands decided again on top (``domain.rebase``),
and the session's ``CommandRunner`` takes it: the differences to what the chair sees become
events, committed with the feed cursor in one transaction and applied like a chair action's.
``on_view`` is told each view after that (headless consoles and benchmarks watch it).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import Any

from moderator.domain.command_words import words_of
from moderator.domain.commands import Command, InvalidCommand, command_from
from moderator.domain.rebase import NeedsSnapshot, apply_change, rebase, state_from_snapshot
from moderator.domain.session_state import SessionState
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.sync.backend_client import BackendClient, BackendError, Unreachable
from moderator.storage.sync_store import PendingMutation, SyncStore

log = logging.getLogger(__name__)

PUSH_BATCH = 1000
STOP_TIMEOUT_S = 3.0
#: Stream attempts that ended without delivering anything (not even a heartbeat) before the
#: pull tries long-polling instead; two, so one unlucky drop does not switch.
STREAM_FAILURES_BEFORE_LONG_POLL = 2
#: How long the pull keeps long-polling before it tries the stream again (the network may
#: change: the chair moves from the venue Wi-Fi to a phone's hotspot).
LONG_POLL_STICKY_S = 300.0
#: The plain request that tells "streaming is broken" from "the network is down" is short, so
#: it delays the retries of a real outage by little.
LONG_POLL_PROBE_TIMEOUT_S = 2.0
#: After a failure, a request left waiting this long for its answer starts the probes, one
#: every ``PROBE_INTERVAL_S``, that notice the link's return. A loop waiting out its retry
#: backoff after a network failure is probed for at once: the backoff spaces out requests to
#: a link that is down, and must never be what the chair waits for once it answers again (a
#: probe is one short request, and while the link is down it never reaches the backend; a
#: backend that answers with errors is not probed, its backoff is what spares it).
PROBE_AFTER_S = 2.0
PROBE_INTERVAL_S = 0.5
#: The event stream's heartbeat interval asked of the backend. A link that dies without a word
#: while nothing is being sent (a laptop asleep, the venue Wi-Fi gone) is noticed when the
#: stream stays quiet for 2.5 heartbeats (the read timeout): about 12 s. Heartbeats cost a
#: few bytes; a longer interval would leave the badge on "online" for half a minute.
HEARTBEAT_S = 5.0
#: A long-poll (the fallback where streams are broken) waits this many heartbeats for a change:
#: each one costs the backend a few queries, so it is not asked every heartbeat; a dead link is
#: noticed when the answer does not come within the wait plus the request timeout.
LONG_POLL_HEARTBEATS = 3
#: While many commands are queued (catch-up after an outage), views are rebuilt at most this
#: often: each rebuild replays the whole queue, and the chair's view already shows them all.
CATCH_UP_PENDING = 200
CATCH_UP_REBUILD_S = 0.1
#: ... and never more often than leaves the loop this many times a rebuild's own duration for
#: the rest (pushing, reading the feed): with 10,000 queued, one rebuild takes ~70 ms here, and
#: rebuilding every 100 ms took half of the console's time away from the catch-up itself.
CATCH_UP_REBUILD_SHARE = 3.0
BACKOFF_FIRST_S = 0.5
#: Long enough that a hundred consoles on one venue Wi-Fi do not hammer a recovering backend,
#: short enough that the chair sees "online" again within seconds of the network's return.
BACKOFF_MAX_S = 5.0


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status badge shows."""

    state: str = "offline"  # offline | connecting | online | syncing | reconnecting | refused
    attempt: int = 0
    next_try_in_s: float | None = None
    offline_since_ms: int | None = None
    pending: int = 0
    last_error: str | None = None
    offset_ms: int = 0
    offset_uncertainty_ms: float | None = None
    transport: str = "stream"  # stream | long-poll: how changes reach the console
    rejections: tuple[Rejection, ...] = ()  # the latest refusals, newest last
    unseen_refusals: int = 0  # refusals the chair has not marked seen yet (kept in the file)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A chair command the backend refused, for the badge's details: which action (in the
    chair's words, naming the person and the agenda item), why, and whether the chair has
    seen it. Kept in the file (``sync_refusals``) until seen."""

    mutation_id: int
    name: str
    reason: str
    at_ms: int
    label: str = ""
    refusal_id: int = 0
    seen: bool = False

    @property
    def words(self) -> str:
        """ "Add speaker Nadia Haddad to item 2 “Budget”: That person is not …"."""
        return f"{self.label or self.name.replace('_', ' ').capitalize()}: {self.reason}"


#: Refusals kept for the badge's details (the chair also sees each one as it happens).
REJECTIONS_KEPT = 20


@dataclass(slots=True)
class _Backoff:
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)
    first_s: float = BACKOFF_FIRST_S
    max_s: float = BACKOFF_MAX_S

    def next_delay(self) -> float:
        """Full jitter: a random delay up to the exponential bound (many consoles, one Wi-Fi)."""
        self.attempt += 1
        bound = min(self.max_s, self.first_s * 2 ** (self.attempt - 1))
        return self.rng.uniform(bound / 2, bound)

    def reset(self) -> None:
        self.attempt = 0


class SyncEngine:
    def __init__(
        self,
        runner: CommandRunner,
        sync_store: SyncStore,
        client: BackendClient,
        on_view: Callable[[SessionState], None] = lambda state: None,
        on_status: Callable[[SyncStatus], None] = lambda status: None,
        on_rejected: Callable[[str], None] = lambda reason: None,
        heartbeat_s: float = HEARTBEAT_S,
        on_refusal: Callable[[str], None] = lambda words: None,
        backoff_s: tuple[float, float] = (BACKOFF_FIRST_S, BACKOFF_MAX_S),
    ) -> None:
        """``on_rejected`` hears the backend's reason of each refusal; ``on_refusal`` the
        refusal in words ("Add speaker … to item 2 “…”: <reason>"), once it is kept.
        ``backoff_s`` is the retry delay's first and largest bound (a test makes it long, to
        see that a healed link does not wait it out)."""
        self.runner = runner
        self.sync_store = sync_store
        self.client = client
        self.on_view = on_view
        self.on_status = on_status
        self.on_rejected = on_rejected
        self.on_refusal = on_refusal
        self.heartbeat_s = heartbeat_s
        self.backoff_s = backoff_s
        self.session_id = runner.state.session.id
        self.status = SyncStatus(**self._kept_refusals())
        self.confirmed: SessionState | None = None
        self.cursor = 0
        self._client_id: str | None = None
        self._batch_limit: int | None = None  # shorter, to send what precedes a refused one
        self._offset_uncertainty: float | None = None
        # The outbox's commands, kept in memory: a view is rebuilt after every burst of
        # changes, and re-reading thousands of queued rows each time would dominate catch-up.
        self._pending: collections.deque[tuple[int, Command]] = collections.deque()
        self._pending_loaded_to = 0
        self._pending_dirty = True  # the outbox has rows not read into ``_pending`` yet
        self._rebuild_scheduled = False
        self._last_rebuild_s = 0.0  # how long the last view rebuild took (paces catch-up ones)
        # True between the first and the last change of one mutation in the feed: the
        # backend's state is half-applied there, and the view must not be rebuilt from it.
        self._inside_mutation = False
        self._outbox_changed = asyncio.Event()
        # Set whenever a request got through: the other loop, waiting out its backoff, retries
        # at once instead of sleeping through the network's return.
        self._reachable = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._lock = asyncio.Lock()  # one view rebuild at a time
        self._stream_failures = 0  # consecutive stream attempts that delivered nothing
        # Set when the link is known to be back after a failure (the stream answered again, or
        # a probe got through): a request still waiting for its answer was sent into the outage
        # (a dead Wi-Fi or a blackhole holds it until its whole timeout), so it is abandoned and
        # sent again at once; the backend applies each mutation id only once.
        self._restored_for_push = asyncio.Event()
        self._restored_for_pull = asyncio.Event()
        self._push_waiting_since: float | None = None  # loop time a push went out unanswered
        self._stream_waiting_since: float | None = None  # a stream attempt not yet answered
        self._stream_live = False  # the current stream attempt has delivered something
        self._recent_failure = False  # a request failed since the link was last known up
        self._backing_off = 0  # loops waiting out their retry delay
        self._long_poll_until: float | None = None  # loop time when the stream is tried again
        self.long_poll_sticky_s = LONG_POLL_STICKY_S

    # --- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        self._client_id = self.sync_store.client_id()
        self._tasks = [
            asyncio.ensure_future(self._pull_loop()),
            asyncio.ensure_future(self._push_loop()),
            asyncio.ensure_future(self._probe_loop()),
        ]
        for task in self._tasks:
            task.add_done_callback(self._loop_ended)

    def _loop_ended(self, task: asyncio.Task[None]) -> None:
        """A sync loop must never die silently: log it and show it on the badge."""
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("sync stopped by an unexpected error", exc_info=error)
            try:
                self._report(state="offline", last_error=f"sync stopped: {error!r}")
            except Exception:
                log.exception("the sync status could not be reported either")

    async def stop(self) -> None:
        """Stop both loops and close the connections, in bounded time: quitting the console
        must never wait on a network that does not answer (a blackholed connection)."""
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=STOP_TIMEOUT_S)
        self._tasks = []
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.client.close(), timeout=STOP_TIMEOUT_S)

    def outbox_changed(self) -> None:
        """A chair command was queued: push it now."""
        self._pending_dirty = True
        self._outbox_changed.set()
        self._report(pending=self.sync_store.pending_count())

    # --- pull --------------------------------------------------------------------------------

    async def _pull_loop(self) -> None:
        backoff = _Backoff(first_s=self.backoff_s[0], max_s=self.backoff_s[1])
        while True:
            try:
                if self.confirmed is None:
                    self._report(state="connecting")
                    await self._download()
                    self._connected(backoff)
                if self._long_polling():
                    await self._poll_changes(backoff)
                else:
                    await self._follow_events_unless_restored(backoff)
            except asyncio.CancelledError:
                raise
            except BackendError as error:
                if error.status == 410:
                    self.confirmed = None  # cursor too old or unknown: download again
                    continue
                if error.status in (401, 403, 404):
                    self._report(state="refused", last_error=error.message)
                    await asyncio.sleep(BACKOFF_MAX_S)
                    continue
                await self._wait_to_retry(backoff, error.message)
            except (Unreachable, OSError) as error:
                self._recent_failure = True
                if not await self._stream_is_the_problem():
                    await self._wait_to_retry(backoff, str(error))

    async def _follow_events_unless_restored(self, backoff: _Backoff) -> None:
        """Follow the stream; an attempt still waiting for its first answer when the link is
        known to be back (a probe got through) is abandoned and made again at once."""
        try:
            await _unless_restored(
                self._follow_events(backoff),
                self._restored_for_pull,
                still_waiting=lambda: not self._stream_live,
            )
        finally:
            self._stream_live = False
            self._stream_waiting_since = None

    async def _download(self) -> None:
        snapshot = await self.client.snapshot(self.session_id, self._client_id)
        async with self._lock:
            # An older server sends no session details: the console's own are kept.
            self.confirmed = state_from_snapshot(snapshot, known=self.runner.state)
            self.cursor = int(snapshot["version"])
            self._inside_mutation = False  # a snapshot is whole
            # The snapshot already holds our mutations up to this id: never apply them twice.
            self._drop_pending_through(int(snapshot.get("last_mutation_id") or 0))
            self._rebuild_view()

    async def _follow_events(self, backoff: _Backoff) -> None:
        first = True
        self._stream_failures += 1  # until the stream delivers something
        self._stream_live = False
        self._stream_waiting_since = asyncio.get_running_loop().time()
        stream = self._stream_changes()
        try:
            async with contextlib.aclosing(stream):
                async for change in stream:
                    if first:  # the stream answered: only now is the link known to be up
                        first = False
                        self._stream_failures = 0
                        self._stream_live = True
                        self._stream_waiting_since = None
                        self._connected(backoff)
                    if change is None:
                        continue
                    await self._apply_changes([change])
        except BackendError:
            self._stream_failures = 0  # the backend answered: the stream itself works
            raise

    async def _stream_changes(self) -> AsyncIterator[dict[str, Any] | None]:
        """The event stream's changes, read by a task of their own.

        Leaving the stream half-way (a reset asks for the snapshot) must close its connection
        in the task that opened it: left suspended, httpx's nested readers are finalized by
        the garbage collector outside any task (qasync installs no async-generator hooks),
        which httpx's locks refuse ("Exception ignored …"). Cancelling the reader unwinds
        them all where they stand, as stopping the sync does."""
        changes: asyncio.Queue[tuple[str, Any]] = asyncio.Queue(maxsize=1)

        async def read() -> None:
            events = self.client.events(self.session_id, self.cursor, self.heartbeat_s)
            try:
                # Closed here whatever ends the loop: cancelled while it waits to hand a change
                # over (``put``), the loop leaves the stream suspended at its ``yield``, and
                # ``async for`` does not close it; the garbage collector did, later, outside
                # any task ("Exception ignored in … HTTP11ConnectionByteStream.aclose").
                async with contextlib.aclosing(events):
                    async for change in events:
                        await changes.put(("change", change))
            except Exception as error:
                await changes.put(("error", error))
            else:
                await changes.put(("end", None))

        reader = asyncio.ensure_future(read())
        try:
            while True:
                kind, value = await changes.get()
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                yield value
        finally:
            reader.cancel()
            await asyncio.wait({reader})

    # --- noticing the link's return ------------------------------------------------------------

    def _mark_link_restored(self) -> None:
        self._recent_failure = False
        self._restored_for_push.set()
        self._restored_for_pull.set()
        self._reachable.set()  # and the loops waiting out a backoff retry now

    async def _probe_loop(self) -> None:
        """After a network failure, while a request has waited more than ``PROBE_AFTER_S`` for
        its answer or a loop waits out its retry backoff, ask with a short plain request every
        ``PROBE_INTERVAL_S``: when one gets through, the link is back, the waiting requests are
        sent again (instead of waiting out their timeouts, up to half a minute for the stream)
        and the loops retry at once (instead of waiting out their backoff, up to 5 s)."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(PROBE_INTERVAL_S)
            now = loop.time()
            waiting = [
                since
                for since in (self._push_waiting_since, self._stream_waiting_since)
                if since is not None and now - since > PROBE_AFTER_S
            ]
            if not (
                self._recent_failure
                and (waiting or self._backing_off)
                and self.confirmed is not None
            ):
                continue
            try:
                await self.client.changes(
                    self.session_id, self.cursor, timeout_s=LONG_POLL_PROBE_TIMEOUT_S
                )
            except (Unreachable, OSError, BackendError):
                continue
            log.info("the link is back: sending again what was waiting")
            self._mark_link_restored()

    # --- long-poll fallback -------------------------------------------------------------------

    def _long_polling(self) -> bool:
        if self._long_poll_until is None:
            return False
        if asyncio.get_running_loop().time() < self._long_poll_until:
            return True
        self._long_poll_until = None  # time to try the stream again
        self._stream_failures = 0
        self._report(transport="stream")
        return False

    async def _stream_is_the_problem(self) -> bool:
        """After repeated stream attempts that delivered nothing, ask with a plain request: if
        that answers, the network works but streaming does not; switch to long-polling."""
        if self._stream_failures < STREAM_FAILURES_BEFORE_LONG_POLL or self.confirmed is None:
            return False
        try:
            feed = await self.client.changes(
                self.session_id, self.cursor, timeout_s=LONG_POLL_PROBE_TIMEOUT_S
            )
        except (Unreachable, OSError, BackendError):
            return False
        log.warning("the event stream does not work on this network: long-polling instead")
        self._long_poll_until = asyncio.get_running_loop().time() + self.long_poll_sticky_s
        self._report(transport="long-poll")
        await self._apply_changes(feed["changes"])
        return True

    async def _poll_changes(self, backoff: _Backoff) -> None:
        """One long-poll: the backend answers at once when it has changes after our cursor, or
        after ``LONG_POLL_HEARTBEATS`` heartbeats with none (its silence beyond that plus the
        request timeout is how a dead link is noticed here)."""
        feed = await self.client.changes(
            self.session_id, self.cursor, wait_s=self.heartbeat_s * LONG_POLL_HEARTBEATS
        )
        if self.status.state not in ("online", "syncing"):
            self._connected(backoff)
        else:
            backoff.reset()
            self._reachable.set()
        await self._apply_changes(feed["changes"])

    def _connected(self, backoff: _Backoff) -> None:
        if self._recent_failure or self.status.state in ("reconnecting", "connecting"):
            self._mark_link_restored()
        backoff.reset()
        self._reachable.set()
        self._report(
            state="online" if not self._has_pending() else "syncing",
            attempt=0,
            next_try_in_s=None,
            offline_since_ms=None,
            last_error=None,
        )

    async def _apply_changes(self, changes: list[dict[str, Any]]) -> None:
        async with self._lock:
            if self.confirmed is None:
                return  # a download is under way; it brings these changes too
            try:
                for change in changes:
                    if change["version"] <= self.cursor:
                        continue
                    apply_change(self.confirmed, change)
                    self.cursor = change["version"]
                    self._inside_mutation = bool(
                        change.get("mutation_id") and not change.get("mutation_done")
                    )
                    if change.get("mutation_done") and change.get("client_id") == self._client_id:
                        # The last change of our own command: it is now wholly part of the
                        # backend's state and leaves the pending list at this very moment, so
                        # the view neither loses it for an instant nor counts it twice.
                        self._drop_pending_through(int(change["mutation_id"]))
            except NeedsSnapshot as why:
                log.info("the feed asks for a new snapshot", extra={"reason": str(why)})
                self.confirmed = None
                raise BackendError(410, "reset", "the agenda was replaced") from None
            if not self._inside_mutation:
                self._schedule_rebuild()
            if self.status.state == "syncing" and not self._has_pending():
                # The feed brought the effects of our last pushed commands: all in sync.
                self._report(state="online", pending=self.sync_store.pending_count())

    def _schedule_rebuild(self) -> None:
        """Rebuild the view once for a burst of changes (the events of one read arrive
        together; the rebuild runs when the loop next gets control). During a catch-up, with
        many commands queued, bursts are gathered for a moment: every rebuild replays the whole
        queue, and the view already shows the chair's own actions."""
        if not self._rebuild_scheduled:
            self._rebuild_scheduled = True
            loop = asyncio.get_running_loop()
            if len(self._pending) > CATCH_UP_PENDING:
                delay = max(CATCH_UP_REBUILD_S, CATCH_UP_REBUILD_SHARE * self._last_rebuild_s)
                loop.call_later(delay, self._rebuild_now)
            else:
                loop.call_soon(self._rebuild_now)

    def _rebuild_now(self) -> None:
        self._rebuild_scheduled = False
        if self.confirmed is not None and not self._inside_mutation:
            self._rebuild_view()

    def _rebuild_view(self) -> None:
        """View = confirmed + pending; the runner commits its differences to what the chair
        sees, with the cursor, and applies them (the same path as a chair action)."""
        assert self.confirmed is not None
        started = time.perf_counter()
        view = rebase(self.confirmed, self._pending_commands())
        events = self.runner.take_view(view, cursor=self.cursor, now_ms=self._now())
        self._last_rebuild_s = time.perf_counter() - started
        if events:  # what the backend changed on the chair's screen (a hand, another console)
            log.info(
                "backend changes shown",
                extra={
                    "session_id": self.session_id,
                    "events": sorted({type(event).__name__ for event in events}),
                },
            )
        self.on_view(view)

    # --- push --------------------------------------------------------------------------------

    async def _push_loop(self) -> None:
        backoff = _Backoff(first_s=self.backoff_s[0], max_s=self.backoff_s[1])
        while True:
            batch = self.sync_store.pending(self._batch_limit or PUSH_BATCH)
            if not batch or self.confirmed is None:
                self._outbox_changed.clear()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._outbox_changed.wait(), timeout=1.0)
                continue
            try:
                self._report(state="syncing", pending=self.sync_store.pending_count())
                if not await self._push_unless_link_restored(batch):
                    continue  # sent into an outage that has ended: send again now
                backoff.reset()
                self._batch_limit = None
                self._reachable.set()
            except asyncio.CancelledError:
                raise
            except BackendError as error:
                if not await self._recover_from(error, batch):
                    await self._wait_to_retry(backoff, error.message)
            except (Unreachable, OSError) as error:
                self._recent_failure = True
                self.sync_store.record_failure([m.mutation_id for m in batch], str(error))
                await self._wait_to_retry(backoff, str(error))

    async def _push_unless_link_restored(self, batch: list[PendingMutation]) -> bool:
        """Push ``batch``; False if it was abandoned, still waiting for its answer, because the
        link came back meanwhile (that request went into the outage)."""
        finished = await _unless_restored(
            self._push(batch),
            self._restored_for_push,
            still_waiting=lambda: self._push_waiting_since is not None,
        )
        if not finished:
            log.info("the link is back: sending the queued changes again")
        return finished

    async def _push(self, batch: list[PendingMutation]) -> None:
        assert self._client_id is not None
        self._push_waiting_since = asyncio.get_running_loop().time()
        try:
            answer = await self.client.push(
                self._client_id,
                [{"id": m.mutation_id, "name": m.name, "args": m.args} for m in batch],
            )
        finally:
            self._push_waiting_since = None
        sent = {m.mutation_id: m for m in batch}
        refused = {
            int(result["id"]): result.get("reason") or "rejected"
            for result in answer["results"]
            if result["status"] == "rejected"
        }
        for mutation_id, reason in refused.items():
            mutation = sent.get(mutation_id)
            name = mutation.name if mutation is not None else "?"
            session_id = mutation.session_id if mutation is not None else "?"
            # Plain words on stderr too (which command, which session, why); ids, not names.
            log.warning(
                "mutation rejected: %s (mutation %d, session %s): %s",
                name,
                mutation_id,
                session_id,
                reason,
                extra={
                    "mutation_id": mutation_id,
                    "command": name,
                    "session_id": session_id,
                    "reason": reason,
                },
            )
        acknowledged = int(answer["last_mutation_id"])
        # Read what is queued into memory before the rows leave the outbox: until the feed
        # brings their effects, the view still needs them as pending commands.
        self._load_new_pending()
        kept = self.sync_store.acknowledge(
            acknowledged,
            refused,
            now_ms=self._now(),
            # An action queued by an older version has no words: named from what the chair
            # sees now (the view still shows whom it was about until it is rebuilt).
            words=lambda name, args: words_of(name, args, self.runner.state),
        )
        if kept:
            self._report(**self._kept_refusals())
            for refusal in kept:
                self.on_rejected(refusal.reason)
                self.on_refusal(f"{refusal.label}: {refusal.reason}")
        # Rejected and no-op commands change nothing on the backend: they leave the view now
        # (that is the correction the chair sees). Applied ones leave it when the feed
        # brings their effects.
        without_effect = {
            result["id"] for result in answer["results"] if result["status"] != "applied"
        }
        if without_effect:
            self._pending = collections.deque(
                (mid, c) for mid, c in self._pending if mid not in without_effect
            )
            self._schedule_rebuild()
        if self._long_polling() or not self._stream_live:
            # The answer came after the backend committed: its changes are in the feed now.
            # A live event stream brings them by itself; a long-poll may be waiting out its
            # time, and a stream still reconnecting has not delivered them yet.
            feed = await self.client.changes(self.session_id, self.cursor)
            await self._apply_changes(feed["changes"])
        self._report(
            state="online" if not self._has_pending() else "syncing",
            pending=self.sync_store.pending_count(),
        )

    async def _recover_from(self, error: BackendError, batch: list[PendingMutation]) -> bool:
        """Handle protocol answers that need a fix rather than a wait; True if handled."""
        index = _refused_mutation(error)
        if index is not None and index < len(batch):
            if index > 0:
                # The backend stored nothing of the batch: the actions before the one it
                # cannot take are sent first, alone, so the queue moves on.
                self._batch_limit = index
            else:
                self._refuse_unsendable(batch[0], error)
            return True
        if error.code == "mutation_gap" and "expected_id" in error.details:
            # The backend expects another id (a restored database, another backend): renumber.
            self.sync_store.restart_numbering(int(error.details["expected_id"]))
            self._forget_pending()
            return True
        if error.code in ("mutation_conflict", "client_id_taken"):
            # Our id was used with other content (a copied database), or it belongs to another
            # token (this console's token was replaced): take a new identity, keep the queue.
            self._client_id = self.sync_store.new_client_id()
            self._forget_pending()
            return True
        if error.status in (401, 403):
            self._report(state="refused", last_error=error.message)
        return False

    def _refuse_unsendable(self, mutation: PendingMutation, error: BackendError) -> None:
        """An action the backend will never take as it is (a value its rules refuse, queued by
        an older version or from a file): sending it again would hold every later action back
        for good. It becomes a refusal the chair sees, named and kept like any other; the
        backend did not use its id, so the ones after it are numbered again (mutation_gap)."""
        reason = f"The backend cannot take it: {error.message}"
        log.warning(
            "mutation rejected: %s (mutation %d, session %s): %s",
            mutation.name,
            mutation.mutation_id,
            mutation.session_id,
            error.message,
            extra={
                "mutation_id": mutation.mutation_id,
                "command": mutation.name,
                "session_id": mutation.session_id,
                "reason": error.message,
            },
        )
        self._load_new_pending()
        kept = self.sync_store.acknowledge(
            mutation.mutation_id,
            {mutation.mutation_id: reason},
            now_ms=self._now(),
            words=lambda name, args: words_of(name, args, self.runner.state),
        )
        self._report(**self._kept_refusals(), pending=self.sync_store.pending_count())
        for refusal in kept:
            self.on_rejected(refusal.reason)
            self.on_refusal(f"{refusal.label}: {refusal.reason}")
        self._pending = collections.deque(
            (mid, c) for mid, c in self._pending if mid != mutation.mutation_id
        )
        self._schedule_rebuild()

    # --- refusals ----------------------------------------------------------------------------

    def mark_refusals_seen(self) -> None:
        """The chair has seen the refusals shown: the badge stops counting them (they stay
        listed in the details)."""
        shown = self.status.rejections
        if shown:
            self.sync_store.mark_refusals_seen(max(r.refusal_id for r in shown))
        self._report(**self._kept_refusals())

    def _kept_refusals(self) -> dict[str, Any]:
        """The status's refusals as the file keeps them (they survive a restart)."""
        stored = self.sync_store.refusals(REJECTIONS_KEPT)
        rejections = tuple(
            Rejection(
                r.mutation_id,
                r.name,
                r.reason,
                r.refused_at_ms,
                label=r.label,
                refusal_id=r.id,
                seen=r.seen,
            )
            for r in reversed(stored)
        )
        return {"rejections": rejections, "unseen_refusals": self.sync_store.unseen_refusals()}

    # --- helpers -----------------------------------------------------------------------------

    def _pending_commands(self) -> list[Command]:
        """The outbox's commands in order: new rows are read, acknowledged ones were dropped."""
        self._load_new_pending()
        return [command for _mid, command in self._pending]

    def _has_pending(self) -> bool:
        """Whether our commands still wait for the feed (without copying the queue: asked after
        every change of a catch-up, with thousands queued)."""
        self._load_new_pending()
        return bool(self._pending)

    def _load_new_pending(self) -> None:
        """Read rows queued since the last read (only when a command was queued)."""
        if not self._pending_dirty:
            return
        self._pending_dirty = False
        for mutation in self.sync_store.pending_after(self._pending_loaded_to):
            self._pending_loaded_to = mutation.mutation_id
            if mutation.session_id != self.session_id:
                # Another session of this file (downloaded for offline use, edited in the
                # agenda editor): pushed like ours, but our feed never brings it back and it
                # cannot change our view, so it is not waited for.
                continue
            try:
                command = command_from(mutation.name, mutation.args)
            except InvalidCommand:
                continue  # the backend will reject it; it cannot change the view
            self._pending.append((mutation.mutation_id, command))

    def _drop_pending_through(self, mutation_id: int) -> None:
        """Forget queued commands up to ``mutation_id`` (ids are in order: from the left)."""
        self._load_new_pending()  # what is queued first, so nothing is dropped unseen
        while self._pending and self._pending[0][0] <= mutation_id:
            self._pending.popleft()

    def _forget_pending(self) -> None:
        """Mutation ids were renumbered: read the outbox again from the start."""
        self._pending = collections.deque()
        self._pending_loaded_to = 0
        self._pending_dirty = True

    async def _wait_to_retry(self, backoff: _Backoff, error: str) -> None:
        delay = backoff.next_delay()
        offline_since = self.status.offline_since_ms or self._now()
        self._report(
            state="reconnecting",
            attempt=backoff.attempt,
            next_try_in_s=round(delay, 1),
            offline_since_ms=offline_since,
            last_error=error,
            pending=self.sync_store.pending_count(),
        )
        self._reachable.clear()
        self._backing_off += 1
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._reachable.wait(), timeout=delay)
        finally:
            self._backing_off -= 1

    def _report(self, **changes: Any) -> None:
        offset = self.client.offset
        if offset.uncertainty_ms is not None and (
            self._offset_uncertainty is None or offset.uncertainty_ms < self._offset_uncertainty
        ):
            # A tighter estimate moves the console's clock onto the backend's, so consoles and
            # the participant page agree on a running countdown.
            self._offset_uncertainty = offset.uncertainty_ms
            self.runner.time_source.set_offset(offset.offset_ms)
        changes.setdefault("offset_ms", offset.offset_ms)
        changes.setdefault("offset_uncertainty_ms", offset.uncertainty_ms)
        self.status = replace(self.status, **changes)
        self.on_status(self.status)

    def _now(self) -> int:
        return self.runner.time_source.now_ms()


async def _unless_restored(
    work: Coroutine[Any, Any, None], restored: asyncio.Event, still_waiting: Callable[[], bool]
) -> bool:
    """Run ``work``; when ``restored`` is set while ``still_waiting()`` (its request went into
    an outage that has ended), cancel it and return False. True when it finished; its errors
    are raised. A ``restored`` after the answer came lets the work finish its local part."""
    restored.clear()
    task = asyncio.ensure_future(work)
    try:
        while True:
            waiter = asyncio.ensure_future(restored.wait())
            try:
                await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
            if task.done():
                task.result()
                return True
            restored.clear()
            if still_waiting():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Unreachable, BackendError):
                    await task
                return False
    finally:
        if not task.done():
            task.cancel()


async def download_session(
    client: BackendClient, runner_store: Any, session_id: str, now_ms: int
) -> SessionState:
    """First download of a session the console does not have yet: written whole, and followed
    from the snapshot's version on."""
    snapshot = await client.snapshot(session_id)
    state = state_from_snapshot(snapshot)
    # The backend it came from, so the next start reconnects there (a stand-in may have none).
    backend_url = getattr(client, "base_url", None)
    runner_store.save_snapshot(
        state, cursor=int(snapshot["version"]), now_ms=now_ms, backend_url=backend_url
    )
    return state


def _refused_mutation(error: BackendError) -> int | None:
    """The index in the batch of the one mutation a ``validation_failed`` answer is about
    (its field is ``mutations.<index>.…``), or None when it names no single mutation."""
    if error.status != 422 or error.code != "validation_failed" or not error.field:
        return None
    parts = error.field.split(".")
    if len(parts) >= 2 and parts[0] == "mutations" and parts[1].isdigit():
        return int(parts[1])
    return None
