"""The list-of-speakers model: Qt's model contract, and what each row tells the chair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.ui.chair.speaker_list_model import (
    ENTRY_ID_ROLE,
    ENTRY_STATE_ROLE,
    IS_NEXT_ROLE,
    Column,
)
from moderator.ui.common.theme import DIMMED_TEXT

if TYPE_CHECKING:
    from conftest import Console


def cell(console: Console, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    model = console.window.speaker_model
    return model.data(model.index(row, column), role)


def test_the_model_honours_the_qt_model_contract(console: Console, qtmodeltester):
    qtmodeltester.check(console.window.speaker_model, force_py=True)


def test_the_model_stays_valid_through_chair_actions(console: Console, qtbot: QtBot, qtmodeltester):
    for _ in range(3):
        qtbot.keyClick(console.window, Qt.Key.Key_N)
    qtbot.keyClick(console.window, Qt.Key.Key_Space)
    qtmodeltester.check(console.window.speaker_model, force_py=True)


def test_rows_follow_speaking_order_and_show_who_is_current_next_and_done(
    console: Console, qtbot: QtBot
):
    state = console.service.state
    model = console.window.speaker_model
    assert model.rowCount() == len(state.entries) == 16
    names = [cell(console, row, Column.SPEAKER) for row in range(model.rowCount())]
    assert names == [state.participant_of(entry).name for entry in state.entries]
    items = [int(cell(console, row, Column.ITEM)) for row in range(model.rowCount())]
    assert items == sorted(items)

    assert cell(console, 0, Column.STATUS) == "Next"
    assert cell(console, 0, Column.STATUS, IS_NEXT_ROLE) is True

    qtbot.keyClick(console.window, Qt.Key.Key_N)
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert cell(console, 0, Column.STATUS) == "Done"
    assert cell(console, 0, Column.SPEAKER, Qt.ItemDataRole.ForegroundRole) == DIMMED_TEXT
    assert cell(console, 1, Column.STATUS) == "Speaking"
    assert cell(console, 1, Column.SPEAKER, Qt.ItemDataRole.FontRole).bold()
    assert cell(console, 1, Column.SPEAKER, ENTRY_STATE_ROLE) == "speaking"
    assert cell(console, 2, Column.STATUS) == "Next"
    assert cell(console, 3, Column.STATUS) == "Waiting"
    assert cell(console, 3, Column.SPEAKER, Qt.ItemDataRole.ForegroundRole) is None


def test_a_state_change_announces_every_row_whose_look_changed(console: Console, qtbot: QtBot):
    model = console.window.speaker_model
    announced: set[int] = set()

    def record(top_left, bottom_right, *_roles):
        if top_left.column() == 0:  # whole rows; expected starts come as one-column ranges
            announced.update(range(top_left.row(), bottom_right.row() + 1))

    model.dataChanged.connect(record)
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert {0, 1} <= announced  # the new speaker, and the new "next" below them
    announced.clear()
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    assert {0, 1, 2} <= announced  # done, speaking, next
    assert len(announced) <= 3, f"rows announced beyond those that changed: {announced}"


def test_expected_starts_carry_an_overrun_forward(console: Console, qtbot: QtBot):
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    model = console.window.speaker_model
    before = dict(model.projection.expected_start_ms)
    qtbot.keyClick(console.window, Qt.Key.Key_Plus)  # the current speaker gets 30 s more
    after = model.projection.expected_start_ms
    second = console.service.state.entries[1].id
    assert after[second] - before[second] == 30_000


def test_removed_speakers_are_not_rows_unless_the_chair_shows_them(
    console: Console, qtbot: QtBot, qtmodeltester
):
    """Del takes the speaker's row away; Speakers → Show removed speakers brings it back
    struck through, B puts the speaker back; the rows come and go without a model reset."""
    window, model = console.window, console.window.speaker_model
    state = console.service.state
    removed = state.entries[2].id
    kept = state.entries[3].id
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    qtmodeltester.check(model, force_py=True)  # and it watches every change that follows
    count = model.rowCount()
    window.speaker_view.setCurrentIndex(model.index(3, 0))
    assert window.selected_entry_id() == kept
    console.service.remove_entry(removed)
    assert model.rowCount() == count - 1
    ids = [model.index(row, 0).data(ENTRY_ID_ROLE) for row in range(model.rowCount())]
    assert removed not in ids and model.row_of_entry(removed) == -1
    assert window.selected_entry_id() == kept, "the selection stays on the same speaker"

    toggle = window.actions["show_removed"]
    assert toggle in window.menuBar().actions()[1].menu().actions(), "in the Speakers menu"
    toggle.setChecked(True)
    assert model.rowCount() == count
    row = model.row_of_entry(removed)
    assert row == 2 and cell(console, row, Column.STATUS) == "Removed"
    assert cell(console, row, Column.SPEAKER, Qt.ItemDataRole.FontRole).strikeOut()
    # Put back (B) from the shown row.
    window.speaker_view.setCurrentIndex(model.index(row, 0))
    window.actions["restore_entry"].trigger()
    assert cell(console, row, Column.STATUS) in ("Waiting", "Next")
    toggle.setChecked(False)
    assert model.rowCount() == count, "put back: a row again, toggle or not"
    console.service.undo()  # the put back: removed again, hidden again
    assert model.rowCount() == count - 1
    assert resets == [], "rows are announced one by one, never as a reset"


def test_a_drop_lands_where_the_chair_sees_it_with_removed_speakers_hidden(console: Console):
    """The shown rows leave removed speakers out: a drop before the shown row 2 puts the
    speaker right above the speaker the chair sees there."""
    model, service = console.window.speaker_model, console.service
    service.remove_entry(service.state.entries[1].id)  # hidden: shown rows ≠ the list's places
    target = model.index(2, 0).data(ENTRY_ID_ROLE)
    dragged = model.index(5, 0).data(ENTRY_ID_ROLE)
    data = model.mimeData([model.index(5, column) for column in range(model.columnCount())])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1))
    assert model.index(2, 0).data(ENTRY_ID_ROLE) == dragged
    assert model.index(3, 0).data(ENTRY_ID_ROLE) == target
    state = service.state
    assert state.row_of(dragged) == state.row_of(target) - 1
