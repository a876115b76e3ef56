"""Schedule projection: when each waiting speaker is expected to start, when the session ends.

Overruns carry forward: the current speaker's remaining time (never less than zero, because a
speaker in overtime may stop any second), then, during an interposed intervention, the time the
interrupted speaker still has when they resume, then the allotments of everyone still waiting,
laid end to end from "now". The plan is the same walk from the scheduled start with allotted
times only.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderator.domain.commands.base import paused_turn
from moderator.domain.model import EntryState, SpeakerEntry
from moderator.domain.session_state import SessionState


@dataclass(frozen=True, slots=True)
class Projection:
    planned_start_ms: dict[str, int]  # by entry id, every entry
    #: By entry id: the current entry (when it started), the interrupted one (when it resumes)
    #: and the waiting ones.
    expected_start_ms: dict[str, int]
    scheduled_end_ms: int
    projected_end_ms: int

    @property
    def late_by_ms(self) -> int:
        """Positive when running late, negative when ahead."""
        return self.projected_end_ms - self.scheduled_end_ms


def project(state: SessionState, now_ms: int) -> Projection:
    session = state.session
    planned: dict[str, int] = {}
    cursor = session.scheduled_start_ms
    for entry in state.entries:
        planned[entry.id] = cursor
        cursor += entry.allotted_ms

    expected: dict[str, int] = {}
    current = state.current_entry
    if current is not None:
        expected[current.id] = (
            current.started_at_ms if current.started_at_ms is not None else now_ms
        )
        cursor = now_ms + max(0, state.clock.remaining_ms(now_ms))
        interrupted = state.interrupted_entry()
        if interrupted is not None:
            # They get the floor back after the intervention, with what their clock had left.
            expected[interrupted.id] = cursor
            cursor += resume_remaining_ms(state, interrupted)
    else:
        cursor = max(now_ms, session.scheduled_start_ms) if not state.turns else now_ms
    waiting = EntryState.WAITING  # looked up once: this runs at every chair action and tick
    for entry in state.entries:
        if entry.state is waiting:
            expected[entry.id] = cursor
            cursor += entry.allotted_ms
    return Projection(
        planned_start_ms=planned,
        expected_start_ms=expected,
        scheduled_end_ms=session.scheduled_end_ms,
        projected_end_ms=cursor,
    )


def resume_remaining_ms(state: SessionState, entry: SpeakerEntry) -> int:
    """What an interrupted speaker still has to speak when they resume: their allotment less
    what they had spoken when the intervention began (never less than zero). Without a paused
    turn (nothing to resume from) they are simply done when the intervention ends."""
    turn = paused_turn(state, entry)
    if turn is None:
        return 0
    return max(0, turn.allotted_ms - turn.spoken_ms)


def describe_lateness(late_by_ms: int) -> str:
    """ "Late by 3 min", "Ahead by 1 min", "On time": whole minutes, for the header at a glance."""
    minutes = abs(late_by_ms) // 60_000
    if minutes == 0:
        return "On time"
    return f"{'Late' if late_by_ms > 0 else 'Ahead'} by {minutes} min"
