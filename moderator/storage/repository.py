"""The one place that maps domain objects to tables and back.

``Store.commit`` writes a command's events and its journal row in one ``BEGIN IMMEDIATE``
transaction: either the whole chair action is on disk or none of it is. Hot-path writes use
SQLAlchemy Core statements (compiled once and cached) rather than loading ORM objects, because
"next speaker" must commit in a few milliseconds with a thousand speakers in the list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, and_, delete, exists, insert, select, update
from sqlalchemy.engine import Connection

from moderator.domain.commands import Command
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    EntryStateChanged,
    Event,
    HandChanged,
    HandRemoved,
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
from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SpeakerEntry,
)
from moderator.domain.records import (
    agenda_item_from,
    clock_from,
    clock_row,
    entry_from,
    entry_row,
    hand_from,
    hand_row,
    item_row,
    meeting_from,
    meeting_row,
    participant_details_row,
    participant_from,
    participant_row,
    session_details_from,
    session_details_row,
    session_from,
    session_row,
    turn_from,
    turn_row,
)
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import SpeakerClock
from moderator.storage.database import read_only
from moderator.storage.models import (
    AgendaItemRow,
    CommandLogRow,
    HandRow,
    MeetingRow,
    ParticipantDetailsRow,
    ParticipantRow,
    SessionClockRow,
    SessionDetailsRow,
    SessionRow,
    SpeakerEntryRow,
    SyncSessionRow,
    TurnRow,
)


@dataclass(frozen=True, slots=True)
class LoggedCommand:
    seq: int
    command_id: str
    session_id: str
    name: str
    args: dict
    recorded_at_ms: int


@dataclass(slots=True)
class MeetingBundle:
    """A meeting with everything in it, as created by the demo loader or an importer."""

    meeting: Meeting
    participants: list[Participant]
    sessions: list[Session]
    agenda_items: list[AgendaItem]
    entries: list[SpeakerEntry]
    #: Details of the sessions that have any, and the participants' languages (an upload or
    #: an import may carry them; a bundle without them leaves them empty).
    session_details: list[SessionDetails] = field(default_factory=list)
    participant_details: list[ParticipantDetails] = field(default_factory=list)


class Store:
    """Reads and writes one database. Writes lock at BEGIN; reads never take the write lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = read_only(engine)
        self._linked_sessions: frozenset[str] | None = None
        self._outbox_listeners: list[Callable[[], None]] = []

    # --- writing ---------------------------------------------------------------------------

    def commit(
        self,
        command: Command,
        events: Iterable[Event],
        command_id: str,
        recorded_at_ms: int,
        label: str | None = None,
    ) -> int:
        """Persist one chair action; return its journal sequence number. When the command
        was queued for the backend (with ``label``, the action in the chair's words), the
        outbox listeners are told once it is committed."""
        queued = command.session_id in self.linked_sessions()
        with self.engine.begin() as connection:
            sequence = write_command(
                connection, command, events, command_id, recorded_at_ms, queued, label
            )
        if queued:
            self.announce_outbox()
        return sequence

    def announce_outbox(self) -> None:
        """Tell the outbox listeners that commands were queued (after a commit that queued
        several at once, on the thread the listeners expect)."""
        for listener in list(self._outbox_listeners):
            listener()

    def add_outbox_listener(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` after each command queued for the backend is committed (from
        any runner on this store: the chair's, the agenda editor's), so the sync pushes it at
        once; returns the function that stops it."""
        self._outbox_listeners.append(listener)

        def remove() -> None:
            if listener in self._outbox_listeners:
                self._outbox_listeners.remove(listener)

        return remove

    def linked_sessions(self) -> frozenset[str]:
        """Sessions followed on a backend: their commands also go to the outbox."""
        if self._linked_sessions is None:
            with self._reader.connect() as connection:
                self._linked_sessions = frozenset(
                    connection.execute(select(SyncSessionRow.session_id)).scalars().all()
                )
        return self._linked_sessions

    def forget_linked_sessions(self) -> None:
        """Re-read the followed sessions on the next commit (after linking one)."""
        self._linked_sessions = None

    def add_meeting(self, bundle: MeetingBundle) -> None:
        """Insert a whole meeting in one transaction (all or nothing)."""
        with self.engine.begin() as connection:
            insert_meeting_bundle(connection, bundle)

    def commit_changes(
        self, session_id: str, events: Iterable[Event], cursor: int | None, now_ms: int = 0
    ) -> None:
        """Persist what the backend changed in a followed session (the events that turn the
        chair's view into the sync's new view) and, in the same transaction, how far its feed
        is applied (``cursor``), so a crash never separates the two. The events are written
        exactly as a chair command's are."""
        with self.engine.begin() as connection:
            write_events(connection, events)
            if cursor is not None:
                from moderator.storage.sync_store import link_session

                link_session(connection, session_id, cursor, now_ms)
        self._linked_sessions = None

    def save_snapshot(
        self, state: SessionState, cursor: int, now_ms: int = 0, backend_url: str | None = None
    ) -> None:
        """Write a whole session as the backend sent it (a first download, or one made
        available offline), with the feed cursor and the backend it came from (so the next
        start reconnects there), in one transaction. Rows are inserted or
        updated; what the snapshot no longer has is removed by ``commit_changes`` of the
        differences to what is on disk."""
        with self.engine.begin() as connection:
            _upsert(connection, MeetingRow, meeting_row(state.meeting), key="id")
            for participant in state.participants.values():
                _upsert(connection, ParticipantRow, participant_row(participant), key="id")
            _upsert(connection, SessionRow, session_row(state.session), key="id")
            for item in state.agenda_items:
                _upsert(connection, AgendaItemRow, item_row(item), key="id")
            _save_details(connection, state)
            for entry in state.entries:
                _upsert(connection, SpeakerEntryRow, entry_row(entry), key="id")
            values = clock_row(
                state.session.id, state.current_entry_id, state.current_turn_id, state.clock
            )
            _upsert(connection, SessionClockRow, values, key="session_id")
            for turn in state.turns.values():
                _upsert(connection, TurnRow, turn_row(turn), key="id")
            for hand in state.hands.values():
                _upsert(connection, HandRow, hand_row(hand), key="id")
            from moderator.storage.sync_store import link_session

            link_session(connection, state.session.id, cursor, now_ms, backend_url)
        self._linked_sessions = None

    def delete_demo_meetings(self) -> int:
        """Remove every meeting marked as demo data, with all it contains; return how many."""
        with self.engine.begin() as connection:
            ids = (
                connection.execute(select(MeetingRow.id).where(MeetingRow.is_demo)).scalars().all()
            )
            if not ids:
                return 0
            session_ids = (
                connection.execute(select(SessionRow.id).where(SessionRow.meeting_id.in_(ids)))
                .scalars()
                .all()
            )
            connection.execute(
                delete(CommandLogRow).where(CommandLogRow.session_id.in_(session_ids))
            )
            connection.execute(delete(MeetingRow).where(MeetingRow.id.in_(ids)))
            return len(ids)

    # --- reading ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._reader.connect() as connection:
            return connection.execute(select(MeetingRow.id).limit(1)).first() is None

    def meetings(self) -> list[Meeting]:
        with self._reader.connect() as connection:
            rows = connection.execute(select(MeetingRow).order_by(MeetingRow.title)).all()
        return [meeting_from(row._mapping) for row in rows]

    def sessions(self, meeting_id: str | None = None) -> list[Session]:
        query = select(SessionRow).order_by(SessionRow.scheduled_start_ms, SessionRow.title)
        if meeting_id is not None:
            query = query.where(SessionRow.meeting_id == meeting_id)
        with self._reader.connect() as connection:
            rows = connection.execute(query).all()
        return [session_from(row._mapping) for row in rows]

    def load_session_state(self, session_id: str) -> SessionState:
        """Everything a chair needs for one session, read in one consistent snapshot."""
        with self._reader.connect() as connection, connection.begin():
            return load_session_state(connection, session_id)

    def participants(self, meeting_id: str) -> list[Participant]:
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(ParticipantRow)
                .where(ParticipantRow.meeting_id == meeting_id)
                .order_by(ParticipantRow.name)
            ).all()
        return [participant_from(row._mapping) for row in rows]

    def command_log(self) -> list[LoggedCommand]:
        with self._reader.connect() as connection:
            rows = connection.execute(select(CommandLogRow).order_by(CommandLogRow.seq)).all()
        return [
            LoggedCommand(
                seq=row.seq,
                command_id=row.command_id,
                session_id=row.session_id,
                name=row.name,
                args=json.loads(row.args_json),
                recorded_at_ms=row.recorded_at_ms,
            )
            for row in rows
        ]


def _save_details(connection: Connection, state: SessionState) -> None:
    """The session's details and the roster's languages, all of them (a whole session)."""
    _upsert(connection, SessionDetailsRow, session_details_row(state.details), "session_id")
    rows = [
        participant_details_row(ParticipantDetails(pid, state.language_of(pid)))
        for pid in state.participants
    ]
    _upsert_many(connection, ParticipantDetailsRow, rows, key="participant_id")


def load_session_state(connection: Connection, session_id: str) -> SessionState:
    """Read one session's aggregate through ``connection`` (inside the caller's transaction).

    Raises ``KeyError`` for an unknown session.
    """
    session_row = connection.execute(select(SessionRow).where(SessionRow.id == session_id)).first()
    if session_row is None:
        raise KeyError(f"no session with id {session_id!r}")
    session = session_from(session_row._mapping)
    meeting = meeting_from(
        connection.execute(select(MeetingRow).where(MeetingRow.id == session.meeting_id))
        .one()
        ._mapping
    )
    items = [
        agenda_item_from(row._mapping)
        for row in connection.execute(
            select(AgendaItemRow).where(AgendaItemRow.session_id == session_id)
        )
    ]
    item_ids = [item.id for item in items]
    entries = [
        entry_from(row._mapping)
        for row in connection.execute(
            select(SpeakerEntryRow).where(SpeakerEntryRow.agenda_item_id.in_(item_ids))
        )
    ]
    participants = {
        row.id: participant_from(row._mapping)
        for row in connection.execute(
            select(ParticipantRow).where(ParticipantRow.meeting_id == meeting.id)
        )
    }
    clock_row = connection.execute(
        select(SessionClockRow).where(SessionClockRow.session_id == session_id)
    ).first()
    turns = {
        row.id: turn_from(row._mapping)
        for row in connection.execute(
            select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.started_at_ms)
        )
    }
    hands = {
        row.id: hand_from(row._mapping)
        for row in connection.execute(
            select(HandRow).where(HandRow.session_id == session_id).order_by(HandRow.seq)
        )
    }
    details_row = connection.execute(
        select(SessionDetailsRow).where(SessionDetailsRow.session_id == session_id)
    ).first()
    languages = {
        row.participant_id: row.language
        for row in connection.execute(
            select(ParticipantDetailsRow.participant_id, ParticipantDetailsRow.language)
            .join(ParticipantRow, ParticipantRow.id == ParticipantDetailsRow.participant_id)
            .where(ParticipantRow.meeting_id == meeting.id)
        )
    }
    state = SessionState(
        meeting=meeting,
        session=session,
        agenda_items=items,
        entries=entries,
        participants=participants,
        turns=turns,
        hands=hands,
        details=session_details_from(details_row._mapping) if details_row else None,
        languages=languages,
    )
    if clock_row is not None:
        state.clock = clock_from(clock_row._mapping)
        state.current_entry_id = clock_row.entry_id
        state.current_turn_id = clock_row.turn_id
    return state


def insert_meeting_bundle(connection: Connection, bundle: MeetingBundle) -> None:
    """Insert a meeting with everything in it through ``connection``; clocks start idle."""
    meeting = bundle.meeting
    connection.execute(
        insert(MeetingRow).values(
            id=meeting.id,
            title=meeting.title,
            venue=meeting.venue,
            timezone=meeting.timezone,
            is_demo=meeting.is_demo,
            warning_ms=meeting.warning_ms,
            final_ms=meeting.final_ms,
        )
    )
    _insert_many(connection, ParticipantRow, [participant_row(p) for p in bundle.participants])
    _insert_many(connection, SessionRow, [session_row(s) for s in bundle.sessions])
    _insert_many(connection, AgendaItemRow, [item_row(i) for i in bundle.agenda_items])
    _insert_many(connection, SpeakerEntryRow, [entry_row(e) for e in bundle.entries])
    _insert_many(
        connection,
        SessionClockRow,
        [clock_row(s.id, None, None, SpeakerClock()) for s in bundle.sessions],
    )
    _insert_many(
        connection, SessionDetailsRow, [session_details_row(d) for d in bundle.session_details]
    )
    _insert_many(
        connection,
        ParticipantDetailsRow,
        [participant_details_row(d) for d in bundle.participant_details],
    )


def write_command(
    connection: Connection,
    command: Command,
    events: Iterable[Event],
    command_id: str,
    recorded_at_ms: int,
    queued: bool,
    label: str | None = None,
) -> int:
    """One command through ``connection`` (inside the caller's transaction): its events, its
    journal row and, when ``queued`` (a followed session), its outbox row. Returns the
    journal sequence number."""
    write_events(connection, events)
    if queued:
        from moderator.storage.sync_store import enqueue

        enqueue(connection, command, recorded_at_ms, label)
    result = connection.execute(
        insert(CommandLogRow).values(
            command_id=command_id,
            session_id=command.session_id,
            name=command.name,
            args_json=json.dumps(command.to_args(), sort_keys=True),
            recorded_at_ms=recorded_at_ms,
        )
    )
    return int(result.inserted_primary_key[0])


def write_events(connection: Connection, events: Iterable[Event]) -> None:
    """Persist events through ``connection`` (inside the caller's transaction)."""
    for event in events:
        _write_event(connection, event)


# --- event → SQL ---------------------------------------------------------------------------


def _write_event(connection: Connection, event: Event) -> None:
    match event:
        case EntryStateChanged():
            connection.execute(
                update(SpeakerEntryRow)
                .where(SpeakerEntryRow.id == event.entry_id)
                .values(
                    state=event.state.value,
                    started_at_ms=event.started_at_ms,
                    ended_at_ms=event.ended_at_ms,
                )
            )
        case EntryAdded():
            connection.execute(insert(SpeakerEntryRow).values(**entry_row(event.entry)))
        case EntryChanged():
            values = entry_row(event.entry)
            connection.execute(
                update(SpeakerEntryRow).where(SpeakerEntryRow.id == event.entry.id).values(**values)
            )
        case ClockChanged():
            values = clock_row(event.session_id, event.entry_id, event.turn_id, event.clock)
            _upsert(connection, SessionClockRow, values, key="session_id")
        case TurnOpened():
            connection.execute(insert(TurnRow).values(**turn_row(event.turn)))
        case TurnClosed():
            connection.execute(
                update(TurnRow)
                .where(TurnRow.id == event.turn_id)
                .values(
                    ended_at_ms=event.ended_at_ms,
                    allotted_ms=event.allotted_ms,
                    spoken_ms=event.spoken_ms,
                    paused_ms=event.paused_ms,
                    overrun_ms=event.overrun_ms,
                )
            )
        case EntryRemoved():
            _delete_entries(connection, (event.entry_id,))
        case HandRemoved():
            connection.execute(delete(HandRow).where(HandRow.id == event.hand_id))
        case TurnChanged():
            values = turn_row(event.turn)
            connection.execute(update(TurnRow).where(TurnRow.id == event.turn.id).values(**values))
        case TurnRemoved():
            connection.execute(delete(TurnRow).where(TurnRow.id == event.turn_id))
        case HandChanged():
            _upsert(connection, HandRow, hand_row(event.hand), key="id")
        case ParticipantAdded():
            _upsert(connection, ParticipantRow, participant_row(event.participant), key="id")
        case AgendaItemChanged():
            values = item_row(event.item)
            connection.execute(
                update(AgendaItemRow).where(AgendaItemRow.id == event.item.id).values(**values)
            )
        case MeetingChanged():
            values = meeting_row(event.meeting)
            connection.execute(
                update(MeetingRow).where(MeetingRow.id == event.meeting.id).values(**values)
            )
        case SessionChanged():
            values = session_row(event.session)
            connection.execute(
                update(SessionRow).where(SessionRow.id == event.session.id).values(**values)
            )
        case AgendaItemAdded():
            connection.execute(insert(AgendaItemRow).values(**item_row(event.item)))
        case AgendaItemRemoved():
            _delete_entries(connection, event.entry_ids)
            connection.execute(delete(AgendaItemRow).where(AgendaItemRow.id == event.item_id))
        case ParticipantChanged():
            values = participant_row(event.participant)
            connection.execute(
                update(ParticipantRow)
                .where(ParticipantRow.id == event.participant.id)
                .values(**values)
            )
        case SessionDetailsChanged():
            values = session_details_row(event.details)
            _upsert(connection, SessionDetailsRow, values, key="session_id")
        case ParticipantLanguageChanged():
            details = ParticipantDetails(event.participant_id, event.language)
            values = participant_details_row(details)
            _upsert(connection, ParticipantDetailsRow, values, key="participant_id")
        case ParticipantRemoved():
            _delete_entries(connection, event.entry_ids)
            # Only when no list names them any more: the roster is the meeting's, and a list of
            # another session (not part of the state this was decided on) may still name them;
            # deleting would take that place with it (ON DELETE CASCADE).
            named = exists().where(SpeakerEntryRow.participant_id == event.participant_id)
            spoke = exists().where(TurnRow.participant_id == event.participant_id)
            connection.execute(
                delete(ParticipantRow).where(
                    and_(ParticipantRow.id == event.participant_id, ~named, ~spoke)
                )
            )
        case _:  # pragma: no cover - exhaustive over Event
            raise TypeError(f"unknown event {event!r}")


def _delete_entries(connection: Connection, entry_ids: tuple[str, ...]) -> None:
    if entry_ids:
        connection.execute(delete(SpeakerEntryRow).where(SpeakerEntryRow.id.in_(entry_ids)))


def dialect_insert(connection: Connection):  # type: ignore[no-untyped-def]
    """The ``insert`` with ``on_conflict_…`` of the connection's dialect (SQLite, PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _upsert(connection: Connection, table: type, values: dict, key: str) -> None:
    """Insert or update by primary key, in the dialect's own syntax.

    The statement is built once per dialect, table and columns and then run with the values as
    parameters: building it was most of the cost of a chair action on the server.
    """
    cache_key = (connection.dialect.name, table, key, tuple(values))
    statement = _UPSERTS.get(cache_key)
    if statement is None:
        insert_statement = dialect_insert(connection)(table)
        statement = insert_statement.on_conflict_do_update(
            index_elements=[key],
            set_={k: insert_statement.excluded[k] for k in values if k != key},
        )
        _UPSERTS[cache_key] = statement
    connection.execute(statement, values)


_UPSERTS: dict[tuple, Any] = {}


def _upsert_many(connection: Connection, table: type, rows: list[dict], key: str) -> None:
    """``_upsert`` of many rows of the same columns in one statement (executemany)."""
    if not rows:
        return
    _upsert(connection, table, rows[0], key)
    if len(rows) > 1:
        statement = _UPSERTS[(connection.dialect.name, table, key, tuple(rows[0]))]
        connection.execute(statement, rows[1:])


def _insert_many(connection: Connection, table: type, rows: list[dict]) -> None:
    if rows:
        connection.execute(insert(table), rows)
