"""The application's notion of "now": wall time that advances with the monotonic clock.

At start-up the wall clock is read once; after that "now" moves only with ``time.monotonic()``.
So a running countdown never drifts and never jumps when the laptop's clock is changed (NTP,
time-zone travel, a chair fiddling with settings), while the times it stores are still real
wall-clock instants that a restarted console or the backend can interpret. When the console
follows a backend, the backend's clock offset (estimated by the sync engine) is added, so every
console and the participant page count on the same clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class TimeSource:
    def __init__(
        self,
        wall_ns: Callable[[], int] = time.time_ns,
        monotonic_ns: Callable[[], int] = time.monotonic_ns,
    ) -> None:
        # Integer nanoseconds: float seconds × 1000 would turn 0.3 s into 299 ms.
        self._wall_ns = wall_ns
        self._monotonic_ns = monotonic_ns
        self.resync()

    offset_ms: int = 0

    def set_offset(self, offset_ms: int) -> None:
        """Adopt the backend's clock (our clock + offset), so consoles and the participant page
        agree on a running countdown. Changes only when a better estimate arrives."""
        self.offset_ms = offset_ms

    def resync(self) -> None:
        """Re-anchor to the wall clock (call only when a jump is wanted, never per tick)."""
        self._anchor_wall_ms = self._wall_ns() // 1_000_000
        self._anchor_monotonic_ns = self._monotonic_ns()

    def base_ms(self) -> int:
        """Our own monotonic-anchored wall time, without the backend's offset (the clock that
        offset estimates are measured against)."""
        return (
            self._anchor_wall_ms + (self._monotonic_ns() - self._anchor_monotonic_ns) // 1_000_000
        )

    def now_ms(self) -> int:
        """The time the console works in: ours, moved onto the backend's clock when synced."""
        return self.base_ms() + self.offset_ms
