"""Speakers' times when the file gives none (issue 17): a talk's speakers share its slot, less
the meeting's Q&A reserve; a keynote is never a 3-minute clock. Imported into a real SQLite
file; the reserve set as the meeting settings dialog saves it."""

from __future__ import annotations

from pathlib import Path

from moderator.domain.speech_rules import SpeechRules
from moderator.importers import load_plan, parse
from moderator.services.agenda.agenda_import import apply_import, preview_import
from moderator.storage import agenda_store
from moderator.storage.chair_store import ChairStore
from moderator.storage.database import read_only

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
RC3 = SAMPLES / "pretalx-rc3-channels.schedule.json"
#: rC3 Channels talks announced as "Talk 30 min + 10min Q&A" in 40-minute slots.
ONE_SPEAKER = "Oh du fröhliche, oh du smarte Welt..."
TWO_SPEAKERS = "Der faule Admin automatisiert: Gluon auf echter Hardware testen"

SHEET = (
    b"Session,Date,Start,End,Speaker,Allotted minutes\r\n"
    b"Keynote,2026-04-21,09:00,10:00,Ann Lee,\r\n"
    b"Panel,2026-04-21,10:30,11:30,Bob Roy,\r\n"
    b"Panel,2026-04-21,10:30,11:30,Cy Dunn,\r\n"
    b"Panel,2026-04-21,10:30,11:30,Di Ray,\r\n"
    b"Debate,2026-04-21,12:00,13:00,Ed Fox,10\r\n"
    b"Debate,2026-04-21,12:00,13:00,Flo Gil,\r\n"
    b"Debate,2026-04-21,12:00,13:00,Gus Hu,\r\n"
)


def times(engine) -> dict[str, list[tuple[str, int]]]:
    """Session title → (speaker, allotted minutes) in list order, as stored."""
    with read_only(engine).connect() as connection:
        rows = agenda_store.read_all(connection)
    found: dict[str, list[tuple[str, int]]] = {}
    for entry in sorted(rows.entries.values(), key=lambda e: e.order_key):
        item = rows.items[entry.agenda_item_id]
        title = rows.sessions[item.session_id].title
        name = rows.participants[entry.participant_id].name
        found.setdefault(title, []).append((name, entry.allotted_ms // 60_000))
    return found


def test_a_keynote_gets_its_slot_and_a_panel_shares_it(db_path, open_db):
    engine = open_db(db_path)
    apply_import(engine, parse("day.csv", SHEET), now_ms=1)
    assert times(engine) == {
        "Keynote": [("Ann Lee", 60)],
        "Panel": [("Bob Roy", 20), ("Cy Dunn", 20), ("Di Ray", 20)],
        # a given time is kept; the others share what it leaves
        "Debate": [("Ed Fox", 10), ("Flo Gil", 25), ("Gus Hu", 25)],
    }


def test_the_meetings_qa_reserve_is_left_free_on_the_next_import(db_path, open_db):
    engine = open_db(db_path)
    first = apply_import(engine, load_plan(RC3), now_ms=1)
    assert [m for _, m in times(engine)[ONE_SPEAKER]] == [40]
    (meeting_id,) = {c.entity_id for c in first.changes if c.kind == "meeting"}
    ChairStore(engine).save_speech_rules(meeting_id, SpeechRules().with_qa_reserve(600_000))

    preview = preview_import(engine, load_plan(RC3))
    assert any("Q&A reserve of 10:00 min" in note for note in preview.notes)
    apply_import(engine, load_plan(RC3), now_ms=2)

    stored = times(engine)
    assert [m for _, m in stored[ONE_SPEAKER]] == [30]
    assert [m for _, m in stored[TWO_SPEAKERS]] == [15, 15]
