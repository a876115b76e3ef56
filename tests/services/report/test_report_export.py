"""The report files (CSV, XLSX, PDF) against the scripted session's hand-worked numbers.

Every export is read back the way its reader would: the CSV with the ``csv`` module, the
workbook with openpyxl, the PDF's text with poppler's ``pdftotext``; the PDF's pages are turned
into PNGs with ``pdftoppm`` and must not be blank. The PNGs are kept in
``test-artifacts/report/`` (git-ignored) for a human to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from support import report_scenario as sc

from moderator.domain.report import Report
from moderator.services.report.report_export import (
    ReportFormat,
    format_for,
    load_report,
    report_csv,
    seconds_text,
    write_atomically,
    write_report,
)
from moderator.services.report.report_tables import report_document
from moderator.storage.repository import Store

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "report"
POPPLER_MISSING = [tool for tool in ("pdftotext", "pdftoppm") if shutil.which(tool) is None]
needs_poppler = pytest.mark.skipif(
    bool(POPPLER_MISSING),
    reason=f"needs poppler-utils ({', '.join(POPPLER_MISSING)} missing): "
    "apt-get install poppler-utils (scripts/setup.sh installs it)",
)


def mss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


@pytest.fixture
def morning(tmp_path: Path, open_db) -> Report:
    """The morning as of 09:17:35, Eve still speaking."""
    store = Store(open_db(sc.build_database(tmp_path / "m.sqlite3")))
    return load_report(store, sc.MORNING_NOW, session_id=sc.MORNING)


@pytest.fixture
def finished_store(tmp_path: Path, open_db) -> Store:
    return Store(open_db(sc.build_database(tmp_path / "f.sqlite3", finished=True)))


def pdf_text(path: Path) -> str:
    """The PDF's text as laid out on the page, ligatures undone (ﬂ → fl)."""
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", result.stdout)


def pdf_lines(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in pdf_text(path).splitlines()]


# --- CSV ----------------------------------------------------------------------------------------


def test_the_csv_has_the_scripted_numbers_in_every_table(morning, tmp_path):
    path = tmp_path / "morning.csv"
    write_report(report_document(morning), path, ReportFormat.CSV)

    csv_report = sc.read_report_csv(path)

    assert csv_report.header["Moderator report"] == "Session report"
    assert csv_report.header["Meeting"] == "Report test conference — Málaga"
    assert csv_report.header["Session"] == "Morning: parliaments and civil society"
    assert csv_report.header["Date"] == "Friday 3 May 2024"
    assert csv_report.header["Room"] == "Room 3"
    assert csv_report.header["Time zone"] == "Europe/Madrid"
    assert csv_report.header["Report as of"] == "2024-05-03 09:17:35"
    assert any("still running" in note for note in csv_report.notes)
    assert list(csv_report.tables) == [
        "sessions",
        "speakers",
        "agenda_items",
        "groups",
        "genders",
        "attendance",
    ]

    (session,) = csv_report.tables["sessions"]
    assert session == {
        "Session": "Morning: parliaments and civil society",
        "Room": "Room 3",
        "Scheduled start": "2024-05-03 09:00:00",
        "Scheduled end": "2024-05-03 09:10:00",
        "Actual start": "2024-05-03 09:02:00",
        "Actual end": "running",
        "Turns": "6",
        "Speaking time (s)": "905",
        "Overrun (s)": "455",
        "Status": "Running",
    }

    speakers = csv_report.tables["speakers"]
    assert [
        sc.Expected(
            row["Speaker"],
            row["Start"].removeprefix("2024-05-03 "),
            row["End"].removeprefix("2024-05-03 "),
            row["Agenda item"],
            row["Group"],
            row["Where"],
            row["Gender"],
            row["Speech type"],
            row["How they got the floor"],
            int(row["Planned (s)"]),
            int(row["Allotted (s)"]),
            int(row["Spoken (s)"]),
            int(row["Paused (s)"]),
            int(row["Overrun (s)"]),
            row["Status"],
        )
        for row in speakers
    ] == sc.MORNING_TURNS
    assert speakers[0]["Organisation"] == "Ministry of Justice of Arcadia"
    assert "Session" not in speakers[0], "a session report needs no session column"

    assert [
        (
            row["Agenda item"],
            int(row["Planned (s)"]),
            int(row["Actual (s)"]) if row["Actual (s)"] else None,
            int(row["Overrun (s)"]) if row["Overrun (s)"] else None,
            int(row["Turns"]),
            int(row["Speaking time (s)"]),
            row["Status"],
        )
        for row in csv_report.tables["agenda_items"]
    ] == sc.MORNING_ITEMS

    for key, expected, label in (
        ("groups", sc.MORNING_GROUPS, "Group"),
        ("genders", sc.MORNING_GENDERS, "Gender"),
        ("attendance", sc.MORNING_ATTENDANCE, "Where"),
    ):
        *rows, total = csv_report.tables[key]
        assert [
            (
                row[label],
                int(row["Speakers"]),
                int(row["Turns"]),
                int(row["Speaking time (s)"]),
                row["Share (%)"],
            )
            for row in rows
        ] == expected
        assert total == {
            label: "Total",
            "Speakers": "5",
            "Turns": "6",
            "Speaking time (s)": "905",
            "Share (%)": "100.0",
        }


