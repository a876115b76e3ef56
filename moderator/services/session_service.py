"""The Qt face of the command runner: chair intents in, state-changed signals out.

Widgets and actions call the intent methods (``toggle_clock``, ``next_speaker``,
``adjust_time``); this service turns each intent into a named command with the current time,
runs it (commit first), and tells the UI what happened through signals. It never touches a
widget. Later issues plug the sync outbox and undo stack in here.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Signal

from moderator.domain.commands import (
    AddSpeaker,
    AdjustTime,
    Command,
    CommandRejected,
    EndTurn,
    GiveFloor,
    LowerHand,
    PauseClock,
    StartClock,
)
from moderator.domain.model import SpeechType
from moderator.domain.queue_rules import FLOOR_REQUEST_MS, place_for_floor_request
from moderator.domain.session_state import SessionState
from moderator.services.command_runner import CommandRunner
from moderator.services.time_source import TimeSource

log = logging.getLogger(__name__)


class SessionService(QObject):
    #: Emitted after a command was committed and applied; carries the list of events.
    sig_state_changed = Signal(object)
    #: A command did not apply to the current state; carries the reason, for the chair.
    sig_rejected = Signal(str)
    #: A command could not be saved; nothing changed; carries a message for the chair.
    sig_save_failed = Signal(str)
    #: The whole state was replaced (the backend's changes arrived): views refresh everything.
    sig_state_reset = Signal()
    #: A command was saved (and, for a followed session, queued for the backend).
    sig_command_committed = Signal()

    def __init__(self, runner: CommandRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner

    @property
    def state(self) -> SessionState:
        return self._runner.state

    @property
    def time_source(self) -> TimeSource:
        return self._runner.time_source

    def now_ms(self) -> int:
        return self._runner.time_source.now_ms()

    # --- chair intents -----------------------------------------------------------------------

    def toggle_clock(self) -> bool:
        """Space: pause a running clock, start a stopped one."""
        session_id = self.state.session.id
        if self.state.clock.is_running:
            return self.execute(PauseClock(session_id=session_id, at_ms=self.now_ms()))
        if self.state.current_entry_id is None:
            upcoming = self.state.next_entry()
            hint = (
                f" — press N to give the floor to {self.state.participant_of(upcoming).name}"
                if upcoming
                else ""
            )
            self.sig_rejected.emit(f"Nobody has the floor{hint}.")
            return False
        return self.execute(StartClock(session_id=session_id, at_ms=self.now_ms()))

    def next_speaker(self) -> bool:
        """N / →: the current speaker is done; the next waiting one gets the floor and the clock."""
        session_id = self.state.session.id
        upcoming = self.state.next_entry()
        if upcoming is not None:
            return self.execute(
                GiveFloor(
                    session_id=session_id,
                    entry_id=upcoming.id,
                    turn_id=uuid.uuid4().hex,
                    at_ms=self.now_ms(),
                )
            )
        if self.state.current_entry_id is not None:
            return self.execute(EndTurn(session_id=session_id, at_ms=self.now_ms()))
        self.sig_rejected.emit("The list of speakers is finished: nobody is waiting.")
        return False

    def adjust_time(self, delta_ms: int) -> bool:
        return self.execute(AdjustTime(session_id=self.state.session.id, delta_ms=delta_ms))

    # --- remote hands ------------------------------------------------------------------------

    def give_floor_to_hand(self, hand_id: str) -> bool:
        """The raised hand speaks now: put them right after the current speaker, lower the
        hand, give them the floor."""
        entry = self._add_hand_to_list(hand_id, right_after_current=True)
        if entry is None:
            return False
        return self.execute(
            GiveFloor(
                session_id=self.state.session.id,
                entry_id=entry,
                turn_id=uuid.uuid4().hex,
                at_ms=self.now_ms(),
            )
        )

    def queue_hand(self, hand_id: str) -> bool:
        """The raised hand joins the list at the end of the current agenda item."""
        return self._add_hand_to_list(hand_id, right_after_current=False) is not None

    def lower_hand(self, hand_id: str) -> bool:
        return self.execute(
            LowerHand(session_id=self.state.session.id, hand_id=hand_id, at_ms=self.now_ms())
        )

    def _add_hand_to_list(self, hand_id: str, right_after_current: bool) -> str | None:
        state = self.state
        hand = state.hands.get(hand_id)
        if hand is None or hand.participant_id not in state.participants:
            self.sig_rejected.emit("That hand is no longer raised.")
            return None
        placement = place_for_floor_request(state, right_after_current)
        if placement is None:
            self.sig_rejected.emit("This session has no agenda item to add a speaker to.")
            return None
        item_id, order_key = placement
        entry_id = uuid.uuid4().hex
        added = self.execute(
            AddSpeaker(
                session_id=state.session.id,
                entry_id=entry_id,
                agenda_item_id=item_id,
                participant_id=hand.participant_id,
                speech_type=SpeechType.FLOOR.value,
                allotted_ms=FLOOR_REQUEST_MS,
                order_key=order_key,
            )
        )
        if not added:
            return None
        self.execute(LowerHand(session_id=state.session.id, hand_id=hand_id, at_ms=self.now_ms()))
        return entry_id

    # --- running commands --------------------------------------------------------------------

    def execute(self, command: Command) -> bool:
        try:
            events = self._runner.execute(command)
        except CommandRejected as rejection:
            log.info("command rejected", extra={"command": command.name, "reason": str(rejection)})
            self.sig_rejected.emit(str(rejection))
            return False
        except Exception as error:
            # SQLAlchemy is imported only after the first paint; by now it is loaded.
            from sqlalchemy.exc import SQLAlchemyError

            from moderator.storage.file_check import DatabaseError, explain_sqlite_error

            if isinstance(error, DatabaseError):
                message = str(error)
            elif isinstance(error, SQLAlchemyError):
                message = str(explain_sqlite_error(self._database_path(), error))
            else:
                raise
            log.error("command not saved", extra={"command": command.name, "error": message})
            self.sig_save_failed.emit(f"Not saved, nothing changed: {message}")
            return False
        log.info(
            "command applied", extra={"command": command.name, "command_args": command.to_args()}
        )
        self.sig_state_changed.emit(events)
        self.sig_command_committed.emit()
        return True

    def replace_state(self, state: SessionState) -> None:
        """Show another state of the same session (already saved by the sync engine)."""
        self._runner.state = state
        self.sig_state_reset.emit()

    def ensure_store(self) -> None:
        """Open the database for writing now (called right after the first paint)."""
        self._runner.ensure_store()

    def _database_path(self) -> str:
        return str(self._runner.store.engine.url.database)
