"""Real calendar exports (``tests/data/samples/*.ics``, sources in its README): recurring
series expanded with their moved and cancelled occurrences, Windows and Outlook zone names,
events of several days left out and named instead of refusing the calendar.

Expected occurrences are worked out here from the file's own rule with ``dateutil.rrule``,
not from the importer, so an importer that dropped occurrences would be caught.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from moderator.importers import ScheduleImportError, load_plan, parse

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
BERLIN = ZoneInfo("Europe/Berlin")


def _local(ms: int, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(zone)


def _starts(meeting, title: str, zone: ZoneInfo) -> list[datetime]:
    return sorted(_local(s.start_ms, zone) for s in meeting.sessions if s.title == title)


def test_a_daily_series_with_two_moved_days_gives_every_day_at_its_moved_time():
    """Thunderbird: "New Event" daily 7–10 March 2019 at 02:00, the 8th moved to 01:00 and
    the 9th to 03:00; the old importer gave 3 sessions of the 4."""
    plan = load_plan(SAMPLES / "thunderbird-moved-occurrences.ics", today=date(2019, 3, 1))
    (meeting,) = plan.meetings
    assert [t.strftime("%d %H:%M") for t in _starts(meeting, "New Event", BERLIN)] == [
        "07 02:00",
        "08 01:00",
        "09 03:00",
        "10 02:00",
    ]
    # The other series: its 19th was renamed and given a room, the days around it were not.
    test7 = sorted(
        (s.start_ms, s.title, s.room) for s in meeting.sessions if s.title.startswith("test7")
    )
    assert [(_local(ms, BERLIN).day, title, room) for ms, title, room in test7] == [
        (18, "test7", ""),
        (19, "test7 - edited", "location"),
        (20, "test7", ""),
    ]
    assert len(meeting.sessions) == 7
    # Each occurrence is its own session, keyed by the UID and the occurrence it replaces.
    assert len({s.key for s in meeting.sessions}) == 7


def test_a_cancelled_occurrence_is_left_out_and_said():
    plan = load_plan(SAMPLES / "thunderbird-cancelled-occurrence.ics", today=date(2020, 1, 1))
    (meeting,) = plan.meetings
    assert [t.day for t in _starts(meeting, "one is cancelled", BERLIN)] == [28, 30]
    assert any("1 cancelled" in note for note in plan.notes)


def test_a_google_calendar_keeps_every_occurrence_of_its_series_and_names_the_long_event():
    """machBar's public Google calendar: 64 VEVENTs, 24 series, and CODEWEEK, 16 days
    all day, which made the old importer refuse the whole calendar."""
    path = SAMPLES / "google-machbar.ics"
    today = date(2019, 2, 16)  # the day the file was downloaded
    plan = load_plan(path, today=today)
    (meeting,) = plan.meetings
    assert (meeting.title, meeting.timezone) == ("machBar - Öffentlich", "Europe/Berlin")
    assert not [s for s in meeting.sessions if s.title == "CODEWEEK"]
    (long_events,) = [n for n in plan.notes if "several days" in n]
    assert "'CODEWEEK' (2017-10-07 to 2017-10-22, 16 days)" in long_events
    # The weekly "OpenLab": every week from its first day to the end of the window, as the
    # file's own rule says, less its EXDATEs, plus or minus its moved occurrences.
    text = path.read_text(encoding="utf-8")
    block = next(b for b in text.split("BEGIN:VEVENT") if "SUMMARY:OpenLab" in b and "RRULE" in b)
    lines = dict(
        line.split(":", 1) for line in block.replace("\n ", "").splitlines() if ":" in line
    )
    start_line = next(k for k in lines if k.startswith("DTSTART"))
    assert "RRULE" in lines and "EXDATE" not in "".join(lines)
    first = datetime.strptime(lines[start_line].strip(), "%Y%m%dT%H%M%S").replace(tzinfo=BERLIN)
    rule = rrulestr(lines["RRULE"].strip(), dtstart=first.replace(tzinfo=None))
    window_end = datetime(2020, 6, 23)  # a year after the last date the file names
    expected = [
        t.replace(tzinfo=BERLIN)
        for t in rule.between(first.replace(tzinfo=None) - timedelta(1), window_end)
    ]
    uid = next(v for k, v in lines.items() if k == "UID").strip()
    openlab = sorted(
        _local(s.start_ms, BERLIN) for s in meeting.sessions if s.key.startswith(f"ics:uid:{uid}")
    )
    assert len(openlab) == len(expected) > 60
    assert openlab[0] == expected[0]
    # Far more sessions than VEVENTs; the old importer stopped at one per series.
    assert len(meeting.sessions) > 64 + 111
    assert any("repeat beyond 2020-06-22" in note for note in plan.notes)


def test_a_series_without_end_is_expanded_up_to_a_year_after_today():
    """FabLab Cottbus' monthly Repair Café (first Saturday, no end)."""
    early = load_plan(SAMPLES / "wordpress-fablab-cottbus.ics", today=date(2019, 3, 4))
    later = load_plan(SAMPLES / "wordpress-fablab-cottbus.ics", today=date(2020, 3, 4))
    series = "ics:uid:ai1ec-1887@blog.fablab-cottbus.de"
    cafe = [s for s in early.meetings[0].sessions if s.key.startswith(series)]
    cafe_later = [s for s in later.meetings[0].sessions if s.key.startswith(series)]
    assert len(cafe_later) == len(cafe) + 12
    assert len(cafe) == 26  # January 2018 to February 2020, one a month
    for session in cafe:
        local = _local(session.start_ms, BERLIN)
        assert local.weekday() == 5 and local.day <= 7  # the first Saturday of each month
    assert any("'Repair Café'" in note and "repeat beyond" in note for note in early.notes)


