"""A session followed on a backend syncs again when the console starts on it, or says in plain
view that it does not (issue 13, finding 4: after a restart without a keyring, sync was
silently off: no badge, actions queued unseen, remote hands stopped, nothing pointed to Ctrl+K).

The real console object on a real SQLite file follows the real server on 127.0.0.1. "The day
before", the session is downloaded as a first Follow (or "Make available offline") does; that
console is gone, and a new one starts on the same file, as ``moderator --db FILE`` does: with
the token in a keyring, in ``MODERATOR_TOKEN``, or nowhere.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from support.following import download_into
from support.live_server import LiveServer
from support.qt_lag import FREEZE_MS, LagMeter, activate

from moderator.app import Console
from moderator.domain.commands import EditParticipant
from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.credentials import BACKEND_URL_SETTING, SERVICE
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore, enqueue
from moderator.ui.sync.connect_dialog import ConnectDialog
from moderator.ui.sync.not_syncing_banner import NotSyncingBanner
from moderator.ui.sync.sync_badge import SyncBadge


class Restarts:
    """Consoles started on one database file, each stopped (as on quit) at the end."""

    def __init__(self, qtbot: QtBot, path: Path) -> None:
        self.qtbot = qtbot
        self.path = path
        self.engines = []
        self.consoles: list[Console] = []

    def store(self) -> Store:
        engine = open_database(self.path)
        self.engines.append(engine)
        return Store(engine)

    def start(self, session_id: str) -> Console:
        """A console on the file, started as ``moderator --db FILE --session ID`` starts it."""
        store = self.store()
        console = Console(self.qtbot, self.path, TimeSource())  # qtbot stands in for the app
        window = console.show_session(store.load_session_state(session_id), store)
        self.qtbot.addWidget(window)
        activate(self.qtbot, window)
        console.connect_at_start(None)
        console.started()
        self.consoles.append(console)
        return console

    def stop_all(self) -> None:
        for console in self.consoles:
            stopping = asyncio.ensure_future(console.stop())
            self.qtbot.waitUntil(stopping.done, timeout=10_000)
        for engine in self.engines:
            engine.dispose()


@pytest.fixture
def restarts(qtbot: QtBot, qasync_loop, tmp_path: Path) -> Iterator[Restarts]:
    consoles = Restarts(qtbot, tmp_path / "console.sqlite3")
    try:
        yield consoles
    finally:
        consoles.stop_all()


def followed_yesterday(server: LiveServer, restarts: Restarts) -> tuple[str, str, str]:
    """The demo session downloaded into the file as a first Follow does, by a console since
    closed; returns (session id, chair token, staff token)."""
    demo = server.load_demo("demo")
    chair = server.create_token("chair", sessions=[demo.session_id])
    store = restarts.store()
    download_into(restarts.qtbot, store, server.url, chair, demo.session_id)
    store.engine.dispose()
    return demo.session_id, chair, demo.staff_token


def banner_of(console: Console) -> NotSyncingBanner | None:
    banner = console.window.findChild(NotSyncingBanner, "notSyncingBanner")
    return banner if banner is not None and banner.isVisible() else None


def test_without_a_token_a_banner_says_so_counts_the_queue_and_connect_drains_it(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, no_keyring, monkeypatch
):
    monkeypatch.delenv("MODERATOR_TOKEN", raising=False)
    session_id, chair, staff = followed_yesterday(live_server, restarts)
    # Nothing but the file knows the backend: no address remembered by a Connect.
    assert QSettings().value(BACKEND_URL_SETTING) is None

    console = restarts.start(session_id)
    window = console.window
    qtbot.waitUntil(lambda: banner_of(console) is not None, timeout=5_000)
    banner = banner_of(console)
    assert banner.headline.text() == "⚠ Not syncing — Connect (Ctrl+K)"
    # The keyring is asked first (on its worker); it has nothing.
    qtbot.waitUntil(lambda: "but no access token" in banner.detail.text(), timeout=5_000)
    assert f"is followed on {live_server.url}, but no access token" in banner.detail.text()
    assert console.sync is None
    assert banner.waiting.text() == "Nothing waiting"
    # Above the lists, across the window: not a line in a corner.
    top = QPoint(0, 0)
    assert banner.width() >= window.centralWidget().width() - 2
    assert banner.mapTo(window, top).y() < window.speaker_view.mapTo(window, top).y()

    qtbot.keyClick(window, Qt.Key.Key_N)  # the chair chairs on: the actions queue
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert banner.waiting.text() == "3 actions waiting"
    window.statusBar().showMessage("✋ Someone raised a hand", 6000)
    assert banner_of(console) is banner, "a passing message leaves the banner in place"

    qtbot.mouseClick(banner.connect_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConnectDialog, "connectDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.url.text() == live_server.url, "the followed backend is offered"
    assert dialog.token.text() == ""
    dialog.token.setText(chair)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.follow_button.isEnabled, timeout=10_000)
    assert dialog.sessions.currentData() == session_id, "the open session is chosen"
    qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            console.sync is not None
            and console.sync.status.state == "online"
            and console.sync.status.pending == 0
        ),
        timeout=15_000,
    )
    assert banner_of(console) is None, "the banner goes when the sync runs"
    badge = console.window.findChild(SyncBadge, "syncBadge")
    assert badge.isVisible() and badge.text().startswith("● Online")

    with live_server.client(staff) as client:
        snapshot = client.get(f"/api/v1/sessions/{session_id}/snapshot").json()
    state = console.service.state
    assert snapshot["clock"]["allotted_ms"] == state.current_entry.allotted_ms + 60_000
    assert snapshot["clock"]["entry_id"] == state.current_entry_id


def test_refusals_unread_from_an_earlier_run_are_named_in_the_banner_and_in_the_badge(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, no_keyring, monkeypatch
):
    """Yesterday's sync was refused an action, and the console closed before the chair read
    it; today it starts without a token. The refusal is said in the banner (before, nothing
    showed it until a sync ran), and once connected the badge still counts it."""
    monkeypatch.delenv("MODERATOR_TOKEN", raising=False)
    session_id, chair, _staff = followed_yesterday(live_server, restarts)
    store = restarts.store()
    state = store.load_session_state(session_id)
    person = next(iter(state.participants.values()))
    sync_store = SyncStore(store.engine)
    with store.engine.begin() as connection:
        refused = enqueue(
            connection, EditParticipant(session_id, person.id, "A"), 1, label="Rename Ada"
        )
    sync_store.acknowledge(refused, {refused: "the name is taken"}, now_ms=2)

    console = restarts.start(session_id)
    qtbot.waitUntil(lambda: banner_of(console) is not None, timeout=5_000)
    banner = banner_of(console)
    assert banner.unread.isVisible()
    assert banner.unread.text() == (
        "The backend refused an earlier action, not yet read: Rename Ada: the name is taken."
    )
    assert "Rename Ada" in banner.accessibleDescription()

    console.prepare_sync(live_server.url, chair)
    qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=15_000)
    badge = console.window.findChild(SyncBadge, "syncBadge")
    assert console.sync.status.unseen_refusals == 1 and "1 refused" in badge.text()


def test_a_token_in_the_keyring_reconnects_even_when_the_keyring_answers_late(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, gated_keyring, monkeypatch, caplog
):
    monkeypatch.delenv("MODERATOR_TOKEN", raising=False)
    caplog.set_level(logging.INFO)
    session_id, chair, _staff = followed_yesterday(live_server, restarts)
    gated_keyring.saved[(SERVICE, live_server.url)] = chair
    gated_keyring.gate.clear()  # locked: the unlock prompt waits for the user
    lag = LagMeter()
    try:
        console = restarts.start(session_id)
        qtbot.waitUntil(lambda: banner_of(console) is not None, timeout=5_000)
        assert "Looking for the access token" in banner_of(console).detail.text()
        qtbot.keyClick(console.window, Qt.Key.Key_N)  # the window works meanwhile
        assert banner_of(console).waiting.text() == "1 action waiting"
        assert lag.worst_ms < FREEZE_MS, f"the window froze {lag.worst_ms:.0f} ms"
        gated_keyring.gate.set()  # unlocked
        qtbot.waitUntil(
            lambda: console.sync is not None and console.sync.status.state == "online",
            timeout=15_000,
        )
        qtbot.waitUntil(lambda: console.sync.status.pending == 0, timeout=10_000)
    finally:
        lag.stop()
    assert banner_of(console) is None
    reconnected = [r for r in caplog.records if r.getMessage() == "followed session reconnects"]
    assert [r.token_source for r in reconnected] == ["keyring"]
    assert chair not in caplog.text, "the token is never logged"


def test_moderator_token_reconnects_at_once_and_remote_hands_arrive(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, no_keyring, monkeypatch
):
    session_id, chair, _staff = followed_yesterday(live_server, restarts)
    monkeypatch.setenv("MODERATOR_TOKEN", chair)

    console = restarts.start(session_id)
    assert console.sync is not None, "no keyring to wait for: the sync starts with the loop"
    qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=15_000)
    assert banner_of(console) is None

    person = next(iter(console.service.state.participants))
    participant = live_server.create_token("participant", participant=person)
    with live_server.client(participant) as client:
        answer = client.post(f"/api/v1/sessions/{session_id}/hands")
    assert answer.status_code == 201, answer.text
    hand_id = answer.json()["hand"]["id"]
    hands = console.window.hands_panel.model
    qtbot.waitUntil(lambda: any(h.id == hand_id for h in hands.hands), timeout=10_000)


def test_a_refused_token_is_said_in_the_banner_until_connect(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, no_keyring, monkeypatch
):
    session_id, _chair, _staff = followed_yesterday(live_server, restarts)
    monkeypatch.setenv("MODERATOR_TOKEN", "expired-" + "x" * 32)

    console = restarts.start(session_id)
    qtbot.waitUntil(lambda: banner_of(console) is not None, timeout=15_000)
    banner = banner_of(console)
    assert banner.detail.text().startswith(f"The backend {live_server.url} refused: ")
    badge = console.window.findChild(SyncBadge, "syncBadge")
    assert badge.text().startswith("■ Backend refused")


def test_opening_another_followed_session_reconnects_it_too(
    qtbot: QtBot, restarts: Restarts, live_server: LiveServer, no_keyring, monkeypatch
):
    """Ctrl+O to a followed session is a start of that session: it reconnects when a token is
    at hand, and the first session's banner does not linger on it."""
    monkeypatch.delenv("MODERATOR_TOKEN", raising=False)
    first, _chair, _staff = followed_yesterday(live_server, restarts)
    other = live_server.load_demo("other")
    store = restarts.store()
    download_into(qtbot, store, live_server.url, other.staff_token, other.session_id)

    console = restarts.start(first)
    qtbot.waitUntil(
        lambda: (
            banner_of(console) is not None
            and "but no access token" in banner_of(console).detail.text()
        ),
        timeout=5_000,
    )
    monkeypatch.setenv("MODERATOR_TOKEN", other.staff_token)  # given for the other meeting
    console.open_session(other.session_id)
    qtbot.waitUntil(lambda: console.service.state.session.id == other.session_id)
    qtbot.addWidget(console.window)
    qtbot.waitUntil(
        lambda: console.sync is not None and console.sync.status.state == "online",
        timeout=15_000,
    )
    assert banner_of(console) is None
