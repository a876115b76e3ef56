"""What the sync badge opens: the link's state, the last error, the queue and recent refusals.

A technical assistant called over because "the badge is red" needs to see at a glance whether
the link is down (and since when), what the last error was, and which of the chair's actions
have not reached the backend yet. The window is non-modal (the chair keeps chairing), follows
the status live, and lists at most ``QUEUE_SHOWN`` queued actions (the count says the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
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


def last_error(status: SyncStatus) -> str | None:
    """The last thing that went wrong: the link's error, else the newest refusal (a refused
    action is an error the chair must hear about, so "none" never stands beside one)."""
    if status.last_error:
        return status.last_error
    if status.rejections:
        return f"refused by the backend: {status.rejections[-1].words}"
    return None


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
        self,
        status: SyncStatus,
        read_queue: QueueReader,
        zone: str,
        parent: QWidget | None,
        mark_seen: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setWindowTitle(self.tr("Sync details"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 520)
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
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal_list = QTableWidget(0, 3, objectName="syncRefusalList")
        self.refusal_list.setHorizontalHeaderLabels(
            [self.tr("Refused at"), self.tr("Action"), self.tr("Why")]
        )
        self.refusal_list.verticalHeader().setVisible(False)
        self.refusal_list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        refusal_header = self.refusal_list.horizontalHeader()
        refusal_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The action and the reason share the width and wrap: both must be read whole.
        refusal_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        refusal_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refusal_list.setWordWrap(True)
        self.refusal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refusal_list.setAccessibleName(self.tr("Actions the backend refused"))
        self._mark_seen = mark_seen
        self.seen_button = QPushButton(self.tr("Seen"), objectName="refusalsSeen")
        self.seen_button.setToolTip(
            self.tr("The refusals stay listed; the badge stops counting them")
        )
        self.seen_button.clicked.connect(self._seen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.seen_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue, stretch=1)
        layout.addWidget(self.refusals)
        layout.addWidget(self.refusal_list, stretch=1)
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
        lines.append(self.tr("Last error: {error}").format(error=last_error(status) or "none"))
        self.summary.setText("\n".join(lines))
        self._fill_queue(status.pending)
        self._fill_refusals(status)

    def _fill_refusals(self, status: SyncStatus) -> None:
        """Every refusal kept, newest first, in words: which action, whom, why; the unseen
        ones marked until the chair presses Seen."""
        refusals = list(reversed(status.rejections))
        unseen = max(status.unseen_refusals, sum(not r.seen for r in refusals))
        if not refusals:
            self.refusals.setText(self.tr("Nothing was refused by the backend."))
        elif unseen:
            self.refusals.setText(
                self.tr("Refused by the backend ({n} not seen yet):").format(n=unseen)
            )
        else:
            self.refusals.setText(self.tr("Refused by the backend (seen):"))
        self.refusal_list.setVisible(bool(refusals))
        self.seen_button.setEnabled(unseen > 0)
        self.refusal_list.setRowCount(len(refusals))
        for row, refusal in enumerate(refusals):
            marker = "" if refusal.seen else "● "
            cells = [
                marker + clock_time(refusal.at_ms, self._zone, seconds=True),
                refusal.label or action_label(refusal.name, {}),
                refusal.reason,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not refusal.seen:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.refusal_list.setItem(row, column, item)
        self.refusal_list.resizeRowsToContents()

    def _seen(self) -> None:
        self._mark_seen()

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
