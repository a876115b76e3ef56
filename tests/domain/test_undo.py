"""Undo and redo of every chair action, in the domain core (no Qt).

The property: after any reachable sequence of actions, doing one more action and then its
inverse (computed from the state before it) gives back exactly the state before: the list,
every entry's state and place, the clock, who has the floor, the turns and the hands. And the
redo (the action done again) is accepted where the action was.
"""

from __future__ import annotations

import dataclasses

from hypothesis import event, given, settings
from hypothesis import strategies as st
from test_commands import SID, T0, make_state

from moderator.domain.commands import (
    AddSpeaker,
    AdjustTime,
    CommandRejected,
    EndTurn,
    GiveFloor,
    Interpose,
    LowerHand,
    MarkDone,
    MoveEntry,
    PauseClock,
    RemoveEntry,
    ResetClock,
    RestoreEntry,
    RevertFloor,
    SetAllotted,
    SetTime,
    SkipEntry,
    StartClock,
    UndoResume,
    again,
    inverse_of,
)
from moderator.domain.model import EntryState, Hand, HandState
from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState

ENTRIES = ["e-alice", "e-bob", "e-carol"]


def fingerprint(state: SessionState) -> tuple:
    """What the chair sees and reports read. A removed entry is kept as a tombstone (so an
    undo can put it back): it is not on the list, so it is not compared."""
    return (
        [dataclasses.astuple(e) for e in state.entries if e.state is not EntryState.REMOVED],
        state.clock,
        state.current_entry_id,
        state.current_turn_id,
        sorted((k, dataclasses.astuple(t)) for k, t in state.turns.items()),
        sorted((k, dataclasses.astuple(h)) for k, h in state.hands.items()),
    )


def with_hand(state: SessionState) -> SessionState:
    state.hands["h-1"] = Hand("h-1", SID, "p-carol", 1, T0)
    return state


@st.composite
def actions(draw, state: SessionState, now: int, serial: int):  # type: ignore[no-untyped-def]
    entry = draw(st.sampled_from([*ENTRIES, f"e-new-{serial}"]))
    kind = draw(st.sampled_from(range(16)))  # uniform: integers() favours the ends
    if kind == 15:
        return SetAllotted(SID, entry, draw(st.sampled_from([30_000, 60_000, 90_000])))
    if kind == 14:
        return Interpose(SID, entry, f"t-{serial}", now)
    if kind == 0:
        return GiveFloor(SID, entry, f"t-{serial}", now, draw(st.booleans()))
    if kind == 1:
        return StartClock(SID, now)
    if kind == 2:
        return PauseClock(SID, now)
    if kind == 3:
        return AdjustTime(SID, draw(st.sampled_from([-60_000, -30_000, 30_000, 60_000])))
    if kind == 4:
        return EndTurn(SID, now)
    if kind == 5:
        return RemoveEntry(SID, entry)
    if kind == 6:
        return SkipEntry(SID, entry)
    if kind == 7:
        return RestoreEntry(SID, entry)
    if kind == 8:
        return MarkDone(SID, entry, now)
    if kind == 9:
        keys = sorted({e.order_key for e in state.entries})
        at = draw(st.integers(0, len(keys)))
        before = keys[at - 1] if at else None
        after = keys[at] if at < len(keys) else None
        item = draw(st.sampled_from(["item-1", "item-2"]))
        return MoveEntry(SID, entry, key_between(before, after), item)
    if kind == 10:
        return SetTime(SID, draw(st.integers(0, 600_000)), now)
    if kind == 11:
        return ResetClock(SID, now)
    if kind == 12:
        return LowerHand(SID, "h-1", now)
    last = max(e.order_key for e in state.entries)
    return AddSpeaker(
        SID, f"e-new-{serial}", "item-1", "p-carol", "floor", 120_000, key_between(last, None)
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_action_is_undone_exactly(data):
    state = with_hand(make_state())
    now = T0
    for serial in range(data.draw(st.integers(1, 25))):
        now += data.draw(st.integers(0, 90_000))
        command = data.draw(actions(state, now, serial))
        try:
            events = command.decide(state)
        except CommandRejected:
            continue
        before = fingerprint(state)
        before_interrupted = state.interrupted_entry() is not None
        inverse = inverse_of(command, state)
        state.apply(events)
        if inverse is None or not events:
            continue
        after = fingerprint(state)
        # The chair notices a moment later and undoes it.
        now += data.draw(st.integers(0, 5_000))
        state.apply(inverse.decide(state))
        assert fingerprint(state) == before, f"undo of {command} left a difference"
        event(f"undone: {command.name}")
        if before_interrupted:
            event(f"undone during an intervention: {command.name}")
        # ...and then changes their mind: redo, which gives the same list and floor again.
        redo = again(command, now, f"t-redo-{serial}")
        state.apply(redo.decide(state))
        redone = fingerprint(state)
        assert [e[:5] for e in redone[0]] == [e[:5] for e in after[0]], "redo changed the list"
        assert redone[2] == after[2], "redo gave the floor to someone else"


def test_undo_of_give_floor_gives_the_floor_back_with_the_clock_as_it_was():
    state = make_state()
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))
    state.apply(PauseClock(SID, T0 + 20_000).decide(state))
    before = fingerprint(state)
    give = GiveFloor(SID, "e-bob", "t-2", T0 + 30_000)
    inverse = inverse_of(give, state)
    state.apply(give.decide(state))
    assert state.entry("e-alice").state is EntryState.DONE
    state.apply(inverse.decide(state))
    assert fingerprint(state) == before
    assert state.current_entry_id == "e-alice"
    assert state.clock.remaining_ms(T0 + 99_000) == 40_000, "paused at 0:40, still 0:40"
    assert "t-2" not in state.turns, "the undone turn leaves no record"
    assert state.turns["t-1"].ended_at_ms is None


