"""The speaker display: follows the chair's actions, messages, blackout, hidden overtime, screens.

Every test drives a real ``SessionService`` on a real SQLite file (the ``console`` fixture) and
looks at what the speaker would see: the display's view and its pixels. Screenshots of each state
at 1920×1080 land in ``test-artifacts/screenshots/`` (git-ignored) for a human to look at.

Offscreen Qt has a single screen unless given a configuration file, so the test of full screen on
a chosen screen of two runs in a subprocess with a two-screen configuration.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from support.display_views import render_view, view_at
from support.timers import timer_armed

from moderator.domain.timing.clock import ClockStatus, Phase, ms_until_next_second
from moderator.services.chair.session_service import SessionService
from moderator.services.display.display_settings import DisplaySettings
from moderator.ui.common.theme import CueShape
from moderator.ui.display.display_indicator import DisplayState, describe_display
from moderator.ui.display.display_messages import (
    PLEASE_CONCLUDE,
    TIME_IS_UP,
    DisplayControls,
    DisplayControlsDialog,
    DisplayMessage,
    MessageKind,
    MessagesModel,
)
from moderator.ui.display.speaker_display import CUE_TOP, NEXT_TOP, SpeakerDisplay

if TYPE_CHECKING:
    from conftest import Console

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"
SCREEN = QSize(1920, 1080)
TWO_SCREENS_ENV = "MODERATOR_TEST_TWO_SCREENS"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "display.ini"


def settings_at(path: Path) -> DisplaySettings:
    return DisplaySettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def display(console: Console, settings_file: Path, qtbot: QtBot) -> SpeakerDisplay:
    display = SpeakerDisplay(console.service, settings_at(settings_file), console=console.window)
    qtbot.addWidget(display)
    return display


# --- helpers ---------------------------------------------------------------------------------


def set_remaining(service: SessionService, remaining_ms: int) -> None:
    """Add or remove time (the chair's command) so that ``remaining_ms`` is left now."""
    clock = service.state.clock
    assert service.adjust_time(remaining_ms - clock.remaining_ms(service.now_ms()))


def jump_into_overtime(service: SessionService, overtime_ms: int) -> None:
    """The speaker talks on: the time source moves on by the overtime, then the chair pauses
    and resumes (real commands at the moved time) so every view reads the clock again."""
    set_remaining(service, 0)
    source = service.time_source
    source.set_offset(source.offset_ms + overtime_ms)
    assert service.toggle_clock()
    assert service.toggle_clock()


def grey(image: QImage) -> tuple[bytes, int]:
    """The image as 8-bit luminance, with its bytes per line: what a colour-blind eye keeps."""
    converted = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(converted.constBits()), converted.bytesPerLine()


def ink(image: QImage, band: QRect, step: int = 3) -> frozenset[tuple[int, int]]:
    """Grid points in ``band`` whose luminance differs clearly from the band's background
    (its most common luminance): the drawn words and shapes, whatever their colours."""
    data, stride = grey(image)
    points = [
        (x, y)
        for y in range(band.top(), band.bottom(), step)
        for x in range(band.left(), band.right(), step)
    ]
    levels = [data[y * stride + x] for x, y in points]
    background = max(set(levels), key=levels.count)
    return frozenset(p for p, v in zip(points, levels, strict=True) if abs(v - background) > 60)


def band(share_top: float, share_bottom: float, size: QSize = SCREEN) -> QRect:
    top = int(size.height() * share_top)
    return QRect(0, top, size.width(), int(size.height() * share_bottom) - top)


def final_threshold(console: Console, final_ms: int) -> None:
    """Set the meeting's final threshold in the file and reload the session (as after a sync)."""
    with sqlite3.connect(console.path) as connection:
        connection.execute("UPDATE meetings SET final_ms = ?", (final_ms,))
    console.view_arrives(console.reopen_state())


def console_keeps_the_keyboard(console: Console) -> bool:
    return (
        QApplication.activeWindow() is console.window
        and QGuiApplication.focusWindow() is console.window.windowHandle()
    )


def show_for_the_first_time(display: SpeakerDisplay, console: Console, qtbot: QtBot) -> None:
    """Show the display and wait until the keyboard has settled on the console.

    Offscreen Qt activates every newly created window a moment later, whatever its flags (a
    real window manager honours them); the display must hand the activation straight back.
    """
    focus_windows: list[object] = []
    app = QGuiApplication.instance()
    app.focusWindowChanged.connect(focus_windows.append)
    try:
        display.show_display()
        qtbot.waitExposed(display)
        with suppress(WaitTimedOut):  # a platform that does not activate it: nothing to wait for
            qtbot.waitUntil(lambda: display.windowHandle() in focus_windows, timeout=1000)
        qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=2000)
    finally:
        app.focusWindowChanged.disconnect(focus_windows.append)


