"""A long list of speakers (a general assembly: 600 names): pressing N repaints and measures
the rows it changed, not the whole list, and every row still shows what the state says."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
from moderator.ui.chair.speaker_list_model import Column, SpeakerListModel

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
