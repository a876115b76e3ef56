"""The list of speakers and the timer, worked by keyboard and by mouse, and every action undone.

Each test acts through the real window (keys pressed with pytest-qt, clicks, the right-click
menu, a drop on the list), checks what the window shows, checks the SQLite file through a fresh
read (what a restarted console would find), then undoes (Ctrl+Z) and redoes (Ctrl+Shift+Z) and
checks both again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Console

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from moderator.domain.model import EntryState, SpeechType
from moderator.ui.chair.speaker_list_model import ENTRY_ID_ROLE, Column
from moderator.ui.common.time_input import parse_time

KEY = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def select_row(console: Console, qtbot: QtBot, row: int) -> str:
    """Click a row of the list, as the chair does; returns its entry id."""
    view = console.window.speaker_view
    rect = view.visualRect(console.window.speaker_model.index(row, Column.SPEAKER))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert console.window.selected_entry_id() is not None
    return console.window.selected_entry_id()


def select_entry(console: Console, entry_id: str) -> None:
    model, view = console.window.speaker_model, console.window.speaker_view
    index = model.index(model.row_of_entry(entry_id), 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def shown(console: Console) -> list[tuple[str, str]]:
    """The list as the window shows it: (speaker, status) per row."""
    model = console.window.speaker_model
    return [
        (
            model.index(row, Column.SPEAKER).data(),
            model.index(row, Column.STATUS).data(),
        )
        for row in range(model.rowCount())
    ]


def stored(console: Console) -> list[tuple[str, str]]:
    """The list as a fresh read of the file holds it: (entry id, state) in speaking order."""
    return [(e.id, e.state.value) for e in console.reopen_state().entries]


def in_memory(console: Console) -> list[tuple[str, str]]:
    return [(e.id, e.state.value) for e in console.service.state.entries]


def press(console: Console, qtbot: QtBot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(console.window.speaker_view, key, modifier)


def undo_and_redo_round_trip(console: Console, qtbot: QtBot, before, after) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z shows and stores ``before``; Ctrl+Shift+Z shows and stores ``after`` again."""
    press(console, qtbot, KEY.Key_Z, CTRL)
    assert in_memory(console) == before
    assert stored(console) == before
    press(console, qtbot, KEY.Key_Z, CTRL_SHIFT)
    assert in_memory(console) == after
    assert stored(console) == after


@pytest.fixture
def activated(console: Console, qtbot: QtBot) -> Console:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    console.window.speaker_view.setFocus()
    return console


def test_skip_put_back_and_remove_by_keyboard_with_undo(activated: Console, qtbot: QtBot):
    console = activated
    entry = select_row(console, qtbot, 2)
    name = shown(console)[2][0]
    before = in_memory(console)

    press(console, qtbot, KEY.Key_S)
    assert shown(console)[2] == (name, "Skipped")
    assert dict(stored(console))[entry] == "skipped"
    after_skip = in_memory(console)
    undo_and_redo_round_trip(console, qtbot, before, after_skip)

    press(console, qtbot, KEY.Key_B)
    assert shown(console)[2] == (name, "Waiting")
    assert dict(stored(console))[entry] == "waiting"

    # Removed speakers are hidden unless the chair asks to see them (to put one back).
    console.window.actions["show_removed"].setChecked(True)
    press(console, qtbot, KEY.Key_Delete)
    assert shown(console)[2] == (name, "Removed")
    font = console.window.speaker_model.index(2, Column.SPEAKER).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut(), "a removed speaker is struck through"
    assert dict(stored(console))[entry] == "removed"
    after_remove = in_memory(console)
    undo_and_redo_round_trip(console, qtbot, before, after_remove)


def test_moves_by_keyboard_keep_the_speaker_selected_and_undo(activated: Console, qtbot: QtBot):
    console = activated
    entry = select_row(console, qtbot, 3)
    item = console.service.state.entry(entry).agenda_item_id
    before = in_memory(console)

    press(console, qtbot, KEY.Key_Up, ALT)
    assert console.service.state.row_of(entry) == 2
    assert console.window.selected_entry_id() == entry, "the selection follows the speaker"
    assert [e for e, _ in stored(console)].index(entry) == 2
    press(console, qtbot, KEY.Key_Down, ALT)
    press(console, qtbot, KEY.Key_Down, ALT)
    assert console.service.state.row_of(entry) == 4
    after = in_memory(console)
    # Up then down put them back in place; undoing the last "down" is that same order.
    undo_and_redo_round_trip(console, qtbot, before, after)

    press(console, qtbot, KEY.Key_N)  # someone has the floor now
    current = console.service.state.current_entry_id
    select_entry(console, entry)
    press(console, qtbot, KEY.Key_Home, ALT)
    state = console.service.state
    assert state.row_of(entry) == state.row_of(current) + 1
    assert state.next_entry().id == entry, "moved to the top: speaks next"
    assert console.window.current_panel.next_speaker.text().startswith(
        f"Next: {state.participant_of(state.entry(entry)).name}"
    )
    assert state.entry(entry).agenda_item_id in {item, state.entry(current).agenda_item_id}


