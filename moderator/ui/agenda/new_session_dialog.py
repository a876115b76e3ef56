"""New meeting… and New session…: the two small forms that start a day from nothing.

Without them a chair with an empty database (or a session the organisers forgot) had to edit
files or import a schedule. Each form checks what is typed as it is typed and names the field
in its message ("Title: …", "Time zone: …", "Ends: …"); Create stays disabled until the form
is valid. Times are typed in the meeting's time zone (the agenda editor's own parsing, so a
time the clocks skip is refused by name). The rows are created by ``SessionDirectory`` (the
store's insert paths); the forms then say what the chair wants next: New meeting goes on to
its first session, New session opens the new session and, if asked, the agenda editor to fill
it. The console does the opening (``sig_created``).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.commands import MAX_ROOM, MAX_TITLE
from moderator.domain.model import Meeting
from moderator.services.agenda.session_directory import NotSaved, SessionDirectory
from moderator.ui.agenda.agenda_forms import (
    ERROR_STYLE,
    FieldError,
    check_session,
    zone_description,
)
from moderator.ui.common.formatting import meeting_zone


def check_meeting(title: str, venue: str, timezone: str) -> None:
    """Raises ``FieldError`` naming the first field that cannot be saved."""
    if not title.strip():
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "a meeting needs a title"),
        )
    if len(title.strip()) > MAX_TITLE:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
            limit=MAX_TITLE,
            typed=len(title.strip()),
        )
    if len(venue.strip()) > MAX_ROOM:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Venue"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
            limit=MAX_ROOM,
            typed=len(venue.strip()),
        )
    zone = timezone.strip()
    if not zone:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Time zone"),
            QT_TRANSLATE_NOOP(
                "FieldError", "choose the meeting's time zone (e.g. Europe/Brussels)"
            ),
        )
    if zone != "UTC" and meeting_zone(zone) is None:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Time zone"),
            QT_TRANSLATE_NOOP(
                "FieldError", "“{zone}” is not a time zone name (e.g. Europe/Brussels)"
            ),
            zone=zone,
        )


class _Form(QDialog):
    """A small form: fields, one inline message, Create (enabled when valid) and Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.after = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(self.after)
        layout.addWidget(self.buttons)

    def _line(self, label: str, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.textChanged.connect(lambda _text: self.validate())
        self.form.addRow(label, edit)
        return edit

    def validate(self) -> bool:
        try:
            self._checked()
        except FieldError as problem:
            self.error.setText(problem.text())
            self.create_button.setEnabled(False)
            return False
        self.error.setText("")
        self.create_button.setEnabled(True)
        return True

    def _checked(self):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def create(self) -> None:
        raise NotImplementedError


class NewMeetingDialog(_Form):
    """Title, venue and time zone of a new meeting; then, by default, its first session."""

    #: The meeting was created (its id) and whether the chair goes on to its first session.
    sig_created = Signal(str, bool)

    def __init__(
        self,
        directory: SessionDirectory,
        default_zone: str,
        parent: QWidget | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self._directory = directory
        self.meeting: Meeting | None = None
        if reason:
            note = QLabel(reason, self)
            note.setObjectName("newMeetingReason")
            note.setWordWrap(True)
            self.form.addRow(note)
        self.title_edit = self._line(self.tr("Title"), "meetingTitle")
        self.venue_edit = self._line(self.tr("Venue"), "meetingVenue")
        self.zone_box = QComboBox(self)
        self.zone_box.setObjectName("meetingTimeZone")
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        self.zone_box.setEditable(True)
        self.zone_box.addItems(sorted(zoneinfo.available_timezones() | {"UTC"}))
        self.zone_box.setCurrentText(default_zone or "UTC")
        self.zone_box.currentTextChanged.connect(lambda _text: self.validate())
        self.form.addRow(self.tr("Time zone"), self.zone_box)
        self.then_session = QCheckBox(self.tr("Then create its first session"), self)
        self.then_session.setObjectName("thenNewSession")
        self.then_session.setChecked(True)
        self.after.addWidget(self.then_session)
        self.validate()
        self.title_edit.setFocus()

    def _checked(self) -> None:
        check_meeting(self.title_edit.text(), self.venue_edit.text(), self.zone_box.currentText())

    def create(self) -> None:
        if not self.validate():
            return
        try:
            self.meeting = self._directory.create_meeting(
                self.title_edit.text(), self.venue_edit.text(), self.zone_box.currentText()
            )
        except NotSaved as error:
            self.error.setText(str(error))
            return
        self.accept()
        self.sig_created.emit(self.meeting.id, self.then_session.isChecked())


class NewSessionDialog(_Form):
    """Meeting, title, date, start and end (in the meeting's zone) and room of a new session;
    then, by default, it is opened and the agenda editor shown to fill it."""

    #: The session was created: its id, open it now, then fill its agenda in the editor.
    sig_created = Signal(str, bool, bool)

    def __init__(
        self,
        directory: SessionDirectory,
        meetings: Sequence[Meeting],
        meeting_id: str | None,
        now_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        self._directory = directory
        self._meetings = list(meetings)
        self._now_ms = now_ms
        self.session_id: str | None = None
        self.meeting_box = QComboBox(self)
        self.meeting_box.setObjectName("sessionMeeting")
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        for meeting in self._meetings:
            self.meeting_box.addItem(meeting.title, meeting.id)
        index = next((i for i, m in enumerate(self._meetings) if m.id == meeting_id), 0)
        self.meeting_box.setCurrentIndex(index)
        self.form.addRow(self.tr("Meeting"), self.meeting_box)
        self.title_edit = self._line(self.tr("Title"), "sessionTitle")
        self.date_edit = self._line(self.tr("Date"), "sessionDate")
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.start_edit = self._line(self.tr("Starts"), "sessionStarts")
        self.start_edit.setPlaceholderText(self.tr("HH:MM"))
        self.end_edit = self._line(self.tr("Ends"), "sessionEnds")
        self.end_edit.setPlaceholderText(self.tr("HH:MM, or YYYY-MM-DD HH:MM"))
        self.room_edit = self._line(self.tr("Room"), "sessionRoom")
        self.zone_note = QLabel(self)
        self.zone_note.setObjectName("sessionZone")
        self.form.addRow(self.tr("Times in"), self.zone_note)
        local = QLabel(
            self.tr(
                "The new session is on this console only until its meeting is uploaded "
                "(Session → Upload to backend…), as a duplicated one is."
            ),
            self,
        )
        local.setObjectName("newSessionLocal")
        local.setWordWrap(True)
        self.after.addWidget(local)
        self.open_it = QCheckBox(self.tr("Open it now"), self)
        self.open_it.setObjectName("openNewSession")
        self.open_it.setChecked(True)
        self.fill_agenda = QCheckBox(self.tr("and fill its agenda in the agenda editor"), self)
        self.fill_agenda.setObjectName("fillNewSession")
        self.fill_agenda.setChecked(True)
        self.open_it.toggled.connect(self.fill_agenda.setEnabled)
        self.after.addWidget(self.open_it)
        self.after.addWidget(self.fill_agenda)
        self.meeting_box.currentIndexChanged.connect(lambda _index: self._meeting_chosen())
        self._meeting_chosen()
        self.title_edit.setFocus()

    def _zone(self) -> str:
        meeting = self._meetings[self.meeting_box.currentIndex()]
        return meeting.timezone

    def _meeting_chosen(self) -> None:
        """Defaults in the meeting's zone: today, the next full hour, for an hour."""
        zone = self._zone()
        self.zone_note.setText(zone_description(zone, self._now_ms))
        if not self.date_edit.text() and not self.start_edit.text():
            now = datetime.fromtimestamp(self._now_ms / 1000, tz=UTC).astimezone(meeting_zone(zone))
            start = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
            end = start + timedelta(hours=1)
            self.date_edit.setText(f"{start:%Y-%m-%d}")
            self.start_edit.setText(f"{start:%H:%M}")
            self.end_edit.setText(
                f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
            )
        self.validate()

    def _checked(self):  # type: ignore[no-untyped-def]
        fields = {
            "title": self.title_edit.text(),
            "room": self.room_edit.text(),
            "date": self.date_edit.text(),
            "starts": self.start_edit.text(),
            "ends": self.end_edit.text(),
            "languages": "",
            "track": "",
            "format": "",
        }
        return check_session(fields, self._zone(), "")

    def create(self) -> None:
        if not self.validate():
            return
        values = self._checked()
        meeting_id = self.meeting_box.currentData()
        try:
            session = self._directory.create_session(
                meeting_id, values.title, values.room, values.start_ms, values.end_ms
            )
        except NotSaved as error:
            self.error.setText(str(error))
            return
        self.session_id = session.id
        self.accept()
        opening = self.open_it.isChecked()
        self.sig_created.emit(session.id, opening, opening and self.fill_agenda.isChecked())
