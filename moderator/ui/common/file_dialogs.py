"""File dialogs that never open the files they list, starting in a folder chosen for the task.

Why: a file dialog listing the folder of the open database used to open and close the database
and its ``-wal``/``-shm`` files to guess their types from their content. Closing *any*
descriptor of a file drops *all* of the process's POSIX locks on it, and SQLite's locks are such
locks: the console then looked unused to every other program, and the next one to close the
file (``moderator check`` before this was fixed, the ``sqlite3`` shell) deleted the live
``-wal`` and ``-shm`` under the chair. Actions after that failed ("disk I/O error") or were
lost at the next crash.

So:

- Qt's own dialog, always: the platform's dialog (GTK's, in this process) guesses types from the
  content as well, and it cannot be told not to.
- ``NameOnlyIconProvider``: icons and type names from the file's *name* only (its extension),
  never from its content; the model asks it from its gatherer thread, so it only hands out
  icons made beforehand.
- It starts in the folder last used for the same task (import, report, …), else Documents,
  else the home folder — never the current folder, where ``moderator --db ./day.sqlite`` keeps
  the database.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QAbstractFileIconProvider, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QStyle, QWidget

log = logging.getLogger(__name__)

_SETTINGS_GROUP = "fileDialogs"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name alone: no file is ever opened to decide them."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._link = style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
        self._mime = QMimeDatabase()

    def icon(self, what):  # type: ignore[no-untyped-def, override]
        if not isinstance(what, QFileInfo):  # an icon type (computer, drive, …)
            return self._folder if what == QAbstractFileIconProvider.IconType.Folder else self._file
        if what.isDir():
            return self._folder
        return self._link if what.isSymLink() else self._file

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return "Folder"
        # By the name's extension only; matching by content would open the file.
        for mime in self._mime.mimeTypesForFileName(info.fileName()):
            return mime.comment() or mime.name()
        return "File"


def start_folder(purpose: str) -> Path:
    """Where a dialog for ``purpose`` opens: the folder last used for it, else Documents, else
    the home folder. Never the current folder (it is often the database's)."""
    remembered = str(QSettings().value(f"{_SETTINGS_GROUP}/{purpose}", "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(purpose: str, folder: Path) -> None:
    QSettings().setValue(f"{_SETTINGS_GROUP}/{purpose}", str(folder))


def make_file_dialog(
    parent: QWidget | None,
    purpose: str,
    title: str,
    name_filter: str,
    *,
    save: bool = False,
    suggested_name: str = "",
) -> QFileDialog:
    """A dialog to open (or, with ``save``, to save) one file; not shown yet."""
    dialog = QFileDialog(parent, title, str(start_folder(purpose)), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.icon_provider = provider  # the dialog does not own it: keep it alive with the dialog
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suggested_name:
            dialog.selectFile(suggested_name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _fit_to_screen(dialog, parent)
    places = [Path.home(), start_folder(purpose)]
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            places.append(Path(folder))
    unique = list(dict.fromkeys(places))
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(folder)) for folder in unique])
    model = dialog.findChild(QFileSystemModel)
    if model is not None:  # support and tests see which folder was read, and when
        model.directoryLoaded.connect(
            lambda folder: log.info(
                "file dialog listed a folder", extra={"purpose": purpose, "folder": folder}
            )
        )
    return dialog


def _fit_to_screen(dialog: QFileDialog, parent: QWidget | None) -> None:
    """Qt's own dialog opens at about 630×410, which cuts the places and the names of an
    agenda folder: three quarters of the screen's free area instead, at most 960×600."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    dialog.resize(min(960, free.width() * 3 // 4), min(600, free.height() * 3 // 4))


def run_file_dialog(dialog: QFileDialog, purpose: str) -> Path | None:
    """Show ``dialog`` (modal); the chosen file, or ``None``. The folder is remembered."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    if not chosen:
        return None
    path = Path(chosen[0])
    remember_folder(purpose, path.parent)
    return path


def choose_file_to_open(
    parent: QWidget | None, purpose: str, title: str, name_filter: str
) -> Path | None:
    return run_file_dialog(make_file_dialog(parent, purpose, title, name_filter), purpose)


def choose_file_to_save(
    parent: QWidget | None, purpose: str, title: str, name_filter: str, suggested_name: str
) -> Path | None:
    dialog = make_file_dialog(
        parent, purpose, title, name_filter, save=True, suggested_name=suggested_name
    )
    return run_file_dialog(dialog, purpose)