def test_give_the_floor_out_of_order_then_undo_gives_it_back(activated: Console, qtbot: QtBot):
    console = activated
    press(console, qtbot, KEY.Key_N)
    first = console.service.state.current_entry_id
    press(console, qtbot, KEY.Key_Space)  # pause the first speaker
    remaining = console.service.state.clock.remaining_ms(console.service.now_ms())
    before = in_memory(console)

    chosen = select_row(console, qtbot, 4)
    press(console, qtbot, KEY.Key_Return)
    state = console.service.state
    assert state.current_entry_id == chosen
    assert console.window.current_panel.speaker_name.text() == shown(console)[4][0]
    assert dict(stored(console))[first] == "done"

    press(console, qtbot, KEY.Key_Z, CTRL)
    state = console.service.state
    assert state.current_entry_id == first, "the undo gives the floor back"
    assert state.clock.remaining_ms(console.service.now_ms()) == remaining, "paused time kept"
    assert in_memory(console) == before and stored(console) == before
    assert console.reopen_state().current_entry_id == first
    assert len(console.reopen_state().turns) == 1, "the undone turn leaves no record"


def test_double_click_gives_the_floor_and_the_menu_marks_done(activated: Console, qtbot: QtBot):
    console = activated
    view = console.window.speaker_view
    rect = view.visualRect(console.window.speaker_model.index(1, Column.SPEAKER))
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = console.window.speaker_model.index(1, 0).data(ENTRY_ID_ROLE)
    assert console.service.state.current_entry_id == chosen

    target = select_row(console, qtbot, 3)
    menu = console.window.list_menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:3] == [
        "Give the floor to the selected speaker",
        "Interposed intervention",
        "Add a speaker…",
    ]
    assert "Skip" in texts and "Remove from the list" in texts and "Undo" in texts
    next(a for a in menu.actions() if a.text() == "Mark as done").trigger()
    menu.close()
    assert console.service.state.entry(target).state is EntryState.DONE
    assert dict(stored(console))[target] == "done"
    press(console, qtbot, KEY.Key_Z, CTRL)
    assert console.service.state.entry(target).state is EntryState.WAITING
    assert dict(stored(console))[target] == "waiting"


def test_drag_and_drop_moves_a_speaker_and_undo_moves_them_back(activated: Console, qtbot: QtBot):
    console = activated
    model = console.window.speaker_model
    before = in_memory(console)
    dragged = model.index(5, 0).data(ENTRY_ID_ROLE)
    data = model.mimeData([model.index(5, column) for column in range(model.columnCount())])
    assert data.hasFormat(model.mimeTypes()[0])
    # Dropped between rows 1 and 2 (Qt passes the row it is dropped before).
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1))
    assert console.service.state.row_of(dragged) == 2
    assert model.index(2, 0).data(ENTRY_ID_ROLE) == dragged
    assert [e for e, _ in stored(console)].index(dragged) == 2
    after = in_memory(console)
    undo_and_redo_round_trip(console, qtbot, before, after)


def test_the_list_model_stays_consistent_through_moves(
    activated: Console, qtbot: QtBot, qtmodeltester
):
    console = activated
    qtmodeltester.check(console.window.speaker_model)
    entry = select_row(console, qtbot, 6)
    press(console, qtbot, KEY.Key_Home, ALT)
    press(console, qtbot, KEY.Key_Z, CTRL)
    qtmodeltester.check(console.window.speaker_model)
    assert console.service.state.row_of(entry) == 6


def test_timer_minute_steps_reset_and_exact_time_with_undo(activated: Console, qtbot: QtBot):
    console = activated
    press(console, qtbot, KEY.Key_N)
    press(console, qtbot, KEY.Key_Space)  # paused: the digits are steady
    clock = console.service.state.clock
    press(console, qtbot, KEY.Key_Plus, CTRL)
    assert console.service.state.clock.allotted_ms == clock.allotted_ms + 60_000
    assert console.reopen_state().clock.allotted_ms == clock.allotted_ms + 60_000
    press(console, qtbot, KEY.Key_Minus, CTRL)
    press(console, qtbot, KEY.Key_Minus, CTRL)
    assert console.service.state.clock.allotted_ms == clock.allotted_ms - 60_000
    press(console, qtbot, KEY.Key_Z, CTRL)
    press(console, qtbot, KEY.Key_Z, CTRL)
    assert console.service.state.clock.allotted_ms == clock.allotted_ms + 60_000

    # T: type 2:30 in the dialog.
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("2:30")
        dialog.accept()

    QTimer.singleShot(0, answer)
    press(console, qtbot, KEY.Key_T)
    now = console.service.now_ms()
    assert console.service.state.clock.remaining_ms(now) == 150_000
    assert console.window.current_panel.countdown.reading.digits == "2:30"
    assert console.reopen_state().clock.remaining_ms(now) == 150_000

    console.window.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    press(console, qtbot, KEY.Key_R, CTRL)
    entry = console.service.state.current_entry
    assert console.service.state.clock.remaining_ms(now) == entry.allotted_ms
    press(console, qtbot, KEY.Key_Z, CTRL)
    assert console.service.state.clock.remaining_ms(console.service.now_ms()) == 150_000
    assert console.window.current_panel.countdown.reading.digits == "2:30"


