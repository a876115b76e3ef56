"""What the sync badge opens: the link's state, the last error, the queue and recent refusals.

A technical assistant called over because "the badge is red" needs to see at a glance whether
the link is down (and since when), what the last error was, and which of the chair's actions
have not reached the backend yet. The window is non-modal (the chair keeps chairing), follows
the status live, and lists at most ``QUEUE_SHOWN`` queued actions (the count says the rest).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.services.sync.sync_engine import SyncStatus
from moderator.services.sync.sync_queue import QueueReader
from moderator.ui.common.formatting import clock_time, minutes_seconds

QUEUE_SHOWN = 200
#: During a catch-up the status changes many times a second; the window follows at this pace.
REFRESH_MS = 300

_ACTION_LABELS = {
    "give_floor": "Give the floor",
    "start_clock": "Start the clock",
    "pause_clock": "Pause the clock",
    "adjust_time": "Adjust the time",
    "end_turn": "End the turn",
    "add_speaker": "Add a speaker",
    "lower_hand": "Lower a hand",
}


def action_label(name: str, args: Mapping) -> str:
    """The chair's words for a queued command (with the amount for time changes)."""
    label = _ACTION_LABELS.get(name, name.replace("_", " ").capitalize())
    delta = args.get("delta_ms")
    if name == "adjust_time" and isinstance(delta, int):
        sign = "+" if delta >= 0 else "−"
        label += f" {sign}{minutes_seconds(abs(delta))}"
    return label


class SyncDetailsDialog(QDialog):
    """Non-modal details of the sync; ``show_status`` refreshes it (the badge forwards)."""

    def __init__(
        self, status: SyncStatus, read_queue: QueueReader, zone: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setWindowTitle(self.tr("Sync details"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 420)
        self._read_queue = read_queue
        self._zone = zone

        self.summary = QLabel(objectName="syncSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.queue_title = QLabel(objectName="queueTitle")
        self.queue = QTableWidget(0, 4, objectName="syncQueue")
        self.queue.setHorizontalHeaderLabels(
            [self.tr("Queued at"), self.tr("Action"), self.tr("Attempts"), self.tr("Last error")]
        )
        self.queue.verticalHeader().setVisible(False)
        self.queue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.queue.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.queue.setWordWrap(False)
        self.queue.setAccessibleName(self.tr("Actions not yet sent to the backend"))
        self.refusals = QLabel(objectName="syncRefusals")
        self.refusals.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue, stretch=1)
        layout.addWidget(self.refusals)
        layout.addWidget(buttons)
        self._status = status
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._render)
        self._render()

    def show_status(self, status: SyncStatus) -> None:
        """Follow a new status (rendered at most every ``REFRESH_MS``)."""
        self._status = status
        if not self._refresh.isActive():
            self._refresh.start()

    def _render(self) -> None:
        from moderator.ui.sync.sync_badge import describe  # the badge's own words

        status = self._status

        lines = [describe(status, self._zone)]
        if status.transport == "long-poll":
            lines.append(
                self.tr(
                    "Changes arrive by long-polling: the live stream does not work on this "
                    "network (the stream is tried again every few minutes)."
                )
            )
        lines.append(self.tr("Last error: {error}").format(error=status.last_error or "none"))
        self.summary.setText("\n".join(lines))
        self._fill_queue(status.pending)
        if status.rejections:
            refused = [
                f"{clock_time(r.at_ms, self._zone, seconds=True)}  "
                f"{action_label(r.name, {})}: {r.reason}"
                for r in reversed(status.rejections)
            ]
            self.refusals.setText(self.tr("Refused by the backend:") + "\n" + "\n".join(refused))
        else:
            self.refusals.setText(self.tr("Nothing was refused by the backend."))

    def _fill_queue(self, pending: int) -> None:
        rows = list(self._read_queue(QUEUE_SHOWN))
        # The queue just read is the truth when it is all there; the status's count (which may
        # lag behind an acknowledgement by a moment) only says how many were not read.
        total = len(rows) if len(rows) < QUEUE_SHOWN else max(pending, len(rows))
        if total == 0:
            self.queue_title.setText(self.tr("Nothing is waiting to be sent."))
        elif total > len(rows):
            self.queue_title.setText(
                self.tr("{n} actions waiting to be sent (the first {shown} shown):").format(
                    n=total, shown=len(rows)
                )
            )
        else:
            self.queue_title.setText(self.tr("{n} action(s) waiting to be sent:").format(n=total))
        self.queue.setRowCount(len(rows))
        for row, mutation in enumerate(rows):
            cells = [
                clock_time(mutation.created_at_ms, self._zone, seconds=True),
                action_label(mutation.name, mutation.args),
                str(mutation.attempts),
                mutation.last_error or "",
            ]
            for column, text in enumerate(cells):
                self.queue.setItem(row, column, QTableWidgetItem(text))
