"""The SQLite store on real files: pragmas, round trips, durable commands, failed commits."""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

import moderator.storage.database as database
from moderator.cli.export import export_state
from moderator.domain.commands import (
    AdjustTime,
    CommandRejected,
    EndTurn,
    GiveFloor,
    PauseClock,
    StartClock,
)
from moderator.domain.model import EntryState, Meeting, Participant, Session
from moderator.domain.timing.clock import ClockStatus, format_countdown
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.storage.repository import MeetingBundle, Store

T0 = 1_764_316_800_000  # 2025-11-28 08:00 UTC


class StepClock:
    """A time source whose monotonic clock the test moves by whole seconds."""

    def __init__(self) -> None:
        self.seconds = 0
        self.source = TimeSource(
            wall_ns=lambda: T0 * 1_000_000, monotonic_ns=lambda: self.seconds * 1_000_000_000
        )

    def now_ms(self) -> int:
        return self.source.now_ms()


@contextlib.contextmanager
def exclusive_lock(path):
    """Another program holds the write lock with a write pending, as a second writer would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("UPDATE meetings SET title = title || ' (other writer)'")
        yield
        connection.execute("ROLLBACK")
    finally:
        connection.close()


@pytest.fixture
def demo(db_path, open_db):
    """A database with the demo meeting loaded; returns (store, bundle, session state)."""
    store = Store(open_db(db_path))
    bundle = load_demo(store, T0)
    state = store.load_session_state(bundle.sessions[0].id)
    return store, bundle, state


# --- opening ----------------------------------------------------------------------------------


def test_open_database_creates_a_wal_file_with_full_sync(db_path, open_db):
    assert not db_path.exists()
    engine = open_db(db_path)
    assert db_path.is_file()
    # Every connection, not only the first: check out two at once so the pool opens two.
    # (Raw DBAPI connections, because a SQLAlchemy transaction here would be BEGIN IMMEDIATE.)
    first, second = engine.raw_connection(), engine.raw_connection()
    try:
        assert first.dbapi_connection is not second.dbapi_connection
        for connection in (first, second):
            cursor = connection.cursor()
            try:
                assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
                assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
                assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] > 0
            finally:
                cursor.close()
    finally:
        first.close()
        second.close()
    # WAL mode is persistent: another program opening the file sees it too.
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_database_is_empty(db_path, open_db):
    store = Store(open_db(db_path))
    assert store.is_empty()
    assert store.meetings() == []
    assert store.command_log() == []


def test_reopening_keeps_the_data(db_path, open_db):
    engine = open_db(db_path)
    bundle = load_demo(Store(engine), T0)
    engine.dispose()
    store = Store(open_db(db_path))
    assert [m.id for m in store.meetings()] == [bundle.meeting.id]


# --- round trip -------------------------------------------------------------------------------


def test_demo_round_trip(demo):
    store, bundle, state = demo
    assert state.meeting == bundle.meeting
    assert state.session == bundle.sessions[0]
    assert state.agenda_items == sorted(bundle.agenda_items, key=lambda item: item.position)
    assert sorted(state.entries, key=lambda e: e.id) == sorted(bundle.entries, key=lambda e: e.id)
    assert state.participants == {p.id: p for p in bundle.participants}
    assert state.clock.status is ClockStatus.IDLE
    assert state.current_entry_id is None and state.turns == {}
    assert all(e.state is EntryState.WAITING for e in state.entries)
    assert not store.is_empty()


def test_demo_entries_load_in_speaking_order(demo):
    _store, bundle, state = demo
    # The demo lists speakers per agenda item in the order they are given; keep that order.
    position = {item.id: item.position for item in bundle.agenda_items}
    expected = sorted(
        bundle.entries,
        key=lambda e: (position[e.agenda_item_id], bundle.entries.index(e)),
    )
    assert [e.id for e in state.entries] == [e.id for e in expected]


def test_loading_the_demo_again_replaces_it_and_keeps_real_meetings(db_path, open_db):
    store = Store(open_db(db_path))
    real = MeetingBundle(
        meeting=Meeting(id="real-1", title="Real meeting"),
        participants=[Participant(id="p-1", meeting_id="real-1", name="Real person")],
        sessions=[
            Session(
                id="s-1",
                meeting_id="real-1",
                title="Plenary",
                scheduled_start_ms=T0,
                scheduled_end_ms=T0 + 3_600_000,
            )
        ],
        agenda_items=[],
        entries=[],
    )
    store.add_meeting(real)
    first = load_demo(store, T0)
    second = load_demo(store, T0 + 60_000)
    ids = {m.id for m in store.meetings()}
    assert ids == {"real-1", second.meeting.id}
    assert first.meeting.id not in ids
    assert store.participants("real-1") == real.participants
    assert store.participants(first.meeting.id) == []


def test_loading_an_unknown_session_raises_key_error(demo):
    store, _bundle, _state = demo
    with pytest.raises(KeyError):
        store.load_session_state("no-such-session")


# --- commands are durable --------------------------------------------------------------------


def test_executed_commands_survive_closing_and_reopening(db_path, open_db, demo):
    store, _bundle, state = demo
    time = StepClock()
    runner = CommandRunner(store, state, time.source)
    first, second, third = state.entries[:3]
    sid = state.session.id
    commands = [
        GiveFloor(sid, first.id, "turn-1", T0 + 1_000),
        PauseClock(sid, T0 + 31_000),
        StartClock(sid, T0 + 41_000),
        AdjustTime(sid, 30_000),
        GiveFloor(sid, second.id, "turn-2", T0 + 101_000),
        PauseClock(sid, T0 + 130_000),
        GiveFloor(sid, third.id, "turn-3", T0 + 200_000, start_clock=False),
    ]
    recorded = []
    for command in commands:
        time.seconds += 1
        recorded.append(time.now_ms())
        runner.execute(command)

    store.engine.dispose()
    reopened = Store(open_db(db_path))
    reloaded = reopened.load_session_state(sid)
    assert reloaded == runner.state
    # What the chair saw is what is on disk:
    assert reloaded.entry(first.id).state is EntryState.DONE
    assert reloaded.entry(second.id).state is EntryState.DONE
    assert reloaded.entry(third.id).state is EntryState.SPEAKING
    turn_1 = reloaded.turns["turn-1"]
    # 30 s + 60 s running, 10 s paused, 30 s added to the allotment.
    assert (turn_1.spoken_ms, turn_1.paused_ms) == (90_000, 10_000)
    assert turn_1.allotted_ms == first.allotted_ms + 30_000
    assert reloaded.clock.status is ClockStatus.IDLE
    assert reloaded.clock.allotted_ms == third.allotted_ms

    log = reopened.command_log()
    assert [entry.name for entry in log] == [c.name for c in commands]
    assert [entry.args for entry in log] == [c.to_args() for c in commands]
    assert [entry.recorded_at_ms for entry in log] == recorded
    assert all(entry.session_id == sid for entry in log)
    assert [entry.seq for entry in log] == sorted(entry.seq for entry in log)
    assert len({entry.seq for entry in log}) == len(commands)
    assert len({entry.command_id for entry in log}) == len(commands)


def test_a_running_clock_reloaded_later_shows_the_true_remaining_time(db_path, open_db, demo):
    store, _bundle, state = demo
    runner = CommandRunner(store, state, StepClock().source)
    speaker = state.entries[0]
    runner.execute(GiveFloor(state.session.id, speaker.id, "turn-1", T0))
    store.engine.dispose()  # the console is closed (or crashes) while the clock runs

    reloaded = Store(open_db(db_path)).load_session_state(state.session.id)
    later = T0 + 45_000  # reopened 45 s after the floor was given
    assert reloaded.clock.is_running
    assert reloaded.clock.remaining_ms(later) == speaker.allotted_ms - 45_000
    assert format_countdown(reloaded.clock.remaining_ms(later)) == format_countdown(
        speaker.allotted_ms - 45_000
    )


def test_a_paused_clock_does_not_run_while_the_console_is_closed(db_path, open_db, demo):
    store, _bundle, state = demo
    runner = CommandRunner(store, state, StepClock().source)
    speaker = state.entries[0]
    runner.execute(GiveFloor(state.session.id, speaker.id, "turn-1", T0))
    runner.execute(PauseClock(state.session.id, T0 + 20_000))
    store.engine.dispose()
    reloaded = Store(open_db(db_path)).load_session_state(state.session.id)
    assert reloaded.clock.remaining_ms(T0 + 3_600_000) == speaker.allotted_ms - 20_000


def test_a_rejected_command_writes_nothing(demo):
    store, _bundle, state = demo
    runner = CommandRunner(store, state, StepClock().source)
    before = copy.deepcopy(runner.state)
    with pytest.raises(CommandRejected):
        runner.execute(StartClock(state.session.id, T0))
    assert runner.state == before
    assert store.command_log() == []
    assert store.load_session_state(state.session.id) == before


def test_a_failed_commit_leaves_the_state_unchanged(db_path, open_db, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    store = Store(open_db(db_path))
    bundle = load_demo(store, T0)
    sid = bundle.sessions[0].id
    runner = CommandRunner(store, store.load_session_state(sid), StepClock().source)
    first, second = runner.state.entries[:2]
    runner.execute(GiveFloor(sid, first.id, "turn-1", T0))
    before = copy.deepcopy(runner.state)

    with exclusive_lock(db_path), pytest.raises(OperationalError, match="locked"):
        runner.execute(GiveFloor(sid, second.id, "turn-2", T0 + 30_000))
    assert runner.state == before  # nothing the chair sees moved
    assert store.load_session_state(sid) == before  # and nothing was half-written
    assert [c.name for c in store.command_log()] == ["give_floor"]

    # Once the other writer is gone, the same action goes through.
    runner.execute(GiveFloor(sid, second.id, "turn-2", T0 + 30_000))
    assert runner.state.current_entry_id == second.id
    assert store.load_session_state(sid) == runner.state


def test_runner_reload_reads_the_state_back_from_disk(demo):
    store, _bundle, state = demo
    runner = CommandRunner(store, state, StepClock().source)
    runner.execute(GiveFloor(state.session.id, state.entries[0].id, "turn-1", T0))
    shown = copy.deepcopy(runner.state)
    runner.reload()
    assert runner.state == shown
    assert runner.state is not state


# --- export -----------------------------------------------------------------------------------


def test_export_state_is_json_with_the_whole_session(demo):
    store, bundle, state = demo
    runner = CommandRunner(store, state, StepClock().source)
    sid = state.session.id
    first, second = state.entries[:2]
    runner.execute(GiveFloor(sid, first.id, "turn-1", T0))
    runner.execute(EndTurn(sid, T0 + 70_000))
    runner.execute(GiveFloor(sid, second.id, "turn-2", T0 + 80_000))
    now = T0 + 125_000  # the second speaker has spoken 45 s

    # JSON-serialisable, and read back as a script would read it:
    document = json.loads(json.dumps(export_state(store, now)))

    assert document["exported_at_ms"] == now
    [meeting] = document["meetings"]
    assert meeting["id"] == bundle.meeting.id and meeting["is_demo"] is True
    assert {p["name"] for p in meeting["participants"]} == {p.name for p in bundle.participants}
    [session] = meeting["sessions"]
    assert session["id"] == sid
    items = session["agenda_items"]
    assert [item["title"] for item in items] == [
        item.title for item in sorted(bundle.agenda_items, key=lambda item: item.position)
    ]
    speakers = [speaker for item in items for speaker in item["speakers"]]
    assert [s["id"] for s in speakers] == [e.id for e in state.entries]
    names = {p.id: p.name for p in bundle.participants}
    assert [s["name"] for s in speakers] == [names[e.participant_id] for e in state.entries]
    by_id = {s["id"]: s for s in speakers}
    assert by_id[first.id]["state"] == "done" and by_id[first.id]["ended_at_ms"] == T0 + 70_000
    assert by_id[second.id]["state"] == "speaking"

    clock = session["clock"]
    assert clock["entry_id"] == second.id and clock["turn_id"] == "turn-2"
    assert clock["status"] == "running"
    assert clock["remaining_ms"] == second.allotted_ms - 45_000
    assert clock["display"] == format_countdown(second.allotted_ms - 45_000)

    turns = {t["id"]: t for t in session["turns"]}
    assert set(turns) == {"turn-1", "turn-2"}
    assert turns["turn-1"]["spoken_ms"] == 70_000
    assert turns["turn-1"]["ended_at_ms"] == T0 + 70_000
    assert turns["turn-2"]["ended_at_ms"] is None

    assert [c["name"] for c in document["commands"]] == ["give_floor", "end_turn", "give_floor"]
    assert document["commands"][0]["args"] == GiveFloor(sid, first.id, "turn-1", T0).to_args()


def test_export_of_an_empty_database(db_path, open_db):
    document = export_state(Store(open_db(db_path)), T0)
    assert json.loads(json.dumps(document))["meetings"] == []
    assert document["commands"] == []
