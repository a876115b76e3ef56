"""The outbox: a followed session's commands are queued in the same transaction as their
effects, numbered without gaps; a copied database takes a new client id."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from moderator.domain.commands import AdjustTime, GiveFloor
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.sync_queue import queue_reader
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore, link_session

T0 = 1_800_000_000_000


@pytest.fixture
def played(tmp_path: Path):
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    load_demo(store, T0)
    session_id = store.sessions()[0].id
    sync = SyncStore(engine)
    client_id = sync.client_id()
    with engine.begin() as connection:
        link_session(connection, session_id, cursor=0, now_ms=T0)
    store.forget_linked_sessions()
    runner = CommandRunner(store, store.load_session_state(session_id), TimeSource())
    yield path, engine, store, sync, runner, client_id
    engine.dispose()


def test_commands_of_a_followed_session_are_queued_in_order(played):
    _path, _engine, _store, sync, runner, _client = played
    state = runner.state
    runner.execute(GiveFloor(state.session.id, state.entries[0].id, uuid.uuid4().hex, T0))
    turn = runner.state.current_turn_id
    runner.execute(AdjustTime(state.session.id, 30_000, turn))
    pending = sync.pending()
    assert [(p.mutation_id, p.name) for p in pending] == [(1, "give_floor"), (2, "adjust_time")]
    # Queued with the turn it was meant for (refused by the backend if the floor moved on).
    assert pending[1].args == {
        "session_id": state.session.id,
        "delta_ms": 30_000,
        "for_turn_id": turn,
    }
    sync.acknowledge(1)
    assert [p.mutation_id for p in sync.pending()] == [2]


def test_the_details_window_reads_what_waits_as_the_chairs_actions(played):
    _path, _engine, _store, sync, runner, _client = played
    state = runner.state
    runner.execute(GiveFloor(state.session.id, state.entries[0].id, uuid.uuid4().hex, T0))
    runner.execute(AdjustTime(state.session.id, -60_000))
    sync.record_failure([1], "connection refused")
    read = queue_reader(sync)
    first, second = read(10)
    assert (first.name, first.attempts, first.last_error) == ("give_floor", 1, "connection refused")
    assert (second.name, second.args["delta_ms"], second.attempts) == ("adjust_time", -60_000, 0)
    assert [action.name for action in read(1)] == ["give_floor"]


def test_a_command_that_cannot_be_saved_is_not_queued_either(played, monkeypatch):
    path, _engine, store, sync, runner, _client = played
    state = runner.state
    runner.execute(GiveFloor(state.session.id, state.entries[0].id, uuid.uuid4().hex, T0))
    sync.acknowledge(1)
    monkeypatch.setattr("moderator.storage.database.BUSY_TIMEOUT_MS", 50)
    store.engine.pool.dispose()
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Exception, match="locked"):
            runner.execute(AdjustTime(runner.state.session.id, 30_000))
    finally:
        blocker.rollback()
        blocker.close()
    assert sync.pending() == []


def test_a_copied_database_takes_a_new_client_id_and_renumbers_what_is_pending(played, tmp_path):
    path, engine, _store, sync, runner, client_id = played
    state = runner.state
    runner.execute(GiveFloor(state.session.id, state.entries[0].id, uuid.uuid4().hex, T0))
    runner.execute(AdjustTime(runner.state.session.id, 30_000))
    runner.execute(AdjustTime(runner.state.session.id, 30_000))
    sync.acknowledge(2)
    assert sync.client_id() == client_id, "the same file keeps its id"
    copy = tmp_path / "copy.sqlite3"
    engine.dispose()
    shutil.copyfile(path, copy)
    copied_engine = open_database(copy)
    try:
        copied = SyncStore(copied_engine)
        assert copied.client_id() != client_id
        assert [p.mutation_id for p in copied.pending()] == [1]
    finally:
        copied_engine.dispose()


def test_a_refusal_is_kept_with_the_actions_words_until_seen(played):
    """A refused action leaves the outbox and is kept, in one transaction, with the words it
    was queued with; one queued by an older version (no words) is named by the caller; the
    chair marks them seen, and they stay listed."""
    _path, engine, _store, sync, runner, _client = played
    state = runner.state
    entry = state.entries[0]
    person = state.participants[entry.participant_id].name
    runner.execute(GiveFloor(state.session.id, entry.id, uuid.uuid4().hex, T0))
    runner.execute(AdjustTime(state.session.id, 30_000))
    with engine.begin() as connection:  # as an older version queued it: without words
        connection.execute(text("UPDATE outbox SET label = NULL WHERE mutation_id = 2"))

    kept = sync.acknowledge(
        2,
        {1: "That speaker is not waiting (done)", 2: "The clock is not running"},
        now_ms=T0 + 5,
        words=lambda name, args: f"older: {name}",
    )
    assert [(r.label, r.reason) for r in kept] == [
        (f"Give the floor to {person}", "That speaker is not waiting (done)"),
        ("older: adjust_time", "The clock is not running"),
    ]
    assert sync.pending() == [] and sync.unseen_refusals() == 2
    newest_first = sync.refusals()
    assert [r.mutation_id for r in newest_first] == [2, 1]
    sync.mark_refusals_seen(newest_first[0].id)
    assert sync.unseen_refusals() == 0
    assert all(r.seen for r in sync.refusals()), "seen, and still kept"
