"""The speaker clock: a countdown stored as times, never counted tick by tick.

A clock is a small immutable value: the allotted time, the running time accumulated before the
last start, and the moment it last started running (``None`` while it is stopped). The running
time is what the speaker has spoken: a restart of the countdown does not reset it, it gives
that time back through the allotment (``ResetClock``), so the record keeps every second. Everything
the chair sees (remaining time, overtime, the warning phase, when the display must change next)
is computed from those three numbers and "now". This is the OpenSlides ``projector_countdown``
idea: no ticking in the database, so a restart, a second console or the backend all compute the
same remaining time from the same record.

Times are integers in milliseconds. "now" is passed in by the caller; the application takes it
from a monotonic-anchored time source so that a wall-clock change does not move a running clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

SECOND_MS = 1000
#: How long TIME UP lasts before the clock reads OVERTIME: from 0:00 until the display has
#: counted five seconds past zero (``+0:04``). Long enough for the speaker and the chair to
#: see the stop sign as a moment of its own (a one-second flash was missed), short enough
#: that a speaker running on is told, by a different sign, that they are now over time.
TIME_UP_GRACE_MS = 5_000


class ClockError(ValueError):
    """A transition that the clock's state does not allow (start while running, ...)."""


class ClockStatus(StrEnum):
    IDLE = "idle"  # set up for a speaker, not started yet (or restarted while stopped)
    RUNNING = "running"
    PAUSED = "paused"


class Phase(StrEnum):
    """What the chair must notice, derived from the remaining time and the thresholds.

    Each phase has a colour *and* a text/shape cue in the UI, so colour-blind chairs see it.
    """

    NORMAL = "normal"
    WARNING = "warning"  # remaining <= warning threshold
    FINAL = "final"  # remaining <= final threshold (only when that threshold is above zero)
    TIME_UP = "time_up"  # from 0:00 until TIME_UP_GRACE_MS past zero (0:00 … +0:04)
    OVERTIME = "overtime"  # past the grace; the display goes on counting up: +0:05, +0:06, ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the countdown turns to warning and final. Whole seconds, final below warning."""

    warning_ms: int = 60_000
    final_ms: int = 0

    def __post_init__(self) -> None:
        for name in ("warning_ms", "final_ms"):
            value = getattr(self, name)
            if value < 0 or value % SECOND_MS:
                raise ValueError(f"{name} must be a whole, non-negative number of seconds: {value}")
        if self.final_ms > self.warning_ms:
            raise ValueError("final threshold must not be above the warning threshold")


@dataclass(frozen=True, slots=True)
class SpeakerClock:
    """The countdown of the speaker who has the floor.

    Invariant: ``running_since_ms`` is set exactly when ``status`` is RUNNING.
    """

    allotted_ms: int = 0
    accumulated_ms: int = 0
    running_since_ms: int | None = None
    status: ClockStatus = ClockStatus.IDLE

    def __post_init__(self) -> None:
        if (self.status is ClockStatus.RUNNING) != (self.running_since_ms is not None):
            raise ValueError("running_since_ms is set exactly when the clock runs")
        if self.allotted_ms < 0 or self.accumulated_ms < 0:
            raise ValueError("allotted and accumulated times cannot be negative")

    # --- transitions -------------------------------------------------------------------------

    @classmethod
    def for_allotment(cls, allotted_ms: int) -> SpeakerClock:
        return cls(allotted_ms=max(0, allotted_ms))

    def start(self, now_ms: int) -> SpeakerClock:
        if self.status is ClockStatus.RUNNING:
            raise ClockError("the clock is already running")
        return replace(self, status=ClockStatus.RUNNING, running_since_ms=now_ms)

    def pause(self, now_ms: int) -> SpeakerClock:
        if self.status is not ClockStatus.RUNNING:
            raise ClockError("the clock is not running")
        return replace(
            self,
            status=ClockStatus.PAUSED,
            accumulated_ms=self.elapsed_ms(now_ms),
            running_since_ms=None,
        )

    def adjust(self, delta_ms: int) -> SpeakerClock:
        """Add (positive) or remove (negative) time; the allotment never goes below zero."""
        return replace(self, allotted_ms=max(0, self.allotted_ms + delta_ms))

    # --- readings ----------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.status is ClockStatus.RUNNING

    def elapsed_ms(self, now_ms: int) -> int:
        """Running time so far; a ``now`` before the last start adds nothing (never negative)."""
        if self.running_since_ms is None:
            return self.accumulated_ms
        return self.accumulated_ms + max(0, now_ms - self.running_since_ms)

    def remaining_ms(self, now_ms: int) -> int:
        """Allotted minus elapsed; negative in overtime."""
        return self.allotted_ms - self.elapsed_ms(now_ms)

    def phase(self, now_ms: int, thresholds: Thresholds) -> Phase:
        return phase_of(self.remaining_ms(now_ms), thresholds)

    def ms_until_display_change(self, now_ms: int) -> int | None:
        """How long until the displayed second (or phase) changes; ``None`` while stopped."""
        if not self.is_running:
            return None
        return ms_until_next_second(self.remaining_ms(now_ms))


def phase_of(remaining_ms: int, thresholds: Thresholds) -> Phase:
    """The phase for a remaining time, consistent with ``format_countdown``.

    Because thresholds (and the time-up grace) are whole seconds and the display rounds up, the
    phase changes at the same instant as the digits: "1:00" appears together with the warning
    cue, "+0:05" with the overtime cue. Time up is a span of its own, not the one second the
    display reads 0:00: the digits count up through it (``+0:01``…), honest about how long the
    speaker has gone on, while the cue still says TIME UP.
    """
    if remaining_ms <= -TIME_UP_GRACE_MS:
        return Phase.OVERTIME
    if remaining_ms <= 0:
        return Phase.TIME_UP
    if remaining_ms <= thresholds.final_ms:
        return Phase.FINAL
    if remaining_ms <= thresholds.warning_ms:
        return Phase.WARNING
    return Phase.NORMAL


def displayed_seconds(remaining_ms: int) -> int:
    """The whole seconds a countdown shows: rounded up, so a fresh 3:00 shows 3:00, not 2:59.

    Negative results are overtime seconds (shown as ``+m:ss``).
    """
    return -((-remaining_ms) // SECOND_MS)


def ms_until_next_second(remaining_ms: int) -> int:
    """Milliseconds of running until ``displayed_seconds`` changes; always in 1..1000."""
    shown = displayed_seconds(remaining_ms)
    return remaining_ms - (shown - 1) * SECOND_MS


def format_countdown(remaining_ms: int) -> str:
    """``m:ss`` counting down, ``h:mm:ss`` from one hour, ``+m:ss`` counting up in overtime."""
    shown = displayed_seconds(remaining_ms)
    if shown >= 0:
        return format_duration(shown * SECOND_MS)
    overtime_seconds = (-remaining_ms) // SECOND_MS
    return "+" + format_duration(overtime_seconds * SECOND_MS)


def format_duration(duration_ms: int) -> str:
    """A non-negative duration as ``m:ss`` or ``h:mm:ss`` (whole seconds, truncated)."""
    total_seconds = max(0, duration_ms) // SECOND_MS
    hours, rest = divmod(total_seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"
