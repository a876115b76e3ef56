"""Runs chair commands: decide against the session state, commit, then update the state.

This is the whole write path of the console, used by the Qt layer, the benchmarks and the
tests alike. The order matters: the events are committed to SQLite *before* they are applied to
the in-memory state the UI shows, so anything the chair has seen on screen is on disk.
"""

from __future__ import annotations

import uuid

from moderator.domain.commands import Command
from moderator.domain.events import Event
from moderator.domain.session_state import SessionState
from moderator.services.time_source import TimeSource
from moderator.storage.repository import Store


class CommandRunner:
    def __init__(self, store: Store, state: SessionState, time_source: TimeSource) -> None:
        self.store = store
        self.state = state
        self.time_source = time_source

    def execute(self, command: Command) -> list[Event]:
        """Apply ``command``; raises ``CommandRejected`` (state unchanged) or a storage error."""
        events = command.decide(self.state)
        self.store.commit(
            command, events, command_id=uuid.uuid4().hex, recorded_at_ms=self.time_source.now_ms()
        )
        self.state.apply(events)
        return events

    def reload(self) -> None:
        """Re-read the session from disk (after a failed write, the memory may not be trusted)."""
        self.state = self.store.load_session_state(self.state.session.id)