def test_nothing_selected_says_so(activated: Console, qtbot: QtBot):
    console = activated
    console.window.speaker_view.clearSelection()
    messages: list[str] = []
    console.window.statusBar().messageChanged.connect(messages.append)
    before = in_memory(console)
    press(console, qtbot, KEY.Key_S)
    assert any("Select a speaker" in m for m in messages)
    assert in_memory(console) == before


def test_an_undo_that_no_longer_applies_says_why_and_changes_nothing(
    activated: Console, qtbot: QtBot
):
    console = activated
    press(console, qtbot, KEY.Key_N)
    first = console.service.state.current_entry_id
    console.service.undo_stack.clear()
    press(console, qtbot, KEY.Key_N)  # the floor moves on...
    # ...and another console (or the backend) moves it again: not on this undo stack.
    from moderator.domain.commands import GiveFloor

    third = console.service.state.next_entry().id
    console.service.execute(
        GiveFloor(console.service.state.session.id, third, "t-other", console.service.now_ms())
    )
    messages: list[str] = []
    console.service.sig_rejected.connect(messages.append)
    press(console, qtbot, KEY.Key_Z, CTRL)
    assert console.service.state.current_entry_id == third
    assert messages and "moved on" in messages[0]
    assert not console.service.undo_stack.canUndo(), "the stale undo left the stack"
    assert first != third


@pytest.mark.parametrize(
    ("text", "ms"),
    [("2:30", 150_000), ("3", 180_000), ("90s", 90_000), (" 0:05 ", 5_000), ("2m", 120_000)],
)
def test_time_input_understands_what_chairs_type(text, ms):
    assert parse_time(text) == ms


@pytest.mark.parametrize("text", ["", "2:75", "abc", "-1", "1:2", "99999999"])
def test_time_input_refuses_what_is_not_a_time(text):
    assert parse_time(text) is None


def test_every_action_is_in_a_menu_for_mouse_users(console: Console):
    from moderator.ui.shortcuts.actions import ACTION_SPECS

    in_menus = set()
    for menu_action in console.window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                in_menus.add(action.objectName())
    assert {spec.name for spec in ACTION_SPECS} <= in_menus


def name_of(console: Console, entry_id: str) -> str:
    state = console.service.state
    return state.participant_of(state.entry(entry_id)).name


def test_alt_up_and_down_stay_in_the_agenda_item_and_say_why_at_the_edge(
    activated: Console, qtbot: QtBot
):
    """The demo lists two speakers under "Opening remarks", then three under "Segment 1"."""
    console = activated
    state = console.service.state
    segment = state.agenda_item(state.entries[2].agenda_item_id).title
    opening = state.agenda_item(state.entries[0].agenda_item_id).title
    rows = shown(console)
    steps = console.service.undo_stack.count()

    first_of_segment = select_row(console, qtbot, 2)
    press(console, qtbot, KEY.Key_Up, ALT)
    assert shown(console) == rows, "not carried into the item above"
    message = console.window.statusBar().currentMessage()
    assert message == (
        f"{name_of(console, first_of_segment)} is already the first still to speak in "
        f"“{segment}” — drag the row to move them to another agenda item"
    )
    last_of_opening = select_row(console, qtbot, 1)
    press(console, qtbot, KEY.Key_Down, ALT)
    assert shown(console) == rows, "not carried into the item below"
    assert (
        console.window.statusBar()
        .currentMessage()
        .startswith(
            f"{name_of(console, last_of_opening)} is already the last still to speak in “{opening}”"
        )
    )
    assert console.service.undo_stack.count() == steps, "a refused move is no undo step"
    assert [e for e, _ in stored(console)] == [e for e, _ in in_memory(console)]

    # The floor moves on into Segment 1: those done and the speaker stay above.
    for _ in range(3):
        press(console, qtbot, KEY.Key_N)
    current = console.service.state.current_entry_id
    assert current == first_of_segment
    last = select_row(console, qtbot, 4)
    press(console, qtbot, KEY.Key_Up, ALT)
    assert console.service.state.row_of(last) == 3
    assert [e for e, _ in stored(console)].index(last) == 3
    press(console, qtbot, KEY.Key_Up, ALT)
    assert console.service.state.row_of(last) == 3, "never above the speaker who has the floor"
    assert [row[1] for row in shown(console)[:3]] == ["Done", "Done", "Speaking"]
    assert console.window.statusBar().currentMessage() == (
        f"{name_of(console, last)} already comes right after "
        f"{name_of(console, current)}, who has the floor"
    )
    done = console.service.state.entries[0].id
    select_entry(console, done)
    press(console, qtbot, KEY.Key_Down, ALT)
    assert console.service.state.row_of(done) == 0
    assert "is done: only a speaker still to speak moves up or down" in (
        console.window.statusBar().currentMessage()
    )


