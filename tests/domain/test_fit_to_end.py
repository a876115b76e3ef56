"""Fit to the end: the plan that shortens the waiting speakers so the session ends on time.

Built on hand-made states (no Qt, no database). The properties are checked by applying the plan
with the real ``SetAllotted`` command and projecting again, as the console would.
"""

from __future__ import annotations

import copy

from hypothesis import assume, event, given
from hypothesis import strategies as st

from moderator.domain.commands import AdjustTime, GiveFloor, SetAllotted, SkipEntry
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import evenly_spaced_keys
from moderator.domain.session_state import SessionState
from moderator.domain.timing.fit_to_end import FLOOR_MS, FitOutcome, FitPlan, fit_to_end
from moderator.domain.timing.schedule import project

T0 = 1_764_316_800_000  # 2025-11-28 08:00 UTC
MIN = 60_000
SID = "session-1"


def make_state(allotments: list[int], scheduled_minutes: float) -> SessionState:
    """One agenda item, speakers s0, s1, ... with these allotments, in this order."""
    session = Session(
        id=SID,
        meeting_id="m-1",
        title="Panel",
        scheduled_start_ms=T0,
        scheduled_end_ms=T0 + int(scheduled_minutes * MIN),
    )
    participants = {
        f"p{i}": Participant(id=f"p{i}", meeting_id="m-1", name=f"Speaker {i}")
        for i in range(len(allotments))
    }
    keys = evenly_spaced_keys(len(allotments))
    entries = [
        SpeakerEntry(f"s{i}", "item-1", f"p{i}", SpeechType.STATEMENT, allotted, keys[i])
        for i, allotted in enumerate(allotments)
    ]
    return SessionState(
        meeting=Meeting(id="m-1", title="Side event"),
        session=session,
        agenda_items=[AgendaItem(id="item-1", session_id=SID, position=1, title="Debate")],
        entries=entries,
        participants=participants,
    )


def apply_plan(state: SessionState, plan: FitPlan) -> SessionState:
    """The state after the plan, applied as the console applies it: one SetAllotted each."""
    after = copy.deepcopy(state)
    for line in plan.changes:
        after.apply(SetAllotted(SID, line.entry_id, line.new_ms).decide(after))
    return after


def allotments(state: SessionState) -> dict[str, int]:
    return {entry.id: entry.allotted_ms for entry in state.entries}


# --- examples a chair would recognise ---------------------------------------------------------


def test_nothing_to_do_when_the_session_is_on_time():
    state = make_state([5 * MIN, 5 * MIN], scheduled_minutes=10)
    plan = fit_to_end(state, T0)
    assert plan.outcome is FitOutcome.ON_TIME
    assert plan.lines == () and plan.changes == ()
    assert plan.projected_end_after_ms == plan.projected_end_before_ms == T0 + 10 * MIN


def test_a_late_session_is_shortened_proportionally_to_end_on_time():
    """20 minutes of speakers (10, 6, 4) in a 15-minute slot: everyone gets three quarters."""
    state = make_state([10 * MIN, 6 * MIN, 4 * MIN], scheduled_minutes=15)
    plan = fit_to_end(state, T0)
    assert plan.outcome is FitOutcome.FITS
    assert [(line.old_ms, line.new_ms) for line in plan.lines] == [
        (10 * MIN, 450_000),
        (6 * MIN, 270_000),
        (4 * MIN, 180_000),
    ]
    assert plan.late_before_ms == 5 * MIN
    assert plan.projected_end_after_ms == plan.scheduled_end_ms == T0 + 15 * MIN
    assert plan.ratio == 0.75


def test_the_current_speakers_overrun_is_taken_from_those_waiting():
    """Speaker 0 has 5 minutes but is given 5 more: the other two absorb the 5 minutes."""
    state = make_state([5 * MIN, 5 * MIN, 5 * MIN], scheduled_minutes=15)
    state.apply(GiveFloor(SID, "s0", "t-1", T0).decide(state))
    state.apply(AdjustTime(SID, 5 * MIN).decide(state))
    plan = fit_to_end(state, T0 + 60_000)
    assert plan.late_before_ms == 5 * MIN
    assert [line.entry_id for line in plan.lines] == ["s1", "s2"]  # not the one speaking
    assert [line.new_ms for line in plan.lines] == [150_000, 150_000]
    assert plan.projected_end_after_ms == plan.scheduled_end_ms


def test_nobody_goes_below_thirty_seconds_and_the_plan_says_how_late_it_stays():
    """Three 2-minute speakers, but the current speaker overran so that only 1 minute is left:
    each gets the 30-second floor and the session still ends 30 seconds late."""
    state = make_state([10 * MIN, 2 * MIN, 2 * MIN, 2 * MIN], scheduled_minutes=11)
    state.apply(GiveFloor(SID, "s0", "t-1", T0).decide(state))
    plan = fit_to_end(state, T0)
    assert plan.outcome is FitOutcome.STILL_LATE
    assert [line.new_ms for line in plan.lines] == [FLOOR_MS] * 3
    assert plan.still_late_by_ms == 30_000
    assert project(apply_plan(state, plan), T0).projected_end_ms == plan.projected_end_after_ms