def test_a_windows_zone_name_is_mapped_to_its_iana_zone():
    plan = load_plan(SAMPLES / "exchange-eastern-standard-time.ics")
    (meeting,) = plan.meetings
    assert meeting.timezone == "America/New_York"
    (session,) = meeting.sessions
    assert _local(session.start_ms, ZoneInfo("America/New_York")).isoformat() == (
        "2024-10-28T17:00:00-04:00"
    )


def test_an_outlook_display_name_is_read_as_the_zone_with_the_same_offsets():
    """Outlook's "(UTC-03:00) Brasília" is no zone name at all; the file defines it, with
    Brazil's daylight saving of 2017, which only America/Sao_Paulo had. The event has no
    UID and no SUMMARY: it is imported all the same, as calendar applications show it."""
    plan = load_plan(SAMPLES / "outlook-brasilia.ics")
    (meeting,) = plan.meetings
    assert meeting.timezone == "America/Sao_Paulo"
    (session,) = meeting.sessions
    assert _local(session.start_ms, ZoneInfo("America/Sao_Paulo")).isoformat() == (
        "2017-05-11T13:30:00-03:00"
    )
    assert session.title == "(no title)"
    assert any(
        "(UTC-03:00) Brasília" in note and "America/Sao_Paulo" in note for note in plan.notes
    )
    assert not any("X-WR-TIMEZONE" in note for note in plan.notes)


