"""Reference for ``bench/startup.py``: the least a PySide6 window can cost to reach the screen.

Imports PySide6, creates the ``QApplication`` and an empty ``QMainWindow`` of the console's size,
shows it, prints ``{"message": "first paint", "at_monotonic": <time.monotonic()>}`` (the same
shape as the console's ``--log-json`` line) on stdout at its first ``paintEvent``, and quits.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/empty_window.py
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class EmptyWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.resize(1280, 760)  # the console's default size, so both paint the same area

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            at = time.monotonic()
            print(json.dumps({"message": "first paint", "at_monotonic": at}), flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = EmptyWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
