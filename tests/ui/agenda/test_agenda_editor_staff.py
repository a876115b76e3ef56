"""The agenda editor as technical staff fill it the evening before, on a real SQLite file:
what an import brings is there when the editor is opened again (or while it is open), a
speaker is picked by name and then given a type and time before being added, and Save and
Revert say whether anything is left unsaved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from moderator.domain.model import SpeechType
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.agenda.agenda_editor import AgendaEditor

KEY = Qt.Key


def reread_entries(path: Path, session_id: str, item_id: str):  # type: ignore[no-untyped-def]
    engine = open_database(path)
    try:
        return Store(engine).load_session_state(session_id).entries_of(item_id)
    finally:
        engine.dispose()


def roster_names(editor: AgendaEditor) -> list[str]:
    return [p.name for p in editor.roster.model.participants()]


def import_file(qtbot: QtBot, console, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import ``path`` as Ctrl+I does: the console's dialog, its preview, its Import button."""
    dialog = console.window.open_import(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        dialog.import_button.click()


def test_an_import_shows_in_the_editor_reopened_or_open(qtbot: QtBot, console, tmp_path: Path):
    state = console.service.state
    meeting_id = state.meeting.id
    editor = console.window.open_agenda_editor()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.roster)
    assert "Ines Duarte" not in roster_names(editor)
    editor.close()  # the staff member closes it, then imports the sheet with Ctrl+I

    sheet = tmp_path / "late-additions.csv"
    sheet.write_text(
        "Meeting ID,Session ID,Session,Date,Start,End,Speaker,Organisation\n"
        f"{meeting_id},,,,,,Ines Duarte,Lisbon City Council\n"
        f"{meeting_id},evening-brief,Evening briefing,2026-03-12,18:00,18:30,Zanele Mokoena,"
        "SADC\n",
        encoding="utf-8",
    )
    import_file(qtbot, console, sheet)

    again = console.window.open_agenda_editor()
    assert again is editor  # the same window, shown again: brought up to date
    assert {"Ines Duarte", "Zanele Mokoena"} <= set(roster_names(editor))
    assert editor.tree_model.find("session", "evening-brief").isValid()
    # The list of speakers of the open session offers the imported people too.
    item = state.agenda_items[0]
    index = editor.tree_model.find("session", state.session.id)
    editor.tree.expand(index)
    if editor.tree_model.canFetchMore(index):
        editor.tree_model.fetchMore(index)
    editor.tree.setCurrentIndex(editor.tree_model.find("item", item.id))
    editor.speakers.who.setText("Lisbon")
    assert editor.speakers.add_button.isEnabled()

    # Open while another sheet is imported: it follows at once.
    more = tmp_path / "more.csv"
    more.write_text(f"Meeting ID,Speaker\n{meeting_id},Tomas Ek\n", encoding="utf-8")
    import_file(qtbot, console, more)
    assert "Tomas Ek" in roster_names(editor)
    editor.close()


