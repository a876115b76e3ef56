"""The databases hold names and gender: their files are readable by their owner alone.

New files (and SQLite's ``-wal``/``-shm`` beside them) are created 0600 whatever the umask;
a file found wider, as older versions made them, is tightened and the change logged. Checked
on the console's database and on the reference server's, each opened as in production.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from moderator.server.cli import main as server_main
from moderator.server.database import open_server_database


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (files 0644 unless the code says otherwise)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def database_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_a_new_console_database_and_its_wal_are_private(
    db_path: Path, open_db: Callable[[Path], Engine]
):
    engine = open_db(db_path)
    with engine.begin() as connection:  # a write: the -wal and -shm exist while it is open
        connection.execute(text("CREATE TABLE probe (x)"))
    files = database_files(db_path)
    assert len(files) == 3
    assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}


def test_a_console_database_readable_by_others_is_tightened_and_said(
    db_path: Path, open_db: Callable[[Path], Engine], caplog: pytest.LogCaptureFixture
):
    open_db(db_path).dispose()
    for file in database_files(db_path):
        file.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="moderator.storage"):
        open_db(db_path)
    assert mode(db_path) == 0o600
    assert all(mode(f) == 0o600 for f in database_files(db_path))
    said = [r.getMessage() for r in caplog.records if str(db_path) in r.getMessage()]
    assert said and "was readable by other users (mode 0644)" in said[0]


def test_the_servers_new_database_and_its_wal_are_private(tmp_path: Path):
    path = tmp_path / "server.sqlite3"
    db = open_server_database(str(path))
    try:
        with db.write() as connection:
            connection.execute(text("CREATE TABLE probe (x)"))
        files = database_files(path)
        assert len(files) == 3
        assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
    finally:
        db.dispose()


def test_create_token_on_a_fresh_server_database_leaves_it_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "folder" / "moderator-server.sqlite3"
    code = server_main(
        ["create-token", "--role", "staff", "--meeting", "day", "--new-meeting", "--db", str(path)]
    )
    assert code == 0
    assert mode(path) == 0o600


def test_a_server_database_readable_by_others_is_tightened_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    path = tmp_path / "server.sqlite3"
    open_server_database(str(path)).dispose()
    path.chmod(0o664)
    with caplog.at_level(logging.WARNING, logger="moderator.storage"):
        open_server_database(str(path)).dispose()
    assert mode(path) == 0o600
    assert any("(mode 0664)" in r.getMessage() for r in caplog.records)


def test_the_backup_taken_before_an_upgrade_is_private_too(
    db_path: Path, open_db: Callable[[Path], Engine]
):
    from test_migrations import make_database_at

    from moderator.storage.database import KNOWN_REVISIONS

    make_database_at(db_path, KNOWN_REVISIONS[0])
    db_path.chmod(0o644)  # as an older version left it
    open_db(db_path)
    (backup,) = [p for p in db_path.parent.iterdir() if "before-upgrade" in p.name]
    assert mode(backup) == 0o600
    assert mode(db_path) == 0o600