def test_an_intervention_by_someone_still_to_speak_keeps_their_statement_waiting(
    activated: Console, qtbot: QtBot
):
    console = activated
    panel = console.window.current_panel
    press(console, qtbot, KEY.Key_N)
    speaker = console.service.state.current_entry_id
    statement = select_row(console, qtbot, 3)  # they are on the list for a statement later on
    who = name_of(console, statement)
    before = in_memory(console)

    press(console, qtbot, KEY.Key_I)
    state = console.service.state
    intervention = state.current_entry
    assert intervention is not None and intervention.id not in {speaker, statement}
    assert intervention.participant_id == state.entry(statement).participant_id
    assert intervention.speech_type.value == "intervention"
    assert panel.speaker_name.text() == who
    assert state.entry(speaker).state is EntryState.INTERRUPTED
    assert shown(console)[state.row_of(statement)] == (who, "Waiting")
    assert dict(stored(console))[statement] == "waiting"
    assert shown(console)[1] == (who, "Speaking"), "the intervention right after the speaker"
    assert panel.next_speaker.text().startswith(f"Next: {name_of(console, speaker)} resumes — ")
    assert " left, " in panel.next_speaker.text()
    # The list agrees with the panel and with what N does: the interrupted speaker is next.
    assert shown(console)[0] == (name_of(console, speaker), "Resumes next")
    assert "Next" not in {status for _name, status in shown(console)}
    after_interpose = in_memory(console)

    press(console, qtbot, KEY.Key_N)  # the intervention ends: the speaker resumes
    state = console.service.state
    assert state.current_entry_id == speaker
    assert state.entry(intervention.id).state is EntryState.DONE
    assert state.entry(statement).state is EntryState.WAITING, "their statement is still to come"
    assert dict(stored(console))[statement] == "waiting"
    assert shown(console)[state.row_of(statement)] == (who, "Waiting")
    upcoming = state.next_entry()
    assert upcoming is not None and upcoming.id != statement
    assert panel.next_speaker.text().startswith(f"Next: {name_of(console, upcoming.id)} — ")

    press(console, qtbot, KEY.Key_Z, CTRL)  # the intervention was not over
    assert console.service.state.current_entry_id == intervention.id
    assert panel.next_speaker.text().startswith(f"Next: {name_of(console, speaker)} resumes")
    assert in_memory(console) == after_interpose
    press(console, qtbot, KEY.Key_Z, CTRL)  # nor was there one: one undo step takes it away
    for listed in (in_memory(console), stored(console)):
        assert [row for row in listed if row[0] != intervention.id] == before
        assert dict(listed)[intervention.id] == "removed", "kept for a late sync, struck out"
    assert console.service.state.current_entry_id == speaker
    press(console, qtbot, KEY.Key_Z, CTRL_SHIFT)
    assert console.service.state.current_entry_id == intervention.id
    assert dict(stored(console))[statement] == "waiting"


def test_the_speaker_who_has_the_floor_cannot_interrupt_themselves(
    activated: Console, qtbot: QtBot
):
    """I on the current speaker's own later place on the list: nobody to interrupt."""
    console = activated
    press(console, qtbot, KEY.Key_N)
    state = console.service.state
    speaker = state.current_entry
    assert speaker is not None
    later = console.service.add_speaker(
        SpeechType.STATEMENT,
        participant_id=speaker.participant_id,
        agenda_item_id=state.entries[-1].agenda_item_id,
    )
    assert later is not None
    before = in_memory(console)
    select_entry(console, later)
    press(console, qtbot, KEY.Key_I)
    assert console.service.state.current_entry_id == speaker.id
    assert in_memory(console) == before
    assert console.window.statusBar().currentMessage() == (
        f"{name_of(console, speaker.id)} already has the floor: there is no one to interrupt"
    )
