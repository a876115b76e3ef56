"""The report window: the scripted numbers on screen, its models, exports, and no GUI blocking.

Screenshots of the window land in ``test-artifacts/report/`` (git-ignored) for a human to
look at.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support import report_scenario as sc

from moderator.domain.report import DEFINITIONS
from moderator.services.report import report_reading as report_reading_module
from moderator.services.report.report_export import ReportFormat, report_csv
from moderator.services.report.report_reading import ReportReader
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.report.report_window import RAW_ROLE, ReportWindow, open_report_window

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "report"


@pytest.fixture
def reports(tmp_path: Path):
    engine = open_database(sc.build_database(tmp_path / "m.sqlite3"))
    yield ReportReader(Store(engine))
    engine.dispose()


@pytest.fixture
def finished_reports(tmp_path: Path):
    engine = open_database(sc.build_database(tmp_path / "f.sqlite3", finished=True))
    yield ReportReader(Store(engine))
    engine.dispose()


def opened(qtbot: QtBot, reports: ReportReader, now_ms: int, **which: str) -> ReportWindow:
    window = ReportWindow(reports, now_ms=lambda: now_ms, **which)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_loaded, timeout=10_000):
        window.show()
    return window


def shown(window: ReportWindow, key: str) -> list[list[str]]:
    model = window.models[key]
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_window_shows_the_scripted_numbers(qtbot, reports):
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)

    speakers = window.models["speakers"]
    titles = [speakers.headerData(c, Qt.Orientation.Horizontal) for c in range(10, 15)]
    assert titles == ["Planned", "Allotted", "Spoken", "Paused", "Overrun"]
    rows = shown(window, "speakers")
    assert [row[3] for row in rows] == [turn.speaker for turn in sc.MORNING_TURNS]
    assert [row[10:16] for row in rows] == [
        [
            *(
                f"{s // 60}:{s % 60:02d}"
                for s in (t.planned_s, t.allotted_s, t.spoken_s, t.paused_s, t.overrun_s)
            ),
            t.status,
        ]
        for t in sc.MORNING_TURNS
    ]
    assert speakers.index(5, 12).data(RAW_ROLE) == 100_000  # Eve, still speaking: 1:40 so far
    assert shown(window, "sessions")[0][-2:] == ["+7:35", "Running"]
    groups = shown(window, "groups")
    assert groups[-1] == ["Total", "5", "6", "15:05", "100.0 %"]
    assert [row[0] for row in shown(window, "genders")] == [
        "Man",
        "Woman",
        "Not recorded",
        "Total",
    ]
    assert "Europe/Madrid" in window.header_label.text()
    assert "still running" in window.notes_label.text()
    for definition in DEFINITIONS:  # what spoken, paused, allotted and overrun mean
        assert definition in window.notes_label.text()
    assert window.status.text() == "Report as of 09:17:35"
    assert "Member State: 6:20 · 42.0 % · 1 turn" in window.chart.accessibleDescription()


def test_every_table_model_passes_the_model_tester(qtbot, qtmodeltester, reports, finished_reports):
    windows = [
        opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING),
        opened(qtbot, finished_reports, sc.EVENING, meeting_id=sc.MEETING_ID),
        opened(qtbot, finished_reports, sc.EVENING, session_id=sc.NEXT_DAY),
    ]
    for window in windows:
        assert set(window.models) == {
            "sessions",
            "speakers",
            "agenda_items",
            "groups",
            "genders",
            "attendance",
        }
        for model in window.models.values():
            qtmodeltester.check(model)
            model.sort(0, Qt.SortOrder.DescendingOrder)
            qtmodeltester.check(model)


def test_sorting_keeps_the_total_row_last_and_sorts_by_value(qtbot, reports):
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    view = window.views["groups"]

    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # speaking time, largest first

    assert [row[0] for row in shown(window, "groups")] == [
        "Member State",
        "Parliament",
        "Civil society",
        "Other",
        "UN entity",
        "Total",
    ]
    speakers = window.views["speakers"]
    speakers.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # end: the running turn has none
    assert shown(window, "speakers")[-1][3] == "Eve Novak"


def test_the_report_is_read_off_the_gui_thread(qtbot, reports, monkeypatch):
    threads: list[int] = []
    real = report_reading_module.load_report

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(report_reading_module, "load_report", recording)

    opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)

    assert threads and threads[0] != threading.get_ident()


def test_refresh_recomputes_the_running_turn_as_of_now(qtbot, reports):
    now = [sc.MORNING_NOW]
    window = ReportWindow(reports, session_id=sc.MORNING, now_ms=lambda: now[0])
    qtbot.addWidget(window)
    qtbot.waitSignal(window.sig_loaded, timeout=10_000).wait()
    now[0] += 20_000

    with qtbot.waitSignal(window.sig_loaded, timeout=10_000):
        window.refresh_button.click()

    assert window.models["speakers"].index(5, 12).data() == "2:00"
    assert window.status.text() == "Report as of 09:17:55"


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_each_export_button_writes_its_file_on_the_worker(qtbot, reports, tmp_path, fmt, qapp):
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    asked: list[tuple[ReportFormat, str]] = []
    target = tmp_path / f"chosen{fmt.suffix}"

    def choose(parent: QWidget, chosen: ReportFormat, suggested: str) -> Path:
        asked.append((chosen, suggested))
        return target

    window.choose_file = choose

    with qtbot.waitSignal(window.sig_exported, timeout=20_000) as signal:
        window.export_buttons[fmt].click()

    assert asked == [(fmt, f"report-morning-parliaments-and-civil-society-2024-05-03{fmt.suffix}")]
    assert signal.args == [str(target)]
    assert window.status.text() == f"Saved {target}"
    if fmt is ReportFormat.CSV:
        assert target.read_bytes() == report_csv(window.document).encode("utf-8-sig")
    elif fmt is ReportFormat.PDF:
        assert target.read_bytes().startswith(b"%PDF-")
    else:
        assert target.read_bytes().startswith(b"PK")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_cancelled_file_dialog_writes_nothing(qtbot, reports, tmp_path):
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    window.choose_file = lambda parent, fmt, suggested: None

    window.export_buttons[ReportFormat.PDF].click()

    assert not window.busy
    assert window.status.text() == "Report as of 09:17:35"


def test_a_failed_export_is_shown_and_leaves_no_file(qtbot, reports, tmp_path):
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    target = tmp_path / "missing-folder" / "r.xlsx"
    window.choose_file = lambda parent, fmt, suggested: target

    with qtbot.waitSignal(window.sig_failed, timeout=10_000):
        window.export_buttons[ReportFormat.XLSX].click()

    assert window.status.text().startswith(f"Cannot write {target}")
    assert not target.parent.exists()
    assert window.export_buttons[ReportFormat.XLSX].isEnabled()


def test_an_unknown_session_says_so(qtbot, reports):
    window = ReportWindow(reports, session_id="gone", now_ms=lambda: sc.MORNING_NOW)
    qtbot.addWidget(window)

    with qtbot.waitSignal(window.sig_failed, timeout=10_000) as signal:
        window.show()

    assert signal.args == ["no session with id 'gone'"]
    assert not window.export_buttons[ReportFormat.PDF].isEnabled()


def test_the_meeting_and_the_empty_session_open_sensibly(qtbot, finished_reports):
    meeting = opened(qtbot, finished_reports, sc.EVENING, meeting_id=sc.MEETING_ID)
    assert [row[0] for row in shown(meeting, "sessions")] == [
        "Morning: parliaments and civil society",
        "Afternoon panel",
        "Next day",
    ]
    assert shown(meeting, "sessions")[0][2] == "2024-05-03 09:00:00"  # several days: dated
    assert len(shown(meeting, "speakers")) == 8

    empty = opened(qtbot, finished_reports, sc.EVENING, session_id=sc.NEXT_DAY)
    assert shown(empty, "speakers") == []
    assert "no turns" in empty.notes_label.text()


def test_open_report_window_shows_it_and_wants_one_subject(qtbot, reports):
    with pytest.raises(ValueError):
        ReportWindow(reports)
    with pytest.raises(ValueError):
        ReportWindow(reports, session_id=sc.MORNING, meeting_id=sc.MEETING_ID)

    window = open_report_window(None, reports, session_id=sc.MORNING, now_ms=lambda: sc.MORNING_NOW)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.sig_loaded, timeout=10_000).wait()

    assert window.isVisible() and window.isWindow()
    for button in (window.refresh_button, *window.export_buttons.values()):
        assert button.text() and button.isEnabled()


def test_screenshots_of_the_report_window(qtbot, reports):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    window.resize(1280, 800)
    for index, name in enumerate(("sessions", "speakers", "agenda-items", "balance")):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        image = window.grab().toImage()
        assert image.save(str(ARTIFACTS / f"window-{name}.png"))
        # Not blank: many different colours in the tab's area.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(image.height() // 3, image.height(), 7)
        }
        assert len(colours) > 5, name
    assert window.chart.height() > 100


def test_the_window_fits_the_screen_with_a_long_title_and_the_definitions(qtbot, reports):
    """On a laptop the window opened 1205×720 under a 40 px title bar: its buttons (Export,
    Close) were below the screen's edge. It fits the free screen with its frame, a long
    session title wraps, and the notes scroll within about five lines."""
    from moderator.ui.common.screen_fit import FRAME_ALLOWANCE

    window = opened(qtbot, reports, sc.MORNING_NOW, session_id=sc.MORNING)
    window.header_label.setText(window.header_label.text() + "<p>" + "Engaging " * 40 + "</p>")
    free = window.screen().availableGeometry()
    room_w = free.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right()
    room_h = free.height() - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    assert window.width() <= room_w and window.height() <= room_h
    hint = window.minimumSizeHint()
    assert hint.width() <= room_w and hint.height() <= room_h, hint
    assert window.notes_area.maximumHeight() <= window.fontMetrics().lineSpacing() * 6
    for button in window.export_buttons.values():
        assert window.rect().contains(button.geometry())
