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

import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest migration revision. ``tests/unit/test_migrations.py`` checks it equals Alembic's head.
SCHEMA_HEAD = "0002"
KNOWN_REVISIONS = ("0001", "0002")
BUSY_TIMEOUT_MS = 3000
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """The database file cannot be used; the message says which file, what is wrong, what to do."""


def default_database_path() -> Path:
    """Where the console keeps its data unless ``--db`` says otherwise (per platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Moderator", appauthor=False)) / "moderator.sqlite3"


def open_database(path: Path) -> Engine:
    """Open (creating if absent) and migrate the database at ``path``; return the engine.

    Whether the file is ours and which schema it has is decided on a read-only connection
    first: the engine's connections switch the file to WAL mode, which rewrites its header, so
    a file we must refuse never gets one.
    """
    path = Path(path)
    _check_file_before_opening(path)
    try:
        revision = _inspect_existing_file(path)
    except sqlite3.Error as error:
        raise explain_sqlite_error(path, error) from error
    path.parent.mkdir(parents=True, exist_ok=True)
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


def _check_writable(engine: Engine) -> None:
    """Take and release the write lock once, so another writer is reported now, not at the
    chair's first keystroke (in WAL mode a writer does not keep readers out)."""
    with engine.begin():
        pass


def read_only(engine: Engine) -> Engine:
    """The same database for reading: transactions begin DEFERRED, so reads take no write lock."""
    return engine.execution_options(moderator_begin="DEFERRED")


def explain_sqlite_error(path: Path, error: BaseException) -> DatabaseError:
    """Turn a driver error into a message a technical assistant can act on."""
    original = getattr(error, "orig", None) or error
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return DatabaseError(
            f"The database {path} is locked by another program (is another Moderator window "
            "using it?). Close that program and try again. The file was not changed."
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseError(
            f"The database {path} is damaged or is not a Moderator database ({original}). "
            "It was left untouched; start with --db pointing to another file, "
            "or restore a backup."
        )
    if "readonly" in message or "read-only" in message or "permission" in message:
        return DatabaseError(
            f"The database {path} cannot be written ({original}). Check the file's permissions."
        )
    if "unable to open" in message:
        return DatabaseError(f"The database {path} cannot be opened ({original}).")
    return DatabaseError(f"The database {path} cannot be used: {original}")


def _check_file_before_opening(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"The database path {path} is a folder, not a file.")
    if not path.exists():
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseError(
            f"The database {path} cannot be read ({error.strerror}). Check the file's "
            "permissions. The file was not changed."
        ) from error
    if header and header != _SQLITE_MAGIC:
        raise DatabaseError(
            f"The file {path} is not a SQLite database (it may be damaged or be another kind "
            "of file). It was left untouched; choose another file with --db."
        )
    if not os.access(path, os.W_OK):
        raise DatabaseError(
            f"The database {path} is read-only for this user. Check the file's permissions. "
            "The file was not changed."
        )


def _inspect_existing_file(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    Raises ``DatabaseError`` for a file that belongs to another program or to a newer version.
    Returns ``None`` for a missing or empty file (a new database).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        connection.close()
    if revision is None and tables - {"sqlite_sequence", "alembic_version"}:
        raise DatabaseError(
            f"The database {path} holds tables but no Moderator schema version: it belongs to "
            "another program. It was left untouched; choose another file with --db."
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"The database {path} was written by a newer version of Moderator (schema "
            f"{revision}; this version knows up to {SCHEMA_HEAD}). Update Moderator. "
            "The file was not changed."
        )
    return revision


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


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database, or ``None`` before the first migration."""
    with read_only(engine).connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchall()
        if not tables:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def run_migrations(engine: Engine, target: str) -> None:
    """Upgrade the schema to ``target`` with the packaged Alembic migrations.

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
                command.upgrade(config, target)
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
