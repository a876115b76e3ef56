"""Helpers of the GUI tests that run the console's asyncio loop on Qt's (qasync).

``LagMeter`` measures the Qt event loop's responsiveness as a chair feels it: how late a precise
20 ms timer fires. ``activate`` waits until a window really is the active one (offscreen,
activation arrives a moment after show; window shortcuts need it).
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

#: A generous bound on the event loop's lag during network faults, imports and downloads: the
#: target is < 50 ms and this machine measures single-digit figures, but a shared CI runner
#: has scheduling hiccups. A blocking call (a network timeout is >= 1 s) still fails it.
GENEROUS_LAG_MS = 250
#: A stall the chair would call a frozen window; for one-off work such as opening a window.
FREEZE_MS = 1_000


class LagMeter:
    """How late a 20 ms Qt timer fires, from creation or the last ``restart``."""

    INTERVAL_MS = 20

    def __init__(self) -> None:
        self.lateness_ms: list[float] = []
        self._last = self.started_at = time.monotonic()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.lateness_ms.append(max(0.0, (now - self._last) * 1000 - self.INTERVAL_MS))
        self._last = now

    @property
    def worst_ms(self) -> float:
        return max(self.lateness_ms, default=0.0)

    def stop(self) -> None:
        self.timer.stop()

    def __enter__(self) -> LagMeter:
        self.restart()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def restart(self) -> None:
        """Measure a new phase (the figures so far are dropped)."""
        self.lateness_ms = []
        self._last = self.started_at = time.monotonic()

    def figures(self) -> dict[str, float]:
        samples = sorted(self.lateness_ms)
        return {
            "worst": samples[-1],
            "p99": samples[int(len(samples) * 0.99)],
            "median": statistics.median(samples),
            "ticks": len(samples),
            "seconds": time.monotonic() - self.started_at,
        }


def activate(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts go to the active window; offscreen, activation arrives a moment after show."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
