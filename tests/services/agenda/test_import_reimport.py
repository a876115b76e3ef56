"""Importing again: updates by the source's ids, never duplicates, never loses chair actions."""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from moderator.domain.commands import GiveFloor, SetSessionDetails
from moderator.domain.model import SessionFormat, StakeholderGroup
from moderator.importers import load_plan
from moderator.services.agenda.agenda_import import (
    Action,
    ImportPreview,
    apply_import,
    preview_import,
)
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.storage import agenda_store, quick_read
from moderator.storage.database import read_only
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore, link_session

#: Copies of the real schedule exports in ``../shared/samples`` (pretalx, frab), kept in the
#: repository so these tests run wherever it is cloned.
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
CAMP = SAMPLES / "frab-camp2019.schedule.json"
pytestmark = pytest.mark.skipif(not CAMP.exists(), reason="shared samples not found")


def tally(preview: ImportPreview) -> dict[str, Counter[Action]]:
    """How many records of each kind the import creates, updates, keeps or removes."""
    result: dict[str, Counter[Action]] = {kind: Counter() for kind in agenda_store.KINDS}
    for change in preview.changes:
        result[change.kind][change.action] += 1
    return result


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps mean an unchanged database."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }


def read(engine) -> agenda_store.AgendaRows:
    with read_only(engine).connect() as connection:
        return agenda_store.read_all(connection)


