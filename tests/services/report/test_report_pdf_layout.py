"""The printed report as a reader sees the page: every cell's text stays inside its row, and a
session still running reads "running", not a finish against its schedule.

The rows are found on the rendered page (``pdftoppm``): data rows alternate white and grey, so
each boundary between two rows is where the grey starts or stops. The words are the PDF's own
text layer (``pdftotext -bbox``), which also holds text painted and then clipped away: a word
that crosses a boundary is text that runs into the next row, whether or not it shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, replace
from html import unescape
from pathlib import Path

import pytest
from support import report_scenario as sc

from moderator.domain.commands import AddAgendaItem, EditAgendaItem, PauseClock
from moderator.domain.report import session_report
from moderator.services.report.report_export import ReportFormat, report_csv, write_report
from moderator.services.report.report_pdf import HEADER_FILL, MARGINS_MM, STRIPE_FILL
from moderator.services.report.report_tables import report_document

S = 1000
POPPLER_MISSING = [tool for tool in ("pdftotext", "pdftoppm") if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(POPPLER_MISSING),
    reason=f"needs poppler-utils ({', '.join(POPPLER_MISSING)} missing): "
    "apt-get install poppler-utils (scripts/setup.sh installs it)",
)
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "report"
#: Pixels per PDF point of the rendered page (144 dpi).
SCALE = 2
#: Word boxes are the font's ascent to descent; a boundary drawn at a pixel may be this far off.
SLACK_PT = 0.6

LONG = (
    "Implementation of the regional action plan on gender-responsive climate finance, "
    "the follow-up mechanisms agreed in Nairobi and the Parliamentary oversight of their "
    "national budgets, with the reports of the working groups on adaptation, loss and damage"
)
#: One word wider than any column: it must be broken inside its cell, not run into the next.
LONG_WORD = "Rechtsschutzversicherungsgesellschaftenzusammenschlussvereinbarungsentwurf"


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def page_words(pdf: Path) -> list[list[Word]]:
    """Every word of every page with its box in points (origin top left), ligatures undone."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append(
            [
                Word(
                    unicodedata.normalize("NFKC", unescape(text)),
                    float(x0),
                    float(y0),
                    float(x1),
                    float(y1),
                )
                for x0, y0, x1, y1, text in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"(.*?)</word>",
                    page,
                )
            ]
        )
    return pages


def render(pdf: Path, name: str):  # type: ignore[no-untyped-def]
    """The pages as images, kept in ``test-artifacts/report/`` for a human to look at."""
    from PySide6.QtGui import QImage

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", str(72 * SCALE), "-png", str(pdf), str(ARTIFACTS / name)],
        check=True,
        capture_output=True,
    )
    return [QImage(str(path)) for path in sorted(ARTIFACTS.glob(f"{name}-*.png"))]


def _kind(image, x: int, y: int) -> str:  # type: ignore[no-untyped-def]
    colour = image.pixelColor(x, y)
    rgb = (colour.red(), colour.green(), colour.blue())
    for name, hex_colour in (("header", HEADER_FILL), ("stripe", STRIPE_FILL)):
        wanted = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        if all(abs(a - b) <= 3 for a, b in zip(rgb, wanted, strict=True)):
            return name
    return "white" if min(rgb) >= 252 else "other"


#: Taller than any row (three lines of text and padding): this much white below a row means
#: the table has ended on this page.
WHITE_AFTER_A_TABLE_PT = 80


def row_boundaries(image, top_pt: float) -> list[float]:  # type: ignore[no-untyped-def]
    """The y (points) of the boundaries between the data rows of the table (or the part of it
    on this page) whose heading ends at ``top_pt``: where the grey of the even rows starts and
    stops, read down the table's left edge (inside the cells' padding, where no letter is),
    until the next table's header or a white gap taller than any row."""
    x = round((MARGINS_MM.left() / 25.4 * 72 + 1) * SCALE)
    y = round(top_pt * SCALE)
    while _kind(image, x, y) != "header":
        y += 1
    while _kind(image, x, y) == "header":
        y += 1
    boundaries: list[float] = []
    previous, white_run = _kind(image, x, y), 0
    while y < image.height() - 1 and white_run < WHITE_AFTER_A_TABLE_PT * SCALE:
        y += 1
        kind = _kind(image, x, y)
        if kind == "header":
            break
        white_run = white_run + 1 if kind == "white" else 0
        if {previous, kind} == {"white", "stripe"}:
            boundaries.append(y / SCALE)
        previous = kind
    return boundaries


def words_across(words: list[Word], boundaries: list[float], left: float, right: float):  # type: ignore[no-untyped-def]
    """The words between ``left`` and ``right`` whose box straddles a row boundary."""
    return [
        (word.text, round(word.y_min, 1), round(word.y_max, 1), boundary)
        for word in words
        if left <= word.x_min < right
        for boundary in boundaries
        if word.y_min + SLACK_PT < boundary < word.y_max - SLACK_PT
    ]


