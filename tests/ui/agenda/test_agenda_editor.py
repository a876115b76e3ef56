"""The agenda editor on a real SQLite file with the demo meeting, worked as staff would.

Each test types into the real window (pytest-qt), checks what the editor shows, then checks the
file through a fresh read (what a restarted console, or the chair's window, would find). Undo
(Ctrl+Z) and redo (Ctrl+Shift+Z) are pressed in the editor and checked the same way.
"""

from __future__ import annotations

import copy
import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support.qt_lag import FREEZE_MS

from moderator.domain.events import EntryAdded, EntryChanged
from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    Session,
    SessionDetails,
    SessionFormat,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import key_between
from moderator.domain.rebase import apply_change
from moderator.domain.session_state import SessionState
from moderator.domain.speech_rules import SpeechRules
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.storage.chair_store import ChairStore
from moderator.storage.database import open_database
from moderator.storage.repository import MeetingBundle, Store
from moderator.storage.sync_store import SyncStore, link_session
from moderator.ui.agenda.agenda_editor import AgendaEditor, open_agenda_editor
from moderator.ui.agenda.agenda_models import EDITOR_ENTRY_MIME_TYPE, SpeakerColumn

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "agenda-editor"
MADRID = ZoneInfo("Europe/Madrid")
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Setup:
    editor: AgendaEditor
    store: Store
    path: Path
    session_id: str
    meeting_id: str

    def reread(self, session_id: str | None = None) -> SessionState:
        """The session as a fresh process reads it from the file."""
        engine = open_database(self.path)
        try:
            return Store(engine).load_session_state(session_id or self.session_id)
        finally:
            engine.dispose()

    def sessions_on_disk(self) -> list[Session]:
        engine = open_database(self.path)
        try:
            return Store(engine).sessions(self.meeting_id)
        finally:
            engine.dispose()


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    path = tmp_path / "moderator.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()
    bundle = load_demo(store, time_source.now_ms())
    editor = AgendaEditor(AgendaEditing(store, time_source))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    yield Setup(editor, store, path, bundle.sessions[0].id, bundle.meeting.id)
    editor.close()
    engine.dispose()


def choose(setup: Setup, kind: str, node_id: str) -> QModelIndex:
    editor = setup.editor
    index = editor.tree_model.find(kind, node_id)
    if not index.isValid() and kind == "item":
        session = editor.tree_model.find("session", setup.session_id)
        editor.tree.expand(session)
        if editor.tree_model.canFetchMore(session):
            editor.tree_model.fetchMore(session)
        index = editor.tree_model.find(kind, node_id)
    assert index.isValid()
    editor.tree.setCurrentIndex(index)
    return index


def retype(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)


