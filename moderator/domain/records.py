"""Domain objects ↔ plain records (mappings of column names to JSON-able values).

One representation serves three readers: SQLAlchemy rows and ``sqlite3`` rows of the local
database (the table columns are these names), and the backend's snapshot and change feed
(``docs/protocol.md`` uses the same field names). No I/O here: just the mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from moderator.domain.model import (
    AgendaItem,
    Attendance,
    EntryState,
    Hand,
    HandState,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SessionFormat,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
    Turn,
)
from moderator.domain.timing.clock import ClockStatus, SpeakerClock


def meeting_from(row: Mapping[str, Any]) -> Meeting:
    return Meeting(
        id=row["id"],
        title=row["title"],
        venue=row["venue"],
        timezone=row["timezone"],
        is_demo=bool(row["is_demo"]),
        warning_ms=row["warning_ms"],
        final_ms=row["final_ms"],
    )


def meeting_row(meeting: Meeting) -> dict:
    return {
        "id": meeting.id,
        "title": meeting.title,
        "venue": meeting.venue,
        "timezone": meeting.timezone,
        "is_demo": meeting.is_demo,
        "warning_ms": meeting.warning_ms,
        "final_ms": meeting.final_ms,
    }


def session_from(row: Mapping[str, Any]) -> Session:
    return Session(
        id=row["id"],
        meeting_id=row["meeting_id"],
        title=row["title"],
        room=row["room"],
        scheduled_start_ms=row["scheduled_start_ms"],
        scheduled_end_ms=row["scheduled_end_ms"],
    )


def session_row(session: Session) -> dict:
    return {
        "id": session.id,
        "meeting_id": session.meeting_id,
        "title": session.title,
        "room": session.room,
        "scheduled_start_ms": session.scheduled_start_ms,
        "scheduled_end_ms": session.scheduled_end_ms,
    }


def agenda_item_from(row: Mapping[str, Any]) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        session_id=row["session_id"],
        position=row["position"],
        title=row["title"],
        planned_duration_ms=row["planned_duration_ms"],
        list_closed=bool(_optional(row, "list_closed")),
    )


def item_row(item: AgendaItem) -> dict:
    return {
        "id": item.id,
        "session_id": item.session_id,
        "position": item.position,
        "title": item.title,
        "planned_duration_ms": item.planned_duration_ms,
        "list_closed": item.list_closed,
    }


def participant_from(row: Mapping[str, Any]) -> Participant:
    return Participant(
        id=row["id"],
        meeting_id=row["meeting_id"],
        name=row["name"],
        function=row["function"],
        organisation=row["organisation"],
        stakeholder_group=StakeholderGroup(row["stakeholder_group"]),
        attendance=Attendance(row["attendance"]),
        gender=_optional(row, "gender"),
        is_demo=bool(_optional(row, "is_demo")),
    )


def participant_row(participant: Participant) -> dict:
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


def entry_from(row: Mapping[str, Any]) -> SpeakerEntry:
    return SpeakerEntry(
        id=row["id"],
        agenda_item_id=row["agenda_item_id"],
        participant_id=row["participant_id"],
        speech_type=SpeechType(row["speech_type"]),
        allotted_ms=row["allotted_ms"],
        order_key=row["order_key"],
        state=EntryState(row["state"]),
        started_at_ms=row["started_at_ms"],
        ended_at_ms=row["ended_at_ms"],
        origin=_optional(row, "origin") or "scheduled",
        hand_source=_optional(row, "hand_source") or "",
    )


def entry_row(entry: SpeakerEntry) -> dict:
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
        "origin": entry.origin,
        "hand_source": entry.hand_source,
    }


def session_details_from(row: Mapping[str, Any]) -> SessionDetails:
    return SessionDetails(
        session_id=row["session_id"],
        track=row["track"],
        session_type=row["session_type"],
        languages=row["languages"],
        format=_known_format(row["format"]),
    )


def _known_format(value: str | None) -> SessionFormat | None:
    """The session's format; one this version does not know (a newer backend's, a newer
    console's file) reads as "not known" rather than stopping the sync or the start-up."""
    try:
        return SessionFormat(value) if value else None
    except ValueError:
        return None


def session_details_row(details: SessionDetails) -> dict:
    return {
        "session_id": details.session_id,
        "track": details.track,
        "session_type": details.session_type,
        "languages": details.languages,
        "format": details.format.value if details.format is not None else "",
    }


def participant_details_from(row: Mapping[str, Any]) -> ParticipantDetails:
    return ParticipantDetails(participant_id=row["participant_id"], language=row["language"])


def participant_details_row(details: ParticipantDetails) -> dict:
    return {"participant_id": details.participant_id, "language": details.language}


def clock_from(row: Mapping[str, Any]) -> SpeakerClock:
    return SpeakerClock(
        allotted_ms=row["allotted_ms"],
        accumulated_ms=row["accumulated_ms"],
        running_since_ms=row["running_since_ms"],
        status=ClockStatus(row["status"]),
    )


def clock_row(
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


def turn_from(row: Mapping[str, Any]) -> Turn:
    return Turn(
        id=row["id"],
        session_id=row["session_id"],
        entry_id=row["entry_id"],
        participant_id=row["participant_id"],
        agenda_item_id=row["agenda_item_id"],
        speech_type=SpeechType(row["speech_type"]),
        allotted_ms=row["allotted_ms"],
        started_at_ms=row["started_at_ms"],
        ended_at_ms=row["ended_at_ms"],
        spoken_ms=row["spoken_ms"],
        paused_ms=row["paused_ms"],
        overrun_ms=row["overrun_ms"],
        interposed_in=_optional(row, "interposed_in"),
    )


def turn_row(turn: Turn) -> dict:
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
        "interposed_in": turn.interposed_in,
    }


def hand_from(row: Mapping[str, Any]) -> Hand:
    return Hand(
        id=row["id"],
        session_id=row["session_id"],
        participant_id=row["participant_id"],
        seq=row["seq"],
        raised_at_ms=row["raised_at_ms"],
        state=HandState(row["state"]),
        lowered_at_ms=row["lowered_at_ms"],
        lowered_by=row["lowered_by"],
        source=row["source"],
    )


def hand_row(hand: Hand) -> dict:
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


def _optional(row: Mapping[str, Any], key: str) -> Any:
    """A field some records leave out (the public participant document has no gender)."""
    try:
        return row[key]
    except (KeyError, IndexError):
        return None
