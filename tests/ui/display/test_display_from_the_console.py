"""The speaker display as the chair drives it from the console window: shortcuts (F5, Ctrl+M,
Ctrl+B), the display controls dialog, the "Display: …" indicator in the status bar, and the
podium put back as it was when the console starts again.

These go through the real ``MainWindow`` (the ``console`` fixture) and its QActions, with the
keys a chair presses, and assert what the chair would see: the display shown or not, the
message on it, where the keyboard is, the indicator's words.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from moderator.services.display.display_settings import DisplaySettings
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.display.display_indicator import DisplayState, describe_display
from moderator.ui.display.display_messages import PLEASE_CONCLUDE, DisplayMessage, MessageKind

if TYPE_CHECKING:
    from conftest import Console


def console_keeps_the_keyboard(console: Console) -> bool:
    return (
        QApplication.activeWindow() is console.window
        and QGuiApplication.focusWindow() is console.window.windowHandle()
    )


def press_f5(console: Console, qtbot: QtBot) -> None:
    """The chair presses F5 in the console; wait until the display is up and the platform has
    done whatever activation it does with a new window (offscreen Qt activates every new
    window a moment later, whatever its flags)."""
    focus_windows: list[object] = []
    app = QGuiApplication.instance()
    app.focusWindowChanged.connect(focus_windows.append)
    try:
        qtbot.keyClick(console.window, Qt.Key.Key_F5)
        display = console.window.speaker_display
        qtbot.waitExposed(display)
        with suppress(WaitTimedOut):
            qtbot.waitUntil(lambda: display.windowHandle() in focus_windows, timeout=1000)
        qtbot.wait(50)  # let any queued activation land (no timing is asserted)
    finally:
        app.focusWindowChanged.disconnect(focus_windows.append)


# --- finding 1: Enter in the message field sends the message, nothing else --------------------


def test_enter_in_the_message_field_sends_it_and_keeps_the_display_shown(
    console: Console, qtbot: QtBot
):
    window = console.window
    press_f5(console, qtbot)
    display = window.speaker_display
    assert display.isVisible()

    window.actions["message_type"].trigger()  # Ctrl+M
    dialog = window.display_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.controls.message_text
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Microphone please")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert display.message == DisplayMessage("Microphone please", MessageKind.TYPED)
    assert display.isVisible(), "Enter in the message field hid the speaker display"
    assert not display.blackout
    assert dialog.isVisible()
    qtbot.keyClicks(field, "Last question")
    qtbot.keyClick(field, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert display.message.text == "Last question"
    assert display.isVisible()
    assert not [
        button.objectName()
        for button in dialog.findChildren(QPushButton)
        if button.isDefault() or button.autoDefault()
    ], "a button of the dialog would be pressed by an Enter meant for something else"


# --- finding 13: the display never takes the keyboard -------------------------------------------


def test_after_f5_the_chairs_next_shortcut_reaches_the_console(console: Console, qtbot: QtBot):
    service = console.service
    assert service.state.current_entry_id is None
    press_f5(console, qtbot)
    display = console.window.speaker_display
    assert display.isVisible()
    qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=2000)
    assert not display.isActiveWindow()
    assert display.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is console.window

    qtbot.keyClick(focus, Qt.Key.Key_N)  # N: next speaker
    assert service.state.current_entry_id is not None
    running = service.state.clock.is_running
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space: start / pause
    assert service.state.clock.is_running is not running

    # Hide and show again (F5 twice): still the console's keyboard.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert not display.isVisible()
    press_f5(console, qtbot)
    qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert service.state.clock.is_running is running


# --- finding 10: the console says what the podium shows, and a restart puts it back ---------


def test_the_indicator_words_for_each_state():
    assert describe_display(DisplayState()) == "Display: off"
    assert (
        describe_display(DisplayState(shown=True, screen="HDMI-1", full_screen=True))
        == "Display: on (screen HDMI-1)"
    )
    assert (
        describe_display(DisplayState(shown=True, screen="eDP-1"))
        == "Display: on (window on eDP-1)"
    )
    assert (
        describe_display(DisplayState(shown=True, screen="HDMI-1", blackout=True))
        == "Display: BLACKOUT (HDMI-1)"
    )
    assert (
        describe_display(DisplayState(shown=True, screen="HDMI-1", message="Please conclude"))
        == "Display: message “Please conclude” (HDMI-1)"
    )
    assert (
        describe_display(DisplayState(message="Please conclude", blackout=True))
        == "Display: off (blackout, message “Please conclude” when shown)"
    )
    long = describe_display(DisplayState(shown=True, screen="X", message="word " * 20))
    assert len(long) < 70 and "…" in long


def test_the_status_bar_says_what_the_podium_shows_after_every_change(
    console: Console, qtbot: QtBot
):
    window = console.window
    indicator = window.display_indicator
    assert indicator.isVisible(), "the indicator is always in the status bar"
    assert indicator.text() == "Display: off"
    assert indicator.focusPolicy() is Qt.FocusPolicy.NoFocus

    press_f5(console, qtbot)
    display = window.speaker_display
    screen = display.current_screen_label  # offscreen Qt's screen has no name: its size
    assert screen
    # Offscreen Qt has one screen, the console's: the display is a window there.
    assert indicator.text() == f"Display: on (window on {screen})"

    window.actions["message_conclude"].trigger()
    assert indicator.text() == f"Display: message “Please conclude” ({screen})"
    window.actions["blackout"].trigger()
    assert indicator.text() == f"Display: BLACKOUT ({screen})"
    assert indicator.property("displayState") == "blackout"
    window.actions["blackout"].trigger()
    window.actions["message_clear"].trigger()
    assert indicator.text() == f"Display: on (window on {screen})"
    window.actions["message_time_up"].trigger()
    window.actions["toggle_display"].trigger()
    assert indicator.text() == "Display: off (message “Time is up” when shown)"

    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)  # a click opens the controls
    assert window.display_dialog.isVisible()


def test_a_new_console_puts_the_podium_back_as_it_was(console: Console, qtbot: QtBot):
    window = console.window
    press_f5(console, qtbot)
    window.actions["message_conclude"].trigger()
    window.actions["blackout"].trigger()
    # Written to disk at once: a crash right now loses nothing.
    on_disk = DisplaySettings(QSettings())
    assert on_disk.shown and on_disk.blackout
    assert on_disk.message == ("conclude", "Please conclude")

    # The console goes away (as in a crash, nothing is saved on the way out) and starts again.
    window.close()
    again = MainWindow(console.service)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    display = again.speaker_display
    qtbot.waitExposed(display)
    assert display.isVisible()
    assert display.message is PLEASE_CONCLUDE
    assert display.view.message is PLEASE_CONCLUDE
    assert display.blackout and display.view.blackout
    assert again.display_indicator.text().startswith("Display: BLACKOUT")
    # The restored display leaves the keyboard with the new console: N acts at once.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or again, Qt.Key.Key_N)
    assert console.service.state.current_entry_id is not None

    # The chair lifts the blackout, clears the message and hides it: the next start shows
    # nothing and does not even build the display window.
    again.actions["blackout"].trigger()
    again.actions["message_clear"].trigger()
    again.actions["toggle_display"].trigger()
    assert not display.isVisible()
    again.close()
    third = MainWindow(console.service)
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    assert third._speaker_display is None
    assert third.display_indicator.text() == "Display: off"


# Activating the display by hand (as such a platform does) makes Qt warn about its flags.
@pytest.mark.qt_log_ignore("requestActivate.*WindowDoesNotAcceptFocus")
def test_where_the_platform_keeps_the_keyboard_on_the_display_the_shortcuts_still_act(
    console: Console, qtbot: QtBot, monkeypatch
):
    """A Wayland compositor ignores "show without activating" and refuses to hand activation
    back: the display is the active window. N, Space and F5 must still do their work."""
    window = console.window
    service = console.service
    monkeypatch.setattr(window, "activateWindow", lambda: None)  # the hand-back is refused
    window.speaker_view.setFocus()
    window.speaker_view.setCurrentIndex(window.speaker_model.index(0, 0))
    press_f5(console, qtbot)
    display = window.speaker_display
    display.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is display, timeout=2000)

    qtbot.keyClick(display, Qt.Key.Key_N)
    assert service.state.current_entry_id is not None, "N went nowhere"
    running = service.state.clock.is_running
    qtbot.keyClick(display, Qt.Key.Key_Space)
    assert service.state.clock.is_running is not running, "Space went nowhere"
    # A key that is no shortcut (↓ in the speaker list) goes on to the console too.
    rows = window.speaker_view
    row = rows.currentIndex().row()
    qtbot.keyClick(display, Qt.Key.Key_Down)
    assert rows.currentIndex().row() == row + 1
    qtbot.keyClick(display, Qt.Key.Key_F5)
    assert not display.isVisible(), "F5 could not hide the display it had just shown"


def test_the_display_shortcuts_act_while_the_display_controls_are_active(
    console: Console, qtbot: QtBot
):
    """After Ctrl+M and Enter the controls are the active window: the display's shortcuts work
    there too; letters and spaces typed in the message field stay text (N and Space are the
    console's next speaker and start/pause); Escape gives the keyboard back to the console."""
    window = console.window
    service = console.service
    press_f5(console, qtbot)
    display = window.speaker_display
    window.actions["message_type"].trigger()
    dialog = window.display_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.controls.message_text
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Next question")
    assert field.text() == "Next question"
    assert service.state.current_entry_id is None
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert display.message.text == "Next question"
    assert service.state.current_entry_id is None, "Enter gave the floor to someone"

    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B
    assert display.blackout
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not display.blackout
    qtbot.keyClick(field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Ctrl+0
    assert display.message is None
    qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1
    assert display.message is PLEASE_CONCLUDE
    assert display.isVisible()

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N)
    assert service.state.current_entry_id is not None


def test_a_console_quit_on_purpose_forgets_the_blackout_and_the_message():
    """Tomorrow's first start must not greet the room with yesterday's blackout or "Please
    conclude"; where and whether the display was shown is kept (a crash keeps everything)."""
    settings = DisplaySettings(QSettings())
    settings.shown = True
    settings.blackout = True
    settings.message = ("conclude", "Please conclude")
    settings.forget_the_moment()
    on_disk = DisplaySettings(QSettings())
    assert on_disk.shown is True
    assert on_disk.blackout is False
    assert on_disk.message is None
