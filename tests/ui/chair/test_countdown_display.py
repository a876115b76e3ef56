"""The countdown on screen: it changes exactly at second boundaries, and a failed save shows.

Timing numbers here are generous bounds so a loaded CI machine does not fail them; the real
figures come from ``bench/timer.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.timers import timer_armed

from moderator.domain.model import EntryState
from moderator.domain.timing.clock import displayed_seconds

if TYPE_CHECKING:
    from conftest import Console


def test_the_display_changes_at_each_second_boundary_of_the_remaining_time(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    clock_of = lambda: console.service.state.clock  # noqa: E731
    ticks: list[tuple[int, str]] = []
    console.window.countdown_ticker.sig_tick.connect(
        lambda now: ticks.append(
            (clock_of().remaining_ms(now), console.window.current_panel.countdown.reading.digits)
        )
    )
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    for remaining, _digits in ticks:
        lateness = displayed_seconds(remaining) * 1000 - remaining
        assert 0 <= lateness < 150, f"display changed {lateness} ms after the boundary"
    shown = [digits for _, digits in ticks]
    assert shown[:3] == ["4:59", "4:58", "4:57"]


def test_the_ticker_sleeps_while_the_clock_is_stopped(console: Console, qtbot: QtBot):
    assert not timer_armed(console.window.countdown_ticker)
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert timer_armed(console.window.countdown_ticker)
    qtbot.keyClick(console.window, Qt.Key.Key_Space)
    assert not timer_armed(console.window.countdown_ticker)


def test_a_failed_save_changes_nothing_and_says_so(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    import sqlite3

    # Make the app's wait for the lock short (new connections read it); 3 s is right for real use.
    monkeypatch.setattr("moderator.storage.database.BUSY_TIMEOUT_MS", 100)
    console.store.engine.pool.dispose()
    blocker = sqlite3.connect(console.path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClick(console.window, Qt.Key.Key_N)
        banner = console.window.error_banner
        assert banner.isVisible()
        assert banner.text().startswith("Not saved, nothing changed:")
        assert "locked" in banner.text()
        assert console.window.current_panel.speaker_name.text() == "Nobody has the floor"
        assert console.service.state.entries[0].state is EntryState.WAITING
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.keyClick(console.window, Qt.Key.Key_N)  # once the lock is gone, the chair goes on
    assert console.service.state.entries[0].state is EntryState.SPEAKING
    assert console.reopen_state().entries[0].state is EntryState.SPEAKING


def test_overtime_blinks_the_cue_every_second_and_nothing_else_does(qtbot):
    """Overtime: the cue band inverts for the second half of each second; the digits stay."""
    from moderator.domain.timing.clock import ClockStatus, Phase
    from moderator.ui.chair.countdown_widget import CountdownReading, CountdownWidget
    from moderator.ui.common.theme import PAUSED_STYLE, PHASE_STYLES, CueShape

    widget = CountdownWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 360)
    widget.show()
    overtime = CountdownReading(
        "+0:05",
        Phase.OVERTIME,
        ClockStatus.RUNNING,
        PHASE_STYLES[Phase.OVERTIME],
        "OVERTIME",
        CueShape.OCTAGON,
    )
    widget.show_reading(overtime)
    assert not widget.blinking
    steady = widget.grab().toImage()
    qtbot.waitUntil(lambda: widget.blinking, timeout=2000)
    blinked = widget.grab().toImage()
    height = steady.height()
    cue_rows = range(int(height * 0.8), height - 10, 4)
    digit_rows = range(int(height * 0.2), int(height * 0.6), 4)

    def differs(rows) -> bool:  # type: ignore[no-untyped-def]
        return any(
            steady.pixel(x, y) != blinked.pixel(x, y)
            for y in rows
            for x in range(0, steady.width(), 8)
        )

    assert differs(cue_rows), "the cue band did not change"
    assert not differs(digit_rows), "the digits must stay readable"
    widget.show_reading(overtime)  # the next second: steady again, then blinks again
    assert not widget.blinking
    paused = CountdownReading(
        "+0:05",
        Phase.OVERTIME,
        ClockStatus.PAUSED,
        PAUSED_STYLE,
        "PAUSED",
        CueShape.PAUSE_BARS,
    )
    widget.show_reading(paused)
    qtbot.wait(700)  # longer than a blink cycle: a paused clock does not blink
    assert not widget.blinking


def test_time_up_has_its_own_word_and_shape_for_a_defined_span_then_overtime(
    qtbot: QtBot, tmp_path
):
    """TIME UP lasted one second and wore OVERTIME's stop sign. Now, on the console and the
    speaker display alike: the stop sign and TIME UP from 0:00 to the grace's end (the digits
    counting up), then a plus and OVERTIME. Read on a clock the test moves (no racing)."""
    from support.stepped_clock import stepped_console

    from moderator.domain.timing.clock import TIME_UP_GRACE_MS, Phase
    from moderator.ui.common.theme import CueShape
    from moderator.ui.display.speaker_display import DisplayReading

    with stepped_console(qtbot, tmp_path) as console:
        qtbot.keyClick(console.window, Qt.Key.Key_N)
        for _ in range(10):  # 5:00 → 0:00
            qtbot.keyClick(console.window, Qt.Key.Key_Minus)
        console.clock.advance(1000)  # the allotment + 1 s
        console.tick()
        countdown = console.window.current_panel.countdown
        state, now = console.service.state, console.service.now_ms()
        time_up = countdown.reading
        assert (time_up.phase, time_up.digits) == (Phase.TIME_UP, "+0:01")
        assert (time_up.cue_text, time_up.shape) == ("TIME UP", CueShape.OCTAGON)
        shown = DisplayReading.of(state, now, hide_negative_time=False)
        assert (shown.phase, shown.cue_text, shown.shape) == (
            Phase.TIME_UP,
            "TIME UP",
            CueShape.OCTAGON,
        )
        assert shown.framed and not shown.blink_on
        hidden = DisplayReading.of(state, now, hide_negative_time=True)
        assert (hidden.digits, hidden.cue_text) == ("0:00", "TIME UP"), "no +m:ss when hidden"
        time_up_image = countdown.grab().toImage()

        console.clock.advance(TIME_UP_GRACE_MS - 1001)  # the grace's last millisecond
        console.tick()
        assert countdown.reading.phase is Phase.TIME_UP
        console.clock.advance(1)
        console.tick()
        overtime = countdown.reading
        assert (overtime.phase, overtime.digits) == (Phase.OVERTIME, "+0:05")
        assert (overtime.cue_text, overtime.shape) == ("OVERTIME", CueShape.PLUS)
        shown = DisplayReading.of(console.service.state, console.service.now_ms(), False)
        assert (shown.phase, shown.cue_text, shown.shape) == (
            Phase.OVERTIME,
            "OVERTIME",
            CueShape.PLUS,
        )
        overtime_image = countdown.grab().toImage()

        # The cue line differs in shape, not only in colour: compare what is foreground.
        def cue_ink(image, foreground) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
            top = int(image.height() * countdown._DIGIT_SHARE)
            return {
                (x, y)
                for y in range(top, image.height() - 12, 3)
                for x in range(12, image.width() - 12, 3)
                if image.pixelColor(x, y) == foreground
            }

        assert cue_ink(time_up_image, time_up.style.foreground) != cue_ink(
            overtime_image, overtime.style.foreground
        )