def make_editor(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from moderator.services.agenda.demo import load_demo

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
    return editor, engine, path, bundle.sessions[0].id


def choose_item(editor: AgendaEditor, session_id: str, item_id: str) -> None:
    session = editor.tree_model.find("session", session_id)
    editor.tree.expand(session)
    if editor.tree_model.canFetchMore(session):
        editor.tree_model.fetchMore(session)
    editor.tree.setCurrentIndex(editor.tree_model.find("item", item_id))


def test_enter_on_a_suggestion_picks_then_type_and_time_then_enter_adds(
    qtbot: QtBot, tmp_path: Path
):
    editor, engine, path, session_id = make_editor(qtbot, tmp_path)
    try:
        item = editor.editing.session_state(session_id).agenda_items[4]
        choose_item(editor, session_id, item.id)
        speakers = editor.speakers
        before = len(reread_entries(path, session_id, item.id))
        speakers.who.setFocus()
        qtbot.waitUntil(speakers.who.hasFocus)
        qtbot.keyClicks(speakers.who, "Petro")
        popup = speakers.who.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, KEY.Key_Down)
        qtbot.keyClick(popup, KEY.Key_Return)
        # Picked, not added: the whole name shows, and what Enter will do.
        assert speakers.who.text() == "Nadia Petrova — Institute for Security and Rights"
        assert len(reread_entries(path, session_id, item.id)) == before
        assert speakers.hint.text().startswith("Enter adds them as Statement, 3:00")
        # The type from the keyboard (its default time fills in), then the time, then Enter.
        floor = speakers.kind.findData(SpeechType.FLOOR.value)
        while speakers.kind.currentIndex() != floor:
            qtbot.keyClick(speakers.kind, KEY.Key_Down)
        assert speakers.allotted.text() == "2:00"
        assert speakers.kind.nextInFocusChain() is speakers.allotted  # Tab goes to the time
        speakers.allotted.selectAll()
        qtbot.keyClicks(speakers.allotted, "1:30")
        qtbot.keyClick(speakers.allotted, KEY.Key_Return)

        entries = reread_entries(path, session_id, item.id)
        assert len(entries) == before + 1
        added = entries[-1]
        assert (added.speech_type, added.allotted_ms) == (SpeechType.FLOOR, 90_000)
        # The add row is empty for the next speaker; type and time stay as chosen.
        assert speakers.who.text() == "" and not speakers.add_button.isEnabled()
        assert speakers.kind.currentData() == SpeechType.FLOOR.value
        assert speakers.allotted.text() == "1:30"

        # Offscreen, the pop-up closed above stays the active window (a window manager gives
        # the editor back its activation): the focus moves are checked from here on.
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        speakers.who.setFocus()
        qtbot.waitUntil(speakers.who.hasFocus)
        # The next one: the name, Enter picks it and moves on to the speech type...
        speakers.who.setText("Karim Benali")
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        qtbot.waitUntil(speakers.kind.hasFocus)
        assert speakers.who.text() == "Karim Benali — Youth Resilience Network"
        assert len(reread_entries(path, session_id, item.id)) == before + 1
        # ... where Enter adds with the same type and time, and the name is next again.
        qtbot.keyClick(speakers.kind, KEY.Key_Return)
        entries = reread_entries(path, session_id, item.id)
        assert len(entries) == before + 2
        assert (entries[-1].speech_type, entries[-1].allotted_ms) == (SpeechType.FLOOR, 90_000)
        assert speakers.who.hasFocus() and speakers.who.text() == ""

        # Enter twice in the name field works as well (picked, then added), once only.
        speakers.who.setText("Petrova")
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        speakers.who.setFocus()
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        assert len(reread_entries(path, session_id, item.id)) == before + 3
        qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
        assert len(reread_entries(path, session_id, item.id)) == before + 3
        # A name typed again must be picked again: Enter does not add a half-typed name.
        speakers.who.setText("Karim")
        qtbot.keyClicks(speakers.who, " Benali")
        speakers.who.completer().popup().hide()
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        assert len(reread_entries(path, session_id, item.id)) == before + 3
    finally:
        editor.close()
        engine.dispose()


def test_save_and_revert_are_off_once_saved(qtbot: QtBot, tmp_path: Path):
    editor, engine, _path, session_id = make_editor(qtbot, tmp_path)
    try:
        form = editor.session_form
        form.title.setText("  Oversight of CT  ")
        form.languages.setText("en,fr")
        assert form.save_button.isEnabled() and form.revert_button.isEnabled()
        qtbot.keyClick(form.title, KEY.Key_Return)
        assert form.title.text() == "Oversight of CT"
        assert not form.save_button.isEnabled() and not form.revert_button.isEnabled()

        item = editor.editing.session_state(session_id).agenda_items[1]
        choose_item(editor, session_id, item.id)
        item_form = editor.item_form
        item_form.title.setText("Questions from the floor ")
        item_form.duration.setText("12")
        qtbot.mouseClick(item_form.save_button, Qt.MouseButton.LeftButton)
        assert (item_form.title.text(), item_form.duration.text()) == (
            "Questions from the floor",
            "12:00",
        )
        assert not item_form.save_button.isEnabled(), "saved: nothing left to save"
        assert not item_form.revert_button.isEnabled(), "saved: nothing to revert"
        # A change typed again turns both on; typing it back as saved turns them off.
        item_form.duration.setText("15")
        assert item_form.save_button.isEnabled() and item_form.revert_button.isEnabled()
        item_form.duration.setText("12:00")
        assert not item_form.save_button.isEnabled() and not item_form.revert_button.isEnabled()
    finally:
        editor.close()
        engine.dispose()


