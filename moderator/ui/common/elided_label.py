"""A one-line label that shortens its text with "…" to the width it is given.

A plain ``QLabel`` asks for its whole text's width as its minimum: a long name or title then
widens the window past the screen, or (word-wrapped) changes its height as neighbours change
width. This label asks for no width at all, draws as much as fits with an ellipsis where text
is cut, and shows the whole text in its tooltip (and to screen readers) whenever it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(
        self,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full_text = ""
        self._mode = mode
        self._segment: tuple[str, str] | None = None
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def cut_first_between(self, start: str, end: str) -> None:
        """Cut the text between the first ``start`` and the last ``end`` before anything else:
        "Next: Name — Organisation (Statement, 3:00, Remote)" with " — " and " (" keeps the
        name and how and where the speaker speaks whole, and shortens the organisation. Text
        without both markers, or too long even so, is cut by the label's mode."""
        self._segment = (start, end)
        self._elide()

    def full_text(self) -> str:
        """The whole text, however much of it is shown."""
        return self._full_text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full_text = text
        self._elide()

    def text(self) -> str:
        """The whole text (what the label says, not how much of it fits)."""
        return self._full_text

    def shown_text(self) -> str:
        """What is drawn: the text, shortened with "…" when it does not fit."""
        return super().text()

    def is_elided(self) -> bool:
        return super().text() != self._full_text

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._full_text) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # a style sheet's font arrives when the label is polished

    def _elide(self) -> None:
        # A little room for glyphs drawn past their advance (italic, hinting on X11).
        width = max(self.contentsRect().width() - 2 * self.margin() - 2, 0)
        metrics = self.fontMetrics()
        text = self._full_text
        shown = None
        if self._segment is not None and metrics.horizontalAdvance(text) > width:
            start, end = self._segment
            head_end = text.find(start)
            tail_start = text.rfind(end)
            if 0 <= head_end < tail_start:
                head = text[: head_end + len(start)]
                tail = text[tail_start:]
                room = width - metrics.horizontalAdvance(head + tail)
                middle = metrics.elidedText(
                    text[len(head) : tail_start], Qt.TextElideMode.ElideRight, room
                )
                if room > 0 and middle:
                    shown = head + middle + tail
                elif metrics.horizontalAdvance(text[:head_end] + " …" + tail) <= width:
                    shown = text[:head_end] + " …" + tail  # the segment gives way entirely
                else:  # not even the head fits whole: it is cut, the tail stays
                    start_room = width - metrics.horizontalAdvance(tail)
                    start_part = metrics.elidedText(
                        text[:tail_start], Qt.TextElideMode.ElideRight, start_room
                    )
                    if start_room > 0 and start_part:
                        shown = start_part + tail
        if shown is None:
            shown = metrics.elidedText(text, self._mode, width)
        if shown != super().text():
            QLabel.setText(self, shown)
        self.setToolTip(self._full_text if shown != self._full_text else "")
        self.setAccessibleDescription(self._full_text)
