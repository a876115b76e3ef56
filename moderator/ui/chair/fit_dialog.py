"""Fit to the end: preview the shortened allotments, then apply them as one undo step.

The chair opens this when the header says the session runs late. It shows every waiting
speaker's allotment now and after fitting (``domain.fit_to_end``), and the projected end before
and after against the scheduled end. **Apply** changes the allotments with one ``SetAllotted``
command each, grouped on the undo stack as one step ("Fit to the end"), so a single Ctrl+Z puts
every allotment back; each command is saved and synced like any chair action. **Cancel**
changes nothing.

The preview follows the list while it is open (a speaker added or removed, a sync): it is
computed again on every state change, so what Apply writes is what the chair sees.
Window-modal but not blocking: ``open_fit_to_end`` shows it with ``open()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.commands import SetAllotted
from moderator.domain.session_state import SessionState
from moderator.domain.timing.fit_to_end import FitLine, FitOutcome, FitPlan, fit_to_end
from moderator.services.chair.session_service import SessionService
from moderator.ui.common.formatting import clock_time, minutes_seconds
from moderator.ui.common.theme import DIMMED_TEXT

UNDO_TEXT = QT_TRANSLATE_NOOP("FitToEndDialog", "Fit to the end")

_Index = QModelIndex | QPersistentModelIndex


def duration_words(duration_ms: int) -> str:
    """``1 h 5 min``, ``12 min 30 s``, ``45 s``: a lateness to read at a glance."""
    seconds = max(0, duration_ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if seconds and not hours:
        parts.append(f"{seconds} s")
    return " ".join(parts) or "0 s"


class FitPlanModel(QAbstractTableModel):
    """The preview table: one row per waiting speaker, their time now and after fitting."""

    SPEAKER, ITEM, NOW, AFTER, CHANGE = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("FitPlanModel", "Speaker"),
        QT_TRANSLATE_NOOP("FitPlanModel", "Agenda item"),
        QT_TRANSLATE_NOOP("FitPlanModel", "Now"),
        QT_TRANSLATE_NOOP("FitPlanModel", "After"),
        QT_TRANSLATE_NOOP("FitPlanModel", "Change"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[FitLine, ...] = ()
        self._names: list[str] = []
        self._items: list[str] = []

    def set_plan(self, plan: FitPlan, state: SessionState) -> None:
        self.beginResetModel()
        self._lines = plan.lines
        self._names, self._items = [], []
        for line in plan.lines:
            entry = state.entry(line.entry_id)
            participant = state.participants.get(entry.participant_id)
            self._names.append(participant.name if participant else "?")
            self._items.append(state.agenda_item(entry.agenda_item_id).title)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return self.tr(self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SPEAKER:
                return self._names[index.row()]
            if column == self.ITEM:
                return self._items[index.row()]
            if column == self.NOW:
                return minutes_seconds(line.old_ms)
            if column == self.AFTER:
                return minutes_seconds(line.new_ms)
            if column == self.CHANGE:
                if not line.changed:
                    return self.tr("unchanged")
                cut = "−" + minutes_seconds(line.old_ms - line.new_ms)
                return cut + (" " + self.tr("(minimum)") if line.at_floor else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NOW,
            self.AFTER,
            self.CHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not line.changed:
            return DIMMED_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and line.changed and line.at_floor:
            return self.tr("Nobody is shortened below {floor}").format(
                floor=minutes_seconds(line.floor_ms)
            )
        return None

    def line(self, row: int) -> FitLine:
        return self._lines[row]


class FitToEndDialog(QDialog):
    #: Applied: carries how many allotments changed.
    sig_applied = Signal(int)

    def __init__(self, service: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitToEndDialog")
        self.setWindowTitle(self.tr("Fit to the end"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._service = service
        self.plan: FitPlan | None = None

        self.before_label = QLabel(self)
        self.before_label.setObjectName("fitBefore")
        self.before_label.setAccessibleName(self.tr("Projected end now"))
        self.before_label.setWordWrap(True)
        self.after_label = QLabel(self)
        self.after_label.setObjectName("fitAfter")
        self.after_label.setAccessibleName(self.tr("Projected end after fitting"))
        self.after_label.setWordWrap(True)
        self.after_label.setStyleSheet("font-weight: bold;")

        self.model = FitPlanModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("fitPreview")
        self.table.setAccessibleName(self.tr("Allotments now and after fitting"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FitPlanModel.SPEAKER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FitPlanModel.ITEM, QHeaderView.ResizeMode.Stretch)

        explanation = QLabel(
            self.tr(
                "Every waiting speaker's time is shortened by the same proportion, never below "
                "0:30. The speaker who has the floor keeps their time. One Ctrl+Z undoes it all."
            ),
            self,
        )
        explanation.setObjectName("fitExplanation")
        explanation.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("fitApply")
        self.apply_button.setAccessibleName(self.tr("Apply the shortened times"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("fitCancel")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.before_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.after_label)
        layout.addWidget(explanation)
        layout.addStretch(0)  # takes the room of the table when there is nothing to preview
        layout.addWidget(self.buttons)
        self.resize(800, 500)

        self._applying = False
        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self._on_state_reset)
        self.refresh()

    # --- preview -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Plan again from the current state and time."""
        state = self._service.state
        plan = fit_to_end(state, self._service.now_ms())
        self.plan = plan
        self.model.set_plan(plan, state)
        zone = state.meeting.timezone

        def at(ms: int) -> str:
            return clock_time(ms, zone, seconds=True)

        scheduled = at(plan.scheduled_end_ms)
        if plan.outcome is FitOutcome.NO_SCHEDULED_END:
            self.before_label.setText(self.tr("This session has no scheduled end to fit to."))
        elif plan.outcome is FitOutcome.ON_TIME:
            self.before_label.setText(
                self.tr("Projected end {end}, scheduled end {scheduled}: on time.").format(
                    end=at(plan.projected_end_before_ms), scheduled=scheduled
                )
            )
        else:
            self.before_label.setText(
                self.tr(
                    "Projected end now {end}, scheduled end {scheduled}: late by {late}."
                ).format(
                    end=at(plan.projected_end_before_ms),
                    scheduled=scheduled,
                    late=duration_words(plan.late_before_ms),
                )
            )
        match plan.outcome:
            case FitOutcome.FITS:
                after = self.tr("After fitting: ends {end}, on time ({count} speakers shortened).")
            case FitOutcome.STILL_LATE:
                after = self.tr(
                    "After fitting: ends {end}, still late by {late}: everyone waiting is at "
                    "the minimum of 0:30 ({count} speakers shortened)."
                )
            case FitOutcome.NOTHING_TO_SHORTEN:
                after = self.tr(
                    "Nothing to shorten: everyone waiting is already at the minimum of 0:30."
                )
            case FitOutcome.ON_TIME:
                after = self.tr("The session is on time: nothing to shorten.")
            case _:
                after = self.tr("Nothing to change.")
        self.after_label.setText(
            after.format(
                end=at(plan.projected_end_after_ms),
                late=duration_words(plan.still_late_by_ms),
                count=len(plan.changes),
            )
        )
        self.table.setVisible(bool(plan.lines))
        self.apply_button.setEnabled(bool(plan.changes))
        self.cancel_button.setText(self.tr("Cancel") if plan.changes else self.tr("Close"))

    def _on_state_changed(self, _events: object) -> None:
        # Closed dialogs that are not deleted yet stay connected: they need no preview.
        if not self._applying and self.isVisible():
            self.refresh()

    def _on_state_reset(self) -> None:
        if self.isVisible():
            self.refresh()

    # --- applying ----------------------------------------------------------------------------

    def apply(self) -> None:
        """Apply the previewed plan as one undo step, then close."""
        plan = self.plan
        if plan is None or not plan.changes:
            return
        service = self._service
        applied = 0
        self._applying = True
        service.undo_stack.beginMacro(self.tr(UNDO_TEXT))
        try:
            for line in plan.changes:
                command = SetAllotted(service.state.session.id, line.entry_id, line.new_ms)
                if service.perform(command, self.tr(UNDO_TEXT)):
                    applied += 1
        finally:
            service.undo_stack.endMacro()
            self._applying = False
        self.sig_applied.emit(applied)
        self.accept()


def open_fit_to_end(service: SessionService, parent: QWidget) -> FitToEndDialog:
    """Show the dialog window-modally without blocking (the countdown keeps running); it
    deletes itself when closed."""
    dialog = FitToEndDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