def press_in_tree(
    setup: Setup, qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    setup.editor.tree.setFocus()
    qtbot.keyClick(setup.editor.tree, key, modifier)


def undo(setup: Setup, qtbot: QtBot) -> None:
    press_in_tree(setup, qtbot, KEY.Key_Z, CTRL)


def redo(setup: Setup, qtbot: QtBot) -> None:
    press_in_tree(setup, qtbot, KEY.Key_Z, CTRL_SHIFT)


def agenda(state: SessionState) -> list[tuple[str, str, int]]:
    return [(i.title, i.id, i.planned_duration_ms) for i in state.agenda_items]


def madrid_ms(*parts: int) -> int:
    return round(datetime(*parts, tzinfo=MADRID).timestamp() * 1000)


def save_screenshot(setup: Setup, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    assert setup.editor.grab().save(str(target))
    return target


# --- opening ----------------------------------------------------------------------------------


def test_the_editor_opens_on_the_first_session(setup: Setup):
    editor = setup.editor
    assert editor.session_form.session_id == setup.session_id
    assert editor.session_form.title.text() == setup.reread().session.title
    assert "Europe/Madrid" in editor.session_form.zone_label.text()


def test_every_item_model_passes_the_model_tester(setup: Setup, qtmodeltester):
    state = setup.reread()
    choose(setup, "item", state.agenda_items[1].id)
    editor = setup.editor
    qtmodeltester.check(editor.tree_model)
    qtmodeltester.check(editor.speakers.model)
    editor.roster.show_meeting(setup.meeting_id)
    qtmodeltester.check(editor.roster.model)


def test_the_tree_announces_every_change_correctly(setup: Setup, qtbot: QtBot, qtmodeltester):
    """The model tester stays attached while items are added, moved, removed, a session is
    duplicated and everything undone: every row change is announced as Qt expects."""
    editor = setup.editor
    state = setup.reread()
    choose(setup, "item", state.agenda_items[0].id)
    qtmodeltester.check(editor.tree_model)  # one model per test: the tester keeps the last
    new_id = editor.add_item()
    assert new_id is not None
    assert editor.move_item(-1)
    assert editor.move_item(+1)
    assert editor.remove_item()
    assert editor.duplicate_session() is not None
    while editor.editing.undo_stack.canUndo():
        undo(setup, qtbot)
    assert agenda(setup.reread()) == agenda(state)


def test_the_list_announces_every_change_correctly(setup: Setup, qtbot: QtBot, qtmodeltester):
    editor = setup.editor
    state = setup.reread()
    choose(setup, "item", state.agenda_items[1].id)
    speakers = editor.speakers
    qtmodeltester.check(speakers.model)
    assert speakers.move_selected(+1) is False  # nothing chosen yet
    speakers.select_entry(speakers.model.entry_at(0).id)
    assert speakers.move_selected(+1)
    assert speakers.model.setData(speakers.model.index(0, SpeakerColumn.ALLOTTED), "1:30")
    assert speakers.remove_selected()
    choose(setup, "item", state.agenda_items[2].id)  # another list
    while editor.editing.undo_stack.canUndo():
        undo(setup, qtbot)
    choose(setup, "item", state.agenda_items[1].id)
    assert speakers.model.rowCount() == 3


# --- the session ------------------------------------------------------------------------------


def test_a_session_edit_reaches_the_file_in_the_meeting_time_zone(setup: Setup, qtbot: QtBot):
    form = setup.editor.session_form
    before = setup.reread().session
    retype(qtbot, form.title, "Parliamentarians and civil society: oversight of CT")
    retype(qtbot, form.room, "Hall B")
    retype(qtbot, form.date, "2026-03-10")
    retype(qtbot, form.starts, "09:30")
    retype(qtbot, form.ends, "11:15")
    form.format.setCurrentIndex(form.format.findData(SessionFormat.HYBRID.value))
    retype(qtbot, form.languages, "en, es, fr")
    assert form.save_button.isEnabled() and form.error.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = setup.reread().session
    assert saved.title == "Parliamentarians and civil society: oversight of CT"
    assert saved.room == "Hall B"
    assert saved.scheduled_start_ms == madrid_ms(2026, 3, 10, 9, 30)
    assert saved.scheduled_end_ms == madrid_ms(2026, 3, 10, 11, 15)
    details = setup.editor.editing.session_details(setup.session_id)
    assert (details.format, details.languages) == (SessionFormat.HYBRID, "en, es, fr")
    assert not form.save_button.isEnabled(), "saved: nothing left to save"
    label = setup.editor.tree_model.find("session", setup.session_id).data()
    assert label.startswith("Tue 10 Mar 2026 · 09:30")

    undo(setup, qtbot)
    assert setup.reread().session == before
    assert setup.editor.editing.session_details(setup.session_id).format is None
    assert form.title.text() == before.title
    redo(setup, qtbot)
    assert setup.reread().session == saved
    assert setup.editor.editing.session_details(setup.session_id).languages == "en, es, fr"


def test_details_and_a_language_are_commands_queued_for_a_followed_session(
    setup: Setup, qtbot: QtBot
):
    """Format, languages, track and a participant's language are synced like the title: each
    is a command in the file's journal and, the session being followed, in its outbox; an
    undo is one more command."""
    with setup.store.engine.begin() as connection:
        link_session(connection, setup.session_id, cursor=0, now_ms=1)
    setup.store.forget_linked_sessions()
    editor = setup.editor
    choose(setup, "session", setup.session_id)
    form = editor.session_form
    form.reload()  # it was shown before the session was followed
    assert form.sync_note.text() == "Followed on a backend: every field here is sent to it."
    form.format.setCurrentIndex(form.format.findData(SessionFormat.VIRTUAL.value))
    retype(qtbot, form.track, "Oversight")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentWidget(editor.roster)
    roster = editor.roster
    person = roster.model.participant_at(0)
    roster.select(person.id)
    retype(qtbot, roster.language, "es")
    qtbot.mouseClick(roster.save_button, Qt.MouseButton.LeftButton)

    on_disk = setup.reread()
    assert (on_disk.details.format, on_disk.details.track) == (SessionFormat.VIRTUAL, "Oversight")
    assert on_disk.language_of(person.id) == "es"
    queued = [m.name for m in SyncStore(setup.store.engine).pending(100)]
    assert "set_session_details" in queued and "set_participant_language" in queued
    undo(setup, qtbot)  # the language
    assert setup.reread().language_of(person.id) == ""
    assert roster.model.language_of(person.id) == ""
    queued = [m.name for m in SyncStore(setup.store.engine).pending(100)]
    assert queued.count("set_participant_language") == 2


def test_a_details_edit_the_backend_would_refuse_is_refused_here_by_name(setup: Setup):
    problems: list[str] = []
    setup.editor.editing.sig_rejected.connect(problems.append)
    too_long = SessionDetails(setup.session_id, track="t" * 301)
    assert not setup.editor.editing.set_session_details(too_long)
    assert problems and problems[-1].startswith("Track: at most 300 characters")
    assert setup.reread().details.track == ""


def test_another_consoles_edit_shows_in_the_open_editor(qtbot: QtBot, tmp_path: Path):
    """The sync replaces the open session's state with the backend's (here, a details change
    and a language another console made, as the feed brings them): the session form and the
    roster follow, since nothing is typed in them."""
    engine = open_database(tmp_path / "live.sqlite3")
    try:
        store = Store(engine)
        time_source = TimeSource()
        bundle = load_demo(store, time_source.now_ms())
        session_id = bundle.sessions[0].id
        runner = CommandRunner(store, store.load_session_state(session_id), time_source)
        editor = open_agenda_editor(
            None, lambda: AgendaEditing(store, time_source, live_runner=lambda: runner)
        )
        qtbot.addWidget(editor)
        person = bundle.participants[0].id
        editor.roster.show_meeting(bundle.meeting.id)
        editor.roster.select(person)
        assert editor.session_form.session_id == session_id
        view = copy.deepcopy(runner.state)
        details = {
            "session_id": session_id,
            "track": "Prevention",
            "session_type": "",
            "languages": "en, ar",
            "format": "in_person",
        }
        language = {"participant_id": person, "language": "ar"}
        for entity, data in (("session_details", details), ("participant_details", language)):
            apply_change(view, {"entity": entity, "op": "upsert", "id": "x", "data": data})
        runner.take_view(view, cursor=None, now_ms=0)
        form = editor.session_form
        assert (form.track.text(), form.languages.text()) == ("Prevention", "en, ar")
        assert form.format.currentData() == "in_person"
        assert editor.roster.language.text() == "ar"
        editor.close()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "", "Title: a session needs a title"),
        ("title", "x" * 501, "Title: at most 500 characters"),
        ("room", "r" * 201, "Room: at most 200 characters"),
        ("date", "10/03/2026", "Date: type a date as YYYY-MM-DD"),
        ("date", "2026-02-30", "Date: 2026-02-30 is not a day of the calendar"),
        ("starts", "9h30", "Starts: type a time as HH:MM"),
        ("starts", "25:00", "Starts: 25:00 is not a time of day"),
        ("ends", "08:00", "Ends: the session must end after it starts"),
        ("ends", "soon", "Ends: type a time as HH:MM"),
        ("languages", "l" * 101, "Languages: at most 100 characters"),
    ],
)
def test_session_form_errors_name_the_field_and_block_saving(
    setup: Setup, qtbot: QtBot, field: str, text: str, message: str
):
    form = setup.editor.session_form
    retype(qtbot, form.starts, "09:00")
    retype(qtbot, form.ends, "10:00")
    edit = getattr(form, field)
    edit.setText(text)
    assert form.error.text().startswith(message)
    assert not form.save_button.isEnabled()
    assert form.save() is False


