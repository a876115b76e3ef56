"""The agenda editor's list of speakers for one agenda item: the table and the "add" row.

A speaker is added as staff fill a list: type a participant's name or organisation (type-ahead
over the meeting's roster) and press Enter, which picks the person (the whole name shows) and
moves on to the speech type; choose it (its default time fills the allotted time), Tab to the
time if it differs, and Enter adds the speaker and returns to the name for the next one. The
speech type and time chosen stay for the next speaker, so a run of statements is name, Enter,
Enter. As in the chair's Add a speaker dialog, a time typed for a speaker survives a change of
speech type, and a delegation's later right of reply defaults to the shorter time. Enter on a
name already picked adds too, and so does "Add speaker". Speech type and
allotted time are edited in the table; Alt+↑/Alt+↓ or drag and drop reorder; Delete takes a
speaker off the list. Every action is one undoable edit (``AgendaEditing``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Participant, SpeechType
from moderator.domain.session_state import SessionState
from moderator.domain.speech_rules import SpeechRules, default_time
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.services.common.wording import label_text
from moderator.ui.agenda.agenda_forms import error_label, line_edit
from moderator.ui.agenda.agenda_models import SpeakerColumn, SpeakersModel
from moderator.ui.chair.add_speaker_dialog import interpret
from moderator.ui.common.formatting import minutes_seconds
from moderator.ui.common.time_input import parse_time

Index = QModelIndex | QPersistentModelIndex


def participant_label(participant: Participant) -> str:
    """What the type-ahead offers: ``Name — Organisation``."""
    if participant.organisation:
        return f"{participant.name} — {participant.organisation}"
    return participant.name


class SpeechTypeDelegate(QStyledItemDelegate):
    """A drop-down of the speech types for the table's "Speech type" cells."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Speech type"))
        for speech_type in SpeechType:
            combo.addItem(label_text(speech_type.label), speech_type.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _EnterAdds(QObject):
    """Enter on the speech type of the add row adds the speaker (a closed drop-down lets the key
    through to nobody; an open one takes it to choose its entry, as usual)."""

    def __init__(self, add: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._add = add

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._add()
            return True
        return False


class SpeakersPanel(QWidget):
    def __init__(self, editing: AgendaEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._participants: list[Participant] = []
        #: The participant Enter (or a click on a suggestion) picked in the name field: the
        #: next Enter adds them.
        self._picked: str | None = None
        #: A time typed for the speaker being added: a change of speech type keeps it (as in
        #: the chair's Add a speaker dialog); the next speaker starts from the defaults again.
        self._time_typed = False
        self.model = SpeakersModel(editing, self)

        self.table = QTableView()
        self.table.setObjectName("speakers_table")
        self.table.setAccessibleName(self.tr("List of speakers of the agenda item"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(SpeakerColumn.TYPE, SpeechTypeDelegate(self.table))
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SpeakerColumn.PARTICIPANT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SpeakerColumn.ORGANISATION, QHeaderView.ResizeMode.Stretch)

        self.who = line_edit(
            "speaker_participant",
            self.tr("Participant to add"),
            self.tr("Type a name or an organisation…"),
        )
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.kind = QComboBox()
        self.kind.setObjectName("speaker_type")
        self.kind.setAccessibleName(self.tr("Speech type of the speaker to add"))
        for speech_type in SpeechType:
            self.kind.addItem(label_text(speech_type.label), speech_type.value)
        self.allotted = line_edit("speaker_allotted", self.tr("Allotted time"), self.tr("m:ss"))
        self.allotted.setMaximumWidth(80)
        self.add_button = QPushButton(self.tr("Add speaker"))
        self.add_button.setObjectName("speaker_add")
        self.add_button.setAccessibleName(self.tr("Add the speaker to the list"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("speaker_remove")
        self.remove_button.setAccessibleName(self.tr("Take the selected speaker off the list"))
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected speaker up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected speaker down"))
        self.error = error_label("speaker_error")
        self.hint = QLabel()
        self.hint.setObjectName("speaker_hint")
        self.hint.setWordWrap(True)

        adding = QHBoxLayout()
        adding.addWidget(self.who, 3)
        adding.addWidget(self.kind, 1)
        adding.addWidget(self.allotted)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        moving.addWidget(QLabel(self.tr("Drag a row, or Alt+↑ / Alt+↓, to reorder.")), 1)
        moving.addWidget(self.up_button)
        moving.addWidget(self.down_button)
        moving.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>List of speakers</b>"))
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(moving)
        layout.addLayout(adding)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

        self._rules = SpeechRules()
        self._set_default_time()
        self.kind.currentIndexChanged.connect(self._set_default_time)
        self.who.textChanged.connect(self._validate)
        self.who.textEdited.connect(self._unpick)
        self.kind.currentIndexChanged.connect(self._validate)
        self.allotted.textChanged.connect(self._validate)
        self.allotted.textEdited.connect(lambda _text: setattr(self, "_time_typed", True))
        self.who.returnPressed.connect(self._enter_on_name)
        completer.activated.connect(self._suggestion_chosen)
        self.kind.installEventFilter(_EnterAdds(self.add, self.kind))
        self.allotted.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self._shortcut("Alt+Up", lambda: self.move_selected(-1))
        self._shortcut("Alt+Down", lambda: self.move_selected(+1))
        self._shortcut(QKeySequence.StandardKey.Delete, self.remove_selected)
        self._validate()

    def _shortcut(self, keys: Any, slot: Any) -> None:
        action = QAction(self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)

    # --- showing -----------------------------------------------------------------------------

    def show_item(self, state: SessionState | None, item_id: str | None) -> None:
        selected = self.selected_entry_id()
        if state is not None:
            # Default times follow the meeting's own rules (Speech types…), which the chair may
            # have changed since: one small read per item shown; the typed time is replaced
            # only when the rules did change.
            rules = self._editing.speech_rules(state.meeting.id)
            if rules != self._rules:
                self._rules = rules
                self._set_default_time()
        self.model.show_item(state, item_id)
        self._participants = (
            sorted(state.participants.values(), key=lambda p: p.name.casefold()) if state else []
        )
        self._names.setStringList([participant_label(p) for p in self._participants])
        if selected is not None and self.selected_entry_id() != selected:
            self.select_entry(selected)  # another list was shown: find the speaker again
        self._validate()

    def selected_entry_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.model.entry_at(rows[0].row())
        return entry.id if entry is not None else None

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, SpeakerColumn.PARTICIPANT))

    # --- acting --------------------------------------------------------------------------------

    def _set_default_time(self) -> None:
        """The speech type's default time (the meeting's rules; a later right of reply of the
        picked person's delegation is shorter), unless a time was typed for this speaker."""
        if self._time_typed:
            return
        speech_type = SpeechType(self.kind.currentData())
        state, item_id = self.model.state, self.model.item_id
        allotted = self._rules[speech_type].default_ms
        if self._picked is not None and state is not None and item_id is not None:
            allotted = default_time(state, self._rules, speech_type, item_id, self._picked)
        self.allotted.setText(minutes_seconds(allotted))

    def _choice(self) -> tuple[str | None, str | None, int | None]:
        """(participant id, problem, allotted ms) of the add row."""
        text = self.who.text()
        allotted = parse_time(self.allotted.text())
        if not text.strip():
            return None, self.tr("Participant: type a name from the roster"), allotted
        choice = interpret(text, self._participants)
        if choice.is_ambiguous:
            return (
                None,
                self.tr(
                    "Participant: {count} on the roster match “{text}”: pick one from the list"
                ).format(count=len(choice.candidates), text=text.strip()),
                allotted,
            )
        if choice.participant_id is None:
            matches = [
                p
                for p in self._participants
                if text.strip().casefold() in participant_label(p).casefold()
            ]
            if len(matches) == 1:
                return matches[0].id, None, allotted
            return (
                None,
                self.tr(
                    "Participant: nobody on the roster is called “{text}” "
                    "(add them on the Roster tab first)"
                ).format(text=text.strip()),
                allotted,
            )
        if allotted is None:
            return choice.participant_id, self.tr("Allotted: type m:ss (3:00) or minutes (3)"), None
        return choice.participant_id, None, allotted

    def _validate(self) -> None:
        has_item = self.model.item_id is not None
        participant_id, problem, _allotted = self._choice()
        typing = bool(self.who.text().strip())
        self.error.setText(problem if (problem and typing) else "")
        self.add_button.setEnabled(has_item and participant_id is not None and problem is None)
        for widget in (self.who, self.kind, self.allotted):
            widget.setEnabled(has_item)
        picked = self._picked is not None and self._picked == participant_id and not problem
        self.hint.setText(
            self.tr(
                "Enter adds them as {kind}, {time}; or change the speech type and time first"
            ).format(kind=self.kind.currentText(), time=self.allotted.text().strip())
            if picked
            else ""
        )

    def _unpick(self) -> None:
        """The name is being typed again: the next Enter picks, it does not add."""
        self._picked = None

    def _enter_on_name(self) -> None:
        """Enter in the name field: pick the person it names (the whole name shows, the speech
        type is next), or add them when they are already picked."""
        participant_id, problem, _allotted = self._choice()
        if participant_id is None:
            if problem is not None:
                self.error.setText(problem)
            return
        if self._picked == participant_id:
            self.add()
            return
        self._pick(participant_id)

    def _suggestion_chosen(self, _text: str) -> None:
        """A suggestion clicked or chosen with Enter in the pop-up: that person is picked."""
        participant_id, _problem, _allotted = self._choice()
        if participant_id is not None:
            self._pick(participant_id)

    def _pick(self, participant_id: str) -> None:
        participant = next((p for p in self._participants if p.id == participant_id), None)
        if participant is None:
            return
        self._picked = participant_id
        label = participant_label(participant)
        if self.who.text() != label:
            self.who.setText(label)  # not "edited": the pick holds
        plain = self._rules[SpeechType(self.kind.currentData())].default_ms
        if parse_time(self.allotted.text()) == plain:
            self._set_default_time()  # their own default (a later reply); a carried time stays
        self._validate()
        popup = self.who.completer().popup() if self.who.completer() is not None else None
        if popup is not None and popup.isVisible():
            # After the key press is over: the pop-up, closing on this Enter, hands the focus
            # back to the name field as it closes.
            QTimer.singleShot(0, self.kind, lambda: self.kind.setFocus())
        else:
            self.kind.setFocus()

    def add(self) -> str | None:
        participant_id, problem, allotted = self._choice()
        if problem is not None:
            self.error.setText(problem)
            return None
        session_id, item_id = self.model.session_id, self.model.item_id
        if participant_id is None or allotted is None or session_id is None or item_id is None:
            return None
        speech_type = SpeechType(self.kind.currentData())
        entry_id = self._editing.add_speaker(
            session_id, item_id, participant_id, speech_type, allotted
        )
        if entry_id is not None:
            self._hold_suggestion_write_back()
            self._picked = None
            self._time_typed = False
            self.who.clear()  # the button is disabled again until another participant is chosen
            self.error.setText("")
            self.select_entry(entry_id)
            self.who.setFocus()  # the next name; the speech type and time stay as chosen
        return entry_id

    def _hold_suggestion_write_back(self) -> None:
        """Enter on a suggestion highlighted in the pop-up: the line edit's Enter adds the
        speaker, then, in the same key press, the completer writes the suggestion back into
        the field, which left the name there and "Add speaker" on (a second click added the
        same person twice). The completer stays silent until that key press is over."""
        completer = self.who.completer()
        if completer is None or completer.signalsBlocked():
            return
        completer.blockSignals(True)
        QTimer.singleShot(0, completer, lambda: completer.blockSignals(False))

    def remove_selected(self) -> bool:
        entry_id, session_id = self.selected_entry_id(), self.model.session_id
        if entry_id is None or session_id is None:
            return False
        return self._editing.remove_speaker(session_id, entry_id)

    def move_selected(self, delta: int) -> bool:
        entry_id, session_id = self.selected_entry_id(), self.model.session_id
        if entry_id is None or session_id is None:
            return False
        row = self.model.row_of(entry_id) + delta
        if not 0 <= row < self.model.rowCount():
            return False
        moved = self._editing.move_speaker(session_id, entry_id, row)
        self.select_entry(entry_id)
        return moved
