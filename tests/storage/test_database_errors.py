"""Files that are not a usable Moderator database: a clear DatabaseError, and the file untouched."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

import moderator.storage.database as database
from moderator.services.agenda.demo import load_demo
from moderator.storage.database import DatabaseError, open_database
from moderator.storage.repository import Store

T0 = 1_764_316_800_000
NOBODY = 65534


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_moderator_database(path: Path) -> str:
    """A real, closed Moderator database with the demo meeting; returns the meeting id."""
    engine = open_database(path)
    try:
        return load_demo(Store(engine), T0).meeting.id
    finally:
        engine.dispose()


def assert_opens_with_meeting(path: Path, meeting_id: str) -> None:
    engine = open_database(path)
    try:
        store = Store(engine)
        assert [m.id for m in store.meetings()] == [meeting_id]
        [session] = store.sessions(meeting_id)
        assert store.load_session_state(session.id).entries
    finally:
        engine.dispose()


def test_garbage_bytes_are_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Minutes of the last meeting, not a database.\n" * 200)
    before = fingerprint(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    message = str(info.value)
    assert str(path) in message
    assert "untouched" in message
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]  # no -wal, -shm


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as other:  # default rollback-journal mode
        other.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO foo (name) VALUES ('keep me')")
        other.commit()
    before = fingerprint(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    message = str(info.value)
    assert str(path) in message
    assert "another program" in message and "untouched" in message
    with contextlib.closing(sqlite3.connect(path)) as other:
        assert other.execute("SELECT name FROM foo").fetchall() == [("keep me",)]
        journal_mode = other.execute("PRAGMA journal_mode").fetchone()[0]
    assert journal_mode == "delete", "open_database switched the other program's file to WAL"
    assert fingerprint(path) == before, "the other program's file was modified"


def test_a_directory_is_refused(tmp_path):
    path = tmp_path / "folder.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert list(path.iterdir()) == []


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "moderator.sqlite3"
    make_moderator_database(path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = fingerprint(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    message = str(info.value)
    assert str(path) in message
    assert "newer version" in message
    assert "9999" in message
    assert fingerprint(path) == before
    # No upgrade backup was taken either: nothing was about to be changed.
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]


def test_a_locked_database_is_reported_and_opens_once_released(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "moderator.sqlite3"
    meeting_id = make_moderator_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE meetings SET title = 'half-written by the other program'")
        with pytest.raises(DatabaseError) as info:
            open_database(path)
        message = str(info.value)
        assert str(path) in message
        assert "locked" in message
        assert "another program" in message  # what the chair's assistant should look for
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert_opens_with_meeting(path, meeting_id)


def test_a_truncated_database_is_refused_and_left_untouched(tmp_path):
    original = tmp_path / "original.sqlite3"
    make_moderator_database(original)
    data = original.read_bytes()
    assert data.startswith(b"SQLite format 3\x00") and len(data) > 8192
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(data[: len(data) // 2])  # the header survives, half the pages do not
    before = fingerprint(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert fingerprint(path) == before


# --- unreadable file: as root, permissions do not apply, so open it as "nobody" (65534) -----------

_OPEN_AND_REPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from moderator.storage.database import DatabaseError, open_database
    try:
        open_database(Path(sys.argv[1]))
    except DatabaseError as error:
        sys.exit(f"DatabaseError: {error}")
    print("opened")
    """
)


def _as_unprivileged(repo_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the venv python as uid 65534 when we are root, else as ourselves."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv is not None
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*prefix, sys.executable, *args],
        cwd=repo_root,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": str(repo_root),
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def world_accessible_dir():
    """A fresh directory that uid 65534 can enter (pytest's tmp_path is private to root)."""
    directory = Path(tempfile.mkdtemp(prefix="moderator-perm-"))
    try:
        directory.chmod(0o755)
        yield directory
    finally:
        shutil.rmtree(directory)


def test_an_unreadable_file_is_reported_naming_path_and_permissions(
    repo_root, world_accessible_dir
):
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed: cannot run as an unprivileged user")
    uid = NOBODY if os.geteuid() == 0 else os.geteuid()
    probe = _as_unprivileged(repo_root, "-c", "import moderator.storage.database")
    if probe.returncode != 0:
        pytest.skip(
            f"the venv python {sys.executable} cannot run moderator as uid {uid}: "
            f"{probe.stderr.strip()[-500:]}"
        )

    path = world_accessible_dir / "moderator.sqlite3"
    make_moderator_database(path)
    before = fingerprint(path)
    path.chmod(0)
    try:
        # Check the setup really denies access, so a pass means something.
        denied = _as_unprivileged(repo_root, "-c", f"open({str(path)!r}, 'rb')")
        assert denied.returncode != 0 and "PermissionError" in denied.stderr

        result = _as_unprivileged(repo_root, "-c", _OPEN_AND_REPORT, str(path))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    assert "DatabaseError:" in result.stderr
    assert str(path) in result.stderr
    assert "permission" in result.stderr.lower()
    assert fingerprint(path) == before
