"""The one place that maps domain objects to tables and back.

``Store.commit`` writes a command's events and its journal row in one ``BEGIN IMMEDIATE``
transaction: either the whole chair action is on disk or none of it is. Hot-path writes use
SQLAlchemy Core statements (compiled once and cached) rather than loading ORM objects, because
"next speaker" must commit in a few milliseconds with a thousand speakers in the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.engine import Connection

from moderator.domain.clock import ClockStatus, SpeakerClock
from moderator.domain.commands import Command
from moderator.domain.events import (
    ClockChanged,
    EntryStateChanged,
    Event,
    HandChanged,
    TurnClosed,
    TurnOpened,
)
from moderator.domain.model import (
    AgendaItem,
    Attendance,
    EntryState,
    Hand,
    HandState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
    Turn,
)
from moderator.domain.session_state import SessionState
from moderator.storage.database import read_only
from moderator.storage.models import (
    AgendaItemRow,
    CommandLogRow,
    HandRow,
    MeetingRow,
    ParticipantRow,
    SessionClockRow,
    SessionRow,
    SpeakerEntryRow,
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


class Store:
    """Reads and writes one database. Writes lock at BEGIN; reads never take the write lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = read_only(engine)

    # --- writing ---------------------------------------------------------------------------

    def commit(
        self, command: Command, events: Iterable[Event], command_id: str, recorded_at_ms: int
    ) -> int:
        """Persist one chair action; return its journal sequence number."""
        with self.engine.begin() as connection:
            write_events(connection, events)
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

    def add_meeting(self, bundle: MeetingBundle) -> None:
        """Insert a whole meeting in one transaction (all or nothing)."""
        with self.engine.begin() as connection:
            insert_meeting_bundle(connection, bundle)

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
        return [_meeting(row) for row in rows]

    def sessions(self, meeting_id: str | None = None) -> list[Session]:
        query = select(SessionRow).order_by(SessionRow.scheduled_start_ms, SessionRow.title)
        if meeting_id is not None:
            query = query.where(SessionRow.meeting_id == meeting_id)
        with self._reader.connect() as connection:
            rows = connection.execute(query).all()
        return [_session(row) for row in rows]

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
        return [_participant(row) for row in rows]

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


def load_session_state(connection: Connection, session_id: str) -> SessionState:
    """Read one session's aggregate through ``connection`` (inside the caller's transaction).

    Raises ``KeyError`` for an unknown session.
    """
    session_row = connection.execute(select(SessionRow).where(SessionRow.id == session_id)).first()
    if session_row is None:
        raise KeyError(f"no session with id {session_id!r}")
    session = _session(session_row)
    meeting = _meeting(
        connection.execute(select(MeetingRow).where(MeetingRow.id == session.meeting_id)).one()
    )
    items = [
        _agenda_item(row)
        for row in connection.execute(
            select(AgendaItemRow).where(AgendaItemRow.session_id == session_id)
        )
    ]
    item_ids = [item.id for item in items]
    entries = [
        _entry(row)
        for row in connection.execute(
            select(SpeakerEntryRow).where(SpeakerEntryRow.agenda_item_id.in_(item_ids))
        )
    ]
    participants = {
        row.id: _participant(row)
        for row in connection.execute(
            select(ParticipantRow).where(ParticipantRow.meeting_id == meeting.id)
        )
    }
    clock_row = connection.execute(
        select(SessionClockRow).where(SessionClockRow.session_id == session_id)
    ).first()
    turns = {
        row.id: _turn(row)
        for row in connection.execute(
            select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.started_at_ms)
        )
    }
    hands = {
        row.id: _hand(row)
        for row in connection.execute(
            select(HandRow).where(HandRow.session_id == session_id).order_by(HandRow.seq)
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
    )
    if clock_row is not None:
        state.clock = _clock(clock_row)
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
    _insert_many(connection, ParticipantRow, [_participant_row(p) for p in bundle.participants])
    _insert_many(connection, SessionRow, [_session_row(s) for s in bundle.sessions])
    _insert_many(connection, AgendaItemRow, [_item_row(i) for i in bundle.agenda_items])
    _insert_many(connection, SpeakerEntryRow, [_entry_row(e) for e in bundle.entries])
    _insert_many(
        connection,
        SessionClockRow,
        [_clock_row(s.id, None, None, SpeakerClock()) for s in bundle.sessions],
    )


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
        case ClockChanged():
            values = _clock_row(event.session_id, event.entry_id, event.turn_id, event.clock)
            _upsert(connection, SessionClockRow, values, key="session_id")
        case TurnOpened():
            connection.execute(insert(TurnRow).values(**_turn_row(event.turn)))
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
        case HandChanged():
            _upsert(connection, HandRow, _hand_row(event.hand), key="id")
        case _:  # pragma: no cover - exhaustive over Event
            raise TypeError(f"unknown event {event!r}")


def dialect_insert(connection: Connection):  # type: ignore[no-untyped-def]
    """The ``insert`` with ``on_conflict_…`` of the connection's dialect (SQLite, PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _upsert(connection: Connection, table: type, values: dict, key: str) -> None:
    """Insert or update by primary key, in the dialect's own syntax."""
    statement = dialect_insert(connection)(table).values(**values)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[key], set_={k: v for k, v in values.items() if k != key}
        )
    )


def _insert_many(connection: Connection, table: type, rows: list[dict]) -> None:
    if rows:
        connection.execute(insert(table), rows)


# --- row ↔ domain ----------------------------------------------------------------------------


def _meeting(row) -> Meeting:  # type: ignore[no-untyped-def]
    return Meeting(
        id=row.id,
        title=row.title,
        venue=row.venue,
        timezone=row.timezone,
        is_demo=bool(row.is_demo),
        warning_ms=row.warning_ms,
        final_ms=row.final_ms,
    )


