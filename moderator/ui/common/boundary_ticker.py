"""Timers that fire on the boundaries the display cares about, not every N milliseconds.

A countdown that ticks with a free-running 1 s timer drifts against the true remaining time and
shows each second up to a second late. Instead, after every tick (and every state change) the
ticker asks how long until the shown value changes and sleeps exactly that long, with a precise
timer. The shown value is always recomputed from the clock, so a late or early wake-up can make
a change late by that wake-up's lateness but never accumulates error.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class BoundaryTicker(QObject):
    #: Emitted at (just after) each boundary with the current time in milliseconds.
    sig_tick = Signal(object)  # an int; `object` because epoch milliseconds overflow a C int

    def __init__(
        self,
        ms_until_next: Callable[[int], int | None],
        now_ms: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ms_until_next = ms_until_next
        self._now_ms = now_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    def reschedule(self) -> None:
        """Recompute the next boundary; call after anything that may move it."""
        delay = self._ms_until_next(self._now_ms())
        if delay is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, delay))

    def _on_timeout(self) -> None:
        self.sig_tick.emit(self._now_ms())
        self.reschedule()


def ms_until_next_minute(now_ms: int) -> int:
    return 60_000 - now_ms % 60_000
