"""What a file no longer lists (issue 17): the preview names it, an import keeps it, a pruning
import removes it (never a session the chair has started). A real frab schedule (Camp 2019)
imported into a real SQLite file, then a copy with talks taken out."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from moderator.domain.commands import GiveFloor
from moderator.importers import load_plan, parse
from moderator.services.agenda.agenda_import import Action, apply_import, preview_import
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.storage import agenda_store
from moderator.storage.database import read_only
from moderator.storage.repository import Store

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
CAMP = SAMPLES / "frab-camp2019.schedule.json"


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


def without(tmp_path: Path, titles: set[str]) -> Path:
    """A copy of the camp schedule with these talks taken out, as the organisers publish it."""
    document = json.loads(CAMP.read_text(encoding="utf-8"))
    for day in document["schedule"]["conference"]["days"]:
        for room, events in day["rooms"].items():
            day["rooms"][room] = [e for e in events if e["title"].strip() not in titles]
    path = tmp_path / "camp-later.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def camp(db_path, open_db):
    engine = open_db(db_path)
    apply_import(engine, load_plan(CAMP), now_ms=1)
    return engine


def two_titles() -> list[str]:
    events = events_of(json.loads(CAMP.read_text(encoding="utf-8")))
    return [e["title"].strip() for e in events if len(e["persons"]) >= 1][3:5]


def test_the_preview_names_the_talks_no_longer_in_the_file_and_keeps_them(camp, tmp_path):
    dropped = two_titles()
    later = without(tmp_path, set(dropped))
    sessions_before = len(read(camp).sessions)

    preview = preview_import(camp, load_plan(later))
    gone = preview.gone()
    assert sorted(c.name.rsplit(" (", 1)[0] for c in gone) == sorted(dropped)
    assert all(c.kind == "session" and c.reason == "" for c in gone)
    assert all(c.name.endswith(")") and "2019-08-" in c.name for c in gone)  # with its start

    result = apply_import(camp, load_plan(later), now_ms=2)
    assert len(result.gone()) == 2 and not [c for c in result.changes if c.action is Action.REMOVE]
    assert len(read(camp).sessions) == sessions_before  # never silently removed


def test_pruning_removes_them_with_their_speakers_and_a_later_import_brings_them_back(
    camp, db_path, tmp_path
):
    dropped = two_titles()
    later = without(tmp_path, set(dropped))
    before = read(camp)

    preview = preview_import(camp, load_plan(later), prune=True)
    removed = [c for c in preview.changes if c.action is Action.REMOVE]
    assert sorted(c.name.rsplit(" (", 1)[0] for c in removed) == sorted(dropped)
    result = apply_import(camp, load_plan(later), now_ms=2, prune=True)

    after = read(camp)
    assert {s.title for s in after.sessions.values()} == {
        s.title for s in before.sessions.values()
    } - set(dropped)
    assert len(after.items) == len(before.items) - 2
    gone_ids = {c.entity_id for c in result.changes if c.action is Action.REMOVE}
    with closing(sqlite3.connect(db_path)) as connection:
        links = connection.execute(
            "SELECT count(*) FROM import_sources WHERE entity_id IN (?, ?)", tuple(gone_ids)
        ).fetchone()[0]
        orphans = connection.execute(
            "SELECT count(*) FROM speaker_entries WHERE agenda_item_id NOT IN "
            "(SELECT id FROM agenda_items)"
        ).fetchone()[0]
    assert (links, orphans) == (0, 0)

    again = apply_import(camp, load_plan(CAMP), now_ms=3)
    created = sorted(
        c.name for c in again.changes if c.kind == "session" and c.action is Action.CREATE
    )
    assert created == sorted(dropped)


def test_pruning_never_removes_a_session_the_chair_has_started(camp, tmp_path):
    dropped = two_titles()
    rows = read(camp)
    started = next(s for s in rows.sessions.values() if s.title == dropped[0])
    store = Store(camp)
    state = store.load_session_state(started.id)
    first = sorted(state.entries, key=lambda e: e.order_key)[0]
    runner = CommandRunner(store, state, TimeSource())
    runner.execute(GiveFloor(session_id=started.id, entry_id=first.id, turn_id="t1", at_ms=10))

    result = apply_import(camp, load_plan(without(tmp_path, set(dropped))), now_ms=20, prune=True)

    kept = [c for c in result.changes if c.entity_id == started.id]
    assert [(c.action, c.reason) for c in kept] == [
        (Action.GONE, "kept: the chair has started this session")
    ]
    assert started.id in read(camp).sessions
    assert dropped[1] not in {s.title for s in read(camp).sessions.values()}


def test_a_removed_speaker_is_named_with_the_item(camp, tmp_path):
    document = json.loads(CAMP.read_text(encoding="utf-8"))
    talk = next(e for e in events_of(document) if len(e["persons"]) > 1)
    leaving = talk["persons"].pop()
    path = tmp_path / "camp-speaker-left.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    preview = preview_import(camp, load_plan(path))

    (removed,) = [c for c in preview.changes if c.action is Action.REMOVE]
    assert removed.name == f"{leaving['public_name'].strip()} ({talk['title'].strip()})"


def test_an_agenda_item_dropped_from_a_sheet_is_listed_and_pruned(db_path, open_db):
    engine = open_db(db_path)
    sheet = (
        b"Meeting ID,Session,Date,Start,Agenda item,Speaker\r\n"
        b"board,Sitting,2026-04-21,09:00,Budget,Ann\r\n"
        b"board,Sitting,2026-04-21,09:00,Audit,Bob\r\n"
    )
    apply_import(engine, parse("board.csv", sheet), now_ms=1)
    shorter = sheet.rsplit(b"board,", 1)[0]

    listed = preview_import(engine, parse("board.csv", shorter))
    assert [(c.kind, c.name, c.action) for c in listed.gone()] == [
        ("agenda_item", "Audit", Action.GONE)
    ]
    apply_import(engine, parse("board.csv", shorter), now_ms=2, prune=True)
    assert [i.title for i in read(engine).items.values()] == ["Budget"]