def test_a_time_the_clocks_skip_is_refused_by_name(setup: Setup, qtbot: QtBot):
    form = setup.editor.session_form
    retype(qtbot, form.date, "2026-03-29")  # Europe/Madrid goes from 02:00 to 03:00
    retype(qtbot, form.starts, "02:30")
    retype(qtbot, form.ends, "04:00")
    assert form.error.text() == (
        "Starts: 02:30 does not exist on 2026-03-29 in Europe/Madrid (the clocks go forward)"
    )
    assert not form.save_button.isEnabled()


def test_a_session_can_end_on_another_day(setup: Setup, qtbot: QtBot):
    form = setup.editor.session_form
    retype(qtbot, form.date, "2026-06-01")
    retype(qtbot, form.starts, "22:00")
    retype(qtbot, form.ends, "2026-06-02 01:30")
    assert form.save()
    assert setup.reread().session.scheduled_end_ms == madrid_ms(2026, 6, 2, 1, 30)
    assert form.ends.text() == "2026-06-02 01:30"


# --- agenda items -------------------------------------------------------------------------------


def test_add_move_and_remove_an_agenda_item_with_undo(setup: Setup, qtbot: QtBot):
    original = setup.reread()
    first, second = original.agenda_items[0], original.agenda_items[1]
    choose(setup, "item", first.id)
    press_in_tree(setup, qtbot, KEY.Key_Insert)  # a new item after the chosen one
    form = setup.editor.item_form
    assert form.title.hasFocus() or form.title.text() == "New agenda item"
    retype(qtbot, form.title, "Questions from the floor")
    retype(qtbot, form.duration, "12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    state = setup.reread()
    new = state.agenda_items[1]
    assert (new.title, new.planned_duration_ms, new.position) == (
        "Questions from the floor",
        12 * 60_000,
        2,
    )
    assert [i.position for i in state.agenda_items] == list(range(1, len(state.agenda_items) + 1))
    tree = setup.editor.tree_model
    assert tree.find("item", new.id).data() == "2. Questions from the floor (12 min)"

    press_in_tree(setup, qtbot, KEY.Key_Up, ALT)
    assert [i.id for i in setup.reread().agenda_items][:3] == [new.id, first.id, second.id]
    assert setup.editor.tree.currentIndex().data().startswith("1. Questions")

    press_in_tree(setup, qtbot, KEY.Key_Delete)
    assert new.id not in {i.id for i in setup.reread().agenda_items}
    assert agenda(setup.reread()) == agenda(original)

    undo(setup, qtbot)  # the removal
    assert setup.reread().agenda_items[0].id == new.id
    undo(setup, qtbot)  # the move
    assert setup.reread().agenda_items[1].id == new.id
    undo(setup, qtbot)  # the title and duration
    assert setup.reread().agenda_items[1].title == "New agenda item"
    undo(setup, qtbot)  # the addition
    assert agenda(setup.reread()) == agenda(original)
    for _ in range(4):
        redo(setup, qtbot)
    assert new.id not in {i.id for i in setup.reread().agenda_items}
    undo(setup, qtbot)
    assert setup.reread().agenda_items[0].title == "Questions from the floor"


def test_an_item_with_speakers_is_not_removed_and_the_reason_is_shown(setup: Setup, qtbot: QtBot):
    item = setup.reread().agenda_items[1]
    choose(setup, "item", item.id)
    press_in_tree(setup, qtbot, KEY.Key_Delete)
    message = setup.editor.statusBar().currentMessage()
    assert "still has 3 speakers on its list" in message
    assert item.id in {i.id for i in setup.reread().agenda_items}
    assert not setup.editor.editing.undo_stack.canUndo(), "a refused edit leaves no undo step"


@pytest.mark.parametrize(
    ("title", "duration", "message"),
    [
        ("", "5", "Title: an agenda item needs a title"),
        ("Opening", "five", "Planned duration: type minutes (45) or m:ss (7:30)"),
        ("Opening", "1500", "Planned duration"),
    ],
)
def test_item_form_errors_name_the_field(setup: Setup, qtbot: QtBot, title, duration, message):
    choose(setup, "item", setup.reread().agenda_items[0].id)
    form = setup.editor.item_form
    form.title.setText(title)
    form.duration.setText(duration)
    assert form.error.text().startswith(message)
    assert not form.save_button.isEnabled()


# --- lists of speakers and the roster -----------------------------------------------------------


def test_add_a_participant_then_put_them_on_a_list(setup: Setup, qtbot: QtBot):
    editor = setup.editor
    editor.tabs.setCurrentWidget(editor.roster)
    roster = editor.roster
    roster.clear_form()
    qtbot.keyClicks(roster.name, "Dr. Lina Haddad")
    qtbot.keyClicks(roster.function, "Researcher")
    qtbot.keyClicks(roster.organisation, "Sahel Peace Institute")
    roster.group.setCurrentIndex(roster.group.findData("civil_society"))
    qtbot.keyClicks(roster.gender, "woman")
    roster.attendance.setCurrentIndex(roster.attendance.findData("remote"))
    qtbot.keyClicks(roster.language, "fr")
    assert roster.add_button.isEnabled()
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    state = setup.reread()
    lina = next(p for p in state.participants.values() if p.name == "Dr. Lina Haddad")
    assert (lina.function, lina.organisation, lina.gender) == (
        "Researcher",
        "Sahel Peace Institute",
        "woman",
    )
    assert (lina.stakeholder_group.value, lina.attendance.value) == ("civil_society", "remote")
    assert editor.editing.languages(setup.meeting_id)[lina.id] == "fr"
    assert roster.model.row_of(lina.id) >= 0

    # Edit her: the form holds the chosen row.
    roster.select(lina.id)
    retype(qtbot, roster.function, "Senior Researcher")
    qtbot.mouseClick(roster.save_button, Qt.MouseButton.LeftButton)
    assert setup.reread().participants[lina.id].function == "Senior Researcher"

    # On a list: type-ahead by organisation, Enter.
    item = state.agenda_items[4]
    editor.tabs.setCurrentIndex(0)
    choose(setup, "item", item.id)
    speakers = editor.speakers
    speakers.kind.setCurrentIndex(speakers.kind.findData(SpeechType.FLOOR.value))
    assert speakers.allotted.text() == "2:00"
    completer = speakers.who.completer()
    completer.setCompletionPrefix("sahel peace")  # type-ahead: a part of the organisation
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Dr. Lina Haddad — Sahel Peace Institute"
    # Typed without the completer's pop-up (offscreen, it cannot grab the keyboard): Enter picks
    # her, Enter on the speech type adds.
    speakers.who.setText("Sahel Peace")
    qtbot.keyClick(speakers.who, KEY.Key_Return)
    qtbot.keyClick(speakers.kind, KEY.Key_Return)
    entries = setup.reread().entries_of(item.id)
    added = entries[-1]
    assert (added.participant_id, added.speech_type, added.allotted_ms) == (
        lina.id,
        SpeechType.FLOOR,
        120_000,
    )
    last_row = speakers.model.rowCount() - 1
    assert speakers.model.index(last_row, SpeakerColumn.PARTICIPANT).data() == "Dr. Lina Haddad"

    undo(setup, qtbot)  # the speaker
    assert setup.reread().entry(added.id).state.value == "removed"
    assert speakers.model.row_of(added.id) == -1
    undo(setup, qtbot)  # the function
    assert setup.reread().participants[lina.id].function == "Researcher"
    undo(setup, qtbot)  # adding her (and her language)
    assert lina.id not in setup.reread().participants
    assert lina.id not in editor.editing.languages(setup.meeting_id)
    redo(setup, qtbot)
    redo(setup, qtbot)
    redo(setup, qtbot)
    back = setup.reread()
    assert back.participants[lina.id].function == "Senior Researcher"
    assert back.entry(added.id).state.value == "waiting"


def test_the_add_row_names_a_participant_that_is_not_on_the_roster(setup: Setup, qtbot: QtBot):
    choose(setup, "item", setup.reread().agenda_items[0].id)
    speakers = setup.editor.speakers
    speakers.who.setText("Nobody Known")
    assert speakers.error.text().startswith("Participant: nobody on the roster is called")
    assert not speakers.add_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("name", "", "Name: a participant needs a name"),
        ("name", "n" * 301, "Name: at most 300 characters"),
        ("gender", "g" * 33, "Gender: at most 32 characters"),
        ("organisation", "o" * 301, "Organisation or delegation: at most 300"),
    ],
)
def test_roster_form_errors_name_the_field(setup: Setup, qtbot: QtBot, field, text, message):
    roster = setup.editor.roster
    roster.show_meeting(setup.meeting_id)
    roster.select(roster.model.participant_at(0).id)
    getattr(roster, field).setText(text)
    assert roster.error.text().startswith(message)
    assert not roster.save_button.isEnabled() and not roster.add_button.isEnabled()


