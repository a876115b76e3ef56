"""Who has the floor, the big countdown, and who is next: the part the chair glances at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from moderator.domain.commands import paused_turn
from moderator.domain.session_state import SessionState
from moderator.services.common.wording import isolated, label_text
from moderator.ui.chair.countdown_widget import CountdownReading, CountdownWidget
from moderator.ui.common.elided_label import ElidedLabel
from moderator.ui.common.formatting import minutes_seconds


class CurrentSpeakerPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currentSpeakerPanel")
        self.setStyleSheet(
            "QLabel#speakerName { font-size: 28px; font-weight: bold; }"
            "QLabel#speakerDetails { font-size: 15px; color: #37474f; }"
            "QLabel#speakerBadges { font-size: 14px; font-weight: bold; color: #0d47a1; }"
            "QLabel#nextSpeaker { font-size: 16px; padding: 6px; background: #e3f2fd; }"
        )
        # One line each, elided with "…" (the whole text in the tooltip): changing a speaker
        # must not relayout or widen the window, nor make the countdown's digits jump in size.
        self.speaker_name = self._label("speakerName", self.tr("Speaker"), ElidedLabel(self))
        self.speaker_details = self._label(
            "speakerDetails", self.tr("Function and organisation"), ElidedLabel(self)
        )
        self.speaker_badges = self._label(
            "speakerBadges", self.tr("Speech type and attendance"), ElidedLabel(self)
        )
        self.countdown = CountdownWidget(self)
        # The next line is cut in its organisation first, then in its middle: the name and
        # the tail (how and where the next speaker speaks: "Remote") matter most to the chair.
        self.next_speaker = self._label(
            "nextSpeaker", self.tr("Next speaker"), ElidedLabel(self, Qt.TextElideMode.ElideMiddle)
        )
        self.next_speaker.cut_first_between(" — ", " (")
        layout = QVBoxLayout(self)
        # Little room above and below: the panel sits between the header and the balance, and
        # with taller fonts (Noto's line spacing) the window outgrew a 1280×720 laptop screen.
        sides = layout.contentsMargins()
        layout.setContentsMargins(sides.left(), 2, sides.right(), 2)
        layout.addWidget(self.speaker_badges)
        layout.addWidget(self.speaker_name)
        layout.addWidget(self.speaker_details)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.next_speaker)

    def _label(self, name: str, accessible: str, label: ElidedLabel) -> ElidedLabel:
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def show_speakers(self, state: SessionState) -> None:
        """Refresh names and badges (on state changes, not on every tick)."""
        current = state.current_entry
        if current is None:
            self.speaker_badges.setText("")
            self.speaker_name.setText(self.tr("Nobody has the floor"))
            self.speaker_details.setText("")
        else:
            person = state.participant_of(current)
            self.speaker_badges.setText(
                " · ".join(
                    [label_text(current.speech_type.label), label_text(person.attendance.label)]
                )
            )
            self.speaker_name.setText(person.name)
            self.speaker_details.setText(
                " · ".join(part for part in (person.function, person.organisation) if part)
            )
        self.next_speaker.setText(self._next_line(state))

    def _next_line(self, state: SessionState) -> str:
        """What N does next. During an interposed intervention N gives the floor back to the
        interrupted speaker (with the time they had left), not to the next on the list, so
        the line says so: the chair must not announce the wrong person."""
        interrupted = state.interrupted_entry()
        if interrupted is not None and state.current_entry_id is not None:
            person = state.participant_of(interrupted)
            turn = paused_turn(state, interrupted)
            if turn is None:
                return self.tr("Next: {name} resumes").format(name=isolated(person.name))
            left = turn.allotted_ms - turn.spoken_ms
            time = (
                self.tr("{time} left").format(time=minutes_seconds(left))
                if left >= 0
                else self.tr("{time} over").format(time=minutes_seconds(-left))
            )
            return self.tr("Next: {name} resumes — {organisation} ({time}, {where})").format(
                name=isolated(person.name),
                organisation=isolated(person.organisation),
                time=time,
                where=label_text(person.attendance.label),
            )
        upcoming = state.next_entry()
        if upcoming is None:
            return self.tr("Next: nobody is waiting")
        person = state.participant_of(upcoming)
        return self.tr("Next: {name} — {organisation} ({type}, {time}, {where})").format(
            name=isolated(person.name),
            organisation=isolated(person.organisation),
            type=label_text(upcoming.speech_type.label),
            time=minutes_seconds(upcoming.allotted_ms),
            where=label_text(person.attendance.label),
        )

    def show_countdown(self, state: SessionState, now_ms: int) -> None:
        self.countdown.show_reading(CountdownReading.of(state, now_ms))
