"""At laptop size the chair reads names, the next speaker's whole line and a steady header, in a
window that fits the screen and never widens itself (issue 12, finding 8). Offscreen; the same
checks on a real X server with a window manager are in ``tests/ui/xserver``."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings
from pytestqt.qtbot import QtBot

from moderator.domain.timing.schedule import Projection
from moderator.ui.chair.main_window import FRAME_ALLOWANCE, MainWindow, fit_inside
from moderator.ui.chair.session_header import SessionHeader
from moderator.ui.chair.speaker_columns import share_columns
from moderator.ui.chair.speaker_list_model import Column

if TYPE_CHECKING:
    from conftest import Console, DemoSession

LONG = "Extraordinarily Long Name of a Delegation from a Far Away Federation of Islands"


def shown(console: Console) -> None:
    """Data behind the window changed as an import would: long titles, names, organisations."""
    with sqlite3.connect(console.path) as connection:
        connection.execute("UPDATE meetings SET title = ?", (LONG,))
        connection.execute("UPDATE sessions SET title = ?, room = 'Plenary hall B'", (LONG,))
        connection.execute("UPDATE participants SET organisation = ?", (LONG,))
    console.service.reload()


def test_names_get_the_room_and_organisations_the_rest():
    wants = {column: 60 for column in Column}
    wants[Column.SPEAKER], wants[Column.ORGANISATION] = 230, 400
    # A laptop's list pane: what the eight columns have to share.
    widths = share_columns(700, wants)
    assert widths[Column.SPEAKER] == 230, "the longest name is whole"
    assert widths[Column.ORGANISATION] == 700 - 6 * 60 - 230
    assert sum(widths.values()) == 700
    # Narrower still: the speaker keeps most of what is left, the organisation is cut.
    narrow = share_columns(560, wants)
    assert narrow[Column.SPEAKER] > narrow[Column.ORGANISATION]
    assert sum(narrow.values()) == 560
    # Short organisations give their surplus to the names.
    wants[Column.ORGANISATION] = 50
    assert share_columns(900, wants)[Column.SPEAKER] == 900 - 6 * 60 - 50


def test_at_laptop_size_names_are_whole_and_the_window_keeps_its_width(
    console: Console, qtbot: QtBot
):
    window = console.window
    window.resize(1000, 660)
    qtbot.waitUntil(lambda: window.width() == 1000)
    shown(console)
    qtbot.keyClick(window, "n")
    qtbot.keyClick(window, "n")
    qtbot.wait(1)  # one loop turn: the columns are re-measured once per turn
    view = window.speaker_view
    qtbot.wait(1)
    assert window.width() == 1000, "the window widened itself"
    assert window.minimumSizeHint().width() <= 800
    # A 1280×720 laptop screen less the window manager's frame.
    window.resize(1264, 672)
    qtbot.waitUntil(lambda: window.width() == 1264)
    qtbot.wait(1)
    speaker, organisation = view.columnWidth(Column.SPEAKER), view.columnWidth(Column.ORGANISATION)
    assert speaker > organisation
    assert sum(view.columnWidth(column) for column in Column) <= view.horizontalHeader().width()
    # The full organisation is in the row's tooltip.
    index = console.window.speaker_model.index(0, Column.ORGANISATION)
    assert LONG in index.data(3)  # Qt.ToolTipRole
    # The next line is cut with "…" in its middle: where the next speaker is stays visible.
    next_line = window.current_panel.next_speaker
    assert next_line.is_elided()
    assert "…" in next_line.shown_text()
    assert next_line.shown_text().endswith(next_line.text()[-10:])
    upcoming = console.service.state.next_entry()
    name = console.service.state.participant_of(upcoming).name
    assert next_line.shown_text().startswith(f"Next: {name} "), "the name is whole"
    assert next_line.toolTip() == next_line.text()
    assert next_line.fontMetrics().horizontalAdvance(next_line.shown_text()) <= next_line.width()
    # The header's titles are one line each, cut, whole in their tooltips.
    title = window.header.session_title
    assert title.is_elided() and title.toolTip() == f"{LONG} · Plenary hall B"


def test_the_header_title_keeps_its_lines_as_the_timing_changes_width(qtbot: QtBot):
    from tests.ui.chair.test_session_header import T0, make_state

    header = SessionHeader()
    qtbot.addWidget(header)
    header.resize(900, 80)
    state = make_state()
    state.session.title = "Committee on Budgets, Public Finance and the Oversight of Spending"
    header.show_session(state)
    header.show_timing(state, Projection({}, {}, T0, T0), T0)
    header.show()
    qtbot.waitExposed(header)
    title_geometry = header.session_title.geometry()
    heights = set()
    for late_by in (0, -60_000, -12 * 60_000, 125 * 60_000, 0):
        header.show_timing(state, Projection({}, {}, T0, T0 + late_by), T0)
        qtbot.wait(1)
        heights.add(header.height())
        assert header.session_title.geometry() == title_geometry, late_by
    assert len(heights) == 1


def test_the_default_and_a_saved_size_fit_the_screen(qtbot: QtBot, demo_session: DemoSession):
    first = MainWindow(demo_session.service)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    assert first.width() + FRAME_ALLOWANCE.left() + FRAME_ALLOWANCE.right() <= available.width()
    assert first.height() + FRAME_ALLOWANCE.top() + FRAME_ALLOWANCE.bottom() <= available.height()
    # A size saved on a big monitor: the window opens clamped to this screen.
    first.setGeometry(QRect(available.right() - 100, 20, 2500, 1600))
    QSettings().setValue("mainWindow/geometry", QByteArray(first.saveGeometry()))
    first.close()
    again = MainWindow(demo_session.service)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: available.contains(again.frameGeometry()))
    assert again.width() <= available.width()


def test_fit_inside_makes_room_for_the_frame():
    screen = QRect(0, 0, 1280, 720)
    fitted = fit_inside(QRect(0, 0, 1280, 760), screen, FRAME_ALLOWANCE)
    assert fitted.height() == 720 - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    assert fitted.y() >= FRAME_ALLOWANCE.top()
    assert screen.contains(fitted.adjusted(-8, -40, 8, 8))
    assert fit_inside(QRect(100, 100, 800, 500), screen, FRAME_ALLOWANCE) == QRect(
        100, 100, 800, 500
    )
