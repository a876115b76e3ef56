"""Commands on the speaker clock: start, pause, add or remove time, set the time left, start
again, put a clock back exactly (the undo of any of these), and the meeting's thresholds that
colour the countdown.

They act on the clock of whoever has the floor and never move the floor; giving and ending
turns is ``floor``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands.base import (
    MAX_ALLOTTED_MS,
    Command,
    CommandRejected,
    checked_clock,
    clock_event,
    register,
)
from moderator.domain.events import Event, MeetingChanged
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import ClockError, SpeakerClock, Thresholds
from moderator.domain.translatable import QT_TRANSLATE_NOOP


@register
@dataclass(frozen=True, slots=True)
class StartClock(Command):
    name: ClassVar[str] = "start_clock"
    at_ms: int
    #: The turn on the floor when the chair acted (see ``Command._check_turn``).
    for_turn_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        self._check_turn(state, self.for_turn_id)
        if state.current_entry_id is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "Nobody has the floor: give the floor to a speaker first"
                )
            )
        try:
            clock = state.clock.start(self.at_ms)
        except ClockError as error:
            raise CommandRejected(str(error).capitalize()) from error
        return [clock_event(state, clock)]


@register
@dataclass(frozen=True, slots=True)
class PauseClock(Command):
    name: ClassVar[str] = "pause_clock"
    at_ms: int
    #: The turn on the floor when the chair acted (see ``Command._check_turn``).
    for_turn_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        self._check_turn(state, self.for_turn_id)
        try:
            clock = state.clock.pause(self.at_ms)
        except ClockError as error:
            raise CommandRejected(str(error).capitalize()) from error
        return [clock_event(state, clock)]


@register
@dataclass(frozen=True, slots=True)
class AdjustTime(Command):
    """Add (positive ``delta_ms``) or remove (negative) speaking time for the current speaker."""

    name: ClassVar[str] = "adjust_time"
    delta_ms: int
    #: The turn on the floor when the chair acted (see ``Command._check_turn``).
    for_turn_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        self._check_turn(state, self.for_turn_id)
        if state.current_entry_id is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Nobody has the floor: there is no time to adjust")
            )
        if self.delta_ms == 0:
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "Adjusting by zero changes nothing"))
        return [clock_event(state, state.clock.adjust(self.delta_ms))]


@register
@dataclass(frozen=True, slots=True)
class SetTime(Command):
    """Set the current speaker's remaining time exactly (the allotment moves, the time already
    spoken stays)."""

    name: ClassVar[str] = "set_time"
    remaining_ms: int
    at_ms: int
    #: The turn on the floor when the chair acted (see ``Command._check_turn``).
    for_turn_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        self._check_turn(state, self.for_turn_id)
        if state.current_entry_id is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Nobody has the floor: there is no time to set")
            )
        if not 0 <= self.remaining_ms <= MAX_ALLOTTED_MS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The time must be between 0:00 and 24 hours")
            )
        clock = state.clock
        allotted = clock.elapsed_ms(self.at_ms) + self.remaining_ms
        if allotted == clock.allotted_ms:
            return []
        return [clock_event(state, dataclasses.replace(clock, allotted_ms=allotted))]


@register
@dataclass(frozen=True, slots=True)
class ResetClock(Command):
    """Start the current speaker's time again from their full allotment (a false start, a
    microphone that was off). A running clock keeps running, from now; a stopped one waits,
    ready, for Space.

    The countdown shows the full allotment again, but what was said is not unsaid: the time
    spoken so far stays on the clock (the record counts it as spoken, never as paused) and is
    given back on top of the allotment, so ``allotted − elapsed`` reads the full allotment."""

    name: ClassVar[str] = "reset_clock"
    at_ms: int
    #: The turn on the floor when the chair acted (see ``Command._check_turn``).
    for_turn_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        self._check_turn(state, self.for_turn_id)
        current = state.current_entry
        if current is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Nobody has the floor: there is no time to reset")
            )
        spoken = state.clock.elapsed_ms(self.at_ms)
        fresh = SpeakerClock(allotted_ms=spoken + current.allotted_ms, accumulated_ms=spoken)
        if state.clock.is_running:
            fresh = fresh.start(self.at_ms)
        return [clock_event(state, fresh)]


@register
@dataclass(frozen=True, slots=True)
class SetClock(Command):
    """Put the clock of ``entry_id`` (who must have the floor) back to exact values: the undo
    of a clock action. Refused once the floor has moved on, so a late undo cannot touch the
    next speaker's time."""

    name: ClassVar[str] = "set_clock"
    entry_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int = 0

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id != self.entry_id:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The floor has moved on since: that time can no longer change"
                )
            )
        clock = checked_clock(
            self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms
        )
        if clock == state.clock:
            return []
        return [clock_event(state, clock)]


@register
@dataclass(frozen=True, slots=True)
class SetThresholds(Command):
    """The meeting's timer thresholds: the countdown turns to warning at ``warning_ms`` left
    and to final at ``final_ms`` (0: no final phase); whole seconds, final below warning."""

    name: ClassVar[str] = "set_thresholds"
    warning_ms: int
    final_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if not 0 <= self.warning_ms <= 60 * 60_000:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The warning must be between 0:00 and 60:00 before the end"
                )
            )
        try:
            Thresholds(warning_ms=self.warning_ms, final_ms=self.final_ms)
        except ValueError as error:
            raise CommandRejected(str(error).capitalize()) from None
        meeting = state.meeting
        if (meeting.warning_ms, meeting.final_ms) == (self.warning_ms, self.final_ms):
            return []
        changed = dataclasses.replace(meeting, warning_ms=self.warning_ms, final_ms=self.final_ms)
        return [MeetingChanged(changed)]
