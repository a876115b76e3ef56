"""Database files readable by their owner alone (mode 0600).

The console's database and the backend's hold names and, for the balance report, gender: on a
shared machine (a venue's laptop, a server with several accounts) nobody else may read them.
A new file is created 0600 before SQLite opens it; SQLite gives its ``-wal`` and ``-shm`` the
database's own mode. A file found wider (made by an older version, or copied) is tightened and
the change logged: a warning alone would be read by nobody at 7 a.m., and the owner loses
nothing. A file this user may not change the mode of is only warned about.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

PRIVATE_MODE = 0o600
#: Files SQLite keeps beside a database, with the same content.
COMPANIONS = ("-wal", "-shm", "-journal")

log = logging.getLogger("moderator.storage")


def secure_database_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it is absent (an empty file is an empty SQLite
    database); tighten it and its companions if they are readable by others."""
    create_private(path)
    for file in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        tighten(file)


def create_private(path: Path) -> None:
    """An empty file with mode 0600, unless one is there already."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)


def tighten(path: Path) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if not mode & 0o077:
        return
    try:
        os.chmod(path, mode & 0o700)
    except OSError as error:
        log.warning(
            "%s is readable by other users (mode %04o) and cannot be made private: %s",
            path,
            mode,
            error.strerror,
            extra={"path": str(path), "mode": f"{mode:04o}"},
        )
        return
    log.warning(
        "%s was readable by other users (mode %04o); now by its owner alone (%04o)",
        path,
        mode,
        mode & 0o700,
        extra={"path": str(path), "mode": f"{mode:04o}"},
    )
