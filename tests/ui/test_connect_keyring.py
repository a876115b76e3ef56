"""The Connect dialog and the OS keyring: a keyring that blocks (a locked Secret Service, a cold
disk while the backend is looked up) never freezes the console.

The keyring here is a real ``keyring`` backend held in memory and gated: it answers only when
the test opens the gate, as a locked keyring answers only after its unlock prompt.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from support.live_server import LiveServer
from support.qt_lag import LagMeter

from moderator.app import Console
from moderator.services.credentials import SERVICE, TokenStore
from moderator.services.time_source import TimeSource
from moderator.ui.connect_dialog import SETTINGS_URL_KEY, ConnectDialog

#: A stall the chair would notice as a frozen window (loaded CI machines lag tens of ms).
FREEZE_MS = 1_000


def open_dialog(qtbot: QtBot, tokens: TokenStore) -> ConnectDialog:
    dialog = ConnectDialog(tokens)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_locked_keyring_does_not_freeze_the_dialog_and_its_token_arrives_later(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path
):
    url = "https://backend.invalid"
    QSettings().setValue(SETTINGS_URL_KEY, url)
    gated_keyring.saved[(SERVICE, url)] = "remembered-token"
    gated_keyring.gate.clear()  # locked: the unlock prompt is waiting for the user
    lag = LagMeter()
    try:
        dialog = open_dialog(qtbot, TokenStore())
        qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
        # The dialog is up and usable while the keyring still has not answered.
        qtbot.wait(300)  # the keyring stays locked a while: the window must keep running
        assert dialog.url.text() == url and dialog.token.text() == ""
        assert "Looking for this computer's keyring" in dialog.keyring_note.text()
        qtbot.keyClicks(dialog.url, "/x")
        assert dialog.url.text() == url + "/x", "typing works while the keyring is locked"
        dialog.url.setText(url)
        assert lag.worst_ms < FREEZE_MS, f"the window froze {lag.worst_ms:.0f} ms"
        gated_keyring.gate.set()  # unlocked
        qtbot.waitUntil(lambda: dialog.token.text() == "remembered-token", timeout=5_000)
        qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    finally:
        lag.timer.stop()
    assert dialog.token.echoMode() == dialog.token.EchoMode.Password
    gui_thread = threading.main_thread().name
    assert gated_keyring.calls and all(thread != gui_thread for _, thread in gated_keyring.calls)


def test_a_token_the_chair_typed_is_not_overwritten_by_the_keyring(
    qtbot: QtBot, qasync_loop, gated_keyring
):
    url = "https://backend.invalid"
    QSettings().setValue(SETTINGS_URL_KEY, url)
    gated_keyring.saved[(SERVICE, url)] = "old-token"
    gated_keyring.gate.clear()
    dialog = open_dialog(qtbot, TokenStore())
    qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
    qtbot.keyClicks(dialog.token, "new-token")
    gated_keyring.gate.set()
    qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    assert dialog.token.text() == "new-token"


def test_following_does_not_wait_for_the_keyring_and_the_token_is_kept_there(
    qtbot: QtBot, qasync_loop, gated_keyring, server: LiveServer
):
    demo = server.load_demo("demo")
    token = server.create_token("chair", sessions=[demo.session_id])
    tokens = TokenStore()
    dialog = open_dialog(qtbot, tokens)
    qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    dialog.url.setText(server.url)
    dialog.token.setText(token)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.follow_button.isEnabled, timeout=10_000)
    gated_keyring.gate.clear()  # locked again when the chair presses Follow
    with qtbot.waitSignal(dialog.sig_follow, timeout=2_000) as followed:
        qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    assert followed.args == [server.url, token, demo.session_id]
    assert not dialog.isVisible()
    assert tokens.recall(server.url) == token, "this run knows the token at once"
    assert (SERVICE, server.url) not in gated_keyring.saved
    gated_keyring.gate.set()
    qtbot.waitUntil(lambda: gated_keyring.saved.get((SERVICE, server.url)) == token)


def test_after_start_up_the_keyring_is_found_in_the_background_so_connect_knows_at_once(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path, monkeypatch
):
    import moderator.app as app_module

    monkeypatch.setattr(app_module, "WARM_UP_AFTER_S", 0.05)
    console = Console(qtbot, tmp_path / "console.sqlite3", TimeSource())
    assert console.tokens.known_persistent is None
    console.started()  # the event loop runs: the window is up
    qtbot.waitUntil(lambda: console.tokens.known_persistent is not None, timeout=5_000)
    dialog = open_dialog(qtbot, console.tokens)
    assert "kept in this computer's keyring" in dialog.keyring_note.text()