def test_an_old_undo_never_takes_the_floor_from_a_later_speaker():
    state = make_state()
    first = GiveFloor(SID, "e-alice", "t-1", T0)
    inverse = inverse_of(first, state)
    state.apply(first.decide(state))
    state.apply(GiveFloor(SID, "e-bob", "t-2", T0 + 60_000).decide(state))
    try:
        inverse.decide(state)
    except CommandRejected as rejection:
        assert "moved on" in str(rejection)
    else:
        raise AssertionError("the stale undo was accepted")


def test_undo_of_lowering_a_hand_is_refused_after_a_new_raise():
    state = with_hand(make_state())
    lower = LowerHand(SID, "h-1", T0 + 1)
    inverse = inverse_of(lower, state)
    state.apply(lower.decide(state))
    state.hands["h-2"] = Hand("h-2", SID, "p-carol", 2, T0 + 2)
    try:
        inverse.decide(state)
    except CommandRejected as rejection:
        assert "raised their hand again" in str(rejection)
    else:
        raise AssertionError("two open hands for one participant")
    assert state.hands["h-1"].state is HandState.LOWERED


def interrupted_by_bob(state: SessionState) -> SessionState:
    """Alice speaks 40 s, then Bob's interposed question runs 15 s."""
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))
    state.apply(Interpose(SID, "e-bob", "t-2", T0 + 40_000).decide(state))
    return state


def test_undo_of_the_end_of_an_intervention_pauses_the_speaker_again():
    state = interrupted_by_bob(make_state())
    before = fingerprint(state)
    end = EndTurn(SID, T0 + 55_000)  # the question ends: Alice resumes
    inverse = inverse_of(end, state)
    assert inverse is not None, "the chair can undo the resume"
    state.apply(end.decide(state))
    assert state.current_entry_id == "e-alice" and state.entry("e-bob").state is EntryState.DONE
    state.apply(inverse.decide(state))
    assert fingerprint(state) == before
    assert state.current_entry_id == "e-bob", "the question has the floor again"
    assert state.entry("e-alice").state is EntryState.INTERRUPTED
    assert state.clock.elapsed_ms(T0 + 60_000) == 20_000, "Bob's clock ran on from 0:15"
    # Redo: the question ends again, now; Alice resumes with the 40 s she had spoken.
    state.apply(again(end, T0 + 60_000, "t-redo").decide(state))
    assert state.current_entry_id == "e-alice"
    assert state.entry("e-alice").state is EntryState.SPEAKING
    assert state.clock.elapsed_ms(T0 + 60_000) == 40_000


