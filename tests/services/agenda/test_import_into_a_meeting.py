"""A staff sheet imported into a meeting already in the database (its Meeting ID given): what
the sheet does not state stays as it is. Without a Meeting column the meeting keeps its title
(it is not renamed after the file), without a Timezone column its zone, and the sheet's times
are read in that zone, as the chair sees them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from moderator.importers import load_plan
from moderator.services.agenda.agenda_import import apply_import, preview_import
from moderator.services.agenda.demo import load_demo
from moderator.storage.database import open_database
from moderator.storage.repository import Store


def test_a_sheet_without_meeting_or_timezone_columns_keeps_the_meetings(tmp_path: Path):
    engine = open_database(tmp_path / "day.sqlite3")
    try:
        store = Store(engine)
        bundle = load_demo(store, 1_764_316_800_000)
        before = bundle.meeting
        assert before.timezone == "Europe/Madrid"
        sheet = tmp_path / "late-additions.csv"
        sheet.write_text(
            "Meeting ID,Session ID,Session,Date,Start,End,Speaker\n"
            f"{before.id},,,,,,Ines Duarte\n"
            f"{before.id},evening,Evening briefing,2026-03-12,18:00,18:30,Tomas Ek\n",
            encoding="utf-8",
        )
        plan = load_plan(sheet)
        meeting_changes = [c for c in preview_import(engine, plan).changes if c.kind == "meeting"]
        assert [c.action.value for c in meeting_changes] == ["unchanged"]

        apply_import(engine, plan, now_ms=1)
        (after,) = [m for m in Store(engine).meetings() if m.id == before.id]
        assert (after.title, after.timezone) == (before.title, "Europe/Madrid")
        evening = next(s for s in Store(engine).sessions(before.id) if s.id == "evening")
        madrid = ZoneInfo("Europe/Madrid")
        start = datetime.fromtimestamp(evening.scheduled_start_ms / 1000, madrid)
        end = datetime.fromtimestamp(evening.scheduled_end_ms / 1000, madrid)
        assert (start.isoformat(), end.strftime("%H:%M")) == (
            "2026-03-12T18:00:00+01:00",
            "18:30",
        )
        names = {p.name for p in Store(engine).participants(before.id)}
        assert {"Ines Duarte", "Tomas Ek"} <= names
    finally:
        engine.dispose()


def test_a_new_meeting_is_still_named_after_the_file_and_stated_values_still_apply(
    tmp_path: Path,
):
    engine = open_database(tmp_path / "day.sqlite3")
    try:
        store = Store(engine)
        before = load_demo(store, 1_764_316_800_000).meeting
        new = tmp_path / "board-retreat.csv"
        new.write_text("Session,Date,Start,Speaker\nOpening,2026-03-12,09:00,Ann\n", "utf-8")
        apply_import(engine, load_plan(new), now_ms=1)
        titles = {m.title: m.timezone for m in Store(engine).meetings()}
        assert titles["board-retreat"] == "UTC"

        renamed = tmp_path / "renamed.csv"
        renamed.write_text(
            f"Meeting ID,Meeting,Timezone,Speaker\n{before.id},Side event 3,Europe/Lisbon,Ann\n",
            "utf-8",
        )
        apply_import(engine, load_plan(renamed), now_ms=2)
        (after,) = [m for m in Store(engine).meetings() if m.id == before.id]
        assert (after.title, after.timezone) == ("Side event 3", "Europe/Lisbon")
    finally:
        engine.dispose()


def test_a_time_written_with_its_offset_is_an_instant_not_a_wall_clock_time(tmp_path: Path):
    """Walking the staff's day: a Start of "2026-12-07T22:30:00+00:00" in a sheet without a
    Timezone column, imported into a Madrid meeting, moved the session an hour (read as 22:30
    Madrid). A time with its offset says when; only bare times are read in the meeting's zone."""
    engine = open_database(tmp_path / "day.sqlite3")
    try:
        store = Store(engine)
        before = load_demo(store, 1_764_316_800_000).meeting
        sheet = tmp_path / "offsets.csv"
        sheet.write_text(
            "Meeting ID,Session ID,Session,Date,Start,End,Speaker\n"
            f"{before.id},late,Late session,2026-12-07,"
            "2026-12-07T22:30:00+00:00,2026-12-07T23:30:00+00:00,Ann\n"
            f"{before.id},bare,Bare session,2026-12-07,22:30,23:30,Bo\n",
            encoding="utf-8",
        )
        apply_import(engine, load_plan(sheet), now_ms=1)
        sessions = {s.id: s for s in Store(engine).sessions(before.id)}
        utc = ZoneInfo("UTC")
        late = sessions["late"]
        assert datetime.fromtimestamp(late.scheduled_start_ms / 1000, utc).strftime("%H:%M") == (
            "22:30"
        )
        assert datetime.fromtimestamp(late.scheduled_end_ms / 1000, utc).strftime("%H:%M") == (
            "23:30"
        )
        madrid = ZoneInfo("Europe/Madrid")
        bare = sessions["bare"]
        assert datetime.fromtimestamp(bare.scheduled_start_ms / 1000, madrid).strftime("%H:%M") == (
            "22:30"
        )
    finally:
        engine.dispose()
