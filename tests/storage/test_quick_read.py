"""The start-up reader (plain ``sqlite3``) and the repository (SQLAlchemy) read the same state."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from moderator.domain.commands import (
    AdjustTime,
    GiveFloor,
    PauseClock,
    SetParticipantLanguage,
    SetSessionDetails,
)
from moderator.domain.hands import raise_hand
from moderator.domain.model import SessionFormat
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
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
        runner.execute(SetSessionDetails(session_id, "Oversight", "Panel", "en, fr", "hybrid"))
        runner.execute(SetParticipantLanguage(session_id, participant, "fr"))
        _hand, events = raise_hand(state, participant, "h1", seq=1, at_ms=T0 + 1)
        with engine.begin() as connection:
            write_events(connection, events)

        assert [s.id for s in quick_read.sessions(path)] == [s.id for s in store.sessions()]
        assert quick_read.load_session_state(path, session_id) == store.load_session_state(
            session_id
        )
        assert runner.state.details.format is SessionFormat.HYBRID
        assert store.load_session_state(session_id).details == runner.state.details
        assert quick_read.load_session_state(path, session_id).languages == {participant: "fr"}
    finally:
        engine.dispose()


def test_details_an_older_console_wrote_beside_its_commands_are_read_by_both_readers(
    tmp_path: Path,
):
    """Before they were commands, the agenda editor and imports wrote the details straight into
    the side tables (no command, empty languages kept as rows): such a file needs no migration,
    and both readers find the same details, an empty language being none."""
    path = tmp_path / "older.sqlite3"
    engine = open_database(path)
    try:
        store = Store(engine)
        load_demo(store, T0)
        session_id = store.sessions()[0].id
        ana, ben, *_rest = store.load_session_state(session_id).participants
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute(
                "INSERT INTO session_details VALUES (?, 'Oversight', 'Panel', 'en, es', 'virtual')",
                (session_id,),
            )
            connection.executemany(
                "INSERT INTO participant_details VALUES (?, ?)", [(ana, "es"), (ben, "")]
            )
        full = store.load_session_state(session_id)
        assert full == quick_read.load_session_state(path, session_id)
        assert (full.details.languages, full.details.format) == ("en, es", SessionFormat.VIRTUAL)
        assert full.languages == {ana: "es"}
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
