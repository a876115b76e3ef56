"""Speech types' queue rules, in the domain core (no Qt): placement, default times, limits,
and the interposed intervention that pauses and resumes the current speaker."""

from __future__ import annotations

import dataclasses
import json

import pytest
from test_commands import SID, T0, make_state

from moderator.domain.commands import (
    AddSpeaker,
    CommandRejected,
    EndTurn,
    GiveFloor,
    Interpose,
    MarkDone,
)
from moderator.domain.model import EntryState, SpeechType
from moderator.domain.queue_rules import place_new_speaker
from moderator.domain.speech_rules import (
    DEFAULT_RULES,
    Placement,
    SpeechRules,
    SpeechRulesError,
    default_time,
    refusal,
)

MIN = 60_000


def add(state, entry_id, participant, speech_type, item="item-1"):  # type: ignore[no-untyped-def]
    rule = DEFAULT_RULES[speech_type]
    item_id, key = place_new_speaker(state, rule.placement, item)
    command = AddSpeaker(SID, entry_id, item_id, participant, speech_type.value, MIN, key)
    state.apply(command.decide(state))
    return entry_id


def order(state, item="item-1"):  # type: ignore[no-untyped-def]
    return [e.id for e in state.entries_of(item)]


def test_a_point_of_order_enters_right_after_the_current_speaker():
    state = make_state()
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))
    add(state, "e-poo", "p-carol", SpeechType.POINT_OF_ORDER)
    assert order(state) == ["e-alice", "e-poo", "e-bob"]
    assert state.next_entry().id == "e-poo"


def test_a_point_of_order_before_anyone_speaks_is_first():
    state = make_state()
    add(state, "e-poo", "p-carol", SpeechType.POINT_OF_ORDER)
    assert order(state) == ["e-poo", "e-alice", "e-bob"]


def test_replies_queue_at_the_end_and_statements_join_before_them():
    state = make_state()
    add(state, "e-r1", "p-carol", SpeechType.RIGHT_OF_REPLY)
    add(state, "e-floor", "p-carol", SpeechType.FLOOR)
    add(state, "e-r2", "p-alice", SpeechType.RIGHT_OF_REPLY)
    add(state, "e-stmt", "p-bob", SpeechType.STATEMENT)
    assert order(state) == ["e-alice", "e-bob", "e-floor", "e-stmt", "e-r1", "e-r2"]


def test_each_delegation_has_a_limited_number_of_replies_the_later_shorter():
    state = make_state()
    for participant, organisation in (("p-alice", "Norway"), ("p-bob", "norway "), ("p-carol", "")):
        state.participants[participant] = dataclasses.replace(
            state.participants[participant], organisation=organisation
        )
    rules = SpeechRules()
    reply = SpeechType.RIGHT_OF_REPLY
    assert default_time(state, rules, reply, "item-1", "p-alice") == 3 * MIN
    add(state, "e-r1", "p-alice", reply)
    assert default_time(state, rules, reply, "item-1", "p-bob") == 2 * MIN, "same delegation"
    add(state, "e-r2", "p-bob", reply)
    reason = refusal(state, rules, reply, "item-1", "p-alice")
    assert reason is not None and "2 rights of reply" in reason and "Norway" in reason
    assert refusal(state, rules, reply, "item-1", "p-carol") is None, "another delegation"
    assert refusal(state, rules, reply, "item-2", "p-alice") is None, "another agenda item"
    assert refusal(state, rules, SpeechType.STATEMENT, "item-1", "p-alice") is None


