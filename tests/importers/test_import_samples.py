"""Importing the real schedules in ``shared/samples``: what lands where.

Expected numbers come from reading each file here with ``json``/``xml.etree``, not from the
importer, so a parser that skipped a room or a person would be caught.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.importers import load_plan
from moderator.services.agenda.agenda_import import apply_import
from moderator.storage import agenda_store
from moderator.storage.database import read_only

#: Copies of the real schedule exports in ``../shared/samples`` (pretalx, frab), kept in the
#: repository so these tests run wherever it is cloned.
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the sample schedules are missing ({SAMPLES})"
)


@dataclass
class Event:
    guid: str
    title: str
    start: datetime  # from the file's own "date" (an instant with its offset)
    local_start: str  # the file's "start", wall-clock time in the conference's zone
    duration: timedelta
    room: str
    track: str
    type: str
    language: str
    persons: list[tuple[str, str]]  # (person id, name) in file order


@dataclass
class Schedule:
    title: str
    timezone: str
    events: list[Event]


def _duration(text: str) -> timedelta:
    hours, minutes = text.split(":")[:2]
    return timedelta(hours=int(hours), minutes=int(minutes))


def read_json(path: Path) -> Schedule:
    conference = json.loads(path.read_text(encoding="utf-8"))["schedule"]["conference"]
    events = [
        Event(
            guid=e["guid"],
            title=e["title"].strip(),
            start=datetime.fromisoformat(e["date"]),
            local_start=e["start"],
            duration=_duration(e["duration"]),
            room=e["room"],
            track=e["track"] or "",
            type=e["type"] or "",
            language=e["language"] or "",
            persons=[
                (str(p.get("code") or p["id"]), p["public_name"].strip()) for p in e["persons"]
            ],
        )
        for day in conference["days"]
        for events in day["rooms"].values()
        for e in events
    ]
    return Schedule(conference["title"], conference["time_zone_name"], events)


def read_xml(path: Path) -> Schedule:
    root = ET.parse(path).getroot()
    events = [
        Event(
            guid=e.get("guid"),
            title=e.findtext("title").strip(),
            start=datetime.fromisoformat(e.findtext("date")),
            local_start=e.findtext("start"),
            duration=_duration(e.findtext("duration")),
            room=e.findtext("room"),
            track=e.findtext("track") or "",
            type=e.findtext("type") or "",
            language=e.findtext("language") or "",
            persons=[(p.get("guid"), p.text.strip()) for p in e.findall("persons/person")],
        )
        for e in root.iterfind("day/room/event")
    ]
    conference = root.find("conference")
    return Schedule(conference.findtext("title"), conference.findtext("time_zone_name"), events)


SAMPLE_FILES = {
    "pretalx-democon.schedule.json": read_json,
    "frab-camp2019.schedule.json": read_json,
    "frab-38c3.schedule.xml": read_xml,
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each sample imported into its own fresh database file: (expected, rows, plan)."""
    from moderator.storage.database import open_database

    results = {}
    for name, reader in SAMPLE_FILES.items():
        path = SAMPLES / name
        db = tmp_path_factory.mktemp("import") / "moderator.sqlite3"
        engine = open_database(db)
        try:
            plan = load_plan(path)
            apply_import(engine, plan, now_ms=1_700_000_000_000)
            with read_only(engine).connect() as connection:
                rows = agenda_store.read_all(connection)
        finally:
            engine.dispose()
        results[name] = (reader(path), rows, plan)
    return results


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sessions_rooms_and_speakers_match_the_file(imported, name):
    expected, rows, plan = imported[name]
    assert len(rows.meetings) == 1
    assert len(rows.sessions) == len({e.guid for e in expected.events}) == len(expected.events)
    assert len({s.room for s in rows.sessions.values()}) == len({e.room for e in expected.events})
    people = {pid for e in expected.events for pid, _name in e.persons}
    assert len(rows.participants) == len(people)
    assert len({e.participant_id for e in rows.entries.values()}) == len(people)
    assert len(rows.entries) == sum(len(dict(e.persons)) for e in expected.events)
    assert len(rows.items) == len(expected.events)
    counts = plan.counts()
    assert (counts.sessions, counts.rooms, counts.speakers) == (
        len(expected.events),
        len({e.room for e in expected.events}),
        len(people),
    )
    print(f"{name}: {counts}")


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_the_meeting_takes_the_conference_title_and_time_zone(imported, name):
    expected, rows, _plan = imported[name]
    (meeting,) = rows.meetings.values()
    assert meeting.title == expected.title
    assert meeting.timezone == expected.timezone


