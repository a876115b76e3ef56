"""A session with a long list of speakers in a real SQLite file, built through the store's own
insert path (``Store.add_meeting``): what a chair of a large assembly opens, for the tests of
what a press costs the window with a thousand names on the list."""

from __future__ import annotations

import uuid
from pathlib import Path

from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import evenly_spaced_keys
from moderator.storage.database import open_database
from moderator.storage.repository import MeetingBundle, Store

MINUTE_MS = 60_000


def write_long_session(path: Path, now_ms: int, speakers: int, items: int = 4) -> str:
    """A new database at ``path`` holding one meeting whose one session, scheduled to have
    started ten minutes before ``now_ms``, lists ``speakers`` statements of five minutes
    over ``items`` agenda items (each person a distinct name); the session's id."""
    meeting = Meeting(id=uuid.uuid4().hex, title="General assembly", timezone="UTC")
    people = [
        Participant(
            id=uuid.uuid4().hex,
            meeting_id=meeting.id,
            name=f"Delegate {n:04d}",
            organisation=f"Delegation {n % 97}",
        )
        for n in range(speakers)
    ]
    start = now_ms - 10 * MINUTE_MS
    session = Session(
        id=uuid.uuid4().hex,
        meeting_id=meeting.id,
        title="Plenary",
        room="Hall",
        scheduled_start_ms=start,
        scheduled_end_ms=start + speakers * 5 * MINUTE_MS,
    )
    per_item = -(-speakers // items)
    agenda, entries = [], []
    for position in range(1, items + 1):
        names = people[(position - 1) * per_item : position * per_item]
        item = AgendaItem(
            id=uuid.uuid4().hex,
            session_id=session.id,
            position=position,
            title=f"Item {position}",
            planned_duration_ms=len(names) * 5 * MINUTE_MS,
        )
        agenda.append(item)
        for person, key in zip(names, evenly_spaced_keys(len(names)), strict=True):
            entries.append(
                SpeakerEntry(
                    id=uuid.uuid4().hex,
                    agenda_item_id=item.id,
                    participant_id=person.id,
                    speech_type=SpeechType.STATEMENT,
                    allotted_ms=5 * MINUTE_MS,
                    order_key=key,
                )
            )
    engine = open_database(path)
    try:
        Store(engine).add_meeting(
            MeetingBundle(
                meeting=meeting,
                participants=people,
                sessions=[session],
                agenda_items=agenda,
                entries=entries,
            )
        )
    finally:
        engine.dispose()
    return session.id
