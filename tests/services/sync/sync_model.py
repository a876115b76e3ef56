"""An in-process world for the stateful sync test: the real server, real consoles, no HTTP.

- ``Server``: ``SyncService`` on its own SQLite file (``open_server_database``), loaded with a
  small meeting through ``replace_meeting``, and a chair ``Principal`` read back from a real
  token row. ``Server.push`` is what ``POST /push`` does around ``SyncService.push``; it also
  keeps a ledger of every answer the server gave, so a retry can be compared with the first.
- ``InProcessClient``: stands in for ``BackendClient`` (same method names and answers), with
  faults the test chooses per call: a request dropped before it reaches the server, an answer
  dropped after the server committed, a request delivered twice, an event stream cut after some
  events or resumed from an older ``Last-Event-ID``, a crash between two calls.
- ``Console``: its own SQLite file, ``Store``, ``SyncStore``, ``CommandRunner`` and the real
  ``SyncEngine``. The engine's own loops (``_push_loop``, ``_pull_loop``) run as tasks on one
  event loop, each only until it waits for the network, a backoff or a quiet stream, where the
  test ends it: ``push_send`` (a request leaves), ``push_answer`` (its answer arrives or is
  lost; then the feed after it), ``pull_once`` (download if needed, then events). So
  Hypothesis decides the interleaving, and a push waiting for its answer is a real suspended
  task: events can arrive, the chair can act and the console can crash between the server's
  commit and the answer. Time is a fake: one true time for the world; each console's wall
  clock is the true time plus a skew that a "clock jump" changes; its monotonic clock only
  moves forward.

Database files are copied from templates made once per process (migrating a new file costs
~0.2 s, copying it nothing).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from moderator.domain.commands import Command, CommandRejected, command_from
from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import evenly_spaced_keys
from moderator.domain.rebase import state_from_snapshot
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock_offset import ClockOffset
from moderator.server.database import ServerDatabase, open_server_database
from moderator.server.meetings import replace_meeting
from moderator.server.models import ChangeRow, ClientRow, MutationResultRow
from moderator.server.sync import Mutation, ProtocolError, SyncService
from moderator.server.tokens.auth import Principal, Role, create_token, principal_for
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.backend_client import BackendError, Unreachable
from moderator.services.sync.sync_engine import SyncEngine, download_session
from moderator.storage.database import open_database
from moderator.storage.repository import MeetingBundle, Store
from moderator.storage.sync_store import SyncStore

T0 = 1_800_000_000_000
MEETING_ID = "m1"
SESSION_ID = "s1"
PARTICIPANT_IDS = tuple(f"p{n}" for n in range(1, 7))
STATUSES = frozenset({"applied", "rejected", "noop"})


# --- the meeting ----------------------------------------------------------------------------


def small_meeting() -> MeetingBundle:
    """Two agenda items, six people, six entries: conflicts come quickly."""
    meeting = Meeting(id=MEETING_ID, title="Sync model meeting")
    session = Session(
        id=SESSION_ID,
        meeting_id=MEETING_ID,
        title="Plenary",
        scheduled_start_ms=T0,
        scheduled_end_ms=T0 + 2 * 3_600_000,
    )
    participants = [
        Participant(id=pid, meeting_id=MEETING_ID, name=f"Speaker {pid}") for pid in PARTICIPANT_IDS
    ]
    items = [
        AgendaItem(id="i1", session_id=SESSION_ID, position=1, title="Opening"),
        AgendaItem(id="i2", session_id=SESSION_ID, position=2, title="Debate"),
    ]
    entries = []
    layout = [("i1", PARTICIPANT_IDS[:2]), ("i2", PARTICIPANT_IDS[2:])]
    number = 0
    for item_id, people in layout:
        for key, pid in zip(evenly_spaced_keys(len(people)), people, strict=True):
            number += 1
            entries.append(
                SpeakerEntry(
                    id=f"e{number}",
                    agenda_item_id=item_id,
                    participant_id=pid,
                    speech_type=SpeechType.STATEMENT,
                    allotted_ms=60_000 * (1 + number % 3),
                    order_key=key,
                )
            )
    return MeetingBundle(
        meeting=meeting,
        participants=participants,
        sessions=[session],
        agenda_items=items,
        entries=entries,
    )


INITIAL_ENTRIES = len(small_meeting().entries)


# --- templates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Templates:
    server: Path
    console: Path
    chair_token: str


_templates: _Templates | None = None


def templates() -> _Templates:
    """A migrated server file with the meeting and a chair token, and a migrated console file."""
    global _templates
    if _templates is None:
        directory = Path(tempfile.mkdtemp(prefix="moderator-sync-templates-"))
        atexit.register(shutil.rmtree, directory, ignore_errors=True)
        server_db = open_server_database(str(directory / "server.sqlite3"))
        try:
            replace_meeting(SyncService(server_db, now_ms=lambda: T0), small_meeting())
            with server_db.write() as connection:
                token = create_token(
                    connection, Role.CHAIR, MEETING_ID, T0, session_ids=[SESSION_ID]
                )
        finally:
            server_db.dispose()
        console = open_database(directory / "console.sqlite3")
        console.dispose()
        for path in directory.iterdir():
            assert not path.name.endswith(("-wal", "-shm")), f"unclean template {path}"
        _templates = _Templates(directory / "server.sqlite3", directory / "console.sqlite3", token)
    return _templates


# --- time -----------------------------------------------------------------------------------


@dataclass
class World:
    """The one true time (the server's clock); consoles' clocks are derived from it."""

    true_ms: int = T0


# --- the server -----------------------------------------------------------------------------


def fingerprint(name: str, args: dict[str, Any]) -> str:
    return Mutation(0, name, args).fingerprint


@dataclass
class Decision:
    """What the server answered the first time it decided one mutation."""

    client_id: str
    mutation_id: int
    name: str
    args: dict[str, Any]
    status: str
    reason: str | None
    version_before: int  # the feed's newest version just before the server decided it
    version_after: int  # ... and just after: its changes (if any) lie in between


class Server:
    def __init__(self, directory: Path, world: World) -> None:
        path = directory / "server.sqlite3"
        shutil.copyfile(templates().server, path)
        self.world = world
        self.db: ServerDatabase = open_server_database(str(path))
        self.sync = SyncService(self.db, now_ms=lambda: world.true_ms)
        with self.db.read() as connection:
            chair = principal_for(connection, templates().chair_token)
        assert chair is not None and chair.role is Role.CHAIR
        self.chair = chair
        self.decisions: dict[tuple[str, int], Decision] = {}
        self.protocol_errors: list[str] = []
        self.problems: list[str] = []  # answers that broke a rule of the protocol
        self.hand_events = 0  # participants' own raises and lowers that changed something
        # Where each mutation's changes lie in the feed, measured inside the push transaction
        # (instrumentation around one private method: the protocol does not tell).
        self._versions: dict[tuple[str, int], tuple[int, int]] = {}
        decide_and_write = self.sync._decide_and_write

        def measured(
            connection: Any, principal: Any, client_id: str, mutation: Mutation, *rest: Any
        ) -> Any:
            newest = select(func.max(ChangeRow.version))
            before = connection.execute(newest).scalar() or 0
            result = decide_and_write(connection, principal, client_id, mutation, *rest)
            after = connection.execute(newest).scalar() or 0
            self._versions[(client_id, mutation.id)] = (before, after)
            return result

        self.sync._decide_and_write = measured  # type: ignore[method-assign]

    def now_ms(self) -> int:
        return self.world.true_ms

    def participant(self, participant_id: str) -> Principal:
        return Principal(
            token_id=f"token-{participant_id}",
            role=Role.PARTICIPANT,
            meeting_id=MEETING_ID,
            session_ids=frozenset(),
            participant_id=participant_id,
        )

    # what POST /push does, plus the ledger
    def push(self, principal: Principal, client_id: str, mutations: list[dict]) -> dict[str, Any]:
        before_mark = self.last_mutation_id(client_id)
        outcome = self.sync.push(
            principal, client_id, [Mutation(m["id"], m["name"], m["args"]) for m in mutations]
        )
        if outcome.last_mutation_id < before_mark:
            self.problems.append(
                f"{client_id}: high-water mark went back from {before_mark} to "
                f"{outcome.last_mutation_id}"
            )
        by_id = {m["id"]: m for m in mutations}
        for result in outcome.results:
            if result.status not in STATUSES:
                self.problems.append(f"{client_id}/{result.id}: status {result.status!r}")
            if result.status == "rejected" and not result.reason:
                self.problems.append(f"{client_id}/{result.id}: rejected without a reason")
            key = (client_id, result.id)
            first = self.decisions.get(key)
            if first is None:
                if result.id <= before_mark:
                    self.problems.append(f"{client_id}/{result.id}: answered but never decided")
                    continue
                sent = by_id[result.id]
                self.decisions[key] = Decision(
                    client_id,
                    result.id,
                    sent["name"],
                    sent["args"],
                    result.status,
                    result.reason,
                    *self._versions[key],
                )
            elif (first.status, first.reason) != (result.status, result.reason):
                self.problems.append(
                    f"{client_id}/{result.id}: first answered {first.status} ({first.reason}), "
                    f"now {result.status} ({result.reason})"
                )
        if outcome.error is not None:
            error = outcome.error
            self.protocol_errors.append(f"{error.status} {error.code}: {error.message}")
            raise BackendError(error.status, error.code, error.message, error.details)
        return {
            "results": [result.document() for result in outcome.results],
            "last_mutation_id": outcome.last_mutation_id,
            "server_time_ms": self.now_ms(),
        }

    def changes(self, since: int, limit: int) -> dict[str, Any]:
        try:
            changes, version = self.sync.changes(MEETING_ID, SESSION_ID, since, limit)
        except ProtocolError as error:
            raise BackendError(error.status, error.code, error.message, error.details) from None
        return {"changes": changes, "version": version, "server_time_ms": self.now_ms()}

    def snapshot(self, client_id: str | None = None) -> dict[str, Any]:
        """``GET /sessions/{id}/snapshot[?client_id=]`` as the chair's token reads it (the
        client's high-water mark is told only to the token that pushes under it)."""
        if client_id is None:
            document = self.sync.snapshot(SESSION_ID, full=True)
        else:
            document = self.sync.snapshot(
                SESSION_ID, full=True, client_id=client_id, principal=self.chair
            )
        return {**document, "server_time_ms": self.now_ms()}

    def state(self) -> SessionState:
        return state_from_snapshot(self.snapshot())

    def last_mutation_id(self, client_id: str) -> int:
        with self.db.read() as connection:
            value = connection.execute(
                select(ClientRow.last_mutation_id).where(ClientRow.client_id == client_id)
            ).scalar()
        return int(value or 0)

    def results_of(self, client_id: str) -> list[Any]:
        with self.db.read() as connection:
            return list(
                connection.execute(
                    select(MutationResultRow)
                    .where(MutationResultRow.client_id == client_id)
                    .order_by(MutationResultRow.mutation_id)
                )
            )

    def count(self, table: Any, *where: Any) -> int:
        with self.db.read() as connection:
            return int(
                connection.execute(select(func.count()).select_from(table).where(*where)).scalar()
            )

    def close(self) -> None:
        self.db.dispose()


# --- the console's backend client -----------------------------------------------------------


class ConsoleCrashed(Exception):
    """The console process died between two calls (raised where the test wants it)."""


class InProcessClient:
    """``BackendClient``'s interface, answered by ``Server`` directly, with chosen faults.

    Every call yields to the event loop where the network would. A push goes out only when
    the test allows one (``send``: the push loop may start its next round at any time; the
    test decides when a request leaves), and its answer waits until the test delivers or loses
    it (``answer``).
    """

    def __init__(
        self, server: Server, clock: Callable[[], int], sent_batches: list[list[dict]]
    ) -> None:
        self.server = server
        self.clock = clock  # times round trips, like BackendClient's ``clock``
        self.offset = ClockOffset()
        self.send: str | None = None  # the next push may go: deliver | drop_request | duplicate
        self.sent: str | None = None  # what became of it
        self.answer: asyncio.Future[bool] | None = None  # resolved with "the answer is lost"
        self.feed_fault = "deliver"  # the changes read after an answer: deliver | drop | crash
        self.events_cut_after = 0  # events delivered before the stream breaks
        self.events_replay = 0  # resume this many versions before the asked cursor
        self.sent_batches = sent_batches  # every batch that reached the server
        self.snapshot_version = 0  # of the last snapshot answered

    def _sample(self, server_ms: int) -> None:
        now = self.clock()  # no network time in-process: the round trip is 0
        self.offset.add(now, now, server_ms)

    async def close(self) -> None:
        return None

    async def snapshot(self, session_id: str, client_id: str | None = None) -> dict[str, Any]:
        assert session_id == SESSION_ID
        await asyncio.sleep(0)  # on the wire
        answer = self.server.snapshot(client_id)
        self.snapshot_version = answer["version"]
        self._sample(answer["server_time_ms"])
        return answer

    async def push(self, client_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        fault, self.send = self.send, None
        if fault is None:  # not in this step: the request waits (and is cancelled)
            await asyncio.get_running_loop().create_future()
        await asyncio.sleep(0)  # on the wire
        if fault == "drop_request":
            self.sent = "lost"
            raise Unreachable("the request was lost")
        mutations = json.loads(json.dumps(mutations))  # what travels is JSON
        self.sent_batches.append(mutations)
        answer = self.server.push(self.server.chair, client_id, mutations)
        if fault == "duplicate":
            again = self.server.push(self.server.chair, client_id, mutations)
            assert again["results"] == answer["results"], (answer, again)
            assert again["last_mutation_id"] == answer["last_mutation_id"], (answer, again)
            answer = again
        self.sent = "committed"
        self.answer = asyncio.get_running_loop().create_future()
        try:
            lost = await self.answer
        finally:
            self.answer = None
        if lost:
            raise Unreachable("the answer was lost after the server committed")
        self._sample(answer["server_time_ms"])
        return answer

    async def changes(self, session_id: str, since: int, wait_s: float = 0) -> dict[str, Any]:
        assert session_id == SESSION_ID
        fault, self.feed_fault = self.feed_fault, "deliver"
        await asyncio.sleep(0)  # on the wire
        if fault == "drop":
            raise Unreachable("the feed request was lost")
        if fault == "crash":
            raise ConsoleCrashed
        answer = self.server.changes(since, limit=500)
        self._sample(answer["server_time_ms"])
        return answer

    async def events(self, session_id: str, since: int, heartbeat_s: float):
        """The SSE stream: its opening comment, then ``events_cut_after`` changes; then the
        connection breaks, or (all delivered) it stays open and quiet."""
        assert session_id == SESSION_ID
        await asyncio.sleep(0)  # on the wire
        resume = max(0, since - self.events_replay)
        answer = self.server.changes(resume, limit=1000)  # 410 here = 410 on connect
        self._sample(answer["server_time_ms"])
        yield None  # ": connected"
        changes = answer["changes"]
        for change in changes[: self.events_cut_after]:
            await asyncio.sleep(0)  # on the wire
            yield json.loads(json.dumps(change))
        if self.events_cut_after < len(changes):
            raise Unreachable("the event stream was cut")
        await asyncio.get_running_loop().create_future()  # quiet until the step ends


# --- a console ------------------------------------------------------------------------------


@dataclass
class Executed:
    """A chair action the console accepted (the chair saw it), with its mutation id."""

    mutation_id: int
    name: str
    args: dict[str, Any]


@dataclass
class Console:
    index: int
    directory: Path
    server: Server
    world: World
    loop: asyncio.AbstractEventLoop
    skew_ms: int = 0  # wall clock minus true time
    mono_base_ms: int = 0
    partitioned: bool = False
    executed: list[Executed] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    sent_batches: list[list[dict]] = field(default_factory=list)
    max_cursor: int = 0  # the highest cursor the engine had since the console (re)started
    max_seen_version: int = 0  # the highest cursor saved with a view
    client_id: str = ""
    engine: SyncEngine | None = None
    push_task: asyncio.Task[None] | None = None  # the push loop, waiting for an answer

    def __post_init__(self) -> None:
        self.path = self.directory / f"console{self.index}.sqlite3"
        shutil.copyfile(templates().console, self.path)
        self.mono_base_ms = 10_000_000 * (self.index + 1)
        self._open(first=True)

    # --- clocks ------------------------------------------------------------------------------

    def wall_ns(self) -> int:
        return (self.world.true_ms + self.skew_ms) * 1_000_000

    def monotonic_ns(self) -> int:
        return (self.world.true_ms + self.mono_base_ms) * 1_000_000

    def now_ms(self) -> int:
        return self.time_source.now_ms()

    # --- life cycle --------------------------------------------------------------------------

    def spin(self) -> None:
        """Let the event loop run what is ready (network answers, scheduled view rebuilds)."""
        for _ in range(40):
            self.loop.run_until_complete(asyncio.sleep(0))

    def _open(self, first: bool) -> None:
        self.db = open_database(self.path)
        self.store = Store(self.db)
        self.sync_store = SyncStore(self.db)
        self.time_source = TimeSource(wall_ns=self.wall_ns, monotonic_ns=self.monotonic_ns)
        # as HeadlessConsole does: round trips timed on the console's monotonic-anchored clock
        self.client = InProcessClient(self.server, self.time_source.base_ms, self.sent_batches)
        if first:  # like HeadlessConsole.start for a session the file does not have yet
            state = self.loop.run_until_complete(
                download_session(self.client, self.store, SESSION_ID, self.time_source.now_ms())
            )
        else:
            state = self.store.load_session_state(SESSION_ID)
        self.runner = CommandRunner(self.store, state, self.time_source)
        self.engine = SyncEngine(
            self.runner,
            self.sync_store,
            self.client,  # type: ignore[arg-type]
            on_rejected=self.rejections.append,
        )
        # What SyncEngine.start does besides starting its loops (which this test runs).
        client_id = self.sync_store.client_id()
        if self.client_id:
            assert client_id == self.client_id, "the same file must keep its client id"
        self.client_id = client_id
        self.engine._client_id = client_id
        self.engine.cursor = self.disk_cursor()

    def crash_and_reopen(self) -> None:
        """Everything in memory is lost (confirmed state, cursor, offset, a push waiting for
        its answer); the file stays."""
        self._cancel_push()
        self.db.dispose()
        self._open(first=False)
        self.max_cursor = self.cursor

    def close(self) -> None:
        self._cancel_push()
        self.db.dispose()

    def _cancel_push(self) -> None:
        task, self.push_task = self.push_task, None
        if task is not None:
            with contextlib.suppress(ConsoleCrashed):
                self._stop(task)

    def _stop(self, task: asyncio.Task[None]) -> None:
        """End a loop's task where it waits (for the network, a backoff, a quiet stream);
        re-raises what ended it otherwise (``ConsoleCrashed``)."""
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            self.loop.run_until_complete(task)

    # --- state -------------------------------------------------------------------------------

    @property
    def view(self) -> SessionState:
        return self.runner.state

    @property
    def confirmed(self) -> SessionState | None:
        assert self.engine is not None
        return self.engine.confirmed

    @property
    def cursor(self) -> int:
        assert self.engine is not None
        return self.engine.cursor

    @property
    def download_version(self) -> int:
        """The version of the snapshot the engine last downloaded."""
        return self.client.snapshot_version

    def disk_cursor(self) -> int:
        return self.sync_store.linked_sessions()[SESSION_ID]

    def pending(self) -> list[Any]:
        return self.sync_store.pending(limit=100_000)

    # --- the chair ---------------------------------------------------------------------------

    def act(self, command: Command) -> bool:
        """A keystroke: decide, save, queue (``CommandRunner.execute``), then nudge the push."""
        assert self.engine is not None
        try:
            self.runner.execute(command)
        except CommandRejected:
            return False
        self.engine.outbox_changed()
        self.executed.append(
            Executed(
                len(self.executed) + 1, command.name, json.loads(json.dumps(command.to_args()))
            )
        )
        return True

    # --- the engine's loops, one round at a time ---------------------------------------------

    def push_send(self, fault: str) -> str:
        """The push loop runs until its request leaves (``fault``: deliver | drop_request |
        duplicate) and waits for the answer; returns sent | failed | idle (nothing to push,
        or not downloaded yet) | busy (a push already waits for its answer)."""
        engine = self.engine
        assert engine is not None
        if self.push_task is not None:
            return "busy"
        self.client.send, self.client.sent = fault, None
        task = self.loop.create_task(engine._push_loop())
        self.spin()
        if self.client.answer is not None:
            self.push_task = task
            return "sent"
        self.client.send = None
        self._stop(task)  # waiting for the next command or a backoff
        return "failed" if self.client.sent == "lost" else "idle"

    def push_answer(self, lost: bool, feed_fault: str = "deliver") -> str:
        """The answer of the push in flight arrives (or is lost after the server committed);
        after an answer the engine reads the feed (``feed_fault``: deliver | drop | crash, the
        console dying between acknowledging and that read)."""
        task, self.push_task = self.push_task, None
        if task is None:
            return "nothing in flight"
        if self.client.answer is None:
            # The engine abandoned that request (the link came back while it waited, so it
            # went into the outage) and sends the batch again on its next round.
            self._stop(task)
            return "abandoned"
        self.client.feed_fault = feed_fault
        self.client.answer.set_result(lost)
        try:
            self.spin()
            self._stop(task)  # back to waiting (the next request is not sent in this step)
        finally:
            self.client.feed_fault = "deliver"
        return "lost" if lost else "answered"

    def pull_once(self, cut_after: int = 1_000_000, replay: int = 0) -> None:
        """The pull loop runs until it waits: it downloads if needed, then follows the event
        stream, which breaks after ``cut_after`` events (resumed ``replay`` versions before
        the cursor, like an older Last-Event-ID) or stays quiet once all are delivered."""
        assert self.engine is not None
        self.client.events_cut_after = cut_after
        self.client.events_replay = replay
        task = self.loop.create_task(self.engine._pull_loop())
        self.spin()
        self._stop(task)


# --- comparing states -----------------------------------------------------------------------


def summary(state: SessionState) -> dict[str, Any]:
    """What must agree between consoles and the server: the list in order, the clock, who has
    the floor, the turn log, the open hands."""
    return {
        "entries": [
            (
                e.id,
                e.agenda_item_id,
                e.participant_id,
                e.speech_type.value,
                e.allotted_ms,
                e.order_key,
                e.state.value,
                e.started_at_ms,
                e.ended_at_ms,
            )
            for e in state.entries
        ],
        "clock": (state.current_entry_id, state.current_turn_id, state.clock),
        "turns": sorted(state.turns.values(), key=lambda t: t.id),
        "open_hands": [(h.id, h.participant_id, h.seq, h.raised_at_ms) for h in state.open_hands()],
    }


def differences(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    return {key: (left[key], right[key]) for key in left if left[key] != right[key]}


def command_of(executed: Executed) -> Command:
    return command_from(executed.name, executed.args)
