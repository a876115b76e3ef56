"""Continuation rows: a staff sheet gives a session's date and start once and leaves them empty
on the session's further rows ("an empty cell never changes anything", docs/import-formats.md).
The rows carry on the session above; a row that cannot name its session is refused by name."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from moderator.importers import ScheduleImportError, parse

HEADER = [
    "Meeting",
    "Timezone",
    "Session ID",
    "Session",
    "Date",
    "Start",
    "End",
    "Room",
    "Agenda item",
    "Speaker",
    "Organisation",
    "Speech type",
    "Allotted minutes",
]
ROWS = [
    # The session's first row gives it all; the rows below leave the session's cells empty.
    ["Regional forum", "Europe/Madrid", "S-01", "Water and cities", "2026-03-12", "09:30",
     "10:30", "Sala 2", "Opening", "Ana Pérez", "City of Madrid", "Statement", "5"],
    ["", "", "S-01", "", "", "", "", "", "Opening", "Bruno Costa", "UN-Habitat", "Statement", "4"],
    ["", "", "S-01", "", "", "", "", "", "Debate", "Chen Wei", "Civil society", "Question", ""],
    ["", "", "S-02", "Financing", "2026-03-12", "11:00", "", "Sala 2", "", "Dara Okafor",
     "AfDB", "Statement", "6"],
    ["", "", "S-02", "", "", "", "", "", "", "Emil Berg", "Nordic Council", "", ""],
]  # fmt: skip


def csv_bytes(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in [HEADER, *rows]).encode() + b"\n"


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Agenda"
    sheet.append(HEADER)
    for row in rows:
        sheet.append([cell or None for cell in row])  # empty cells as a spreadsheet has them
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def madrid(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, ZoneInfo("Europe/Madrid")).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("name, data", [("forum.csv", csv_bytes), ("forum.xlsx", xlsx_bytes)])
def test_rows_with_an_empty_date_continue_their_session(name, data):  # type: ignore[no-untyped-def]
    plan = parse(name, data(ROWS))
    (meeting,) = plan.meetings
    water, financing = meeting.sessions
    assert (water.title, madrid(water.start_ms), madrid(water.end_ms), water.room) == (
        "Water and cities",
        "2026-03-12 09:30",
        "2026-03-12 10:30",
        "Sala 2",
    )
    names = {p.key: p.name for p in meeting.participants}
    lists = {
        item.title: [(names[e.participant_key], e.allotted_ms // 1000) for e in item.entries]
        for item in water.items
    }
    assert lists == {
        "Opening": [("Ana Pérez", 300), ("Bruno Costa", 240)],
        "Debate": [("Chen Wei", 120)],
    }
    # No End: Start + what its list plans (6 + 3 minutes), the continuation row included.
    assert madrid(financing.start_ms) == "2026-03-12 11:00"
    assert (financing.end_ms - financing.start_ms) // 60_000 == 9
    assert [names[e.participant_key] for e in financing.items[0].entries] == [
        "Dara Okafor",
        "Emil Berg",
    ]


def test_a_continuation_row_by_title_alone_joins_the_only_session_of_that_title():
    data = b"Session,Date,Start,Speaker\nBudget,2022-05-10,09:00,Ann\nBudget,,,Bob\n"
    (session,) = parse("agenda.csv", data).meetings[0].sessions
    assert len(session.items[0].entries) == 2


def test_a_continuation_row_that_cannot_name_its_session_is_refused_by_name():
    unknown = (
        b"Session ID,Session,Date,Start,Speaker\nS-1,Budget,2022-05-10,09:00,Ann\nS-9,,,,Bob\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", unknown)
    assert "agenda.csv: row 3: field 'Date'" in str(caught.value)
    assert "a session needs a date" in str(caught.value)

    twice = (
        b"Session,Date,Start,Speaker\n"
        b"Budget,2022-05-10,09:00,Ann\n"
        b"Budget,2022-05-11,09:00,Cleo\n"
        b"Budget,,,Bob\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", twice)
    message = str(caught.value)
    assert "row 4" in message and "several sessions are called 'Budget'" in message
    assert "row 2" in message and "row 3" in message


def test_a_continuation_row_giving_another_date_is_refused_naming_both_rows():
    data = (
        b"Session ID,Session,Date,Start,Speaker\n"
        b"S-1,Budget,2022-05-10,09:00,Ann\n"
        b"S-1,,2022-05-11,,Bob\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert "row 3: field 'Date'" in message and "2022-05-10 in row 2" in message
