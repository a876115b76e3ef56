"""Alembic migrations: the declared head, the schema they build, and upgrades of older files."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from moderator.storage.database import (
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    read_only,
    run_migrations,
)
from moderator.storage.models import Base
from moderator.storage.repository import Store


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


SCRIPT = _script()
#: Every revision, oldest first.
REVISIONS = [rev.revision for rev in reversed(list(SCRIPT.walk_revisions()))]
OLDER_THAN_HEAD = REVISIONS[:-1]


def test_there_is_a_single_head_and_schema_head_names_it():
    assert SCRIPT.get_heads() == [SCRIPT.get_current_head()]
    assert SCRIPT.get_current_head() == SCHEMA_HEAD


def test_known_revisions_lists_every_revision():
    assert len(KNOWN_REVISIONS) == len(set(KNOWN_REVISIONS))
    assert set(KNOWN_REVISIONS) == set(REVISIONS)
    assert SCHEMA_HEAD in KNOWN_REVISIONS


def current_revision(engine) -> str | None:
    """The schema revision Alembic finds recorded in the database."""
    with read_only(engine).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def schema_differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_upgrading_an_empty_database_gives_exactly_the_declared_schema(db_path, open_db):
    engine = open_db(db_path)
    assert current_revision(engine) == SCHEMA_HEAD
    assert schema_differences(engine) == []


# --- older databases ----------------------------------------------------------------------------


def _filler(declared_type: str):
    declared_type = declared_type.upper()
    if "BOOL" in declared_type:
        return 0
    if "INT" in declared_type:
        return 1
    if any(word in declared_type for word in ("CHAR", "TEXT", "CLOB")):
        return "x"
    return 0


def insert_row(connection: sqlite3.Connection, table: str, **known) -> None:
    """Insert with plain SQL, filling any other NOT NULL column the old schema requires."""
    values = dict(known)
    for _cid, name, declared_type, notnull, default, _pk in connection.execute(
        f"PRAGMA table_info({table})"
    ):
        if name not in values and notnull and default is None:
            values[name] = _filler(declared_type)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def make_database_at(path: Path, revision: str) -> None:
    """A database as an older Moderator left it: schema at ``revision`` and one meeting."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        run_migrations(engine, revision)
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision,)
        ]
        insert_row(connection, "meetings", id="m-old", title="Meeting from an older version")
        insert_row(
            connection,
            "sessions",
            id="s-old",
            meeting_id="m-old",
            title="Old session",
            scheduled_start_ms=1_700_000_000_000,
            scheduled_end_ms=1_700_003_600_000,
        )
        insert_row(
            connection,
            "participants",
            id="p-old",
            meeting_id="m-old",
            name="Old Timer",
            stakeholder_group="other",
            attendance="in_room",
        )
        connection.commit()


def _side_files(path: Path) -> set[str]:
    return {path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"}


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_from_any_revision_upgrades_to_head_keeping_its_data(revision, db_path, open_db):
    make_database_at(db_path, revision)
    engine = open_db(db_path)
    assert current_revision(engine) == SCHEMA_HEAD
    assert schema_differences(engine) == []
    store = Store(engine)
    assert [(m.id, m.title) for m in store.meetings()] == [
        ("m-old", "Meeting from an older version")
    ]
    assert [s.id for s in store.sessions("m-old")] == ["s-old"]
    assert [p.name for p in store.participants("m-old")] == ["Old Timer"]
    assert store.load_session_state("s-old").session.title == "Old session"


def test_opening_a_database_at_head_takes_no_backup(db_path, open_db):
    make_database_at(db_path, SCHEMA_HEAD)
    open_db(db_path)
    extra = {p.name for p in db_path.parent.iterdir()} - _side_files(db_path)
    assert extra == set()


_BACKUP_CASES = [pytest.param(rev, id=f"from-{rev}") for rev in OLDER_THAN_HEAD] or [
    pytest.param(
        None,
        marks=pytest.mark.skip(
            reason=f"head {SCHEMA_HEAD} is the first revision: no older schema to back up yet"
        ),
        id="no-older-revision",
    )
]


@pytest.mark.parametrize("revision", _BACKUP_CASES)
def test_upgrading_an_older_database_writes_a_backup_next_to_it_first(revision, db_path, open_db):
    make_database_at(db_path, revision)
    open_db(db_path)
    backups = [
        p
        for p in db_path.parent.iterdir()
        if p.name not in _side_files(db_path) and p.name.startswith(db_path.name)
    ]
    assert len(backups) == 1, [p.name for p in db_path.parent.iterdir()]
    with contextlib.closing(sqlite3.connect(backups[0])) as backup:
        # The backup is the database as it was before the upgrade.
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert backup.execute("SELECT title FROM meetings WHERE id = 'm-old'").fetchall() == [
            ("Meeting from an older version",)
        ]


def test_entries_from_before_hand_sources_get_the_source_their_origin_implies(db_path, open_db):
    """Before 0011 a remote hand could only come from the participant page and a floor request
    only from the room: that is what the report says of them after the upgrade."""
    make_database_at(db_path, "0010")
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        insert_row(connection, "agenda_items", id="i-old", session_id="s-old", title="Item")
        for entry_id, origin in (
            ("e-page", "remote_hand"),
            ("e-room", "room_request"),
            ("e-plan", "scheduled"),
        ):
            insert_row(
                connection,
                "speaker_entries",
                id=entry_id,
                agenda_item_id="i-old",
                participant_id="p-old",
                speech_type="floor",
                order_key="V",
                state="waiting",
                origin=origin,
            )
        connection.commit()
    store = Store(open_db(db_path))
    entries = {e.id: e.hand_source for e in store.load_session_state("s-old").entries}
    assert entries == {"e-page": "remote", "e-room": "room", "e-plan": ""}
