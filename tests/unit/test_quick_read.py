"""The start-up reader (plain ``sqlite3``) and the repository (SQLAlchemy) read the same state."""

from __future__ import annotations

import uuid
from pathlib import Path

from moderator.domain.commands import AdjustTime, GiveFloor, PauseClock
from moderator.domain.hands import raise_hand
from moderator.services.command_runner import CommandRunner
from moderator.services.demo import load_demo
from moderator.services.time_source import TimeSource
from moderator.storage import quick_read
from moderator.storage.database import open_database
from moderator.storage.repository import Store, write_events

T0 = 1_800_000_000_000


def test_quick_read_equals_the_repository_after_a_played_session(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    try:
        store = Store(engine)
        load_demo(store, T0)
        session_id = store.sessions()[0].id
        state = store.load_session_state(session_id)
        runner = CommandRunner(store, state, TimeSource())
        for offset, entry in enumerate(state.entries[:3]):
            runner.execute(GiveFloor(session_id, entry.id, uuid.uuid4().hex, T0 + offset * 60_000))
        runner.execute(AdjustTime(session_id, 30_000))
        runner.execute(PauseClock(session_id, T0 + 200_000))
        participant = next(iter(state.participants))
        _hand, events = raise_hand(state, participant, "h1", seq=1, at_ms=T0 + 1)
        with engine.begin() as connection:
            write_events(connection, events)

        assert [s.id for s in quick_read.sessions(path)] == [s.id for s in store.sessions()]
        assert quick_read.load_session_state(path, session_id) == store.load_session_state(
            session_id
        )
    finally:
        engine.dispose()


def test_quick_read_of_an_unknown_session_raises_key_error(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    engine.dispose()
    try:
        quick_read.load_session_state(path, "nope")
    except KeyError as error:
        assert "nope" in str(error)
    else:
        raise AssertionError("no KeyError")
