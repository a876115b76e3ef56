"""Turn accounting as the report states it: spoken is what the clock ran, paused is what it
stood still while the speaker held the floor, allotted is planned ± adjustments + what a
restart gave back, overrun is spoken beyond the final allotment.

Each test is a chair's walk from the issue, worked out by hand; the numbers come from the
turn log as committed by the real commands (``sc.state_in_memory``), read back by the report.
"""

from __future__ import annotations

from support import report_scenario as sc

from moderator.domain.commands import (
    AddSpeaker,
    AdjustTime,
    EndTurn,
    GiveFloor,
    Interpose,
    PauseClock,
    ResetClock,
    SetTime,
    StartClock,
)
from moderator.domain.model import SpeechType
from moderator.domain.order_keys import evenly_spaced_keys, key_between
from moderator.domain.report import DEFINITIONS, TurnStatus, session_report

S = sc.S
M = sc.MORNING
T0 = sc.T0


def _numbers(line) -> tuple[int, int, int, int]:
    return line.allotted_ms, line.spoken_ms, line.paused_ms, line.overrun_ms


def test_a_restart_counts_the_time_before_it_as_spoken_not_paused():
    # N, 20 s, Ctrl+R (start the time again), 5 s, N: the clock never stopped.
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),  # Alice, 5:00
        ResetClock(M, T0 + 20 * S),
        GiveFloor(M, "e2", "t-bob", T0 + 25 * S),
    ]
    state = sc.state_in_memory(M, commands[:2])
    # The countdown shows the full allotment again, still running.
    assert state.clock.is_running and state.clock.remaining_ms(T0 + 20 * S) == 300 * S
    state = sc.state_in_memory(M, commands)

    alice = session_report(state, T0 + 25 * S).turns[0]

    # 20 s given back by the restart: allotted 5:20, spoken 0:25, never paused.
    assert _numbers(alice) == (320 * S, 25 * S, 0, 0)
    assert state.turns["t-alice"].spoken_ms == 25 * S  # the closed record, as stored
    assert state.turns["t-alice"].paused_ms == 0


def test_a_restart_of_a_stopped_clock_waits_ready_and_keeps_what_was_spoken():
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),
        PauseClock(M, T0 + 30 * S),
        ResetClock(M, T0 + 40 * S),
        StartClock(M, T0 + 50 * S),
        EndTurn(M, T0 + 110 * S),
    ]
    state = sc.state_in_memory(M, commands[:3])
    assert not state.clock.is_running and state.clock.remaining_ms(T0 + 45 * S) == 300 * S
    state = sc.state_in_memory(M, commands)

    alice = session_report(state, T0 + 110 * S).turns[0]

    # 30 s + 60 s spoken; 10 s paused before the restart and 10 s ready after it.
    assert _numbers(alice) == (330 * S, 90 * S, 20 * S, 0)


def test_a_turn_with_a_restart_a_pause_an_intervention_and_overtime_accounts_every_second():
    # The long walk: about 1:45 spoken with overtime was reported as 0:09 spoken,
    # 2:12 paused, no overrun. Alice has 5:00.
    intervention_key = key_between(evenly_spaced_keys(4)[0], evenly_spaced_keys(4)[1])
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),
        ResetClock(M, T0 + 20 * S),  # false start: 20 s given back, allotted 5:20
        AdjustTime(M, -220 * S),  # allotted 1:40, 1:20 left
        PauseClock(M, T0 + 50 * S),  # spoken 0:50
        StartClock(M, T0 + 62 * S),  # paused 0:12
        AddSpeaker(M, "e-int", "i-open", "carla", SpeechType.INTERVENTION.value, 60 * S,
                   intervention_key),
        Interpose(M, "e-int", "t-carla", T0 + 82 * S),  # Alice spoken 1:10
        EndTurn(M, T0 + 118 * S),  # Carla spoke 0:36; Alice resumes
        SetTime(M, 10 * S, T0 + 128 * S),  # spoken 1:20, 0:10 left: allotted 1:30
        GiveFloor(M, "e2", "t-bob", T0 + 153 * S),  # Alice spoke 1:45
    ]  # fmt: skip
    state = sc.state_in_memory(M, commands)

    report = session_report(state, T0 + 153 * S)
    alice = next(t for t in report.turns if t.turn_id == "t-alice")
    carla = next(t for t in report.turns if t.turn_id == "t-carla")

    assert _numbers(alice) == (90 * S, 105 * S, 12 * S, 15 * S)
    # start to end (2:33) = spoken 1:45 + paused 0:12 + Carla's 0:36
    assert alice.ended_at_ms - alice.started_at_ms == (105 + 12 + 36) * S
    assert _numbers(carla) == (60 * S, 36 * S, 0, 0)
    stored = state.turns["t-alice"]
    assert (stored.allotted_ms, stored.spoken_ms, stored.paused_ms, stored.overrun_ms) == (
        90 * S,
        105 * S,
        12 * S,
        15 * S,
    )


