"""Adding speakers (participants, walk-ins, each speech type), floor requests in the room,
interposed interventions and the speaker display's keys, through the real window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Console

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from moderator.domain.model import EntryOrigin, EntryState, HandState, SpeechType
from moderator.ui.chair.add_speaker_dialog import AddSpeakerDialog, RoomRequestPicker, interpret
from moderator.ui.display.display_messages import PLEASE_CONCLUDE, TIME_IS_UP

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def activated(console: Console, qtbot: QtBot) -> Console:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    console.window.speaker_view.setFocus()
    return console


def open_dialog(console: Console, qtbot: QtBot, key, kind):  # type: ignore[no-untyped-def]
    qtbot.keyClick(console.window.speaker_view, key)
    qtbot.waitUntil(lambda: console.window.findChild(kind) is not None)
    return console.window.findChild(kind)


def choose_type(dialog: AddSpeakerDialog, kind: SpeechType) -> None:
    dialog.speech_type.setCurrentIndex(dialog.speech_type.findData(kind))


def test_a_participant_is_found_by_a_few_letters_and_added_at_the_end(
    activated: Console, qtbot: QtBot
):
    console = activated
    state = console.service.state
    target = state.participants[state.entries[-1].participant_id]
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    qtbot.keyClicks(dialog.who, target.name)
    assert target.organisation in dialog.hint.text()
    assert dialog.time.text() == "2:00" or dialog.time.text() == "3:00"
    choose_type(dialog, SpeechType.STATEMENT)
    assert dialog.time.text() == "3:00", "the statement's default time"
    item = dialog.item.currentData()
    count_before = len(state.entries_of(item))
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    qtbot.waitUntil(lambda: console.window.findChild(AddSpeakerDialog) is None)
    added = [e for e in console.service.state.entries_of(item)][-1]
    assert len(console.service.state.entries_of(item)) == count_before + 1
    assert added.participant_id == target.id and added.allotted_ms == 180_000
    assert console.window.selected_entry_id() == added.id, "the new speaker is selected"
    stored = console.reopen_state()
    assert stored.entry(added.id).speech_type is SpeechType.STATEMENT
    console.window.activateWindow()  # the dialog had the focus (offscreen does not hand it back)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window)
    qtbot.keyClick(console.window.speaker_view, KEY.Key_Z, CTRL)
    assert console.service.state.entry(added.id).state is EntryState.REMOVED


def test_a_walk_in_joins_the_participants_and_a_point_of_order_goes_to_the_top(
    activated: Console, qtbot: QtBot
):
    console = activated
    qtbot.keyClick(console.window.speaker_view, KEY.Key_N)
    current = console.service.state.current_entry_id
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    qtbot.keyClicks(dialog.who, "Amina Diallo, Youth Caucus")
    assert "walk-in" in dialog.hint.text() and "Youth Caucus" in dialog.hint.text()
    choose_type(dialog, SpeechType.POINT_OF_ORDER)
    assert dialog.time.text() == "1:00"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    state = console.service.state
    upcoming = state.next_entry()
    person = state.participants[upcoming.participant_id]
    assert (person.name, person.organisation) == ("Amina Diallo", "Youth Caucus")
    assert upcoming.speech_type is SpeechType.POINT_OF_ORDER
    assert state.row_of(upcoming.id) == state.row_of(current) + 1, "right after the speaker"
    assert console.reopen_state().participants[person.id].name == "Amina Diallo"


def test_bad_time_and_empty_names_cannot_be_added(activated: Console, qtbot: QtBot):
    console = activated
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "nobody typed yet"
    qtbot.keyClicks(dialog.who, ", Some Org")
    assert not ok.isEnabled(), "a walk-in needs a name"
    dialog.who.clear()
    qtbot.keyClicks(dialog.who, "Someone")
    dialog.time.clear()
    qtbot.keyClicks(dialog.time, "2:75")
    assert not ok.isEnabled()
    assert "m:ss" in dialog.time.toolTip()
    dialog.reject()


def test_rights_of_reply_are_limited_per_delegation(activated: Console, qtbot: QtBot):
    console = activated
    service = console.service
    person = service.state.entries[0].participant_id
    messages: list[str] = []
    service.sig_rejected.connect(messages.append)
    first = service.add_speaker(SpeechType.RIGHT_OF_REPLY, participant_id=person)
    second = service.add_speaker(SpeechType.RIGHT_OF_REPLY, participant_id=person)
    third = service.add_speaker(SpeechType.RIGHT_OF_REPLY, participant_id=person)
    assert first and second and third is None
    assert "rights of reply" in messages[-1]
    state = service.state
    assert state.entry(first).allotted_ms == 180_000 and state.entry(second).allotted_ms == 120_000
    item = state.entry(first).agenda_item_id
    assert [e.id for e in state.entries_of(item)][-2:] == [first, second], "at the very end"


def test_an_intervention_interrupts_and_the_speaker_resumes(activated: Console, qtbot: QtBot):
    console = activated
    view = console.window.speaker_view
    qtbot.keyClick(view, KEY.Key_N)
    speaker = console.service.state.current_entry_id
    other = console.service.state.entries[3].id
    model = console.window.speaker_model
    view.setCurrentIndex(model.index(model.row_of_entry(other), 0))
    qtbot.keyClick(view, KEY.Key_I)
    state = console.service.state
    # They intervene as a new intervention entry; their own statement stays to come.
    intervention = state.current_entry_id
    assert intervention not in (None, other)
    assert state.entry(intervention).participant_id == state.entry(other).participant_id
    assert state.entry(speaker).state is EntryState.INTERRUPTED
    assert console.reopen_state().entry(speaker).state is EntryState.INTERRUPTED
    qtbot.keyClick(view, KEY.Key_N)  # the intervention ends: the speaker resumes
    state = console.service.state
    assert state.current_entry_id == speaker and state.clock.is_running
    assert (
        console.window.current_panel.speaker_name.text()
        == state.participant_of(state.entry(speaker)).name
    )
    # A slip: the question was not over. Ctrl+Z gives it the floor back, the speaker waits.
    qtbot.keyClick(console.window, KEY.Key_Z, Qt.KeyboardModifier.ControlModifier)
    state = console.service.state
    assert state.current_entry_id == intervention
    assert state.entry(speaker).state is EntryState.INTERRUPTED
    assert console.reopen_state().current_entry_id == intervention, "the undo is saved"
    assert (
        console.window.current_panel.speaker_name.text()
        == state.participant_of(state.entry(intervention)).name
    )
    # Ctrl+Shift+Z: the question ends again and the speaker resumes.
    qtbot.keyClick(
        console.window,
        KEY.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    state = console.service.state
    assert state.current_entry_id == speaker and state.clock.is_running
    assert console.reopen_state().entry(intervention).state is EntryState.DONE
    assert console.reopen_state().entry(other).state is EntryState.WAITING


def test_a_floor_request_in_the_room_takes_two_keys_and_joins_the_hands(
    activated: Console, qtbot: QtBot
):
    console = activated
    model = console.window.speaker_model
    view = console.window.speaker_view
    state = console.service.state
    in_room = next(
        e
        for e in state.entries
        if state.participants[e.participant_id].attendance.value == "in_room"
    )
    view.setCurrentIndex(model.index(model.row_of_entry(in_room.id), 0))
    picker = open_dialog(console, qtbot, KEY.Key_H, RoomRequestPicker)
    qtbot.keyClick(picker.filter, KEY.Key_Return)
    qtbot.waitUntil(lambda: console.window.findChild(RoomRequestPicker) is None)
    hands = console.service.state.open_hands()
    assert [(h.participant_id, h.source) for h in hands] == [(in_room.participant_id, "room")]
    assert console.window.hands_panel.model.rowCount() == 1
    assert console.reopen_state().hands[hands[0].id].state is HandState.RAISED
    # From the hands queue onto the list: it says how they got the floor.
    console.service.queue_hand(hands[0].id)
    added = console.service.state.entries_of(in_room.agenda_item_id)[-1]
    assert added.origin == EntryOrigin.ROOM_REQUEST.value
    assert console.reopen_state().entry(added.id).origin == "room_request"


def test_the_picker_filters_by_typing(activated: Console, qtbot: QtBot):
    console = activated
    console.window.speaker_view.clearSelection()
    picker = open_dialog(console, qtbot, KEY.Key_H, RoomRequestPicker)
    visible = [picker.people.item(r) for r in range(picker.people.count())]
    target = visible[-1].text()
    qtbot.keyClicks(picker.filter, target.split(" — ")[0][-6:])
    assert picker.people.currentItem().text() == target
    qtbot.keyClick(picker.filter, KEY.Key_Return)
    hands = console.service.state.open_hands()
    assert len(hands) == 1
    assert console.service.state.participants[hands[0].participant_id].name in target


def test_display_keys_send_messages_and_blackout(activated: Console, qtbot: QtBot):
    console = activated
    display = console.window.speaker_display
    qtbot.keyClick(console.window.speaker_view, KEY.Key_1, CTRL)
    assert display.message == PLEASE_CONCLUDE
    qtbot.keyClick(console.window.speaker_view, KEY.Key_2, CTRL)
    assert display.message == TIME_IS_UP
    qtbot.keyClick(console.window.speaker_view, KEY.Key_0, CTRL)
    assert display.message is None
    qtbot.keyClick(console.window.speaker_view, KEY.Key_B, CTRL)
    assert display.blackout
    qtbot.keyClick(console.window.speaker_view, KEY.Key_B, CTRL)
    assert not display.blackout


def test_interpret_tells_participants_from_walk_ins(console: Console):
    participants = list(console.service.state.participants.values())
    someone = participants[0]
    assert interpret(someone.name.upper(), participants).participant_id == someone.id
    assert interpret("  ", participants).is_empty
    assert interpret("New Person, Org", participants).walk_in == ("New Person", "Org")


def test_ctrl_l_closes_the_list_visibly_and_undo_reopens_it(activated: Console, qtbot: QtBot):
    console = activated
    view = console.window.speaker_view
    qtbot.keyClick(view, KEY.Key_L, CTRL)
    item_id = console.service.state.entries[0].agenda_item_id
    assert console.service.state.agenda_item(item_id).list_closed
    assert "LIST CLOSED" in console.window.list_caption.text()
    assert console.reopen_state().agenda_item(item_id).list_closed
    messages: list[str] = []
    console.service.sig_rejected.connect(messages.append)
    person = console.service.state.entries[0].participant_id
    assert console.service.add_speaker(SpeechType.STATEMENT, participant_id=person) is None
    assert "is closed" in messages[-1]
    qtbot.keyClick(view, KEY.Key_Z, CTRL)
    assert not console.service.state.agenda_item(item_id).list_closed
    assert "LIST CLOSED" not in console.window.list_caption.text()
    assert not console.reopen_state().agenda_item(item_id).list_closed


def test_a_few_letters_and_enter_add_the_rosters_participant_not_a_walk_in(
    activated: Console, qtbot: QtBot
):
    """Ins, "Nadia", Enter: the roster's Nadia Petrova (remote), never a new walk-in "Nadia"."""
    console = activated
    state = console.service.state
    nadia = next(p for p in state.participants.values() if p.name == "Nadia Petrova")
    known = set(state.participants)
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    focus_on_name(dialog, qtbot)
    qtbot.keyClicks(dialog.who, "Nadia")
    assert "Nadia Petrova" in dialog.hint.text() and "walk-in" not in dialog.hint.text()
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    qtbot.waitUntil(lambda: console.window.findChild(AddSpeakerDialog) is None)
    state = console.service.state
    assert set(state.participants) == known, "no new participant"
    added = state.entry(console.window.selected_entry_id())
    assert added.participant_id == nadia.id


