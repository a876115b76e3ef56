"""One writer per database file: the console (or ``moderator import``) that opens a file first
holds an exclusive lock on it for its whole run.

Why: two consoles on one file both wrote, so the turn log diverged (two turns for one speaker,
overlapping times) and each window showed another clock. SQLite's own locking only serialises
single transactions; it cannot tell that a second *program* is working on the same meeting.

How, and why this way:

- An OS advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on a separate file next
  to the database, ``<db>.lock``. The OS drops it when the process ends, however it ends (a
  crash, ``kill -9``, a power cut), so a stale lock never keeps the chair out.
- A separate file, never the database: POSIX ``fcntl`` record locks on the database itself are
  dropped when *any* descriptor of that file in the process closes (SQLite opens and closes
  several), and SQLite uses such locks on it for its own purposes.
- The lock file holds the holder's pid and what it is (``console``, ``import``), so the one
  refused can say who holds the file. It is written only *after* the lock is taken, and read
  only by someone the lock refused: a stale pid left by a crash is never shown to anyone.
- The path is resolved first: ``./a.sqlite3`` and ``/home/chair/a.sqlite3`` (or a symlink to
  it) are one file and one lock.
- Released cleanly, the lock file is removed (under the lock), so a refused or finished start
  leaves the folder as it found it. A process that got the lock on a file just removed by the
  previous holder sees that the path no longer names its file and tries again.

No Qt here: ``moderator.app`` adds the "bring that window forward" conversation on top.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from moderator.storage.file_check import DatabaseError

#: Windows locks a byte range, and a locked range cannot be read by others: lock a byte far past
#: the holder's note, so the refused one can still read who holds the file.
_WINDOWS_LOCK_OFFSET = 1 << 20
_ATTEMPTS = 5


class AlreadyOpen(DatabaseError):
    """Another process holds the database; ``holder_pid``/``holder_kind`` say who (if known)."""

    def __init__(self, path: Path, holder_pid: int | None, holder_kind: str | None) -> None:
        self.path = path
        self.holder_pid = holder_pid
        self.holder_kind = holder_kind
        pid = f"pid {holder_pid}" if holder_pid is not None else "pid unknown"
        if holder_kind == "import":
            who = f"an import (moderator import, {pid})"
        else:
            who = f"another Moderator window ({pid})"
        super().__init__(f"This agenda ({path}) is already open in {who}.")


def lock_path_for(database: Path) -> Path:
    resolved = Path(database).expanduser().resolve()
    return resolved.with_name(resolved.name + ".lock")


class InstanceLock:
    """The exclusive hold on one database file; ``acquire`` it, ``release`` it when done."""

    def __init__(self, database: Path, fd: int, lock_path: Path) -> None:
        self.database = database
        self.lock_path = lock_path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Path, kind: str = "console") -> InstanceLock:
        """Take the lock or raise ``AlreadyOpen`` (naming the holder) at once, without waiting.

        Raises ``DatabaseError`` when the lock file cannot be created (a read-only folder: the
        database could not be written there either).
        """
        database = Path(database)
        lock_path = lock_path_for(database)
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                f"The folder of the database {database} cannot be created ({error.strerror})."
            ) from error
        for _attempt in range(_ATTEMPTS):
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise DatabaseError(
                    f"The lock file {lock_path} next to the database {database} cannot be "
                    f"created ({error.strerror}). Check the folder's permissions. "
                    "The database was not changed."
                ) from error
            try:
                locked = _try_lock(fd)
            except OSError as error:  # a file system without locks: not "open elsewhere"
                os.close(fd)
                raise DatabaseError(
                    f"The database {database} cannot be locked on this drive ({error.strerror}):"
                    " Moderator cannot make sure no other window writes it. Move it to a local"
                    " folder. The database was not changed."
                ) from error
            if not locked:
                holder_pid, holder_kind = _read_holder(fd)
                os.close(fd)
                raise AlreadyOpen(database, holder_pid, holder_kind)
            if _still_the_file(fd, lock_path):
                _write_holder(fd, kind)
                return cls(database, fd, lock_path)
            os.close(fd)  # the previous holder removed it as we took it: take the new one
        raise DatabaseError(f"The lock file {lock_path} keeps changing; try again.")

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go (idempotent). The lock file is removed while still held, then closed."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            _unlock_windows(fd)
            os.close(fd)
            # Fails when another process opened it meanwhile: it takes it over.
            with contextlib.suppress(OSError):
                self.lock_path.unlink(missing_ok=True)
            return
        # Fails in a folder made read-only since: the lock goes with the descriptor anyway.
        with contextlib.suppress(OSError):
            self.lock_path.unlink(missing_ok=True)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder(database: Path) -> AlreadyOpen | None:
    """Who holds ``database`` now (as the ``AlreadyOpen`` a start would get), or ``None``.

    For readers (``moderator check``) that must say "in use by a console" and must never stand
    in its way: the lock file exists only while held (or after a crash), so usually nothing is
    locked at all; a leftover file is probed with a shared lock let go at once.
    """
    database = Path(database)
    lock_path = lock_path_for(database)
    try:
        fd = os.open(lock_path, os.O_RDWR if sys.platform == "win32" else os.O_RDONLY)
    except OSError:
        return None  # no lock file: nobody holds it (or it cannot be read: nothing to say)
    try:
        if _try_probe(fd):
            return None
        holder_pid, holder_kind = _read_holder(fd)
        return AlreadyOpen(database, holder_pid, holder_kind)
    finally:
        os.close(fd)


def _try_probe(fd: int) -> bool:
    """Could the lock be taken (and was it let go again)? Never waits."""
    if sys.platform == "win32":
        if not _try_lock(fd):
            return False
        _unlock_windows(fd)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without locks: nobody can hold one there either
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock_windows(fd: int) -> None:  # pragma: no cover - Windows only
    import msvcrt

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    with contextlib.suppress(OSError):  # closing the descriptor unlocks it as well
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _still_the_file(fd: int, lock_path: Path) -> bool:
    """Does the path still name the file we locked (not removed by a releasing holder)?"""
    if sys.platform == "win32":
        return True  # an open file cannot be removed there
    try:
        on_disk = os.stat(lock_path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _write_holder(fd: int, kind: str) -> None:
    note = json.dumps({"pid": os.getpid(), "kind": kind}).encode() + b"\n"
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, note)  # no fsync: after a crash the note is never read (the lock is gone)


def _read_holder(fd: int) -> tuple[int | None, str | None]:
    """Who holds the lock, from their note; ``None`` when it is not written yet (they took the
    lock a moment ago) or unreadable."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        note = json.loads(data.decode("utf-8"))
        pid = note.get("pid")
        kind = note.get("kind")
        return (pid if isinstance(pid, int) else None, kind if isinstance(kind, str) else None)
    except (OSError, ValueError, AttributeError):
        return None, None
