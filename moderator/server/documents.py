"""JSON documents of entities, as the snapshot and the change feed carry them."""

from __future__ import annotations

from typing import Any

from moderator.domain.clock import SpeakerClock
from moderator.domain.model import (
    AgendaItem,
    Hand,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    Turn,
)
from moderator.domain.session_state import SessionState


def meeting_document(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "title": meeting.title,
        "venue": meeting.venue,
        "timezone": meeting.timezone,
        "is_demo": meeting.is_demo,
        "warning_ms": meeting.warning_ms,
        "final_ms": meeting.final_ms,
    }


def session_document(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "meeting_id": session.meeting_id,
        "title": session.title,
        "room": session.room,
        "scheduled_start_ms": session.scheduled_start_ms,
        "scheduled_end_ms": session.scheduled_end_ms,
    }


def agenda_item_document(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "session_id": item.session_id,
        "position": item.position,
        "title": item.title,
        "planned_duration_ms": item.planned_duration_ms,
    }


def participant_document(participant: Participant, full: bool) -> dict[str, Any]:
    """Public fields for everyone; gender (personal data) only for staff and chairs."""
    document = {
        "id": participant.id,
        "meeting_id": participant.meeting_id,
        "name": participant.name,
        "function": participant.function,
        "organisation": participant.organisation,
        "stakeholder_group": participant.stakeholder_group.value,
        "attendance": participant.attendance.value,
    }
    if full:
        document["gender"] = participant.gender
        document["is_demo"] = participant.is_demo
    return document


def entry_document(entry: SpeakerEntry) -> dict[str, Any]:
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


def clock_document(
    session_id: str, entry_id: str | None, turn_id: str | None, clock: SpeakerClock
) -> dict[str, Any]:
    return {
        "session_id": session_id,
        "entry_id": entry_id,
        "turn_id": turn_id,
        "status": clock.status.value,
        "allotted_ms": clock.allotted_ms,
        "accumulated_ms": clock.accumulated_ms,
        "running_since_ms": clock.running_since_ms,
    }


def turn_document(turn: Turn) -> dict[str, Any]:
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


def hand_document(hand: Hand) -> dict[str, Any]:
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


def snapshot_document(state: SessionState, version: int, full: bool) -> dict[str, Any]:
    """The whole session at ``version``; ``full`` adds what only staff and chairs may read."""
    return {
        "version": version,
        "meeting": meeting_document(state.meeting),
        "session": session_document(state.session),
        "agenda_items": [agenda_item_document(item) for item in state.agenda_items],
        "participants": [
            participant_document(p, full)
            for p in sorted(state.participants.values(), key=lambda p: p.name)
        ],
        "entries": [entry_document(entry) for entry in state.entries],
        "clock": clock_document(
            state.session.id, state.current_entry_id, state.current_turn_id, state.clock
        ),
        "hands": [hand_document(hand) for hand in state.open_hands()],
        "turns": [turn_document(turn) for turn in state.turns.values()] if full else [],
    }