# --- following the chair ---------------------------------------------------------------------


def test_the_display_follows_give_floor_next_and_pause(
    console: Console, display: SpeakerDisplay, qtbot: QtBot
):
    service = console.service
    display.show_display()
    qtbot.waitExposed(display)
    assert display.view.reading.phase is None
    assert display.view.reading.cue_text == "NO SPEAKER"
    assert display.view.names.headline == service.state.session.title
    first = service.state.participant_of(service.state.next_entry())
    assert display.view.names.next_line.startswith(f"Next: {first.name}")

    qtbot.keyClick(console.window, Qt.Key.Key_N)  # the chair gives the floor
    assert display.view.names.headline == first.name
    assert first.organisation in display.view.names.details
    assert display.view.reading.digits in ("5:00", "4:59")
    assert display.view.reading.shape is CueShape.PLAY
    assert timer_armed(display.ticker)
    qtbot.waitUntil(lambda: display.view.reading.digits == "4:59", timeout=2000)

    second = service.state.participant_of(service.state.next_entry())
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert display.view.names.headline == second.name
    assert display.view.names.next_line != f"Next: {second.name}"

    qtbot.keyClick(console.window, Qt.Key.Key_Space)  # pause
    assert service.state.clock.status is ClockStatus.PAUSED
    assert display.view.reading.cue_text == "PAUSED"
    assert display.view.reading.shape is CueShape.PAUSE_BARS
    assert not timer_armed(display.ticker), "a paused clock needs no ticks"

    console.view_arrives(console.reopen_state())  # the backend's state replaces ours
    assert display.view.names.headline == second.name


def test_the_display_wakes_at_the_boundaries_only(console: Console, display: SpeakerDisplay):
    service = console.service
    assert not timer_armed(display.ticker), "hidden: no ticks"
    service.next_speaker()
    now = service.now_ms()
    assert display._ms_until_change(now) is None, "not shown yet: no ticks"
    display.show_display()
    remaining = service.state.clock.remaining_ms(now)
    assert display._ms_until_change(now) == ms_until_next_second(remaining)
    jump_into_overtime(service, 3_200)
    now = service.now_ms()
    assert display._ms_until_change(now) <= 500, "in overtime the blink flips every half second"
    display.set_blackout(True)
    assert not timer_armed(display.ticker), "blacked out: nothing changes on screen"
    display.hide_display()
    display.set_blackout(False)
    assert not timer_armed(display.ticker)


def test_the_display_never_takes_the_keyboard_from_the_console(
    console: Console, display: SpeakerDisplay, qtbot: QtBot
):
    assert console_keeps_the_keyboard(console)
    show_for_the_first_time(display, console, qtbot)
    assert not display.isActiveWindow()
    assert display.focusPolicy() is Qt.FocusPolicy.NoFocus
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus

    display.send_message(PLEASE_CONCLUDE)
    display.set_blackout(True)
    display.set_blackout(False)
    display.hide_display()
    display.show_display()
    qtbot.waitExposed(display)
    qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=1000)
    # A key typed now reaches the console: N gives the floor.
    qtbot.keyClick(QApplication.focusWidget() or console.window, Qt.Key.Key_N)
    assert console.service.state.current_entry_id is not None


def test_closing_the_console_closes_the_display(console: Console, display: SpeakerDisplay):
    display.show_display()
    assert display.isVisible()
    assert not display.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose), (
        "the display must not keep the application running"
    )
    console.window.close()
    assert not display.isVisible()


# --- messages, blackout, hidden overtime -----------------------------------------------------


