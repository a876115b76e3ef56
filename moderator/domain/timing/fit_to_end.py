"""Fit to the end: shorten the waiting speakers' allotments so the session ends on time.

The chair opts in (the console previews the plan first, see ``ui.chair.fit_dialog``); nothing here
changes anything. ``fit_to_end`` reads the projection (``schedule.project``: the current
speaker's remaining time, never below zero, then every waiting allotment end to end) and, when
the projected end is after the scheduled end, proposes new allotments:

- **only waiting speakers** change (the one who has the floor changes through the clock;
  skipped, done and removed entries are not in the projection);
- **proportionally**: every shortened allotment is scaled by the same factor, in whole seconds;
- **never below a floor**: ``FLOOR_MS`` (30 s), or the speaker's own allotment when it is already
  shorter (an allotment is never lengthened). Speakers the factor would push below the floor
  stay at the floor and the others share the rest of the cut;
- when even the floors cannot fit (the outcome ``STILL_LATE``), every shortened speaker gets the
  floor and the plan says how late the session will still be (``still_late_by_ms``);
- when the session is already on time there is nothing to do (``ON_TIME``, no lines).

Applying a plan (one ``SetAllotted`` per changed line) and planning again at the same moment
proposes no change: the plan is idempotent. Pure: no Qt, no I/O, "now" is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from moderator.domain.session_state import SessionState
from moderator.domain.timing.schedule import project

SECOND_MS = 1000
#: Nobody is cut below half a minute: shorter than that, a speaker cannot say anything useful.
FLOOR_MS = 30 * SECOND_MS


class FitOutcome(StrEnum):
    ON_TIME = "on_time"  # projected end at or before the scheduled end: nothing to do
    NO_SCHEDULED_END = "no_scheduled_end"  # the session has no end to fit to
    NOTHING_TO_SHORTEN = "nothing_to_shorten"  # late, but every waiting speaker is at the floor
    FITS = "fits"  # after the plan, the session ends on time
    STILL_LATE = "still_late"  # everyone shortened to the floor, and still late


@dataclass(frozen=True, slots=True)
class FitLine:
    """One waiting speaker's allotment now and after the plan."""

    entry_id: str
    old_ms: int
    new_ms: int
    floor_ms: int  # the least this speaker could get

    @property
    def changed(self) -> bool:
        return self.new_ms != self.old_ms

    @property
    def at_floor(self) -> bool:
        return self.new_ms == self.floor_ms


@dataclass(frozen=True, slots=True)
class FitPlan:
    outcome: FitOutcome
    #: Every waiting speaker in speaking order (unchanged ones included, so the preview shows
    #: the whole rest of the list); empty when there is nothing to do.
    lines: tuple[FitLine, ...]
    scheduled_end_ms: int
    projected_end_before_ms: int
    projected_end_after_ms: int
    #: The factor applied to every shortened allotment above its floor (1 when none).
    ratio: float = 1.0

    @property
    def changes(self) -> tuple[FitLine, ...]:
        return tuple(line for line in self.lines if line.changed)

    @property
    def late_before_ms(self) -> int:
        return self.projected_end_before_ms - self.scheduled_end_ms

    @property
    def still_late_by_ms(self) -> int:
        """How late the session still ends after the plan (0 when it fits)."""
        return max(0, self.projected_end_after_ms - self.scheduled_end_ms)


def fit_to_end(state: SessionState, now_ms: int, floor_ms: int = FLOOR_MS) -> FitPlan:
    """The plan that makes the session end by its scheduled end, as far as the floors allow."""
    projection = project(state, now_ms)
    scheduled_end = projection.scheduled_end_ms
    before = projection.projected_end_ms

    def nothing(outcome: FitOutcome) -> FitPlan:
        return FitPlan(outcome, (), scheduled_end, before, before)

    if scheduled_end <= 0 or scheduled_end <= state.session.scheduled_start_ms:
        return nothing(FitOutcome.NO_SCHEDULED_END)
    if before <= scheduled_end:
        return nothing(FitOutcome.ON_TIME)

    waiting = list(state.waiting_entries())
    olds = [entry.allotted_ms for entry in waiting]
    floors = [min(old, floor_ms) for old in olds]
    total = sum(olds)
    # The waiting allotments are laid end to end after a start that does not depend on them.
    budget = total - (before - scheduled_end)

    if budget <= sum(floors):
        news, ratio = floors, 0.0
    else:
        news, ratio = _shrink(olds, floors, budget)
    after = before - total + sum(news)
    lines = tuple(
        FitLine(entry.id, old, new, floor)
        for entry, old, new, floor in zip(waiting, olds, news, floors, strict=True)
    )
    if not any(line.changed for line in lines):
        outcome = FitOutcome.NOTHING_TO_SHORTEN
    elif after <= scheduled_end:
        outcome = FitOutcome.FITS
    else:
        outcome = FitOutcome.STILL_LATE
    return FitPlan(outcome, lines, scheduled_end, before, after, ratio)


def _shrink(olds: list[int], floors: list[int], budget: int) -> tuple[list[int], float]:
    """Allotments, whole seconds, each ``max(floor, r × old)`` with one factor ``r`` chosen so
    that they add up to at most ``budget`` (and at most one second per speaker less)."""
    # Find r: speakers whose share would fall under their floor are held at it, the others
    # share what is left. Holding one at the floor only lowers r, so this settles in ≤ n steps.
    held = [old <= floor for old, floor in zip(olds, floors, strict=True)]
    while True:
        free_old = sum(old for old, h in zip(olds, held, strict=True) if not h)
        free_budget = budget - sum(floor for floor, h in zip(floors, held, strict=True) if h)
        ratio = Fraction(free_budget, free_old) if free_old else Fraction(0)
        newly_held = [
            i
            for i, (old, floor) in enumerate(zip(olds, floors, strict=True))
            if not held[i] and ratio * old < floor
        ]
        if not newly_held:
            break
        for i in newly_held:
            held[i] = True

    ideal = [
        Fraction(floor) if h else ratio * old
        for old, floor, h in zip(olds, floors, held, strict=True)
    ]
    news = [
        floor if h else max(floor, int(value) // SECOND_MS * SECOND_MS)
        for value, floor, h in zip(ideal, floors, held, strict=True)
    ]
    # Rounding every share down ends the session early by up to a second per speaker: give the
    # seconds back, largest remainder first, while the total stays within the budget.
    spare = budget - sum(news)
    by_remainder = sorted(
        (i for i, h in enumerate(held) if not h), key=lambda i: (news[i] - ideal[i], i)
    )
    for i in by_remainder:
        if spare < SECOND_MS:
            break
        if news[i] + SECOND_MS <= olds[i]:
            news[i] += SECOND_MS
            spare -= SECOND_MS
    return news, float(ratio)