def test_durations_in_the_csv_keep_their_milliseconds():
    assert [seconds_text(ms) for ms in (0, 380_000, 95_400, 5, -30_000, -1_250)] == [
        "0",
        "380",
        "95.4",
        "0.005",
        "-30",
        "-1.25",
    ]


# --- XLSX ---------------------------------------------------------------------------------------


def sheet_rows(workbook, name: str) -> list[dict]:
    sheet = workbook[name]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_workbook_has_one_sheet_per_table_with_the_scripted_numbers(morning, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "morning.xlsx"
    write_report(report_document(morning), path, ReportFormat.XLSX)

    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Report",
        "Sessions",
        "Speakers",
        "Agenda items",
        "By group",
        "By gender",
        "Room and remote",
    ]
    header = {row[0]: row[1] for row in workbook["Report"].iter_rows(values_only=True)}
    assert header["Session"] == "Morning: parliaments and civil society"
    assert header["Time zone"] == "Europe/Madrid"

    (session,) = sheet_rows(workbook, "Sessions")
    assert session["Actual end"] == "running"
    assert session["Speaking time"] == timedelta(seconds=905)
    assert session["Overrun (s)"] == 455

    got = []
    for row in sheet_rows(workbook, "Speakers"):
        end = row["End"].strftime("%H:%M:%S") if row["End"] else ""
        got.append(
            sc.Expected(
                row["Speaker"],
                row["Start"].strftime("%H:%M:%S"),
                end,
                row["Agenda item"],
                row["Group"],
                row["Where"],
                row["Gender"],
                row["Speech type"],
                row["How they got the floor"],
                *(
                    int(row[name].total_seconds())
                    for name in ("Planned", "Allotted", "Spoken", "Paused", "Overrun")
                ),
                row["Status"],
            )
        )
        assert all(
            row[name] == timedelta(seconds=int(row[name].total_seconds()))
            for name in ("Planned", "Allotted", "Spoken", "Paused", "Overrun")
        ), "durations are exact"
    assert got == sc.MORNING_TURNS

    items = sheet_rows(workbook, "Agenda items")
    assert [(r["Agenda item"], r["Actual"], r["Overrun"]) for r in items] == [
        ("Opening", timedelta(seconds=610), timedelta(seconds=10)),
        ("Discussion", timedelta(seconds=325), timedelta(0)),
        ("Closing", None, None),
    ]

    *groups, total = sheet_rows(workbook, "By group")
    assert [(r["Group"], r["Turns"], r["Speaking time"]) for r in groups] == [
        (label, turns, timedelta(seconds=seconds))
        for label, _speakers, turns, seconds, _share in sc.MORNING_GROUPS
    ]
    assert groups[0]["Share"] == pytest.approx(380 / 905)
    assert total["Group"] == "Total" and total["Speaking time"] == timedelta(seconds=905)
    *genders, _total = sheet_rows(workbook, "By gender")
    assert [r["Gender"] for r in genders] == ["Man", "Woman", "Not recorded"]


# --- PDF ----------------------------------------------------------------------------------------


