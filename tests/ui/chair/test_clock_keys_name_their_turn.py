"""Every clock key is recorded for the turn the chair saw on the floor, so that, queued offline
and sent later, it can never land on another speaker's clock (see
``tests/server/sync/test_floor_moved_on.py`` for what the backend then does)."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from conftest import Console

CTRL = Qt.KeyboardModifier.ControlModifier


def test_space_plus_minus_and_restart_are_journaled_for_the_turn_on_the_floor(
    console: Console, qtbot: QtBot
):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    turn = console.service.state.current_turn_id
    assert turn
    for key, modifier in (
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_R, CTRL),
    ):
        qtbot.keyClick(console.window, key, modifier)
    with sqlite3.connect(f"{console.path.resolve().as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT name, args_json FROM command_log ORDER BY seq").fetchall()
    clock_rows = [(name, json.loads(args)) for name, args in rows if name != "give_floor"]
    assert [name for name, _ in clock_rows] == [
        "pause_clock",
        "start_clock",
        "adjust_time",
        "adjust_time",
        "reset_clock",
    ]
    assert all(args["for_turn_id"] == turn for _, args in clock_rows), clock_rows