def test_ctrl_i_imports_while_the_editor_has_the_focus(qtbot: QtBot, console, tmp_path: Path):
    """Staff preparing the day in the editor press Ctrl+I there: the file dialog opens, the
    chosen sheet previews and imports, and its people are on the editor's roster."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from moderator.ui.agenda.import_dialog import ImportDialog

    meeting_id = console.service.state.meeting.id
    sheet = tmp_path / "roster.csv"
    sheet.write_text(f"Meeting ID,Speaker\n{meeting_id},Ines Duarte\n", encoding="utf-8")
    editor = console.window.open_agenda_editor()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentWidget(editor.roster)
    editor.roster.name.setFocus()  # typing in the roster form, as staff would be
    qtbot.waitUntil(editor.roster.name.hasFocus)

    chosen: list[object] = []  # the file dialog's parent, once it is answered

    def choose_the_sheet() -> None:
        """The staff member picks the sheet in the file dialog (it runs its own event loop)."""
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is not None and chosen:
            # Still open after the answer: closed, so the test fails instead of hanging CI.
            dialog.reject()
        if dialog is not None and not chosen:
            chosen.append(dialog.parentWidget())
            # As staff do: the path typed into the file name field, then Open. (selectFile()
            # leaves the field alone while it has the keyboard, which it does once the dialog
            # is the active window.)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name is not None
            name.setText(str(sheet))
            dialog.accept()

    answer = QTimer(editor)
    answer.timeout.connect(choose_the_sheet)
    answer.start(20)
    try:
        qtbot.keyClick(editor.roster.name, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(chosen), timeout=10_000)
    finally:
        answer.stop()
    assert editor.roster.name.text() == "", "Ctrl+I typed nothing into the form"
    # Over the editor, so that it is still in front when the dialogs close.
    assert chosen[0] is editor

    def import_dialog() -> ImportDialog | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, ImportDialog) and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: import_dialog() is not None, timeout=10_000)
    dialog = import_dialog()
    assert dialog is not None and dialog.parentWidget() is editor
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        dialog.import_button.click()
    assert "Ines Duarte" in roster_names(editor)
    # Listed in the editor's own menu too, with its key.
    menu = editor.findChild(QMenu, "agenda_session_menu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert {"import_agenda", "connect"} <= set(names)
    assert "quit" not in names and "next_speaker" not in names
    editor.close()


def test_the_add_rows_time_follows_the_rules_as_in_the_chairs_dialog(qtbot: QtBot, tmp_path: Path):
    """As in the chair's Add a speaker dialog: a time typed for the speaker survives a change of
    speech type, and a delegation's second right of reply defaults to the shorter time."""
    editor, engine, path, session_id = make_editor(qtbot, tmp_path)
    try:
        item = editor.editing.session_state(session_id).agenda_items[4]
        choose_item(editor, session_id, item.id)
        speakers = editor.speakers
        reply = speakers.kind.findData(SpeechType.RIGHT_OF_REPLY.value)

        # A reply for Karim Benali: picked, the type chosen, Enter adds it with 3:00.
        speakers.who.setText("Karim Benali")
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        speakers.kind.setCurrentIndex(reply)
        assert speakers.allotted.text() == "3:00"
        qtbot.keyClick(speakers.kind, KEY.Key_Return)
        # His second reply on this item: picked, the time becomes the later replies' 2:00.
        speakers.who.setText("Karim Benali")
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        assert speakers.allotted.text() == "2:00"
        qtbot.keyClick(speakers.kind, KEY.Key_Return)
        entries = reread_entries(path, session_id, item.id)
        replies = [e.allotted_ms for e in entries if e.speech_type is SpeechType.RIGHT_OF_REPLY]
        assert replies == [180_000, 120_000]

        # A time typed, then another type chosen: the typed time stays for this speaker.
        speakers.who.setText("Nadia Petrova")
        qtbot.keyClick(speakers.who, KEY.Key_Return)
        speakers.allotted.selectAll()
        qtbot.keyClicks(speakers.allotted, "4:30")
        speakers.kind.setCurrentIndex(speakers.kind.findData(SpeechType.STATEMENT.value))
        assert speakers.allotted.text() == "4:30"
        qtbot.keyClick(speakers.allotted, KEY.Key_Return)
        added = reread_entries(path, session_id, item.id)[-1]
        assert (added.speech_type, added.allotted_ms) == (SpeechType.STATEMENT, 270_000)
        # The next speaker starts from the defaults when the type changes.
        speakers.kind.setCurrentIndex(speakers.kind.findData(SpeechType.FLOOR.value))
        assert speakers.allotted.text() == "2:00"
    finally:
        editor.close()
        engine.dispose()
