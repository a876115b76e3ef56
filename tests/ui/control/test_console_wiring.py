"""The console as ``moderator.app`` wires it: the command line's servers start with the loop,
and opening another session (Ctrl+O) keeps them listening, now about the new session."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from support.control_clients import get, post, receive_json, websocket

from moderator.app import Console
from moderator.services.agenda.demo import load_demo
from moderator.services.agenda.session_directory import SessionDirectory
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store

pytestmark = pytest.mark.usefixtures("qasync_loop")


def test_command_line_servers_follow_the_session_the_chair_opens(qtbot, tmp_path: Path):
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()
    load_demo(store, time_source.now_ms())
    first = store.sessions()[0]
    now = time_source.now_ms()
    second = SessionDirectory(store).create_session(
        first.meeting_id, "Afternoon plenary", "Room B", now + 3_600_000, now + 7_200_000
    )
    console = Console(QApplication.instance(), path, time_source)
    window = console.show_session(store.load_session_state(first.id), store)
    qtbot.addWidget(window)
    try:
        console.control_at_start(
            argparse.Namespace(control_port=0, osc_port=None, control_host=None)
        )
        console.started()
        qtbot.waitUntil(lambda: console.control.http_port is not None, timeout=10_000)
        base = f"http://127.0.0.1:{console.control.http_port}"
        shown = f"Control: HTTP :{console.control.http_port}"
        assert window.statusBar().findChild(QLabel, "controlStatus").text() == shown
        with websocket(qtbot, base.replace("http://", "ws://") + "/ws") as ws:
            assert receive_json(qtbot, ws)["session"]["id"] == first.id

            console.open_session(second.id)  # Ctrl+O → Enter

            assert receive_json(qtbot, ws)["session"]["id"] == second.id
            new_label = console.window.statusBar().findChild(QLabel, "controlStatus")
            assert new_label.text() == shown  # the new window says it too
        assert get(qtbot, f"{base}/state").json()["session"]["title"] == "Afternoon plenary"
        # The actions now act on the new window: its session has no speaker to give the floor.
        refused = post(qtbot, f"{base}/actions/next_speaker")
        assert refused.status_code == 409
        assert console.service.state.session.id == second.id
    finally:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        engine.dispose()