def _session(row) -> Session:  # type: ignore[no-untyped-def]
    return Session(
        id=row.id,
        meeting_id=row.meeting_id,
        title=row.title,
        room=row.room,
        scheduled_start_ms=row.scheduled_start_ms,
        scheduled_end_ms=row.scheduled_end_ms,
    )


def _session_row(session: Session) -> dict:
    return {
        "id": session.id,
        "meeting_id": session.meeting_id,
        "title": session.title,
        "room": session.room,
        "scheduled_start_ms": session.scheduled_start_ms,
        "scheduled_end_ms": session.scheduled_end_ms,
    }


def _agenda_item(row) -> AgendaItem:  # type: ignore[no-untyped-def]
    return AgendaItem(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        title=row.title,
        planned_duration_ms=row.planned_duration_ms,
    )


def _item_row(item: AgendaItem) -> dict:
    return {
        "id": item.id,
        "session_id": item.session_id,
        "position": item.position,
        "title": item.title,
        "planned_duration_ms": item.planned_duration_ms,
    }


def _participant(row) -> Participant:  # type: ignore[no-untyped-def]
    return Participant(
        id=row.id,
        meeting_id=row.meeting_id,
        name=row.name,
        function=row.function,
        organisation=row.organisation,
        stakeholder_group=StakeholderGroup(row.stakeholder_group),
        attendance=Attendance(row.attendance),
        gender=row.gender,
        is_demo=bool(row.is_demo),
    )


def _participant_row(participant: Participant) -> dict:
    return {
        "id": participant.id,
        "meeting_id": participant.meeting_id,
        "name": participant.name,
        "function": participant.function,
        "organisation": participant.organisation,
        "stakeholder_group": participant.stakeholder_group.value,
        "attendance": participant.attendance.value,
        "gender": participant.gender,
        "is_demo": participant.is_demo,
    }


def _entry(row) -> SpeakerEntry:  # type: ignore[no-untyped-def]
    return SpeakerEntry(
        id=row.id,
        agenda_item_id=row.agenda_item_id,
        participant_id=row.participant_id,
        speech_type=SpeechType(row.speech_type),
        allotted_ms=row.allotted_ms,
        order_key=row.order_key,
        state=EntryState(row.state),
        started_at_ms=row.started_at_ms,
        ended_at_ms=row.ended_at_ms,
    )


def _entry_row(entry: SpeakerEntry) -> dict:
    return {
        "id": entry.id,
        "agenda_item_id": entry.agenda_item_id,
        "participant_id": entry.participant_id,
        "speech_type": entry.speech_type.value,
        "allotted_ms": entry.allotted_ms,
        "order_key": entry.order_key,
        "state": entry.state.value,
        "started_at_ms": entry.started_at_ms,
        "ended_at_ms": entry.ended_at_ms,
    }


def _clock(row) -> SpeakerClock:  # type: ignore[no-untyped-def]
    return SpeakerClock(
        allotted_ms=row.allotted_ms,
        accumulated_ms=row.accumulated_ms,
        running_since_ms=row.running_since_ms,
        status=ClockStatus(row.status),
    )


def _clock_row(
    session_id: str, entry_id: str | None, turn_id: str | None, clock: SpeakerClock
) -> dict:
    return {
        "session_id": session_id,
        "entry_id": entry_id,
        "turn_id": turn_id,
        "status": clock.status.value,
        "allotted_ms": clock.allotted_ms,
        "accumulated_ms": clock.accumulated_ms,
        "running_since_ms": clock.running_since_ms,
    }


def _turn(row) -> Turn:  # type: ignore[no-untyped-def]
    return Turn(
        id=row.id,
        session_id=row.session_id,
        entry_id=row.entry_id,
        participant_id=row.participant_id,
        agenda_item_id=row.agenda_item_id,
        speech_type=SpeechType(row.speech_type),
        allotted_ms=row.allotted_ms,
        started_at_ms=row.started_at_ms,
        ended_at_ms=row.ended_at_ms,
        spoken_ms=row.spoken_ms,
        paused_ms=row.paused_ms,
        overrun_ms=row.overrun_ms,
    )


def _turn_row(turn: Turn) -> dict:
    return {
        "id": turn.id,
        "session_id": turn.session_id,
        "entry_id": turn.entry_id,
        "participant_id": turn.participant_id,
        "agenda_item_id": turn.agenda_item_id,
        "speech_type": turn.speech_type.value,
        "allotted_ms": turn.allotted_ms,
        "started_at_ms": turn.started_at_ms,
        "ended_at_ms": turn.ended_at_ms,
        "spoken_ms": turn.spoken_ms,
        "paused_ms": turn.paused_ms,
        "overrun_ms": turn.overrun_ms,
    }


def _hand(row) -> Hand:  # type: ignore[no-untyped-def]
    return Hand(
        id=row.id,
        session_id=row.session_id,
        participant_id=row.participant_id,
        seq=row.seq,
        raised_at_ms=row.raised_at_ms,
        state=HandState(row.state),
        lowered_at_ms=row.lowered_at_ms,
        lowered_by=row.lowered_by,
        source=row.source,
    )


def _hand_row(hand: Hand) -> dict:
    return {
        "id": hand.id,
        "session_id": hand.session_id,
        "participant_id": hand.participant_id,
        "seq": hand.seq,
        "state": hand.state.value,
        "raised_at_ms": hand.raised_at_ms,
        "lowered_at_ms": hand.lowered_at_ms,
        "lowered_by": hand.lowered_by,
        "source": hand.source,
    }
