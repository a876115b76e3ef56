"""The live balance: how the floor has been shared so far, under the countdown.

A chair of a gender-responsive meeting needs to see that women, a stakeholder group or the
remote participants are getting too little of the floor while the list can still be changed,
not in the report afterwards. The panel shows one bar per breakdown (stakeholder group,
gender, in the room or remote), each split by share of the speaking time so far, the running
turn counted with its time so far. The numbers are the report's own
(``domain.report.session_balance``, through a ``BalanceTally`` that sums the finished turns
only when they change: the same turns, the same sums), so the panel and the
report made at the same instant agree to the millisecond.

It follows the session's state changes and the countdown's ticks (once a second while a
clock runs, nothing while it stands still) and computes only while it is shown, on the event
loop's next turn: the list and the countdown repaint first (summing a long day's turns takes a
few milliseconds), and a burst of changes is summed once. The bars are
painted; the numbers are also the panel's tooltip and accessible description, so they read
without colour and with a screen reader. The panel takes the keyboard focus by Tab only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from moderator.domain.timing.clock import format_duration
from moderator.services.chair.session_service import SessionService
from moderator.ui.common.elided_label import ElidedLabel

if TYPE_CHECKING:  # the report's sums are loaded when the panel is first shown, not at start
    from moderator.domain.report import Balance, BalanceTally, GroupTotal

#: Okabe–Ito colours (as the report's chart): distinct for every kind of colour vision. Each
#: with the text colour that reads on it.
SEGMENT_COLOURS = (
    ("#0072B2", "#FFFFFF"),
    ("#E69F00", "#000000"),
    ("#009E73", "#FFFFFF"),
    ("#CC79A7", "#000000"),
    ("#56B4E9", "#000000"),
    ("#D55E00", "#FFFFFF"),
)
#: Speakers whose gender was not recorded: grey, not a colour of its own.
NOT_RECORDED_COLOURS = ("#BDBDBD", "#000000")
TRACK_COLOUR = "#E0E0E0"
BAR_HEIGHT = 20


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a bar as painted: its label and share as shown, and its colours."""

    label: str
    share: float
    fill: str
    text_colour: str

    @property
    def percent(self) -> str:
        return f"{self.share * 100:.0f} %"


def share_text(total: GroupTotal) -> str:
    """``Woman 53.0 % (8:00, 2 turns)``: the report's share with its time and turns."""
    from moderator.services.report.report_tables import ReportWords, shown_label

    text = QCoreApplication.translate("BalancePanel", "{label} {share} % ({duration}, {turns})")
    return text.format(
        label=shown_label(total),
        share=f"{total.share * 100:.1f}",
        duration=format_duration(total.speaking_ms),
        turns=ReportWords().turns(total.turns),
    )


