"""Spreadsheets as people outside the project make them (issue 17): merged cells, files cut
off, cells holding line breaks, other header names, Excel's serial numbers, a workbook named
.csv, and local times the clocks skip or repeat."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from moderator.importers import ScheduleImportError, parse


def _local(ms: int, zone: str) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(ZoneInfo(zone))


def _speakers(plan) -> dict[str, list[str]]:
    """Session title → the names on its first item's list, in order."""
    (meeting,) = plan.meetings
    names = {p.key: p.name for p in meeting.participants}
    return {
        s.title: [names[e.participant_key] for e in s.items[0].entries] for s in meeting.sessions
    }


def _workbook(rows: list[list[object]], merges: list[str] = ()) -> bytes:
    """An XLSX as Excel saves it: a title-less sheet, ranges merged the way staff merge a
    session's cells over its speakers' rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Programme"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- merged cells ----------------------------------------------------------------------------


def test_cells_merged_over_speaker_rows_are_filled_down_and_the_preview_says_so():
    """Two panels of nine speakers each, session, date and start merged down: all 18 speak."""
    header = ["Session", "Date", "Start", "End", "Speaker", "Organisation"]
    rows: list[list[object]] = [header]
    for panel, start in (("Opening panel", "09:00"), ("Closing panel", "15:00")):
        for n in range(9):
            first = n == 0
            rows.append(
                [
                    panel if first else None,
                    "2026-04-21" if first else None,
                    start if first else None,
                    None,
                    f"{panel.split()[0]} speaker {n + 1}",
                    f"Org {n + 1}",
                ]
            )
    rows[1][3], rows[10][3] = "10:30", "16:30"
    data = _workbook(
        rows, ["A2:A10", "B2:B10", "C2:C10", "D2:D10", "A11:A19", "B11:B19", "C11:C19", "D11:D19"]
    )

    plan = parse("programme.xlsx", data)

    speakers = _speakers(plan)
    assert [len(v) for v in speakers.values()] == [9, 9]
    assert speakers["Closing panel"][-1] == "Closing speaker 9"
    (note,) = [n for n in plan.notes if n.startswith("merged cells filled down")]
    assert "A2:A10" in note and "D11:D19" in note


# --- cut-off files and row numbers ---------------------------------------------------------


CSV_HEADER = "Session,Date,Start,End,Speaker,Organisation\r\n"
CSV_ROWS = (
    "Budget,2026-04-21,09:00,10:00,Ann Lee,Finance\r\n"
    "Budget,2026-04-21,09:00,10:00,Bob Roy,Audit\r\n"
    "Budget,2026-04-21,09:00,10:00,Cy Dunn,Treasury\r\n"
)


def test_a_csv_cut_off_inside_its_last_row_is_refused_naming_that_row():
    cut = CSV_HEADER + CSV_ROWS + "Budget,2026-04-21,09:00,10:00,Di"
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", cut.encode())
    message = str(caught.value)
    assert message.startswith("agenda.csv: row 5:")
    assert "cut off" in message and "nothing was imported" in message


def test_a_csv_cut_off_inside_a_quoted_cell_is_refused_naming_that_row():
    cut = CSV_HEADER + CSV_ROWS + 'Budget,2026-04-21,09:00,10:00,Di Ray,"Ministry of'
    with pytest.raises(ScheduleImportError, match=r"^agenda\.csv: row 5: .*cut off"):
        parse("agenda.csv", cut.encode())


def test_a_csv_without_a_final_line_break_but_whole_rows_still_imports():
    """Google Sheets writes no line break after the last row: that alone is no cut."""
    plan = parse("agenda.csv", (CSV_HEADER + CSV_ROWS).rstrip("\r\n").encode())
    assert _speakers(plan) == {"Budget": ["Ann Lee", "Bob Roy", "Cy Dunn"]}


def test_errors_name_the_spreadsheet_row_not_the_line_of_the_file():
    """Cells holding line breaks (an address, a bio) make lines; the error names row 4."""
    data = (
        b"Session,Date,Start,Speaker,Organisation\r\n"
        b'Budget,2026-04-21,09:00,Ann Lee,"Ministry\r\nof Finance\r\nBuilding 2"\r\n'
        b'Budget,2026-04-21,09:00,Bob Roy,"Court\r\nof Audit"\r\n'
        b"Audit,2026-04-21,25:00,Cy Dunn,Treasury\r\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    assert str(caught.value).startswith("agenda.csv: row 4: field 'Start'")


# --- headers -----------------------------------------------------------------------------------


def test_headers_real_exports_use_are_understood():
    data = (
        b"title,starttime,endtime,fullname,room\r\n"
        b"Keynote,2026-04-21 09:00,2026-04-21 10:00,Ann Lee,Hall A\r\n"
    )
    plan = parse("export.csv", data)
    (session,) = plan.meetings[0].sessions
    assert (session.title, session.room) == ("Keynote", "Hall A")
    assert session.end_ms - session.start_ms == 3_600_000
    assert _speakers(plan) == {"Keynote": ["Ann Lee"]}


def test_track_and_theme_together_read_track_and_the_preview_says_which():
    data = b"Session,Date,Start,Theme,Track\r\nBudget,2026-04-21,09:00,Money matters,Plenary\r\n"
    plan = parse("agenda.csv", data)
    assert plan.meetings[0].sessions[0].track == "Plenary"
    assert any("'Track' was read, 'Theme' ignored" in note for note in plan.notes)


def test_a_misspelt_required_column_is_named_in_the_error():
    data = b"Session,Date,Strat,Speaker\r\nBudget,2026-04-21,09:00,Ann\r\n"
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert "field 'Start'" in message and "'Strat' looks like a misspelling of 'Start'" in message


def test_full_timestamps_need_no_date_column():
    data = (
        b"Session,Start,End,Speaker\r\n"
        b"Budget,2026-04-21T09:00,2026-04-21T10:30,Ann\r\n"
        b"Coffee,2026-04-21 10:30,2026-04-21 11:00,\r\n"
        b"Coffee,2026-04-22 10:30,2026-04-22 11:00,\r\n"
    )
    plan = parse("agenda.csv", data)
    starts = [_local(s.start_ms, "UTC").isoformat() for s in plan.meetings[0].sessions]
    assert starts == [
        "2026-04-21T09:00:00+00:00",
        "2026-04-21T10:30:00+00:00",
        "2026-04-22T10:30:00+00:00",
    ]


def test_a_time_without_any_date_is_refused_saying_what_to_give():
    data = b"Session,Start,Speaker\r\nBudget,09:00,Ann\r\n"
    with pytest.raises(ScheduleImportError, match=r"row 2: field 'Date'.*date and time in Start"):
        parse("agenda.csv", data)


# --- Excel's numbers and a workbook named .csv --------------------------------------------------


def test_excel_serial_dates_and_times_are_read_and_the_preview_says_so():
    data = b"Timezone,Session,Date,Start,End\r\nEurope/Paris,Budget,46133,0.375,0.4375\r\n"
    plan = parse("agenda.csv", data)
    (session,) = plan.meetings[0].sessions
    assert _local(session.start_ms, "Europe/Paris").isoformat() == "2026-04-21T09:00:00+02:00"
    assert session.end_ms - session.start_ms == 90 * 60_000
    assert any("Excel serial numbers" in note and "0.375 = 09:00" in note for note in plan.notes)


def test_number_cells_in_a_workbook_are_read_as_dates_and_times():
    data = _workbook([["Session", "Date", "Start"], ["Budget", 46133, 46133.375]])
    (session,) = parse("agenda.xlsx", data).meetings[0].sessions
    assert _local(session.start_ms, "UTC").isoformat() == "2026-04-21T09:00:00+00:00"


def test_a_number_too_small_to_be_a_date_is_refused_naming_it():
    data = b"Session,Date,Start\r\nBudget,421,09:00\r\n"
    with pytest.raises(ScheduleImportError, match=r"row 2: field 'Date': not a date: '421'"):
        parse("agenda.csv", data)


def test_a_workbook_saved_with_a_csv_name_is_read_as_the_workbook():
    data = _workbook(
        [["Session", "Date", "Start", "Speaker"], ["Budget", "2026-04-21", "09:00", "Ann"]]
    )
    plan = parse("agenda.csv", data)
    assert plan.format == "XLSX"
    assert _speakers(plan) == {"Budget": ["Ann"]}
    assert plan.notes[0].startswith("the file is an Excel workbook (XLSX) named like a CSV")


def test_an_old_xls_workbook_named_csv_is_named_as_such():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(ScheduleImportError, match=r"old Excel workbook \(\.xls\)"):
        parse("agenda.csv", data)


# --- local times the clocks skip or repeat -----------------------------------------------------


def test_a_local_time_the_clocks_skip_is_refused_naming_the_row():
    data = (
        b"Timezone,Session,Date,Start,End\r\n"
        b"Europe/Berlin,Night shift,2026-03-28,22:00,23:00\r\n"
        b"Europe/Berlin,Night watch,2026-03-29,02:30,03:30\r\n"
    )
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert message.startswith("agenda.csv: row 3: field 'Start'")
    assert "2026-03-29 02:30 does not exist in Europe/Berlin" in message


def test_a_local_time_the_clocks_repeat_is_refused_offering_both_offsets():
    data = b"Timezone,Session,Date,Start\r\nEurope/Berlin,Night watch,2026-10-25,02:30\r\n"
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert message.startswith("agenda.csv: row 2: field 'Start'") and "happens twice" in message
    assert "2026-10-25T02:30+02:00" in message and "2026-10-25T02:30+01:00" in message


def test_a_repeated_time_with_its_offset_is_an_instant_and_imports():
    data = b"Timezone,Session,Start\r\nEurope/Berlin,Night watch,2026-10-25T02:30+01:00\r\n"
    (session,) = parse("agenda.csv", data).meetings[0].sessions
    assert _local(session.start_ms, "UTC").isoformat() == "2026-10-25T01:30:00+00:00"


def test_a_misspelt_date_column_is_named_when_a_row_needs_its_date():
    data = b"Session,Dtae,Start\r\nBudget,2026-04-21,09:00\r\n"
    with pytest.raises(ScheduleImportError) as caught:
        parse("agenda.csv", data)
    message = str(caught.value)
    assert message.startswith("agenda.csv: row 2: field 'Date'")
    assert "'Dtae' looks like a misspelling of 'Date'" in message
