"""The chair's speech-type rules and notes in a real SQLite file, read back as a restart would."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from moderator.domain.commands import SetAllotted
from moderator.domain.model import SpeechType
from moderator.domain.speech_rules import DEFAULT_RULES, SpeechRules
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.chair_settings import ChairSettings, NotSaved
from moderator.storage.chair_store import ChairStore
from moderator.storage.models import CommandLogRow, MeetingSpeechRulesRow, OutboxRow
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore, link_session

T0 = 1_764_316_800_000


@pytest.fixture
def meeting_id(db_path: Path, open_db) -> str:  # type: ignore[no-untyped-def]
    return load_demo(Store(open_db(db_path)), T0).meeting.id


def fresh(open_db, db_path: Path) -> ChairStore:  # type: ignore[no-untyped-def]
    """A store on a newly opened engine: what the console reads after a restart."""
    return ChairStore(open_db(db_path))


def test_a_meeting_without_rules_has_the_defaults(open_db, db_path, meeting_id):
    assert fresh(open_db, db_path).speech_rules(meeting_id) == SpeechRules()


def test_saved_rules_are_read_back_after_a_restart(open_db, db_path, meeting_id):
    rules = (
        SpeechRules()
        .with_rule(SpeechType.STATEMENT, default_ms=4 * 60_000)
        .with_rule(SpeechType.RIGHT_OF_REPLY, limit_per_delegation=1, later_ms=60_000)
    )
    fresh(open_db, db_path).save_speech_rules(meeting_id, rules)
    read = fresh(open_db, db_path).speech_rules(meeting_id)
    assert read[SpeechType.STATEMENT].default_ms == 4 * 60_000
    assert read[SpeechType.RIGHT_OF_REPLY].limit_per_delegation == 1
    assert read[SpeechType.RIGHT_OF_REPLY].later_ms == 60_000
    assert read[SpeechType.FLOOR] == DEFAULT_RULES[SpeechType.FLOOR]

    # Saving again replaces the row (one row per meeting).
    fresh(open_db, db_path).save_speech_rules(meeting_id, SpeechRules())
    assert fresh(open_db, db_path).speech_rules(meeting_id) == SpeechRules()
    with open_db(db_path).connect() as connection:
        rows = connection.execute(select(func.count()).select_from(MeetingSpeechRulesRow))
        assert rows.scalar_one() == 1


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        '["statement"]',
        '{"monologue": {"default_ms": 1000}}',
        '{"statement": {"default_ms": "three minutes"}}',
        '{"statement": {"default_ms": 1500}}',
        '{"statement": {"placement": "somewhere"}}',
    ],
)
def test_a_corrupt_row_gives_the_defaults_and_a_warning_naming_the_meeting(
    open_db, db_path, meeting_id, stored, caplog
):
    with open_db(db_path).begin() as connection:
        connection.execute(
            insert(MeetingSpeechRulesRow).values(meeting_id=meeting_id, rules_json=stored)
        )
    with caplog.at_level(logging.WARNING, logger="moderator.storage.chair_store"):
        rules = fresh(open_db, db_path).speech_rules(meeting_id)
    assert rules == SpeechRules()
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert meeting_id in record.getMessage()
    assert "defaults" in record.getMessage()


def test_notes_are_written_read_back_replaced_and_deleted(open_db, db_path):
    store = fresh(open_db, db_path)
    assert store.note("entry", "e-1") == ""
    store.set_note("entry", "e-1", "Asked to keep it short — ex-minister", T0)
    store.set_note("item", "e-1", "Same id, other kind: a different note", T0)
    reread = fresh(open_db, db_path)
    assert reread.note("entry", "e-1") == "Asked to keep it short — ex-minister"
    assert reread.note("item", "e-1") == "Same id, other kind: a different note"

    reread.set_note("entry", "e-1", "Line one\nLine two", T0 + 1)
    assert fresh(open_db, db_path).note("entry", "e-1") == "Line one\nLine two"

    reread.set_note("entry", "e-1", "  \n ", T0 + 2)  # blank deletes
    assert fresh(open_db, db_path).note("entry", "e-1") == ""
    assert fresh(open_db, db_path).note("item", "e-1") != ""


def test_notes_never_leave_the_laptop(open_db, db_path, meeting_id):
    """In a session followed on a backend, a chair action is queued for it; a note (or the
    speech rules) writes no command and queues nothing."""
    engine = open_db(db_path)
    store = Store(engine)
    state = store.load_session_state(store.sessions(meeting_id)[0].id)
    sync = SyncStore(engine)
    sync.client_id()
    with engine.begin() as connection:
        link_session(connection, state.session.id, cursor=0, now_ms=T0)
    store.forget_linked_sessions()

    def counts() -> tuple[int, int]:
        with engine.connect() as connection:
            return tuple(  # type: ignore[return-value]
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (OutboxRow, CommandLogRow)
            )

    entry = state.entries[0]
    ChairStore(engine).set_note("entry", entry.id, "Wants to show a slide", T0)
    ChairStore(engine).set_note("item", entry.agenda_item_id, "Remind the room: mics", T0)
    ChairStore(engine).save_speech_rules(meeting_id, SpeechRules())
    assert counts() == (0, 0)

    # The same file does queue a chair command: the check above can see one.
    command = SetAllotted(state.session.id, entry.id, entry.allotted_ms + 60_000)
    store.commit(command, command.decide(state), "c-1", T0)
    assert counts() == (1, 1)


def test_unknown_note_kinds_are_refused(open_db, db_path):
    with pytest.raises(ValueError, match="not 'speaker'"):
        fresh(open_db, db_path).set_note("speaker", "x", "text", T0)  # type: ignore[arg-type]


def test_the_windows_get_a_refused_write_as_not_saved(open_db, db_path, meeting_id, monkeypatch):
    """What the notes editor and the speech-types dialog show: the file's reason, and nothing
    changed; the file is reached only when first used."""
    opened: list[Store] = []

    def open_store() -> Store:
        opened.append(Store(open_db(db_path)))
        return opened[-1]

    settings = ChairSettings(open_store)
    assert opened == []
    assert settings.note("item", "i-1") == ""
    monkeypatch.setattr("moderator.storage.database.BUSY_TIMEOUT_MS", 50)
    opened[0].engine.pool.dispose()
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(NotSaved, match="locked"):
            settings.set_note("item", "i-1", "Thank the interpreters", T0)
        with pytest.raises(NotSaved, match="locked"):
            settings.save_speech_rules(meeting_id, SpeechRules())
    finally:
        blocker.rollback()
        blocker.close()
    assert settings.note("item", "i-1") == ""
    with pytest.raises(ValueError, match="20000 characters"):
        settings.set_note("item", "i-1", "x" * 20_001, T0)
    settings.set_note("item", "i-1", "Thank the interpreters", T0)
    assert fresh(open_db, db_path).note("item", "i-1") == "Thank the interpreters"
    assert len(opened) == 1
