"""Chair commands decided against a hand-built SessionState; parsing; speaking order; projection."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from moderator.domain.commands import (
    COMMAND_TYPES,
    AddAgendaItem,
    AddParticipant,
    AddSpeaker,
    AdjustTime,
    Command,
    CommandRejected,
    EditAgendaItem,
    EditParticipant,
    EditSession,
    EndTurn,
    GiveFloor,
    Interpose,
    InvalidCommand,
    LowerHand,
    MarkDone,
    MoveEntry,
    PauseClock,
    RaiseRoomHand,
    RemoveAgendaItem,
    RemoveEntry,
    RemoveParticipant,
    ReraiseHand,
    ResetClock,
    RestoreEntry,
    RestoreParticipant,
    RevertFloor,
    SetAllotted,
    SetClock,
    SetListClosed,
    SetParticipantLanguage,
    SetSessionDetails,
    SetSpeechType,
    SetThresholds,
    SetTime,
    SkipEntry,
    StartClock,
    UndoResume,
    command_from,
)
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import ClockStatus
from moderator.domain.timing.schedule import describe_lateness, project

T0 = 1_764_316_800_000  # 2025-11-28 08:00 UTC
MIN = 60_000
SID = "session-1"

# Speaking order: item-1 (position 1): Alice 1 min, Bob 2 min; item-2 (position 2): Carol 1 min
ALLOTTED = {"e-alice": 1 * MIN, "e-bob": 2 * MIN, "e-carol": 1 * MIN}


def make_state(allotted: dict[str, int] | None = None) -> SessionState:
    allotted = {**ALLOTTED, **(allotted or {})}
    meeting = Meeting(id="m-1", title="Side event")
    session = Session(
        id=SID,
        meeting_id="m-1",
        title="Panel",
        scheduled_start_ms=T0,
        scheduled_end_ms=T0 + sum(allotted.values()),
    )
    # Deliberately out of order: the state sorts items by position and entries by item + key.
    items = [
        AgendaItem(id="item-2", session_id=SID, position=2, title="Discussion"),
        AgendaItem(id="item-1", session_id=SID, position=1, title="Opening"),
    ]
    participants = {
        pid: Participant(id=pid, meeting_id="m-1", name=name)
        for pid, name in [("p-alice", "Alice"), ("p-bob", "Bob"), ("p-carol", "Carol")]
    }
    entries = [
        SpeakerEntry("e-carol", "item-2", "p-carol", SpeechType.FLOOR, allotted["e-carol"], "A"),
        SpeakerEntry("e-bob", "item-1", "p-bob", SpeechType.STATEMENT, allotted["e-bob"], "k"),
        SpeakerEntry(
            "e-alice", "item-1", "p-alice", SpeechType.STATEMENT, allotted["e-alice"], "V"
        ),
    ]
    return SessionState(
        meeting=meeting,
        session=session,
        agenda_items=items,
        entries=entries,
        participants=participants,
    )


def run(state: SessionState, command: Command) -> list:
    """Decide (checking that deciding does not touch the state), then apply."""
    before = copy.deepcopy(state)
    events = command.decide(state)
    assert state == before, "decide must not mutate the state"
    state.apply(events)
    return events


def rejected(state: SessionState, command: Command, match: str | None = None) -> CommandRejected:
    before = copy.deepcopy(state)
    with pytest.raises(CommandRejected, match=match) as info:
        command.decide(state)
    assert state == before, "a rejected command must not change the state"
    return info.value


# --- giving the floor, the clock, ending turns ------------------------------------------------


def test_the_state_orders_items_by_position_and_entries_by_item_then_key():
    state = make_state()
    assert [item.id for item in state.agenda_items] == ["item-1", "item-2"]
    assert [e.id for e in state.entries] == ["e-alice", "e-bob", "e-carol"]


def test_give_floor_makes_the_entry_speaking_and_starts_the_clock():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    alice = state.entry("e-alice")
    assert alice.state is EntryState.SPEAKING
    assert alice.started_at_ms == T0 and alice.ended_at_ms is None
    assert state.current_entry_id == "e-alice" and state.current_turn_id == "t-1"
    assert state.clock.status is ClockStatus.RUNNING
    assert state.clock.remaining_ms(T0 + 15_000) == 45_000
    turn = state.turns["t-1"]
    assert (turn.entry_id, turn.participant_id, turn.agenda_item_id) == (
        "e-alice",
        "p-alice",
        "item-1",
    )
    assert turn.started_at_ms == T0 and turn.ended_at_ms is None
    assert turn.allotted_ms == 1 * MIN


def test_give_floor_without_starting_the_clock_leaves_it_idle_until_started():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0, start_clock=False))
    assert state.clock.status is ClockStatus.IDLE
    assert state.clock.remaining_ms(T0 + 30_000) == 1 * MIN
    run(state, StartClock(SID, T0 + 5_000))
    assert state.clock.remaining_ms(T0 + 35_000) == 30_000


def test_giving_the_floor_to_the_next_speaker_ends_the_previous_turn():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, GiveFloor(SID, "e-bob", "t-2", T0 + 50_000))
    alice = state.entry("e-alice")
    assert alice.state is EntryState.DONE
    assert (alice.started_at_ms, alice.ended_at_ms) == (T0, T0 + 50_000)
    closed = state.turns["t-1"]
    assert closed.ended_at_ms == T0 + 50_000
    assert (closed.spoken_ms, closed.paused_ms, closed.overrun_ms) == (50_000, 0, 0)
    assert state.entry("e-bob").state is EntryState.SPEAKING
    assert state.current_entry_id == "e-bob" and state.current_turn_id == "t-2"
    # Bob's clock is fresh: his own allotment, running from his start.
    assert state.clock.allotted_ms == 2 * MIN
    assert state.clock.remaining_ms(T0 + 50_000) == 2 * MIN
    assert state.turns["t-2"].ended_at_ms is None


def test_turn_record_counts_spoken_paused_and_overrun_time():
    """Alice has 60 s, speaks 30 s, is paused 10 s, speaks 40 s more: 70 s spoken, 10 s over."""
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, PauseClock(SID, T0 + 30_000))
    run(state, StartClock(SID, T0 + 40_000))
    run(state, EndTurn(SID, T0 + 80_000))
    turn = state.turns["t-1"]
    assert turn.ended_at_ms == T0 + 80_000
    assert turn.spoken_ms == 70_000
    assert turn.paused_ms == 10_000
    assert turn.overrun_ms == 10_000
    alice = state.entry("e-alice")
    assert alice.state is EntryState.DONE and alice.ended_at_ms == T0 + 80_000
    assert state.current_entry_id is None and state.current_turn_id is None
    assert state.clock.status is ClockStatus.IDLE and state.clock.allotted_ms == 0


def test_added_time_counts_towards_the_allotment_when_the_turn_closes():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, AdjustTime(SID, 30_000))
    assert state.clock.remaining_ms(T0) == 90_000
    run(state, GiveFloor(SID, "e-bob", "t-2", T0 + 100_000))
    turn = state.turns["t-1"]
    assert turn.allotted_ms == 90_000  # the final allotment, not the planned 60 s
    assert turn.spoken_ms == 100_000 and turn.overrun_ms == 10_000


def test_removing_more_time_than_allotted_leaves_zero():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, AdjustTime(SID, -5 * MIN))
    assert state.clock.allotted_ms == 0
    assert state.clock.remaining_ms(T0 + 1_000) == -1_000


def test_a_paused_speaker_is_ended_with_the_pause_counted_as_paused():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, PauseClock(SID, T0 + 20_000))
    run(state, EndTurn(SID, T0 + 50_000))
    turn = state.turns["t-1"]
    assert (turn.spoken_ms, turn.paused_ms, turn.overrun_ms) == (20_000, 30_000, 0)


def test_a_skipped_entry_can_still_be_given_the_floor():
    state = make_state()
    skipped = state.entry("e-bob")
    skipped.state = EntryState.SKIPPED
    run(state, GiveFloor(SID, "e-bob", "t-1", T0))
    assert state.entry("e-bob").state is EntryState.SPEAKING


# --- rejections -------------------------------------------------------------------------------


def test_give_floor_to_a_speaker_who_is_done_is_rejected_naming_them():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, GiveFloor(SID, "e-bob", "t-2", T0 + 10_000))
    error = rejected(state, GiveFloor(SID, "e-alice", "t-3", T0 + 20_000))
    assert "Alice" in str(error)


def test_give_floor_to_the_current_speaker_is_rejected():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    rejected(state, GiveFloor(SID, "e-alice", "t-2", T0 + 1_000))


def test_give_floor_to_an_unknown_entry_is_rejected():
    rejected(make_state(), GiveFloor(SID, "e-nobody", "t-1", T0))


def test_reusing_a_turn_id_is_rejected():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    rejected(state, GiveFloor(SID, "e-bob", "t-1", T0 + 1_000))


def test_start_with_nobody_on_the_floor_is_rejected():
    rejected(make_state(), StartClock(SID, T0), match="Nobody has the floor")


def test_start_while_running_and_pause_while_stopped_are_rejected():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    rejected(state, StartClock(SID, T0 + 1_000), match="already running")
    run(state, PauseClock(SID, T0 + 2_000))
    rejected(state, PauseClock(SID, T0 + 3_000), match="not running")


def test_pause_with_nobody_on_the_floor_is_rejected():
    rejected(make_state(), PauseClock(SID, T0))


def test_adjust_by_zero_is_rejected():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    rejected(state, AdjustTime(SID, 0))


def test_adjust_with_nobody_on_the_floor_is_rejected():
    rejected(make_state(), AdjustTime(SID, 30_000))


def test_end_turn_with_nobody_on_the_floor_is_rejected():
    rejected(make_state(), EndTurn(SID, T0))


@pytest.mark.parametrize(
    "command",
    [
        GiveFloor("other-session", "e-bob", "t-9", T0 + 1_000),
        StartClock("other-session", T0 + 1_000),
        PauseClock("other-session", T0 + 1_000),
        AdjustTime("other-session", 10_000),
        EndTurn("other-session", T0 + 1_000),
    ],
    ids=lambda c: c.name,
)
def test_a_command_for_another_session_is_rejected(command):
    state = make_state()
    # Put the state where the command would otherwise apply (pause needs a running clock).
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    if isinstance(command, StartClock):
        run(state, PauseClock(SID, T0 + 500))
    rejected(state, command, match="other-session")


# --- model-based: random command sequences -----------------------------------------------------

_ENTRY_IDS = list(ALLOTTED)
_command_steps = st.lists(
    st.tuples(
        st.sampled_from(["give", "give_paused", "start", "pause", "adjust", "end"]),
        st.integers(0, 90_000),  # time since the previous command
        st.sampled_from(_ENTRY_IDS),
        st.integers(-90_000, 90_000),
        st.integers(0, 9).map(lambda n: n == 0),  # addressed to another session? (1 in 10)
    ),
    max_size=25,
)


def _command(kind: str, sid: str, entry_id: str, turn_id: str, now: int, delta: int) -> Command:
    match kind:
        case "give":
            return GiveFloor(sid, entry_id, turn_id, now)
        case "give_paused":
            return GiveFloor(sid, entry_id, turn_id, now, start_clock=False)
        case "start":
            return StartClock(sid, now)
        case "pause":
            return PauseClock(sid, now)
        case "adjust":
            return AdjustTime(sid, delta)
        case _:
            return EndTurn(sid, now)


@given(steps=_command_steps)
def test_random_command_sequences_follow_the_rules(steps):
    """Acceptance and turn accounting against an independent model; decide never mutates."""
    state = make_state()
    now = T0
    # Model: who has the floor, whether the clock runs, and running intervals per turn.
    model_state = {e: EntryState.WAITING for e in _ENTRY_IDS}
    current: str | None = None
    running_since: int | None = None
    spoken_before: int = 0
    allotted = 0
    turn_of: dict[str, str] = {}
    for n, (kind, dt, entry_id, delta, wrong_session) in enumerate(steps):
        now += dt
        sid = "elsewhere" if wrong_session else SID
        command = _command(kind, sid, entry_id, f"t-{n}", now, delta)
        should_apply = (
            not wrong_session
            and {
                "give": model_state[entry_id] is EntryState.WAITING,
                "give_paused": model_state[entry_id] is EntryState.WAITING,
                "start": current is not None and running_since is None,
                "pause": running_since is not None,
                "adjust": current is not None and delta != 0,
                "end": current is not None,
            }[kind]
        )
        snapshot = copy.deepcopy(state)
        if not should_apply:
            with pytest.raises(CommandRejected):
                command.decide(state)
            assert state == snapshot
            continue
        events = command.decide(state)
        assert state == snapshot
        state.apply(events)
        event(f"applied {kind}")

        if kind in ("give", "give_paused", "end") and current is not None:
            spoken = spoken_before + (now - running_since if running_since is not None else 0)
            closed = state.turns[turn_of[current]]
            assert closed.ended_at_ms == now
            assert closed.spoken_ms == spoken
            assert closed.paused_ms == (now - closed.started_at_ms) - spoken
            assert closed.overrun_ms == max(0, spoken - allotted)
            assert closed.allotted_ms == allotted
            model_state[current] = EntryState.DONE
            current, running_since = None, None
        if kind in ("give", "give_paused"):
            current = entry_id
            model_state[entry_id] = EntryState.SPEAKING
            turn_of[entry_id] = f"t-{n}"
            running_since = now if kind == "give" else None
            spoken_before = 0
            allotted = ALLOTTED[entry_id]
        elif kind == "start":
            running_since = now
        elif kind == "pause":
            spoken_before += now - running_since
            running_since = None
        elif kind == "adjust":
            allotted = max(0, allotted + delta)

        assert {e.id: e.state for e in state.entries} == model_state
        assert state.current_entry_id == current
        assert state.clock.is_running == (running_since is not None)
        if current is not None:
            expected = spoken_before + (now - running_since if running_since is not None else 0)
            assert state.clock.remaining_ms(now) == allotted - expected
            assert state.turns[state.current_turn_id].entry_id == current
        else:
            assert state.current_turn_id is None


# --- command names and arguments ----------------------------------------------------------------

EXAMPLES: list[Command] = [
    GiveFloor(SID, "e-alice", "t-1", T0),
    GiveFloor(SID, "e-alice", "t-1", T0, start_clock=False),
    StartClock(SID, T0),
    PauseClock(SID, T0 + 1),
    AdjustTime(SID, -30_000),
    EndTurn(SID, T0 + 2),
    LowerHand(SID, "h-1", T0 + 3),
    AddSpeaker(SID, "e-new", "i-1", "p-1", "floor", 120_000, "V"),
    RemoveEntry(SID, "e-bob"),
    SkipEntry(SID, "e-bob"),
    RestoreEntry(SID, "e-bob", "done", T0),
    MarkDone(SID, "e-bob", T0),
    MoveEntry(SID, "e-bob", "0V", "item-2"),
    SetTime(SID, 90_000, T0),
    ResetClock(SID, T0),
    SetClock(SID, "e-bob", "running", 60_000, 1_000, T0),
    RevertFloor(SID, "t-2", "e-bob", "waiting", "e-alice", "t-1", "paused", 60_000, 5_000),
    UndoResume(SID, "e-bob", "t-3", "running", 60_000, 0, T0, 60_000, "e-alice", "t-1", 9, 5),
    ReraiseHand(SID, "h-1"),
    Interpose(SID, "e-bob", "t-3", T0),
    SetAllotted(SID, "e-bob", 90_000),
    AddParticipant(SID, "p-walk", "Dr. Walk In", "Civil Society Forum", "in_room"),
    RaiseRoomHand(SID, "h-room", "p-bob", T0),
    SetListClosed(SID, "item-1", True),
    EditSession(SID, "Panel", "Room 4", T0, T0 + 3_600_000),
    AddAgendaItem(SID, "item-3", "Questions", 900_000, 2),
    EditAgendaItem(SID, "item-1", "Opening", 600_000, 2),
    RemoveAgendaItem(SID, "item-2"),
    EditParticipant(SID, "p-bob", "Bob", "Director", "CSO Forum", "civil_society", "man", "remote"),
    RemoveParticipant(SID, "p-walk"),
    RestoreParticipant(
        SID, "p-walk", "Dr. Walk In", "", "Civil Society Forum", "other", "", "in_room"
    ),
    SetSpeechType(SID, "e-bob", "right_of_reply"),
    SetThresholds(SID, 90_000, 30_000),
    SetSessionDetails(SID, "Oversight", "Panel", "en, fr", "hybrid"),
    SetParticipantLanguage(SID, "p-bob", "es"),
]


def test_examples_cover_every_command_type():
    assert {c.name for c in EXAMPLES} == set(COMMAND_TYPES)


@pytest.mark.parametrize("command", EXAMPLES, ids=lambda c: c.name)
def test_to_args_round_trips_through_json(command):
    args = json.loads(json.dumps(command.to_args()))
    assert command_from(command.name, args) == command


_ints = st.integers(-(2**53), 2**53)
_texts = st.text(max_size=40)
_any_command = st.one_of(
    st.builds(GiveFloor, _texts, _texts, _texts, _ints, st.booleans()),
    st.builds(StartClock, _texts, _ints),
    st.builds(PauseClock, _texts, _ints),
    st.builds(AdjustTime, _texts, _ints),
    st.builds(EndTurn, _texts, _ints),
)


@given(command=_any_command)
def test_any_command_round_trips(command):
    rebuilt = command_from(command.name, json.loads(json.dumps(command.to_args())))
    assert rebuilt == command
    assert type(rebuilt) is type(command)


def test_an_omitted_optional_argument_takes_its_default():
    command = command_from(
        "give_floor", {"session_id": SID, "entry_id": "e", "turn_id": "t", "at_ms": T0}
    )
    assert command == GiveFloor(SID, "e", "t", T0, start_clock=True)


def test_unknown_command_name_is_invalid():
    with pytest.raises(InvalidCommand, match="fly_to_the_moon"):
        command_from("fly_to_the_moon", {"session_id": SID})


def test_invalid_command_is_a_value_error():
    assert issubclass(InvalidCommand, ValueError)


@pytest.mark.parametrize("args", [None, [], "session_id", 42])
def test_arguments_must_be_an_object(args):
    with pytest.raises(InvalidCommand):
        command_from("start_clock", args)


def test_unknown_argument_is_named():
    with pytest.raises(InvalidCommand, match="colour"):
        command_from("start_clock", {"session_id": SID, "at_ms": T0, "colour": "red"})


@pytest.mark.parametrize(
    ("name", "missing"),
    [("give_floor", f) for f in ("session_id", "entry_id", "turn_id", "at_ms")]
    + [("start_clock", "at_ms"), ("adjust_time", "delta_ms"), ("end_turn", "session_id")]
    + [("set_session_details", "languages"), ("set_participant_language", "participant_id")],
)
def test_missing_argument_is_named(name, missing):
    full = next(c for c in EXAMPLES if c.name == name).to_args()
    del full[missing]
    with pytest.raises(InvalidCommand, match=missing):
        command_from(name, full)


@pytest.mark.parametrize(
    ("name", "field", "bad_value"),
    [
        ("start_clock", "at_ms", True),  # bool is an int subclass: still not an int here
        ("start_clock", "at_ms", False),
        ("start_clock", "at_ms", "1764316800000"),
        ("start_clock", "at_ms", 1.0),
        ("start_clock", "at_ms", None),
        ("adjust_time", "delta_ms", True),
        ("give_floor", "start_clock", 1),  # an int is not a bool
        ("give_floor", "start_clock", "true"),
        ("give_floor", "entry_id", 7),
        ("give_floor", "turn_id", None),
        ("end_turn", "session_id", ["s"]),
        ("set_session_details", "format", None),
        ("set_session_details", "track", 3),
        ("set_participant_language", "language", ["fr"]),
    ],
)
def test_wrong_argument_type_is_named(name, field, bad_value):
    args = next(c for c in EXAMPLES if c.name == name).to_args()
    args[field] = bad_value
    with pytest.raises(InvalidCommand, match=field):
        command_from(name, args)


# --- who is next ------------------------------------------------------------------------------


def test_next_entry_runs_through_the_agenda_items_in_order():
    state = make_state()
    assert state.next_entry().id == "e-alice"
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    assert state.next_entry().id == "e-bob"
    run(state, GiveFloor(SID, "e-bob", "t-2", T0 + 1_000))
    assert state.next_entry().id == "e-carol"  # first entry of the next agenda item
    run(state, GiveFloor(SID, "e-carol", "t-3", T0 + 2_000))
    assert state.next_entry() is None


def test_someone_skipped_over_keeps_their_place_at_the_front():
    state = make_state()
    run(state, GiveFloor(SID, "e-carol", "t-1", T0))  # out of order: Alice and Bob still wait
    assert state.next_entry().id == "e-alice"
    run(state, GiveFloor(SID, "e-alice", "t-2", T0 + 1_000))
    assert state.next_entry().id == "e-bob"


# --- schedule projection ------------------------------------------------------------------------


def test_before_the_start_the_plan_and_the_projection_agree():
    state = make_state()
    projection = project(state, T0 - 5 * MIN)
    assert projection.planned_start_ms == {
        "e-alice": T0,
        "e-bob": T0 + 1 * MIN,
        "e-carol": T0 + 3 * MIN,
    }
    assert projection.expected_start_ms == projection.planned_start_ms
    assert projection.scheduled_end_ms == T0 + 4 * MIN
    assert projection.projected_end_ms == T0 + 4 * MIN
    assert projection.late_by_ms == 0
    assert describe_lateness(projection.late_by_ms) == "On time"


def test_a_late_start_shifts_everyone():
    state = make_state()
    projection = project(state, T0 + 3 * MIN)
    assert projection.expected_start_ms["e-alice"] == T0 + 3 * MIN
    assert projection.projected_end_ms == T0 + 7 * MIN
    assert describe_lateness(projection.late_by_ms) == "Late by 3 min"


def test_overrun_of_the_current_speaker_carries_forward():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    now = T0 + 90_000  # Alice (1 min) is 30 s into overtime and may stop any second
    projection = project(state, now)
    assert projection.expected_start_ms["e-alice"] == T0
    assert projection.expected_start_ms["e-bob"] == now
    assert projection.expected_start_ms["e-carol"] == now + 2 * MIN
    assert projection.projected_end_ms == now + 2 * MIN + 1 * MIN
    assert projection.late_by_ms == 30_000
    # The plan does not move.
    assert projection.planned_start_ms["e-bob"] == T0 + 1 * MIN


def test_a_speaker_with_time_left_keeps_the_schedule():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    projection = project(state, T0 + 20_000)
    assert projection.expected_start_ms["e-bob"] == T0 + 1 * MIN
    assert projection.late_by_ms == 0


def test_pause_time_makes_the_session_late():
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, PauseClock(SID, T0 + 20_000))
    projection = project(state, T0 + 50_000)  # 30 s of pause so far, 40 s still to speak
    assert projection.expected_start_ms["e-bob"] == T0 + 90_000
    assert projection.late_by_ms == 30_000


def test_speakers_finishing_early_put_the_session_ahead():
    state = make_state({"e-alice": 5 * MIN, "e-bob": 5 * MIN, "e-carol": 5 * MIN})
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, EndTurn(SID, T0 + 2 * MIN))  # Alice used 2 of her 5 minutes
    projection = project(state, T0 + 2 * MIN)
    assert projection.expected_start_ms["e-bob"] == T0 + 2 * MIN
    assert projection.expected_start_ms["e-carol"] == T0 + 7 * MIN
    assert projection.late_by_ms == -3 * MIN
    assert describe_lateness(projection.late_by_ms) == "Ahead by 3 min"
    assert "e-alice" not in projection.expected_start_ms  # done speakers are not expected


@pytest.mark.parametrize(
    ("late_by_ms", "text"),
    [
        (0, "On time"),
        (59_999, "On time"),
        (-59_999, "On time"),
        (60_000, "Late by 1 min"),
        (179_999, "Late by 2 min"),
        (-60_000, "Ahead by 1 min"),
        (-150_000, "Ahead by 2 min"),
        (95 * MIN, "Late by 95 min"),
    ],
)
def test_describe_lateness(late_by_ms, text):
    assert describe_lateness(late_by_ms) == text


def test_a_clock_action_for_a_turn_that_no_longer_has_the_floor_is_refused():
    """Queued offline for Alice's turn, a clock action never lands on Bob's clock."""
    state = make_state()
    run(state, GiveFloor(SID, "e-alice", "t-1", T0))
    run(state, GiveFloor(SID, "e-bob", "t-2", T0 + 50_000))
    at = T0 + 60_000
    for command in (
        AdjustTime(SID, 30_000, "t-1"),
        SetTime(SID, 60_000, at, "t-1"),
        ResetClock(SID, at, "t-1"),
        PauseClock(SID, at, "t-1"),
    ):
        rejected(state, command, match="^The floor has moved on")
    run(state, AdjustTime(SID, 30_000, "t-2"))
    run(state, AdjustTime(SID, 30_000))  # without a turn (an older console): as before
    assert state.clock.allotted_ms == 2 * MIN + 60_000
