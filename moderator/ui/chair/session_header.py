"""The strip at the top: which meeting and session, the time of day, and how the session runs
against its schedule (scheduled end, projected end, late or ahead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from moderator.domain.session_state import SessionState
from moderator.domain.timing.schedule import Projection
from moderator.ui.common.elided_label import ElidedLabel
from moderator.ui.common.formatting import clock_time

_LATE_MINUTE_MS = 60_000
#: The widest lateness the header reserves room for, so "On time" turning into "Ahead by 12 min"
#: does not move the titles (nor cut them at another place).
_WIDEST_LATENESS = ("▲ Late by 999 min", "▼ Ahead by 999 min")


class SessionHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHeader")
        self.setStyleSheet(
            "#sessionHeader { background: #eceff1; }"
            "QLabel { font-size: 14px; color: #102027; }"
            "QLabel#sessionTitle { font-size: 17px; font-weight: bold; }"
            "QLabel#demoBadge { background: #6a1b9a; color: white; font-weight: bold;"
            " padding: 2px 8px; border-radius: 4px; }"
            "QLabel#timeOfDay { font-size: 22px; font-weight: bold;"
            " font-family: 'DejaVu Sans Mono'; }"
            "QLabel#lateness[late='true'] { color: #b71c1c; font-weight: bold; }"
            "QLabel#lateness[late='false'] { color: #1b5e20; font-weight: bold; }"
        )
        self.setAutoFillBackground(True)
        self.demo_badge = self._label(
            "demoBadge", self.tr("Demo data"), self.tr("DEMO DATA — fictional speakers")
        )
        # The titles take one line each and are cut with "…" (whole in the tooltip): wrapped,
        # the header grew a line whenever the timing beside it grew a character, and the whole
        # window jumped.
        self.meeting_title = self._label("meetingTitle", self.tr("Meeting"), ElidedLabel(self))
        self.session_title = self._label("sessionTitle", self.tr("Session"), ElidedLabel(self))
        self.time_of_day = self._label("timeOfDay", self.tr("Time of day"))
        self.scheduled_end = self._label("scheduledEnd", self.tr("Scheduled end"))
        self.projected_end = self._label("projectedEnd", self.tr("Projected end"))
        self.lateness = self._label("lateness", self.tr("Late or ahead"))
        bold = QFont(self.lateness.font())
        bold.setPixelSize(14)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.lateness.setMinimumWidth(max(map(metrics.horizontalAdvance, _WIDEST_LATENESS)) + 8)

        titles = QVBoxLayout()
        first_line = QHBoxLayout()
        first_line.addWidget(self.demo_badge)
        first_line.addWidget(self.meeting_title, 1)
        titles.addLayout(first_line)
        titles.addWidget(self.session_title)
        timing = QVBoxLayout()
        schedule_line = QHBoxLayout()
        for label in (self.scheduled_end, self.projected_end, self.lateness):
            schedule_line.addWidget(label)
        timing.addWidget(self.time_of_day)
        timing.addLayout(schedule_line)
        layout = QHBoxLayout(self)
        # Little room above and below (as in the speaker's panel): every pixel of height counts
        # on a 1280×720 laptop with tall fonts.
        sides = layout.contentsMargins()
        layout.setContentsMargins(sides.left(), 4, sides.right(), 4)
        layout.addLayout(titles, 1)
        layout.addLayout(timing)

    def _label(self, name: str, accessible: str, label: QLabel | str = "") -> QLabel:
        if isinstance(label, str):
            label = QLabel(label, self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    def show_session(self, state: SessionState) -> None:
        self.demo_badge.setVisible(state.meeting.is_demo)
        self.meeting_title.setText(state.meeting.title)
        room = f" · {state.session.room}" if state.session.room else ""
        self.session_title.setText(state.session.title + room)

    def show_timing(self, state: SessionState, projection: Projection, now_ms: int) -> None:
        zone = state.meeting.timezone
        self.time_of_day.setText(clock_time(now_ms, zone))
        self.scheduled_end.setText(
            self.tr("Scheduled end {time}").format(
                time=clock_time(projection.scheduled_end_ms, zone)
            )
        )
        self.projected_end.setText(
            self.tr("Projected end {time}").format(
                time=clock_time(projection.projected_end_ms, zone)
            )
        )
        late_by = projection.late_by_ms
        minutes = abs(late_by) // 60_000
        if minutes == 0:
            text = self.tr("On time")
        elif late_by > 0:
            text = self.tr("Late by %n min", "", minutes)
        else:
            text = self.tr("Ahead by %n min", "", minutes)
        marker = "▲ " if late_by >= _LATE_MINUTE_MS else "▼ " if late_by <= -_LATE_MINUTE_MS else ""
        self.lateness.setText(marker + text)
        late = "true" if late_by >= _LATE_MINUTE_MS else "false"
        if self.lateness.property("late") != late:
            self.lateness.setProperty("late", late)
            if self.lateness.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                # Re-style by the new property; a label not yet shown is styled when it is
                # (and reaching the style here, before the first paint, costs start-up time).
                self.lateness.style().unpolish(self.lateness)
                self.lateness.style().polish(self.lateness)
