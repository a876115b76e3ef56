"""Fixtures for UI tests: a real SQLite file with the demo meeting, its session service and the
real main window; the qasync loop; keyrings that are never the developer's."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import keyring
import pytest
import qasync
from keyring.backend import KeyringBackend
from keyring.backends import null
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.main_window import MainWindow


@dataclass
class DemoSession:
    """The demo meeting in a real SQLite file, its first session open in a session service."""

    path: Path
    engine: Engine
    store: Store
    service: SessionService


@dataclass
class Console:
    window: MainWindow
    service: SessionService
    store: Store
    path: Path

    def view_arrives(self, view) -> None:  # type: ignore[no-untyped-def]
        """What the sync engine does with the backend's new view of the session."""
        self.service.runner.take_view(view, cursor=None, now_ms=self.service.now_ms())

    def reopen_state(self):  # type: ignore[no-untyped-def]
        """The session as a fresh process would read it from the file."""
        engine = open_database(self.path)
        try:
            return Store(engine).load_session_state(self.service.state.session.id)
        finally:
            engine.dispose()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings (window geometry) go to the test's folder, never the developer's profile."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture(autouse=True)
def _earlier_widgets_deleted(qapp) -> None:  # type: ignore[no-untyped-def]
    """Widgets an earlier test closed are deleted now, before this test starts: pytest-qt
    closes them with ``deleteLater``, and a pile of them (ten agenda editors) would otherwise
    be destroyed in this test's first event-loop turn, inside whatever it measures."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_session(tmp_path: Path) -> Iterator[DemoSession]:
    path = tmp_path / "moderator.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()
    load_demo(store, time_source.now_ms())
    state = store.load_session_state(store.sessions()[0].id)
    service = SessionService(CommandRunner(store, state, time_source))
    yield DemoSession(path, engine, store, service)
    engine.dispose()


@pytest.fixture
def console(qtbot: QtBot, demo_session: DemoSession) -> Iterator[Console]:
    window = MainWindow(demo_session.service, database_label=str(demo_session.path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    yield Console(window, demo_session.service, demo_session.store, demo_session.path)
    window.close()


@pytest.fixture
def qasync_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """The console's asyncio loop on Qt's (as ``app`` runs it): network tasks advance while
    ``qtbot.waitUntil`` spins Qt."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    # qasync marked itself as the running loop (already_running=True); unmark it, or later
    # tests that run their own asyncio loop in this process are refused.
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@contextlib.contextmanager
def keyring_backend(backend: KeyringBackend) -> Iterator[None]:
    """``backend`` is the keyring for the test; the previous one comes back afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Never the developer's keyring: tokens stay in memory for the test."""
    with keyring_backend(null.Keyring()):
        yield


class GatedKeyring(KeyringBackend):
    """An OS keyring in memory that answers only when ``gate`` is set, as a locked Secret
    Service waits for its unlock prompt. Every call is noted with the thread it came on,
    finding the backend too (``find``, the console's ``keyring.get_keyring()``), which on a
    real computer scans the installed packages and may wait on a hung D-Bus."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}
        self.gate = threading.Event()
        self.gate.set()
        self.calls: list[tuple[str, str]] = []

    def _wait(self, call: str) -> None:
        self.calls.append((call, threading.current_thread().name))
        assert self.gate.wait(timeout=30), "the test never opened the keyring's gate"

    def find(self) -> GatedKeyring:
        self._wait("find")
        return self

    def get_password(self, service: str, username: str) -> str | None:
        self._wait("get")
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait("set")
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._wait("delete")
        self.saved.pop((service, username), None)


@pytest.fixture
def gated_keyring() -> Iterator[GatedKeyring]:
    """A real keyring backend for the test (never the developer's), gated, finding it too;
    opened at the end so no worker thread is left waiting."""
    ring = GatedKeyring()
    with keyring_backend(ring), mock.patch.object(keyring, "get_keyring", ring.find):
        try:
            yield ring
        finally:
            ring.gate.set()
