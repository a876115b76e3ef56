"""Runs chair commands: decide against the session state, commit, then update the state.

This is the whole write path of the console, used by the Qt layer, the benchmarks and the
tests alike. The order matters: the events are committed to SQLite *before* they are applied to
the in-memory state the UI shows, so anything the chair has seen on screen is on disk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from moderator.domain.commands import Command
from moderator.domain.events import Event
from moderator.domain.session_state import SessionState
from moderator.services.time_source import TimeSource

if TYPE_CHECKING:  # importing the repository loads SQLAlchemy: not before the first paint
    from moderator.storage.repository import Store

#: Told the state before and after the sync replaced a session's state.
ViewListener = Callable[[SessionState, SessionState], None]


class CommandRunner:
    """Applies commands to ``state`` and persists them through a ``Store``.

    ``store`` may be a function that opens it: start-up paints the window first and opens the
    store right after (``ensure_store``); a command before that opens it on the spot.
    """

    def __init__(
        self,
        store: Store | Callable[[], Store],
        state: SessionState,
        time_source: TimeSource,
    ) -> None:
        self._store: Store | None = None if callable(store) else store
        self._open_store = store if callable(store) else None
        self.state = state
        self.time_source = time_source
        self._view_listeners: list[ViewListener] = []

    @property
    def store(self) -> Store:
        return self.ensure_store()

    def ensure_store(self) -> Store:
        if self._store is None:
            assert self._open_store is not None
            self._store = self._open_store()
        return self._store

    def execute(
        self,
        command: Command,
        before_apply: Callable[[list[Event]], None] = lambda events: None,
    ) -> list[Event]:
        """Apply ``command``; raises ``CommandRejected`` (state unchanged) or a storage error.

        ``before_apply`` runs after the commit and before the in-memory state changes (Qt
        models must announce row moves before the rows move)."""
        events = command.decide(self.state)
        self.store.commit(
            command, events, command_id=uuid.uuid4().hex, recorded_at_ms=self.time_source.now_ms()
        )
        before_apply(events)
        self.state.apply(events)
        return events

    def show_view(self, state: SessionState) -> None:
        """Take ``state`` as the session now is (the sync's view: the backend's state with
        the pending commands on top, already saved) and tell the listeners."""
        previous, self.state = self.state, state
        for listener in list(self._view_listeners):
            listener(previous, state)

    def add_view_listener(self, listener: ViewListener) -> Callable[[], None]:
        """Call ``listener(previous, state)`` whenever ``show_view`` replaces the state (what
        other consoles changed reaches the agenda editor this way); returns the remover."""
        self._view_listeners.append(listener)

        def remove() -> None:
            if listener in self._view_listeners:
                self._view_listeners.remove(listener)

        return remove

    def reload(self) -> None:
        """Re-read the session from disk (after a failed write, the memory may not be trusted)."""
        self.state = self.store.load_session_state(self.state.session.id)