@needs_poppler
def test_the_pdf_text_has_the_header_and_the_scripted_numbers(morning, tmp_path, qapp):
    path = tmp_path / "morning.pdf"
    write_report(report_document(morning), path, ReportFormat.PDF)

    lines = pdf_lines(path)
    text = "\n".join(lines)
    for expected in (
        "Session report",
        "Report test conference — Málaga",
        "Session Morning: parliaments and civil society",
        "Date Friday 3 May 2024",
        "Room Room 3",
        "Time zone Europe/Madrid",
        "Speaking time 15:05 in 6 turns",
        "still running",
    ):
        assert expected in text, expected
    # The session row: scheduled 09:00–09:10, started 09:02:00 and still running, 6 turns,
    # 15:05, already late by 7:35.
    assert any(
        line.endswith("09:00:00 09:10:00 09:02:00 running 6 15:05 +7:35 Running") for line in lines
    )
    for turn in sc.MORNING_TURNS:
        numbers = " ".join(
            mss(s)
            for s in (turn.planned_s, turn.allotted_s, turn.spoken_s, turn.paused_s, turn.overrun_s)
        )
        times = f"{turn.start} {turn.end}".strip()
        pattern = re.compile(
            rf"^{re.escape(times)} .*{re.escape(turn.speaker)} .*{re.escape(numbers)} "
            rf"{turn.status}$"
        )
        assert any(pattern.match(line) for line in lines), f"no PDF row for {turn}"
    for label, speakers, turns, seconds, share in sc.MORNING_GROUPS:
        assert f"{label} {speakers} {turns} {mss(seconds)} {share} %" in lines
        assert f"{mss(seconds)} · {share} % · {turns} turn" in text  # the chart's label
    assert "Total 5 6 15:05 100.0 %" in lines
    assert any(line.startswith("1 Opening 10:00 10:10 0:10 09:02:00 09:12:10 2") for line in lines)
    assert "page 1 of " in text


@needs_poppler
def test_the_pdf_pages_are_not_blank(morning, tmp_path, qapp, finished_store):
    from PySide6.QtGui import QImage

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*-page-*.png"):
        old.unlink()
    reports = {
        "morning": morning,
        "meeting": load_report(finished_store, sc.EVENING, meeting_id=sc.MEETING_ID),
        "empty": load_report(finished_store, sc.EVENING, session_id=sc.NEXT_DAY),
    }
    for name, report in reports.items():
        pdf = ARTIFACTS / f"{name}.pdf"
        write_report(report_document(report), pdf, ReportFormat.PDF)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / f"{name}-page")],
            check=True,
            capture_output=True,
        )
        pages = sorted(ARTIFACTS.glob(f"{name}-page-*.png"))
        assert pages, f"{name}: no pages"
        for page in pages:
            image = QImage(str(page)).convertToFormat(QImage.Format.Format_Grayscale8)
            assert image.width() > 600 > image.height() / 2, "A4 landscape"
            values = [
                image.pixelColor(x, y).value()
                for y in range(0, image.height(), 3)
                for x in range(0, image.width(), 3)
            ]
            mean = sum(values) / len(values)
            variance = sum((v - mean) ** 2 for v in values) / len(values)
            inked = sum(v < 200 for v in values) / len(values)
            assert variance > 100 and inked > 0.005, f"{page.name} looks blank"
    # The morning: the header, the chart and the tables need more than one page, not many.
    assert 2 <= len(list(ARTIFACTS.glob("morning-page-*.png"))) <= 4


# --- edge cases ---------------------------------------------------------------------------------


@needs_poppler
def test_a_session_without_turns_exports_sensibly(finished_store, tmp_path, qapp):
    from openpyxl import load_workbook

    report = load_report(finished_store, sc.EVENING, session_id=sc.NEXT_DAY)
    for fmt in ReportFormat:
        write_report(report_document(report), tmp_path / f"empty{fmt.suffix}", fmt)

    csv_report = sc.read_report_csv(tmp_path / "empty.csv")
    assert csv_report.tables["speakers"] == []
    assert csv_report.header["Speaking time"] == "0:00 in 0 turns"
    assert any("no turns" in note for note in csv_report.notes)
    (session,) = csv_report.tables["sessions"]
    assert (session["Actual start"], session["Overrun (s)"], session["Status"]) == (
        "",
        "",
        "Not started",
    )
    assert [row["Share (%)"] for row in csv_report.tables["groups"]] == ["0.0"] * 6
    assert csv_report.tables["genders"] == [
        {
            "Gender": "Total",
            "Speakers": "0",
            "Turns": "0",
            "Speaking time (s)": "0",
            "Share (%)": "0.0",
        }
    ]
    workbook = load_workbook(tmp_path / "empty.xlsx")
    assert sheet_rows(workbook, "Speakers") == []
    assert "No turns yet." in pdf_text(tmp_path / "empty.pdf")