def test_the_gender_balance_counts_the_time_spoken_before_a_restart():
    # Alice (woman) speaks 1:40 with a restart after 1:30; Bob (man) speaks 0:10.
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),
        ResetClock(M, T0 + 90 * S),
        GiveFloor(M, "e2", "t-bob", T0 + 100 * S),
        EndTurn(M, T0 + 110 * S),
    ]
    state = sc.state_in_memory(M, commands)

    report = session_report(state, T0 + 110 * S)

    shares = {t.label: (t.speaking_ms, round(t.share * 100, 1)) for t in report.by_gender}
    assert shares == {"Man": (10 * S, 9.1), "Woman": (100 * S, 90.9)}
    assert sum(t.speaking_ms for t in report.by_gender) == report.total_speaking_ms == 110 * S


def test_an_interposed_intervention_is_named_so_and_the_interrupter_keeps_their_statement():
    # Bob is scheduled to speak after Alice; he interrupts her with an intervention of his
    # own (the console adds it as a separate entry, issue 12), then gives his statement.
    intervention_key = key_between(evenly_spaced_keys(4)[0], evenly_spaced_keys(4)[1])
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),
        AddSpeaker(M, "e-int", "i-open", "bob", SpeechType.INTERVENTION.value, 60 * S,
                   intervention_key),
        Interpose(M, "e-int", "t-int", T0 + 30 * S),
        EndTurn(M, T0 + 50 * S),
        GiveFloor(M, "e2", "t-bob", T0 + 80 * S),
    ]  # fmt: skip
    state = sc.state_in_memory(M, commands)

    report = session_report(state, T0 + 90 * S)
    how = {t.turn_id: (t.speaker, t.how_label, t.status) for t in report.turns}

    assert how == {
        "t-alice": ("Alice Martin", "Scheduled", TurnStatus.DONE),
        "t-int": ("Bob Okafor", "Interposed", TurnStatus.DONE),
        "t-bob": ("Bob Okafor", "Scheduled", TurnStatus.RUNNING),
    }
    # While the intervention runs it is already named so.
    during = session_report(sc.state_in_memory(M, commands[:3]), T0 + 40 * S)
    assert [t.how_label for t in during.turns] == ["Scheduled", "Interposed"]


def test_an_intervention_in_the_very_millisecond_the_speaker_got_the_floor_is_set_aside():
    # Found by the report's state machine: two open turns that started together cannot be told
    # apart by their times; the intervention's record names the turn it interrupted.
    commands = [
        GiveFloor(M, "e1", "t-alice", T0),
        AddSpeaker(M, "e-int", "i-open", "bob", SpeechType.INTERVENTION.value, 60 * S,
                   key_between(evenly_spaced_keys(4)[0], evenly_spaced_keys(4)[1])),
        Interpose(M, "e-int", "t-int", T0),
        PauseClock(M, T0 + 10 * S),
    ]  # fmt: skip
    state = sc.state_in_memory(M, commands)
    assert state.turns["t-int"].interposed_in == "t-alice"

    alice, bob = sorted(session_report(state, T0 + 25 * S).turns, key=lambda t: t.speaker)

    assert (alice.status, alice.spoken_ms, alice.paused_ms) == (TurnStatus.INTERRUPTED, 0, 0)
    assert (bob.how_label, bob.spoken_ms, bob.paused_ms) == ("Interposed", 10 * S, 15 * S)


def test_the_report_states_its_definitions():
    from moderator.services.report.report_tables import report_document

    state = sc.state_in_memory(M, [GiveFloor(M, "e1", "t-alice", T0)])

    notes = report_document(session_report(state, T0 + 5 * S)).notes

    for definition in DEFINITIONS:
        assert definition in notes
    assert [d.split(":")[0] for d in DEFINITIONS] == [
        "Spoken",
        "Paused",
        "Allotted",
        "Overrun of a speaker",
    ]
