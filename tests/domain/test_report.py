"""The report's numbers (``moderator.domain.report``) against a scripted session.

The session is driven through the real chair commands and committed to a real SQLite file
(``tests/support/report_scenario.py`` explains every timing); the expected numbers there are
worked out by hand. Pure in-memory states cover the moments the file scenario passes by.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from support import report_scenario as sc

from moderator.domain import report as report_module
from moderator.domain.commands import EditParticipant, EndTurn, GiveFloor
from moderator.domain.model import Meeting
from moderator.domain.order_keys import key_between
from moderator.domain.report import (
    GENDER_NOT_RECORDED,
    BalanceTally,
    ReportScope,
    TurnStatus,
    meeting_report,
    session_balance,
    session_report,
)
from moderator.storage.repository import Store

S = 1000


def local(epoch_ms: int | None) -> str:
    if epoch_ms is None:
        return ""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(sc.ZONE)
    return moment.strftime("%H:%M:%S")


@pytest.fixture
def morning_store(tmp_path: Path, open_db) -> Store:
    return Store(open_db(sc.build_database(tmp_path / "m.sqlite3")))


@pytest.fixture
def finished_store(tmp_path: Path, open_db) -> Store:
    return Store(open_db(sc.build_database(tmp_path / "f.sqlite3", finished=True)))


def test_every_turn_of_the_scripted_session_is_reported_planned_against_actual(morning_store):
    report = session_report(morning_store.load_session_state(sc.MORNING), sc.MORNING_NOW)

    assert report.scope is ReportScope.SESSION
    got = [
        sc.Expected(
            t.speaker,
            local(t.started_at_ms),
            local(t.ended_at_ms),
            t.agenda_item_title,
            t.stakeholder_group.label,
            t.attendance.label,
            "Not recorded" if t.gender is None else t.gender.capitalize(),
            t.speech_type.label,
            t.how_label,
            t.planned_ms // S,
            t.allotted_ms // S,
            t.spoken_ms // S,
            t.paused_ms // S,
            t.overrun_ms // S,
            t.status.label,
        )
        for t in report.turns
    ]
    assert got == sc.MORNING_TURNS
    # Whole seconds in the script, so nothing was lost to the division above.
    assert all(t.spoken_ms % S == 0 and t.paused_ms % S == 0 for t in report.turns)


def test_agenda_items_run_from_first_start_to_last_end(morning_store):
    report = session_report(morning_store.load_session_state(sc.MORNING), sc.MORNING_NOW)

    got = [
        (
            item.title,
            item.planned_ms // S,
            None if item.actual_ms is None else item.actual_ms // S,
            None if item.overrun_ms is None else item.overrun_ms // S,
            item.turns,
            item.speaking_ms // S,
            "Running" if item.running else ("Done" if item.turns else "Not started"),
        )
        for item in report.agenda_items
    ]
    assert got == sc.MORNING_ITEMS


def test_the_session_overrun_is_the_actual_end_against_the_scheduled_end(morning_store):
    report = session_report(morning_store.load_session_state(sc.MORNING), sc.MORNING_NOW)

    (session,) = report.sessions
    assert local(session.actual_start_ms) == "09:02:00"
    assert session.actual_end_ms is None  # Eve is still speaking: no end yet
    assert session.overrun_ms == sc.MORNING_OVERRUN_S * S  # already late by 7:35
    assert session.running
    assert session.turns == 6
    assert session.speaking_ms == report.total_speaking_ms == sc.MORNING_SPEAKING_S * S


def test_a_session_running_before_its_scheduled_end_has_no_end_and_no_early_finish():
    # Alice has had the floor since 09:02:00; at 09:05:00 the session is scheduled to run
    # until 09:10. Set against the scheduled end, "now" read as finished 5 minutes early.
    state = sc.state_in_memory(sc.MORNING, sc.morning_commands()[:1])

    (session,) = session_report(state, sc.T0 + 180 * S).sessions

    assert session.running
    assert (session.actual_start_ms, session.actual_end_ms) == (sc.T0, None)
    assert session.overrun_ms == 0  # nothing overrun so far; never negative while it runs


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("by_group", sc.MORNING_GROUPS),
        ("by_gender", sc.MORNING_GENDERS),
        ("by_attendance", sc.MORNING_ATTENDANCE),
    ],
)
def test_speaking_time_and_turns_by_group_gender_and_place(morning_store, attribute, expected):
    report = session_report(morning_store.load_session_state(sc.MORNING), sc.MORNING_NOW)

    got = [
        (t.label, t.speakers, t.turns, t.speaking_ms // S, f"{t.share * 100:.1f}")
        for t in getattr(report, attribute)
    ]
    assert got == expected
    assert sum(t.speaking_ms for t in getattr(report, attribute)) == report.total_speaking_ms


def test_the_balance_alone_is_the_reports_totals_at_the_same_instant(morning_store):
    state = morning_store.load_session_state(sc.MORNING)

    for now in (sc.MORNING_NOW, sc.MORNING_NOW + 30 * S):
        report = session_report(state, now)
        balance = session_balance(state, now)

        assert (balance.by_group, balance.by_gender, balance.by_attendance) == (
            report.by_group,
            report.by_gender,
            report.by_attendance,
        )
        assert (balance.speaking_ms, balance.turns) == (report.total_speaking_ms, 6)
        assert balance.running and balance.as_of_ms == now
    assert (
        session_balance(state, sc.MORNING_NOW + 30 * S).speaking_ms
        == (sc.MORNING_SPEAKING_S + 30) * S
    )  # Eve's running turn grows


def test_the_live_tally_is_the_balance_and_a_second_of_a_running_turn_sums_that_turn_alone(
    morning_store, monkeypatch
):
    """The console shows the balance at every second of a running turn: the finished turns
    are summed again only when one of them, or one of their speakers, changed."""
    state = morning_store.load_session_state(sc.MORNING)
    tally = BalanceTally()
    assert tally.balance(state, sc.MORNING_NOW) == session_balance(state, sc.MORNING_NOW)

    lines_made = []
    made = report_module._turn_line

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        lines_made.append(args[1].id)
        return made(*args, **kwargs)

    monkeypatch.setattr(report_module, "_turn_line", counted)
    seconds = [sc.MORNING_NOW + second * S for second in range(1, 4)]
    shown = [tally.balance(state, now) for now in seconds]
    monkeypatch.undo()
    running = [turn.id for turn in state.turns.values() if turn.id == state.current_turn_id]
    assert lines_made == running * 3, "each second made the running turn's line alone"
    assert shown == [session_balance(state, now) for now in seconds]

    # A speaker of a finished turn is recorded with another gender and group: summed again.
    done = next(t for t in state.turns.values() if t.ended_at_ms is not None)
    person = state.participants[done.participant_id]
    state.apply(
        EditParticipant(
            state.session.id,
            person.id,
            person.name,
            stakeholder_group="civil_society",
            gender="Non-binary",
            attendance=person.attendance.value,
        ).decide(state)
    )
    later = sc.MORNING_NOW + 10 * S
    assert tally.balance(state, later) == session_balance(state, later)
    # The running turn ends: summed again, and the same as the report.
    state.apply(EndTurn(state.session.id, at_ms=later).decide(state))
    for now in (later, later + 7 * S):
        assert tally.balance(state, now) == session_balance(state, now)


def test_genders_are_compared_without_case_or_blanks_and_missing_ones_get_their_own_bucket(
    morning_store,
):
    report = session_report(morning_store.load_session_state(sc.MORNING), sc.MORNING_NOW)

    # Bob is recorded as "Man", Dan as " man ": one bucket. Carla has none recorded.
    assert [t.key for t in report.by_gender] == ["man", "woman", GENDER_NOT_RECORDED]
    carla = next(t for t in report.turns if t.speaker == "Carla Ruiz")
    assert carla.gender is None


def test_a_running_turn_counts_its_time_so_far_and_grows_with_now(morning_store):
    state = morning_store.load_session_state(sc.MORNING)

    later = session_report(state, sc.MORNING_NOW + 30 * S)

    eve = later.turns[-1]
    assert eve.status is TurnStatus.RUNNING and eve.ended_at_ms is None
    assert eve.spoken_ms == 130 * S
    assert eve.overrun_ms == 10 * S  # 2:10 of 2:00
    assert later.sessions[0].overrun_ms == (sc.MORNING_OVERRUN_S + 30) * S
    assert later.has_running_turn


def test_a_paused_running_turn_counts_the_pause_as_paused():
    from moderator.domain.commands import PauseClock

    commands = [*sc.morning_commands(), PauseClock(sc.MORNING, sc.T0 + 900 * S)]
    state = sc.state_in_memory(sc.MORNING, commands)

    eve = session_report(state, sc.MORNING_NOW).turns[-1]

    assert eve.status is TurnStatus.RUNNING
    assert (eve.spoken_ms, eve.paused_ms) == (65 * S, 35 * S)


def test_during_an_interposed_intervention_both_turns_are_open():
    # Up to and including the interposition at 09:12:40; the report at 09:13:10.
    commands = sc.morning_commands()[:8]
    state = sc.state_in_memory(sc.MORNING, commands)

    report = session_report(state, sc.T0 + 670 * S)

    carla, bob = report.turns[-2:]
    assert (carla.speaker, carla.status) == ("Carla Ruiz", TurnStatus.INTERRUPTED)
    # Her 30 s waiting for Bob are Bob's spoken time, not a pause of hers.
    assert (carla.spoken_ms, carla.paused_ms) == (30 * S, 0)
    assert (bob.speaker, bob.status, bob.spoken_ms) == ("Bob Okafor", TurnStatus.RUNNING, 30 * S)
    assert report.agenda_items[1].running


def test_a_session_without_turns_gives_an_empty_report_not_an_error(finished_store):
    report = session_report(finished_store.load_session_state(sc.NEXT_DAY), sc.EVENING)

    assert report.is_empty and report.total_speaking_ms == 0 and report.total_turns == 0
    (session,) = report.sessions
    assert (session.actual_start_ms, session.actual_end_ms, session.overrun_ms) == (
        None,
        None,
        None,
    )
    (item,) = report.agenda_items
    assert (item.actual_ms, item.overrun_ms, item.turns) == (None, None, 0)
    # Every stakeholder group and place is listed with zero, so an absence shows.
    assert [(t.label, t.turns, t.share) for t in report.by_group] == [
        (label, 0, 0.0) for label, *_ in sc.MORNING_GROUPS
    ]
    assert [t.speaking_ms for t in report.by_attendance] == [0, 0]
    assert report.by_gender == ()


def test_an_item_without_a_planned_duration_has_no_overrun_but_its_actual_time():
    from moderator.domain.commands import AddSpeaker, EndTurn

    commands = [
        AddSpeaker(
            sc.NEXT_DAY, "n1", "i-next", "eve", "statement", 3 * 60 * S, key_between(None, None)
        ),
        GiveFloor(sc.NEXT_DAY, "n1", "t-n1", sc.at(4, 9, 5)),
        EndTurn(sc.NEXT_DAY, sc.at(4, 9, 9)),
    ]
    state = sc.state_in_memory(sc.NEXT_DAY, commands)

    (item,) = session_report(state, sc.EVENING).agenda_items

    assert (item.planned_ms, item.actual_ms, item.overrun_ms) == (0, 4 * 60 * S, None)


def test_the_meeting_report_covers_every_session_and_sums_over_them(finished_store):
    meeting = next(m for m in finished_store.meetings() if m.id == sc.MEETING_ID)
    states = [finished_store.load_session_state(s.id) for s in finished_store.sessions(meeting.id)]

    report = meeting_report(meeting, states, sc.EVENING)

    assert report.scope is ReportScope.MEETING
    assert [s.session_id for s in report.sessions] == [sc.MORNING, sc.AFTERNOON, sc.NEXT_DAY]
    morning, afternoon, next_day = report.sessions
    # Eve's turn was ended at 09:17:35: the morning's numbers are those of the running report.
    assert (morning.speaking_ms, morning.overrun_ms, morning.running) == (
        905 * S,
        455 * S,
        False,
    )
    assert (afternoon.speaking_ms, afternoon.overrun_ms) == (540 * S, -21 * 60 * S)
    assert (next_day.turns, next_day.overrun_ms) == (0, None)
    assert report.total_turns == 8
    assert report.total_speaking_ms == 1445 * S
    groups = {t.label: (t.speakers, t.turns, t.speaking_ms // S) for t in report.by_group}
    assert groups == {
        "Member State": (1, 2, 680),
        "Parliament": (1, 2, 260),
        "Civil society": (1, 1, 120),
        "UN entity": (1, 2, 285),
        "Other": (1, 1, 100),
    }
    alice = [t for t in report.turns if t.speaker == "Alice Martin"]
    assert [(t.session_id, t.overrun_ms // S) for t in alice] == [
        (sc.MORNING, 20),
        (sc.AFTERNOON, 60),
    ]
    assert len(report.agenda_items) == 5
    assert not report.has_running_turn


def test_a_meeting_report_refuses_a_session_of_another_meeting(finished_store):
    other = Meeting(id="elsewhere", title="Another meeting")
    state = finished_store.load_session_state(sc.MORNING)

    with pytest.raises(ValueError, match="not part of meeting"):
        meeting_report(other, [state], sc.EVENING)