def test_speech_type_time_and_order_are_edited_in_the_list(setup: Setup, qtbot: QtBot):
    item = setup.reread().agenda_items[1]
    choose(setup, "item", item.id)
    speakers = setup.editor.speakers
    model = speakers.model
    first, second, third = (model.entry_at(row).id for row in range(3))

    assert model.setData(model.index(0, SpeakerColumn.TYPE), "point_of_order")
    assert model.setData(model.index(0, SpeakerColumn.ALLOTTED), "4:30")
    assert not model.setData(model.index(0, SpeakerColumn.ALLOTTED), "soon")
    assert "Allotted" in setup.editor.statusBar().currentMessage()
    state = setup.reread()
    assert state.entry(first).speech_type is SpeechType.POINT_OF_ORDER
    assert state.entry(first).allotted_ms == 270_000

    speakers.select_entry(first)
    speakers.table.setFocus()
    qtbot.keyClick(speakers.table, KEY.Key_Down, ALT)
    assert [e.id for e in setup.reread().entries_of(item.id)] == [second, first, third]
    assert speakers.selected_entry_id() == first, "the selection follows the moved speaker"

    # Drag and drop: the third speaker dropped on top.
    data = QMimeData()
    data.setData(EDITOR_ENTRY_MIME_TYPE, third.encode())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [e.id for e in setup.reread().entries_of(item.id)] == [third, second, first]

    speakers.select_entry(second)
    speakers.table.setFocus()
    qtbot.keyClick(speakers.table, KEY.Key_Delete)
    assert setup.reread().entry(second).state.value == "removed"
    assert model.row_of(second) == -1

    for _ in range(5):
        undo(setup, qtbot)
    state = setup.reread()
    assert [e.id for e in state.entries_of(item.id)] == [first, second, third]
    assert state.entry(first).speech_type is SpeechType.STATEMENT
    assert state.entry(second).state.value == "waiting"
    for _ in range(5):
        redo(setup, qtbot)
    state = setup.reread()
    assert [e.id for e in state.entries_of(item.id) if e.state.value != "removed"] == [third, first]
    assert state.entry(first).allotted_ms == 270_000


