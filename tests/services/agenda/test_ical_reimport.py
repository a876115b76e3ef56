"""A calendar imported again, under whatever file name, updates the meeting it made: its
identity is its events' UIDs and what it says of itself, never the name of the file."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

from moderator.importers import load_plan, parse
from moderator.services.agenda.agenda_import import Action, apply_import, preview_import
from moderator.storage import agenda_store
from moderator.storage.database import read_only, run_migrations

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
FABLAB = SAMPLES / "wordpress-fablab-cottbus.ics"
MOVED = SAMPLES / "thunderbird-moved-occurrences.ics"
TODAY = date(2019, 3, 4)


def read(engine) -> agenda_store.AgendaRows:
    with read_only(engine).connect() as connection:
        return agenda_store.read_all(connection)


def actions(preview) -> Counter:
    return Counter((change.kind, change.action) for change in preview.changes)


def test_the_same_calendar_downloaded_again_as_name_1_updates_the_same_meeting(
    db_path, open_db, tmp_path
):
    """FabLab Cottbus' feed has no X-WR-CALNAME: the old importer keyed it by the file name,
    so "fablab_cottbus (1).ics" made a second meeting with every session again."""
    engine = open_db(db_path)
    first = tmp_path / "fablab_cottbus.ics"
    again = tmp_path / "fablab_cottbus (1).ics"
    shutil.copy(FABLAB, first)
    shutil.copy(FABLAB, again)
    apply_import(engine, load_plan(first, today=TODAY), now_ms=1)
    before = read(engine)
    (meeting,) = before.meetings.values()
    assert meeting.title == "fablab_cottbus"

    preview = apply_import(engine, load_plan(again, today=TODAY), now_ms=2)
    assert {action for _kind, action in actions(preview)} == {Action.UNCHANGED}
    after = read(engine)
    assert list(after.meetings) == list(before.meetings)
    assert set(after.sessions) == set(before.sessions)


def test_a_calendar_whose_generator_and_first_event_changed_is_found_by_its_uids(
    db_path, open_db, tmp_path
):
    """Thunderbird exports carry no calendar name; a later export from a newer Thunderbird,
    without the series that had the smallest UID, is still the same calendar."""
    engine = open_db(db_path)
    work = tmp_path / "work.ics"
    shutil.copy(MOVED, work)
    apply_import(engine, load_plan(work, today=TODAY), now_ms=1)
    (meeting_id,) = read(engine).meetings

    text = MOVED.read_text(encoding="utf-8")
    blocks = text.split("BEGIN:VEVENT")
    kept = [b for b in blocks[1:] if "5d4c6843-9300-4f91-8d88-6094d4b0b840" not in b]
    newer = (blocks[0] + "".join("BEGIN:VEVENT" + b for b in kept)).replace(
        "Mozilla Calendar V1.1", "Mozilla Calendar V2.0"
    )
    if not newer.rstrip().endswith("END:VCALENDAR"):
        newer = newer.rstrip() + "\r\nEND:VCALENDAR\r\n"
    export = tmp_path / "Export from Thunderbird.ics"
    export.write_text(newer, encoding="utf-8")

    preview = apply_import(engine, load_plan(export, today=TODAY), now_ms=2)
    tally = actions(preview)
    assert tally[("meeting", Action.UNCHANGED)] == 1
    assert tally[("session", Action.UNCHANGED)] == 4  # New Event, 7 to 10 March
    assert not [c for c in preview.changes if c.action is Action.CREATE]
    rows = read(engine)
    assert list(rows.meetings) == [meeting_id]
    assert rows.meetings[meeting_id].title == "work"  # the title staff saw stays


def _named(name: str, attendee: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"X-WR-CALNAME:{name}\r\nX-WR-TIMEZONE:Europe/Madrid\r\n"
        "BEGIN:VEVENT\r\nUID:opening@side.example\r\nSUMMARY:Opening\r\n"
        "DTSTART:20260302T080000Z\r\nDTEND:20260302T090000Z\r\n"
        f"{attendee}\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:panel@side.example\r\nSUMMARY:Panel\r\n"
        "DTSTART:20260302T093000Z\r\nDTEND:20260302T110000Z\r\n"
        f"{attendee}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_renamed_calendar_is_the_same_meeting_with_the_same_people(db_path, open_db):
    engine = open_db(db_path)
    attendee = "ATTENDEE;CN=李 明:invalid:nomail"
    apply_import(engine, parse("side.ics", _named("Side events", attendee)), now_ms=1)
    preview = apply_import(
        engine, parse("side.ics", _named("Side events (final)", attendee)), now_ms=2
    )
    tally = actions(preview)
    assert tally[("meeting", Action.UPDATE)] == 1
    assert tally[("session", Action.UNCHANGED)] == 2
    assert tally[("participant", Action.UNCHANGED)] == 1
    rows = read(engine)
    (meeting,) = rows.meetings.values()
    assert meeting.title == "Side events (final)"
    assert [p.name for p in rows.participants.values()] == ["李 明"]


def test_after_upgrading_a_calendar_imported_by_the_old_version_updates_in_place(db_path, open_db):
    """Keys the old importer wrote ("ics:<calendar>/uid:<UID>…") are renamed by migration
    0010, so the first import after the upgrade finds every session again."""
    engine = open_db(db_path)
    attendee = "ATTENDEE;CN=Ann Lee:mailto:ann@side.example"
    apply_import(engine, parse("side.ics", _named("Side events", attendee)), now_ms=1)
    before = read(engine)
    run_migrations(engine, "0009", downgrade=True)  # the schema the old version wrote
    engine.dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "UPDATE import_sources SET source_key = "
            "'ics:Side events/uid:' || substr(source_key, 9) "
            "WHERE source_key LIKE 'ics:uid:%'"
        )
        legacy = connection.execute(
            "SELECT count(*) FROM import_sources WHERE source_key LIKE 'ics:Side events/uid:%'"
        ).fetchone()[0]
        assert legacy == 2 + 2 + 2  # sessions, their items, their one speaker each
        connection.commit()

    engine = open_db(db_path)  # upgrades to the current schema
    preview = preview_import(engine, parse("side.ics", _named("Side events", attendee)))
    assert {action for _kind, action in actions(preview)} == {Action.UNCHANGED}
    assert set(read(engine).sessions) == set(before.sessions)


def test_a_calendar_with_a_16_day_event_imports_the_rest_and_names_it(db_path, open_db):
    engine = open_db(db_path)
    plan = load_plan(SAMPLES / "google-machbar.ics", today=date(2019, 2, 16))
    done = apply_import(engine, plan, now_ms=1)
    assert any("'CODEWEEK' (2017-10-07 to 2017-10-22, 16 days)" in n for n in done.notes)
    titles = {s.title for s in read(engine).sessions.values()}
    assert "CODEWEEK" not in titles and "OpenLab" in titles
    assert len(read(engine).sessions) == len(plan.meetings[0].sessions)
