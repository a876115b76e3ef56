"""Undo and redo say what they did: an undo that takes the floor back or changes the clock must
not pass unnoticed (the status bar read nothing at all)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.domain.commands import GiveFloor

if TYPE_CHECKING:
    from conftest import Console

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def status(console: Console) -> str:
    return console.window.statusBar().currentMessage()


def test_ctrl_z_and_ctrl_shift_z_name_the_action_they_undid_and_redid(
    console: Console, qtbot: QtBot
):
    state = console.service.state
    first = state.participant_of(state.entries[0]).name
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert console.window.actions["undo"].statusTip() == f"Undo: Floor to {first}"

    qtbot.keyClick(console.window, Qt.Key.Key_Z, CTRL)
    assert status(console) == f"Undone: Floor to {first} (Ctrl+Shift+Z redoes it)"
    assert console.service.state.current_entry_id is None
    assert console.window.actions["undo"].toolTip().startswith("Undo the last action")
    assert console.window.actions["redo"].statusTip() == f"Redo: Floor to {first}"

    qtbot.keyClick(console.window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert status(console) == f"Redone: Floor to {first}"
    assert console.service.state.current_entry_id == console.service.state.entries[0].id

    qtbot.keyClick(console.window, Qt.Key.Key_Minus)  # the clock too: "Remove 30 s"
    qtbot.keyClick(console.window, Qt.Key.Key_Z, CTRL)
    assert status(console).startswith("Undone: ")
    assert console.window.current_panel.countdown.reading.digits == "5:00"


def test_an_undo_the_session_no_longer_allows_says_why_not_that_it_was_done(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    service = console.service
    state = service.state
    # Meanwhile the floor moved on without this console's undo stack (as a synced change).
    moved = GiveFloor(state.session.id, state.entries[1].id, uuid.uuid4().hex, service.now_ms())
    assert service.execute(moved)
    qtbot.keyClick(console.window, Qt.Key.Key_Z, CTRL)
    assert not status(console).startswith("Undone"), status(console)
    assert status(console), "the refusal's reason is shown"
    assert service.state.current_entry_id == state.entries[1].id


def test_nothing_to_undo_is_said_as_before(console: Console, qtbot: QtBot):
    qtbot.keyClick(console.window, Qt.Key.Key_Z, CTRL)
    assert status(console) == "Nothing to undo"
