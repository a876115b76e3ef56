"""The chair's notes on speakers and agenda items: an editor, and a panel under the countdown.

Notes are for the chair only and **never leave this laptop**: they are kept in the local file
through ``services.chair.chair_settings.ChairSettings``, written directly rather than as commands,
so they are not in the command log, not queued for the backend, not shown on the speaker display or
the participant page, and not in exports or reports. (A second console chairing the same session
does not see them either.)

- ``NotesEditor``: a small dialog with the note's text; Ctrl+Enter (or Save) saves, Esc
  cancels; an emptied note is deleted. ``edit_note`` opens one modally.
- ``NotesPanel``: read-only, the note on the speaker who has the floor (or, while nobody has
  it, on the next speaker) and on their agenda item, each with an "Edit…" button. It follows
  the session service's state signals and reads the file only when the speaker or the item
  shown changes. It can be built before the database is open (the console opens it after the
  first paint, and SQLAlchemy is not imported before): notes show once ``set_notes`` is called.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.session_state import SessionState
from moderator.services.chair.chair_settings import ChairSettings, NotSaved
from moderator.services.chair.session_service import SessionService
from moderator.services.common.wording import isolated

if TYPE_CHECKING:
    from moderator.services.chair.chair_settings import NoteKind

#: The panel shows this much of a note; the whole note is in the tooltip and the editor.
SHOWN_CHARS = 400


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class NotesEditor(QDialog):
    #: Saved: (kind, entity id, text); an empty text means the note was deleted.
    sig_saved = Signal(str, str, str)

    def __init__(
        self,
        notes: ChairSettings,
        kind: NoteKind,
        entity_id: str,
        title: str,
        parent: QWidget | None = None,
        now_ms: Callable[[], int] = _wall_ms,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setWindowTitle(self.tr("Note — {title}").format(title=title))
        self._notes = notes
        self._kind: NoteKind = kind
        self._entity_id = entity_id
        self._now_ms = now_ms

        heading = QLabel(title, self)
        heading.setObjectName("noteHeading")
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note on {title}").format(title=title))
        self.text.setPlaceholderText(self.tr("Only you see this note."))
        self.text.setPlainText(notes.note(kind, entity_id))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        hint = QLabel(
            self.tr(
                "Ctrl+Enter saves, Esc cancels. Notes stay on this computer: they are not "
                "sent to the backend or shown to anyone."
            ),
            self,
        )
        hint.setObjectName("noteHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #546e7a;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("noteError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #8d0801; font-weight: bold;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("noteSave")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # In a plain-text editor Return is a new line; Ctrl+Return (or Ctrl+keypad Enter)
        # saves: caught on the editor itself, so it works whether or not the window is active
        # in the window system's eyes, and as a shortcut from the rest of the dialog.
        self.text.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
        self.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def save(self) -> None:
        text = self.text.toPlainText()
        try:
            self._notes.set_note(self._kind, self._entity_id, text, self._now_ms())
        except ValueError as error:  # too long
            self._say(str(error))
            return
        except NotSaved as error:  # the file: locked, read-only, full
            self._say(self.tr("Not saved: {error}").format(error=error))
            return
        self.sig_saved.emit(self._kind, self._entity_id, text if text.strip() else "")
        self.accept()

    def _say(self, message: str) -> None:
        self.error_label.setText("⚠ " + message)
        self.error_label.show()


def edit_note(
    parent: QWidget,
    notes: ChairSettings,
    kind: NoteKind,
    entity_id: str,
    title: str,
    now_ms: Callable[[], int] = _wall_ms,
) -> bool:
    """Edit one note in a modal dialog; ``True`` when the chair saved it."""
    editor = NotesEditor(notes, kind, entity_id, title, parent, now_ms)
    try:
        return editor.exec() == QDialog.DialogCode.Accepted
    finally:
        editor.deleteLater()


@dataclass(frozen=True, slots=True)
class _Shown:
    """What the panel shows: the speaker's entry and the agenda item, with their titles."""

    entry_id: str | None
    speaker_heading: str
    item_id: str | None
    item_heading: str


