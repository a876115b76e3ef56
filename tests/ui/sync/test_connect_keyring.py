"""The Connect dialog and the OS keyring: a keyring that blocks (a locked Secret Service, a cold
disk while the backend is looked up) never freezes the console.

The keyring here is a real ``keyring`` backend held in memory and gated: it answers only when
the test opens the gate, as a locked keyring answers only after its unlock prompt.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from support.live_server import LiveServer
from support.qt_lag import FREEZE_MS, LagMeter

from moderator.app import Console
from moderator.services.agenda.demo import load_demo
from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.credentials import BACKEND_URL_SETTING, SERVICE, TokenStore
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.sync.connect_dialog import ConnectDialog


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
    QSettings().setValue(BACKEND_URL_SETTING, url)
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
        lag.stop()
    assert dialog.token.echoMode() == dialog.token.EchoMode.Password
    gui_thread = threading.main_thread().name
    assert gated_keyring.calls and all(thread != gui_thread for _, thread in gated_keyring.calls)


def test_a_token_the_chair_typed_is_not_overwritten_by_the_keyring(
    qtbot: QtBot, qasync_loop, gated_keyring
):
    url = "https://backend.invalid"
    QSettings().setValue(BACKEND_URL_SETTING, url)
    gated_keyring.saved[(SERVICE, url)] = "old-token"
    gated_keyring.gate.clear()
    dialog = open_dialog(qtbot, TokenStore())
    qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
    qtbot.keyClicks(dialog.token, "new-token")
    gated_keyring.gate.set()
    qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    assert dialog.token.text() == "new-token"


def test_following_does_not_wait_for_the_keyring_and_the_token_is_kept_there(
    qtbot: QtBot, qasync_loop, gated_keyring, live_server: LiveServer
):
    demo = live_server.load_demo("demo")
    token = live_server.create_token("chair", sessions=[demo.session_id])
    tokens = TokenStore()
    dialog = open_dialog(qtbot, tokens)
    qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    dialog.url.setText(live_server.url)
    dialog.token.setText(token)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.follow_button.isEnabled, timeout=10_000)
    gated_keyring.gate.clear()  # locked again when the chair presses Follow
    with qtbot.waitSignal(dialog.sig_follow, timeout=2_000) as followed:
        qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    assert followed.args == [live_server.url, token, demo.session_id]
    assert not dialog.isVisible()
    assert tokens.recall(live_server.url) == token, "this run knows the token at once"
    assert QSettings().value(BACKEND_URL_SETTING) == live_server.url, "the next Connect offers it"
    assert (SERVICE, live_server.url) not in gated_keyring.saved
    gated_keyring.gate.set()
    qtbot.waitUntil(lambda: gated_keyring.saved.get((SERVICE, live_server.url)) == token)


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
    gui_thread = threading.main_thread().name
    assert ("find", gui_thread) not in gated_keyring.calls


def test_a_console_started_following_finds_the_keyring_in_the_background_too(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path, monkeypatch
):
    """Started with ``--backend``: the first readiness check or Connect must not be the one
    that waits for the keyring to be found."""
    import moderator.app as app_module

    monkeypatch.setattr(app_module, "WARM_UP_AFTER_S", 0.05)
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    load_demo(store, TimeSource().now_ms())
    console = Console(qtbot, path, TimeSource())
    qtbot.addWidget(console.show_session(store.load_session_state(store.sessions()[0].id), store))
    console.prepare_sync("http://127.0.0.1:9", "a-token")  # what --backend does
    gated_keyring.gate.clear()  # locked: the window must not wait for it
    lag = LagMeter()
    try:
        console.started()
        qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
        assert console.tokens.known_persistent is None
        gated_keyring.gate.set()
        qtbot.waitUntil(lambda: console.tokens.known_persistent is True, timeout=5_000)
        assert lag.worst_ms < FREEZE_MS, f"the window froze {lag.worst_ms:.0f} ms"
    finally:
        lag.stop()
        stopping = asyncio.ensure_future(console.sync.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()
    gui_thread = threading.main_thread().name
    assert gated_keyring.calls and all(thread != gui_thread for _, thread in gated_keyring.calls)


def test_a_token_the_chair_cleared_is_not_put_back_by_the_keyring(
    qtbot: QtBot, qasync_loop, gated_keyring
):
    url = "https://backend.invalid"
    QSettings().setValue(BACKEND_URL_SETTING, url)
    tokens = TokenStore()
    tokens.remember(url, "old-token")  # this run's token, shown at once
    gated_keyring.gate.clear()
    dialog = open_dialog(qtbot, tokens)
    assert dialog.token.text() == "old-token"
    qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
    dialog.token.setFocus()
    qtbot.keyClick(dialog.token, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.token, Qt.Key.Key_Delete)
    assert dialog.token.text() == "", "the chair cleared the field: not this token"
    gated_keyring.gate.set()
    qtbot.waitUntil(lambda: "kept in this computer's keyring" in dialog.keyring_note.text())
    assert dialog.token.text() == ""


def test_a_failure_while_consulting_the_keyring_is_logged(
    qtbot: QtBot, qasync_loop, no_keyring, caplog
):
    class BrokenStore(TokenStore):
        def load(self, backend_url: str) -> str | None:
            raise RuntimeError("the keyring module is broken")

    QSettings().setValue(BACKEND_URL_SETTING, "https://backend.invalid")
    open_dialog(qtbot, BrokenStore())
    qtbot.waitUntil(
        lambda: any(
            r.getMessage() == "background task failed"
            and "the keyring module is broken" in str(r.exc_info[1] if r.exc_info else "")
            for r in caplog.records
        ),
        timeout=5_000,
    )


def test_tokens_kept_one_after_the_other_reach_the_keyring_in_that_order(
    qtbot: QtBot, qasync_loop, gated_keyring, monkeypatch
):
    """Follow with one token, then download offline with another: the keyring must end with
    the second, however slowly it wrote the first."""
    url = "https://backend.invalid"
    write = gated_keyring.set_password

    def slow_first_write(service: str, username: str, password: str) -> None:
        if password == "followed-token":
            time.sleep(0.3)  # this keyring is slow to write (the test waits on the futures)
        write(service, username, password)

    monkeypatch.setattr(gated_keyring, "set_password", slow_first_write)
    tokens = TokenStore()
    first = tokens.keep(url, "followed-token")
    second = tokens.keep(url, "downloaded-token")
    assert tokens.recall(url) == "downloaded-token", "this run knows the latest at once"
    assert QSettings().value(BACKEND_URL_SETTING) == url
    qtbot.waitUntil(lambda: first.done() and second.done(), timeout=5_000)
    assert first.result() is True and second.result() is True
    assert gated_keyring.saved[(SERVICE, url)] == "downloaded-token"


def test_a_console_that_stops_before_the_warm_up_leaves_nothing_to_fire(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path, monkeypatch
):
    """Quitting within a moment of start-up: the pending warm-up is cancelled with the console,
    so nothing reaches the keyring (or a loop that is gone) afterwards."""
    import asyncio

    import moderator.app as app_module

    monkeypatch.setattr(app_module, "WARM_UP_AFTER_S", 0.2)
    console = Console(qtbot, tmp_path / "console.sqlite3", TimeSource())
    console.started()
    stopping = asyncio.ensure_future(console.stop())
    qtbot.waitUntil(stopping.done, timeout=5_000)
    qtbot.wait(500)  # well past the warm-up's moment: it must not come
    assert gated_keyring.calls == [] and console.tokens.known_persistent is None


def test_both_connection_windows_name_a_bad_address_or_a_missing_token_before_any_request(
    qtbot: QtBot, qasync_loop, no_keyring, tmp_path: Path
):
    """The Connect window and "Make sessions available offline…" check the typed address and
    token alike, and say what is wrong instead of trying the network."""
    from moderator.services.readiness.local_file import LocalFile
    from moderator.ui.readiness.readiness_dialog import ReadinessDialog

    connect = open_dialog(qtbot, TokenStore())
    engine = open_database(tmp_path / "console.sqlite3")
    store = Store(engine)
    load_demo(store, TimeSource().now_ms())
    readiness = ReadinessDialog(LocalFile(tmp_path / "console.sqlite3", store), TokenStore())
    qtbot.addWidget(readiness)
    download = readiness.open_download_dialog()
    try:
        for url, token, said in (
            ("backend.example.org", "secret", "must start with https://"),
            ("https://backend.invalid", "", "Paste the access token"),
        ):
            connect.url.setText(url)
            connect.token.setText(token)
            qtbot.mouseClick(connect.test_button, Qt.MouseButton.LeftButton)
            assert said in connect.result.text() and connect.test_button.isEnabled()
            download.url.setText(url)
            download.token.setText(token)
            qtbot.mouseClick(download.list_button, Qt.MouseButton.LeftButton)
            assert said in download.status.text() and download.list_button.isEnabled()
    finally:
        readiness.close()
        engine.dispose()