def test_a_speaker_already_below_the_floor_keeps_their_time_and_others_share_the_cut():
    state = make_state([20_000, 4 * MIN, 35_000], scheduled_minutes=4)
    plan = fit_to_end(state, T0)
    by_id = {line.entry_id: line for line in plan.lines}
    assert by_id["s0"].new_ms == 20_000 and not by_id["s0"].changed  # never lengthened either
    assert by_id["s2"].new_ms == FLOOR_MS  # would be under 30 s at the common factor
    assert by_id["s1"].new_ms == 4 * MIN - 55_000 + (35_000 - FLOOR_MS)
    assert plan.outcome is FitOutcome.FITS
    assert plan.projected_end_after_ms == plan.scheduled_end_ms


def test_late_with_everyone_already_at_the_floor_has_nothing_to_shorten():
    state = make_state([10 * MIN, FLOOR_MS, 20_000], scheduled_minutes=5)
    state.apply(GiveFloor(SID, "s0", "t-1", T0).decide(state))
    plan = fit_to_end(state, T0)
    assert plan.outcome is FitOutcome.NOTHING_TO_SHORTEN
    assert plan.changes == ()
    assert plan.still_late_by_ms == 5 * MIN + 50_000


def test_a_session_without_a_scheduled_end_is_not_fitted():
    state = make_state([5 * MIN], scheduled_minutes=0)
    plan = fit_to_end(state, T0)
    assert plan.outcome is FitOutcome.NO_SCHEDULED_END and plan.changes == ()


def test_skipped_speakers_are_not_shortened():
    state = make_state([5 * MIN, 5 * MIN, 5 * MIN], scheduled_minutes=5)
    state.apply(SkipEntry(SID, "s1").decide(state))
    plan = fit_to_end(state, T0)
    assert [line.entry_id for line in plan.lines] == ["s0", "s2"]
    assert [line.new_ms for line in plan.lines] == [150_000, 150_000]


# --- properties -------------------------------------------------------------------------------

allotment = st.one_of(
    st.integers(0, 20 * MIN).map(lambda ms: ms - ms % 1000),  # whole seconds, as usual
    st.integers(0, 20 * MIN),  # and odd ones (imported from other systems)
)


@st.composite
def sessions(draw):  # type: ignore[no-untyped-def]
    times = draw(st.lists(allotment, min_size=1, max_size=12))
    # Scheduled end from far too short to comfortably long for these speakers, so that every
    # outcome (on time, fits, still late) comes up often.
    share = draw(st.integers(10, 130)) / 100
    state = make_state(times, scheduled_minutes=max(1, sum(times) * share / MIN))
    now = T0 + draw(st.integers(0, 30 * MIN))
    if draw(st.booleans()):
        # Someone has the floor, perhaps in overtime; some speakers were skipped.
        started = T0 + draw(st.integers(0, now - T0))
        state.apply(GiveFloor(SID, "s0", "t-1", started).decide(state))
    for entry in list(state.entries):
        if entry.state is EntryState.WAITING and draw(st.integers(0, 9)) == 0:
            state.apply(SkipEntry(SID, entry.id).decide(state))
    return state, now


@given(sessions())
def test_after_the_plan_the_session_ends_on_time_whenever_the_floors_allow(case):
    state, now = case
    plan = fit_to_end(state, now)
    after = apply_plan(state, plan)
    projected = project(after, now).projected_end_ms
    event(plan.outcome.value)
    assert projected == plan.projected_end_after_ms
    if plan.outcome in (FitOutcome.ON_TIME, FitOutcome.FITS):
        assert projected <= plan.scheduled_end_ms
    if plan.outcome is FitOutcome.FITS:
        # ... and not needlessly early: each speaker loses at most a second to rounding.
        assert plan.scheduled_end_ms - projected < 1000 * max(1, len(plan.lines))
    if plan.outcome is FitOutcome.STILL_LATE:
        assert all(line.new_ms == line.floor_ms for line in plan.lines)
        assert plan.still_late_by_ms == projected - plan.scheduled_end_ms > 0


@given(sessions())
def test_only_waiting_speakers_change_never_upwards_never_below_the_floor(case):
    state, now = case
    plan = fit_to_end(state, now)
    before, after = allotments(state), allotments(apply_plan(state, plan))
    waiting = {entry.id for entry in state.waiting_entries()}
    for entry_id, old in before.items():
        new = after[entry_id]
        if entry_id not in waiting:
            assert new == old
            continue
        assert min(old, FLOOR_MS) <= new <= old
        if new != old:
            assert new % 1000 == 0, "changed allotments are whole seconds"


@given(sessions())
def test_proportions_are_kept_within_rounding(case):
    state, now = case
    plan = fit_to_end(state, now)
    event(plan.outcome.value)
    assume(plan.outcome is FitOutcome.FITS)
    for line in plan.lines:
        if line.at_floor:
            # Held at the floor because the common factor would have gone below it.
            assert plan.ratio * line.old_ms < line.floor_ms + 1000
        else:
            # The common factor, rounded to whole seconds (down, or up by the second given
            # back for rounding).
            assert abs(line.new_ms - plan.ratio * line.old_ms) < 1000 + 1e-6


@given(sessions())
def test_fitting_twice_changes_nothing_the_second_time(case):
    state, now = case
    first = fit_to_end(state, now)
    second = fit_to_end(apply_plan(state, first), now)
    assert second.changes == ()
    assert second.projected_end_before_ms == first.projected_end_after_ms


@given(sessions())
def test_planning_does_not_touch_the_state(case):
    state, now = case
    snapshot = copy.deepcopy(state)
    fit_to_end(state, now)
    assert state == snapshot