def test_undo_of_giving_the_floor_during_an_intervention_restores_both():
    state = interrupted_by_bob(make_state())
    before = fingerprint(state)
    give = GiveFloor(SID, "e-carol", "t-3", T0 + 50_000)  # closes Bob and Alice
    inverse = inverse_of(give, state)
    assert inverse is not None
    state.apply(give.decide(state))
    assert state.entry("e-alice").state is EntryState.DONE
    assert state.turns["t-1"].ended_at_ms == T0 + 50_000
    state.apply(inverse.decide(state))
    assert fingerprint(state) == before
    assert "t-3" not in state.turns
    assert state.entry("e-alice").state is EntryState.INTERRUPTED
    assert state.turns["t-1"].ended_at_ms is None and state.turns["t-1"].spoken_ms == 40_000


def test_an_old_undo_of_a_resume_is_refused_once_the_floor_moved_on():
    state = interrupted_by_bob(make_state())
    end = EndTurn(SID, T0 + 55_000)
    inverse = inverse_of(end, state)
    state.apply(end.decide(state))
    state.apply(GiveFloor(SID, "e-carol", "t-3", T0 + 90_000).decide(state))
    try:
        inverse.decide(state)
    except CommandRejected as rejection:
        assert "moved on" in str(rejection)
    else:
        raise AssertionError("the stale undo took the floor from Carol")


def invariants_broken(state: SessionState) -> list[str]:
    """What no sequence of accepted commands may ever produce (the floor's consistency)."""
    problems = []
    speaking = [e.id for e in state.entries if e.state is EntryState.SPEAKING]
    interrupted = [e.id for e in state.entries if e.state is EntryState.INTERRUPTED]
    if len(speaking) > 1:
        problems.append(f"several speak at once: {speaking}")
    if len(interrupted) > 1:
        problems.append(f"several are interrupted: {interrupted}")
    if interrupted and not speaking:
        problems.append("someone is interrupted but nobody speaks")
    if speaking != ([state.current_entry_id] if state.current_entry_id else []):
        problems.append(f"the floor {state.current_entry_id} is not who speaks {speaking}")
    turn = state.turns.get(state.current_turn_id or "")
    if state.current_turn_id and (turn is None or turn.entry_id != state.current_entry_id):
        problems.append("the current turn is not the current speaker's")
    for open_turn in (t for t in state.turns.values() if t.ended_at_ms is None):
        if open_turn.entry_id not in speaking + interrupted:
            problems.append(f"turn {open_turn.id} is open for someone not on the floor")
    if state.clock.is_running and not state.clock.running_since_ms:
        problems.append("a running clock without a start")
    return problems


@st.composite
def forged_undos(draw, state: SessionState):  # type: ignore[no-untyped-def]
    """An undo as a hostile or confused client could send it: any ids of this session."""
    entries = [e.id for e in state.entries] + ["e-nobody", ""]
    turns = [*state.turns, "t-nobody", ""]
    times = st.sampled_from([0, 1, 30_000, 120_000])
    status = st.sampled_from(["running", "paused", "stopped"])
    if draw(st.booleans()):
        return UndoResume(
            SID,
            draw(st.sampled_from(entries)),
            draw(st.sampled_from(turns)),
            draw(status),
            draw(times),
            draw(times),
            draw(st.sampled_from([0, T0])),
            draw(times),
            draw(st.sampled_from(entries)),
            draw(st.sampled_from(turns)),
            draw(times),
            draw(times),
        )
    return RevertFloor(
        SID,
        state.current_turn_id or "",  # the only cancel that is not refused at once
        draw(st.sampled_from(entries)),
        draw(st.sampled_from(["waiting", "skipped"])),
        draw(st.sampled_from(entries)),
        draw(st.sampled_from(turns)),
        draw(status),
        draw(times),
        draw(times),
        draw(st.sampled_from([0, T0])),
        draw(times),
        draw(st.sampled_from(entries)),
        draw(st.sampled_from(turns)),
        draw(times),
        draw(times),
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_no_accepted_command_breaks_the_floor_not_even_a_forged_undo(data):
    state = with_hand(make_state())
    now = T0
    for serial in range(data.draw(st.integers(1, 20))):
        now += data.draw(st.integers(0, 90_000))
        forged = data.draw(st.booleans())
        command = (
            data.draw(forged_undos(state)) if forged else data.draw(actions(state, now, serial))
        )
        try:
            events = command.decide(state)
        except CommandRejected:
            continue
        state.apply(events)
        event(f"accepted: {command.name}")
        assert invariants_broken(state) == [], f"after {command}"
