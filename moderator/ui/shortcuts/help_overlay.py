"""F1: a translucent overlay listing every shortcut, drawn over the main window.

Not a dialog: the countdown keeps running visibly underneath and every shortcut keeps working.
F1, Escape or a click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from moderator.ui.shortcuts.actions import ACTION_SPECS, shortcut_text


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel = QWidget(self)
        panel.setObjectName("helpPanel")
        panel.setStyleSheet(
            "#helpPanel { background: #fafafa; border-radius: 10px; }"
            "QLabel { color: #111; font-size: 15px; padding: 4px 10px; }"
            "QLabel[role='key'] { font-weight: bold; font-family: 'DejaVu Sans Mono'; }"
            "QLabel[role='title'] { font-size: 20px; font-weight: bold; }"
        )
        grid = QGridLayout(panel)
        title = QLabel(self.tr("Keyboard shortcuts"), panel)
        title.setProperty("role", "title")
        grid.addWidget(title, 0, 0, 1, 2)
        self.rows: list[tuple[str, str]] = []
        for row, spec in enumerate(ACTION_SPECS, start=1):
            keys = shortcut_text(spec)
            key_label = QLabel(keys, panel)
            key_label.setProperty("role", "key")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(self.tr(spec.description), panel), row, 1)
            self.rows.append((keys, spec.description))
        hint = QLabel(self.tr("F1, Esc or a click closes this list."), panel)
        grid.addWidget(hint, len(ACTION_SPECS) + 1, 0, 1, 2)
        outer.addWidget(panel)
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 160))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, _event: QMouseEvent) -> None:  # noqa: N802
        self.hide()
