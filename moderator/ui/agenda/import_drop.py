"""Dropping an agenda file on the window opens the import dialog.

Kept apart from ``import_dialog`` so that the main window can accept drops without importing
the importers and SQLAlchemy before its first paint (start-up time): the dialog module loads
only when a file is actually dropped or chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def importable_path(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local file of a supported kind that a drag carries, else ``None``."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    from moderator.importers import EXTENSIONS

    return path if path.suffix.lower() in EXTENSIONS else None


class ImportDropFilter(QObject):
    """Accepts drops of one agenda file on the watched widget and hands over its path.

    ``open_file(path)`` decides what a dropped file means (the console previews an import).
    The widget must accept drops
    (``setAcceptDrops(True)``); other drags (text, several files, unknown kinds) are left alone.
    """

    def __init__(self, parent: QObject, open_file: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if importable_path(event) is not None:  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
            return False
        if kind == QEvent.Type.Drop:
            path = importable_path(event)  # type: ignore[arg-type]
            if path is None:
                return False
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self._open_file(path)
            return True
        return False
