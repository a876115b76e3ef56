"""The agenda editor's Roster tab: a meeting's participants, added and edited in a form.

The table lists everyone on the meeting's roster (name, title or function, organisation or
delegation, stakeholder group, gender, in the room or remote, language); choosing a row fills
the form, "Save changes" edits that participant, "Add as new" adds the form as a new one. The
form validates as it is typed, naming the field. Every change is one undoable edit
(``AgendaEditing``), synced with the meeting's sessions; the language and the gender are
personal data, which the backend gives to staff and chairs only (never to participants or
displays).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.commands import MAX_GENDER, MAX_LANGUAGES, MAX_PERSON_FIELD
from moderator.domain.model import Attendance, Participant, StakeholderGroup
from moderator.services.agenda.agenda_editing import AgendaEditing, RosterFields
from moderator.services.common.wording import label_text
from moderator.ui.agenda.agenda_forms import FieldError, error_label, line_edit
from moderator.ui.agenda.agenda_models import RosterColumn, RosterModel


def check_roster(fields: RosterFields) -> RosterFields:
    """The form's fields, checked; raises ``FieldError`` for the first problem."""
    name = fields.name.strip()
    if not name:
        raise FieldError(
            QT_TRANSLATE_NOOP("FieldError", "Name"),
            QT_TRANSLATE_NOOP("FieldError", "a participant needs a name"),
        )
    limits = (
        ("Name", name, MAX_PERSON_FIELD),
        ("Title or function", fields.function.strip(), MAX_PERSON_FIELD),
        ("Organisation or delegation", fields.organisation.strip(), MAX_PERSON_FIELD),
        ("Gender", fields.gender.strip(), MAX_GENDER),
        ("Language", fields.language.strip(), MAX_LANGUAGES),
    )
    for label, value, limit in limits:
        if len(value) > limit:
            raise FieldError(
                label,
                QT_TRANSLATE_NOOP("FieldError", "at most {limit} characters ({typed} typed)"),
                limit=limit,
                typed=len(value),
            )
    return RosterFields(
        name=name,
        function=fields.function.strip(),
        organisation=fields.organisation.strip(),
        stakeholder_group=fields.stakeholder_group,
        gender=fields.gender.strip(),
        attendance=fields.attendance,
        language=fields.language.strip(),
    )