# --- duplicating ---------------------------------------------------------------------------------


def test_duplicate_a_session_with_its_agenda_and_speakers(setup: Setup, qtbot: QtBot):
    original = setup.reread()
    choose(setup, "session", setup.session_id)
    press_in_tree(setup, qtbot, KEY.Key_D, CTRL)
    sessions = setup.sessions_on_disk()
    assert len(sessions) == 2
    copy_id = next(s.id for s in sessions if s.id != setup.session_id)
    copy = setup.reread(copy_id)
    assert copy.session.title == original.session.title + " (copy)"
    assert [i.title for i in copy.agenda_items] == [i.title for i in original.agenda_items]
    assert [(e.participant_id, e.speech_type, e.allotted_ms) for e in copy.entries] == [
        (e.participant_id, e.speech_type, e.allotted_ms) for e in original.entries
    ]
    assert not {i.id for i in copy.agenda_items} & {i.id for i in original.agenda_items}
    assert not {e.id for e in copy.entries} & {e.id for e in original.entries}
    qtbot.waitUntil(lambda: setup.editor.session_form.session_id == copy_id)
    assert "on this console only" in setup.editor.statusBar().currentMessage()

    # The copy is edited like any session, and the undos come back in order.
    assert setup.editor.editing.add_agenda_item(copy_id, "Extra", 0) is not None
    undo(setup, qtbot)
    undo(setup, qtbot)
    assert len(setup.sessions_on_disk()) == 1
    assert setup.editor.tree_model.find("session", copy_id).isValid() is False
    redo(setup, qtbot)
    assert len(setup.sessions_on_disk()) == 2
    assert len(setup.reread(copy_id).agenda_items) == len(original.agenda_items)


