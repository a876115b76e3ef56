"""F1's list of every action, and Help → About, as a chair meets them on a laptop.

The help was a fixed grid of fifty labels: rows squeezed to 2–3 px at 1280×760, nothing at all
at 1366×705, rows overlapping at 1910×1050. Now it is a panel with a search field and a table
that fits inside the window at any size, rows at a table's normal height, scrolling.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QPoint, QRect, Qt, qVersion
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import moderator
from moderator.ui.shortcuts.actions import ACTION_SPECS
from moderator.ui.shortcuts.help_overlay import AboutDialog

if TYPE_CHECKING:
    from conftest import Console

KEY = Qt.Key
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"


def open_help(console: Console, qtbot: QtBot, width: int, height: int):  # type: ignore[no-untyped-def]
    console.window.resize(width, height)
    qtbot.waitUntil(lambda: console.window.size().width() == width)
    qtbot.keyClick(console.window, KEY.Key_F1)
    overlay = console.window.help_overlay
    assert overlay.isVisible()
    return overlay


def in_window(console: Console, widget) -> QRect:  # type: ignore[no-untyped-def]
    """``widget``'s rectangle in the main window's coordinates."""
    return QRect(widget.mapTo(console.window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 705), (1910, 1050)])
def test_the_help_fits_the_window_with_rows_of_normal_height(
    console: Console, qtbot: QtBot, width: int, height: int
):
    overlay = open_help(console, qtbot, width, height)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    console.window.grab().save(str(ARTIFACTS / f"help-{width}x{height}.png"))
    window = console.window.rect()
    for part in (overlay.panel, overlay.search, overlay.table):
        assert part.isVisible()
        assert window.contains(in_window(console, part)), f"{part.objectName()} leaves the window"
    table = overlay.table
    line = QFontMetrics(table.font()).height()
    viewport = table.viewport().rect()
    assert viewport.height() >= 8 * line, "the table shows at least eight rows at a time"
    assert table.model().rowCount() == len(ACTION_SPECS)
    previous_bottom = 0
    for row in range(table.model().rowCount()):
        height_of_row = table.rowHeight(row)
        assert line <= height_of_row <= 3 * line + 12, f"row {row} is {height_of_row} px high"
        table.scrollTo(table.model().index(row, 0))
        for column in range(3):
            cell = table.visualRect(table.model().index(row, column))
            assert viewport.contains(cell), f"row {row} cannot be scrolled into view"
        top = table.rowViewportPosition(row) + table.verticalScrollBar().value()
        assert top >= previous_bottom, "rows overlap"
        previous_bottom = top + height_of_row
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) <= viewport.width() + 1, "no side scroll"


def test_every_action_is_found_by_its_name_and_by_its_keys(console: Console, qtbot: QtBot):
    overlay = open_help(console, qtbot, 1280, 720)
    qtbot.keyClick(overlay, KEY.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert overlay.search.hasFocus(), "Ctrl+F goes to the search"
    for spec in ACTION_SPECS:
        overlay.search.setText(spec.text)
        assert spec.name in overlay.visible_names(), spec.text
        assert overlay.visible_names().index(spec.name) < overlay.table.height() // max(
            1, overlay.table.rowHeight(0)
        ), f"{spec.name} is not among the first rows shown"
    overlay.search.setText("ctrl+z")
    assert "undo" in overlay.visible_names()
    overlay.search.setText("speaker display")
    assert {"toggle_display", "blackout"} <= set(overlay.visible_names())
    assert "quit" not in overlay.visible_names()
    overlay.search.setText("zebra crossing")
    assert overlay.visible_names() == []
    assert overlay.count.text() == "No action matches “zebra crossing”"
    overlay.search.clear()
    assert overlay.visible_names() == [spec.name for spec in ACTION_SPECS]
    assert overlay.count.text() == f"{len(ACTION_SPECS)} actions"


def test_typing_in_the_search_triggers_nothing_and_enter_runs_the_action(
    console: Console, qtbot: QtBot
):
    overlay = open_help(console, qtbot, 1280, 720)
    qtbot.keyClick(overlay, KEY.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(overlay.search, "next ")  # N is "next speaker", Space "start / pause"
    assert overlay.search.text() == "next "
    assert console.service.state.current_entry_id is None, "no shortcut fired while typing"
    assert overlay.visible_names()[0] == "next_speaker"
    qtbot.keyClick(overlay.search, KEY.Key_Return)
    assert not overlay.isVisible()
    assert console.service.state.current_entry_id is not None, "Enter ran Next speaker"


def test_f1_and_escape_close_the_help_and_the_focus_comes_back(console: Console, qtbot: QtBot):
    view = console.window.speaker_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    overlay = open_help(console, qtbot, 1280, 720)
    assert overlay.table.hasFocus(), "arrows scroll the help, not the list behind it"
    qtbot.keyClick(overlay.table, KEY.Key_Escape)
    assert not overlay.isVisible()
    assert view.hasFocus()
    qtbot.keyClick(console.window, KEY.Key_F1)
    qtbot.keyClick(overlay, KEY.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(overlay.search, "blackout")
    qtbot.keyClick(overlay.search, KEY.Key_Escape)
    assert not overlay.isVisible()
    qtbot.keyClick(console.window, KEY.Key_F1)
    assert overlay.search.text() == "", "each opening shows every action"
    qtbot.keyClick(console.window, KEY.Key_F1)
    assert not overlay.isVisible()


def test_about_shows_the_versions_the_data_file_and_the_logs(console: Console, qtbot: QtBot):
    help_menu = next(
        action.menu()
        for action in console.window.menuBar().actions()
        if action.text().replace("&", "") == "Help"
    )
    about = console.window.actions["about"]
    assert about in help_menu.actions() and about.text() == "About Moderator"
    about.trigger()
    dialog = console.window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    shown = {label: value.text() for label, value in dialog.values.items()}
    assert shown["Version"] == moderator.__version__
    assert shown["Qt"] == qVersion()
    assert shown["PySide6"] == pyside_version
    assert shown["Data file"] == str(console.path)
    assert shown["Logs"], "where the log goes is said, even when it is the terminal"
    assert dialog.windowTitle() == "About Moderator"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {moderator.__version__}" in copied and str(console.path) in copied
    dialog.close()
    QApplication.processEvents()


def test_enter_on_the_table_runs_the_highlighted_row_not_the_hidden_lists(
    console: Console, qtbot: QtBot
):
    overlay = open_help(console, qtbot, 1280, 720)
    assert overlay.table.hasFocus()
    overlay.table.selectRow(overlay.visible_names().index("next_speaker"))
    qtbot.keyClick(overlay.table, KEY.Key_Return)
    assert not overlay.isVisible()
    state = console.service.state
    assert state.current_entry_id == state.entries[0].id, "Next speaker ran"
