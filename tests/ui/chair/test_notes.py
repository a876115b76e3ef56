"""The chair's notes: typed in the editor, read back from the file by a fresh store, and shown
by the panel for whoever has the floor."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from moderator.services.agenda.demo import load_demo
from moderator.services.chair.chair_settings import ChairSettings, NotSaved
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.storage.chair_store import ChairStore
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.notes import NotesEditor, NotesPanel, edit_note

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "dialogs"


class Setup:
    def __init__(self, path: Path, service: SessionService, chair: ChairSettings, store: Store):
        self.path, self.service, self.chair, self.store = path, service, chair, store

    def stored_note(self, kind: str, entity_id: str) -> str:
        """The note as a restarted console reads it."""
        engine = open_database(self.path)
        try:
            return ChairStore(engine).note(kind, entity_id)  # type: ignore[arg-type]
        finally:
            engine.dispose()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    path = tmp_path / "moderator.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()
    load_demo(store, time_source.now_ms())
    state = store.load_session_state(store.sessions()[0].id)
    service = SessionService(CommandRunner(store, state, time_source))
    yield Setup(path, service, ChairSettings(store), store)
    engine.dispose()


@pytest.fixture
def panel(qtbot: QtBot, setup: Setup) -> Iterator[NotesPanel]:
    host = QWidget()
    host.resize(520, 260)
    qtbot.addWidget(host)
    panel = NotesPanel(setup.service, setup.chair, host)
    QVBoxLayout(host).addWidget(panel)
    host.show()
    qtbot.waitExposed(host)
    yield panel  # (the host lives as long as the test)


def test_a_note_typed_and_saved_with_ctrl_enter_is_in_the_file(qtbot, setup):
    entry = setup.service.state.entries[0]
    editor = NotesEditor(setup.chair, "entry", entry.id, "Hon. Tomás Ferreira")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.text, "Former minister")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)  # a new line, not "save"
    qtbot.keyClicks(editor.text, "Keep it to 4 min")
    assert editor.isVisible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(ARTIFACTS / "note-editor.png"))
    with qtbot.waitSignal(editor.sig_saved) as saved:
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert saved.args == ["entry", entry.id, "Former minister\nKeep it to 4 min"]
    assert setup.stored_note("entry", entry.id) == "Former minister\nKeep it to 4 min"


def test_escape_keeps_the_old_note_and_an_emptied_note_is_deleted(qtbot, setup):
    item = setup.service.state.agenda_items[0]
    setup.chair.set_note("item", item.id, "Welcome the Speaker", 1)
    editor = NotesEditor(setup.chair, "item", item.id, item.title)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.text.toPlainText() == "Welcome the Speaker"
    qtbot.keyClicks(editor.text, " and the remote panellists")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert setup.stored_note("item", item.id) == "Welcome the Speaker"

    editor = NotesEditor(setup.chair, "item", item.id, item.title)
    qtbot.addWidget(editor)
    editor.show()
    editor.text.selectAll()
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert setup.stored_note("item", item.id) == ""


def test_the_panel_follows_the_floor(qtbot, setup, panel):
    service, chair = setup.service, setup.chair
    first, second = service.state.entries[0], service.state.entries[1]
    name = service.state.participant_of
    chair.set_note("entry", first.id, "Thank the host country", 1)
    chair.set_note("entry", second.id, "Speaks by video; check the audio first", 1)
    item = service.state.agenda_item(first.agenda_item_id)
    chair.set_note("item", item.id, "Opening: 5 minutes, no questions", 1)
    panel.reload()

    # Nobody has the floor yet: the next speaker's note.
    assert panel.speaker_heading.text() == f"Next speaker: {name(first).name}"
    assert panel.speaker_note.text() == "Thank the host country"
    assert panel.item_heading.text() == f"Agenda item: {item.title}"
    assert panel.item_note.text() == "Opening: 5 minutes, no questions"

    assert service.next_speaker()
    assert panel.speaker_heading.text() == f"Speaker: {name(first).name}"
    panel.window().grab().save(str(ARTIFACTS / "notes-panel.png"))

    assert service.next_speaker()
    assert panel.speaker_heading.text() == f"Speaker: {name(second).name}"
    assert panel.speaker_note.text() == "Speaks by video; check the audio first"
    second_item = service.state.agenda_item(second.agenda_item_id)
    assert panel.item_heading.text() == f"Agenda item: {second_item.title}"
    if second_item.id != item.id:
        assert panel.item_note.text() == "No note."

    service.undo()  # the floor goes back to the first speaker
    assert panel.speaker_heading.text() == f"Speaker: {name(first).name}"
    assert panel.speaker_note.text() == "Thank the host country"


def test_the_panel_rereads_the_file_when_the_whole_state_is_replaced(qtbot, setup, panel):
    service = setup.service
    entry = service.state.next_entry()
    assert panel.speaker_note.text() == "No note."
    setup.chair.set_note("entry", entry.id, "Written by another part of the console", 1)
    assert panel.speaker_note.text() == "No note."  # not re-read on every change...
    service.reload()
    assert panel.speaker_note.text() == "Written by another part of the console"  # ...on reset


def test_edit_opens_the_editor_and_the_panel_shows_the_saved_note(qtbot, setup, panel):
    assert setup.service.next_speaker()
    entry_id = setup.service.state.current_entry_id
    qtbot.mouseClick(panel.speaker_edit, Qt.MouseButton.LeftButton)
    editor = panel.findChild(NotesEditor)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.text, "Asked for one more minute")
    qtbot.keyClick(editor.text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.speaker_note.text() == "Asked for one more minute")
    assert setup.stored_note("entry", entry_id) == "Asked for one more minute"

    qtbot.mouseClick(panel.item_edit, Qt.MouseButton.LeftButton)
    editor = next(e for e in panel.findChildren(NotesEditor) if e.isVisible())
    qtbot.keyClicks(editor.text, "Segment ends with a group photo")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert panel.item_note.text() == "Segment ends with a group photo"
    item_id = setup.service.state.current_entry.agenda_item_id
    assert setup.stored_note("item", item_id) == "Segment ends with a group photo"


def test_edit_note_asks_modally_and_says_whether_it_was_saved(qtbot, setup):
    item = setup.service.state.agenda_items[-1]
    host = QWidget()
    qtbot.addWidget(host)

    def type_and(key_modifier):  # type: ignore[no-untyped-def]
        def act() -> None:
            editor = QApplication.activeModalWidget()
            assert isinstance(editor, NotesEditor)
            qtbot.keyClicks(editor.text, "Thank the interpreters")
            if key_modifier is None:
                qtbot.keyClick(editor, Qt.Key.Key_Escape)
            else:
                qtbot.keyClick(editor.text, Qt.Key.Key_Return, key_modifier)

        return act

    QTimer.singleShot(0, type_and(None))
    assert edit_note(host, setup.chair, "item", item.id, item.title) is False
    assert setup.stored_note("item", item.id) == ""

    QTimer.singleShot(0, type_and(Qt.KeyboardModifier.ControlModifier))
    assert edit_note(host, setup.chair, "item", item.id, item.title) is True
    assert setup.stored_note("item", item.id) == "Thank the interpreters"


def test_the_panel_can_be_built_before_the_database_is_open(qtbot, setup):
    entry = setup.service.state.next_entry()
    setup.chair.set_note("entry", entry.id, "Bring the printed statement", 1)
    panel = NotesPanel(setup.service)
    qtbot.addWidget(panel)
    assert panel.speaker_note.text() == "…"
    assert not panel.speaker_edit.isEnabled()
    panel.set_notes(setup.chair)
    assert panel.speaker_note.text() == "Bring the printed statement"
    assert panel.speaker_edit.isEnabled()


def test_a_note_too_long_is_refused_in_the_editor(qtbot, setup):
    entry = setup.service.state.entries[0]
    editor = NotesEditor(setup.chair, "entry", entry.id, "Speaker")
    qtbot.addWidget(editor)
    editor.show()
    editor.text.setPlainText("x" * 20_001)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_label.text() == "⚠ A note can hold 20000 characters (20001 given)"
    assert setup.stored_note("entry", entry.id) == ""


def test_a_note_the_file_refuses_stays_in_the_editor_with_the_reason(qtbot, setup, monkeypatch):
    entry = setup.service.state.entries[0]
    editor = NotesEditor(setup.chair, "entry", entry.id, "Speaker")
    qtbot.addWidget(editor)
    editor.show()
    editor.text.setPlainText("Wants to show a slide")

    def refuse(*_args: object) -> None:
        raise NotSaved("The database is locked by another program.")

    monkeypatch.setattr(setup.chair, "set_note", refuse)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_label.text() == "⚠ Not saved: The database is locked by another program."
    assert editor.text.toPlainText() == "Wants to show a slide"


def test_the_new_ui_modules_do_not_load_the_database_layer_before_the_first_paint():
    """The console opens the database after the first paint (start-up time); building these
    widgets must not import SQLAlchemy."""
    code = (
        "import sys; import moderator.ui.chair.notes, moderator.ui.chair.fit_dialog, "
        "moderator.ui.chair.meeting_settings_dialog, moderator.services.chime.threshold; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
