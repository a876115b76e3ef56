"""Every reader of a live database reads it read-only and never removes its ``-wal``/``-shm``.

The worst case: the console holds the file's instance lock and writes it, but its process has
lost its SQLite (POSIX) locks on it, as happened when a file dialog opened and closed the
database: closing any descriptor of a file drops all the process's locks on it. A reader that
may write then believes it is the file's last user and, on closing, checkpoints and deletes the
``-wal`` and ``-shm``; the console's next commits go to a deleted file and are lost. Here each
real reader command runs in its own process against such a console; afterwards the very same
``-wal`` and ``-shm`` (same inodes) are in place, and a commit the console makes after them is
in the file as a fresh process reads it. ``moderator check`` names the console holding the file;
``moderator import`` is refused without touching it, and its dry run reads a copy.

The first test keeps the experiment the design rests on (SQLite's own behaviour): a ``mode=ro``
connection cannot remove them, a read-write one does.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.file_watch import posix_locks, require_linux

from moderator.storage.instance_lock import InstanceLock

pytestmark = pytest.mark.e2e

COMPANIONS = ("-wal", "-shm")


@dataclass
class LostLocksConsole:
    """A writer that holds the instance lock and whose SQLite locks on the file were dropped."""

    path: Path
    writer: sqlite3.Connection
    companions: dict[str, int]  # suffix -> inode

    def commit_title(self, title: str) -> None:
        self.writer.execute("UPDATE meetings SET title = ?", (title,))

    def assert_companions_kept(self, after: str) -> None:
        for suffix, inode in self.companions.items():
            companion = self.path.with_name(self.path.name + suffix)
            assert companion.exists(), f"{after} removed the live {companion.name}"
            assert companion.stat().st_ino == inode, f"{after} replaced the live {companion.name}"


def _fresh_process_titles(path: Path) -> list[str]:
    """The meetings' titles as a new process reads the file (read-only, nothing left open)."""
    code = (
        "import sqlite3, sys, json\n"
        "c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n"
        "print(json.dumps([r[0] for r in c.execute('SELECT title FROM meetings')]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def lost_locks_console(tmp_path: Path) -> Iterator[LostLocksConsole]:
    require_linux()
    from moderator.services.agenda.demo import load_demo
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    folder = tmp_path / "agenda"
    folder.mkdir()
    path = folder / "day.sqlite"
    engine = open_database(path)
    load_demo(Store(engine), int(time.time() * 1000))
    engine.dispose()
    with InstanceLock.acquire(path, "console"):
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("UPDATE meetings SET title = 'Before the readers'")
        assert posix_locks(path, os.getpid()), "the writer holds no SQLite lock to lose"
        os.close(os.open(path, os.O_RDONLY))  # what the file dialog did
        assert posix_locks(path, os.getpid()) == [], "closing a descriptor kept the locks?"
        companions = {s: path.with_name(path.name + s).stat().st_ino for s in COMPANIONS}
        try:
            yield LostLocksConsole(path, writer, companions)
        finally:
            writer.close()


@pytest.mark.parametrize("read_write", [False, True], ids=["mode=ro", "read-write"])
def test_sqlite_lets_only_a_read_write_connection_remove_a_live_wal(
    lost_locks_console: LostLocksConsole, read_write: bool
) -> None:
    console = lost_locks_console
    target = str(console.path) if read_write else f"file:{console.path}?mode=ro"
    code = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], uri=True)\n"
    code += "c.execute('SELECT count(*) FROM meetings').fetchall()\nc.close()\n"
    subprocess.run([sys.executable, "-c", code, target], check=True, timeout=30)
    console.commit_title("After the reader")
    titles = _fresh_process_titles(console.path)
    if read_write:  # why no reader of ours may ever open a live file read-write
        assert titles == ["Before the readers"], titles
    else:
        console.assert_companions_kept("a mode=ro reader")
        assert titles == ["After the reader"], titles


def test_check_export_and_report_keep_a_live_wal_and_name_the_console(
    lost_locks_console: LostLocksConsole, run_moderator, tmp_path: Path
) -> None:
    console = lost_locks_console
    db = console.path
    session_id = (
        sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        .execute("SELECT id FROM sessions")
        .fetchone()[0]
    )
    readers = {
        "moderator check": ("check", "--offline", "--db", db),
        "moderator export": ("export", "--format", "json", "--db", db),
        "moderator export-agenda": ("export-agenda", "--format", "csv", "--db", db),
        "moderator report": (
            "report", "--session", session_id, "-o", tmp_path / "r.csv", "--db", db,
        ),
    }  # fmt: skip
    sample = Path(__file__).parents[1] / "data" / "samples" / "pretalx-democon.schedule.json"
    readers["moderator import --dry-run"] = ("import", sample, "--dry-run", "--db", db)
    readers["moderator import (refused)"] = ("import", sample, "--db", db)
    outputs = {}
    for number, (name, args) in enumerate(readers.items()):
        result = run_moderator(*args)
        expected = (2,) if name.endswith("(refused)") else (0, 1)
        assert result.returncode in expected, f"{name}: {result.returncode}\n{result.stderr}"
        outputs[name] = result.stdout + result.stderr
        console.assert_companions_kept(name)
        console.commit_title(f"After {name}")
        assert _fresh_process_titles(db) == [f"After {name}"], (
            f"the console's commit after {name} is not in the file (reader {number + 1})"
        )
    assert f"another Moderator window (pid {os.getpid()})" in outputs["moderator import (refused)"]
    check = outputs["moderator check"]
    assert f"open in a Moderator console (pid {os.getpid()})" in check, check
    assert "locked" not in check.lower(), check
