"""The console's file dialogs never open the files they list, and do not start in the
database's folder.

A file dialog that opened the database (or its ``-wal``/``-shm``) to guess its type dropped all
of the console's SQLite locks on it (POSIX locks go with *any* descriptor closed), and the next
program to close the file deleted the console's live ``-wal``. Here the real dialogs list the
database's folder, offscreen, while the console's store holds its locks; the kernel (inotify,
``/proc/locks``) says what was opened and which locks remain.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget
from support.file_watch import OpenWatch, posix_locks, require_linux

from moderator.services.agenda.demo import load_demo
from moderator.storage.database import read_only
from moderator.storage.repository import Store
from moderator.ui.agenda.import_dialog import IMPORT_PURPOSE, import_file_filter
from moderator.ui.common import file_dialogs
from moderator.ui.common.file_dialogs import make_file_dialog, start_folder

DATABASE_FILES = ("day.sqlite", "day.sqlite-wal", "day.sqlite-shm")


@pytest.fixture
def console_database(tmp_path: Path, open_db):  # type: ignore[no-untyped-def]
    """A database in its own agenda folder, opened and written as the console does."""
    folder = tmp_path / "agenda"
    folder.mkdir()
    (folder / "agenda.csv").write_text("Session ID,Date\n", encoding="utf-8")
    (folder / "notes.txt").write_text("nothing\n", encoding="utf-8")
    path = folder / "day.sqlite"
    engine = open_db(path)
    load_demo(Store(engine), now_ms=1_700_000_000_000)
    return path, engine


def _list_folder(qtbot, dialog: QFileDialog, folder: Path) -> QFileSystemModel:  # type: ignore[no-untyped-def]
    """Show the dialog on ``folder`` and wait until its model has every file with its type."""
    dialog.setDirectory(str(folder))
    dialog.setNameFilter("All files (*)")
    model = dialog.findChild(QFileSystemModel)
    assert model is not None, "Qt's own dialog was not used"
    qtbot.addWidget(dialog)
    dialog.show()
    names = set(os.listdir(folder))

    def every_file_typed() -> bool:
        root = model.index(str(folder))
        rows = {
            model.fileName(model.index(row, 0, root)): model.type(model.index(row, 0, root))
            for row in range(model.rowCount(root))
        }
        return names <= set(rows) and all(rows[name] for name in names)

    qtbot.waitUntil(every_file_typed, timeout=10_000)
    return model


@pytest.mark.parametrize("save", [False, True], ids=["import", "report"])
def test_listing_the_database_folder_opens_no_database_file_and_keeps_its_locks(
    qtbot, console_database, save: bool
) -> None:  # type: ignore[no-untyped-def]
    require_linux()
    path, engine = console_database
    folder = path.parent
    with read_only(engine).connect() as connection:  # a read in progress, as the console's
        connection.exec_driver_sql("SELECT count(*) FROM sessions").fetchall()
        pid = os.getpid()
        locks_before = {name: posix_locks(folder / name, pid) for name in DATABASE_FILES[::2]}
        assert any(locks_before.values()), f"the console holds no lock to lose: {locks_before}"
        watch = OpenWatch(folder)
        try:
            dialog = make_file_dialog(
                None, IMPORT_PURPOSE, "Import", import_file_filter(), save=save
            )
            model = _list_folder(qtbot, dialog, folder)
            opened = watch.opened()
            types = {
                name: model.type(model.index(str(folder / name)))
                for name in ("agenda.csv", "day.sqlite-wal")
            }
            dialog.reject()
        finally:
            watch.close()
        locks_after = {name: posix_locks(folder / name, pid) for name in DATABASE_FILES[::2]}
    assert not [name for name in opened if name in DATABASE_FILES], (
        f"the dialog opened the database's files while listing their folder: {opened}"
    )
    assert locks_after == locks_before, (
        f"the console's SQLite locks changed: before {locks_before}, after {locks_after}"
    )
    assert types["agenda.csv"] not in ("", "File"), types  # types still come from the name
    assert types["day.sqlite-wal"] == "File", types


def test_a_dialog_starts_in_documents_not_the_current_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    agenda = tmp_path / "agenda"
    agenda.mkdir()
    monkeypatch.chdir(agenda)  # where `moderator --db ./day.sqlite` was started
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = make_file_dialog(parent, "import", "Import", import_file_filter())
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    assert start_folder("report") == home / "Documents"


def test_a_dialog_starts_where_the_same_task_chose_a_file_last_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports = tmp_path / "exports"
    exports.mkdir()
    chosen = exports / "report.pdf"
    dialog = make_file_dialog(None, "report", "Export", "PDF (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(exports))
    dialog.selectFile(str(chosen))

    QTimer.singleShot(0, dialog.accept)  # runs once the dialog's own loop runs
    assert file_dialogs.run_file_dialog(dialog, "report") == chosen
    assert QSettings().value("fileDialogs/report") == str(exports)
    assert start_folder("report") == exports
    assert start_folder("import") != exports  # per task: the import still starts elsewhere


def test_every_file_dialog_of_the_console_is_made_here(repo_root: Path) -> None:
    """A dialog made elsewhere (``QFileDialog.getOpenFileName``) would sniff the database's
    files again: only ``ui/common/file_dialogs.py`` may use Qt's file dialog and model."""
    allowed = repo_root / "moderator" / "ui" / "common" / "file_dialogs.py"
    users = [
        str(path.relative_to(repo_root))
        for path in (repo_root / "moderator").rglob("*.py")
        if path != allowed
        and any(
            name in path.read_text(encoding="utf-8") for name in ("QFileDialog", "QFileSystemModel")
        )
    ]
    assert users == [], f"file dialogs made outside ui/common/file_dialogs.py: {users}"


def test_a_dialog_takes_room_on_the_screen_and_offers_the_usual_places(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialog opened at about 630×410 with a sidebar cut to 'Co…': it takes three
    quarters of the free screen (at most 960×600) and lists home and Documents as places."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = make_file_dialog(parent, "import", "Import", import_file_filter())
    qtbot.addWidget(dialog)
    free = parent.screen().availableGeometry()
    assert dialog.width() == min(960, free.width() * 3 // 4)
    assert dialog.height() == min(600, free.height() * 3 // 4)
    places = [Path(url.toLocalFile()) for url in dialog.sidebarUrls()]
    assert places[:2] == [home, home / "Documents"]
