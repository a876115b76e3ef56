"""The sync status badge in the status bar: online, syncing, reconnecting, offline since…

A click opens a small non-modal window with the last error and what is still queued. The
badge follows ``SyncService.sig_status``; the window reads the queued actions through a
``services.sync.sync_queue.QueueReader`` only while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from moderator.services.sync.sync_engine import SyncStatus
from moderator.services.sync.sync_queue import QueueReader
from moderator.ui.common.formatting import clock_time
from moderator.ui.sync.sync_details import SyncDetailsDialog, last_error

_STYLES = {
    "online": ("● Online", "#1b5e20"),
    "syncing": ("⟳ Syncing", "#0d47a1"),
    "connecting": ("⟳ Connecting", "#0d47a1"),
    "reconnecting": ("▲ Reconnecting", "#b71c1c"),
    "refused": ("■ Backend refused", "#b71c1c"),
    "offline": ("○ Offline", "#455a64"),
}


def describe(status: SyncStatus, zone: str) -> str:
    label, _colour = _STYLES.get(status.state, (status.state, "#000"))
    parts = [label]
    if status.state == "reconnecting":
        parts.append(f"attempt {status.attempt}")
        if status.next_try_in_s is not None:
            parts.append(f"next try in {status.next_try_in_s:.0f} s")
        if status.offline_since_ms is not None:
            parts.append(f"offline since {clock_time(status.offline_since_ms, zone)}")
    if status.pending:
        parts.append(f"{status.pending} change{'s' if status.pending != 1 else ''} pending")
    if status.unseen_refusals:
        parts.append(f"⚠ {status.unseen_refusals} refused")
    if status.transport == "long-poll" and status.state in ("online", "syncing"):
        parts.append("long-polling")
    if status.state in ("online", "syncing") and status.offset_uncertainty_ms is not None:
        parts.append(f"clock {status.offset_ms:+d} ms ±{status.offset_uncertainty_ms:.0f}")
    return " · ".join(parts)


class SyncBadge(QLabel):
    """The badge; a click (or Enter/Space when focused) opens ``SyncDetailsDialog``."""

    def __init__(
        self,
        zone: str,
        read_queue: QueueReader = lambda limit: (),
        parent: QWidget | None = None,
        mark_seen: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncBadge")
        self.setAccessibleName(self.tr("Sync status"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._zone = zone
        self._read_queue = read_queue
        self._mark_seen = mark_seen
        self.details: SyncDetailsDialog | None = None
        self.status = SyncStatus()
        self.show_status(self.status)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        _label, colour = _STYLES.get(status.state, ("", "#000"))
        self.setText(describe(status, self._zone))
        self.setStyleSheet(f"#syncBadge {{ color: {colour}; font-weight: bold; padding: 0 6px; }}")
        self.setToolTip(last_error(status) or "")
        if self.details is not None:
            self.details.show_status(status)

    def open_details(self) -> SyncDetailsDialog:
        """Show the details window (one at a time; raised if already open)."""
        if self.details is None:
            self.details = SyncDetailsDialog(
                self.status, self._read_queue, self._zone, self.window(), self._mark_seen
            )
            self.details.destroyed.connect(self._details_closed)
        self.details.show()
        self.details.raise_()
        return self.details

    def _details_closed(self) -> None:
        self.details = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.open_details()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_details()
            event.accept()
        else:
            super().keyPressEvent(event)
