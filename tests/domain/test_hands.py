"""Hand rules: each raise is a new hand; stale actions on an older raise change nothing."""

from __future__ import annotations

import dataclasses

import pytest

from moderator.domain.commands import AddSpeaker, CommandRejected, GiveFloor, LowerHand
from moderator.domain.hands import lower_own_hand, raise_hand
from moderator.domain.model import (
    AgendaItem,
    EntryOrigin,
    HandSource,
    HandState,
    Meeting,
    Participant,
    Session,
    SpeechType,
)
from moderator.domain.report import session_report
from moderator.domain.session_state import SessionState

T0 = 1_800_000_000_000


def make_state() -> SessionState:
    return SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(id="s", meeting_id="m", title="S"),
        agenda_items=[AgendaItem(id="i", session_id="s", position=1, title="Item")],
        entries=[],
        participants={
            "ana": Participant(id="ana", meeting_id="m", name="Ana"),
            "ben": Participant(id="ben", meeting_id="m", name="Ben"),
        },
    )


def test_raising_twice_keeps_one_open_raise_and_lowering_then_raising_makes_a_new_one():
    state = make_state()
    first, events = raise_hand(state, "ana", "h1", seq=1, at_ms=T0)
    state.apply(events)
    again, events = raise_hand(state, "ana", "h2", seq=2, at_ms=T0 + 5)
    assert again == first and events == []
    lowered, events = lower_own_hand(state, "ana", at_ms=T0 + 10)
    state.apply(events)
    assert lowered is not None and lowered.lowered_by == "participant"
    second, events = raise_hand(state, "ana", "h3", seq=3, at_ms=T0 + 20)
    state.apply(events)
    assert second.id == "h3" and state.open_hand_of("ana") == second
    assert [hand.id for hand in state.open_hands()] == ["h3"]


def test_open_hands_come_in_raise_order():
    state = make_state()
    for participant, hand_id, seq in (("ben", "h7", 7), ("ana", "h3", 3)):
        state.apply(raise_hand(state, participant, hand_id, seq=seq, at_ms=T0 + seq)[1])
    assert [hand.participant_id for hand in state.open_hands()] == ["ana", "ben"]


def test_a_chair_lowering_an_older_raise_does_not_cancel_the_newer_one():
    state = make_state()
    state.apply(raise_hand(state, "ana", "old", seq=1, at_ms=T0)[1])
    state.apply(lower_own_hand(state, "ana", at_ms=T0 + 1)[1])
    state.apply(raise_hand(state, "ana", "new", seq=2, at_ms=T0 + 2)[1])
    stale = LowerHand(session_id="s", hand_id="old", at_ms=T0 + 3)
    assert stale.decide(state) == []
    assert state.hands["new"].state is HandState.RAISED
    events = LowerHand(session_id="s", hand_id="new", at_ms=T0 + 4).decide(state)
    state.apply(events)
    assert state.hands["new"].state is HandState.LOWERED
    assert state.hands["new"].lowered_by == "chair"
    assert LowerHand(session_id="s", hand_id="unknown", at_ms=T0).decide(state) == []


def test_lowering_without_an_open_hand_changes_nothing_and_strangers_cannot_raise():
    state = make_state()
    assert lower_own_hand(state, "ana", at_ms=T0) == (None, [])
    with pytest.raises(KeyError):
        raise_hand(state, "nobody", "h", seq=1, at_ms=T0)


# --- where a hand was raised ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "how"),
    [
        (HandSource.PAGE, "Remote hand (participant page)"),
        (HandSource.BBB, "Remote hand (BigBlueButton)"),
        (HandSource.ZOOM, "Remote hand (Zoom)"),
        (HandSource.JITSI, "Remote hand (Jitsi Meet)"),
    ],
)
def test_a_hand_taken_onto_the_list_keeps_its_source_into_the_report(source, how):
    state = make_state()
    hand, events = raise_hand(state, "ana", "h1", seq=1, at_ms=T0, source=source)
    state.apply(events)
    assert state.hands["h1"].source == source.value
    add = AddSpeaker(
        "s", "e1", "i", "ana", SpeechType.FLOOR.value, 60_000, "V",
        origin=EntryOrigin.REMOTE_HAND.value, hand_source=hand.source,
    )  # fmt: skip
    state.apply(add.decide(state))
    state.apply(GiveFloor("s", "e1", "t1", T0 + 1_000).decide(state))
    assert state.entry("e1").hand_source == source.value

    (line,) = session_report(state, T0 + 5_000).turns

    assert line.how_label == how and line.hand_source is source


def test_an_entry_without_a_recorded_source_reads_as_before_and_an_unknown_one_is_refused():
    state = make_state()
    plain = AddSpeaker(
        "s", "e1", "i", "ana", SpeechType.FLOOR.value, 60_000, "V",
        origin=EntryOrigin.REMOTE_HAND.value,
    )  # fmt: skip
    state.apply(plain.decide(state))
    state.apply(GiveFloor("s", "e1", "t1", T0).decide(state))
    assert session_report(state, T0 + 1).turns[0].how_label == "Remote hand"
    with pytest.raises(CommandRejected, match="Unknown hand source 'teams'"):
        dataclasses.replace(plain, entry_id="e2", hand_source="teams").decide(state)
    # A source a newer version knows reads as none, never as a crash.
    assert HandSource.of("teams") is None and HandSource.of("") is None
