"""The meeting's speech-type settings dialog, typed into like a chair would, saved to a real
SQLite file and read back through a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from moderator.domain.model import Meeting, SpeechType
from moderator.domain.speech_rules import DEFAULT_RULES, Placement, SpeechRules
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.chair_settings import ChairSettings
from moderator.storage.chair_store import ChairStore
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.meeting_settings_dialog import MeetingSettingsDialog

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "dialogs"
T0 = 1_764_316_800_000


class Setup:
    def __init__(self, path: Path, engine: Engine, meeting: Meeting, parent: QWidget) -> None:
        self.path, self.engine, self.meeting, self.parent = path, engine, meeting, parent

    def stored_rules(self) -> SpeechRules:
        """The rules as a restarted console reads them."""
        engine = open_database(self.path)
        try:
            return ChairStore(engine).speech_rules(self.meeting.id)
        finally:
            engine.dispose()

    def dialog(self, qtbot: QtBot) -> MeetingSettingsDialog:
        dialog = MeetingSettingsDialog(ChairSettings(Store(self.engine)), self.meeting, self.parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    path = tmp_path / "moderator.sqlite3"
    engine = open_database(path)
    meeting = load_demo(Store(engine), T0).meeting
    parent = QWidget()
    qtbot.addWidget(parent)
    yield Setup(path, engine, meeting, parent)
    engine.dispose()


def retype(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_one_row_per_speech_type_with_its_time_and_placement(qtbot, setup):
    dialog = setup.dialog(qtbot)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "meeting-settings.png"))
    assert [dialog.default_time[kind].text() for kind in SpeechType] == [
        "3:00",
        "2:00",
        "1:00",
        "3:00",
        "1:00",
    ]
    assert dialog.default_time[SpeechType.POINT_OF_ORDER].accessibleName() == (
        "Point of order: default time"
    )
    assert "right after the current speaker" in (
        dialog.placement_label[SpeechType.POINT_OF_ORDER].text()
    )
    assert "end of the agenda item" in dialog.placement_label[SpeechType.RIGHT_OF_REPLY].text()
    assert "resumes afterwards" in dialog.placement_label[SpeechType.INTERVENTION].text()
    assert dialog.reply_limit.value() == 2
    assert dialog.later_reply.text() == "2:00"
    assert not dialog.error_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_save_writes_the_rules_to_the_file(qtbot, setup):
    dialog = setup.dialog(qtbot)
    retype(qtbot, dialog.default_time[SpeechType.STATEMENT], "4:30")
    retype(qtbot, dialog.default_time[SpeechType.FLOOR], "90s")
    dialog.reply_limit.setValue(1)
    retype(qtbot, dialog.later_reply, "")  # empty: later replies as long as the first
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = setup.stored_rules()
    assert saved.args == [stored]
    assert stored[SpeechType.STATEMENT].default_ms == 270_000
    assert stored[SpeechType.FLOOR].default_ms == 90_000
    reply = stored[SpeechType.RIGHT_OF_REPLY]
    assert (reply.limit_per_delegation, reply.later_ms) == (1, 0)
    assert stored[SpeechType.POINT_OF_ORDER] == DEFAULT_RULES[SpeechType.POINT_OF_ORDER]

    # Opened again, the dialog shows what was saved.
    again = setup.dialog(qtbot)
    assert again.default_time[SpeechType.STATEMENT].text() == "4:30"
    assert again.later_reply.text() == ""
    assert again.reply_limit.text() == "1"


def test_cancel_writes_nothing(qtbot, setup):
    dialog = setup.dialog(qtbot)
    retype(qtbot, dialog.default_time[SpeechType.STATEMENT], "9:00")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert setup.stored_rules() == SpeechRules()


def test_a_wrong_time_is_named_inline_and_blocks_saving(qtbot, setup):
    dialog = setup.dialog(qtbot)
    field = dialog.default_time[SpeechType.POINT_OF_ORDER]
    retype(qtbot, field, "1:75")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "⚠ Point of order — default time: “1:75” is not a time (m:ss or minutes)."
    )
    assert field.accessibleDescription() == dialog.error_label.text()[2:]
    assert not dialog.save_button.isEnabled()
    dialog.grab().save(str(ARTIFACTS / "meeting-settings-error.png"))

    retype(qtbot, dialog.later_reply, "300")  # minutes: five hours
    assert "Right of reply — later replies: at most 4 hours." in (dialog.error_label.text())
    assert dialog.error_label.text().count("⚠") == 2
    label = dialog.error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # grown
    dialog.grab().save(str(ARTIFACTS / "meeting-settings-two-errors.png"))
    retype(qtbot, field, "0")
    assert "Point of order — default time: must be at least 0:01." in dialog.error_label.text()

    retype(qtbot, field, "1:15")
    retype(qtbot, dialog.later_reply, "2:00")
    assert not dialog.error_label.isVisible()
    assert field.accessibleDescription() == ""
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert setup.stored_rules() == SpeechRules()


def test_restore_defaults_fills_the_defaults_and_save_writes_them(qtbot, setup):
    ChairStore(setup.engine).save_speech_rules(
        setup.meeting.id, SpeechRules().with_rule(SpeechType.STATEMENT, default_ms=600_000)
    )
    dialog = setup.dialog(qtbot)
    assert dialog.default_time[SpeechType.STATEMENT].text() == "10:00"
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.default_time[SpeechType.STATEMENT].text() == "3:00"
    assert setup.stored_rules()[SpeechType.STATEMENT].default_ms == 600_000  # not yet saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert setup.stored_rules() == SpeechRules()


def test_a_placement_the_dialog_does_not_edit_is_kept_on_saving(qtbot, setup):
    """A meeting whose rules put floor questions at the top (set outside the dialog) keeps
    that placement when the chair changes a time here."""
    rules = SpeechRules().with_rule(SpeechType.FLOOR, placement=Placement.TOP)
    ChairStore(setup.engine).save_speech_rules(setup.meeting.id, rules)
    dialog = setup.dialog(qtbot)
    assert "right after the current speaker" in dialog.placement_label[SpeechType.FLOOR].text()
    retype(qtbot, dialog.default_time[SpeechType.FLOOR], "1:30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = setup.stored_rules()[SpeechType.FLOOR]
    assert (stored.placement, stored.default_ms) == (Placement.TOP, 90_000)


def test_the_qa_reserve_is_typed_saved_and_shown_again(qtbot, setup):
    """The reserve an import leaves for questions at the end of each talk (issue 17)."""
    dialog = setup.dialog(qtbot)
    assert dialog.qa_reserve.text() == ""  # none by default
    retype(qtbot, dialog.qa_reserve, "ten")
    assert not dialog.save_button.isEnabled()
    assert "Q&A reserve" in dialog.error_label.text()
    retype(qtbot, dialog.qa_reserve, "10")
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert setup.stored_rules().qa_reserve_ms == 600_000
    assert setup.dialog(qtbot).qa_reserve.text() == "10:00"