def test_messages_appear_until_cleared_and_typed_ones_are_remembered(
    console: Console, display: SpeakerDisplay, qtbot: QtBot, qtmodeltester
):
    console.service.next_speaker()
    show_for_the_first_time(display, console, qtbot)
    dialog = DisplayControlsDialog(display, console.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    controls: DisplayControls = dialog.controls
    assert not controls.clear_button.isEnabled()

    display.send_message(PLEASE_CONCLUDE)
    assert display.view.message is PLEASE_CONCLUDE
    assert "Please conclude" in controls.current_message.text()
    console.service.next_speaker()  # a message stays up across speakers until cleared
    assert display.view.message is PLEASE_CONCLUDE
    display.clear_message()
    assert display.view.message is None
    assert controls.current_message.text() == "No message on the display."

    # A preset from the list: Enter on the row sends it.
    controls.message_list.setCurrentIndex(controls.messages.index(1, 0))
    controls.message_list.activated.emit(controls.messages.index(1, 0))
    assert display.message is TIME_IS_UP

    qtbot.keyClicks(controls.message_text, "  Microphone   please ")
    qtbot.keyClick(controls.message_text, Qt.Key.Key_Return)
    assert display.message == DisplayMessage("Microphone please", MessageKind.TYPED)
    assert controls.message_text.text() == ""
    assert controls.messages.messages[2] == display.message, "typed messages are kept to resend"
    qtbot.keyClick(controls.message_text, Qt.Key.Key_Return)  # blank: nothing is sent
    assert display.message.text == "Microphone please"
    qtbot.mouseClick(controls.clear_button, Qt.MouseButton.LeftButton)
    assert display.message is None
    display.send_message("   ")
    assert display.message is None
    qtmodeltester.check(controls.messages)


def test_messages_model_keeps_the_presets_and_five_recent_typed_ones(qtmodeltester):
    model = MessagesModel()
    for number in range(8):
        model.remember(DisplayMessage(f"message {number}"))
    model.remember(DisplayMessage("message 5"))
    model.remember(PLEASE_CONCLUDE)  # presets are always there, never repeated
    texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert texts == [
        "Please conclude",
        "Time is up",
        "message 5",
        "message 7",
        "message 6",
        "message 4",
        "message 3",
    ]
    qtmodeltester.check(model)


def test_blackout_turns_the_screen_black_and_back(
    console: Console, display: SpeakerDisplay, qtbot: QtBot
):
    console.service.next_speaker()
    display.show_display()
    display.resize(640, 360)
    dialog = DisplayControlsDialog(display, console.window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.controls.blackout, Qt.MouseButton.LeftButton)
    assert display.blackout
    data, stride = grey(display.grab().toImage())
    assert max(data[y * stride + x] for y in range(0, 360, 7) for x in range(0, 640, 7)) == 0
    assert display.isVisible(), "blackout keeps the window"
    qtbot.mouseClick(dialog.controls.blackout, Qt.MouseButton.LeftButton)
    assert not display.blackout
    assert ink(display.grab().toImage(), band(0.2, CUE_TOP, QSize(640, 360)))


def test_hiding_overtime_changes_only_the_speaker_display(
    console: Console, display: SpeakerDisplay, settings_file: Path
):
    service = console.service
    service.next_speaker()
    display.show_display()
    jump_into_overtime(service, 65_000)
    assert display.view.reading.digits == "+1:05"
    assert display.view.reading.cue_text == "OVERTIME"

    display.set_hide_negative_time(True)
    reading = display.view.reading
    assert reading.digits == "0:00"
    assert reading.cue_text == "TIME UP" and reading.shape is CueShape.OCTAGON
    assert reading.framed
    assert console.window.current_panel.countdown.reading.digits == "+1:05"
    assert settings_at(settings_file).hide_negative_time, "the option is remembered"
    service.toggle_clock()
    assert display.view.reading.cue_text == "PAUSED · TIME UP"
    assert console.window.current_panel.countdown.reading.digits.startswith("+1:0")


# --- screens ---------------------------------------------------------------------------------


def test_a_remembered_screen_that_is_gone_falls_back_to_a_window_and_says_so(
    console: Console, settings_file: Path, qtbot: QtBot
):
    settings = settings_at(settings_file)
    settings.screen_name = "HDMI-9"
    settings.sync()
    display = SpeakerDisplay(console.service, settings_at(settings_file), console=console.window)
    qtbot.addWidget(display)
    with qtbot.waitSignal(display.sig_status) as status:
        display.show_display()
    assert "HDMI-9" in status.args[0] and "not connected" in status.args[0]
    assert display.isVisible() and not display.isFullScreen()
    assert display.screen() is QGuiApplication.primaryScreen()
    assert settings_at(settings_file).screen_name == "HDMI-9", "kept for when it comes back"
    controls = DisplayControls(display)
    qtbot.addWidget(controls)
    assert controls.status.text() == display.status
    assert controls.screen_choice.count() == len(QGuiApplication.screens())


def test_the_only_screen_is_the_consoles_so_the_display_is_a_window(
    console: Console, display: SpeakerDisplay, settings_file: Path
):
    status = display.show_on_screen(QGuiApplication.primaryScreen())
    assert not display.isFullScreen(), "full screen would hide the console"
    assert "console" in status
    assert settings_at(settings_file).screen_name == QGuiApplication.primaryScreen().name()
    display.set_full_screen(False)
    assert not settings_at(settings_file).full_screen


def test_full_screen_on_the_chosen_one_of_two_screens(tmp_path: Path):
    """Runs the scenario below in a subprocess whose offscreen platform has two screens."""
    config = {
        "screens": [
            # Screens are created in name order; the first is the primary (the laptop).
            {"name": "BUILTIN-1", "x": 0, "y": 0, "width": 1280, "height": 800},
            {"name": "HDMI-1", "x": 1280, "y": 0, "width": 1920, "height": 1080},
        ]
    }
    config_file = tmp_path / "screens.json"
    config_file.write_text(json.dumps(config))
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config_file}"
    env[TWO_SCREENS_ENV] = "1"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_two_screens_scenario",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


