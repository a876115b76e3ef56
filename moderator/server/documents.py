"""JSON documents of entities, as the snapshot and the change feed carry them.

The protocol's field names are the console's column names, so most documents are the domain
records (``moderator.domain.records``); participants are filtered by who may read them, and
their personal data (``participant_details``: language, and in the feed gender) is for staff
and chairs only.
"""

from __future__ import annotations

from typing import Any

from moderator.domain.model import (
    AgendaItem,
    Hand,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SpeakerEntry,
    Turn,
)
from moderator.domain.records import (
    clock_row,
    entry_row,
    hand_row,
    item_row,
    participant_details_row,
    session_details_row,
    session_row,
    turn_row,
)
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import SpeakerClock


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
    return session_row(session)


def session_details_document(details: SessionDetails) -> dict[str, Any]:
    """Format, languages, track and type: public schedule facts."""
    return session_details_row(details)


def participant_details_document(participant_id: str, language: str) -> dict[str, Any]:
    """A participant's language: personal data, for staff and chairs only (a row of the
    snapshot's ``participant_details``, whose participants carry their gender already)."""
    return participant_details_row(ParticipantDetails(participant_id, language))


def participant_private_document(participant: Participant, language: str) -> dict[str, Any]:
    """A participant's personal data as the feed's private ``participant_details`` change
    carries it: the language and the gender, both as they now are (``null``: no gender given).

    One private entity for both, so a console that follows applies one change; the public
    ``participant`` change leaves the gender out, and a console older than the gender in this
    entity reads the language and skips what it does not know."""
    document = participant_details_document(participant.id, language)
    document["gender"] = participant.gender
    return document


def agenda_item_document(item: AgendaItem) -> dict[str, Any]:
    return item_row(item)


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
    return entry_row(entry)


def clock_document(
    session_id: str, entry_id: str | None, turn_id: str | None, clock: SpeakerClock
) -> dict[str, Any]:
    return clock_row(session_id, entry_id, turn_id, clock)


def turn_document(turn: Turn) -> dict[str, Any]:
    return turn_row(turn)


def hand_document(hand: Hand) -> dict[str, Any]:
    return hand_row(hand)


def snapshot_document(state: SessionState, version: int, full: bool) -> dict[str, Any]:
    """The whole session at ``version``; ``full`` adds what only staff and chairs may read."""
    return {
        "version": version,
        "meeting": meeting_document(state.meeting),
        "session": session_document(state.session),
        "session_details": session_details_document(state.details),
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
        "participant_details": [
            participant_details_document(pid, language)
            for pid, language in sorted(state.languages.items())
        ]
        if full
        else [],
    }
