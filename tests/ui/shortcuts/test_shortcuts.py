"""Every shortcut of the main window, pressed as a chair would, and what the window then shows.

Each test also checks the stored state through a fresh read of the SQLite file: what the chair
sees must be what a restarted console would find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Console

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.stepped_clock import stepped_console

from moderator.domain.model import EntryState
from moderator.domain.timing.clock import TIME_UP_GRACE_MS, ClockStatus
from moderator.ui.shortcuts.actions import ACTION_SPECS

KEY = Qt.Key
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def countdown_digits(console: Console) -> str:
    return console.window.current_panel.countdown.reading.digits


def countdown_cue(console: Console) -> str:
    return console.window.current_panel.countdown.reading.cue_text


def first_two_speakers(console: Console) -> tuple[str, str]:
    state = console.service.state
    first, second = state.entries[0], state.entries[1]
    return state.participant_of(first).name, state.participant_of(second).name


def test_the_window_opens_with_nobody_on_the_floor_and_the_first_speaker_next(console: Console):
    first, _ = first_two_speakers(console)
    panel = console.window.current_panel
    assert panel.speaker_name.text() == "Nobody has the floor"
    assert "PRESS N" in countdown_cue(console)
    assert panel.next_speaker.text().startswith(f"Next: {first} — ")
    assert console.window.header.demo_badge.isVisible()


@pytest.mark.parametrize("key", [KEY.Key_N, KEY.Key_Right], ids=["N", "Right"])
def test_next_gives_the_floor_and_starts_the_countdown(console: Console, qtbot: QtBot, key):
    first, second = first_two_speakers(console)
    qtbot.keyClick(console.window, key)
    panel = console.window.current_panel
    assert panel.speaker_name.text() == first
    assert "Statement" in panel.speaker_badges.text()
    assert "In the room" in panel.speaker_badges.text()
    assert countdown_digits(console) == "5:00"
    assert countdown_cue(console) == "RUNNING"
    assert panel.next_speaker.text().startswith(f"Next: {second} — ")

    stored = console.reopen_state()
    assert stored.current_entry_id == stored.entries[0].id
    assert stored.entries[0].state is EntryState.SPEAKING
    assert stored.clock.status is ClockStatus.RUNNING

    qtbot.keyClick(console.window.speaker_view, key)  # works whatever has the focus
    assert panel.speaker_name.text() == second
    stored = console.reopen_state()
    assert stored.entries[0].state is EntryState.DONE
    assert stored.entries[1].state is EntryState.SPEAKING
    assert len(stored.turns) == 2


def test_space_pauses_and_resumes(console: Console, qtbot: QtBot):
    qtbot.keyClick(console.window, KEY.Key_N)
    qtbot.keyClick(console.window, KEY.Key_Space)
    assert countdown_cue(console) == "PAUSED"
    assert console.reopen_state().clock.status is ClockStatus.PAUSED
    frozen = countdown_digits(console)
    qtbot.keyClick(console.window, KEY.Key_Space)
    assert countdown_cue(console) == "RUNNING"
    assert countdown_digits(console) == frozen
    assert console.reopen_state().clock.status is ClockStatus.RUNNING


def test_space_with_nobody_on_the_floor_explains_what_to_do(console: Console, qtbot: QtBot):
    first, _ = first_two_speakers(console)
    qtbot.keyClick(console.window, KEY.Key_Space)
    message = console.window.statusBar().currentMessage()
    assert message == f"Nobody has the floor — press N to give the floor to {first}."
    assert console.reopen_state().current_entry_id is None


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (KEY.Key_Plus, Qt.KeyboardModifier.NoModifier, "5:30"),
        (KEY.Key_Equal, Qt.KeyboardModifier.NoModifier, "5:30"),
        (KEY.Key_Plus, KEYPAD, "5:30"),
        (KEY.Key_Minus, Qt.KeyboardModifier.NoModifier, "4:30"),
        (KEY.Key_Minus, KEYPAD, "4:30"),
    ],
    ids=["plus", "equal", "keypad-plus", "minus", "keypad-minus"],
)
def test_plus_and_minus_add_and_remove_thirty_seconds(
    console: Console, qtbot: QtBot, key, modifier, expected
):
    qtbot.keyClick(console.window, KEY.Key_N)
    qtbot.keyClick(console.window, KEY.Key_Space)  # paused: the digits cannot move meanwhile
    qtbot.keyClick(console.window, key, modifier)
    assert countdown_digits(console) == expected
    minutes, seconds = expected.split(":")
    assert console.reopen_state().clock.allotted_ms == (int(minutes) * 60 + int(seconds)) * 1000


def test_f1_shows_and_hides_every_shortcut(console: Console, qtbot: QtBot):
    overlay = console.window.help_overlay
    assert not overlay.isVisible()
    qtbot.keyClick(console.window, KEY.Key_F1)
    assert overlay.isVisible()
    descriptions = [description for _, description in overlay.rows]
    assert descriptions == [spec.description for spec in ACTION_SPECS]
    keys = dict(overlay.rows)
    assert {"Space", "N or →", "F1"} <= set(keys)
    qtbot.keyClick(console.window, KEY.Key_F1)
    assert not overlay.isVisible()
    qtbot.keyClick(console.window, KEY.Key_F1)
    qtbot.keyClick(overlay, KEY.Key_Escape)
    assert not overlay.isVisible()


def test_shortcuts_keep_working_while_the_help_is_shown(console: Console, qtbot: QtBot):
    first, _ = first_two_speakers(console)
    qtbot.keyClick(console.window, KEY.Key_F1)
    qtbot.keyClick(console.window.help_overlay, KEY.Key_N)
    assert console.window.current_panel.speaker_name.text() == first


def test_warning_threshold_shows_colour_word_and_shape(console: Console, qtbot: QtBot):
    qtbot.keyClick(console.window, KEY.Key_N)
    qtbot.keyClick(console.window, KEY.Key_Space)
    normal = console.window.current_panel.countdown.reading
    for _ in range(8):  # 5:00 - 8 × 30 s = 1:00, the default warning threshold
        qtbot.keyClick(console.window, KEY.Key_Minus)
    warning = console.window.current_panel.countdown.reading
    assert warning.digits == "1:00"
    assert warning.cue_text == "PAUSED · WARNING"
    assert warning.style.background != normal.style.background
    qtbot.keyClick(console.window, KEY.Key_Space)
    assert console.window.current_panel.countdown.reading.cue_text == "WARNING"
    assert console.window.current_panel.countdown.reading.shape.value == "triangle"


def test_time_up_then_overtime_counts_up(qtbot: QtBot, tmp_path: Path):
    """Time up lasts TIME_UP_GRACE_MS with its stop sign, the digits counting up; then
    overtime, with a sign of its own. On a clock that moves only when the test moves it."""
    with stepped_console(qtbot, tmp_path) as console:
        qtbot.keyClick(console.window, KEY.Key_N)
        for _ in range(10):  # 5:00 → 0:00
            qtbot.keyClick(console.window, KEY.Key_Minus)
        reading = console.window.current_panel.countdown.reading
        assert reading.digits == "0:00"
        assert reading.cue_text == "TIME UP"
        assert reading.shape.value == "octagon"
        # The ticker, not the test, moves the display on: the clock is one second further.
        console.clock.advance(1000)
        qtbot.waitUntil(lambda: countdown_digits(console) == "+0:01", timeout=3000)
        assert countdown_cue(console) == "TIME UP"
        console.clock.advance(TIME_UP_GRACE_MS - 1000)
        qtbot.waitUntil(lambda: countdown_digits(console) == "+0:05", timeout=3000)
        assert countdown_cue(console) == "OVERTIME"
        assert console.window.current_panel.countdown.reading.shape.value == "plus"


def test_next_after_the_last_speaker_ends_the_turn_and_then_says_the_list_is_done(
    console: Console, qtbot: QtBot
):
    total = len(console.service.state.entries)
    for _ in range(total):
        qtbot.keyClick(console.window, KEY.Key_N)
    assert console.window.current_panel.next_speaker.text() == "Next: nobody is waiting"
    qtbot.keyClick(console.window, KEY.Key_N)
    assert console.window.current_panel.speaker_name.text() == "Nobody has the floor"
    qtbot.keyClick(console.window, KEY.Key_N)
    assert "finished" in console.window.statusBar().currentMessage()
    stored = console.reopen_state()
    assert all(entry.state is EntryState.DONE for entry in stored.entries)
    assert len(stored.turns) == total
    assert all(turn.ended_at_ms is not None for turn in stored.turns.values())


def test_ctrl_q_closes_the_window(console: Console, qtbot: QtBot):
    qtbot.keyClick(console.window, KEY.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not console.window.isVisible()
