"""The tools the main window opens: the agenda editor edits the open session through the
window's own runner (the chair sees the change at once), and every window opens by its key."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Console

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.ui.agenda.agenda_editor import AgendaEditor

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_editing_the_open_session_in_the_agenda_editor_shows_in_the_window(
    console: Console, qtbot: QtBot
):
    window = console.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    editor = window.findChild(AgendaEditor)
    qtbot.waitUntil(editor.isVisible)
    form = editor.session_form
    assert form.session_id == console.service.state.session.id
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Oversight of counter-terrorism: the parliaments' view")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    title = "Oversight of counter-terrorism: the parliaments' view"
    assert console.service.state.session.title == title, "the chair's view took the edit"
    assert title in window.header.session_title.text()
    assert title in window.windowTitle()
    assert console.reopen_state().session.title == title
    # The editor's undo puts it back, in the window too.
    editor.undo_action.trigger()  # its Ctrl+Z (the editor's own window must be active for the key)
    qtbot.waitUntil(lambda: console.service.state.session.title != title)
    assert title not in window.windowTitle()
    editor.close()


def test_the_report_and_fit_windows_open_from_their_keys(console: Console, qtbot: QtBot):
    from moderator.ui.chair.fit_dialog import FitToEndDialog
    from moderator.ui.report.report_window import ReportWindow

    window = console.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.findChild(ReportWindow) is not None)
    report = window.findChild(ReportWindow)
    report.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.findChild(FitToEndDialog) is not None)
    window.findChild(FitToEndDialog).close()


def test_timer_thresholds_are_set_for_the_meeting_and_undone(console: Console, qtbot: QtBot):
    from PySide6.QtWidgets import QDialogButtonBox

    from moderator.ui.chair.thresholds_dialog import ThresholdsDialog

    window = console.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N)  # 5:00 running
    qtbot.keyClick(window, Qt.Key.Key_Space)  # paused: steady digits
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.findChild(ThresholdsDialog) is not None)
    dialog = window.findChild(ThresholdsDialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.warning.setText("6:00")
    dialog.final.setText("7:00")
    assert not save.isEnabled() and "Final" in dialog.error.text()
    dialog.final.setText("2:x")
    assert not save.isEnabled() and "“2:x” is not a time" in dialog.error.text()
    dialog.final.setText("5:30")
    assert save.isEnabled()
    save.click()
    meeting = console.service.state.meeting
    assert (meeting.warning_ms, meeting.final_ms) == (360_000, 330_000)
    assert window.current_panel.countdown.reading.phase.value == "final", "5:00 ≤ 5:30"
    stored = console.reopen_state().meeting
    assert (stored.warning_ms, stored.final_ms) == (360_000, 330_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.service.state.meeting.warning_ms == 60_000
    assert window.current_panel.countdown.reading.phase.value == "normal"