def _outlook(tzid: str, definition: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
        f"{definition}BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000010\r\n"
        f'SUMMARY:Board\r\nDTSTART;TZID="{tzid}":20240610T090000\r\n'
        f'DTEND;TZID="{tzid}":20240610T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    ).encode()


W_EUROPE = (
    "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
    "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
    "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


@pytest.mark.parametrize("definition", [W_EUROPE, ""])
def test_w_europe_standard_time_is_europe_berlin_with_or_without_its_definition(definition):
    plan = parse("outlook.ics", _outlook("W. Europe Standard Time", definition))
    (meeting,) = plan.meetings
    assert meeting.timezone == "Europe/Berlin"
    assert _local(meeting.sessions[0].start_ms, BERLIN).hour == 9


def test_an_unknown_zone_without_definition_is_said_and_never_blamed_on_x_wr_timezone():
    plan = parse("outlook.ics", _outlook("Somewhere Standard Time"))
    assert plan.meetings[0].timezone == "UTC"
    assert any("'Somewhere Standard Time'" in note for note in plan.notes)
    with pytest.raises(ScheduleImportError) as caught:
        parse(
            "google.ics",
            b"BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Mars/Olympus\r\nEND:VCALENDAR\r\n",
        )
    assert "field 'X-WR-TIMEZONE': unknown time zone 'Mars/Olympus'" in str(caught.value)


def _repeating(rule: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:ping@example.org\r\n"
        f"SUMMARY:Ping\r\nDTSTART:20261101T000000Z\r\nDURATION:PT1M\r\nRRULE:{rule}\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:board@example.org\r\nSUMMARY:Board\r\n"
        "DTSTART:20261208T090000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_rule_repeating_every_minute_is_named_and_left_out():
    """Expanded minute by minute for a year it would hold the import for minutes."""
    plan = parse("pings.ics", _repeating("FREQ=MINUTELY"), today=date(2026, 12, 8))
    assert [s.title for s in plan.meetings[0].sessions] == ["Board"]
    assert "'Ping' repeats 1440 times a day: not sessions a chair runs, not imported" in (
        plan.notes
    )


def test_a_dense_series_keeps_the_thousand_occurrences_from_today_and_says_so():
    plan = parse("pings.ics", _repeating("FREQ=HOURLY"), today=date(2026, 12, 8))
    pings = sorted(s.start_ms for s in plan.meetings[0].sessions if s.title == "Ping")
    assert len(pings) == 1000
    assert _local(pings[0], ZoneInfo("UTC")).date() == date(2026, 12, 8)
    assert any("more than 5000 times" in note for note in plan.notes)


def test_a_broken_rule_is_refused_naming_the_event_and_the_field():
    """INTERVAL=0 made the rule library loop for ever."""
    data = _repeating("FREQ=DAILY;INTERVAL=0")
    with pytest.raises(ScheduleImportError) as caught:
        parse("pings.ics", data, today=date(2026, 12, 8))
    assert str(caught.value) == (
        "pings.ics: VEVENT #1 (UID ping@example.org): field 'RRULE': "
        "INTERVAL must be a whole number from 1: 0"
    )


def test_a_series_from_before_1970_starts_in_1970_and_an_empty_series_is_named():
    birthdays = _repeating("FREQ=YEARLY").replace(b"20261101T000000Z", b"19500301T000000Z")
    plan = parse("birthdays.ics", birthdays, today=date(2026, 12, 8))
    years = sorted(_local(s.start_ms, ZoneInfo("UTC")).year for s in plan.meetings[0].sessions)
    assert years[0] == 1970 and years[-1] == 2027
    ended = _repeating("FREQ=DAILY;UNTIL=20261001T000000Z")
    plan = parse("pings.ics", ended, today=date(2026, 12, 8))
    assert [s.title for s in plan.meetings[0].sessions] == ["Board"]
    assert any(n.startswith("'Ping' has no occurrence from 2026-11-01") for n in plan.notes)


def test_an_event_listed_twice_with_the_same_uid_is_one_session_in_its_latest_version():
    """Calendar servers export an event and its updated copy side by side; the old importer
    refused the file ("the session id … appears twice")."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SabreDAV//SabreDAV//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:board@example.org\r\nSEQUENCE:2\r\nSUMMARY:Board (moved)\r\n"
        b"DTSTART:20261208T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:board@example.org\r\nSEQUENCE:0\r\nSUMMARY:Board\r\n"
        b"DTSTART:20261208T090000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    plan = parse("board.ics", data, today=date(2026, 12, 8))
    (session,) = plan.meetings[0].sessions
    assert session.title == "Board (moved)"
    assert any("1 older copy" in note for note in plan.notes)


def test_a_series_whose_changed_occurrence_is_listed_twice_imports_without_hanging():
    """A CalDAV export (recurring-ical-events issue 164) with a duplicated RECURRENCE-ID:
    asking the rule library for what comes after the window looped for ever; every
    occurrence is a week long, so each is named and none is a session."""
    data = (
        "BEGIN:VCALENDAR\r\n"
        + "".join(
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{start}\r\nDTEND;VALUE=DATE:{end}\r\n"
            "SUMMARY:test123\r\nUID:111\r\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=MO\r\n"
            "{rid}SEQUENCE:1\r\nEND:VEVENT\r\n".format(**event)
            for event in (
                {"start": "20240401", "end": "20240408", "rid": ""},
                {
                    "start": "20240826",
                    "end": "20240902",
                    "rid": "RECURRENCE-ID;VALUE=DATE:20240826\r\n",
                },
                {
                    "start": "20240826",
                    "end": "20240902",
                    "rid": "RECURRENCE-ID;VALUE=DATE:20240826\r\n",
                },
            )
        )
        + "END:VCALENDAR\r\n"
    ).encode()
    plan = parse("caldav.ics", data, today=date(2024, 8, 21))
    assert plan.meetings[0].sessions == []
    assert any("'test123' (2024-04-01 to 2024-04-07, 7 days)" in note for note in plan.notes)


def test_a_tzid_naming_a_folder_of_the_zone_database_is_refused_in_plain_words():
    """ "TZID=Europe" made the zone library open a folder: the import crashed."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@example.org\r\n"
        b"SUMMARY:Board\r\nDTSTART;TZID=Europe:20220518T100000\r\nDURATION:PT1H\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("board.ics", data)
    assert str(caught.value) == (
        "board.ics: whole file: not a valid iCalendar file (a TZID names no time zone: 'Europe')"
    )


def test_a_calendar_listing_itself_and_a_booked_room_as_attendees_makes_neither_a_speaker():
    """machBar's Google calendar lists the calendar's own address as an attendee of its
    events: it became one participant speaking in 462 sessions. A room booked as an attendee
    (CUTYPE=ROOM, Google's resource addresses) is no speaker either; the people are."""
    machbar = load_plan(SAMPLES / "google-machbar.ics", today=date(2019, 3, 1))
    assert machbar.counts().participants == 0
    assert not any(item.entries for s in machbar.meetings[0].sessions for item in s.items)

    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:panel@example.org\r\n"
        b"SUMMARY:Panel\r\nDTSTART:20261208T090000Z\r\nDURATION:PT1H\r\n"
        b"ORGANIZER;CN=Board calendar:mailto:abc123@group.calendar.google.com\r\n"
        b"ATTENDEE;CN=Ada Lovelace:mailto:ada@example.org\r\n"
        b"ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@example.org\r\n"
        b"ATTENDEE;CN=Projector:mailto:c_188@resource.calendar.google.com\r\n"
        b"ATTENDEE;CUTYPE=INDIVIDUAL;CN=Grace Hopper:mailto:grace@example.org\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    plan = parse("panel.ics", data, today=date(2026, 12, 8))
    (session,) = plan.meetings[0].sessions
    names = {p.key: p.name for p in plan.meetings[0].participants}
    speakers = [names[e.participant_key] for item in session.items for e in item.entries]
    assert speakers == ["Ada Lovelace", "Grace Hopper"]
    assert sorted(names.values()) == ["Ada Lovelace", "Grace Hopper"]
