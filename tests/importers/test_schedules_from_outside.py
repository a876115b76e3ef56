"""Conference schedules written by others (issue 17): a pretalx export naming no time zone,
and the c3voc schedule schema 2. Real files from the c3voc schedule repository
(``tests/data/samples/README.md``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.importers import ScheduleImportError, load_plan, parse

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RC3 = SAMPLES / "pretalx-rc3-channels.schedule.json"
HUB = SAMPLES / "c3voc-38c3-hub.schedule2.json"


def _wall(ms: int, zone: str) -> str:
    return (
        datetime.fromtimestamp(ms / 1000, tz=UTC)
        .astimezone(ZoneInfo(zone))
        .strftime("%Y-%m-%d %H:%M")
    )


def test_a_schedule_naming_no_zone_is_shown_in_the_zone_its_offsets_state():
    """rC3 Channels (pretalx, 2020): no ``time_zone_name``, every date +01:00. The first talk
    says 2020-12-27T11:30:00+01:00; the chair must see 11:30, not 10:30."""
    plan = load_plan(RC3)
    (meeting,) = plan.meetings
    assert meeting.timezone == "Etc/GMT-1"  # IANA's name for UTC+01:00
    first = min(meeting.sessions, key=lambda s: s.start_ms)
    assert _wall(first.start_ms, meeting.timezone) == "2020-12-27 11:30"
    assert any(
        "names no time zone" in note and "+01:00" in note and "Etc/GMT-1" in note
        for note in plan.notes
    )


def test_offsets_across_a_daylight_saving_change_give_a_zone_with_both():
    document = json.loads(RC3.read_bytes())
    day = document["schedule"]["conference"]["days"][0]
    room, events = next(iter(day["rooms"].items()))
    summer = dict(events[0], guid="summer-1", date="2020-07-01T11:00:00+02:00")
    day["rooms"][room] = [*events, summer]
    plan = parse("rc3.json", json.dumps(document).encode())
    zone = plan.meetings[0].timezone
    assert not zone.startswith("Etc/")
    for moment in ("2020-12-27T11:00:00+01:00", "2020-07-01T11:00:00+02:00"):
        instant = datetime.fromisoformat(moment)
        assert instant.astimezone(ZoneInfo(zone)).utcoffset() == instant.utcoffset()


def test_a_schedule_that_names_its_zone_keeps_it_even_when_offsets_differ():
    """pretalx's demo names UTC and writes +01:00: the named zone stays (the instants are
    exact from the offsets either way)."""
    plan = load_plan(SAMPLES / "pretalx-democon.schedule.json")
    assert plan.meetings[0].timezone == "UTC"
    assert not any("names no time zone" in note for note in plan.notes)


def test_the_c3voc_schema_2_flat_event_list_imports():
    plan = load_plan(HUB)
    assert plan.format == "c3voc schedule JSON (schema 2)"
    (meeting,) = plan.meetings
    assert (meeting.title, meeting.timezone) == ("38C3", "Europe/Berlin")
    opening, talk = meeting.sessions
    assert (opening.title, opening.room, opening.track, opening.session_type) == (
        "38C3: Opening Ceremony",
        "Saal 1",
        "CCC",
        "OTHER",
    )
    assert _wall(opening.start_ms, "Europe/Berlin") == "2024-12-27 10:30"
    assert opening.end_ms - opening.start_ms == 30 * 60_000
    names = {p.key: p.name for p in meeting.participants}
    # Senficon is credited as CONTRIBUTOR: on the programme, not on the list of speakers.
    assert [names[e.participant_key] for e in opening.items[0].entries] == [
        "Gabriela Bogk",
        "Aline Blankertz",
    ]
    assert [e.allotted_ms for e in opening.items[0].entries] == [15 * 60_000, 15 * 60_000]
    assert (talk.room, talk.track) == ("Saal ZIGZAG", "Hardware & Making")
    assert any("CONTRIBUTOR" in note for note in plan.notes)


def test_a_schema_2_event_ending_before_it_starts_is_refused_by_path():
    document = json.loads(HUB.read_bytes())
    document["schedule"]["events"][1]["end"] = "2024-12-27T23:00:00+01:00"
    with pytest.raises(ScheduleImportError) as caught:
        parse("hub.json", json.dumps(document).encode())
    assert str(caught.value).startswith("hub.json: schedule.events[1]: field 'end'")


def test_a_schedule_time_without_offset_that_the_clocks_skip_is_refused_by_path():
    document = json.loads((SAMPLES / "frab-camp2019.schedule.json").read_bytes())
    day = document["schedule"]["conference"]["days"][0]
    room, events = next(iter(day["rooms"].items()))
    events[0]["date"] = "2019-03-31T02:30:00"  # Europe/Berlin springs forward at 02:00
    with pytest.raises(ScheduleImportError) as caught:
        parse("camp.json", json.dumps(document).encode())
    message = str(caught.value)
    assert message.startswith(f'camp.json: schedule.conference.days[0].rooms["{room}"][0]')
    assert "2019-03-31 02:30 does not exist in Europe/Berlin" in message
