"""The meeting's speech types: default speaking time, where a new speaker goes, reply limits.

One row per speech type (statement, question or comment, point of order, right of reply,
intervention) with its default time as ``m:ss``; where a new speaker of that type joins the
list is shown, not edited (it is the rule of the speech type: a point of order always goes to
the top). For rights of reply also the limit per delegation on one agenda item and the time of
the later replies.

Every time is checked as it is typed: a message under the table names the speech type and the
field, and Save stays disabled until all fields are right. **Save** writes the rules to the
local file (``ChairSettings``, one row per meeting) and emits ``sig_saved`` with them; **Cancel**
writes nothing. New rules apply to speakers added from then on; speakers already on the list
keep their time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Meeting, SpeechType
from moderator.domain.speech_rules import (
    DEFAULT_RULES,
    MAX_SPEECH_MS,
    Placement,
    SpeechRules,
    SpeechRulesError,
)
from moderator.services.chair.chair_settings import ChairSettings, NotSaved
from moderator.services.common.wording import label_text
from moderator.ui.common.formatting import minutes_seconds
from moderator.ui.common.time_input import parse_time

PLACEMENT_TEXTS = {
    Placement.END_OF_ITEM: QT_TRANSLATE_NOOP(
        "MeetingSettingsDialog", "End of the agenda item's list (before the replies)"
    ),
    Placement.TOP: QT_TRANSLATE_NOOP(
        "MeetingSettingsDialog", "Top of the list, right after the current speaker"
    ),
    Placement.REPLY_QUEUE: QT_TRANSLATE_NOOP(
        "MeetingSettingsDialog", "Own queue, taken at the end of the agenda item"
    ),
    Placement.INTERPOSED: QT_TRANSLATE_NOOP(
        "MeetingSettingsDialog", "Interrupts the current speaker, who resumes afterwards"
    ),
}

_INVALID_STYLE = "QLineEdit { border: 2px solid #c1121f; }"
_ERROR_STYLE = "QLabel { color: #8d0801; font-weight: bold; }"


class MeetingSettingsDialog(QDialog):
    #: Saved: carries the meeting's new ``SpeechRules``.
    sig_saved = Signal(object)

    def __init__(self, settings: ChairSettings, meeting: Meeting, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingSettingsDialog")
        self.setWindowTitle(self.tr("Speech types — {meeting}").format(meeting=meeting.title))
        self._settings = settings
        self._meeting = meeting
        rules = settings.speech_rules(meeting.id)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        headers = (
            self.tr("Speech type"),
            self.tr("Default time"),
            self.tr("Where a new speaker goes"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text, self)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)

        self.default_time: dict[SpeechType, QLineEdit] = {}
        self.placement_label: dict[SpeechType, QLabel] = {}
        reply_label = label_text(SpeechType.RIGHT_OF_REPLY.label)
        row = 0
        for kind in SpeechType:
            row += 1
            name = QLabel(label_text(kind.label), self)
            edit = self._time_edit(f"defaultTime_{kind.value}", kind.label, self.tr("default time"))
            name.setBuddy(edit)
            placement = QLabel(self)
            placement.setObjectName(f"placement_{kind.value}")
            placement.setAccessibleName(
                self.tr("{kind}: where a new speaker goes").format(kind=label_text(kind.label))
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(placement, row, 2)
            self.default_time[kind] = edit
            self.placement_label[kind] = placement
            if kind is not SpeechType.RIGHT_OF_REPLY:
                continue
            # The replies' own limits, indented under their row.
            self.reply_limit = QSpinBox(self)
            self.reply_limit.setObjectName("replyLimit")
            self.reply_limit.setAccessibleName(
                self.tr("{kind}: limit per delegation").format(kind=reply_label)
            )
            self.reply_limit.setRange(0, 99)
            self.reply_limit.setSpecialValueText(self.tr("no limit"))
            self.reply_limit.setMaximumWidth(110)
            self.reply_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.later_reply = self._time_edit(
                "laterReplyTime", SpeechType.RIGHT_OF_REPLY.label, self.tr("later replies")
            )
            self.later_reply.setPlaceholderText(self.tr("as the first"))
            for field_label, widget, hint in (
                (
                    self.tr("limit per delegation"),
                    self.reply_limit,
                    self.tr("replies per delegation on one agenda item"),
                ),
                (
                    self.tr("later replies"),
                    self.later_reply,
                    self.tr("time of the second and later replies (empty: as the first)"),
                ),
            ):
                row += 1
                label = QLabel("    " + field_label, self)
                label.setBuddy(widget)
                hint_label = QLabel(hint, self)
                hint_label.setStyleSheet("color: #546e7a;")
                grid.addWidget(label, row, 0)
                grid.addWidget(widget, row, 1)
                grid.addWidget(hint_label, row, 2)

        # The meeting's Q&A reserve: what an import leaves free at the end of each talk.
        row += 1
        self.qa_reserve = QLineEdit(self)
        self.qa_reserve.setObjectName("qaReserve")
        self.qa_reserve.setAccessibleName(self.tr("Q&A reserve per imported talk"))
        self.qa_reserve.setMaximumWidth(110)
        self.qa_reserve.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qa_reserve.setPlaceholderText(self.tr("none"))
        self.qa_reserve.textChanged.connect(self._validate)
        reserve_label = QLabel(self.tr("Q&&A reserve per talk"), self)
        reserve_label.setBuddy(self.qa_reserve)
        reserve_hint = QLabel(
            self.tr("kept free at the end of an imported talk; its speakers share the rest"),
            self,
        )
        reserve_hint.setStyleSheet("color: #546e7a;")
        grid.addWidget(reserve_label, row, 0)
        grid.addWidget(self.qa_reserve, row, 1)
        grid.addWidget(reserve_hint, row, 2)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsErrors")
        self.error_label.setAccessibleName(self.tr("Problems with these settings"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        note = QLabel(
            self.tr(
                "Times as m:ss (2:30) or minutes (3). New settings apply to speakers added from "
                "now on; those already on the list keep their time. Kept on this computer."
            ),
            self,
        )
        note.setObjectName("settingsNote")
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("settingsSave")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("settingsCancel")
        self.defaults_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.defaults_button.setObjectName("settingsDefaults")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(lambda: self.show_rules(SpeechRules(DEFAULT_RULES)))
        self.reply_limit.valueChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # room for errors
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.show_rules(rules)

    def _time_edit(self, object_name: str, kind_label: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name)
        edit.setAccessibleName(
            self.tr("{kind}: {field}").format(kind=label_text(kind_label), field=field)
        )
        edit.setMaximumWidth(110)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textChanged.connect(self._validate)
        return edit

    # --- values ------------------------------------------------------------------------------

    def show_rules(self, rules: SpeechRules) -> None:
        # What the fields do not show (the placements) is kept from these rules on saving.
        self._base = rules
        for kind, edit in self.default_time.items():
            edit.setText(minutes_seconds(rules[kind].default_ms))
            self.placement_label[kind].setText(self.tr(PLACEMENT_TEXTS[rules[kind].placement]))
        reply = rules[SpeechType.RIGHT_OF_REPLY]
        self.reply_limit.setValue(reply.limit_per_delegation)
        self.later_reply.setText(minutes_seconds(reply.later_ms) if reply.later_ms else "")
        self.qa_reserve.setText(minutes_seconds(rules.qa_reserve_ms) if rules.qa_reserve_ms else "")
        self._validate()

    def rules(self) -> SpeechRules | None:
        """The rules as entered, or ``None`` while a field is wrong (see ``error_label``)."""
        problems: list[str] = []
        rules = self._base
        for kind, edit in self.default_time.items():
            value = self._read(edit, kind, self.tr("default time"), problems, allow_empty=False)
            if value is not None:
                rules = rules.with_rule(kind, default_ms=value)
        later = self._read(
            self.later_reply,
            SpeechType.RIGHT_OF_REPLY,
            self.tr("later replies"),
            problems,
            allow_empty=True,
        )
        if later is not None:
            try:
                rules = rules.with_rule(
                    SpeechType.RIGHT_OF_REPLY,
                    limit_per_delegation=self.reply_limit.value(),
                    later_ms=later,
                )
            except SpeechRulesError as error:  # pragma: no cover - the fields are bounded
                problems.append(str(error))
        reserve = self._read_reserve(problems)
        if reserve is not None:
            rules = rules.with_qa_reserve(reserve)
        self.error_label.setText("\n".join("⚠ " + problem for problem in problems))
        self.error_label.setVisible(bool(problems))
        return None if problems else rules

    def _read(
        self,
        edit: QLineEdit,
        kind: SpeechType,
        field: str,
        problems: list[str],
        allow_empty: bool,
    ) -> int | None:
        text = edit.text().strip()
        problem = None
        value = 0 if allow_empty and not text else parse_time(text)
        if value is None:
            problem = self.tr("{kind} — {field}: “{text}” is not a time (m:ss or minutes).").format(
                kind=label_text(kind.label), field=field, text=text
            )
        elif value > MAX_SPEECH_MS:
            problem = self.tr("{kind} — {field}: at most 4 hours.").format(
                kind=label_text(kind.label), field=field
            )
        elif value == 0 and not allow_empty:
            problem = self.tr("{kind} — {field}: must be at least 0:01.").format(
                kind=label_text(kind.label), field=field
            )
        edit.setStyleSheet(_INVALID_STYLE if problem else "")
        edit.setAccessibleDescription(problem or "")
        edit.setToolTip(problem or "")
        if problem:
            problems.append(problem)
            return None
        return value

    def _read_reserve(self, problems: list[str]) -> int | None:
        text = self.qa_reserve.text().strip()
        value = parse_time(text) if text else 0
        problem = None
        if value is None:
            problem = self.tr("Q&A reserve: “{text}” is not a time (m:ss or minutes).").format(
                text=text
            )
        elif value > MAX_SPEECH_MS:
            problem = self.tr("Q&A reserve: at most 4 hours.")
        self.qa_reserve.setStyleSheet(_INVALID_STYLE if problem else "")
        self.qa_reserve.setAccessibleDescription(problem or "")
        if problem:
            problems.append(problem)
            return None
        return value

    def _validate(self) -> None:
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(self.rules() is not None)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        rules = self.rules()
        if rules is None:
            return
        try:
            self._settings.save_speech_rules(self._meeting.id, rules)
        except NotSaved as error:  # the file: locked, read-only, full
            self.error_label.setText(
                self.tr("⚠ Not saved, nothing changed: {error}").format(error=error)
            )
            self.error_label.setVisible(True)
            return
        self.sig_saved.emit(rules)
        self.accept()
