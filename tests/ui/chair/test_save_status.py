"""After a write fails, the status bar says which action was NOT saved until one is saved again.

The fault is real: the process may not write past the end of any file (``RLIMIT_FSIZE`` 0,
what a full drive does to a growing file), so SQLite's append to the ``-wal`` fails with a
disk I/O error while the chair presses the key; the limit is lifted right after that key. The
file is read back by a fresh connection: the status line agrees with what is on disk.
"""

from __future__ import annotations

import contextlib
import logging
import resource
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from conftest import Console


@contextlib.contextmanager
def no_file_may_grow() -> Iterator[None]:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def _turns_in_file(console: Console) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{console.path}?mode=ro", uri=True)) as c:
        return c.execute("SELECT count(*) FROM turns").fetchone()[0]


def test_a_failed_write_shows_not_saved_and_which_until_a_write_succeeds(
    console: Console, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="moderator")
    label = console.window.database_label
    assert label.full_text() == f"Saved locally: {console.path}"
    first = console.service.state.next_entry()
    assert first is not None

    with no_file_may_grow():
        qtbot.keyClick(console.window, Qt.Key.Key_N)  # give the floor: its commit fails

    assert console.service.state.current_entry_id is None, "an unsaved action is on screen"
    assert _turns_in_file(console) == 0
    name = console.service.state.participant_of(first).name
    assert label.full_text() == f"NOT SAVED: “Floor to {name}” (disk I/O error)"
    assert "was not saved" in label.toolTip() and str(console.path) in label.toolTip()
    assert console.window.error_banner.isVisible()
    failed = [r for r in caplog.records if r.getMessage().startswith("command not saved")]
    assert len(failed) == 1
    message = failed[0].getMessage()  # what stderr says: which command, which action, why
    assert "give_floor" in message and f"Floor to {name}" in message and "disk I/O" in message

    qtbot.keyClick(console.window, Qt.Key.Key_N)  # the same key again: now it is saved

    assert console.service.state.current_entry_id == first.id
    assert _turns_in_file(console) == 1
    assert label.full_text() == f"Saved locally: {console.path}"
    assert not console.window.error_banner.isVisible()


def test_a_refused_action_does_not_clear_not_saved(console: Console, qtbot: QtBot) -> None:
    """Only a write that succeeds proves saving works again; a refusal writes nothing."""
    with no_file_may_grow():
        qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert console.window.database_label.full_text().startswith("NOT SAVED")
    qtbot.keyClick(console.window, Qt.Key.Key_Space)  # nobody has the floor: refused
    assert console.window.database_label.full_text().startswith("NOT SAVED")
