"""The meeting's timer thresholds (Ctrl+Shift+T): when the countdown turns to warning and final.

A new meeting warns at 1:00 and turns to final at 0:30 (``model.DEFAULT_*``); a final of 0:00
means no final phase. A change is a chair command
(``set_thresholds``): stored, undoable, and synced to every console and the participant page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.services.chair.session_service import SessionService
from moderator.ui.common.formatting import minutes_seconds
from moderator.ui.common.time_input import parse_time


class ThresholdsDialog(QDialog):
    def __init__(self, service: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Timer thresholds"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        meeting = service.state.meeting
        self.warning = QLineEdit(minutes_seconds(meeting.warning_ms), objectName="warning")
        self.final = QLineEdit(minutes_seconds(meeting.final_ms), objectName="final")
        self.warning.setAccessibleName(self.tr("Warning when this much is left"))
        self.final.setAccessibleName(self.tr("Final phase when this much is left"))
        self.error = QLabel(objectName="thresholdsError")
        self.error.setStyleSheet("#thresholdsError { color: #b71c1c; font-weight: bold; }")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Warning when this much is left:"), self.warning)
        form.addRow(self.tr("Final phase when this much is left (0:00: none):"), self.final)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("For every session of “{m}”.").format(m=meeting.title)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.warning.textChanged.connect(self._validate)
        self.final.textChanged.connect(self._validate)
        self._validate()

    def values(self) -> tuple[int, int] | None:
        warning, final = parse_time(self.warning.text()), parse_time(self.final.text())
        if warning is None or final is None:
            return None
        return warning, final

    def _validate(self) -> None:
        problems = []
        if parse_time(self.warning.text()) is None:
            problems.append(
                self.tr("⚠ Warning: “{t}” is not a time (m:ss).").format(t=self.warning.text())
            )
        if parse_time(self.final.text()) is None:
            problems.append(
                self.tr("⚠ Final: “{t}” is not a time (m:ss).").format(t=self.final.text())
            )
        values = self.values()
        if values is not None and values[1] > values[0]:
            problems.append(self.tr("⚠ Final: it must not be more than the warning."))
        self.error.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        current = (self._service.state.meeting.warning_ms, self._service.state.meeting.final_ms)
        if values == current or self._service.set_thresholds(*values):
            self.accept()
