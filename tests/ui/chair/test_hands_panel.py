"""Remote hands on the console: in raise order, waiting time, and G / A / L by keyboard."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.domain.hands import raise_hand
from moderator.domain.model import EntryState, HandSource, HandState, SpeechType
from moderator.domain.report import session_report
from moderator.ui.chair.hands_model import HandColumn

if TYPE_CHECKING:
    from conftest import Console


def hands_arrive(
    console: Console, *participant_indexes: int, source: HandSource = HandSource.PAGE
) -> list[str]:
    """What the sync engine does when the backend reports raised hands: a new view."""
    view = copy.deepcopy(console.service.state)
    people = sorted(view.participants)
    ids = []
    for seq, index in enumerate(participant_indexes, start=len(view.hands) + 1):
        hand, events = raise_hand(
            view,
            people[index],
            f"hand-{seq}",
            seq=seq,
            at_ms=console.service.now_ms() - 65_000,
            source=source,
        )
        view.apply(events)
        ids.append(hand.id)
    console.view_arrives(view)
    return ids


def test_hands_show_in_raise_order_with_their_waiting_time(
    console: Console, qtbot: QtBot, qtmodeltester
):
    panel = console.window.hands_panel
    assert panel.title.text() == "No raised hands"
    hands_arrive(console, 3, 1)
    model = panel.model
    qtmodeltester.check(model, force_py=True)
    assert panel.title.text() == "Raised hands: 2"
    names = [model.data(model.index(row, HandColumn.NAME)) for row in range(2)]
    people = sorted(console.service.state.participants)
    expected = [console.service.state.participants[people[i]].name for i in (3, 1)]
    assert names == expected
    assert model.data(model.index(0, HandColumn.WAITING)).startswith("1:0")
    assert "raised a hand" in console.window.statusBar().currentMessage()


def test_g_gives_the_floor_to_the_first_hand_right_after_the_current_speaker(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    (hand_id,) = hands_arrive(console, 5)
    person = console.service.state.hands[hand_id].participant_id
    qtbot.keyClick(console.window, Qt.Key.Key_G)
    state = console.service.state
    current = state.current_entry
    assert current is not None and current.participant_id == person
    assert current.speech_type is SpeechType.FLOOR
    assert state.hands[hand_id].state is HandState.LOWERED
    assert state.entries[0].state is EntryState.DONE
    assert console.window.hands_panel.title.text() == "No raised hands"
    stored = console.reopen_state()
    assert stored.current_entry_id == current.id
    assert stored.hands[hand_id].lowered_by == "chair"


def test_a_adds_the_hand_at_the_end_of_the_current_item_and_l_lowers(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    first, second = hands_arrive(console, 4, 6)
    qtbot.keyClick(console.window, Qt.Key.Key_A)
    state = console.service.state
    item = state.current_entry.agenda_item_id
    same_item = [e for e in state.entries if e.agenda_item_id == item]
    assert same_item[-1].participant_id == state.hands[first].participant_id
    assert same_item[-1].state is EntryState.WAITING
    assert state.hands[first].state is HandState.LOWERED
    qtbot.keyClick(console.window, Qt.Key.Key_L)
    assert console.service.state.hands[second].state is HandState.LOWERED
    assert console.window.hands_panel.model.rowCount() == 0
    qtbot.keyClick(console.window, Qt.Key.Key_L)
    assert console.window.statusBar().currentMessage() == "No hand is raised."


def test_each_hand_says_where_it_was_raised_and_keeps_it_onto_the_list_and_the_report(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    (page,) = hands_arrive(console, 2)
    (zoom,) = hands_arrive(console, 4, source=HandSource.ZOOM)
    (bbb,) = hands_arrive(console, 5, source=HandSource.BBB)
    (jitsi,) = hands_arrive(console, 6, source=HandSource.JITSI)
    model = console.window.hands_panel.model
    shown = [
        (
            model.data(model.index(row, HandColumn.SOURCE)),
            model.data(model.index(row, HandColumn.SOURCE), Qt.ItemDataRole.ToolTipRole),
            model.data(model.index(row, HandColumn.SOURCE), Qt.ItemDataRole.AccessibleTextRole),
        )
        for row in range(model.rowCount())
    ]
    assert [(label, tip) for label, tip, _ in shown] == [
        ("Page", "Raised on the participant page"),
        ("Zoom", "Raised in Zoom"),
        ("BBB", "Raised in BigBlueButton"),
        ("Jitsi", "Raised in Jitsi Meet"),
    ]
    assert all(tip == spoken for _, tip, spoken in shown)
    assert "raised a hand (Jitsi Meet)" in console.window.statusBar().currentMessage()

    # Given the floor (G) and added to the list (A): the entries remember the source, on disk.
    qtbot.keyClick(console.window, Qt.Key.Key_G)  # the first hand: the page's
    assert console.service.state.current_entry.hand_source == "remote"
    assert model.data(model.index(0, HandColumn.SOURCE)) == "Zoom"
    qtbot.keyClick(console.window, Qt.Key.Key_A)  # now first in line: Zoom's
    stored = console.reopen_state()
    sources = {e.participant_id: e.hand_source for e in stored.entries if e.hand_source}
    assert sources[stored.hands[zoom].participant_id] == "zoom"
    assert sources[stored.hands[page].participant_id] == "remote"
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    hows = [t.how_label for t in session_report(stored, console.service.now_ms()).turns]
    assert "Remote hand (participant page)" in hows
    assert bbb in stored.hands and jitsi in stored.hands