def test_an_intervention_pauses_the_speaker_who_resumes_with_their_time():
    state = make_state()
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))  # 1 min allotted
    add(state, "e-int", "p-carol", SpeechType.INTERVENTION)
    state.apply(Interpose(SID, "e-int", "t-2", T0 + 20_000).decide(state))
    assert state.entry("e-alice").state is EntryState.INTERRUPTED
    assert state.current_entry_id == "e-int" and state.clock.is_running
    # The intervention takes 45 s, then ends: Alice resumes with her 40 s left, running.
    state.apply(EndTurn(SID, T0 + 65_000).decide(state))
    assert state.current_entry_id == "e-alice" and state.current_turn_id == "t-1"
    assert state.entry("e-alice").state is EntryState.SPEAKING
    assert state.clock.is_running
    assert state.clock.remaining_ms(T0 + 65_000) == 40_000
    assert state.turns["t-2"].spoken_ms == 45_000
    # Alice finishes 10 s later: her turn counts 30 s spoken, no pause (her 45 s waiting
    # for the intervention are the intervention's spoken time).
    state.apply(MarkDone(SID, "e-alice", T0 + 75_000).decide(state))
    assert state.turns["t-1"].spoken_ms == 30_000
    assert state.turns["t-1"].paused_ms == 0
    assert state.current_entry_id is None


def test_giving_the_floor_elsewhere_during_an_intervention_closes_the_paused_speaker():
    state = make_state()
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))
    state.apply(Interpose(SID, "e-carol", "t-2", T0 + 10_000).decide(state))
    state.apply(GiveFloor(SID, "e-bob", "t-3", T0 + 30_000).decide(state))
    assert state.entry("e-alice").state is EntryState.DONE
    assert state.turns["t-1"].ended_at_ms == T0 + 30_000
    assert state.turns["t-1"].spoken_ms == 10_000
    assert state.interrupted_entry() is None


def test_one_intervention_at_a_time_and_only_when_someone_speaks():
    state = make_state()
    with pytest.raises(CommandRejected, match="Nobody has the floor"):
        Interpose(SID, "e-bob", "t-2", T0).decide(state)
    state.apply(GiveFloor(SID, "e-alice", "t-1", T0).decide(state))
    state.apply(Interpose(SID, "e-bob", "t-2", T0 + 1).decide(state))
    with pytest.raises(CommandRejected, match="already under way"):
        Interpose(SID, "e-carol", "t-3", T0 + 2).decide(state)


def test_rules_round_trip_and_bad_rules_are_named():
    rules = SpeechRules().with_rule(SpeechType.STATEMENT, default_ms=4 * MIN)
    assert SpeechRules.from_json(rules.to_json()) == rules
    assert rules[SpeechType.STATEMENT].default_ms == 4 * MIN
    with pytest.raises(SpeechRulesError, match="unknown speech type 'song'"):
        SpeechRules.from_json(json.dumps({"song": {}}))
    with pytest.raises(SpeechRulesError, match="statement: default_ms must be whole seconds"):
        SpeechRules.from_json(json.dumps({"statement": {"default_ms": 1500}}))
    with pytest.raises(SpeechRulesError, match="floor: default_ms must be a whole number"):
        SpeechRules.from_json(json.dumps({"floor": {"default_ms": "2 min"}}))
    with pytest.raises(SpeechRulesError, match="not JSON"):
        SpeechRules.from_json("{")
    with pytest.raises(SpeechRulesError, match="unknown placement"):
        SpeechRules.from_json(json.dumps({"floor": {"placement": "somewhere"}}))
    assert SpeechRules.from_json("{}")[SpeechType.POINT_OF_ORDER].placement is Placement.TOP


def test_a_closed_list_takes_points_of_order_and_replies_but_no_statements():
    from moderator.domain.commands import SetListClosed

    state = make_state()
    state.apply(SetListClosed(SID, "item-1", True).decide(state))
    assert state.agenda_item("item-1").list_closed
    for kind in (SpeechType.STATEMENT, SpeechType.FLOOR):
        with pytest.raises(CommandRejected, match="is closed"):
            AddSpeaker(SID, f"e-{kind}", "item-1", "p-carol", kind.value, MIN, "z").decide(state)
    add(state, "e-poo", "p-carol", SpeechType.POINT_OF_ORDER)
    add(state, "e-reply", "p-carol", SpeechType.RIGHT_OF_REPLY)
    add(state, "e-other-item", "p-carol", SpeechType.STATEMENT, item="item-2")
    assert SetListClosed(SID, "item-1", True).decide(state) == [], "closing twice: nothing"
    state.apply(SetListClosed(SID, "item-1", False).decide(state))
    add(state, "e-late", "p-bob", SpeechType.STATEMENT)
