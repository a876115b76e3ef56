"""The agenda editor's forms for a session and an agenda item, with inline validation.

Each form checks what is typed as it is typed: the first problem is shown under the fields,
naming the field ("Starts: …"), and Save stays disabled until the form is valid and differs from
what is saved. Dates and times are shown and typed in the meeting's time zone (``zoneinfo``)
and stored as instants in epoch milliseconds; a time that does not exist on that day (the hour
skipped when clocks go forward) is refused by name.

The forms never write: Save calls ``AgendaEditing`` (one undoable step, synced for a followed
session), whose signals make the editor show the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.commands import (
    MAX_DURATION_MS,
    MAX_LANGUAGES,
    MAX_ROOM,
    MAX_TITLE,
    MAX_TRACK,
)
from moderator.domain.model import AgendaItem, SessionDetails, SessionFormat
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.services.common.wording import label_text
from moderator.ui.common.formatting import meeting_zone, minutes_seconds
from moderator.ui.common.time_input import parse_time

_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_DATE_TIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*$")
ERROR_STYLE = "color: #b00020; font-weight: 600;"


class FieldError(ValueError):
    """What is wrong with one field; ``field`` is its label as the form shows it.

    ``field`` and ``message`` are English, marked for translation (context ``FieldError``),
    ``arguments`` fill the message's placeholders: ``str()`` is the English sentence and
    ``text()`` the one the chair reads, in their language."""

    def __init__(self, field: str, message: str, **arguments: object) -> None:
        super().__init__(f"{field}: {message.format(**arguments)}")
        self.field = field
        self.message = message
        self.arguments = arguments

    def text(self) -> str:
        field = QCoreApplication.translate("FieldError", self.field)
        message = QCoreApplication.translate("FieldError", self.message)
        return QCoreApplication.translate("FieldError", "{field}: {message}").format(
            field=field, message=message.format(**self.arguments)
        )


#: The fields the forms name in their problems (passed to ``FieldError`` by name).
_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("FieldError", "Date"),
    QT_TRANSLATE_NOOP("FieldError", "Starts"),
    QT_TRANSLATE_NOOP("FieldError", "Ends"),
    QT_TRANSLATE_NOOP("FieldError", "Title or function"),
    QT_TRANSLATE_NOOP("FieldError", "Organisation or delegation"),
    QT_TRANSLATE_NOOP("FieldError", "Gender"),
    QT_TRANSLATE_NOOP("FieldError", "Language"),
)


# --- times in the meeting's zone (pure) ---------------------------------------------------------


def zone_description(zone_name: str, epoch_ms: int) -> str:
    """``Europe/Madrid (UTC+01:00)`` at that instant; the laptop's zone if the name is unknown."""
    zone = meeting_zone(zone_name)
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(zone)
    offset = moment.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    local = QCoreApplication.translate("AgendaForms", "local time")
    return f"{zone_name if zone is not None else local} ({offset})"


