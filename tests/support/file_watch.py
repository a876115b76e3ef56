"""What happens to a database's files, seen from outside the code under test (Linux only).

- ``OpenWatch(folder)``: every ``open`` of a file in ``folder`` by *any* process, from the
  kernel's inotify (``IN_OPEN``), so a test can say "nobody opened day.sqlite-wal meanwhile"
  without tracing or mocking.
- ``posix_locks(path, pid)``: the POSIX (``fcntl``) locks ``pid`` holds on ``path``, from
  ``/proc/locks`` by inode: SQLite's locks, which closing any descriptor of the file drops.
- ``flock_holders(path)``: the pids holding an ``flock`` on ``path``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

import pytest

_IN_OPEN = 0x00000020
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_EVENT = struct.Struct("iIII")


def require_linux() -> None:
    if not sys.platform.startswith("linux") or not Path("/proc/locks").exists():
        pytest.skip("inotify and /proc/locks are Linux's")


class OpenWatch:
    """Names of the files opened in ``folder`` since the watch started (or was last read)."""

    def __init__(self, folder: Path) -> None:
        require_linux()
        self._libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._fd = self._libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        watch = self._libc.inotify_add_watch(self._fd, str(folder).encode(), _IN_OPEN)
        if watch < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")

    def opened(self) -> list[str]:
        """The names opened since the last call, in order (a name once per open)."""
        names: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset : offset + length].rstrip(b"\0").decode("utf-8", "replace")
                offset += length
                if mask & _IN_OPEN and name:
                    names.append(name)

    def close(self) -> None:
        os.close(self._fd)


def _locks_on(path: Path) -> list[list[str]]:
    require_linux()
    stat = os.stat(path)
    device = f"{os.major(stat.st_dev):02x}:{os.minor(stat.st_dev):02x}:{stat.st_ino}"
    rows = []
    with open("/proc/locks") as locks:
        for line in locks:
            fields = line.split()
            if "->" in fields:  # a waiter, not a holder
                continue
            if len(fields) >= 6 and fields[5] == device:
                rows.append(fields)
    return rows


def posix_locks(path: Path, pid: int) -> list[str]:
    """The POSIX locks ``pid`` holds on ``path``, as "READ 1073741826 1073742335"."""
    return sorted(
        " ".join([f[3], *f[6:8]]) for f in _locks_on(path) if f[1] == "POSIX" and f[4] == str(pid)
    )


def flock_holders(path: Path) -> set[int]:
    return {int(f[4]) for f in _locks_on(path) if f[1] == "FLOCK"}
