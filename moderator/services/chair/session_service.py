"""The Qt face of the open session: chair intents in, one state-changed signal out.

Widgets and actions call the intent methods (``toggle_clock``, ``next_speaker``,
``adjust_time``); this service turns each intent into a named command with the current time and
runs it through the session's ``CommandRunner`` (commit first). Whatever changes the state — a
chair action, an edit in the agenda editor, the backend's changes arriving through the sync —
reaches the views the same way: ``sig_state_changed`` with the events applied, so models update
the rows that changed and the chair's selection stays. It never touches a widget. Every chair
action goes through the undo stack (``undo_stack``, see ``undoable``), so Ctrl+Z puts back
whatever the chair just did, and the undo itself is a command that syncs.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from moderator.domain.commands import (
    AddParticipant,
    AddSpeaker,
    AdjustTime,
    Command,
    CommandRejected,
    EndTurn,
    GiveFloor,
    Interpose,
    LowerHand,
    MarkDone,
    MoveEntry,
    PauseClock,
    RaiseRoomHand,
    RemoveEntry,
    ResetClock,
    RestoreEntry,
    SetListClosed,
    SetThresholds,
    SetTime,
    SkipEntry,
    StartClock,
)
from moderator.domain.model import EntryOrigin, EntryState, HandSource, SpeechType
from moderator.domain.order_keys import key_between
from moderator.domain.queue_rules import (
    PlaceRefused,
    current_item_id,
    one_place_over,
    place_for_floor_request,
    place_new_speaker,
)
from moderator.domain.session_state import SessionState
from moderator.domain.speech_rules import Placement, SpeechRules, default_time, refusal_reason
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.time_source import TimeSource
from moderator.services.chair.undoable import ChairAction, undo_macro
from moderator.services.common.wording import isolated, label_text, refusal_text, translate

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SaveProblem:
    """An action the file does not hold: ``action`` as the chair knows it, ``reason`` why."""

    action: str
    #: What went wrong, for the chair (which file, what to do).
    reason: str
    #: The driver's words ("disk I/O error", "database or disk is full"), short enough for a
    #: status bar.
    cause: str


class SessionService(QObject):
    #: Events were committed and applied to the state (a chair action, an agenda edit, the
    #: backend's changes); carries the list of events, never empty.
    sig_state_changed = Signal(object)
    #: A command did not apply to the current state; carries the reason, for the chair.
    sig_rejected = Signal(str)
    #: A command could not be saved; nothing changed; carries a message for the chair.
    sig_save_failed = Signal(str)
    #: Whether the file is known to hold every action on screen: a ``SaveProblem`` after a
    #: write failed, ``None`` once a later write succeeded. Emitted only when it changes, so
    #: "Saved locally" never stays on screen after a write failed.
    sig_save_status = Signal(object)
    #: The session was read again whole (an import rewrote its agenda): views refresh
    #: everything. Remote changes never cause it: they arrive as ``sig_state_changed``.
    sig_state_reset = Signal()

    def __init__(self, runner: CommandRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        runner.add_listener(self.sig_state_changed.emit)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        #: The meeting's speech-type rules (the console's settings; defaults until loaded).
        self.speech_rules = SpeechRules()
        #: The last write's failure, until a write succeeds again (``sig_save_status``).
        self.save_problem: SaveProblem | None = None

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
            command = PauseClock(session_id, self.now_ms(), self._turn_on_the_floor())
            return self.perform(command, translate("SessionService", "Pause"))
        if self.state.current_entry_id is None:
            upcoming = self.state.next_entry()
            self.sig_rejected.emit(
                translate(
                    "SessionService", "Nobody has the floor — press N to give the floor to {name}."
                ).format(name=isolated(self.state.participant_of(upcoming).name))
                if upcoming
                else translate("SessionService", "Nobody has the floor.")
            )
            return False
        command = StartClock(session_id, self.now_ms(), self._turn_on_the_floor())
        return self.perform(command, translate("SessionService", "Start"))

    def next_speaker(self) -> bool:
        """N / →: the current speaker is done; the next waiting one gets the floor and the clock."""
        session_id = self.state.session.id
        if self.state.interrupted_entry() is not None and self.state.current_entry_id:
            # The interposed intervention is over: the interrupted speaker resumes.
            return self.perform(
                EndTurn(session_id=session_id, at_ms=self.now_ms()),
                translate("SessionService", "Resume"),
            )
        upcoming = self.state.next_entry()
        if upcoming is not None:
            return self.give_floor_to(upcoming.id)
        if self.state.current_entry_id is not None:
            return self.perform(
                EndTurn(session_id=session_id, at_ms=self.now_ms()),
                translate("SessionService", "End turn"),
            )
        self.sig_rejected.emit(
            translate("SessionService", "The list of speakers is finished: nobody is waiting.")
        )
        return False

    def adjust_time(self, delta_ms: int) -> bool:
        sign = "+" if delta_ms >= 0 else "−"
        return self.perform(
            AdjustTime(self.state.session.id, delta_ms, self._turn_on_the_floor()),
            translate("SessionService", "Time {sign}{seconds} s").format(
                sign=sign, seconds=abs(delta_ms) // 1000
            ),
        )

    def set_time(self, remaining_ms: int) -> bool:
        """Set the current speaker's remaining time exactly."""
        command = SetTime(
            self.state.session.id, remaining_ms, self.now_ms(), self._turn_on_the_floor()
        )
        return self.perform(command, translate("SessionService", "Set time"))

    def reset_clock(self) -> bool:
        command = ResetClock(self.state.session.id, self.now_ms(), self._turn_on_the_floor())
        return self.perform(command, translate("SessionService", "Reset time"))

    def _turn_on_the_floor(self) -> str:
        """The turn a clock key is meant for: queued offline, the action is refused by the
        backend rather than applied to someone else if the floor there is another."""
        return self.state.current_turn_id or ""

    # --- the list of speakers ----------------------------------------------------------------

    def give_floor_to(self, entry_id: str) -> bool:
        """Give the floor to this entry (the next one, or any waiting or skipped one)."""
        command = GiveFloor(
            session_id=self.state.session.id,
            entry_id=entry_id,
            turn_id=uuid.uuid4().hex,
            at_ms=self.now_ms(),
        )
        return self.perform(
            command,
            translate("SessionService", "Floor to {name}").format(name=self._name_of(entry_id)),
        )

    def remove_entry(self, entry_id: str) -> bool:
        command = RemoveEntry(self.state.session.id, entry_id)
        return self.perform(
            command,
            translate("SessionService", "Remove {name}").format(name=self._name_of(entry_id)),
        )

    def skip_entry(self, entry_id: str) -> bool:
        command = SkipEntry(self.state.session.id, entry_id)
        return self.perform(
            command, translate("SessionService", "Skip {name}").format(name=self._name_of(entry_id))
        )

    def restore_entry(self, entry_id: str) -> bool:
        """Put a skipped or removed speaker back on the list, in their old place."""
        command = RestoreEntry(self.state.session.id, entry_id)
        return self.perform(
            command,
            translate("SessionService", "Put back {name}").format(name=self._name_of(entry_id)),
        )

    def mark_done(self, entry_id: str) -> bool:
        command = MarkDone(self.state.session.id, entry_id, self.now_ms())
        return self.perform(
            command,
            translate("SessionService", "Done: {name}").format(name=self._name_of(entry_id)),
        )

    def move_entry(self, entry_id: str, to_row: int) -> bool:
        """Move an entry to ``to_row`` of the list (rows as the list shows them), taking that
        row's agenda item; the new place is a key between the new neighbours."""
        state = self.state
        if not state.has_entry(entry_id):
            self.sig_rejected.emit(
                translate("SessionService", "That speaker is not on this session's list")
            )
            return False
        others = [e for e in state.entries if e.id != entry_id]
        to_row = max(0, min(to_row, len(others)))
        before = others[to_row - 1] if to_row > 0 else None
        after = others[to_row] if to_row < len(others) else None
        entry = state.entry(entry_id)
        item_id = _item_between(entry.agenda_item_id, before, after)
        low = before.order_key if before is not None and before.agenda_item_id == item_id else None
        high = after.order_key if after is not None and after.agenda_item_id == item_id else None
        if low is not None and high is not None and low >= high:
            self.sig_rejected.emit(
                translate("SessionService", "Two speakers share a place; move another one first")
            )
            return False
        key = key_between(low, high)
        command = MoveEntry(state.session.id, entry_id, key, item_id)
        return self.perform(
            command, translate("SessionService", "Move {name}").format(name=self._name_of(entry_id))
        )

    def move_entry_by(self, entry_id: str, delta: int) -> bool:
        """Alt+↑ / Alt+↓: one place up or down among the speakers still to speak in the same
        agenda item (``queue_rules.one_place_over``); at the edge the chair is told why not."""
        state = self.state
        if not state.has_entry(entry_id):
            self.sig_rejected.emit(
                translate("SessionService", "That speaker is not on this session's list")
            )
            return False
        try:
            key = one_place_over(state, entry_id, -1 if delta < 0 else 1)
        except PlaceRefused as refused:
            self.sig_rejected.emit(str(refused))
            return False
        item_id = state.entry(entry_id).agenda_item_id
        command = MoveEntry(state.session.id, entry_id, key, item_id)
        return self.perform(
            command, translate("SessionService", "Move {name}").format(name=self._name_of(entry_id))
        )

    def move_entry_to_top(self, entry_id: str) -> bool:
        """Right after the speaker who has the floor (or first among those waiting)."""
        state = self.state
        if not state.has_entry(entry_id):
            return False
        others = [e for e in state.entries if e.id != entry_id]
        current = state.current_entry_id
        if current is not None and current != entry_id:
            to_row = next(i for i, e in enumerate(others) if e.id == current) + 1
        else:
            to_row = next(
                (i for i, e in enumerate(others) if e.state is EntryState.WAITING), len(others)
            )
        return self.move_entry(entry_id, to_row)

    def add_speaker(
        self,
        speech_type: SpeechType,
        participant_id: str | None = None,
        walk_in: tuple[str, str] | None = None,
        allotted_ms: int | None = None,
        agenda_item_id: str | None = None,
    ) -> str | None:
        """Add a speaker where their speech type puts them (``speech_rules``), with its default
        time unless ``allotted_ms``; a walk-in ``(name, organisation)`` joins the participants
        first. An intervention interrupts the current speaker at once. One undo step; returns
        the new entry's id, or ``None`` (refused, with the reason signalled)."""
        state = self.state
        item_id = agenda_item_id or current_item_id(state)
        if item_id is None:
            self.sig_rejected.emit(
                translate("SessionService", "This session has no agenda item to add a speaker to.")
            )
            return None
        if participant_id is not None and participant_id not in state.participants:
            self.sig_rejected.emit(
                translate("SessionService", "That person is not a participant of this meeting")
            )
            return None
        if participant_id is not None:
            reason = refusal_reason(state, self.speech_rules, speech_type, item_id, participant_id)
            if reason is not None:
                self.sig_rejected.emit(refusal_text(CommandRejected(reason[0], **reason[1])))
                return None
        rule = self.speech_rules[speech_type]
        if rule.placement is Placement.INTERPOSED and state.current_entry_id is None:
            self.sig_rejected.emit(
                translate("SessionService", "Nobody has the floor: there is no one to interrupt")
            )
            return None
        with self.undo_step(
            translate("SessionService", "Add {type}").format(
                type=label_text(speech_type.label).lower()
            )
        ):
            if walk_in is not None:
                participant_id = uuid.uuid4().hex
                name, organisation = walk_in
                added = self.perform(
                    AddParticipant(state.session.id, participant_id, name, organisation),
                    translate("SessionService", "Walk-in"),
                )
                if not added:
                    return None
            assert participant_id is not None
            placement = place_new_speaker(state, rule.placement, item_id)
            assert placement is not None
            item_id, order_key = placement
            if allotted_ms is None:
                allotted_ms = default_time(
                    state, self.speech_rules, speech_type, item_id, participant_id
                )
            entry_id = uuid.uuid4().hex
            command = AddSpeaker(
                session_id=state.session.id,
                entry_id=entry_id,
                agenda_item_id=item_id,
                participant_id=participant_id,
                speech_type=speech_type.value,
                allotted_ms=allotted_ms,
                order_key=order_key,
            )
            if not self.perform(command, translate("SessionService", "Add to the list")):
                return None
            if rule.placement is Placement.INTERPOSED:
                self.interpose(entry_id)
            return entry_id

    def set_thresholds(self, warning_ms: int, final_ms: int) -> bool:
        """The meeting's warning and final thresholds."""
        command = SetThresholds(self.state.session.id, warning_ms, final_ms)
        return self.perform(command, translate("SessionService", "Timer thresholds"))

    def toggle_list_closed(self, agenda_item_id: str | None = None) -> bool:
        """Close the list of the current agenda item (or ``agenda_item_id``), or reopen it."""
        state = self.state
        item_id = agenda_item_id or current_item_id(state)
        if item_id is None:
            self.sig_rejected.emit(translate("SessionService", "This session has no agenda item"))
            return False
        item = state.agenda_item(item_id)
        closing = not item.list_closed
        command = SetListClosed(state.session.id, item_id, closing)
        text = (
            translate("SessionService", "Close the list of {title}")
            if closing
            else translate("SessionService", "Reopen the list of {title}")
        ).format(title=item.title)
        return self.perform(command, text)

    def interpose(self, entry_id: str) -> bool:
        """I: the selected speaker interrupts the current one, who resumes when it ends.

        An entry that is itself an intervention still to speak takes the floor as it is. Any
        other entry is the person's scheduled place on the list (a statement they are still to
        give, or one already given): they intervene in their own right, as a new intervention
        entry right after the current speaker with its own turn, and their scheduled entry
        stays as it was — an interruption must not use up (or mark done) the statement they
        came to give. Adding and interposing are one undo step."""
        state = self.state
        if not state.has_entry(entry_id):
            self.sig_rejected.emit(
                translate("SessionService", "That speaker is not on this session's list")
            )
            return False
        entry = state.entry(entry_id)
        name = self._name_of(entry_id)
        own = entry.state in (EntryState.WAITING, EntryState.SKIPPED) and (
            entry.speech_type is SpeechType.INTERVENTION
            or self.speech_rules[entry.speech_type].placement is Placement.INTERPOSED
        )
        if own or entry.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            # The domain decides (and refuses the current or the interrupted speaker).
            command = Interpose(state.session.id, entry_id, uuid.uuid4().hex, self.now_ms())
            return self.perform(
                command, translate("SessionService", "Intervention by {name}").format(name=name)
            )
        current = state.current_entry
        if current is None:
            self.sig_rejected.emit(
                translate("SessionService", "Nobody has the floor: there is no one to interrupt")
            )
            return False
        if state.interrupted_entry() is not None:
            self.sig_rejected.emit(
                translate("SessionService", "An intervention is already under way")
            )
            return False
        if current.participant_id == entry.participant_id:
            self.sig_rejected.emit(
                translate(
                    "SessionService", "{name} already has the floor: there is no one to interrupt"
                ).format(name=isolated(name))
            )
            return False
        placement = place_new_speaker(state, Placement.INTERPOSED, current.agenda_item_id)
        assert placement is not None  # the current speaker's item is on the agenda
        item_id, order_key = placement
        speech_type = SpeechType.INTERVENTION
        intervention_id = uuid.uuid4().hex
        with self.undo_step(
            translate("SessionService", "Intervention by {name}").format(name=name)
        ):
            added = self.perform(
                AddSpeaker(
                    session_id=state.session.id,
                    entry_id=intervention_id,
                    agenda_item_id=item_id,
                    participant_id=entry.participant_id,
                    speech_type=speech_type.value,
                    allotted_ms=default_time(
                        state, self.speech_rules, speech_type, item_id, entry.participant_id
                    ),
                    order_key=order_key,
                ),
                translate("SessionService", "Add to the list"),
            )
            if not added:
                return False
            command = Interpose(state.session.id, intervention_id, uuid.uuid4().hex, self.now_ms())
            return self.perform(
                command, translate("SessionService", "Intervention by {name}").format(name=name)
            )

    def record_room_request(self, participant_id: str) -> bool:
        """A hand raised in the room joins the queue of hands (with the remote ones)."""
        command = RaiseRoomHand(
            self.state.session.id, uuid.uuid4().hex, participant_id, self.now_ms()
        )
        name = self.state.participants.get(participant_id)
        return self.perform(
            command,
            translate("SessionService", "Floor request: {name}").format(
                name=name.name if name else translate("SessionService", "participant")
            ),
        )

    def undo_step(self, text: str) -> contextlib.AbstractContextManager[None]:
        """Several actions as one undo step (``undoable.undo_macro``)."""
        return undo_macro(self.undo_stack, text)

    def undo(self) -> str | None:
        """Ctrl+Z: put back the chair's last action. Returns its name as the stack holds it
        ("Floor to Amira Haddad"), so the window can say what was undone; ``None`` when there
        was nothing to undo or the state refused it (the floor moved on: the reason went out
        as ``sig_rejected``, and Qt dropped the step, which no longer fits)."""
        stack = self.undo_stack
        if not stack.canUndo():
            self.sig_rejected.emit(translate("SessionService", "Nothing to undo"))
            return None
        text, steps = stack.undoText(), stack.count()
        stack.undo()
        return text if stack.count() == steps else None

    def redo(self) -> str | None:
        """Ctrl+Shift+Z: do the undone action again; its name, or ``None`` as for ``undo``."""
        stack = self.undo_stack
        if not stack.canRedo():
            self.sig_rejected.emit(translate("SessionService", "Nothing to redo"))
            return None
        text, steps = stack.redoText(), stack.count()
        stack.redo()
        return text if stack.count() == steps else None

    def _name_of(self, entry_id: str) -> str:
        state = self.state
        if not state.has_entry(entry_id):
            return "speaker"
        participant = state.participants.get(state.entry(entry_id).participant_id)
        return participant.name if participant else "speaker"

    # --- remote hands ------------------------------------------------------------------------

    def give_floor_to_hand(self, hand_id: str) -> bool:
        """The raised hand speaks now: put them right after the current speaker, lower the
        hand, give them the floor."""
        with self.undo_step(translate("SessionService", "Floor to a raised hand")):
            entry = self._add_hand_to_list(hand_id, right_after_current=True)
            return entry is not None and self.give_floor_to(entry)

    def queue_hand(self, hand_id: str) -> bool:
        """The raised hand joins the list at the end of the current agenda item."""
        with self.undo_step(translate("SessionService", "Raised hand to the list")):
            return self._add_hand_to_list(hand_id, right_after_current=False) is not None

    def lower_hand(self, hand_id: str) -> bool:
        return self.perform(
            LowerHand(session_id=self.state.session.id, hand_id=hand_id, at_ms=self.now_ms()),
            translate("SessionService", "Lower hand"),
        )

    def _add_hand_to_list(self, hand_id: str, right_after_current: bool) -> str | None:
        state = self.state
        hand = state.hands.get(hand_id)
        if hand is None or hand.participant_id not in state.participants:
            self.sig_rejected.emit(translate("SessionService", "That hand is no longer raised."))
            return None
        placement = place_for_floor_request(state, right_after_current)
        if placement is None:
            self.sig_rejected.emit(
                translate("SessionService", "This session has no agenda item to add a speaker to.")
            )
            return None
        item_id, order_key = placement
        entry_id = uuid.uuid4().hex
        added = self.perform(
            AddSpeaker(
                session_id=state.session.id,
                entry_id=entry_id,
                agenda_item_id=item_id,
                participant_id=hand.participant_id,
                speech_type=SpeechType.FLOOR.value,
                allotted_ms=self.speech_rules[SpeechType.FLOOR].default_ms,
                order_key=order_key,
                origin=(
                    EntryOrigin.ROOM_REQUEST
                    if hand.source == HandSource.ROOM
                    else EntryOrigin.REMOTE_HAND
                ).value,
                hand_source=hand.source if HandSource.of(hand.source) else "",
            ),
            translate("SessionService", "Add to the list"),
        )
        if not added:
            return None
        self.lower_hand(hand_id)
        return entry_id

    # --- running commands --------------------------------------------------------------------

    def perform(self, command: Command, text: str) -> bool:
        """Run a chair action through the undo stack (``text`` names it in an undo menu)."""
        action = ChairAction(self, command, text)
        self.undo_stack.push(action)  # runs it; a refused action drops itself from the stack
        return action.succeeded

    def execute(
        self, command: Command, changed_anything: bool = False, what: str | None = None
    ) -> bool:
        """Run one command now (not through the undo stack: undo and redo themselves, sync).

        With ``changed_anything``, a command that applies but changes nothing counts as
        refused (so a no-op does not sit on the undo stack). ``what`` names the action for
        the chair when it cannot be saved (its undo text; else the command's name)."""
        try:
            events = self._runner.execute(command)
            if changed_anything and not events:
                return False
        except CommandRejected as rejection:
            log.info("command rejected", extra={"command": command.name, "reason": str(rejection)})
            self.sig_rejected.emit(refusal_text(rejection))
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
            action = what or command.name.replace("_", " ").capitalize()
            log.error(
                "command not saved: %s (%s): %s",
                command.name,
                action,
                message,
                extra={"command": command.name, "action": action, "error": message},
            )
            cause = str(getattr(error, "orig", None) or error).strip() or type(error).__name__
            self._set_save_problem(SaveProblem(action, message, cause))
            self.sig_save_failed.emit(
                translate(
                    "SessionService", "Not saved, nothing changed: {action}. {message}"
                ).format(action=action, message=message)
            )
            return False
        self._set_save_problem(None)
        log.info(
            "command applied", extra={"command": command.name, "command_args": command.to_args()}
        )
        return True

    def _set_save_problem(self, problem: SaveProblem | None) -> None:
        if problem == self.save_problem:
            return
        self.save_problem = problem
        if problem is None:
            log.info("saving works again")
        self.sig_save_status.emit(problem)

    @property
    def runner(self) -> CommandRunner:
        """The command runner of the open session (the agenda editor edits through it)."""
        return self._runner

    @property
    def store(self):  # type: ignore[no-untyped-def]
        """The local database (opened on first use)."""
        return self._runner.store

    def reload(self) -> None:
        """Re-read the open session from the file (after an import changed it)."""
        self._runner.reload()
        self.sig_state_reset.emit()

    def ensure_store(self) -> None:
        """Open the database for writing now: the window paints before the file is opened
        (start-up time), and the chair's first action must not wait for it."""
        self._runner.ensure_store()

    def _database_path(self) -> str:
        return str(self._runner.store.engine.url.database)


def _item_between(own_item: str, before, after) -> str:  # type: ignore[no-untyped-def]
    """The agenda item of a place between ``before`` and ``after`` (entries or ``None``): the
    neighbours' item; between two items, the entry's own item if it is one of them (moving to
    the end of its own item), else the item above."""
    if before is None or after is None:
        return (before or after).agenda_item_id if (before or after) else own_item
    if before.agenda_item_id == after.agenda_item_id:
        return before.agenda_item_id
    if own_item in (before.agenda_item_id, after.agenda_item_id):
        return own_item
    return before.agenda_item_id