def local_parts(epoch_ms: int, zone_name: str) -> tuple[str, str]:
    """``("2025-11-28", "09:00")``: the instant's date and time in the meeting's zone."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(meeting_zone(zone_name))
    return moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M")


def parse_date(text: str, field: str) -> tuple[int, int, int]:
    match = _DATE.match(text)
    if match is None:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("FieldError", "type a date as YYYY-MM-DD (e.g. 2025-11-28)")
        )
    year, month, day = (int(part) for part in match.groups())
    try:
        datetime(year, month, day)
    except ValueError:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("FieldError", "{text} is not a day of the calendar"),
            text=text.strip(),
        ) from None
    return year, month, day


def parse_clock(text: str, field: str) -> tuple[int, int]:
    match = _TIME.match(text)
    if match is None:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("FieldError", "type a time as HH:MM (e.g. 09:30)")
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("FieldError", "{text} is not a time of day"), text=text.strip()
        )
    return hour, minute


def instant_ms(
    day: tuple[int, int, int], clock: tuple[int, int], zone_name: str, field: str
) -> int:
    """The instant of a wall-clock time in the meeting's zone; a time the clocks skip on that
    day is refused (when clocks go back, the first of the two is meant)."""
    zone = meeting_zone(zone_name)
    wall = datetime(*day, *clock)
    if zone is None:
        moment = wall.astimezone()  # the laptop's zone
    else:
        moment = wall.replace(tzinfo=zone)
        back = datetime.fromtimestamp(moment.timestamp(), tz=UTC).astimezone(zone)
        if back.replace(tzinfo=None) != wall:
            raise FieldError(
                field,
                QT_TRANSLATE_NOOP(
                    "FieldError", "{time} does not exist on {day} in {zone} (the clocks go forward)"
                ),
                time=f"{wall:%H:%M}",
                day=f"{wall:%Y-%m-%d}",
                zone=zone_name,
            )
    return round(moment.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class SessionValues:
    title: str
    room: str
    start_ms: int
    end_ms: int
    details: SessionDetails


def check_session(fields: dict[str, str], zone_name: str, session_id: str) -> SessionValues:
    """The session form's values, checked; raises ``FieldError`` for the first problem."""
    title = fields["title"].strip()
    if not title:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "a session needs a title"),
        )
    if len(title) > MAX_TITLE:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
            limit=MAX_TITLE,
            typed=len(title),
        )
    room = fields["room"].strip()
    if len(room) > MAX_ROOM:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Room"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
            limit=MAX_ROOM,
            typed=len(room),
        )
    day = parse_date(fields["date"], "Date")
    start = instant_ms(day, parse_clock(fields["starts"], "Starts"), zone_name, "Starts")
    ends = fields["ends"]
    with_date = _DATE_TIME.match(ends)
    if with_date is not None:
        end_day = parse_date(with_date.group(1), "Ends")
        end = instant_ms(end_day, parse_clock(with_date.group(2), "Ends"), zone_name, "Ends")
    else:
        match = _TIME.match(ends)
        if match is None:
            raise FieldError(
                QT_TRANSLATE_NOOP("FieldError", "Ends"),
                QT_TRANSLATE_NOOP(
                    "FieldError", "type a time as HH:MM, or YYYY-MM-DD HH:MM for another day"
                ),
            )
        end = instant_ms(day, parse_clock(ends, "Ends"), zone_name, "Ends")
    if end <= start:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Ends"),
            QT_TRANSLATE_NOOP("FieldError", "the session must end after it starts"),
        )
    if end - start > int(timedelta(days=7).total_seconds() * 1000):
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Ends"),
            QT_TRANSLATE_NOOP("FieldError", "a session cannot last more than a week"),
        )
    languages = fields["languages"].strip()
    if len(languages) > MAX_LANGUAGES:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Languages"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters"),
            limit=MAX_LANGUAGES,
        )
    track = fields["track"].strip()
    if len(track) > MAX_TRACK:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Track"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters"),
            limit=MAX_TRACK,
        )
    session_format = SessionFormat(fields["format"]) if fields["format"] else None
    details = SessionDetails(
        session_id=session_id,
        track=track,
        session_type=fields.get("session_type", ""),
        languages=languages,
        format=session_format,
    )
    return SessionValues(title, room, start, end, details)


def check_item(title_text: str, duration_text: str) -> tuple[str, int]:
    """An agenda item form's title and planned duration, checked."""
    title = title_text.strip()
    if not title:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "an agenda item needs a title"),
        )
    if len(title) > MAX_TITLE:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Title"),
            QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
            limit=MAX_TITLE,
            typed=len(title),
        )
    if not duration_text.strip():
        return title, 0
    duration = parse_time(duration_text)
    if duration is None or duration > MAX_DURATION_MS:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Planned duration"),
            QT_TRANSLATE_NOOP("FieldError", "type minutes (45) or m:ss (7:30), at most 24 hours"),
        )
    return title, duration


