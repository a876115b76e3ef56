"""The list-of-speakers model: Qt's model contract, and what each row tells the chair; and
with a long list (a general assembly: 600 names), that pressing N repaints and measures the
rows it changed, not the whole list, while every row still shows what the state says."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.long_list import write_long_session

from moderator.domain.commands import EditParticipant
from moderator.domain.hands import raise_hand
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.chair.speaker_list_model import (
    ENTRY_ID_ROLE,
    ENTRY_STATE_ROLE,
    IS_NEXT_ROLE,
    Column,
    SpeakerListModel,
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


# --- a long list ---------------------------------------------------------------------------

SPEAKERS = 600


@dataclass
class LongConsole:
    window: MainWindow
    service: SessionService
    #: How many times the list was asked for a cell's text (a row measured or painted).
    texts_read: list[int]


class PaintedRegion(QObject):
    """The union of what a widget painted since ``clear``."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
        return False


@pytest.fixture
def long_console(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LongConsole]:
    texts_read = [0]
    original = SpeakerListModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            texts_read[0] += 1
        return original(self, index, role)

    # Before the model exists: Qt binds a Python override when the object is made.
    monkeypatch.setattr(SpeakerListModel, "data", counted)
    time_source = TimeSource()
    path = tmp_path / "assembly.sqlite3"
    session_id = write_long_session(path, time_source.now_ms(), SPEAKERS)
    engine = open_database(path)
    store = Store(engine)
    service = SessionService(
        CommandRunner(store, store.load_session_state(session_id), time_source)
    )
    window = MainWindow(service, database_label=str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield LongConsole(window, service, texts_read)
    window.close()
    engine.dispose()


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_pressing_n_repaints_the_rows_that_changed_not_the_whole_list(
    long_console: LongConsole, qtbot: QtBot
):
    """A press after a speaker gave back their five minutes moves every expected start: the
    times column and the three rows that changed are repainted; the names of the speakers
    still waiting are not."""
    window = long_console.window
    view, model = window.speaker_view, window.speaker_model
    for _ in range(2):  # the first speaking row widens the columns once: the list is redrawn
        qtbot.keyClick(window, Qt.Key.Key_N)
        settle()
    painted = PaintedRegion()
    view.viewport().installEventFilter(painted)
    expected_before = dict(model.projection.expected_start_ms)
    qtbot.keyClick(window, Qt.Key.Key_N)
    settle()
    view.viewport().removeEventFilter(painted)

    far = long_console.service.state.entries[8].id
    assert model.projection.expected_start_ms[far] != expected_before[far], "times moved"
    assert model.data(model.index(2, Column.STATUS)) == "Speaking"

    def centre(row: int, column: Column) -> QPoint:
        return view.visualRect(model.index(row, column)).center()

    assert painted.region.contains(centre(2, Column.STATUS)), "the new speaker's row"
    assert painted.region.contains(centre(8, Column.EXPECTED)), "a waiting row's new time"
    assert not painted.region.contains(centre(8, Column.SPEAKER)), (
        "a waiting speaker's name, unchanged, was repainted: the whole list was"
    )


def test_a_press_measures_only_the_rows_it_changed(long_console: LongConsole, qtbot: QtBot):
    """The list's columns are fitted to its texts; after a press only the changed rows are
    read again, not the first few hundred rows of the list."""
    window = long_console.window
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_N)
        settle()
    long_console.texts_read[0] = 0
    qtbot.keyClick(window, Qt.Key.Key_N)
    settle()
    visible_cells = (window.speaker_view.viewport().height() // 26 + 1) * len(Column)
    assert long_console.texts_read[0] <= visible_cells + 3 * len(Column)


def test_every_row_shows_a_renamed_speaker_and_the_new_speaker_after_a_press(
    long_console: LongConsole, qtbot: QtBot
):
    """What a row shows is kept between repaints: a change of the roster or of the floor is
    on every row it concerns, as a fresh window would read it."""
    window, service = long_console.window, long_console.service
    model = window.speaker_model
    state = service.state
    person = state.participant_of(state.entries[5])
    service.execute(
        EditParticipant(state.session.id, person.id, "Nadia Haddad", organisation="UNDP")
    )
    qtbot.keyClick(window, Qt.Key.Key_N)
    settle()
    fresh = SpeakerListModel(service)
    for row in range(model.rowCount()):
        for column in Column:
            index, reference = model.index(row, column), fresh.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole):
                assert model.data(index, role) == fresh.data(reference, role), (row, column)
    assert model.data(model.index(5, Column.SPEAKER)) == "Nadia Haddad"
    assert model.data(model.index(0, Column.STATUS)) == "Speaking"
    assert model.data(model.index(1, Column.STATUS)) == "Next"


def test_a_remote_hand_repaints_no_speaker(long_console: LongConsole, qtbot: QtBot):
    """A participant raises a hand (the backend's new view, as the sync applies it): the
    hands list shows it; the list of speakers has nothing new to show and repaints nothing,
    not even the "next" row."""
    window, service = long_console.window, long_console.service
    view, model = window.speaker_view, window.speaker_model
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_N)
        settle()
    announced: list[int] = []
    model.dataChanged.connect(lambda top_left, *_: announced.append(top_left.row()))
    painted = PaintedRegion()
    view.viewport().installEventFilter(painted)

    remote = copy.deepcopy(service.state)
    hand, events = raise_hand(
        remote, sorted(remote.participants)[7], "hand-1", seq=1, at_ms=service.now_ms()
    )
    remote.apply(events)
    service.runner.take_view(remote, cursor=None, now_ms=service.now_ms())
    settle()
    view.viewport().removeEventFilter(painted)

    assert [h.id for h in window.hands_panel.model.hands] == [hand.id]
    assert announced == []
    assert painted.region.isEmpty()
