"""Opening the local SQLite file safely and bringing its schema up to date.

Rules, because this file is the chair's only copy of the meeting while offline:

- WAL journal and ``synchronous=FULL``: a committed action survives a crash *and* a power cut.
- Every transaction starts with ``BEGIN IMMEDIATE`` (the pysqlite recipe for SQLAlchemy), so a
  second writer is detected at the start of a transaction, not half-way through it.
- A file that is not ours, is corrupt, locked, unreadable or from a newer version is reported
  with a clear ``DatabaseError`` and is never overwritten, migrated or deleted.
- The schema is created and upgraded only by the Alembic migrations shipped in this package.
  Alembic is imported only when an upgrade is due, which keeps start-up fast.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from moderator.storage.file_check import (  # noqa: F401 - re-exported for callers
    BUSY_TIMEOUT_MS,
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    DatabaseError,
    check_file_before_opening,
    check_file_before_reading,
    default_database_path,
    explain_sqlite_error,
    inspect_existing_file,
)
from moderator.storage.private_files import create_private, secure_database_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def open_database(path: Path) -> Engine:
    """Open (creating if absent) and migrate the database at ``path``; return the engine.

    Whether the file is ours and which schema it has is decided on a read-only connection
    first: the engine's connections switch the file to WAL mode, which rewrites its header, so
    a file we must refuse never gets one.
    """
    path = Path(path)
    check_file_before_opening(path)
    try:
        revision = inspect_existing_file(path)
    except sqlite3.Error as error:
        raise explain_sqlite_error(path, error) from error
    path.parent.mkdir(parents=True, exist_ok=True)
    secure_database_file(path)
    engine = _create_engine(path)
    try:
        if revision != SCHEMA_HEAD:
            if revision is not None:
                _backup_before_upgrade(path, revision)
            run_migrations(engine, SCHEMA_HEAD)
        _check_writable(engine)
    except (DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise explain_sqlite_error(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_database_for_reading(path: Path) -> Engine:
    """An existing database for reading (export, report, check), safe while a console writes it.

    Why read-only: a connection that may write decides on closing, alone, whether it is the
    last one on the file; if so it checkpoints the ``-wal`` into the file and deletes the
    ``-wal`` and ``-shm``. It decides from the other processes' POSIX locks, and a console can
    lose those without knowing it (any descriptor of the file closed in its process drops them
    all). A read-write reader then deleted the console's live ``-wal`` under it, and later
    actions failed or were lost. A ``mode=ro`` connection opens the file read-only and cannot
    take the exclusive lock that deleting needs: tried with SQLite 3.40 (a writer whose locks
    were dropped; a ``mode=ro`` reader opened, read and closed: ``-wal``/``-shm`` stayed and the
    writer's next commit was kept; the same with a read-write reader: both were deleted).
    ``tests/e2e/test_live_database_readers.py`` keeps that proof.

    A reader of an idle file may leave empty ``-wal``/``-shm`` files next to it (it cannot
    remove what it cannot be sure nobody else uses; SQLite reuses them).

    A file with an older schema is upgraded first, as the console would (``open_database``),
    unless a console or import holds it (it upgrades the file as it opens it). Raises
    ``DatabaseError`` for a missing, foreign, newer or unreadable file.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    check_file_before_reading(path)
    try:
        revision = inspect_existing_file(path)
    except sqlite3.Error as error:
        raise explain_sqlite_error(path, error) from error
    if revision != SCHEMA_HEAD:
        from moderator.storage.instance_lock import holder

        busy = holder(path)
        if busy is not None:  # a console upgrading it as it starts: never a second upgrader
            raise DatabaseError(f"{busy} It is being upgraded there; try again in a moment.")
        return open_database(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        connection.isolation_level = None  # transactions are begun below, always DEFERRED
        connection.execute("PRAGMA query_only = ON")
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN DEFERRED")

    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
    except (DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise explain_sqlite_error(path, error) from error
    return engine


def _check_writable(engine: Engine) -> None:
    """Take and release the write lock once, so another writer is reported now, not at the
    chair's first keystroke (in WAL mode a writer does not keep readers out)."""
    with engine.begin():
        pass


def read_only(engine: Engine) -> Engine:
    """The same database for reading: transactions begin DEFERRED, so reads take no write lock."""
    return engine.execution_options(moderator_begin="DEFERRED")


def _create_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    configure_sqlite_engine(engine)
    return engine


def configure_sqlite_engine(engine: Engine, busy_timeout_ms: int | None = None) -> None:
    """WAL, ``synchronous=FULL``, busy timeout, foreign keys, ``BEGIN IMMEDIATE`` for writers.

    Shared by the console's database and the reference server's SQLite database.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Hand transaction control to SQLAlchemy's "begin" event below (pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
            cursor.execute(f"PRAGMA busy_timeout = {timeout}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # Writers take the write lock up front (a second writer fails at BEGIN, not half-way);
        # readers (see ``read_only``) begin deferred and never block or wait for the chair.
        mode = connection.get_execution_options().get("moderator_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


def run_migrations(engine: Engine, target: str, downgrade: bool = False) -> None:
    """Upgrade the schema to ``target`` with the packaged Alembic migrations (with
    ``downgrade``, take it back to ``target``: a file as an older version left it).

    Foreign keys are switched off for the upgrade (SQLite cannot do that inside a transaction):
    a batch migration rebuilds a table by dropping it, which with enforcement on would cascade
    into deleting every child row. Integrity is checked before the upgrade commits instead.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                (command.downgrade if downgrade else command.upgrade)(config, target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(
                        f"Upgrading the schema would break {len(problems)} reference(s) "
                        f"(first: {problems[0]}); the upgrade was rolled back."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _backup_before_upgrade(path: Path, revision: str) -> None:
    """Keep a copy of a database before changing its schema (SQLite's online backup)."""
    backup = path.with_name(f"{path.name}.before-upgrade-from-{revision}")
    if backup.exists():
        return
    create_private(backup)  # a copy of the same names and genders
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    shutil.copymode(path, backup)
