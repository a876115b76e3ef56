"""The server's database: SQLite file by default, PostgreSQL by URL; schema by Alembic.

Writes are serialised in-process for SQLite (one writer is all SQLite allows; a Python lock is
far cheaper than SQLite's busy-wait backoff). With PostgreSQL, row locks on the client's
high-water mark order concurrent pushes instead, so several workers may share one database;
the feed's versions become visible in their order (a lock taken by the feed's insert trigger,
migration ``s0009``), and a read sees one snapshot from its first statement to its last
(``REPEATABLE READ``): the newest version and the page it answers must agree, or a follower
would be handed a change twice.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine

from moderator.storage.database import configure_sqlite_engine, read_only
from moderator.storage.private_files import secure_database_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SERVER_BUSY_TIMEOUT_MS = 30_000


class ServerDatabase:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = (
            read_only(engine)
            if engine.dialect.name == "sqlite"
            else engine.execution_options(isolation_level="REPEATABLE READ")
        )
        self._write_lock = threading.Lock() if engine.dialect.name == "sqlite" else None

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (committed on success, rolled back on error)."""
        lock = self._write_lock or contextlib.nullcontext()
        with lock, self.engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def write_if_free(self) -> Iterator[Connection | None]:
        """A write transaction, or ``None`` at once when another write holds SQLite's lock:
        for bookkeeping that may wait for a later request (a token's last use)."""
        lock = self._write_lock
        if lock is not None and not lock.acquire(blocking=False):
            yield None
            return
        try:
            with self.engine.begin() as connection:
                yield connection
        finally:
            if lock is not None:
                lock.release()

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.reader.connect() as connection, connection.begin():
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def database_url(db: str) -> str:
    """A path becomes a SQLite URL; a URL (``postgresql+psycopg://…``) is used as it is."""
    return db if "://" in db else f"sqlite:///{Path(db).expanduser().resolve()}"


def open_server_database(db: str) -> ServerDatabase:
    """The database at ``db``, its schema brought up to date. Its errors never carry the
    statement's parameters (``hide_parameters``): a logged traceback must not hold names or
    gender. A SQLite file is its owner's alone (mode 0600, ``private_files``)."""
    url = database_url(db)
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        secure_database_file(path)
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        configure_sqlite_engine(engine, busy_timeout_ms=SERVER_BUSY_TIMEOUT_MS)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    upgrade_server_schema(engine)
    return ServerDatabase(engine)


def upgrade_server_schema(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
