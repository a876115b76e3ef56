"""A hand raised in BigBlueButton reaches the chair's window with its source, and the list
entry the chair makes of it keeps that source on the backend.

The real console window follows the real reference server on 127.0.0.1; bbb-webhooks' own
callback (``tests/server/bbb_webhooks.py``) is posted with an integration token.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.bbb_webhooks import CONTENT_TYPE, event, form_body
from support.following import download_into
from support.live_server import LiveServer
from support.qt_lag import activate

from moderator.app import Console
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.hands_model import HandColumn


def test_a_bigbluebutton_hand_shows_its_source_and_its_entry_keeps_it_on_the_backend(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path
):
    server = live_server
    demo = server.load_demo("demo")
    chair = server.create_token("chair", sessions=[demo.session_id])
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    download_into(qtbot, store, server.url, chair, demo.session_id)
    console = Console(qtbot, path, TimeSource())
    window = console.show_session(store.load_session_state(demo.session_id), store)
    qtbot.addWidget(window)
    activate(qtbot, window)
    console.prepare_sync(server.url, chair)
    console.started()
    try:
        qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=10_000)
        bbb = server.create_token("integration", sessions=[demo.session_id])
        person = demo.participant_ids[4]
        user = {"internal_user_id": "w_chair_test", "external_user_id": person}
        body = form_body(event("user-joined", **user), event("user-raise-hand-changed", **user))
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {bbb}"}) as http:
            answer = http.post(
                f"/api/v1/integrations/bbb/{demo.session_id}",
                content=body,
                headers={"Content-Type": CONTENT_TYPE},
            )
        assert answer.status_code == 200, answer.text
        model = window.hands_panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
        assert model.data(model.index(0, HandColumn.SOURCE)) == "BBB"
        tip = model.data(model.index(0, HandColumn.SOURCE), Qt.ItemDataRole.ToolTipRole)
        assert tip == "Raised in BigBlueButton"
        assert "raised a hand (BigBlueButton)" in window.statusBar().currentMessage()

        qtbot.keyClick(window, Qt.Key.Key_A)  # onto the list: the backend's entry says BBB
        with server.client(demo.staff_token) as staff:

            def backend_source() -> str | None:
                entries = staff.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
                found = [e for e in entries["entries"] if e["participant_id"] == person
                         and e["origin"] == "remote_hand"]  # fmt: skip
                return found[0]["hand_source"] if found else None

            qtbot.waitUntil(lambda: backend_source() == "bbb", timeout=10_000)
        assert model.rowCount() == 0
        # Settled (the actions' echoes back, nothing queued) before the console stops.
        qtbot.waitUntil(
            lambda: console.sync.status.state == "online" and console.sync.status.pending == 0,
            timeout=10_000,
        )
    finally:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()
