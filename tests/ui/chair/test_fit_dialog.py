"""Fit to the end, through its dialog: the preview the chair reads, Apply as one undo step,
Cancel changing nothing; checked against the SQLite file as a restarted console reads it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from moderator.domain.model import EntryState
from moderator.services.chair.session_service import SessionService
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.fit_dialog import FitToEndDialog, duration_words, open_fit_to_end
from moderator.ui.common.formatting import clock_time
from moderator.ui.common.time_input import parse_time

if TYPE_CHECKING:
    from conftest import DemoSession

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "dialogs"


class Setup:
    def __init__(self, path: Path, service: SessionService, parent: QWidget) -> None:
        self.path, self.service, self.parent = path, service, parent

    def reopened_allotments(self) -> dict[str, int]:
        """Allotted times as a fresh process reads them from the file."""
        engine = open_database(self.path)
        try:
            state = Store(engine).load_session_state(self.service.state.session.id)
        finally:
            engine.dispose()
        return {entry.id: entry.allotted_ms for entry in state.entries}

    def allotments(self) -> dict[str, int]:
        return {entry.id: entry.allotted_ms for entry in self.service.state.entries}


@pytest.fixture
def setup(qtbot: QtBot, demo_session: DemoSession) -> Setup:
    parent = QWidget()
    qtbot.addWidget(parent)
    return Setup(demo_session.path, demo_session.service, parent)


def run_late(service: SessionService) -> None:
    """The opening speaker was given 30 minutes instead of 5: the session runs late."""
    assert service.give_floor_to(service.state.next_entry().id)
    assert service.set_time(30 * 60_000)


def table_rows(dialog: FitToEndDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_preview_shows_each_waiting_speaker_now_and_after_and_the_ends(qtbot, setup):
    run_late(setup.service)
    state = setup.service.state
    dialog = FitToEndDialog(setup.service, setup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "fit-to-end.png"))

    rows = table_rows(dialog)
    waiting = [e for e in state.entries if e.state is EntryState.WAITING]
    assert [row[0] for row in rows] == [state.participant_of(e).name for e in waiting]
    now = [parse_time(row[2]) for row in rows]
    after = [parse_time(row[3]) for row in rows]
    assert now == [e.allotted_ms for e in waiting]
    assert all(30_000 <= new < old for new, old in zip(after, now, strict=True))
    # Shortened in proportion: the same factor for everyone, within a second of rounding.
    factor = sum(after) / sum(now)
    assert all(abs(new - factor * old) <= 1000 for new, old in zip(after, now, strict=True))
    assert all(row[4].startswith("−") for row in rows)

    # The labels: projected end now (late) and after (on time), against the scheduled end.
    zone = state.meeting.timezone
    scheduled = clock_time(state.session.scheduled_end_ms, zone, seconds=True)
    before_text, after_text = dialog.before_label.text(), dialog.after_label.text()
    assert f"scheduled end {scheduled}" in before_text and "late by" in before_text
    ends = clock_time(dialog.plan.projected_end_after_ms, zone, seconds=True)
    assert f"ends {ends}, on time" in after_text
    saved = sum(now) - sum(after)
    late = dialog.plan.late_before_ms
    assert 0 <= saved - late < 1000 * len(rows)  # ends on time, not needlessly early
    assert dialog.apply_button.isEnabled()


def test_apply_changes_every_allotment_in_one_undo_step_saved_to_the_file(qtbot, setup):
    run_late(setup.service)
    before = setup.allotments()
    stack = setup.service.undo_stack
    steps = stack.count()
    dialog = FitToEndDialog(setup.service, setup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    shown_after = [parse_time(row[3]) for row in table_rows(dialog)]
    shown_ids = [line.entry_id for line in dialog.plan.lines]

    with qtbot.waitSignal(dialog.sig_applied) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert applied.args == [len(shown_ids)]
    assert not dialog.isVisible()

    after = setup.allotments()
    assert [after[entry_id] for entry_id in shown_ids] == shown_after
    assert setup.reopened_allotments() == after
    assert stack.count() == steps + 1 and stack.undoText() == "Fit to the end"
    assert setup.service.state.clock.remaining_ms(setup.service.now_ms()) > 29 * 60_000

    setup.service.undo()  # Ctrl+Z, once
    assert setup.allotments() == before
    assert setup.reopened_allotments() == before

    setup.service.redo()
    assert setup.allotments() == after
    assert setup.reopened_allotments() == after


def test_cancel_changes_nothing(qtbot, setup):
    run_late(setup.service)
    before = setup.allotments()
    steps = setup.service.undo_stack.count()
    dialog = open_fit_to_end(setup.service, setup.parent)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert setup.allotments() == before == setup.reopened_allotments()
    assert setup.service.undo_stack.count() == steps


def test_an_on_time_session_has_nothing_to_apply(qtbot, setup):
    # The demo's speakers fill 78 of its 90 minutes: on time as loaded.
    dialog = FitToEndDialog(setup.service, setup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "on time" in dialog.before_label.text()
    assert dialog.after_label.text() == "The session is on time: nothing to shorten."
    assert dialog.cancel_button.text() == "Close"
    assert not dialog.table.isVisible()
    assert not dialog.apply_button.isEnabled()
    dialog.grab().save(str(ARTIFACTS / "fit-to-end-on-time.png"))


def test_the_preview_follows_the_list_while_open(qtbot, setup):
    run_late(setup.service)
    dialog = FitToEndDialog(setup.service, setup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.plan.lines[0].entry_id
    rows = len(table_rows(dialog))
    assert setup.service.skip_entry(first)
    assert len(table_rows(dialog)) == rows - 1
    assert first not in {line.entry_id for line in dialog.plan.lines}


def test_the_preview_model_passes_the_model_tester(qtbot, qtmodeltester, setup):
    run_late(setup.service)
    dialog = FitToEndDialog(setup.service, setup.parent)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)


def test_when_even_the_minimum_cannot_fit_the_preview_says_how_late_it_stays(qtbot, setup):
    service = setup.service
    assert service.give_floor_to(service.state.next_entry().id)
    assert service.set_time(120 * 60_000)  # two hours for the opening: hopeless
    dialog = FitToEndDialog(service, setup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(ARTIFACTS / "fit-to-end-still-late.png"))
    assert {row[3] for row in table_rows(dialog)} == {"0:30"}
    assert all(row[4].endswith("(minimum)") for row in table_rows(dialog))
    text = dialog.after_label.text()
    assert "still late by" in text and "minimum of 0:30" in text
    # Applying still helps (the chair decides): every waiting speaker at the minimum.
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    waiting = [e for e in service.state.entries if e.state is EntryState.WAITING]
    assert {e.allotted_ms for e in waiting} == {30_000}
    assert setup.reopened_allotments() == setup.allotments()


@pytest.mark.parametrize(
    ("ms", "words"),
    [
        (0, "0 s"),
        (45_000, "45 s"),
        (180_000, "3 min"),
        (750_500, "12 min 30 s"),
        (6_211_000, "1 h 43 min"),
        (7_200_000, "2 h"),
    ],
)
def test_lateness_reads_in_words(ms, words):
    assert duration_words(ms) == words
