"""One writer per database file: the instance lock (issue 12: two consoles on one file both wrote,
the turn log diverged and each window showed another clock).

The holder in another process is a real Python process that takes the lock and then waits on its
stdin; every wait here is a blocking read of its output, never a sleep.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator.storage.instance_lock import AlreadyOpen, InstanceLock, lock_path_for
from moderator.storage.instance_lock import holder as holder_of

HOLDER = """
import sys
from pathlib import Path
from moderator.storage.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]), sys.argv[2])
print("holding", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


class Holder:
    """Another process holding the lock on ``db`` until told to let go (or killed)."""

    def __init__(self, db: Path, kind: str = "console") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db), kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.expect("holding")

    @property
    def pid(self) -> int:
        return self.process.pid

    def expect(self, word: str) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()  # blocks until the holder got there
        assert line == word, f"the holder said {line!r}, not {word!r} (exit {self.process.poll()})"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.expect("released")

    def kill9(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        holder.close()


def test_a_second_lock_on_the_same_file_is_refused_naming_the_file_and_the_holder(
    tmp_path: Path, holders: list[Holder]
) -> None:
    db = tmp_path / "meeting.sqlite3"
    holder = Holder(db)
    holders.append(holder)

    with pytest.raises(AlreadyOpen) as refused:
        InstanceLock.acquire(db)

    message = str(refused.value)
    assert str(db) in message
    assert f"pid {holder.pid}" in message
    assert "already open in another Moderator window" in message
    assert refused.value.holder_pid == holder.pid
    assert not db.exists(), "the refused attempt created the database"


def test_the_same_file_by_another_path_is_the_same_lock(
    tmp_path: Path, holders: list[Holder], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "data" / "meeting.sqlite3"
    db.parent.mkdir()
    holders.append(Holder(db))
    (tmp_path / "link").symlink_to(db.parent)
    monkeypatch.chdir(tmp_path)

    for other_spelling in (Path("data/meeting.sqlite3"), tmp_path / "link" / "meeting.sqlite3"):
        with pytest.raises(AlreadyOpen):
            InstanceLock.acquire(other_spelling)


def test_an_import_holding_the_file_is_named_as_such(tmp_path: Path, holders: list[Holder]) -> None:
    db = tmp_path / "meeting.sqlite3"
    holder = Holder(db, "import")
    holders.append(holder)

    with pytest.raises(AlreadyOpen, match=rf"an import \(moderator import, pid {holder.pid}\)"):
        InstanceLock.acquire(db)


def test_the_lock_is_free_again_when_the_holder_lets_go(
    tmp_path: Path, holders: list[Holder]
) -> None:
    db = tmp_path / "meeting.sqlite3"
    holder = Holder(db)
    holders.append(holder)
    holder.release()

    lock = InstanceLock.acquire(db)
    try:
        assert json.loads(lock_path_for(db).read_text()) == {"pid": os.getpid(), "kind": "console"}
    finally:
        lock.release()
    assert list(tmp_path.iterdir()) == [], "a released lock leaves nothing next to the database"


def test_the_lock_is_free_again_after_the_holder_is_killed(
    tmp_path: Path, holders: list[Holder]
) -> None:
    db = tmp_path / "meeting.sqlite3"
    holder = Holder(db)
    holders.append(holder)
    holder.kill9()
    assert lock_path_for(db).exists(), "a killed holder cannot clean up (the OS frees the lock)"

    lock = InstanceLock.acquire(db)  # not refused by the stale file
    try:
        with pytest.raises(AlreadyOpen, match=rf"pid {os.getpid()}\b"):
            InstanceLock.acquire(db)  # the stale pid is never shown: ours replaced it
    finally:
        lock.release()


def test_within_one_process_a_second_lock_is_refused_too_and_release_is_idempotent(
    tmp_path: Path,
) -> None:
    db = tmp_path / "meeting.sqlite3"
    with InstanceLock.acquire(db) as lock:
        assert lock.held
        with pytest.raises(AlreadyOpen):
            InstanceLock.acquire(db)
    assert not lock.held
    lock.release()
    InstanceLock.acquire(db).release()


def test_a_lock_file_that_cannot_be_created_is_a_clear_database_error(tmp_path: Path) -> None:
    """Not mistaken for "open elsewhere": the message names the lock file and the database."""
    from moderator.storage.file_check import DatabaseError

    db = tmp_path / "meeting.sqlite3"
    lock_path_for(db).mkdir()  # in the way of the lock file (as a read-only folder would be)

    with pytest.raises(DatabaseError, match="lock file") as refused:
        InstanceLock.acquire(db)
    assert not isinstance(refused.value, AlreadyOpen)
    assert str(db) in str(refused.value)


@pytest.mark.skipif(sys.platform == "win32", reason="flock is the POSIX lock")
def test_a_drive_without_locks_is_said_so_not_taken_for_another_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import fcntl

    from moderator.storage.file_check import DatabaseError

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(fcntl, "flock", no_locks)
    db = tmp_path / "meeting.sqlite3"
    with pytest.raises(DatabaseError, match="cannot be locked on this drive") as refused:
        InstanceLock.acquire(db)
    assert not isinstance(refused.value, AlreadyOpen)
    assert str(db) in str(refused.value)


def test_a_reader_learns_who_holds_the_file_without_taking_or_blocking_the_lock(
    tmp_path: Path, holders: list[Holder]
) -> None:
    """``moderator check`` says "open in a Moderator console (pid …)"; asking never keeps a
    console out, and a file left by a killed holder is not taken for a holder."""
    db = tmp_path / "meeting.sqlite3"
    assert holder_of(db) is None  # no lock file at all
    console = Holder(db)
    holders.append(console)

    held = holder_of(db)
    assert held is not None and (held.holder_pid, held.holder_kind) == (console.pid, "console")
    console.kill9()
    assert lock_path_for(db).exists()
    assert holder_of(db) is None, "the stale file of a killed console was taken for a holder"
    with InstanceLock.acquire(db):  # asking left the lock free
        pass