# --- widgets ----------------------------------------------------------------------------------


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("AgendaForms", "Problem with the form"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def line_edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


class SessionForm(QWidget):
    """Title, room, date and times (meeting's zone), format, languages and track."""

    #: The user asked for a copy of the session.
    sig_duplicate = Signal()

    def __init__(self, editing: AgendaEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._session_id: str | None = None
        self._zone = "UTC"
        self._saved: dict[str, str] = {}
        self._values: SessionValues | None = None
        self._session_type = ""

        self.title = line_edit("session_title", self.tr("Session title"))
        self.room = line_edit("session_room", self.tr("Room"))
        self.date = line_edit("session_date", self.tr("Date"), self.tr("YYYY-MM-DD"))
        self.starts = line_edit("session_starts", self.tr("Starts"), self.tr("HH:MM"))
        self.ends = line_edit("session_ends", self.tr("Ends"), self.tr("HH:MM"))
        self.zone_label = QLabel()
        self.zone_label.setObjectName("session_zone")
        self.format = QComboBox()
        self.format.setObjectName("session_format")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Not set"), "")
        for session_format in SessionFormat:
            self.format.addItem(label_text(session_format.label), session_format.value)
        self.languages = line_edit("session_languages", self.tr("Languages"), self.tr("en, fr, es"))
        self.track = line_edit("session_track", self.tr("Track"))
        self.error = error_label("session_error")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("session_save")
        self.save_button.setAccessibleName(self.tr("Save the session"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the session's fields"))
        self.duplicate_button = QPushButton(self.tr("Duplicate session"))
        self.duplicate_button.setObjectName("session_duplicate")
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the session"))
        self.duplicate_button.setToolTip(
            self.tr("A copy with its agenda and speakers, on this console only")
        )
        self.sync_note = QLabel()
        self.sync_note.setObjectName("session_sync_note")
        self.sync_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("&Date"), self.date)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends)
        times.addWidget(self.zone_label, 1)
        starts_label = QLabel(self.tr("&Starts"))
        starts_label.setBuddy(self.starts)
        form.addRow(starts_label, times)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("T&rack"), self.track)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.duplicate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.sync_note)
        layout.addStretch(1)

        for edit in (self.title, self.room, self.date, self.starts, self.ends):
            edit.textChanged.connect(self._validate)
        for edit in (self.languages, self.track):
            edit.textChanged.connect(self._validate)
        self.format.currentIndexChanged.connect(self._validate)
        for edit in (self.title, self.room, self.date, self.starts, self.ends, self.languages):
            edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.duplicate_button.clicked.connect(self.sig_duplicate.emit)

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def show_session(self, session_id: str) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self) -> None:
        """Fill the fields from what is saved."""
        if self._session_id is None:
            return
        state = self._editing.session_state(self._session_id)
        session, meeting = state.session, state.meeting
        details = self._editing.session_details(session.id)
        self._zone = meeting.timezone
        self._session_type = details.session_type
        start_date, start_time = local_parts(session.scheduled_start_ms, self._zone)
        end_date, end_time = local_parts(session.scheduled_end_ms, self._zone)
        saved = {
            "title": session.title,
            "room": session.room,
            "date": start_date,
            "starts": start_time,
            "ends": end_time if end_date == start_date else f"{end_date} {end_time}",
            "format": details.format.value if details.format is not None else "",
            "languages": details.languages,
            "track": details.track,
        }
        self._saved = saved
        self._fill(saved)
        self.zone_label.setText(
            self.tr("in {zone}").format(
                zone=zone_description(self._zone, session.scheduled_start_ms)
            )
        )
        followed = self._editing.is_followed(session.id)
        self.sync_note.setText(
            self.tr("Followed on a backend: every field here is sent to it.")
            if followed
            else self.tr("Not followed on a backend: saved on this console.")
        )
        self._validate()

    def _fill(self, values: dict[str, str]) -> None:
        for key, edit in self._edits().items():
            edit.blockSignals(True)
            edit.setText(values[key])
            edit.setCursorPosition(0)
            edit.blockSignals(False)
        self.format.blockSignals(True)
        self.format.setCurrentIndex(max(0, self.format.findData(values["format"])))
        self.format.blockSignals(False)

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "title": self.title,
            "room": self.room,
            "date": self.date,
            "starts": self.starts,
            "ends": self.ends,
            "languages": self.languages,
            "track": self.track,
        }

    def fields(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self._edits().items()}
        values["format"] = self.format.currentData() or ""
        values["session_type"] = self._session_type
        return values

    def _validate(self) -> None:
        if self._session_id is None:
            return
        try:
            self._values = check_session(self.fields(), self._zone, self._session_id)
        except FieldError as problem:
            self._values = None
            self.error.setText(problem.text())
        else:
            self.error.setText("")
        current = self.fields()
        dirty = any(current[key] != self._saved.get(key) for key in self._saved)
        self.save_button.setEnabled(self._values is not None and dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        self._validate()
        values = self._values
        if values is None or self._session_id is None or not self.save_button.isEnabled():
            return False
        ok = self._editing.edit_session(
            self._session_id,
            values.title,
            values.room,
            values.start_ms,
            values.end_ms,
            values.details,
        )
        if ok:
            self.reload()
        return ok


class ItemForm(QWidget):
    """An agenda item's title and planned duration (its place: move up/down in the tree)."""

    def __init__(self, editing: AgendaEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._session_id: str | None = None
        self._item: AgendaItem | None = None
        self._number = 0
        self._saved: tuple[str, str] = ("", "")
        self._values: tuple[str, int] | None = None

        self.title = line_edit("item_title", self.tr("Agenda item title"))
        self.duration = line_edit(
            "item_duration", self.tr("Planned duration"), self.tr("minutes, or m:ss")
        )
        self.place = QLabel()
        self.place.setObjectName("item_place")
        self.error = error_label("item_error")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("item_save")
        self.save_button.setAccessibleName(self.tr("Save the agenda item"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the agenda item's fields"))

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Planned duration"), self.duration)
        form.addRow(self.tr("Place"), self.place)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.title.textChanged.connect(self._validate)
        self.duration.textChanged.connect(self._validate)
        self.title.returnPressed.connect(self.save)
        self.duration.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)

    def show_item(self, session_id: str, item_id: str, keep_typing: bool = False) -> None:
        """Show the item as saved; with ``keep_typing`` (the same item changed elsewhere, e.g.
        its list) what is being typed stays."""
        typing = keep_typing and self.revert_button.isEnabled()
        if typing and self._item is not None and self._item.id == item_id:
            typed = (self.title.text(), self.duration.text())
        else:
            typed = None
        self._session_id = session_id
        self._item = None
        state = self._editing.session_state(session_id)
        items = state.agenda_items
        for number, item in enumerate(items, start=1):
            if item.id == item_id:
                self._item, self._number = item, number
        count = len(items)
        self.place.setText(
            self.tr("{number} of {count} (Alt+↑ / Alt+↓ in the tree to move it)").format(
                number=self._number, count=count
            )
        )
        self.reload()
        if typed is not None:
            self.title.setText(typed[0])
            self.duration.setText(typed[1])

    def reload(self) -> None:
        item = self._item
        if item is None:
            return
        duration = minutes_seconds(item.planned_duration_ms) if item.planned_duration_ms else ""
        self._saved = (item.title, duration)
        for edit, text in ((self.title, item.title), (self.duration, duration)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.blockSignals(False)
        self._validate()

    def _validate(self) -> None:
        try:
            self._values = check_item(self.title.text(), self.duration.text())
        except FieldError as problem:
            self._values = None
            self.error.setText(problem.text())
        else:
            self.error.setText("")
        dirty = (self.title.text(), self.duration.text()) != self._saved
        self.save_button.setEnabled(self._values is not None and dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        self._validate()
        if self._values is None or self._item is None or self._session_id is None:
            return False
        if not self.save_button.isEnabled():
            return False
        title, duration = self._values
        session_id, item_id = self._session_id, self._item.id
        saved = self._editing.edit_agenda_item(session_id, item_id, title, duration, self._number)
        if saved:
            # The fields show what is saved now, as saved ("5" typed reads "5:00"): nothing is
            # left to save or revert.
            self.show_item(session_id, item_id)
        return saved