class NotesPanel(QWidget):
    """The notes on the speaker who has the floor and on the agenda item, read-only."""

    def __init__(
        self,
        service: SessionService,
        notes: ChairSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self._service = service
        self._notes = notes
        self._shown: _Shown | None = None
        self._editor: NotesEditor | None = None
        self.setStyleSheet(
            "QLabel#speakerNoteHeading, QLabel#itemNoteHeading { font-weight: bold; }"
            "QLabel#speakerNote, QLabel#itemNote { padding: 4px; background: #fffde7;"
            " border: 1px solid #ffe082; }"
        )

        self.speaker_heading = self._label("speakerNoteHeading", self.tr("Whose note"))
        self.speaker_note = self._label("speakerNote", self.tr("Note on the speaker"), note=True)
        self.speaker_edit = QPushButton(self.tr("Edit…"), self)
        self.speaker_edit.setObjectName("editSpeakerNote")
        self.speaker_edit.setAccessibleName(self.tr("Edit the note on this speaker"))
        self.item_heading = self._label("itemNoteHeading", self.tr("Which agenda item"))
        self.item_note = self._label("itemNote", self.tr("Note on the agenda item"), note=True)
        self.item_edit = QPushButton(self.tr("Edit…"), self)
        self.item_edit.setObjectName("editItemNote")
        self.item_edit.setAccessibleName(self.tr("Edit the note on this agenda item"))
        for button in (self.speaker_edit, self.item_edit):
            # The panel must not take the keyboard from the list (Space, N, ...).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speaker_edit.clicked.connect(self.edit_speaker_note)
        self.item_edit.clicked.connect(self.edit_item_note)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.speaker_heading, 0, 0)
        layout.addWidget(self.speaker_edit, 0, 1)
        layout.addWidget(self.speaker_note, 1, 0, 1, 2)
        layout.addWidget(self.item_heading, 2, 0)
        layout.addWidget(self.item_edit, 2, 1)
        layout.addWidget(self.item_note, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setRowStretch(4, 1)  # compact at the top: the notes take only the room they need

        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self.reload)
        self.reload()

    def set_notes(self, notes: ChairSettings) -> None:
        """Read notes from these settings from now on (once the database is open)."""
        self._notes = notes
        self.reload()

    def _label(self, name: str, accessible_name: str, note: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible_name)
        label.setWordWrap(note)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if note:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    # --- following the floor -----------------------------------------------------------------

    def _on_state_changed(self, _events: object) -> None:
        self.follow()

    def follow(self) -> None:
        """After a chair action: read the notes again only if another speaker or item shows."""
        if self._targets(self._service.state) != self._shown:
            self.reload()

    def reload(self) -> None:
        """Read the shown notes from the file again (after a sync, or a note edited
        elsewhere)."""
        shown = self._targets(self._service.state)
        self._shown = shown
        self.speaker_heading.setText(shown.speaker_heading)
        self.item_heading.setText(shown.item_heading)
        self._show_note(self.speaker_note, "entry", shown.entry_id)
        self._show_note(self.item_note, "item", shown.item_id)
        ready = self._notes is not None
        self.speaker_edit.setEnabled(ready and shown.entry_id is not None)
        self.item_edit.setEnabled(ready and shown.item_id is not None)

    def _show_note(self, label: QLabel, kind: NoteKind, entity_id: str | None) -> None:
        if self._notes is None:
            label.setText("…")
            return
        text = self._notes.note(kind, entity_id) if entity_id is not None else ""
        if text.strip():
            shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rstrip() + "…"
            label.setText(shown)
            label.setToolTip(text if shown != text else "")
            label.setStyleSheet("")
        else:
            label.setText(self.tr("No note."))
            label.setToolTip("")
            label.setStyleSheet("color: #78909c; font-style: italic;")

    def _targets(self, state: SessionState) -> _Shown:
        entry = state.current_entry
        heading = self.tr("Speaker: {name}")
        if entry is None:
            entry = state.next_entry()
            heading = self.tr("Next speaker: {name}")
        if entry is not None:
            participant = state.participants.get(entry.participant_id)
            name = participant.name if participant else self.tr("speaker")
            item = state.agenda_item(entry.agenda_item_id)
            speaker_heading = heading.format(name=isolated(name))
        else:
            item = state.agenda_items[0] if state.agenda_items else None
            speaker_heading = self.tr("Speaker: nobody has the floor")
        return _Shown(
            entry_id=entry.id if entry is not None else None,
            speaker_heading=speaker_heading,
            item_id=item.id if item is not None else None,
            item_heading=(
                self.tr("Agenda item: {title}").format(title=item.title)
                if item is not None
                else self.tr("No agenda item")
            ),
        )

    # --- editing -----------------------------------------------------------------------------

    def edit_speaker_note(self) -> NotesEditor | None:
        shown = self._shown
        if shown is None or shown.entry_id is None:
            return None
        return self.edit_entry_note(shown.entry_id)

    def edit_item_note(self) -> NotesEditor | None:
        shown = self._shown
        if shown is None or shown.item_id is None:
            return None
        title = self._service.state.agenda_item(shown.item_id).title
        return self._open_editor("item", shown.item_id, title)

    def edit_entry_note(self, entry_id: str) -> NotesEditor | None:
        """Edit the note on any entry of the list (e.g. the selected row)."""
        state = self._service.state
        if not state.has_entry(entry_id):
            return None
        entry = state.entry(entry_id)
        participant = state.participants.get(entry.participant_id)
        return self._open_editor("entry", entry_id, participant.name if participant else "")

    def _open_editor(self, kind: NoteKind, entity_id: str, title: str) -> NotesEditor | None:
        """Window-modal, not blocking: the countdown and the panel keep updating."""
        if self._notes is None:
            return None
        if self._editor is not None:
            self._editor.close()
        editor = NotesEditor(self._notes, kind, entity_id, title, self, self._service.now_ms)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_saved.connect(lambda *_: self.reload())
        editor.destroyed.connect(lambda *_: self._forget_editor(editor))
        self._editor = editor
        editor.open()
        return editor

    def _forget_editor(self, editor: NotesEditor) -> None:
        if self._editor is editor:
            self._editor = None
