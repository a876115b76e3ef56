"""How a turn's wall time divides: spoken, paused, and set aside for an interposed intervention.

A turn runs from its start to its end (or "now" while it is open). During that span the
speaker either holds the floor or waits while an intervention interposed in their turn speaks;
while they hold the floor their clock either runs (spoken) or stands still (paused). So

    end − start = spoken + paused + set aside

Spoken time is what the clock ran, kept by the clock itself (``SpeakerClock.elapsed_ms``, which
a restart of the countdown does not wipe). The time set aside is the span of the turns that
name this one as the turn they interrupted (``Turn.interposed_in``, recorded by ``interpose``):
the interrupted speaker waits exactly from the intervention's start to its end, when they
resume or are closed with it. Paused time is what is left.

Used when a turn is closed (the ``TurnClosed`` record) and by the report (for every turn).
Pure: integer milliseconds, no clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from moderator.domain.model import Turn


@dataclass(frozen=True, slots=True)
class Nesting:
    """A turn's place among the others: how long it waited for interventions interposed in
    it, and whether it was itself interposed in another turn."""

    set_aside_ms: int = 0
    interposed: bool = False


def end_or_now(turn: Turn, now_ms: int) -> int:
    """When the turn ended; for an open turn, ``now_ms`` (never before its start)."""
    if turn.ended_at_ms is not None:
        return turn.ended_at_ms
    return max(now_ms, turn.started_at_ms)


def span_ms(turn: Turn, now_ms: int) -> int:
    """Start to end (or now)."""
    return end_or_now(turn, now_ms) - turn.started_at_ms


def set_aside_ms(turn: Turn, turns: Iterable[Turn], now_ms: int) -> int:
    """How long ``turn`` waited for interventions interposed in it, up to its end or now."""
    return sum(span_ms(other, now_ms) for other in turns if other.interposed_in == turn.id)


def paused_ms(turn: Turn, spoken_ms: int, set_aside: int, now_ms: int) -> int:
    """The time the clock stood still while the speaker held the floor: the turn's span,
    less what was spoken and what was set aside for interventions (``set_aside_ms``)."""
    return max(0, span_ms(turn, now_ms) - spoken_ms - set_aside)


def nestings(turns: Iterable[Turn], now_ms: int) -> dict[str, Nesting]:
    """``Nesting`` of every turn, by id, in one pass (a meeting's report stays quick however
    many turns it has)."""
    turns = list(turns)
    set_aside: dict[str, int] = defaultdict(int)
    for turn in turns:
        if turn.interposed_in is not None:
            set_aside[turn.interposed_in] += span_ms(turn, now_ms)
    return {
        turn.id: Nesting(set_aside.get(turn.id, 0), turn.interposed_in is not None)
        for turn in turns
    }
