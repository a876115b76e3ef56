"""The sync badge stays in the status bar whatever passes through it (issue 13, finding 8: a
passing status message, such as a new hand or a menu's hint, replaced the badge, so the chair
lost sight of the link exactly when something happened)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from support.qt_lag import activate

from moderator.app import Console
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.sync.sync_badge import SyncBadge

#: Nothing listens here: the sync is not started, and the badge shows its first state.
NOBODY = "http://127.0.0.1:9"


def test_a_status_message_leaves_the_sync_badge_in_view(qtbot: QtBot, qasync_loop, tmp_path: Path):
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    load_demo(store, TimeSource().now_ms())
    console = Console(qtbot, path, TimeSource())  # qtbot stands in for the app (unused)
    window = console.show_session(store.load_session_state(store.sessions()[0].id), store)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    activate(qtbot, window)
    try:
        console.prepare_sync(NOBODY, "token")
        badge = window.findChild(SyncBadge, "syncBadge")
        qtbot.waitUntil(badge.isVisible)
        shown = badge.text()
        assert shown.startswith("○ Offline")

        window.statusBar().showMessage("✋ Amina Diallo raised a hand", 6000)
        assert window.statusBar().currentMessage() == "✋ Amina Diallo raised a hand"
        assert badge.isVisible(), "the message hid the sync badge"
        assert badge.text() == shown
        # Not covered by the message either: the two sit side by side in the bar.
        badge_left = badge.mapTo(window.statusBar(), QPoint(0, 0)).x()
        message_width = (
            window.statusBar().fontMetrics().horizontalAdvance(window.statusBar().currentMessage())
        )
        assert badge_left > message_width
    finally:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()