@pytest.mark.skipif(not os.environ.get(TWO_SCREENS_ENV), reason="runs in a two-screen subprocess")
def test_two_screens_scenario(console: Console, settings_file: Path, qtbot: QtBot):
    screens = {screen.name(): screen for screen in QGuiApplication.screens()}
    laptop, projector = screens["BUILTIN-1"], screens["HDMI-1"]
    assert QGuiApplication.primaryScreen() is laptop
    assert console.window.screen() is laptop

    display = SpeakerDisplay(console.service, settings_at(settings_file), console=console.window)
    qtbot.addWidget(display)
    # Nothing chosen yet: the screen that is not the console's.
    show_for_the_first_time(display, console, qtbot)
    assert display.screen() is projector
    assert display.isFullScreen() and display.geometry() == projector.geometry()
    assert "full screen" in display.status and "HDMI-1" in display.status
    assert describe_display(DisplayState.of(display)) == "Display: on (screen HDMI-1)"

    display.show_on_screen(laptop)  # the console's own screen: a window, never full screen
    assert display.screen() is laptop and not display.isFullScreen()
    assert laptop.geometry().contains(display.geometry())
    display.show_on_screen(projector)
    assert display.isFullScreen() and display.geometry() == projector.geometry()
    assert settings_at(settings_file).screen_name == "HDMI-1"

    # The same through the chair's controls.
    controls = DisplayControls(display)
    qtbot.addWidget(controls)
    assert controls.screen_choice.currentData() == "HDMI-1"
    controls.screen_choice.activated.emit(controls.screen_choice.findData("BUILTIN-1"))
    assert display.screen() is laptop and not display.isFullScreen()
    controls.screen_choice.activated.emit(controls.screen_choice.findData("HDMI-1"))
    assert display.screen() is projector and display.isFullScreen()
    controls.full_screen.click()  # a movable window on the projector
    assert display.screen() is projector and not display.isFullScreen()
    assert "a window on “HDMI-1”" in controls.status.text()
    controls.full_screen.click()
    assert display.isFullScreen()
    display.close()

    # Next run: the remembered screen is used again.
    again = SpeakerDisplay(console.service, settings_at(settings_file), console=console.window)
    qtbot.addWidget(again)
    show_for_the_first_time(again, console, qtbot)
    assert again.screen() is projector and again.isFullScreen()

    # The projector is unplugged (Qt emits screenRemoved before moving windows; offscreen
    # cannot unplug from Python, so the handler is called as Qt would): a window on the laptop.
    again._on_screen_removed(projector)
    assert again.screen() is laptop and not again.isFullScreen()
    assert "not connected" in again.status
    again._on_screen_added(projector)  # plugged back in: full screen on it again
    assert again.screen() is projector and again.isFullScreen()
    qtbot.waitUntil(lambda: console_keeps_the_keyboard(console), timeout=1000)