# --- the open session, and size ------------------------------------------------------------------


def test_edits_of_the_open_session_go_through_its_runner(qtbot: QtBot, tmp_path: Path):
    """The main window's state is the one edited (so the chair sees the edit at once)."""
    engine = open_database(tmp_path / "live.sqlite3")
    try:
        store = Store(engine)
        time_source = TimeSource()
        bundle = load_demo(store, time_source.now_ms())
        runner = CommandRunner(store, store.load_session_state(bundle.sessions[0].id), time_source)
        changed: list[str] = []
        editor = open_agenda_editor(
            None, lambda: AgendaEditing(store, time_source, live_runner=lambda: runner)
        )
        qtbot.addWidget(editor)
        editor.editing.sig_session_changed.connect(changed.append)
        form = editor.session_form
        form.room.setText("Plenary hall")
        assert form.save()
        assert runner.state.session.room == "Plenary hall"
        assert changed == [runner.state.session.id]
        editor.close()
    finally:
        engine.dispose()


def test_an_editor_open_on_a_speaker_keeps_its_text_when_the_list_changes_remotely(
    qtbot: QtBot, tmp_path: Path
):
    """Staff are typing a speaker's time while another console adds a speaker above and
    changes another one: the editor stays open on the same speaker with what was typed."""
    engine = open_database(tmp_path / "live.sqlite3")
    try:
        store = Store(engine)
        time_source = TimeSource()
        bundle = load_demo(store, time_source.now_ms())
        runner = CommandRunner(store, store.load_session_state(bundle.sessions[0].id), time_source)
        editor = open_agenda_editor(
            None, lambda: AgendaEditing(store, time_source, live_runner=lambda: runner)
        )
        qtbot.addWidget(editor)
        qtbot.waitExposed(editor)
        state = runner.state
        item = max(state.agenda_items, key=lambda i: len(state.entries_of(i.id)))
        entries = state.entries_of(item.id)
        session = editor.tree_model.find("session", state.session.id)
        editor.tree.expand(session)
        if editor.tree_model.canFetchMore(session):
            editor.tree_model.fetchMore(session)
        editor.tree.setCurrentIndex(editor.tree_model.find("item", item.id))
        model, table = editor.speakers.model, editor.speakers.table
        qtbot.waitUntil(lambda: model.item_id == item.id)
        typed_on = entries[1].id
        cell = model.index(model.row_of(typed_on), SpeakerColumn.ALLOTTED)
        table.setCurrentIndex(cell)
        table.edit(cell)
        (line,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
        line.selectAll()
        qtbot.keyClicks(line, "7:3")
        resets: list[None] = []
        model.modelAboutToBeReset.connect(lambda: resets.append(None))

        view = copy.deepcopy(state)  # another console: a speaker on top, another one's time
        view.apply(
            [
                EntryAdded(
                    SpeakerEntry(
                        "remote-entry",
                        item.id,
                        entries[0].participant_id,
                        SpeechType.STATEMENT,
                        60_000,
                        key_between(None, entries[0].order_key),
                    )
                ),
                EntryChanged(dataclasses.replace(entries[2], allotted_ms=240_000)),
            ]
        )
        runner.take_view(view, cursor=None, now_ms=0)

        assert model.entry_at(0).id == "remote-entry", "the new speaker is shown"
        assert resets == []
        assert line.isVisible() and line.text() == "7:3", "the editor kept what was typed"
        assert table.currentIndex().row() == model.row_of(typed_on)
        assert table.currentIndex().column() == SpeakerColumn.ALLOTTED
        editor.close()
    finally:
        engine.dispose()


def test_a_thousand_sessions_open_at_once(qtbot: QtBot, tmp_path: Path):
    engine = open_database(tmp_path / "big.sqlite3")
    try:
        store = Store(engine)
        meeting = Meeting(id="big", title="A big conference", timezone="Europe/Berlin")
        participant = Participant(id="p", meeting_id="big", name="Speaker")
        start = 1_790_000_000_000
        sessions = [
            Session(
                f"s{n}",
                "big",
                f"Talk {n}",
                f"Room {n % 7}",
                start + n * 1_800_000,
                start + n * 1_800_000 + 1_500_000,
            )
            for n in range(1000)
        ]
        items = [AgendaItem(f"i{n}", f"s{n}", 1, "Talk", 1_500_000) for n in range(1000)]
        entries = [
            SpeakerEntry(f"e{n}", f"i{n}", "p", SpeechType.STATEMENT, 1_200_000, "V")
            for n in range(1000)
        ]
        store.add_meeting(MeetingBundle(meeting, [participant], sessions, items, entries))
        began = time.perf_counter()
        editor = AgendaEditor(AgendaEditing(store, TimeSource()))
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        elapsed = time.perf_counter() - began
        assert editor.tree_model.rowCount(editor.tree_model.index(0, 0)) == 1000
        assert editor.session_form.session_id == "s0"
        # The figure is printed; the bound is a freeze (the real figure is far below it).
        print(f"\nthe editor opened on 1,000 sessions in {elapsed * 1000:.0f} ms")
        assert elapsed * 1000 < FREEZE_MS, f"opening took {elapsed:.3f} s"
        editor.close()
    finally:
        engine.dispose()


# --- the screenshot ------------------------------------------------------------------------------


def test_screenshots_of_the_editor(setup: Setup, qtbot: QtBot):
    """Saved under test-artifacts/agenda-editor/ for a person to look at."""
    editor = setup.editor
    editor.session_form.starts.setText("25:00")
    save_screenshot(setup, "session-with-an-error.png")
    editor.session_form.reload()
    item = setup.reread().agenda_items[1]
    choose(setup, "item", item.id)
    editor.speakers.select_entry(editor.speakers.model.entry_at(0).id)
    path = save_screenshot(setup, "agenda-item-and-speakers.png")
    assert path.stat().st_size > 10_000
    editor.tabs.setCurrentWidget(editor.roster)
    editor.roster.select(editor.roster.model.participant_at(1).id)
    save_screenshot(setup, "roster.png")


def test_the_roster_announces_every_change_correctly(setup: Setup, qtbot: QtBot, qtmodeltester):
    editor = setup.editor
    roster = editor.roster
    roster.show_meeting(setup.meeting_id)
    qtmodeltester.check(roster.model)
    count = roster.model.rowCount()
    roster.clear_form()
    roster.name.setText("Zoë Zimmermann")
    assert roster.add() is not None
    assert roster.model.rowCount() == count + 1
    roster.function.setText("Observer")
    assert roster.save()
    while editor.editing.undo_stack.canUndo():
        undo(setup, qtbot)
    assert roster.model.rowCount() == count


def test_a_title_being_typed_survives_an_edit_of_the_list(setup: Setup, qtbot: QtBot):
    item = setup.reread().agenda_items[1]
    choose(setup, "item", item.id)
    form, speakers = setup.editor.item_form, setup.editor.speakers
    retype(qtbot, form.title, "Segment 1 (revised)")
    speakers.select_entry(speakers.model.entry_at(0).id)
    assert speakers.move_selected(+1)
    assert form.title.text() == "Segment 1 (revised)"
    assert form.save_button.isEnabled()


def test_default_times_of_new_speakers_follow_the_meetings_speech_rules(
    qtbot: QtBot, tmp_path: Path
):
    """The chair set statements to 4:00 for this meeting (Speech types…): staff adding a
    statement in the editor get 4:00, not the general 3:00."""
    path = tmp_path / "moderator.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()
    bundle = load_demo(store, time_source.now_ms())
    rules = SpeechRules().with_rule(SpeechType.STATEMENT, default_ms=240_000)
    ChairStore(engine).save_speech_rules(bundle.meeting.id, rules)
    editor = AgendaEditor(AgendaEditing(store, time_source))
    qtbot.addWidget(editor)
    try:
        editor.show()
        qtbot.waitExposed(editor)
        speakers = editor.speakers
        state = store.load_session_state(bundle.sessions[0].id)
        setup = Setup(editor, store, path, bundle.sessions[0].id, bundle.meeting.id)
        choose(setup, "item", state.agenda_items[0].id)
        speakers.kind.setCurrentIndex(speakers.kind.findData(SpeechType.FLOOR.value))
        assert speakers.allotted.text() == "2:00", "unchanged types keep the general default"
        speakers.kind.setCurrentIndex(speakers.kind.findData(SpeechType.STATEMENT.value))
        assert speakers.allotted.text() == "4:00"
        # The chair changes the rules while the editor is open: the next item shown follows.
        ChairStore(engine).save_speech_rules(
            bundle.meeting.id, rules.with_rule(SpeechType.STATEMENT, default_ms=150_000)
        )
        choose(setup, "item", state.agenda_items[1].id)
        assert speakers.allotted.text() == "2:30"
    finally:
        editor.close()
        engine.dispose()


def test_an_edit_of_another_session_wakes_the_sync_but_leaves_the_chairs_view(
    console, qtbot: QtBot
):
    """Staff edit another session in the editor opened from the chair's window: the edit is
    queued for the backend (if that session is followed), so the sync is woken at once; the
    chair's own view is not reset for it."""
    service = console.service
    editor = console.window.open_agenda_editor()
    qtbot.addWidget(editor)
    other = editor.editing.duplicate_session(service.state.session.id)
    assert other is not None and other != service.state.session.id
    session = editor.editing.session_state(other).session
    with console.store.engine.begin() as connection:  # the other session is followed too
        link_session(connection, other, cursor=0, now_ms=0)
    console.store.forget_linked_sessions()
    woken: list[None] = []
    console.store.add_outbox_listener(lambda: woken.append(None))
    resets: list[None] = []
    service.sig_state_reset.connect(lambda: resets.append(None))
    changes: list[object] = []
    service.sig_state_changed.connect(changes.append)
    assert editor.editing.edit_session(
        other,
        "Afternoon sitting",
        session.room,
        session.scheduled_start_ms,
        session.scheduled_end_ms,
    )
    assert woken, "the sync is woken for the queued edit"
    assert resets == [], "the chair's view is not reset for another session's edit"
    assert changes == [], "nor changed"
    assert console.reopen_state().session.title == service.state.session.title
    editor.close()


def test_enter_on_a_suggestion_adds_once_and_empties_the_add_row(setup: Setup, qtbot: QtBot):
    """The field empties and "Add speaker" is off once the suggestion picked with Enter is
    added: a second click cannot add the same person again."""
    item = setup.reread().agenda_items[4]
    choose(setup, "item", item.id)
    speakers = setup.editor.speakers
    speakers.who.setFocus()  # as on a real screen: the field follows its pop-up only with focus
    qtbot.waitUntil(speakers.who.hasFocus)
    before = len(setup.reread().entries_of(item.id))
    qtbot.keyClicks(speakers.who, "Petro")
    popup = speakers.who.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, KEY.Key_Down)
    assert speakers.who.text() == "Nadia Petrova — Institute for Security and Rights"
    qtbot.keyClick(popup, KEY.Key_Return)  # picks her (the type and time come next)
    assert len(setup.reread().entries_of(item.id)) == before
    qtbot.keyClick(speakers.kind, KEY.Key_Return)  # adds
    assert speakers.who.text() == ""
    assert not speakers.add_button.isEnabled()
    qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    entries = setup.reread().entries_of(item.id)
    assert len(entries) == before + 1, "one speaker, not two"
    assert setup.reread().participants[entries[-1].participant_id].name == "Nadia Petrova"
    # A new choice enables the button again.
    qtbot.keyClicks(speakers.who, "Nadia Petrova")
    assert speakers.add_button.isEnabled()
