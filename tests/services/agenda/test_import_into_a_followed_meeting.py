"""Importing into a meeting followed on a backend: the file's changes are queued commands,
roster first, and importing the same file again queues nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.domain.model import EntryState
from moderator.importers import load_plan
from moderator.services.agenda.agenda_import import Action, apply_import, preview_import
from moderator.services.agenda.demo import build_demo_meeting
from moderator.storage.repository import MeetingBundle, Store
from moderator.storage.sync_store import SyncStore, link_session

NOW_MS = 1_760_000_000_000


@pytest.fixture
def followed(db_path, open_db) -> tuple[Store, MeetingBundle]:
    engine = open_db(db_path)
    bundle = build_demo_meeting(NOW_MS)
    store = Store(engine)
    store.add_meeting(bundle)
    with engine.begin() as connection:
        link_session(connection, bundle.sessions[0].id, cursor=1, now_ms=1)
    return store, bundle


def sheet(path: Path, bundle: MeetingBundle, speakers: list[str], minutes: str = "") -> Path:
    meeting, session = bundle.meeting, bundle.sessions[0]
    zone = ZoneInfo(meeting.timezone)
    start = datetime.fromtimestamp(session.scheduled_start_ms / 1000, zone)
    end = datetime.fromtimestamp(session.scheduled_end_ms / 1000, zone)
    when = f"{start:%Y-%m-%d},{start:%H:%M:%S},{end:%H:%M:%S}"
    item = next(i for i in bundle.agenda_items if i.position == 1)
    rows = [
        "Meeting ID,Meeting,Timezone,Session ID,Session,Date,Start,End,Room,Item ID,"
        "Agenda item,Speaker,Organisation,Language,Allotted minutes"
    ]
    for name in speakers:
        rows.append(
            f"{meeting.id},{meeting.title},{meeting.timezone},{session.id},{session.title},"
            f"{when},{session.room},{item.id},{item.title},{name},Lebanon,ar,{minutes}"
        )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_people_go_before_their_speakers_and_the_same_file_again_queues_nothing(followed, tmp_path):
    store, bundle = followed
    session_id = bundle.sessions[0].id
    outbox = SyncStore(store.engine)
    first = sheet(tmp_path / "day.csv", bundle, ["Nadia Haddad"])

    done = apply_import(store.engine, load_plan(first), now_ms=NOW_MS)
    assert not done.refused()
    names = [m.name for m in outbox.pending()]
    assert names == ["add_participant", "set_participant_language", "add_speaker"]
    labels = [m.label for m in outbox.pending()]
    assert labels[0] == "Add participant Nadia Haddad"
    assert labels[2].startswith("Add speaker Nadia Haddad to item 1 “")
    state = store.load_session_state(session_id)
    nadia = next(p for p in state.participants.values() if p.name == "Nadia Haddad")
    assert state.language_of(nadia.id) == "ar"
    assert any(e.participant_id == nadia.id for e in state.entries)

    again = preview_import(store.engine, load_plan(first))
    assert again.queued == 0 and again.writes() == 0, [
        c for c in again.changes if c.action is not Action.UNCHANGED
    ]

    # A later sheet without her: the place the import gave her is taken off (as "removed",
    # synced); the speakers the demo had stay.
    later = sheet(tmp_path / "later.csv", bundle, ["Tomás Ruiz"], minutes="2")
    apply_import(store.engine, load_plan(later), now_ms=NOW_MS + 1)
    names = [m.name for m in outbox.pending()][3:]
    assert names == ["add_participant", "set_participant_language", "add_speaker", "remove_entry"]
    state = store.load_session_state(session_id)
    hers = next(e for e in state.entries if e.participant_id == nadia.id)
    assert hers.state is EntryState.REMOVED
    before = {e.id for e in bundle.entries}
    assert before <= {e.id for e in state.entries if e.state is EntryState.WAITING}