# --- what the speaker sees -------------------------------------------------------------------


def test_screenshots_of_each_state_differ_beyond_colour(
    console: Console, display: SpeakerDisplay, qtbot: QtBot
):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    service = console.service
    final_threshold(console, 30_000)
    display.show_display()
    display.resize(SCREEN)
    cues: dict[str, frozenset[tuple[int, int]]] = {}
    images: dict[str, QImage] = {}

    def capture(name: str) -> QImage:
        image = display.grab().toImage()
        assert image.size() == SCREEN
        image.save(str(ARTIFACTS / f"speaker-{name}.png"))
        images[name] = image
        return image

    def capture_state(name: str, phase: Phase | None) -> None:
        assert display.view.reading.phase is phase, name
        cues[name] = ink(capture(name), band(CUE_TOP, NEXT_TOP))
        assert len(cues[name]) > 300, f"no word or shape drawn for {name}"

    capture_state("no-speaker", None)
    service.next_speaker()
    capture_state("normal", Phase.NORMAL)
    set_remaining(service, 45_500)
    capture_state("warning", Phase.WARNING)
    set_remaining(service, 20_500)
    capture_state("final", Phase.FINAL)
    # Time up lasts one second: rendered for the moment 0.3 s after the end, not raced.
    now = service.now_ms()
    time_up = view_at(display, service.state, now + service.state.clock.remaining_ms(now) + 300)
    assert time_up.reading.phase is Phase.TIME_UP and time_up.reading.digits == "0:00"
    images["time-up"] = render_view(time_up, SCREEN)
    images["time-up"].save(str(ARTIFACTS / "speaker-time-up.png"))
    cues["time-up"] = ink(images["time-up"], band(CUE_TOP, NEXT_TOP))
    service.toggle_clock()
    capture_state("paused", Phase.FINAL)
    service.toggle_clock()
    jump_into_overtime(service, 65_300)
    capture_state("overtime", Phase.OVERTIME)

    names = list(cues)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert cues[first] != cues[second], f"{first} and {second} differ only by colour"

    # Readable from five metres: the digits' ink is at least 40 % of the screen's height.
    rows = {y for _, y in ink(images["normal"], band(0.2, CUE_TOP), step=2)}
    assert (max(rows) - min(rows)) / SCREEN.height() >= 0.40

    # Overtime blinks: the cue band inverts in the second half of each second.
    now = service.now_ms()
    overtime = -service.state.clock.remaining_ms(now)
    steady = view_at(display, service.state, now - overtime % 1000 + 100)
    blink = view_at(display, service.state, now - overtime % 1000 + 600)
    assert not steady.reading.blink_on and blink.reading.blink_on
    steady_image, blink_image = render_view(steady, SCREEN), render_view(blink, SCREEN)
    blink_image.save(str(ARTIFACTS / "speaker-overtime-blink.png"))
    cue_band = band(CUE_TOP + 0.01, NEXT_TOP - 0.01)
    assert ink(steady_image, cue_band) != ink(blink_image, cue_band)
    assert ink(steady_image, band(0.2, CUE_TOP)) == ink(blink_image, band(0.2, CUE_TOP)), (
        "the digits stay readable while the cue blinks"
    )

    display.set_hide_negative_time(True)
    capture("overtime-hidden")
    display.set_hide_negative_time(False)

    # A message: a banner across the top with words and an icon, in every state.
    head = band(0.0, 0.28)
    without = ink(capture("overtime-no-message"), head)
    display.send_message(PLEASE_CONCLUDE)
    conclude = ink(capture("message-conclude"), head)
    display.send_message(TIME_IS_UP)
    time_up = ink(capture("message-time-up"), head)
    display.send_message("Please speak closer to the microphone, the remote audience cannot hear")
    capture("message-typed")
    assert len({without, conclude, time_up}) == 3
    display.clear_message()

    display.set_blackout(True)
    data, stride = grey(capture("blackout"))
    assert max(data[y * stride + x] for y in range(0, 1080, 9) for x in range(0, 1920, 9)) == 0
    display.set_blackout(False)

    # The chair's panel with its live preview.
    dialog = DisplayControlsDialog(display, console.window)
    qtbot.addWidget(dialog)
    display.send_message(PLEASE_CONCLUDE)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(ARTIFACTS / "speaker-controls.png"))