def events_of(document: dict) -> list[dict]:
    return [
        event
        for day in document["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    ]


@pytest.fixture
def camp(db_path, open_db):
    engine = open_db(db_path)
    apply_import(engine, load_plan(CAMP), now_ms=1)
    return engine


def test_importing_the_same_file_again_changes_nothing(camp, db_path):
    before = dump(db_path)
    result = apply_import(camp, load_plan(CAMP), now_ms=2)
    assert set(result.totals()) == {Action.UNCHANGED}
    assert result.writes() == 0
    assert dump(db_path) == before


def test_a_changed_copy_updates_its_rows_in_place(camp, db_path, tmp_path):
    document = json.loads(CAMP.read_text(encoding="utf-8"))
    events = events_of(document)
    renamed, shortened, trimmed = (
        events[0],
        events[1],
        next(e for e in events if len(e["persons"]) > 1),
    )
    renamed["title"] = "Opening Ceremony (moved online)"
    shortened["duration"] = "00:20"
    dropped_person = trimmed["persons"].pop()
    added = copy.deepcopy(events[2])
    added["guid"] = str(uuid.uuid4())
    added["id"] = 999_999
    added["title"] = "A late addition"
    document["schedule"]["conference"]["days"][0]["rooms"]["Curie"].append(added)
    changed_file = tmp_path / "camp-changed.json"
    changed_file.write_text(json.dumps(document), encoding="utf-8")
    before = read(camp)

    preview = preview_import(camp, load_plan(changed_file))
    assert dump(db_path) == dump(db_path)  # a preview writes nothing (checked below too)
    result = apply_import(camp, load_plan(changed_file), now_ms=3)
    after = read(camp)

    assert tally(preview) == tally(result)
    assert len(after.sessions) == len(before.sessions) + 1
    assert len(after.participants) == len(before.participants)
    titles = {s.title for s in after.sessions.values()}
    assert "Opening Ceremony (moved online)" in titles and "Opening Ceremony" not in titles
    assert "A late addition" in titles
    updated = {c.name for c in result.changes if c.kind == "session" and c.action == Action.UPDATE}
    assert updated == {"Opening Ceremony (moved online)", shortened["title"].strip()}
    removed = [c for c in result.changes if c.action == Action.REMOVE]
    assert len(removed) == 1 and removed[0].kind == "speaker_entry"
    names = {
        after.participants[e.participant_id].name
        for e in after.entries.values()
        if after.items[e.agenda_item_id].title == trimmed["title"].strip()
    }
    assert dropped_person["public_name"] not in names
    by_kind = tally(result)
    assert by_kind["session"][Action.UNCHANGED] == len(before.sessions) - 2


def test_fields_the_file_does_not_state_keep_their_local_value(camp, db_path):
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE participants SET stakeholder_group = 'civil_society'")
    result = apply_import(camp, load_plan(CAMP), now_ms=2)
    assert set(result.totals()) == {Action.UNCHANGED}
    groups = {p.stakeholder_group for p in read(camp).participants.values()}
    assert groups == {StakeholderGroup.CIVIL_SOCIETY}


def test_a_session_the_chair_has_started_keeps_its_list_of_speakers(camp, tmp_path):
    store = Store(camp)
    rows = read(camp)
    session = next(s for s in rows.sessions.values() if s.title == "Opening Ceremony")
    state = store.load_session_state(session.id)
    first = sorted(state.entries, key=lambda e: e.order_key)[0]
    runner = CommandRunner(store, state, TimeSource())
    runner.execute(GiveFloor(session_id=session.id, entry_id=first.id, turn_id="t1", at_ms=10_000))
    entries_before = {e.id: e for e in read(camp).entries.values()}

    document = json.loads(CAMP.read_text(encoding="utf-8"))
    opening = next(e for e in events_of(document) if e["title"] == "Opening Ceremony")
    opening["title"] = "Opening Ceremony, renamed"
    opening["persons"] = [*opening["persons"][::-1], {"id": 1, "public_name": "Walk In"}]
    changed_file = tmp_path / "camp-started.json"
    changed_file.write_text(json.dumps(document), encoding="utf-8")
    result = apply_import(camp, load_plan(changed_file), now_ms=20_000)

    after = read(camp)
    assert after.sessions[session.id].title == "Opening Ceremony, renamed"
    assert {e.id: e for e in after.entries.values()} == entries_before
    kept = [c for c in result.changes if c.action == Action.KEEP]
    assert [c.kind for c in kept] == ["speaker_entry"]
    assert "the chair has started it" in kept[0].reason
    assert store.load_session_state(session.id).current_entry_id == first.id


def test_the_same_file_in_two_databases_gets_the_same_ids(camp, tmp_path, open_db):
    other = open_db(tmp_path / "other.sqlite3")
    apply_import(other, load_plan(CAMP), now_ms=5)
    assert set(read(other).sessions) == set(read(camp).sessions)
    assert set(read(other).entries) == set(read(camp).entries)


def test_a_reimport_updates_a_sessions_details_where_both_readers_find_them(
    camp, db_path, tmp_path
):
    session = next(s for s in read(camp).sessions.values() if s.title == "Opening Ceremony")
    store = Store(camp)
    # Staff set the details in the agenda editor first (a command of the session).
    runner = CommandRunner(store, store.load_session_state(session.id), TimeSource())
    runner.execute(SetSessionDetails(session.id, "Local track", "talk", "de", "hybrid"))

    document = json.loads(CAMP.read_text(encoding="utf-8"))
    opening = next(e for e in events_of(document) if e["title"] == "Opening Ceremony")
    opening["track"], opening["language"] = "Ceremonies", "en, de"
    changed_file = tmp_path / "camp-track.json"
    changed_file.write_text(json.dumps(document), encoding="utf-8")
    result = apply_import(camp, load_plan(changed_file), now_ms=30_000)

    change = next(c for c in result.changes if c.kind == "session" and c.entity_id == session.id)
    assert change.action == Action.UPDATE and {"track", "languages"} <= set(change.fields)
    for state in (
        store.load_session_state(session.id),
        quick_read.load_session_state(db_path, session.id),
    ):
        assert (state.details.track, state.details.languages) == ("Ceremonies", "en, de")
        assert state.details.format is SessionFormat.HYBRID, "what the file does not say stays"


def test_a_reimport_sends_a_followed_sessions_details_to_the_backend(camp, tmp_path):
    """A followed session's changes are the backend's business: they become a queued
    ``set_session_details`` command (synced like the chair's), never a silent local write;
    what the file does not say (the format) stays as the backend set it."""
    session = next(s for s in read(camp).sessions.values() if s.title == "Opening Ceremony")
    store = Store(camp)
    with camp.begin() as connection:
        link_session(connection, session.id, cursor=1, now_ms=1)
    store.forget_linked_sessions()
    runner = CommandRunner(store, store.load_session_state(session.id), TimeSource())
    runner.execute(SetSessionDetails(session.id, "From the backend", "", "fr", "virtual"))
    before = store.load_session_state(session.id).details

    document = json.loads(CAMP.read_text(encoding="utf-8"))
    opening = next(e for e in events_of(document) if e["title"] == "Opening Ceremony")
    opening["track"] = "Ceremonies"
    changed_file = tmp_path / "camp-followed.json"
    changed_file.write_text(json.dumps(document), encoding="utf-8")
    result = apply_import(camp, load_plan(changed_file), now_ms=40_000)

    change = next(c for c in result.changes if c.kind == "session" and c.entity_id == session.id)
    assert change.action == Action.UPDATE and "track" in change.fields
    assert result.queued == 1 and not result.refused()
    *_earlier, queued = SyncStore(camp).pending()  # after the chair's own
    assert (queued.name, queued.args["track"]) == ("set_session_details", "Ceremonies")
    after = store.load_session_state(session.id).details
    assert after.track == "Ceremonies"
    assert after.format == before.format, "what the file does not say stays the backend's"
