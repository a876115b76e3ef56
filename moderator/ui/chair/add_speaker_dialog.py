"""Adding a speaker and recording a floor request in the room, from the keyboard.

``AddSpeakerDialog`` (Insert): type the start of any word of a participant's name or
organisation ("nad", "petro", "veloria"; case and accents do not matter): the roster's matches
are offered as one types, and Enter adds the only match, or the one highlighted with ↓. A
walk-in is created only when the chair asks for one: a name nobody on the roster matches, a
"Name, Organisation" typed with a comma, or the "Add as walk-in" button — never because a
partial name was typed. Choose the speech type (its default time fills in from the meeting's
rules) and the agenda item; Enter adds. A refusal (a closed list, a limit of replies) is shown
in the dialog, which stays open for a correction. The placement follows the speech type (a
point of order at the top, a reply at the end of the item…).

``RoomRequestPicker`` (H): a hand raised in the room. The list shows the participants in the
room, starting on the speaker selected in the list of speakers, so H then Enter records that
person; typing filters the list. The hand joins the queue of hands with the remote ones.

Both are window-modal but never block the event loop (``open()``, not ``exec()``): the clock
and the sync keep running while the chair types.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Attendance, Participant, SpeechType
from moderator.domain.queue_rules import current_item_id
from moderator.domain.speech_rules import default_time
from moderator.services.chair.session_service import SessionService
from moderator.services.common.wording import label_text
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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _folded(text))


def roster_matches(text: str, participants: list[Participant]) -> list[Participant]:
    """The participants the typed text may mean, in roster order: every typed word is the start
    of a word of their name or organisation ("nad", "petro", "veloria", "nadia pet"). A chair
    types a few letters, rarely a whole name; a substring in the middle of a word ("dia") is
    not what anyone means."""
    wanted = _words(text)
    if not wanted:
        return []
    found = []
    for participant in participants:
        words = _words(f"{participant.name} {participant.organisation}")
        if all(any(word.startswith(part) for word in words) for part in wanted):
            found.append(participant)
    return found


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """Who the typed text means: a participant, or a walk-in (name, organisation); neither
    while it is empty or still matches several participants (``candidates``)."""

    participant_id: str | None
    walk_in: tuple[str, str] | None
    candidates: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.participant_id is None and self.walk_in is None

    @property
    def is_ambiguous(self) -> bool:
        return self.is_empty and len(self.candidates) > 1


def interpret(text: str, participants: list[Participant]) -> SpeakerChoice:
    """A completer label or a whole name means that participant; so does text that matches
    exactly one participant (``roster_matches``). Text that matches several means nobody yet
    (keep typing, or pick one). Only text that matches nobody, or "Name, Organisation" typed
    with a comma, is a walk-in: a partial name must never create a new participant."""
    wanted = _folded(text)
    if not wanted:
        return SpeakerChoice(None, None)
    for participant in participants:
        if wanted in (_folded(_label(participant)), _folded(participant.name)):
            return SpeakerChoice(participant.id, None)
    name, comma, organisation = text.partition(",")
    if comma:
        return SpeakerChoice(None, (name.strip(), organisation.strip()))
    matches = roster_matches(text, participants)
    if len(matches) == 1:
        return SpeakerChoice(matches[0].id, None)
    if matches:
        return SpeakerChoice(None, None, tuple(p.id for p in matches))
    return SpeakerChoice(None, (name.strip(), ""))


def walk_in_of(text: str) -> tuple[str, str] | None:
    """The walk-in the chair asks for explicitly ("Add as walk-in"): "Name[, Organisation]"."""
    name, _comma, organisation = text.partition(",")
    return (name.strip(), organisation.strip()) if name.strip() else None


class RosterCompleter(QCompleter):
    """Offers the roster's participants matching what is typed (``roster_matches``: any word's
    start, case and accents ignored), which Qt's own filters cannot do. The completer owns its
    model: an unparented model is collected by Python and the completer then offers nothing."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._labels = QStringListModel(self)
        self.setModel(self._labels)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(8)
        self._participants: list[Participant] = []

    def set_participants(self, participants: list[Participant]) -> None:
        self._participants = list(participants)

    def offer(self, text: str) -> None:
        """Show the matches of ``text`` when there is a choice to make. One match shows no
        pop-up: the dialog's hint names that person and Enter adds them at once (an open
        pop-up would take the first Enter just to close itself)."""
        if self.widget() is None:
            return
        labels = [_label(p) for p in roster_matches(text, self._participants)]
        self._labels.setStringList(labels)
        if len(labels) > 1:
            self.complete()
        else:
            self.popup().hide()


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
        self.who.setAccessibleName(self.tr("Speaker"))
        self.who.setPlaceholderText(
            self.tr("Name or organisation… or a walk-in: Name, Organisation")
        )
        self.completer = RosterCompleter(self)
        self.completer.set_participants(self._participants)
        self.who.setCompleter(self.completer)
        self.hint = QLabel(objectName="whoHint")
        self.speech_type = QComboBox(objectName="speechType")
        self.speech_type.setAccessibleName(self.tr("Speech type"))
        for kind in SpeechType:
            self.speech_type.addItem(label_text(kind.label), kind)
        self.item = QComboBox(objectName="agendaItem")
        self.item.setAccessibleName(self.tr("Agenda item"))
        for agenda_item in state.agenda_items:
            self.item.addItem(f"{agenda_item.position}. {agenda_item.title}", agenda_item.id)
        current = current_item_id(state)
        if current is not None:
            self.item.setCurrentIndex(self.item.findData(current))
        self.time = QLineEdit(objectName="allotted")
        self.time.setAccessibleName(self.tr("Allotted time"))
        self.time.setPlaceholderText(self.tr("m:ss"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add"))
        ok.setDefault(True)
        self.walk_in_button = QPushButton(self.tr("Add as &walk-in"), objectName="addWalkIn")
        self.walk_in_button.setAutoDefault(False)
        self.walk_in_button.setToolTip(
            self.tr("Add the typed name as a new participant, even if it matches the roster")
        )
        self.buttons.addButton(self.walk_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.walk_in_button.clicked.connect(self._add_walk_in)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        #: Why the last "Add" was refused (a closed list, a limit), next to the buttons.
        self.problem = QLabel(objectName="addProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("#addProblem { color: #b71c1c; font-weight: bold; }")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Speaker:"), self.who)
        form.addRow("", self.hint)
        form.addRow(self.tr("Speech type:"), self.speech_type)
        form.addRow(self.tr("Agenda item:"), self.item)
        form.addRow(self.tr("Time:"), self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.who.textEdited.connect(self.completer.offer)
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
        self._show_problem("")  # the chair is correcting: the last refusal no longer applies
        choice = self.choice()
        if choice.participant_id is not None:
            participant = self._service.state.participants[choice.participant_id]
            self.hint.setText(f"{_label(participant)} · {label_text(participant.attendance.label)}")
        elif choice.walk_in is not None:
            name, organisation = choice.walk_in
            who = f"{name} — {organisation}" if organisation else name
            also = roster_matches(name, self._participants)
            if also:  # "Name, Organisation" typed with a comma: say who else it could be
                self.hint.setText(
                    self.tr(
                        "New participant (walk-in): {who}. On the roster: {names} — type "
                        "without the comma to pick them"
                    ).format(who=who, names=", ".join(p.name for p in also[:3]))
                )
            else:
                self.hint.setText(
                    self.tr(
                        "Nobody on the roster matches. New participant (walk-in): {who}"
                    ).format(who=who)
                )
        elif choice.is_ambiguous:
            self.hint.setText(
                self.tr(
                    "{count} participants match: keep typing, or ↓ to pick one "
                    "(or “Add as walk-in” for someone new)"
                ).format(count=len(choice.candidates))
            )
        else:
            self.hint.setText("")
        self.walk_in_button.setEnabled(
            walk_in_of(self.who.text()) is not None and choice.participant_id is None
        )
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
        typed = not choice.is_empty or choice.is_ambiguous
        ok.setEnabled(typed and time_ok and walk_in_named)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _add(self) -> None:
        choice = self.choice()
        if choice.is_ambiguous:
            # Enter on a few letters that fit several people: say so and show them, never guess.
            self._show_problem(
                self.tr("Several participants match “{text}”: pick one, or type more.").format(
                    text=self.who.text().strip()
                )
            )
            self.completer.offer(self.who.text())
            return
        self._submit(choice.participant_id, choice.walk_in)

    def _add_walk_in(self) -> None:
        """The chair's explicit choice: a new participant, whatever the roster matches."""
        walk_in = walk_in_of(self.who.text())
        if walk_in is not None:
            self._submit(None, walk_in)

    def _submit(self, participant_id: str | None, walk_in: tuple[str, str] | None) -> None:
        """Ask the service; a refusal's reason is shown next to the buttons and the dialog
        stays open, so the chair can change the speech type or the item (or close it)."""
        allotted = parse_time(self.time.text())
        if (participant_id is None and walk_in is None) or allotted is None:
            return
        reasons: list[str] = []

        def refused(reason: str) -> None:
            reasons.append(reason)

        self._service.sig_rejected.connect(refused)
        try:
            entry_id = self._service.add_speaker(
                self.kind(),
                participant_id=participant_id,
                walk_in=walk_in,
                allotted_ms=allotted,
                agenda_item_id=self.item.currentData(),
            )
        finally:
            self._service.sig_rejected.disconnect(refused)
        if entry_id is not None:
            self.sig_added.emit(entry_id)
            self.accept()
            return
        self._show_problem(reasons[-1] if reasons else self.tr("The speaker could not be added."))


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
        self.filter.setAccessibleName(self.tr("Find a name or organisation"))
        self.filter.setPlaceholderText(self.tr("Type to find a name or organisation"))
        self.people = QListWidget(objectName="roomPeople")
        self.people.setAccessibleName(self.tr("Who raised their hand"))
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