def test_the_meeting_export_has_every_session_and_a_session_column(finished_store, tmp_path):
    report = load_report(finished_store, sc.EVENING, meeting_id=sc.MEETING_ID)
    write_report(report_document(report), tmp_path / "meeting.csv", ReportFormat.CSV)

    csv_report = sc.read_report_csv(tmp_path / "meeting.csv")

    assert csv_report.header["Moderator report"] == "Meeting report"
    assert csv_report.header["Session"] == "3 sessions"
    assert csv_report.header["Date"] == "2024-05-03 – 2024-05-04"
    assert csv_report.header["Room"] == "Room 1; Room 3"
    sessions = csv_report.tables["sessions"]
    assert [(s["Session"], s["Overrun (s)"], s["Status"]) for s in sessions] == [
        ("Morning: parliaments and civil society", "455", "Done"),
        ("Afternoon panel", "-1260", "Done"),
        ("Next day", "", "Not started"),
    ]
    speakers = csv_report.tables["speakers"]
    assert len(speakers) == 8
    assert speakers[-1]["Session"] == "Afternoon panel"
    assert speakers[-1]["Start"] == "2024-05-03 14:05:00"
    assert [row["Session"] for row in csv_report.tables["agenda_items"]].count("Next day") == 1
    *_groups, total = csv_report.tables["groups"]
    assert (total["Turns"], total["Speaking time (s)"]) == ("8", "1445")


# --- writing safely -----------------------------------------------------------------------------


def test_a_failed_write_leaves_the_earlier_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("the earlier report")

    def fail_half_way(temp: Path) -> None:
        temp.write_text("half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(target, fail_half_way)

    assert target.read_text() == "the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_writing_into_a_missing_folder_fails_without_creating_anything(morning, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        write_report(report_document(morning), out / "nowhere" / "r.csv", ReportFormat.CSV)
    assert list(out.iterdir()) == []


def test_a_written_report_replaces_the_earlier_one_whole(morning, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.csv"
    target.write_text("old")

    write_report(report_document(morning), target, ReportFormat.CSV)

    assert target.read_bytes() == report_csv(report_document(morning)).encode("utf-8-sig")
    assert [p.name for p in out.iterdir()] == ["report.csv"]


def test_the_format_follows_the_extension():
    assert format_for(Path("a/Report.PDF")) is ReportFormat.PDF
    assert format_for(Path("r.xlsx")) is ReportFormat.XLSX
    assert format_for(Path("r.csv")) is ReportFormat.CSV
    assert format_for(Path("r.txt")) is None


def test_names_that_look_like_formulas_stay_text(tmp_path):
    from openpyxl import load_workbook

    from moderator.domain.report import session_report

    state = sc.state_in_memory(sc.MORNING, sc.morning_commands())
    state.participants["alice"].name = '=HYPERLINK("http://example.invalid","x")'
    state.participants["bob"].organisation = "+31 Assembly"
    report = session_report(state, sc.MORNING_NOW)
    write_report(report_document(report), tmp_path / "r.csv", ReportFormat.CSV)
    write_report(report_document(report), tmp_path / "r.xlsx", ReportFormat.XLSX)

    speakers = sc.read_report_csv(tmp_path / "r.csv").tables["speakers"]
    assert speakers[0]["Speaker"] == '\'=HYPERLINK("http://example.invalid","x")'
    assert speakers[1]["Organisation"] == "'+31 Assembly"
    sheet = load_workbook(tmp_path / "r.xlsx")["Speakers"]
    names = [cell for cell in sheet["D"] if str(cell.value).startswith("=")]
    assert names and all(cell.data_type == "s" for cell in names)


@pytest.mark.parametrize(("source", "how"), [("zoom", "Remote hand (Zoom)"),
                                             ("bbb", "Remote hand (BigBlueButton)")])  # fmt: skip
def test_every_export_says_where_a_remote_hand_was_raised(
    tmp_path, open_db, qapp, source: str, how: str
):
    """Eve came onto the list by a remote hand (the scenario's e5): raised in a video call,
    the CSV, the workbook and the PDF say which."""
    import sqlite3

    from openpyxl import load_workbook

    path = sc.build_database(tmp_path / "m.sqlite3")
    with sqlite3.connect(path) as connection:
        changed = connection.execute(
            "UPDATE speaker_entries SET hand_source = ? WHERE origin = 'remote_hand'", (source,)
        ).rowcount
    assert changed == 1
    report = load_report(Store(open_db(path)), sc.MORNING_NOW, session_id=sc.MORNING)
    for fmt in ReportFormat:
        write_report(report_document(report), tmp_path / f"hands{fmt.suffix}", fmt)

    turns = sc.read_report_csv(tmp_path / "hands.csv").tables["speakers"]
    assert [t["How they got the floor"] for t in turns if t["Speaker"] == "Eve Novak"] == [how]
    sheet = sheet_rows(load_workbook(tmp_path / "hands.xlsx"), "Speakers")
    assert how in [row["How they got the floor"] for row in sheet]
    if not POPPLER_MISSING:  # the PDF's narrow column wraps "Remote hand" and its source
        where = how.removeprefix("Remote hand ")
        assert where in " ".join(pdf_lines(tmp_path / "hands.pdf"))
