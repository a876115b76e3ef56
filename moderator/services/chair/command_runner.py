"""The one owner of an open session's state: every change to it, local or remote, goes here.

Two kinds of change reach a session: a chair command (decided against the state) and a new view
from the sync (the backend's state with the commands still queued on top). Both become the same
events, and both take the same three steps: commit the events to SQLite in one transaction,
apply them to the in-memory state, tell the listeners which events were applied. The order
matters: what the chair sees on screen is already on disk, and every view (the Qt models, the
agenda editor) updates the rows the events name instead of re-reading everything.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from moderator.domain.command_words import command_words
from moderator.domain.commands import Command, check_storable
from moderator.domain.events import Event
from moderator.domain.session_state import SessionState
from moderator.domain.view_changes import events_between
from moderator.services.chair.time_source import TimeSource

if TYPE_CHECKING:  # importing the repository loads SQLAlchemy: not before the first paint
    from moderator.storage.repository import Store

#: Told the events just applied to the state (never an empty list).
ChangeListener = Callable[[list[Event]], None]


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
        self._listeners: list[ChangeListener] = []

    @property
    def store(self) -> Store:
        return self.ensure_store()

    def ensure_store(self) -> Store:
        if self._store is None:
            assert self._open_store is not None
            self._store = self._open_store()
        return self._store

    def execute(self, command: Command) -> list[Event]:
        """Apply ``command``; raises ``CommandRejected`` (state unchanged) or a storage error
        (nothing written, state unchanged)."""
        check_storable(command)
        words = command_words(command, self.state)  # before: it names whom the action is about
        events = command.decide(self.state)
        self.store.commit(
            command,
            events,
            command_id=uuid.uuid4().hex,
            recorded_at_ms=self.time_source.now_ms(),
            label=words,
        )
        self._apply(events)
        return events

    def take_view(self, view: SessionState, cursor: int | None, now_ms: int) -> list[Event]:
        """Make ``view`` (the sync's new view of this session) the state: its differences to
        the state are committed as events with the feed ``cursor``, then applied. Raises a
        storage error with nothing written and the state unchanged."""
        events = events_between(self.state, view)
        if events or cursor is not None:
            self.store.commit_changes(view.session.id, events, cursor, now_ms)
        self._apply(events)
        return events

    def add_listener(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener(events)`` after every change applied to the state, whatever its
        origin; returns the function that stops it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def reload(self) -> None:
        """Re-read the session from disk (after an import rewrote it)."""
        self.state = self.store.load_session_state(self.state.session.id)

    def _apply(self, events: list[Event]) -> None:
        if events:
            self.state.apply(events)
            for listener in list(self._listeners):
                listener(events)
