"""Adding a speaker and recording a floor request in the room, from the keyboard.

``AddSpeakerDialog`` (Insert): type a few letters of a participant's name or organisation (the
completer offers matches), or a walk-in as "Name, Organisation"; choose the speech type (its
default time fills in from the meeting's rules) and the agenda item; Enter adds. The placement
follows the speech type (a point of order at the top, a reply at the end of the item…).

``RoomRequestPicker`` (H): a hand raised in the room. The list shows the participants in the
room, starting on the speaker selected in the list of speakers, so H then Enter records that
person; typing filters the list. The hand joins the queue of hands with the remote ones.

Both are window-modal but never block the event loop (``open()``, not ``exec()``): the clock
and the sync keep running while the chair types.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Attendance, Participant, SpeechType
from moderator.domain.queue_rules import current_item_id
from moderator.domain.speech_rules import default_time
from moderator.services.chair.session_service import SessionService
from moderator.ui.common.formatting import minutes_seconds
from moderator.ui.common.time_input import parse_time


def _folded(text: str) -> str:
    """Case- and accent-insensitive form, so "tomas" finds "Tomás"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _label(participant: Participant) -> str:
    return (
        f"{participant.name} — {participant.organisation}"
        if participant.organisation
        else participant.name
    )


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """Who the typed text means: a participant, or a walk-in (name, organisation)."""

    participant_id: str | None
    walk_in: tuple[str, str] | None

    @property
    def is_empty(self) -> bool:
        return self.participant_id is None and self.walk_in is None


def interpret(text: str, participants: list[Participant]) -> SpeakerChoice:
    """A completer label, a name (or the only participant whose name or organisation contains
    the text) means that participant; anything else is a walk-in "Name, Organisation"."""
    wanted = _folded(text)
    if not wanted:
        return SpeakerChoice(None, None)
    for participant in participants:
        if wanted in (_folded(_label(participant)), _folded(participant.name)):
            return SpeakerChoice(participant.id, None)
    name, _comma, organisation = text.partition(",")
    return SpeakerChoice(None, (name.strip(), organisation.strip()))


class AddSpeakerDialog(QDialog):
    #: The speaker was added; carries the new entry id.
    sig_added = Signal(str)

    def __init__(self, service: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSpeakerDialog")
        self.setWindowTitle(self.tr("Add a speaker"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        state = service.state
        self._participants = sorted(state.participants.values(), key=lambda p: _folded(p.name))
        self._time_edited = False

        self.who = QLineEdit(objectName="who")
        self.who.setPlaceholderText(
            self.tr("Name or organisation… or a walk-in: Name, Organisation")
        )
        completer = QCompleter(QStringListModel([_label(p) for p in self._participants]), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.hint = QLabel(objectName="whoHint")
        self.speech_type = QComboBox(objectName="speechType")
        for kind in SpeechType:
            self.speech_type.addItem(self.tr(kind.label), kind)
        self.item = QComboBox(objectName="agendaItem")
        for agenda_item in state.agenda_items:
            self.item.addItem(f"{agenda_item.position}. {agenda_item.title}", agenda_item.id)
        current = current_item_id(state)
        if current is not None:
            self.item.setCurrentIndex(self.item.findData(current))
        self.time = QLineEdit(objectName="allotted")
        self.time.setPlaceholderText("m:ss")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Speaker:"), self.who)
        form.addRow("", self.hint)
        form.addRow(self.tr("Speech type:"), self.speech_type)
        form.addRow(self.tr("Agenda item:"), self.item)
        form.addRow(self.tr("Time:"), self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.who.textChanged.connect(self._refresh)
        self.speech_type.currentIndexChanged.connect(self._refresh)
        self.item.currentIndexChanged.connect(self._refresh)
        self.time.textEdited.connect(self._time_typed)
        self._refresh()

    def kind(self) -> SpeechType:
        """The chosen speech type (Qt hands the item data back as a plain string)."""
        return SpeechType(self.speech_type.currentData())

    def choice(self) -> SpeakerChoice:
        return interpret(self.who.text(), self._participants)

    def _time_typed(self, _text: str) -> None:
        self._time_edited = True
        self._refresh()

    def _refresh(self) -> None:
        choice = self.choice()
        if choice.participant_id is not None:
            participant = self._service.state.participants[choice.participant_id]
            self.hint.setText(f"{_label(participant)} · {self.tr(participant.attendance.label)}")
        elif choice.walk_in is not None:
            name, organisation = choice.walk_in
            self.hint.setText(
                self.tr("New participant (walk-in): {who}").format(
                    who=f"{name} — {organisation}" if organisation else name
                )
            )
        else:
            self.hint.setText("")
        kind = self.kind()
        if not self._time_edited:
            allotted = self._service.speech_rules[kind].default_ms
            if choice.participant_id is not None:
                allotted = default_time(
                    self._service.state,
                    self._service.speech_rules,
                    kind,
                    self.item.currentData(),
                    choice.participant_id,
                )
            self.time.setText(minutes_seconds(allotted))
        time_ok = parse_time(self.time.text()) is not None
        self.time.setStyleSheet("" if time_ok else "QLineEdit { border: 2px solid #b71c1c; }")
        self.time.setToolTip("" if time_ok else self.tr("Type m:ss (2:30) or minutes (3)"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        walk_in_named = choice.walk_in is None or bool(choice.walk_in[0])
        ok.setEnabled(not choice.is_empty and time_ok and walk_in_named)

    def _add(self) -> None:
        choice = self.choice()
        allotted = parse_time(self.time.text())
        if choice.is_empty or allotted is None:
            return
        entry_id = self._service.add_speaker(
            self.kind(),
            participant_id=choice.participant_id,
            walk_in=choice.walk_in,
            allotted_ms=allotted,
            agenda_item_id=self.item.currentData(),
        )
        if entry_id is not None:
            self.sig_added.emit(entry_id)
            self.accept()


class RoomRequestPicker(QDialog):
    """H: who raised their hand in the room. Enter records the highlighted person."""

    def __init__(
        self,
        service: SessionService,
        preselected_participant_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomRequestPicker")
        self.setWindowTitle(self.tr("Floor request in the room"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        people = [
            p for p in service.state.participants.values() if p.attendance is Attendance.IN_ROOM
        ]
        people.sort(key=lambda p: _folded(p.name))
        self.filter = QLineEdit(objectName="roomFilter")
        self.filter.setPlaceholderText(self.tr("Type to find a name or organisation"))
        self.people = QListWidget(objectName="roomPeople")
        for participant in people:
            item = QListWidgetItem(_label(participant))
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            self.people.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who raised their hand? Enter records it.")))
        layout.addWidget(self.filter)
        layout.addWidget(self.people)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._record)
        self.people.itemActivated.connect(lambda _item: self._record())
        self._select(preselected_participant_id)

    def _select(self, participant_id: str | None) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if not item.isHidden() and (
                participant_id is None or item.data(Qt.ItemDataRole.UserRole) == participant_id
            ):
                self.people.setCurrentItem(item)
                return
        if participant_id is not None:
            self._select(None)

    def _filter(self, text: str) -> None:
        wanted = _folded(text)
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in _folded(item.text()))
        current = self.people.currentItem()
        if current is None or current.isHidden():
            self._select(None)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """↑/↓ move in the list while the filter keeps the typing focus."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.people.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _record(self) -> None:
        item = self.people.currentItem()
        if item is None or item.isHidden():
            return
        if self._service.record_room_request(item.data(Qt.ItemDataRole.UserRole)):
            self.accept()
