"""A console whose clock stands still until the test moves it.

A countdown state that lasts a few seconds (time up) must not be captured by racing the wall
clock: on a loaded machine the capture came after it had become overtime. Here the session's
``TimeSource`` reads an injected monotonic clock, so every reading is taken at the moment the
test names, whatever the machine's speed; ``tick`` shows the window that moment, as its
countdown ticker does at each boundary.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from moderator.services.agenda.demo import load_demo
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.main_window import MainWindow


class SteppedClock:
    """``monotonic_ns`` for a ``TimeSource``: it moves only by ``advance``."""

    def __init__(self) -> None:
        self.ns = 0

    def __call__(self) -> int:
        return self.ns

    def advance(self, ms: int) -> None:
        self.ns += ms * 1_000_000


@dataclass
class SteppedConsole:
    window: MainWindow
    service: SessionService
    clock: SteppedClock
    path: Path

    def tick(self) -> None:
        """What the window's countdown ticker does at a boundary: show the clock as of now."""
        self.window.countdown_ticker.sig_tick.emit(self.service.now_ms())


@contextmanager
def stepped_console(qtbot: QtBot, folder: Path) -> Iterator[SteppedConsole]:
    """The demo meeting in a real SQLite file and the real main window, on a stepped clock."""
    path = folder / "moderator.sqlite3"
    engine = open_database(path)
    clock = SteppedClock()
    wall_ns = time.time_ns()
    time_source = TimeSource(wall_ns=lambda: wall_ns, monotonic_ns=clock)
    try:
        store = Store(engine)
        load_demo(store, time_source.now_ms())
        state = store.load_session_state(store.sessions()[0].id)
        service = SessionService(CommandRunner(store, state, time_source))
        window = MainWindow(service, database_label=str(path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.setFocus()
        qtbot.waitUntil(window.isActiveWindow)  # the shortcuts need the window active
        yield SteppedConsole(window, service, clock, path)
        window.close()
    finally:
        engine.dispose()