class ShareBar(QWidget):
    """One breakdown (e.g. gender): its name, then a bar split by share, each part labelled
    with its name and share where they fit, with its share alone where only that fits."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.segments: tuple[Segment, ...] = ()
        self.caption_width = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(BAR_HEIGHT)

    def set_totals(self, totals: Sequence[GroupTotal]) -> None:
        from moderator.domain.report import GENDER_NOT_RECORDED
        from moderator.services.report.report_tables import shown_label

        segments = []
        for index, total in enumerate(totals):
            if total.speaking_ms <= 0:
                continue
            fill, text = (
                NOT_RECORDED_COLOURS
                if total.key == GENDER_NOT_RECORDED
                else SEGMENT_COLOURS[index % len(SEGMENT_COLOURS)]
            )
            segments.append(Segment(shown_label(total), total.share, fill, text))
        if tuple(segments) != self.segments:
            self.segments = tuple(segments)
            self.update()

    def segment_texts(self) -> list[str]:
        """What each part of the bar says at its present width (``""`` when too narrow)."""
        return [text for _segment, _rect, text in self._layout()]

    def _bar_rect(self) -> QRectF:
        left = self.caption_width + 6
        return QRectF(left, 1, max(0.0, self.width() - left - 1), self.height() - 2)

    def _layout(self) -> list[tuple[Segment, QRectF, str]]:
        bar = self._bar_rect()
        metrics = QFontMetricsF(self.font())
        placed = []
        x = bar.left()
        for number, segment in enumerate(self.segments):
            # The last part ends at the bar's end whatever the rounding of the others.
            last = number == len(self.segments) - 1
            end = bar.right() if last else x + bar.width() * segment.share
            rect = QRectF(x, bar.top(), max(0.0, end - x), bar.height())
            room = rect.width() - 6
            text = ""
            for candidate in (f"{segment.label} {segment.percent}", segment.percent):
                if metrics.horizontalAdvance(candidate) <= room:
                    text = candidate
                    break
            placed.append((segment, rect, text))
            x = end
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, 0, self.caption_width, self.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.caption,
            )
            painter.fillRect(self._bar_rect(), QColor(TRACK_COLOUR))
            for segment, rect, text in self._layout():
                painter.fillRect(rect, QColor(segment.fill))
                painter.setPen(QColor("#FFFFFF"))
                painter.drawLine(rect.topLeft(), rect.bottomLeft())  # parts stay apart
                if text:
                    painter.setPen(QColor(segment.text_colour))
                    painter.drawText(
                        rect.adjusted(3, 0, -3, 0),
                        int(Qt.AlignmentFlag.AlignCenter),
                        text,
                    )
        finally:
            painter.end()


class BalancePanel(QFrame):
    """Speaking time so far by stakeholder group, gender and room/remote (``refresh``)."""

    def __init__(self, service: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balancePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Speaking balance so far"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._service = service
        #: The balance on screen (``None`` until first shown).
        self.balance: Balance | None = None
        #: The finished turns' sums, kept from one second to the next (from the first showing).
        self._tally: BalanceTally | None = None
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(0)
        self._due.timeout.connect(lambda: self.refresh_now(self._due_at))
        self._due_at: int | None = None
        self.title = ElidedLabel(self)
        self.title.setObjectName("balanceTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.bars = {
            "by_group": ShareBar(self.tr("Groups"), self),
            "by_gender": ShareBar(self.tr("Gender"), self),
            "by_attendance": ShareBar(self.tr("Where"), self),
        }
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(bar.caption) for bar in self.bars.values())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        for bar in self.bars.values():
            bar.caption_width = widest
            layout.addWidget(bar)
        # Always there (so the panel never changes height and moves the countdown): who has
        # had no time at all, which the bars cannot show.
        self.unheard = ElidedLabel(self)
        self.unheard.setObjectName("balanceUnheard")
        self.unheard.setStyleSheet("color: #37474f;")
        self.unheard.setMinimumHeight(self.unheard.fontMetrics().height())
        layout.addWidget(self.unheard)
        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self.refresh)

    def _on_state_changed(self, _events: list) -> None:
        self.refresh()

    def refresh(self, now_ms: int | None = None) -> None:
        """Show the balance as of ``now_ms`` (the service's now when it is computed, by
        default) at the event loop's next turn; nothing while hidden (it is computed again
        when shown)."""
        if self.isVisible():
            self._due_at = now_ms
            self._due.start()

    def refresh_now(self, now_ms: int | None = None) -> None:
        """Show the balance as of ``now_ms`` (the service's now by default), at once."""
        if not self.isVisible():
            return
        # Here, not at the top: the report's sums load when the panel is first shown.
        from moderator.services.report.report_tables import shown_label

        state = self._service.state
        now = self._service.now_ms() if now_ms is None else now_ms
        if self._tally is None:
            from moderator.domain.report import BalanceTally

            self._tally = BalanceTally()
        balance = self._tally.balance(state, now)
        self.balance = balance
        for name, bar in self.bars.items():
            bar.set_totals(getattr(balance, name))
        if balance.turns:
            title = self.tr("Speaking balance so far: {time} in {turns}").format(
                time=format_duration(balance.speaking_ms),
                turns=self.tr("1 turn")
                if balance.turns == 1
                else self.tr("{n} turns").format(n=balance.turns),
            )
        else:
            title = self.tr("Speaking balance: nobody has spoken yet")
        self.title.setText(title)
        unheard = [
            shown_label(total)
            for name in ("by_group", "by_attendance")
            for total in getattr(balance, name)
            if total.speaking_ms <= 0
        ]
        self.unheard.setText(
            self.tr("No time yet: {who}").format(who=" · ".join(unheard))
            if balance.speaking_ms and unheard
            else ""
        )
        description = self.description()
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
            self.setToolTip(description)

    def description(self) -> str:
        """The numbers in words, one breakdown a line, shares as the report prints them
        (every group, those without time too, as in the report)."""
        if self.balance is None or not self.balance.speaking_ms:
            return self.tr("Nobody has spoken yet.")
        return "\n".join(
            f"{bar.caption}: " + " · ".join(share_text(t) for t in getattr(self.balance, name))
            for name, bar in self.bars.items()
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_now()  # never shown empty, not even for a moment
