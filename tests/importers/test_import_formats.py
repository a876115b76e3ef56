"""The spreadsheet template, header aliases, the example workbook and iCalendar mapping."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.domain.model import Attendance, SessionFormat, SpeechType, StakeholderGroup
from moderator.importers import ScheduleImportError, load_plan, parse
from moderator.importers.tables.columns import COLUMNS, TEMPLATE, column_for

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _local(ms: int, zone: str) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(ZoneInfo(zone))


def test_the_template_file_has_every_column_in_order():
    with (RESOURCES / "agenda-template.csv").open(encoding="utf-8", newline="") as file:
        header = next(csv.reader(file))
    assert header == TEMPLATE
    assert [column_for(h) for h in header] == list(COLUMNS)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Start time", "start"),
        ("BEGIN", "start"),
        ("Début", "start"),
        ("start-time", "start"),
        ("Organization", "organisation"),
        ("Delegation", "organisation"),
        ("Organisation / delegation", "organisation"),
        ("Speaker", "speaker"),
        ("Name", "speaker"),
        ("Function / title", "function"),
        ("In-room / remote", "attendance"),
        ("Time zone", "timezone"),
        ("  Allotted time ", "allotted_minutes"),
    ],
)
def test_headers_are_matched_ignoring_case_accents_spaces_and_punctuation(header, column):
    assert column_for(header) == column


def test_the_example_workbook_imports_with_every_field_in_place():
    plan = load_plan(RESOURCES / "agenda-example.xlsx")
    (meeting,) = plan.meetings
    assert meeting.timezone == "Europe/Madrid"
    (session,) = meeting.sessions
    assert _local(session.start_ms, "Europe/Madrid") == datetime(
        2022, 5, 10, 13, 15, tzinfo=ZoneInfo("Europe/Madrid")
    )
    assert session.format is SessionFormat.HYBRID and session.room == "Sala Málaga"
    assert [i.title for i in session.items][:2] == [
        "Opening remarks",
        "Segment 1: conditions conducive to terrorism",
    ]
    people = {p.name: p for p in meeting.participants}
    grace = people["Hon. Grace Mwangi-Olsen"]
    assert (grace.organisation, grace.stakeholder_group, grace.attendance, grace.language) == (
        "National Assembly of Arcadia",
        StakeholderGroup.PARLIAMENT,
        Attendance.REMOTE,
        "en",
    )
    floor = session.items[2].entries[0]
    assert floor.speech_type is SpeechType.FLOOR and floor.allotted_ms == 120_000


def test_a_semicolon_csv_with_other_header_names_and_day_first_dates():
    data = (
        "\ufeffMeeting;Zone;Title;Day;Begin;Until;Location;Name;Organization;Speaking time;Order\n"
        "Hearing;Europe/Paris;Budget;31.10.2021;23:30;00:30;Salle 2;Zoé;Sénat;4:30;2\n"
        "Hearing;Europe/Paris;Budget;31.10.2021;23:30;00:30;Salle 2;Yann;CESE;4;1\n"
    ).encode()
    plan = parse("hearing.csv", data)
    (session,) = plan.meetings[0].sessions
    assert _local(session.start_ms, "Europe/Paris").isoformat() == "2021-10-31T23:30:00+01:00"
    assert session.end_ms - session.start_ms == 3_600_000  # ends after midnight
    (item,) = session.items
    assert item.title == "Budget"
    names = {p.key: p.name for p in plan.meetings[0].participants}
    assert [(names[e.participant_key], e.allotted_ms) for e in item.entries] == [
        ("Yann", 240_000),
        ("Zoé", 270_000),
    ]


def test_rows_that_disagree_about_a_session_name_both_rows():
    data = (
        b"Session,Date,Start,Room,Speaker\n"
        b"Budget,2022-05-10,09:00,Room A,Ann\n"
        b"Budget,2022-05-10,09:00,Room B,Bob\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert "agenda.csv: row 3: field 'Room'" in message and "row 2" in message


def test_an_ics_calendar_maps_events_people_rooms_and_categories():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:Side events\r\n"
        b"X-WR-TIMEZONE:Europe/Madrid\r\nBEGIN:VEVENT\r\nUID:abc@example.org\r\n"
        b"SUMMARY:Panel\r\nDTSTART;TZID=Europe/Madrid:20220510T093000\r\nDURATION:PT1H\r\n"
        b"LOCATION:Room A\r\nCATEGORIES:Track 1,Youth\r\n"
        b"ORGANIZER;CN=Ann:mailto:ann@example.org\r\n"
        b"ATTENDEE;CN=Bob;ROLE=REQ-PARTICIPANT:mailto:bob@example.org\r\n"
        b"ATTENDEE;CN=Cy;ROLE=NON-PARTICIPANT:mailto:cy@example.org\r\n"
        b"ATTENDEE;CN=Di:mailto:di@example.org\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
        b"UID:day@example.org\r\nSUMMARY:Whole day\r\nDTSTART;VALUE=DATE:20220511\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    plan = parse("side.ics", data)
    (meeting,) = plan.meetings
    assert (meeting.title, meeting.timezone) == ("Side events", "Europe/Madrid")
    panel, day = meeting.sessions
    assert (panel.title, panel.room, panel.track) == ("Panel", "Room A", "Track 1, Youth")
    assert _local(panel.start_ms, "Europe/Madrid").hour == 9
    assert panel.end_ms - panel.start_ms == 3_600_000
    names = {p.key: p.name for p in meeting.participants}
    assert sorted(names.values()) == ["Ann", "Bob", "Cy", "Di"]
    assert [names[e.participant_key] for e in panel.items[0].entries] == ["Bob", "Di"]
    assert [e.allotted_ms for e in panel.items[0].entries] == [1_800_000, 1_800_000]
    assert day.end_ms - day.start_ms == 86_400_000


def test_format_can_be_forced_and_unknown_extensions_are_sniffed(tmp_path):
    path = tmp_path / "schedule.download"
    path.write_bytes((RESOURCES / "agenda-template.csv").read_bytes())
    assert load_plan(path).format == "CSV"
    with pytest.raises(ScheduleImportError, match=r"not a pretalx/frab schedule|not valid JSON"):
        load_plan(path, format="json")


def test_a_csv_of_only_separators_is_refused_as_empty():
    """Found in review: it passed the blank-text check and then crashed with IndexError."""
    import pytest

    from moderator.importers import ScheduleImportError
    from moderator.importers.tables.csv_file import parse_csv

    with pytest.raises(ScheduleImportError, match=r"x\.csv.*empty"):
        parse_csv("x.csv", b",,,\n,,\n")


def test_an_xml_schedule_declaring_an_unknown_encoding_is_refused_by_name():
    data = b'<?xml version="1.0" encoding="U-F-8"?>\n<schedule><version>1</version></schedule>\n'
    with pytest.raises(ScheduleImportError) as caught:
        parse("schedule.xml", data)
    message = str(caught.value)
    assert message.startswith("schedule.xml: line 1") and "unknown encoding" in message
    assert "U-F-8" in message
