"""Event filters that live and die with the widget they watch.

A widget that installs itself as the event filter of another object (one of its children, or
another window) is asked about that object's events while either of them is being destroyed:
PySide then calls a Python method on a half-destroyed wrapper, which crashed the test suite
once (a segmentation fault in the teardown of the speaker display's tests). The filter here
is a small child of the watched object instead: it goes when that object goes, never
outlives it, and reaches whoever asked for it only while that one is still alive.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject


class WatchEvents(QObject):
    """Call ``handler(event)`` for each event of ``watched``; a ``True`` answer keeps the event
    from ``watched``. ``owner``, when given, is the object the handler belongs to: once it is
    gone (or going), events pass untouched."""

    def __init__(
        self,
        watched: QObject,
        handler: Callable[[QEvent], bool],
        owner: QObject | None = None,
    ) -> None:
        super().__init__(watched)
        self._handler = handler
        self._owner = owner
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return False
        return bool(self._handler(event))