def focus_on_name(dialog: AddSpeakerDialog, qtbot: QtBot) -> None:
    """As on a real screen: the dialog is active and the name field has the keyboard (the line
    edit follows its completer's pop-up only while it has the focus)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.who.hasFocus)


def test_down_and_enter_pick_a_highlighted_match_then_enter_adds(activated: Console, qtbot: QtBot):
    console = activated
    state = console.service.state
    known = set(state.participants)
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    focus_on_name(dialog, qtbot)
    qtbot.keyClicks(dialog.who, "velo")
    popup = dialog.completer.popup()
    assert popup.isVisible() and popup.model().rowCount() == 3, "the three of Veloria"
    qtbot.keyClick(popup, KEY.Key_Down)
    qtbot.keyClick(popup, KEY.Key_Down)
    picked = popup.currentIndex().data()
    qtbot.keyClick(popup, KEY.Key_Return)
    assert dialog.who.text() == picked and dialog.isVisible(), "picked, not yet added"
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    qtbot.waitUntil(lambda: console.window.findChild(AddSpeakerDialog) is None)
    state = console.service.state
    added = state.entry(console.window.selected_entry_id())
    person = state.participants[added.participant_id]
    assert f"{person.name} — {person.organisation}" == picked
    assert set(state.participants) == known


def test_the_roster_is_matched_by_any_words_start_without_case_or_accents(console: Console):
    participants = list(console.service.state.participants.values())
    by_name = {p.name: p.id for p in participants}
    for typed in ("nad", "PETRO", "petrova nad", "tomas", "Aissatou"):
        choice = interpret(typed, participants)
        assert choice.participant_id is not None and choice.walk_in is None, typed
    assert interpret("petro", participants).participant_id == by_name["Nadia Petrova"]
    veloria = interpret("Veloria", participants)
    assert veloria.is_ambiguous and veloria.walk_in is None, "three people of Veloria"
    assert interpret("etrova", participants).participant_id is None, "not inside a word"
    assert interpret("Zebulon", participants).walk_in == ("Zebulon", ""), "nobody: a walk-in"


def test_an_ambiguous_name_is_never_a_walk_in_and_the_walk_in_button_is_explicit(
    activated: Console, qtbot: QtBot
):
    console = activated
    known = set(console.service.state.participants)
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    qtbot.keyClicks(dialog.who, "veloria")
    assert "3 participants match" in dialog.hint.text()
    count = len(console.service.state.entries)
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    assert dialog.isVisible() and len(console.service.state.entries) == count
    assert "Several participants match" in dialog.problem.text() and dialog.problem.isVisible()
    assert set(console.service.state.participants) == known
    # The chair really means someone new called "Veloria": the explicit button.
    assert dialog.walk_in_button.isEnabled()
    dialog.walk_in_button.click()
    qtbot.waitUntil(lambda: console.window.findChild(AddSpeakerDialog) is None)
    new = set(console.service.state.participants) - known
    assert [console.service.state.participants[i].name for i in new] == ["veloria"]


def test_a_walk_in_with_a_comma_names_the_roster_people_it_could_also_be(
    activated: Console, qtbot: QtBot
):
    dialog = open_dialog(activated, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    qtbot.keyClicks(dialog.who, "Nadia, Youth Caucus")
    assert "walk-in" in dialog.hint.text() and "Nadia Petrova" in dialog.hint.text()
    dialog.reject()


def test_a_refusal_shows_in_the_dialog_which_stays_open(activated: Console, qtbot: QtBot):
    """A statement on a closed list: the reason next to the buttons, not only the status bar."""
    console = activated
    view = console.window.speaker_view
    qtbot.keyClick(view, KEY.Key_L, CTRL)  # close the current item's list
    target = console.service.state.participants[console.service.state.entries[0].participant_id]
    dialog = open_dialog(console, qtbot, KEY.Key_Insert, AddSpeakerDialog)
    qtbot.keyClicks(dialog.who, target.name)
    choose_type(dialog, SpeechType.STATEMENT)
    count = len(console.service.state.entries)
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    assert console.window.findChild(AddSpeakerDialog) is dialog and dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "is closed" in dialog.problem.text()
    assert len(console.service.state.entries) == count
    # A correction (a point of order is still possible) clears the message and adds.
    choose_type(dialog, SpeechType.POINT_OF_ORDER)
    assert not dialog.problem.isVisible()
    qtbot.keyClick(dialog.who, KEY.Key_Return)
    qtbot.waitUntil(lambda: console.window.findChild(AddSpeakerDialog) is None)
    assert len(console.service.state.entries) == count + 1
