"""A console without a window, for sync tests: the real store, runner, sync engine and client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import httpx

from moderator.domain.commands import Command
from moderator.domain.session_state import SessionState
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.backend_client import BackendClient
from moderator.services.sync.sync_engine import SyncEngine, SyncStatus, download_session
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore


class HeadlessConsole:
    def __init__(self) -> None:
        self.changed = asyncio.Event()
        self.rejections: list[str] = []
        self.statuses: list[SyncStatus] = []
        #: Called with every view the sync engine shows (after it was written to the file).
        self.view_watchers: list[Callable[[SessionState], None]] = []

    @classmethod
    async def start(
        cls,
        path: Path,
        url: str,
        token: str,
        session_id: str,
        heartbeat_s: float = 2.0,
        timeout_s: float = 10.0,
        time_source: TimeSource | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        long_poll_sticky_s: float | None = None,
        backoff_s: tuple[float, float] | None = None,
    ) -> HeadlessConsole:
        console = cls()
        console.path = path
        console.engine_db = open_database(path)
        console.store = Store(console.engine_db)
        console.sync_store = SyncStore(console.engine_db)
        console.time_source = time_source or TimeSource()
        console.client = BackendClient(
            url, token, timeout_s=timeout_s, clock=console.time_source.base_ms, transport=transport
        )
        known = {s.id for s in console.store.sessions()}
        if session_id in known:
            state = console.store.load_session_state(session_id)
        else:
            state = await download_session(
                console.client, console.store, session_id, console.time_source.now_ms()
            )
        console.runner = CommandRunner(console.store, state, console.time_source)
        console.sync = SyncEngine(
            console.runner,
            console.sync_store,
            console.client,
            on_view=console._on_view,
            on_status=console._on_status,
            on_rejected=console.rejections.append,
            heartbeat_s=heartbeat_s,
            **({} if backoff_s is None else {"backoff_s": backoff_s}),
        )
        if long_poll_sticky_s is not None:
            console.sync.long_poll_sticky_s = long_poll_sticky_s
        console.sync.start()
        return console

    def _on_view(self, state: SessionState) -> None:
        for watcher in self.view_watchers:
            watcher(state)
        self.changed.set()

    def _on_status(self, status: SyncStatus) -> None:
        self.statuses.append(status)
        self.changed.set()

    @property
    def state(self) -> SessionState:
        return self.runner.state

    def execute(self, command: Command) -> None:
        """What a chair's keystroke does: apply and save locally, then let sync push it."""
        self.runner.execute(command)
        self.sync.outbox_changed()

    async def until(self, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
        """Wait for the console to reach a state, woken by its own view and status changes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"timed out; last status {self.sync.status}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), timeout=remaining)
            except TimeoutError:
                continue

    async def close(self) -> None:
        await self.sync.stop()
        self.engine_db.dispose()