def _sessions_by_title(rows):
    return {s.title: s for s in rows.sessions.values()}


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_session_starts_and_ends_when_the_file_says(imported, name):
    expected, rows, _plan = imported[name]
    zone = ZoneInfo(expected.timezone)
    by_start = sorted(
        (s.scheduled_start_ms, s.scheduled_end_ms, s.title) for s in rows.sessions.values()
    )
    wanted = sorted(
        (
            int(e.start.timestamp() * 1000),
            int((e.start + e.duration).timestamp() * 1000),
            e.title,
        )
        for e in expected.events
    )
    assert by_start == wanted
    if name != "pretalx-democon.schedule.json":
        # Where the file's zone agrees with its offsets, the wall-clock "start" holds too.
        for event in expected.events:
            assert event.start.astimezone(zone).strftime("%H:%M") == event.local_start


@pytest.mark.parametrize(
    ("name", "title", "local_start"),
    [
        ("frab-38c3.schedule.xml", "38C3: Opening Ceremony", datetime(2024, 12, 27, 10, 30)),
        ("frab-camp2019.schedule.json", "Opening Ceremony", datetime(2019, 8, 21, 11, 0)),
        # pretalx's demo names UTC as its zone but writes +01:00 offsets: the instant wins.
        (
            "pretalx-democon.schedule.json",
            "Focused 5thgeneration hardware",
            datetime(2020, 12, 14, 8, 0),
        ),
    ],
)
def test_a_known_event_starts_at_its_local_time_in_the_files_zone(
    imported, name, title, local_start
):
    expected, rows, _plan = imported[name]
    session = _sessions_by_title(rows)[title]
    zone = ZoneInfo(expected.timezone)
    start = datetime.fromtimestamp(session.scheduled_start_ms / 1000, tz=UTC).astimezone(zone)
    assert start == local_start.replace(tzinfo=zone)
    assert start.utcoffset() == local_start.replace(tzinfo=zone).utcoffset()


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_persons_are_the_speakers_of_their_talks_in_file_order(imported, name):
    expected, rows, _plan = imported[name]
    sessions = _sessions_by_title(rows)
    items_by_session = {i.session_id: i for i in rows.items.values()}
    for event in expected.events:
        session = sessions[event.title] if _unique_title(expected, event.title) else None
        if session is None:
            continue
        item = items_by_session[session.id]
        entries = sorted(
            (e for e in rows.entries.values() if e.agenda_item_id == item.id),
            key=lambda e: e.order_key,
        )
        names = [rows.participants[e.participant_id].name for e in entries]
        assert names == list(dict(event.persons).values()), event.title
        assert all(e.speech_type.value == "statement" for e in entries)
        if entries:
            total = sum(e.allotted_ms for e in entries)
            assert event.duration.total_seconds() * 1000 - len(entries) * 1000 < total
            assert total <= event.duration.total_seconds() * 1000


def _unique_title(schedule: Schedule, title: str) -> bool:
    return sum(1 for e in schedule.events if e.title == title) == 1


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_titles_types_tracks_and_languages_land_in_their_fields(imported, name):
    expected, rows, _plan = imported[name]
    sessions = _sessions_by_title(rows)
    items_by_session = {i.session_id: i for i in rows.items.values()}
    checked = 0
    for event in expected.events:
        if not _unique_title(expected, event.title):
            continue
        session = sessions[event.title]
        details = rows.session_details[session.id]
        assert (details.track, details.session_type, details.languages) == (
            event.track.strip(),
            event.type.strip(),
            event.language.strip(),
        )
        assert session.room == event.room
        item = items_by_session[session.id]
        assert item.title == event.title
        assert item.planned_duration_ms == event.duration.total_seconds() * 1000
        assert item.position == 1
        checked += 1
    assert checked >= len(expected.events) * 0.9
