"""A screen reader hears the countdown change phase (running, warning, final, time up), and
nothing in between: one alert per change, not one a second."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot
from support.stepped_clock import stepped_console


def test_the_countdown_announces_each_phase_once_and_never_each_second(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[str] = []
    original = QAccessible.updateAccessibility

    def record(event):  # type: ignore[no-untyped-def]
        if event.type() == QAccessible.Event.Alert:
            alerts.append(event.object().accessibleDescription())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    with stepped_console(qtbot, tmp_path) as console:
        countdown = console.window.current_panel.countdown
        console.window.actions["next_speaker"].trigger()  # 5:00, the clock starts
        console.tick()
        alerts.clear()
        for _ in range(4 * 60 + 40):  # second by second down to 0:20 left
            console.clock.advance(1000)
            console.tick()
        assert console.service.state.clock.remaining_ms(console.service.now_ms()) == 20_000
        said = [text for text in alerts if text]
        assert said == ["WARNING 1:00", "FINAL 0:30"]
        assert countdown.accessibleDescription() == "FINAL 0:30"

        console.window.actions["start_pause"].trigger()  # a pause is said at once
        console.tick()
        assert alerts[-1] == "PAUSED · FINAL 0:20"
