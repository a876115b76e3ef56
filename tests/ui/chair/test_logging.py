"""Structured logging of chair actions (``--log-json``): every action logs, nothing breaks."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.logging_setup import JsonLineFormatter

if TYPE_CHECKING:
    from conftest import Console


def test_each_chair_action_is_logged_as_one_json_line(
    console: Console, qtbot: QtBot, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO, logger="moderator")
    qtbot.keyClick(console.window, Qt.Key.Key_N)
    qtbot.keyClick(console.window, Qt.Key.Key_Space)
    assert console.window.current_panel.countdown.reading.cue_text == "PAUSED"
    applied = [r for r in caplog.records if r.getMessage() == "command applied"]
    assert [r.command for r in applied] == ["give_floor", "pause_clock"]
    lines = [json.loads(JsonLineFormatter().format(r)) for r in applied]
    assert lines[0]["command_args"]["entry_id"] == console.service.state.entries[0].id
    assert "token" not in json.dumps(lines).lower()
