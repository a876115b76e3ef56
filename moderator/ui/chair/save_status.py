"""The status bar's word on the file: "Saved locally: <path>", or which action was NOT saved.

Why: after a write failed (a disk I/O error, a full or removed drive) the status bar went on
saying "Saved locally" while the chair's last action was not in the file; the red banner that
said so left after a few seconds. This label says "NOT SAVED", names the action and the cause,
and keeps saying it until an action is saved again (``SessionService.sig_save_status``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator.services.chair.session_service import SaveProblem
from moderator.services.common.wording import isolated
from moderator.ui.common.elided_label import ElidedLabel

_PROBLEM_STYLE = "#databaseLabel { background: #b71c1c; color: white; font-weight: bold; }"


class SaveStatusLabel(ElidedLabel):
    def __init__(self, parent: QWidget, database_label: str) -> None:
        # A long path is cut in its middle (whole in the tooltip): it must not widen the window.
        super().__init__(parent, Qt.TextElideMode.ElideMiddle)
        self._database_label = database_label
        self.setObjectName("databaseLabel")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.show_status(None)

    def show_status(self, problem: SaveProblem | None) -> None:
        if problem is None:
            self.setStyleSheet("")
            self.setText(
                self.tr("Saved locally: {path}").format(path=isolated(self._database_label))
            )
            self.setToolTip("")
            return
        self.setStyleSheet(_PROBLEM_STYLE)
        self.setText(
            self.tr("NOT SAVED: “{action}” ({cause})").format(
                action=problem.action, cause=problem.cause
            )
        )
        self.setToolTip(
            self.tr(
                "The last action, “{action}”, was not saved and is not on screen: {reason}\n"
                "This stays until an action is saved again."
            ).format(action=problem.action, reason=problem.reason)
        )
