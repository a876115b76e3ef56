"""The heart of the server: apply pushed mutations exactly once, and keep the change feed.

Exactly once in effect = at-least-once delivery by the client + a per-client high-water mark
advanced in the same transaction as the mutation's effects. A retry of an id at or below the
mark gets the stored result back; the same id with another payload is refused; a gap is
refused. Every applied change is written to ``sync_changes`` with a new version, in the same
transaction, so the feed and the state can never disagree.

Sessions are decided against a cached ``SessionState``. Inside each write transaction the
cache is checked against the newest version of the session's own changes *and* of its
meeting's meeting-wide ones (the roster, the thresholds: written with ``session_id`` NULL), so
another process's writes (PostgreSQL with several workers or hosts) are never overlooked. A
mutation that changes the roster locks the meeting's row before it decides: roster writes of
one meeting then commit in the order of their versions, which is what makes "newest version
unchanged" prove "nothing changed".
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from moderator.domain.commands import CommandRejected, InvalidCommand, command_from
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryStateChanged,
    Event,
    HandChanged,
    MeetingChanged,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
    SessionChanged,
    SessionDetailsChanged,
    TurnChanged,
    TurnClosed,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.hands import lower_own_hand, raise_hand
from moderator.domain.model import Hand, HandSource
from moderator.domain.session_state import SessionState
from moderator.server.database import ServerDatabase
from moderator.server.documents import (
    agenda_item_document,
    clock_document,
    entry_document,
    hand_document,
    meeting_document,
    participant_details_document,
    participant_document,
    participant_private_document,
    session_details_document,
    session_document,
    snapshot_document,
    turn_document,
)
from moderator.server.fanout.feed_pages import (
    PRIVATE_ENTITIES,
    FeedKey,
    database_pages,
    meeting_pages,
    read_page,
)
from moderator.server.input_rules import mutation_problem
from moderator.server.models import ChangeRow, ClientRow, MutationResultRow
from moderator.server.scope import may_use_client, meeting_wide_refusal, record_origins
from moderator.server.tokens.auth import Principal
from moderator.storage.models import CommandLogRow, MeetingRow, SessionRow
from moderator.storage.repository import dialect_insert, load_session_state, write_events

APPLIED, REJECTED, NOOP = "applied", "rejected", "noop"
T = TypeVar("T")

log = logging.getLogger("moderator.server.sync")
#: The reason of a mutation the database refused to store.
UNSTORABLE = "the server could not store it (a value is malformed or too long)"


class ProtocolError(Exception):
    """A request the protocol refuses; carries the HTTP status, code and field for the answer."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.details = details or {}