def long_titled_morning():  # type: ignore[no-untyped-def]
    """The scripted morning with agenda titles and an organisation far too long for a cell,
    and a fourth item, so both tables have an even number of rows (the last one grey)."""
    commands = [
        EditAgendaItem(sc.MORNING, "i-open", f"Opening: {LONG}", 10 * 60 * S, 1),
        EditAgendaItem(sc.MORNING, "i-disc", f"Discussion {LONG_WORD}: {LONG}", 15 * 60 * S, 2),
        AddAgendaItem(sc.MORNING, "i-any", f"Any other business: {LONG}", 5 * 60 * S),
        *sc.morning_commands(),
    ]
    state = sc.state_in_memory(sc.MORNING, commands)
    state.participants["eve"] = replace(state.participants["eve"], organisation=LONG_WORD)
    return state


def test_text_cells_wrap_and_cut_inside_their_rows_on_the_rendered_page(tmp_path, qapp):
    document = report_document(session_report(long_titled_morning(), sc.MORNING_NOW))
    pdf = tmp_path / "long.pdf"
    write_report(document, pdf, ReportFormat.PDF)
    images = render(pdf, "long-titles-page")
    pages = page_words(pdf)
    assert len(images) == len(pages)

    checked = {}
    for key in ("agenda_items", "speakers"):
        table = document.table(key)
        assert len(table.rows) % 2 == 0
        # The table and its continuations ("… (continued)") on the pages after it.
        parts = [
            (number, word)
            for number, words in enumerate(pages)
            for word in words
            if word.text == table.title.split()[0]
            and " ".join(w.text for w in words if abs(w.y_min - word.y_min) < 0.5).startswith(
                table.title
            )
        ]
        assert parts, f"{table.title!r} is not on any page"
        found = 0
        for number, heading in parts:
            boundaries = row_boundaries(images[number], heading.y_max)
            words = [w for w in pages[number] if w.y_min > heading.y_max]
            assert words_across(words, boundaries, 0, 10_000) == [], (key, number)
            found += len(boundaries)
        # Between rows, and the end of a grey row before a page break or the table's end.
        rows, count = len(table.rows), len(parts)
        assert rows - count <= found <= rows - 1 + count, (key, found, rows, count)
        number = parts[0][0]
        checked[key] = (number, parts)

    # The cut is said: each long title ends its cell in "…", and the words after the cut are
    # not in the PDF at all (not hidden, gone), so they cannot show through anywhere.
    number, _ = checked["agenda_items"]
    text = " ".join(word.text for word in pages[number])
    assert text.count("...") >= 3  # "…" after NFKC
    assert "damage" not in text
    # The word wider than its column is broken inside the cell, never run past its right edge.
    speakers_page = pages[checked["speakers"][0]]
    pieces = [w for w in speakers_page if w.text.startswith("Rechtsschutz")]
    assert pieces, "the long organisation is printed"
    organisation = next(w for w in speakers_page if w.text == "Organisation")
    group = next(w for w in speakers_page if w.text == "Group" and w.y_min == organisation.y_min)
    assert all(word.x_max <= group.x_min for word in pieces)


def test_a_running_session_reads_running_not_finished_early(tmp_path, qapp):
    # Alice has the floor since 09:02:00; at 09:05:00 the session (scheduled to end 09:10)
    # is running: its end is not known, and it has not "finished 5 minutes early".
    state = sc.state_in_memory(sc.MORNING, sc.morning_commands()[:1])
    document = report_document(session_report(state, sc.T0 + 180 * S))

    (row,) = document.table("sessions").rows
    shown = {
        column.title: document.display(value, column)
        for value, column in zip(row, document.table("sessions").columns, strict=True)
    }
    assert (shown["Actual end"], shown["Overrun"], shown["Status"]) == (
        "running",
        "running",
        "Running",
    )
    csv_session = sc.read_report_csv(_csv(document, tmp_path)).tables["sessions"][0]
    assert (csv_session["Actual end"], csv_session["Overrun (s)"]) == ("running", "running")
    items = sc.read_report_csv(_csv(document, tmp_path)).tables["agenda_items"]
    assert items[0]["Last end"] == "running"

    pdf = tmp_path / "running.pdf"
    write_report(document, pdf, ReportFormat.PDF)
    lines = [" ".join(words) for words in _lines(page_words(pdf)[0])]
    assert any(
        line.endswith("09:00:00 09:10:00 09:02:00 running 1 3:00 running Running") for line in lines
    ), lines
    assert not any("−" in line and "09:10:00" in line for line in lines)


def test_a_running_session_past_its_scheduled_end_shows_how_late_it_is_so_far(tmp_path):
    # 09:12:40: the session (scheduled end 09:10) runs 2:40 late so far, Carla paused.
    commands = [*sc.morning_commands()[:6], PauseClock(sc.MORNING, sc.T0 + 620 * S)]
    state = sc.state_in_memory(sc.MORNING, commands)
    document = report_document(session_report(state, sc.T0 + 640 * S))

    csv_session = sc.read_report_csv(_csv(document, tmp_path)).tables["sessions"][0]
    assert (csv_session["Actual end"], csv_session["Overrun (s)"]) == ("running", "160")


def _csv(document, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    path = folder / "report.csv"
    path.write_bytes(report_csv(document).encode("utf-8-sig"))
    return path


def _lines(words: list[Word]) -> list[list[str]]:
    """The page's words gathered into lines (same baseline), left to right."""
    lines: dict[float, list[Word]] = {}
    for word in words:
        lines.setdefault(round(word.y_max, 0), []).append(word)
    return [
        [w.text for w in sorted(line, key=lambda w: w.x_min)] for _, line in sorted(lines.items())
    ]
