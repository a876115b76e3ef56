"""How a turn's wall time divides: spoken, paused, and set aside for an interposed intervention.

A turn runs from its start to its end (or "now" while it is open). During that span the
speaker either holds the floor or waits while an interposed intervention speaks; while they
hold the floor their clock either runs (spoken) or stands still (paused). So

    end − start = spoken + paused + set aside

Spoken time is what the clock ran, kept by the clock itself (``SpeakerClock.elapsed_ms``, which
a restart of the countdown does not wipe). The time set aside needs no record of its own: the
only turns that open and close inside another turn of the same session are the interventions
interposed in it, so it is the sum of their spans. Paused time is what is left.

Used when a turn is closed (the ``TurnClosed`` record) and by the report (every turn, so a
record written before these rules reads right too). Pure: integer milliseconds, no clock.
"""

from __future__ import annotations

from bisect import bisect_left
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


def is_nested(inner: Turn, outer: Turn, now_ms: int) -> bool:
    """``inner`` was interposed in ``outer``: another turn of the same session that started
    no earlier and ended no later, overlapping it in time (a turn that ended the very moment
    ``outer`` began, or began the moment it ended, merely precedes or follows it)."""
    if inner.id == outer.id or inner.session_id != outer.session_id:
        return False
    start, end = outer.started_at_ms, end_or_now(outer, now_ms)
    inner_start, inner_end = inner.started_at_ms, end_or_now(inner, now_ms)
    return start <= inner_start < end and start < inner_end <= end


def set_aside_ms(turn: Turn, turns: Iterable[Turn], now_ms: int) -> int:
    """How long ``turn`` waited for interventions interposed in it, up to its end or now."""
    return sum(
        end_or_now(other, now_ms) - other.started_at_ms
        for other in turns
        if is_nested(other, turn, now_ms)
    )


def paused_ms(turn: Turn, spoken_ms: int, set_aside: int, now_ms: int) -> int:
    """The time the clock stood still while the speaker held the floor: the turn's span,
    less what was spoken and what was set aside for interventions (``set_aside_ms``)."""
    span = end_or_now(turn, now_ms) - turn.started_at_ms
    return max(0, span - spoken_ms - set_aside)


def nestings(turns: Iterable[Turn], now_ms: int) -> dict[str, Nesting]:
    """``Nesting`` of every turn, by id, in one pass per session (turns sorted by start: only
    the turns starting inside a turn's span can be nested in it), so a meeting's report stays
    quick however many turns it has."""
    sessions: dict[str, list[Turn]] = defaultdict(list)
    for turn in turns:
        sessions[turn.session_id].append(turn)
    set_aside: dict[str, int] = defaultdict(int)
    interposed: set[str] = set()
    for session_turns in sessions.values():
        ordered = sorted(session_turns, key=lambda turn: turn.started_at_ms)
        starts = [turn.started_at_ms for turn in ordered]
        for outer in ordered:
            low = bisect_left(starts, outer.started_at_ms)
            high = bisect_left(starts, end_or_now(outer, now_ms))
            for inner in ordered[low:high]:
                if is_nested(inner, outer, now_ms):
                    set_aside[outer.id] += end_or_now(inner, now_ms) - inner.started_at_ms
                    interposed.add(inner.id)
    return {
        turn_id: Nesting(set_aside[turn_id], turn_id in interposed)
        for session_turns in sessions.values()
        for turn_id in (turn.id for turn in session_turns)
    }
