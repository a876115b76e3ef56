"""Checks of the database file that need no SQLAlchemy: is it ours, which schema, is it free.

Kept apart from ``database`` so that the console's start-up can decide, with the standard
``sqlite3`` module alone, whether the fast path (schema current, file writable) applies, and
paint the window before SQLAlchemy is even imported.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

#: The newest migration revision. ``tests/storage/test_migrations.py`` checks it equals Alembic's
#: head.
SCHEMA_HEAD = "0011"
KNOWN_REVISIONS = (
    *("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"),
    "0011",
)
BUSY_TIMEOUT_MS = 3000
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """The database file cannot be used; the message says which file, what is wrong, what to do."""


def default_database_path() -> Path:
    """Where the console keeps its data unless ``--db`` says otherwise (per platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Moderator", appauthor=False)) / "moderator.sqlite3"


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
    if "full" in message:
        return DatabaseError(
            f"The disk of the database {path} is full ({original}). Free some space; "
            "nothing was changed."
        )
    if "disk i/o" in message:
        return DatabaseError(
            f"The database {path} could not be written ({original}): its drive may be full, "
            "removed or failing. Nothing was changed."
        )
    if "unable to open" in message:
        return DatabaseError(f"The database {path} cannot be opened ({original}).")
    return DatabaseError(f"The database {path} cannot be used: {original}")


def check_file_before_opening(path: Path) -> None:
    """For writing: what ``check_file_before_reading`` refuses, and a file this user cannot
    write."""
    check_file_before_reading(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(
            f"The database {path} is read-only for this user. Check the file's permissions. "
            "The file was not changed."
        )


def check_file_before_reading(path: Path) -> None:
    """A folder, an unreadable file or one that is not SQLite at all, said plainly."""
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


def inspect_existing_file(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    Raises ``DatabaseError`` for a file that belongs to another program or to a newer version.
    Returns ``None`` for a missing or empty file (a new database).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {companion: companion.exists() for companion in companions}
    try:
        return _read_revision(path)
    except DatabaseError:
        # Reading a WAL-mode file creates its -wal and -shm companions. Nobody else had the
        # file open (they did not exist), so remove what this refused look left behind.
        for companion, was_there in existed.items():
            if not was_there and companion.exists():
                companion.unlink(missing_ok=True)
        raise


def _read_revision(path: Path) -> str | None:
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


def probe_write_lock(path: Path) -> None:
    """Take and release the write lock once (another writer is reported now, not at the
    chair's first keystroke; in WAL mode a writer does not keep readers out)."""
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise explain_sqlite_error(path, error) from error
