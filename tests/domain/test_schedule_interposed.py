"""The projection during an interposed intervention: the interrupted speaker resumes afterwards
with the time their clock had left, so that time still counts towards the end of the session."""

from __future__ import annotations

from test_commands import MIN, SID, T0, make_state, run

from moderator.domain.commands import AddSpeaker, EndTurn, GiveFloor, Interpose
from moderator.domain.timing.schedule import describe_lateness, project, resume_remaining_ms

S = 1_000


def interrupted_after_40_seconds():  # type: ignore[no-untyped-def]
    """Alice (5 min) speaks from T0; 40 s in (4:20 left), Carol interposes a 1 min intervention."""
    state = make_state({"e-alice": 5 * MIN, "e-bob": 2 * MIN, "e-carol": 1 * MIN})
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, AddSpeaker(SID, "e-int", "item-1", "p-carol", "intervention", 1 * MIN, "W"))
    run(state, Interpose(SID, "e-int", "t-2", T0 + 40 * S))
    return state


def test_the_interrupted_speakers_remaining_time_stays_in_the_projection():
    state = interrupted_after_40_seconds()
    assert resume_remaining_ms(state, state.entry("e-alice")) == 4 * MIN + 20 * S
    now = T0 + 50 * S  # 10 s into the intervention: 50 s of it left
    projection = project(state, now)
    resumes = now + 50 * S
    assert projection.expected_start_ms["e-alice"] == resumes
    assert projection.expected_start_ms["e-bob"] == resumes + 4 * MIN + 20 * S
    assert projection.expected_start_ms["e-carol"] == resumes + 4 * MIN + 20 * S + 2 * MIN
    # Planned: 5 + 2 + 1 = 8 min from T0. Now: 1:40 (40 s + the 1 min intervention) + 4:20 + 3.
    assert projection.projected_end_ms == T0 + 9 * MIN
    assert describe_lateness(projection.late_by_ms) == "Late by 1 min"


def test_the_projection_is_the_same_just_before_and_just_after_the_speaker_resumes():
    state = interrupted_after_40_seconds()
    end = T0 + 100 * S  # the intervention took its full minute
    during = project(state, end).projected_end_ms
    run(state, EndTurn(SID, end))  # Alice resumes with her 4:20
    assert state.current_entry_id == "e-alice"
    assert project(state, end).projected_end_ms == during == T0 + 9 * MIN