@dataclass(frozen=True, slots=True)
class Mutation:
    id: int
    name: str
    args: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        canonical = json.dumps(
            {"name": self.name, "args": self.args}, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class MutationResult:
    id: int
    status: str
    reason: str | None = None
    #: A retry of a mutation answered before: the stored answer, nothing done again.
    repeat: bool = False

    def document(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"id": self.id, "status": self.status}
        if self.reason is not None:
            answer["reason"] = self.reason
        return answer


@dataclass(slots=True)
class PushOutcome:
    results: list[MutationResult] = field(default_factory=list)
    last_mutation_id: int = 0
    error: ProtocolError | None = None  # raised after the work before it was committed


@dataclass(slots=True)
class _Batch:
    """One push's transaction: how its mutations are guarded, and the rows written at its end.

    Unguarded (the first try), no mutation gets a savepoint of its own and the results and
    command-log rows go in with one statement each at the end: a savepoint costs two
    statements per mutation and a row-at-a-time insert one more, a third of a batch's time
    together. When the database refuses a mutation's data there (an id clash, a value it cannot
    store), the whole batch is rolled back and run again guarded, each mutation in its savepoint,
    so that one alone is rejected, as before.
    """

    guarded: bool
    results: list[dict[str, Any]] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    #: Per session, the newest clock of mutations that changed nothing but the clock (an
    #: outage's backlog is mostly that): the row is written once, not once per mutation.
    clocks: dict[str, Event] = field(default_factory=dict)

    def flush_clocks(self, connection: Connection) -> None:
        """Write the kept-back clocks: before the session is read from the database, before
        any other event is written (rows keep the order of the events), at the end."""
        if self.clocks:
            write_events(connection, list(self.clocks.values()))
            self.clocks = {}

    def flush(self, connection: Connection) -> None:
        """Write the rows kept back (before reading them, and at the end of the batch)."""
        self.flush_clocks(connection)
        if self.commands:
            connection.execute(_INSERT_COMMAND, self.commands)
            self.commands = []
        if self.results:
            connection.execute(_INSERT_RESULT, self.results)
            self.results = []


class _NeedsSavepoints(Exception):
    """An unguarded batch hit a mutation the database refuses: run it again, guarded."""


@dataclass(slots=True)
class _Written:
    """What one push's mutations share: the sessions they touched (whose consoles are woken),
    those whose cache was checked in this transaction, and the batch's kept-back rows."""

    touched: set[str]
    checked: set[str]
    batch: _Batch


@dataclass(slots=True)
class _CachedSession:
    state: SessionState
    version: int  # newest change of the session's own that the state includes
    roster: int  # newest meeting-wide change of its meeting that the state includes


class SyncService:
    """Applies mutations and participant hand actions; answers snapshots and change queries."""

    def __init__(
        self,
        db: ServerDatabase,
        now_ms: Callable[[], int],
        on_commit: Callable[[set[str]], None] = lambda sessions: None,
        retained_changes: int = 200_000,
    ) -> None:
        self.db = db
        self.now_ms = now_ms
        self.on_commit = on_commit
        self.retained_changes = retained_changes
        self._cache: dict[str, _CachedSession] = {}

    # --- push --------------------------------------------------------------------------------

    def push(self, principal: Principal, client_id: str, mutations: list[Mutation]) -> PushOutcome:
        self._check_arguments(mutations)
        for attempt in range(1, PUSH_ATTEMPTS + 1):
            try:
                try:
                    return self._push_once(principal, client_id, mutations, _Batch(guarded=False))
                except _NeedsSavepoints:
                    log.info("push run again with a savepoint per mutation")
                    return self._push_once(principal, client_id, mutations, _Batch(guarded=True))
            except OperationalError as error:
                # PostgreSQL broke a lock cycle (two batches locking the same sessions in
                # opposite orders, a roster edit waiting on the meeting): the batch was
                # rolled back whole, so it is simply run again.
                if attempt == PUSH_ATTEMPTS or not _retryable(error):
                    raise
                log.info("push retried after a lock conflict", extra={"attempt": attempt})
        raise AssertionError("unreachable")

    def _push_once(
        self, principal: Principal, client_id: str, mutations: list[Mutation], batch: _Batch
    ) -> PushOutcome:
        outcome = PushOutcome()
        touched: set[str] = set()
        checked: set[str] = set()  # sessions whose cache was checked in this transaction
        try:
            with self.db.write() as connection:
                last = self._high_water_mark(connection, client_id, principal)
                for index, mutation in enumerate(mutations):
                    try:
                        result = self._one(
                            connection,
                            principal,
                            client_id,
                            last,
                            mutation,
                            _Written(touched, checked, batch),
                        )
                    except ProtocolError as error:
                        if error.field is not None and error.field.startswith("args."):
                            error.field = f"mutations.{index}.{error.field}"
                            error.message = f"{error.field}: {error.message}"
                        outcome.error = error
                        break
                    outcome.results.append(result)
                    last = max(last, mutation.id)
                self._flush(connection, batch)
                connection.execute(
                    update(ClientRow)
                    .where(ClientRow.client_id == client_id)
                    .values(last_mutation_id=last, updated_at_ms=self.now_ms())
                )
                outcome.last_mutation_id = last
        except BaseException:
            for session_id in touched:
                self._cache.pop(session_id, None)
            raise
        if touched:
            self.on_commit(touched)
        return outcome

    @staticmethod
    def _flush(connection: Connection, batch: _Batch) -> None:
        if batch.guarded:
            batch.flush(connection)
            return
        try:
            batch.flush(connection)
        except (IntegrityError, DataError, UnicodeError) as error:
            raise _NeedsSavepoints from error

    @staticmethod
    def _check_arguments(mutations: list[Mutation]) -> None:
        """Refuse the batch, before anything is written, when a mutation names a session
        wrongly, breaks the id rule, or holds text no database stores (``input_rules``)."""
        for index, mutation in enumerate(mutations):
            if not isinstance(mutation.args.get("session_id"), str):
                raise ProtocolError(
                    422,
                    "validation_failed",
                    f"mutations.{index}.args.session_id: a session id (string) is required",
                    field=f"mutations.{index}.args.session_id",
                )
            problem = mutation_problem(mutation.name, mutation.args)
            if problem is not None:
                where, why = problem
                raise ProtocolError(
                    422,
                    "validation_failed",
                    f"mutations.{index}.{where}: {why}",
                    field=f"mutations.{index}.{where}",
                )

    def _high_water_mark(self, connection: Connection, client_id: str, principal: Principal) -> int:
        """The client's mark, locked for this transaction (created at 0 on its first push).

        Insert-if-absent first: ``SELECT … FOR UPDATE`` cannot lock a row that does not exist
        yet, so two first pushes of one client would otherwise both try to create it.
        """
        connection.execute(
            dialect_insert(connection)(ClientRow)
            .values(
                client_id=client_id,
                last_mutation_id=0,
                token_id=principal.token_id,
                updated_at_ms=self.now_ms(),
            )
            .on_conflict_do_nothing(index_elements=["client_id"])
        )
        row = connection.execute(
            select(ClientRow.last_mutation_id, ClientRow.token_id)
            .where(ClientRow.client_id == client_id)
            .with_for_update()
        ).one()
        if row.token_id != principal.token_id:
            if not may_use_client(connection, row.token_id, principal):
                # The whole batch: nothing of it is stored (the transaction rolls back).
                raise ProtocolError(
                    409,
                    "client_id_taken",
                    "client_id: this client id belongs to another token; "
                    "take a new client id (and number mutations from 1)",
                    field="client_id",
                )
            connection.execute(
                update(ClientRow)
                .where(ClientRow.client_id == client_id)
                .values(token_id=principal.token_id)
            )
        return int(row.last_mutation_id)

    def _one(
        self,
        connection: Connection,
        principal: Principal,
        client_id: str,
        last: int,
        mutation: Mutation,
        written: _Written,
    ) -> MutationResult:
        if mutation.id <= last:
            self._flush(connection, written.batch)  # a repeat inside the batch reads its row
            stored = connection.execute(
                select(MutationResultRow).where(
                    MutationResultRow.client_id == client_id,
                    MutationResultRow.mutation_id == mutation.id,
                )
            ).first()
            if stored is None:
                return MutationResult(mutation.id, NOOP, "already acknowledged", repeat=True)
            if stored.fingerprint != mutation.fingerprint:
                raise ProtocolError(
                    422,
                    "mutation_conflict",
                    f"mutation {mutation.id} was already used with a different payload",
                    details={"mutation_id": mutation.id},
                )
            return MutationResult(mutation.id, stored.status, stored.reason, repeat=True)
        if mutation.id != last + 1:
            raise ProtocolError(
                409,
                "mutation_gap",
                f"mutation ids must follow on: expected {last + 1}, got {mutation.id}",
                details={"expected_id": last + 1, "got_id": mutation.id},
            )
        result = self._decide_and_write(connection, principal, client_id, mutation, written)
        written.batch.results.append(
            {
                "client_id": client_id,
                "mutation_id": mutation.id,
                "fingerprint": mutation.fingerprint,
                "status": result.status,
                "reason": result.reason,
                "applied_at_ms": self.now_ms(),
            }
        )
        return result

    def _decide_and_write(
        self,
        connection: Connection,
        principal: Principal,
        client_id: str,
        mutation: Mutation,
        written: _Written,
    ) -> MutationResult:
        touched, checked = written.touched, written.checked
        try:
            command = command_from(mutation.name, mutation.args)
        except InvalidCommand as error:
            if str(error).startswith("unknown command"):
                return MutationResult(mutation.id, REJECTED, f"unknown mutation {mutation.name!r}")
            field = f"args.{error.argument}" if error.argument else None
            raise ProtocolError(422, "validation_failed", str(error), field=field) from error
        try:
            state = self._state(connection, command.session_id, checked, batch=written.batch)
        except KeyError:
            return MutationResult(mutation.id, REJECTED, "unknown session")
        decided = self._decide(connection, principal, mutation, command, state)
        if isinstance(decided, MutationResult):
            return decided
        events = decided
        if _changes_roster(events) and not _roster_locked(state, checked):
            # Decided against a roster read without the meeting's lock: lock it, read again
            # if another process changed the roster meanwhile, and decide once more.
            state = self._state(
                connection, command.session_id, checked, lock_roster=True, batch=written.batch
            )
            decided = self._decide(connection, principal, mutation, command, state)
            if isinstance(decided, MutationResult):
                return decided
            events = decided
        logged = {
            "command_id": f"{client_id}:{mutation.id}",
            "session_id": command.session_id,
            "name": command.name,
            "args_json": json.dumps(command.to_args(), sort_keys=True),
            "recorded_at_ms": self.now_ms(),
        }
        if not written.batch.guarded:
            try:
                self._write(
                    connection,
                    state,
                    events,
                    origin=(client_id, mutation.id),
                    batch=written.batch,
                )
                record_origins(connection, command.session_id, events)
            except (IntegrityError, DataError, UnicodeError) as error:
                self._cache.pop(command.session_id, None)  # it saw the rolled-back events
                raise _NeedsSavepoints from error
            written.batch.commands.append(logged)
            return self._applied(connection, mutation, command, state, events, touched)
        try:
            # A savepoint: an id that clashes with another session's (ids are global) rejects
            # this mutation alone, instead of failing the batch with a server error.
            with connection.begin_nested():
                self._write(connection, state, events, origin=(client_id, mutation.id))
                record_origins(connection, command.session_id, events)
                connection.execute(_INSERT_COMMAND, logged)
        except (IntegrityError, DataError, UnicodeError) as error:
            # The database refused this mutation's data for good (a clash, a value it cannot
            # store): this mutation alone is rejected and its id consumed, so the console's
            # queue moves on instead of retrying a server error forever. The log names the
            # kind of error only: its text may hold the values (names, gender).
            self._cache.pop(command.session_id, None)  # it saw the rolled-back events
            checked.discard(command.session_id)
            if isinstance(error, IntegrityError):
                return MutationResult(
                    mutation.id, REJECTED, "an id in it is already used elsewhere"
                )
            log.warning(
                "mutation refused by the database",
                extra={"mutation": mutation.name, "error": type(error).__name__},
            )
            return MutationResult(mutation.id, REJECTED, UNSTORABLE)
        return self._applied(connection, mutation, command, state, events, touched)

    @staticmethod
    def _applied(
        connection: Connection,
        mutation: Mutation,
        command: Any,
        state: SessionState,
        events: list[Event],
        touched: set[str],
    ) -> MutationResult:
        """A mutation written: the sessions whose consoles must hear of it are ``touched``."""
        touched.add(command.session_id)
        if any(isinstance(event, _MEETING_WIDE) for event in events):
            # A meeting-wide change is in the feed of every session of the meeting: wake them.
            touched.update(
                connection.execute(
                    select(SessionRow.id).where(SessionRow.meeting_id == state.meeting.id)
                ).scalars()
            )
        return MutationResult(mutation.id, APPLIED)

    @staticmethod
    def _decide(
        connection: Connection,
        principal: Principal,
        mutation: Mutation,
        command: Any,
        state: SessionState,
    ) -> MutationResult | list[Event]:
        """The events of ``command`` against ``state``, or the result that ends the mutation
        (rejected, no-op)."""
        # Out of the token's scope: this mutation alone is rejected (a business rejection, so
        # the client's queue moves on: one edit of a session this token may not change must not
        # hold back the followed session's actions behind it). A session of another meeting
        # reads as unknown, so the answer does not tell that it exists.
        if state.meeting.id != principal.meeting_id:
            return MutationResult(mutation.id, REJECTED, "unknown session")
        if not principal.can_write_session(state.meeting.id, command.session_id):
            return MutationResult(
                mutation.id, REJECTED, f"this token may not change session {command.session_id}"
            )
        refusal = meeting_wide_refusal(connection, principal, state, command)
        if refusal is not None:
            return MutationResult(mutation.id, REJECTED, refusal)
        try:
            events = command.decide(state)
        except CommandRejected as rejection:
            return MutationResult(mutation.id, REJECTED, str(rejection))
        if not events:
            return MutationResult(mutation.id, NOOP)
        return list(events)

    # --- participants' hands -----------------------------------------------------------------

    def raise_hand(
        self, principal: Principal, session_id: str, source: HandSource = HandSource.PAGE
    ) -> tuple[Hand, bool]:
        """Raise the caller's hand (on their page, or in the call it embeds: ``source``);
        returns the hand and whether it is a new raise."""
        participant_id = self._participant_of(principal)
        with self.db.write() as connection:
            state = self._state(connection, session_id)
            if participant_id not in state.participants:
                # Taken off the roster after the token was issued (or never on it).
                raise ProtocolError(
                    403,
                    "not_on_roster",
                    "you are not on this meeting's roster of participants (any more): "
                    "ask the organisers for a new link",
                )
            seq = max((hand.seq for hand in state.hands.values()), default=0) + 1
            hand, events = raise_hand(
                state, participant_id, uuid.uuid4().hex, seq=seq, at_ms=self.now_ms(), source=source
            )
            if events:
                self._write(connection, state, events)
        if events:
            self.on_commit({session_id})
        return hand, bool(events)

    def lower_own_hand(self, principal: Principal, session_id: str) -> Hand | None:
        participant_id = self._participant_of(principal)
        with self.db.write() as connection:
            state = self._state(connection, session_id)
            hand, events = lower_own_hand(state, participant_id, at_ms=self.now_ms())
            if events:
                self._write(connection, state, events)
        if events:
            self.on_commit({session_id})
        return hand

    def write_outside_push(
        self,
        session_id: str,
        work: Callable[[Connection, SessionState, Callable[[list[Event]], None]], T],
    ) -> T:
        """Run ``work`` in one write transaction on the session's state (its meeting's roster
        locked, for a walk-in it may add) and commit what it wrote: a video call's hands.

        ``work`` decides against the state and hands its events to the function it is given,
        which writes them, applies them to the state and adds them to the feed, one batch
        after the other (a walk-in, then their hand). An exception rolls everything back:
        nothing of a refused request is half written. Raises ``KeyError`` for an unknown
        session."""
        written: list[Event] = []
        try:
            with self.db.write() as connection:
                state = self._state(connection, session_id, set(), lock_roster=True)

                def write(events: list[Event]) -> None:
                    if events:
                        self._write(connection, state, events)
                        written.extend(events)

                result = work(connection, state, write)
                woken = {session_id}
                if _changes_roster(written):
                    woken.update(
                        connection.execute(
                            select(SessionRow.id).where(SessionRow.meeting_id == state.meeting.id)
                        ).scalars()
                    )
        except BaseException:
            self._cache.pop(session_id, None)
            raise
        if written:
            self.on_commit(woken)
        return result

    @staticmethod
    def _participant_of(principal: Principal) -> str:
        if principal.participant_id is None:
            raise ProtocolError(403, "forbidden", "only a participant can raise their own hand")
        return principal.participant_id

    # --- reading ----------------------------------------------------------------------------

    def snapshot(
        self,
        session_id: str,
        full: bool,
        client_id: str | None = None,
        principal: Principal | None = None,
    ) -> dict[str, Any]:
        """The session at one version; with ``client_id``, also how many of that client's
        mutations the snapshot includes (its high-water mark), read in the same transaction.
        Another token than the client's is answered as for an unknown client (0)."""
        with self.db.read() as connection:
            state = load_session_state(connection, session_id)
            version = connection.execute(select(func.max(ChangeRow.version))).scalar() or 0
            last_mutation_id = None
            if client_id is not None and principal is not None:
                row = connection.execute(
                    select(ClientRow.last_mutation_id, ClientRow.token_id).where(
                        ClientRow.client_id == client_id
                    )
                ).first()
                owned = row is not None and may_use_client(connection, row.token_id, principal)
                last_mutation_id = int(row.last_mutation_id) if row is not None and owned else 0
        document = snapshot_document(state, version, full)
        if last_mutation_id is not None:
            document["last_mutation_id"] = last_mutation_id
        return document

    def meeting_of(self, session_id: str) -> str | None:
        return self._meeting_of(session_id)

    def _meeting_of(self, session_id: str) -> str | None:
        cached = self._cache.get(session_id)
        if cached is not None:
            return cached.state.session.meeting_id
        with self.db.read() as connection:
            return connection.execute(
                select(SessionRow.meeting_id).where(SessionRow.id == session_id)
            ).scalar()

    def current_version(self) -> int:
        with self.db.read() as connection:
            return connection.execute(select(func.max(ChangeRow.version))).scalar() or 0

    def changes(
        self, meeting_id: str, session_id: str, since: int, limit: int, full: bool = False
    ) -> tuple[list[dict[str, Any]], int]:
        """Changes after ``since`` for a session's feed, and the newest version considered.
        Without ``full`` (participants, displays) the changes that carry personal data are
        left out: the public feed (``public_reading``).

        Raises ``ProtocolError`` 410 when ``since`` is older than the retained log or newer than
        anything this server has written (a restored or different server): reset.
        """
        with self.db.read() as connection:
            newest, oldest = _feed_ends(connection)
            _check_cursor(since, newest, oldest)
            pages = database_pages(connection, meeting_id, session_id)
            changes, through = read_page(pages, since, limit, full)
        return changes, max(since, newest if through is None else through)

    def followers_changes(
        self, meeting_id: str, keys: Iterable[FeedKey], limit: int
    ) -> dict[FeedKey, tuple[list[dict[str, Any]], int, bool] | ProtocolError]:
        """``changes`` for many followers of one meeting at once (each key: session, cursor,
        full), from one snapshot and, as a rule, one read of the meeting's changes, each with
        whether it reached the end of the feed (a stream reads again at once only if not); a
        cursor the feed does not hold is answered with its ``ProtocolError``."""
        keys = list(keys)
        answers: dict[FeedKey, tuple[list[dict[str, Any]], int, bool] | ProtocolError] = {}
        with self.db.read() as connection:
            newest, oldest = _feed_ends(connection)
            readable = []
            for key in keys:
                try:
                    _check_cursor(key[1], newest, oldest)
                except ProtocolError as error:
                    answers[key] = error
                else:
                    readable.append(key)
            if readable:
                pages_of = meeting_pages(connection, meeting_id, readable)
                for session_id, since, full in readable:
                    changes, through = read_page(pages_of(session_id), since, limit, full)
                    answers[(session_id, since, full)] = (
                        changes,
                        max(since, newest if through is None else through),
                        through is None,
                    )
        return answers

    # --- shared internals -------------------------------------------------------------------

    def invalidate(self, session_ids: Iterable[str] | None = None) -> None:
        if session_ids is None:
            self._cache.clear()
        for session_id in session_ids or ():
            self._cache.pop(session_id, None)

    def _state(
        self,
        connection: Connection,
        session_id: str,
        checked: set[str] | None = None,
        lock_roster: bool = False,
        batch: _Batch | None = None,
    ) -> SessionState:
        """The session's state for deciding a write, with the session locked until commit
        (and with ``lock_roster``, its meeting too).

        The row locks order writers of one session, and roster writers of one meeting, across
        threads and processes (PostgreSQL; SQLite is already serialised by the in-process write
        lock). The cache is checked against the newest change of the session and of its
        meeting's roster once per transaction (``checked``): within it, nobody else can write
        the session.
        """
        cached = self._cache.get(session_id)
        if (
            checked is not None
            and session_id in checked
            and cached is not None
            and (not lock_roster or _roster_locked(cached.state, checked))
        ):
            return cached.state
        meeting_id = connection.execute(
            select(SessionRow.meeting_id).where(SessionRow.id == session_id).with_for_update()
        ).scalar()
        if meeting_id is None:
            raise KeyError(session_id)
        if lock_roster:
            connection.execute(
                select(MeetingRow.id).where(MeetingRow.id == meeting_id).with_for_update()
            )
            if checked is not None:
                checked.add(_ROSTER_LOCK + meeting_id)
        newest, roster = _newest_versions(connection, meeting_id, session_id)
        if cached is None or (cached.version, cached.roster) != (newest, roster):
            if batch is not None:
                batch.flush_clocks(connection)  # the file holds what the cache held
            cached = _CachedSession(load_session_state(connection, session_id), newest, roster)
            self._cache[session_id] = cached
        if checked is not None:
            checked.add(session_id)
        return cached.state

    def _write(
        self,
        connection: Connection,
        state: SessionState,
        events: list[Event],
        origin: tuple[str, int] | None = None,
        batch: _Batch | None = None,
    ) -> None:
        """Persist events, apply them to the cached state, and append their changes (marked
        with the mutation that made them, ``origin``). In an unguarded ``batch``, a mutation
        that changed only the clock leaves its row to be written once at the end."""
        client_id, mutation_id = origin if origin is not None else (None, None)
        before = _roster_before(state, events)
        if batch is not None and events and all(isinstance(e, ClockChanged) for e in events):
            batch.clocks[state.session.id] = events[-1]
        else:
            if batch is not None:
                batch.flush_clocks(connection)
            write_events(connection, events)
        state.apply(events)
        now = self.now_ms()
        prior = self._cache.get(state.session.id)
        newest, roster = (prior.version, prior.roster) if prior is not None else (0, 0)
        newest_of_all = 0
        # The meeting's data (thresholds, roster) goes to the feed of every session of it.
        changes = [
            (*change, isinstance(event, _MEETING_WIDE))
            for event in events
            for change in _changes_of(state, [event], before)
        ]
        if any(isinstance(event, _ROSTER_EVENTS) for event in events):
            self._forget_meeting(state)
        for number, (entity, entity_id, op, data, meeting_wide) in enumerate(changes, start=1):
            private = entity in PRIVATE_ENTITIES
            result = connection.execute(
                _INSERT_CHANGE,
                {
                    "meeting_id": state.meeting.id,
                    "session_id": None if meeting_wide else state.session.id,
                    "entity": entity,
                    "entity_id": entity_id,
                    "op": op,
                    "data_json": json.dumps(data, sort_keys=True),
                    "server_time_ms": now,
                    "client_id": client_id,
                    "mutation_id": mutation_id,
                    "mutation_done": (number == len(changes)) if origin is not None else None,
                    "private": private,
                },
            )
            version = int(result.inserted_primary_key[0])
            if meeting_wide:
                roster = version
            else:
                newest = version
            newest_of_all = version
        self._cache[state.session.id] = _CachedSession(state, newest, roster)
        if newest_of_all and newest_of_all % 1000 == 0:
            connection.execute(
                delete(ChangeRow).where(ChangeRow.version <= newest_of_all - self.retained_changes)
            )

    def _forget_meeting(self, state: SessionState) -> None:
        """The roster changed: the other sessions of the meeting are read again when next
        written (their cached participants are the old ones)."""
        for session_id, cached in list(self._cache.items()):
            if session_id != state.session.id and cached.state.meeting.id == state.meeting.id:
                self._cache.pop(session_id, None)


#: Events whose feed change belongs to the whole meeting (``session_id`` NULL in the feed): a
#: person added with one session (a walk-in, an import) is on the roster of every session of
#: the meeting, and their consoles must know them before a speaker entry names them; the
#: timer thresholds are the meeting's, and every session's clock reads them.
_MEETING_WIDE = (
    MeetingChanged,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantRemoved,
    ParticipantLanguageChanged,
)
#: How often a batch is run when PostgreSQL aborts it to break a deadlock.
PUSH_ATTEMPTS = 3
#: SQLSTATEs of a transaction aborted for a conflict, not for its content.
_RETRYABLE = frozenset({"40P01", "40001"})


def _retryable(error: OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) in _RETRYABLE


#: In a write transaction's ``checked`` set: the meeting (id after it) is locked for roster
#: writes until commit.
_ROSTER_LOCK = "meeting-locked:"


def _changes_roster(events: Iterable[Event]) -> bool:
    return any(isinstance(event, _MEETING_WIDE) for event in events)


def _roster_locked(state: SessionState, checked: set[str]) -> bool:
    return _ROSTER_LOCK + state.meeting.id in checked


def _newest_versions(connection: Connection, meeting_id: str, session_id: str) -> tuple[int, int]:
    """The newest change of the session's own, and the newest meeting-wide change of its
    meeting (each one index probe)."""
    own = connection.execute(
        select(func.max(ChangeRow.version)).where(ChangeRow.session_id == session_id)
    ).scalar()
    roster = connection.execute(
        select(func.max(ChangeRow.version)).where(
            ChangeRow.session_id.is_(None), ChangeRow.meeting_id == meeting_id
        )
    ).scalar()
    return own or 0, roster or 0


def _feed_ends(connection: Connection) -> tuple[int, int]:
    """The newest and the oldest version the feed holds, in one round trip (a meeting-wide
    change wakes every session's followers at once: each of those reads starts here)."""
    ends = connection.execute(
        select(func.max(ChangeRow.version), func.min(ChangeRow.version))
    ).one()
    return ends[0] or 0, ends[1] or 1


def _check_cursor(since: int, newest: int, oldest: int) -> None:
    if since > newest:
        raise ProtocolError(410, "cursor_unknown", f"version {since} is not known to this server")
    if since < oldest - 1:
        raise ProtocolError(
            410,
            "cursor_too_old",
            f"version {since} is older than the retained changes (from {oldest})",
        )


#: Events that change the meeting's own data (its thresholds, its roster), which every cached
#: session of it holds a copy of.
_ROSTER_EVENTS = (
    MeetingChanged,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantRemoved,
    ParticipantLanguageChanged,
)

# Built once: statement construction, not SQLite, was most of a mutation's cost.
_INSERT_RESULT = insert(MutationResultRow)
_INSERT_COMMAND = insert(CommandLogRow)
_INSERT_CHANGE = insert(ChangeRow)


@dataclass(frozen=True, slots=True)
class _KnownBefore:
    """A participant an edit changes, as followers knew them before it: their gender (told in
    private) and their public document (told to everyone)."""

    gender: str | None = None
    public: dict[str, Any] | None = None


def _roster_before(state: SessionState, events: list[Event]) -> dict[str, _KnownBefore]:
    """The participants ``events`` edit, as they were before them: an edit that changes a
    gender is also told in private (``_changes_of``), and one that changes nothing public is
    not told in public (an identical public change would show everyone that something
    private changed)."""
    before: dict[str, _KnownBefore] = {}
    for event in events:
        if isinstance(event, ParticipantChanged):
            known = state.participants.get(event.participant.id)
            before[event.participant.id] = (
                _KnownBefore(known.gender, participant_document(known, full=False))
                if known is not None
                else _KnownBefore()
            )
    return before


def _gender_is_news(
    event: ParticipantAdded | ParticipantChanged, before: Mapping[str, _KnownBefore]
) -> bool:
    """Whether a roster event sets a gender the followers do not know: someone added with
    one, or an edit that changed it (cleared included). The public ``participant`` change
    never carries a gender, and a console keeps the one it knows."""
    participant = event.participant
    if isinstance(event, ParticipantAdded):
        return participant.gender is not None
    return before.get(participant.id, _KnownBefore()).gender != participant.gender


def _participant_details_change(
    state: SessionState, participant_id: str
) -> tuple[str, str, str, dict[str, Any]]:
    """The private ``participant_details`` change: language and gender as they now are."""
    language = state.language_of(participant_id)
    participant = state.participants.get(participant_id)
    data = (
        participant_private_document(participant, language)
        if participant is not None
        else participant_details_document(participant_id, language)
    )
    return "participant_details", participant_id, "upsert", data


def _changes_of(
    state: SessionState,
    events: list[Event],
    before: Mapping[str, _KnownBefore],
) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """One feed change per event: ``(entity, id, op, data)``, the entity as it is after all
    the events were applied; a roster event that sets a gender (``before``: as
    ``_roster_before`` read them) adds the private change that carries it, after the public
    one (a follower must know the participant to apply it); an edit that changes nothing
    public has the private change alone."""
    for event in events:
        match event:
            case EntryStateChanged():
                entry = state.entry(event.entry_id)
                yield "entry", entry.id, "upsert", entry_document(entry)
            case EntryAdded() | EntryChanged():
                entry = state.entry(event.entry.id)
                yield "entry", entry.id, "upsert", entry_document(entry)
            case ClockChanged():
                yield (
                    "clock",
                    event.session_id,
                    "upsert",
                    clock_document(event.session_id, event.entry_id, event.turn_id, event.clock),
                )
            case TurnOpened() | TurnChanged():
                turn = state.turns[event.turn.id]
                yield "turn", turn.id, "upsert", turn_document(turn)
            case TurnClosed():
                yield "turn", event.turn_id, "upsert", turn_document(state.turns[event.turn_id])
            case TurnRemoved():
                yield "turn", event.turn_id, "delete", {"id": event.turn_id}
            case HandChanged():
                yield "hand", event.hand.id, "upsert", hand_document(event.hand)
            case AgendaItemChanged():
                yield "agenda_item", event.item.id, "upsert", agenda_item_document(event.item)
            case ParticipantAdded() | ParticipantChanged():
                participant = event.participant
                public = participant_document(participant, full=False)
                known = before.get(participant.id, _KnownBefore())
                if isinstance(event, ParticipantAdded) or known.public != public:
                    yield "participant", participant.id, "upsert", public
                if _gender_is_news(event, before):
                    yield _participant_details_change(state, participant.id)
            case SessionChanged():
                yield "session", event.session.id, "upsert", session_document(event.session)
            case MeetingChanged():
                yield "meeting", event.meeting.id, "upsert", meeting_document(event.meeting)
            case AgendaItemAdded():
                item = state.agenda_item(event.item.id)
                yield "agenda_item", item.id, "upsert", agenda_item_document(item)
            case AgendaItemRemoved():
                data = {"id": event.item_id, "entry_ids": list(event.entry_ids)}
                yield "agenda_item", event.item_id, "delete", data
            case ParticipantRemoved():
                data = {"id": event.participant_id, "entry_ids": list(event.entry_ids)}
                yield "participant", event.participant_id, "delete", data
            case SessionDetailsChanged():
                details = event.details
                yield (
                    "session_details",
                    details.session_id,
                    "upsert",
                    session_details_document(details),
                )
            case ParticipantLanguageChanged():
                yield _participant_details_change(state, event.participant_id)
