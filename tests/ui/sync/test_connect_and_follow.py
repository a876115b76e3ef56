"""Connecting the real console window to the real server and following a session.

The qasync loop runs inside pytest-qt (``already_running=True``): network tasks advance while
``qtbot.waitUntil`` spins Qt. The Qt event loop's lag is measured the whole time (a 20 ms timer
that notes how late it fires): the window must never freeze on the network.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from support.fault_proxy import FaultProxy
from support.live_server import LiveServer
from support.qt_lag import FREEZE_MS, GENEROUS_LAG_MS, LagMeter, activate

from moderator.app import Console
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.sync.connect_dialog import ConnectDialog
from moderator.ui.sync.sync_badge import SyncBadge


def test_the_chair_connects_follows_a_session_and_rides_out_an_outage(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path, no_keyring
):
    demo = live_server.load_demo("demo")
    token = live_server.create_token("chair", sessions=[demo.session_id])
    proxy = FaultProxy(live_server.port)
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    load_demo(store, TimeSource().now_ms())  # the local demo: another session
    console = Console(qtbot, path, TimeSource())  # qtbot stands in for the app (unused)
    window = console.show_session(store.load_session_state(store.sessions()[0].id), store)
    qtbot.addWidget(window)
    activate(qtbot, window)
    console.started()
    lag = LagMeter()
    try:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        dialog = window.findChild(ConnectDialog, "connectDialog")
        assert dialog is not None and dialog.isVisible()
        dialog.url.setText(proxy.url)
        dialog.token.setText(token)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.follow_button.isEnabled(), timeout=10_000)
        assert "Connected as chair" in dialog.result.text()
        assert dialog.sessions.currentData() == demo.session_id
        qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: console.service.state.session.id == demo.session_id, timeout=10_000)
        followed = console.window
        qtbot.addWidget(followed)
        activate(qtbot, followed)
        qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=10_000)
        badge = followed.findChild(SyncBadge, "syncBadge")
        assert badge.text().startswith("● Online")

        switching_lag_ms = lag.worst_ms
        lag.restart()
        qtbot.keyClick(followed, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: console.sync.status.pending == 0, timeout=10_000)

        proxy.refuse()
        for _ in range(3):
            qtbot.keyClick(followed, Qt.Key.Key_Plus)
        state = console.service.state
        assert state.clock.allotted_ms == state.current_entry.allotted_ms + 90_000
        qtbot.waitUntil(lambda: console.sync.status.state == "reconnecting", timeout=10_000)
        assert console.sync.status.pending == 3
        assert "Reconnecting" in badge.text() and "3 changes pending" in badge.text()
        # A click on the badge shows why and what waits: the last error and the queue.
        qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
        details = badge.details
        assert details is not None and details.isVisible()
        assert not details.isModal(), "the chair must keep chairing with the details open"
        assert "Last error: " in details.summary.text()
        assert "Last error: none" not in details.summary.text()
        assert details.queue.rowCount() == 3
        assert [details.queue.item(row, 1).text() for row in range(3)] == [
            "Adjust the time +0:30"
        ] * 3
        assert "3 action(s) waiting" in details.queue_title.text()
        proxy.heal()
        try:
            qtbot.waitUntil(
                lambda: console.sync.status.pending == 0 and console.sync.status.state == "online",
                timeout=40_000,
            )
        except TimeoutError:
            raise AssertionError(f"not back online: {console.sync.status}") from None
        # The open details follow the status: the queue empties as the backend acknowledges.
        qtbot.waitUntil(lambda: details.queue.rowCount() == 0, timeout=5_000)
        assert "Nothing is waiting" in details.queue_title.text()
        details.close()
        assert lag.worst_ms < GENEROUS_LAG_MS, f"the event loop stalled {lag.worst_ms:.0f} ms"
        # Opening the session includes the first import of the network code: a one-off.
        assert switching_lag_ms < FREEZE_MS, f"opening the session froze {switching_lag_ms:.0f} ms"
        print(
            f"event-loop lag: worst {switching_lag_ms:.1f} ms while connecting and opening the "
            f"session, worst {lag.worst_ms:.1f} ms while syncing through the outage"
        )
    finally:
        lag.timer.stop()
        proxy.close()
        if console.sync is not None:
            stopping = asyncio.ensure_future(console.sync.stop())
            qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()