class RosterPanel(QWidget):
    def __init__(self, editing: AgendaEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._editing_id: str | None = None
        self._values: RosterFields | None = None
        self._loaded: RosterFields | None = None  # the chosen participant as saved
        self.model = RosterModel(editing, self)

        self.heading = QLabel()
        self.heading.setObjectName("roster_heading")
        self.table = QTableView()
        self.table.setObjectName("roster_table")
        self.table.setAccessibleName(self.tr("Participants of the meeting"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (RosterColumn.NAME, RosterColumn.FUNCTION, RosterColumn.ORGANISATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.name = line_edit("roster_name", self.tr("Name"))
        self.function = line_edit("roster_function", self.tr("Title or function"))
        self.organisation = line_edit("roster_organisation", self.tr("Organisation or delegation"))
        self.group = QComboBox()
        self.group.setObjectName("roster_group")
        self.group.setAccessibleName(self.tr("Stakeholder group"))
        for group in StakeholderGroup:
            self.group.addItem(label_text(group.label), group.value)
        self.gender = line_edit("roster_gender", self.tr("Gender (optional)"), self.tr("optional"))
        self.attendance = QComboBox()
        self.attendance.setObjectName("roster_attendance")
        self.attendance.setAccessibleName(self.tr("In the room or remote"))
        for attendance in Attendance:
            self.attendance.addItem(label_text(attendance.label), attendance.value)
        self.language = line_edit("roster_language", self.tr("Language"), "en")
        self.error = error_label("roster_error")
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("Clear the form for a new participant"))
        self.add_button = QPushButton(self.tr("Add as new"))
        self.add_button.setObjectName("roster_add")
        self.add_button.setAccessibleName(self.tr("Add the form as a new participant"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("roster_save")
        self.save_button.setAccessibleName(self.tr("Save the changes to the chosen participant"))

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Title or &function"), self.function)
        form.addRow(self.tr("&Organisation or delegation"), self.organisation)
        form.addRow(self.tr("Stakeholder &group"), self.group)
        form.addRow(self.tr("G&ender"), self.gender)
        form.addRow(self.tr("&Attends"), self.attendance)
        form.addRow(self.tr("&Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        note = QLabel(
            self.tr(
                "Gender and language are optional personal data: the backend shares them "
                "with staff and chairs only, never with participants or displays."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(note)

        for edit in (self.name, self.function, self.organisation, self.gender, self.language):
            edit.textChanged.connect(self._validate)
        self.group.currentIndexChanged.connect(self._validate)
        self.attendance.currentIndexChanged.connect(self._validate)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.new_button.clicked.connect(self.clear_form)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self._fill(None, "")

    @property
    def meeting_id(self) -> str | None:
        return self.model.meeting_id

    def show_meeting(self, meeting_id: str | None, title: str = "") -> None:
        """The meeting's roster as saved; the chosen participant's form follows an edit made
        elsewhere (another console's, through the sync) unless something is typed in it."""
        chosen = self._editing_id
        untouched = self._loaded is not None and self.fields() == self._loaded
        self.model.show_meeting(meeting_id)
        self.heading.setText(
            self.tr("<b>Roster</b> of {meeting}").format(meeting=title) if title else ""
        )
        if chosen is not None and self.model.row_of(chosen) >= 0:
            self.select(chosen)
            if untouched:
                row = self.model.row_of(chosen)
                self._fill(self.model.participant_at(row), self.model.language_of(chosen))
        elif chosen is not None:
            self.clear_form()
        self._validate()

    def select(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def fields(self) -> RosterFields:
        return RosterFields(
            name=self.name.text(),
            function=self.function.text(),
            organisation=self.organisation.text(),
            stakeholder_group=self.group.currentData(),
            gender=self.gender.text(),
            attendance=self.attendance.currentData(),
            language=self.language.text(),
        )

    def clear_form(self) -> None:
        self.table.clearSelection()
        self._editing_id = None
        self._fill(None, "")
        self.name.setFocus()

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        participant = self.model.participant_at(rows[0].row()) if rows else None
        if participant is None:
            return
        self._editing_id = participant.id
        self._fill(participant, self.model.language_of(participant.id))

    def _fill(self, participant: Participant | None, language: str) -> None:
        texts = {
            self.name: participant.name if participant else "",
            self.function: participant.function if participant else "",
            self.organisation: participant.organisation if participant else "",
            self.gender: (participant.gender or "") if participant else "",
            self.language: language,
        }
        for edit, text in texts.items():
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        group = participant.stakeholder_group if participant else StakeholderGroup.OTHER
        attendance = participant.attendance if participant else Attendance.IN_ROOM
        for combo, value in ((self.group, group.value), (self.attendance, attendance.value)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._loaded = self.fields() if participant is not None else None
        self._validate()

    def _validate(self) -> None:
        try:
            self._values = check_roster(self.fields())
        except FieldError as problem:
            self._values = None
            typed = any(
                edit.text() for edit in (self.name, self.function, self.organisation, self.gender)
            )
            self.error.setText(problem.text() if typed or self._editing_id else "")
        else:
            self.error.setText("")
        has_meeting = self.model.meeting_id is not None
        self.add_button.setEnabled(has_meeting and self._values is not None)
        changed = self._loaded is None or self.fields() != self._loaded
        self.save_button.setEnabled(
            has_meeting and self._values is not None and self._editing_id is not None and changed
        )

    def add(self) -> str | None:
        self._validate()
        meeting_id = self.model.meeting_id
        if self._values is None or meeting_id is None:
            return None
        participant_id = self._editing.add_participant(meeting_id, self._values)
        if participant_id is not None:
            self._editing_id = participant_id
            self.model.show_meeting(meeting_id)
            self.select(participant_id)
        return participant_id

    def save(self) -> bool:
        self._validate()
        meeting_id = self.model.meeting_id
        if self._values is None or meeting_id is None or self._editing_id is None:
            return False
        saved = self._editing.edit_participant(meeting_id, self._editing_id, self._values)
        if saved:
            self._loaded = self.fields()
            self._validate()
        return saved
