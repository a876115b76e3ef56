"""``--control-stdin``: trigger actions by name from standard input, one name a line.

For end-to-end tests and unattended demos: the action is triggered exactly as its keyboard
shortcut would trigger it. Unknown names are logged and ignored; end of input changes nothing.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, QSocketNotifier

from moderator.ui.shortcuts.actions import ActionCollection

log = logging.getLogger(__name__)


class StdinControl(QObject):
    def __init__(self, actions: ActionCollection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._buffer = b""
        self._fd = sys.stdin.fileno()
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        chunk = os.read(self._fd, 4096)
        if not chunk:
            self._notifier.setEnabled(False)
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            name = raw.decode("utf-8", "replace").strip()
            if not name:
                continue
            if name not in self._actions.names():
                log.warning("unknown action on stdin", extra={"action": name})
                continue
            log.info("stdin action", extra={"action": name})
            self._actions[name].trigger()
