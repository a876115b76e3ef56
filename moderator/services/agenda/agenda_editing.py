"""The agenda editor's service: edits any session of the database as undoable commands.

Technical staff preload the day in the agenda editor (``ui.agenda.agenda_editor``): sessions, agenda
items, lists of speakers, and each meeting's roster. Every edit here is a domain command
(``domain.commands``: agenda, roster and list commands) run through a ``CommandRunner`` of the
session it belongs to, so it is committed with its command-log row in one transaction and, for a
session followed on a backend, queued for it (the console's sync pushes it like any chair
action). The editor has one ``QUndoStack`` for all sessions; an undo is the inverse command
(``commands.inverse_of``, ``inverse_of_roster_add``), which syncs too.

A session's format, languages, track and type and a participant's language are commands too
(``set_session_details``, ``set_participant_language``), stored in the ``session_details`` and
``participant_details`` tables in the same transaction as their command-log (and outbox) row.
One kind of edit is the console's own: "duplicate session" (a local copy with new ids; it
reaches a backend when staff upload the meeting, Session → Upload to backend…), still an
undoable step of the same stack.

The session that is open in the console's main window must not be edited behind its back:
``live_runner`` returns the main window's runner, and edits of that session go through it (its
state stays the one the chair sees, and its views hear the events like any chair action's).
When that session changes otherwise — the chair's own actions, another console's edit arriving
through the backend's feed — ``sig_view_changed`` and ``sig_roster_changed`` tell the editor's
views to follow. Queued commands reach the sync through the store's outbox listeners.

Reads are cheap and per node (the editor loads a meeting's sessions when it is expanded, a
session's agenda when it is selected): a database with a thousand sessions opens at once.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from moderator.domain.commands import (
    AddAgendaItem,
    AddParticipant,
    AddSpeaker,
    Command,
    CommandRejected,
    EditAgendaItem,
    EditParticipant,
    EditSession,
    MoveEntry,
    RemoveAgendaItem,
    RemoveEntry,
    RestoreEntry,
    SetAllotted,
    SetParticipantLanguage,
    SetSessionDetails,
    SetSpeechType,
    inverse_of,
    inverse_of_roster_add,
)
from moderator.domain.events import (
    ClockChanged,
    Event,
    HandChanged,
    HandRemoved,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
    TurnChanged,
    TurnClosed,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SessionDetails,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import key_between
from moderator.domain.records import (
    agenda_item_from,
    entry_row,
    item_row,
    session_details_from,
    session_details_row,
    session_row,
)
from moderator.domain.session_state import SessionState
from moderator.domain.speech_rules import SpeechRules
from moderator.domain.timing.clock import ClockStatus
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.chair.time_source import TimeSource
from moderator.services.chair.undoable import undo_macro
from moderator.services.common.wording import refusal_text, translate
from moderator.storage.agenda_store import idle_clock_rows, insert_rows, upsert_details
from moderator.storage.chair_store import ChairStore
from moderator.storage.database import read_only
from moderator.storage.models import (
    AgendaItemRow,
    CommandLogRow,
    ParticipantDetailsRow,
    ParticipantRow,
    SessionClockRow,
    SessionDetailsRow,
    SessionRow,
    SpeakerEntryRow,
    SyncSessionRow,
    TurnRow,
)
from moderator.storage.repository import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RosterFields:
    """What the roster form holds for one participant."""

    name: str
    function: str = ""
    organisation: str = ""
    stakeholder_group: str = "other"
    gender: str = ""
    attendance: str = "in_room"
    language: str = ""


class AgendaEditing(QObject):
    #: A session's data changed (its fields, agenda, lists): views showing it re-read it.
    sig_session_changed = Signal(str)
    #: A meeting's roster changed (a participant added or edited, a language).
    sig_roster_changed = Signal(str)
    #: A meeting has another session (a duplicate) or one fewer (its undo).
    sig_sessions_changed = Signal(str)
    #: An edit did not apply; carries the reason, for the person editing.
    sig_rejected = Signal(str)
    #: An edit could not be saved; nothing changed.
    sig_save_failed = Signal(str)
    #: The open session changed under the editor (the chair's action, or another console's
    #: edit through the backend's feed): views showing it re-read it.
    sig_view_changed = Signal(str)
    #: The file changed wholesale (an import re-read the open session): views re-read all.
    sig_reloaded = Signal()

    def __init__(
        self,
        store: Store,
        time_source: TimeSource,
        parent: QObject | None = None,
        live_runner: Callable[[], CommandRunner | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.time_source = time_source
        self._live_runner = live_runner
        self._reader = read_only(store.engine)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._editing_live = False  # an edit of this editor is being applied to the live state
        live = live_runner()
        if live is not None:
            stop = live.add_listener(self._live_changed)
            self.destroyed.connect(lambda *_args: stop())

    @classmethod
    def of_session(cls, service: SessionService) -> AgendaEditing:
        """The editor's service for the file of the console's open session, editing that
        session through the session's own runner."""
        editing = cls(service.store, service.time_source, live_runner=lambda: service.runner)
        service.sig_state_reset.connect(editing.sig_reloaded)
        return editing

    # --- reading -------------------------------------------------------------------------------

    def open_session(self) -> tuple[str, str] | None:
        """(session id, meeting id) of the session open in the chair's window, if any."""
        live = self._live_runner()
        return (live.state.session.id, live.state.meeting.id) if live is not None else None

    def meetings(self) -> list[Meeting]:
        return self.store.meetings()

    def sessions(self, meeting_id: str) -> list[Session]:
        return self.store.sessions(meeting_id)

    def agenda_items(self, session_id: str) -> list[AgendaItem]:
        """One session's agenda in order, without its lists (the tree's children)."""
        live = self._live(session_id)
        if live is not None:
            return list(live.state.agenda_items)
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(AgendaItemRow)
                .where(AgendaItemRow.session_id == session_id)
                .order_by(AgendaItemRow.position)
            ).all()
        return [agenda_item_from(row._mapping) for row in rows]

    def session_state(self, session_id: str) -> SessionState:
        """The session as it is now (the live one as the main window has it)."""
        live = self._live(session_id)
        if live is not None:
            return live.state
        return self.store.load_session_state(session_id)

    def session_details(self, session_id: str) -> SessionDetails:
        live = self._live(session_id)
        if live is not None:
            return live.state.details
        with self._reader.connect() as connection:
            row = connection.execute(
                select(SessionDetailsRow).where(SessionDetailsRow.session_id == session_id)
            ).first()
        return session_details_from(row._mapping) if row else SessionDetails(session_id)

    def roster(self, meeting_id: str) -> list[Participant]:
        return self.store.participants(meeting_id)

    def speech_rules(self, meeting_id: str) -> SpeechRules:
        """The meeting's speech-type rules (default times), as the chair set them."""
        return ChairStore(self.store.engine).speech_rules(meeting_id)

    def languages(self, meeting_id: str) -> dict[str, str]:
        """Participant id → language, for the meeting's roster (those that have one)."""
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(ParticipantDetailsRow.participant_id, ParticipantDetailsRow.language)
                .join(ParticipantRow, ParticipantRow.id == ParticipantDetailsRow.participant_id)
                .where(
                    ParticipantRow.meeting_id == meeting_id, ParticipantDetailsRow.language != ""
                )
            ).all()
        return {row.participant_id: row.language for row in rows}

    def roster_session(self, meeting_id: str) -> str | None:
        """The session roster edits travel with (commands are scoped to a session): the one open
        in the main window when it is of this meeting, else a followed one, else the first."""
        live = self._live_runner()
        if live is not None and live.state.meeting.id == meeting_id:
            return live.state.session.id
        sessions = self.sessions(meeting_id)
        followed = self.store.linked_sessions()
        for session in sessions:
            if session.id in followed:
                return session.id
        return sessions[0].id if sessions else None

    def is_followed(self, session_id: str) -> bool:
        return session_id in self.store.linked_sessions()

    # --- the session ---------------------------------------------------------------------------

    def edit_session(
        self,
        session_id: str,
        title: str,
        room: str,
        start_ms: int,
        end_ms: int,
        details: SessionDetails | None = None,
    ) -> bool:
        """Title, room and times, and the details, as one undo step (both synced)."""
        with self.undo_step(translate("AgendaEditing", "Edit session")):
            ok = self.perform(
                EditSession(session_id, title, room, start_ms, end_ms), "Edit session"
            )
            if ok and details is not None:
                self.set_session_details(details)
        return ok

    def set_session_details(self, details: SessionDetails) -> bool:
        """Format, languages, track and type: a command of the session (synced when it is
        followed), refused with the field named when too long."""
        command = SetSessionDetails.of(details.session_id, details)
        return self.perform(command, translate("AgendaEditing", "Session details"))

    def duplicate_session(self, session_id: str) -> str | None:
        """A copy of the session with its agenda and lists (new ids, everyone waiting, the
        clock idle), in the same meeting: local to this console. Returns the copy's id."""
        step = _Duplicate(self, session_id)
        self.undo_stack.push(step)
        return step.copy_id if step.succeeded else None

    # --- agenda items --------------------------------------------------------------------------

    def add_agenda_item(
        self, session_id: str, title: str, duration_ms: int = 0, position: int = 0
    ) -> str | None:
        item_id = uuid.uuid4().hex
        command = AddAgendaItem(session_id, item_id, title, duration_ms, position)
        return (
            item_id
            if self.perform(command, translate("AgendaEditing", "Add agenda item"))
            else None
        )

    def edit_agenda_item(
        self, session_id: str, item_id: str, title: str, duration_ms: int, position: int
    ) -> bool:
        command = EditAgendaItem(session_id, item_id, title, duration_ms, position)
        return self.perform(command, translate("AgendaEditing", "Edit agenda item"))

    def move_agenda_item(self, session_id: str, item_id: str, delta: int) -> bool:
        """One place up (``-1``) or down (``+1``) in the agenda."""
        items = self.agenda_items(session_id)
        ids = [item.id for item in items]
        if item_id not in ids:
            return False
        place = ids.index(item_id) + delta
        if not 0 <= place < len(ids):
            return False
        item = items[ids.index(item_id)]
        command = EditAgendaItem(
            session_id, item_id, item.title, item.planned_duration_ms, place + 1
        )
        return self.perform(command, translate("AgendaEditing", "Move agenda item"))

    def remove_agenda_item(self, session_id: str, item_id: str) -> bool:
        return self.perform(
            RemoveAgendaItem(session_id, item_id), translate("AgendaEditing", "Remove agenda item")
        )

    # --- lists of speakers ---------------------------------------------------------------------

    def add_speaker(
        self,
        session_id: str,
        item_id: str,
        participant_id: str,
        speech_type: SpeechType,
        allotted_ms: int,
    ) -> str | None:
        """At the end of the item's list."""
        state = self.session_state(session_id)
        listed = state.entries_of(item_id)
        last = listed[-1].order_key if listed else None
        entry_id = uuid.uuid4().hex
        command = AddSpeaker(
            session_id,
            entry_id,
            item_id,
            participant_id,
            speech_type.value,
            allotted_ms,
            key_between(last, None),
        )
        return (
            entry_id if self.perform(command, translate("AgendaEditing", "Add speaker")) else None
        )

    def set_speech_type(self, session_id: str, entry_id: str, speech_type: SpeechType) -> bool:
        return self.perform(
            SetSpeechType(session_id, entry_id, speech_type.value),
            translate("AgendaEditing", "Speech type"),
        )

    def set_allotted(self, session_id: str, entry_id: str, allotted_ms: int) -> bool:
        return self.perform(
            SetAllotted(session_id, entry_id, allotted_ms),
            translate("AgendaEditing", "Allotted time"),
        )

    def remove_speaker(self, session_id: str, entry_id: str) -> bool:
        return self.perform(
            RemoveEntry(session_id, entry_id), translate("AgendaEditing", "Remove speaker")
        )

    def move_speaker(self, session_id: str, entry_id: str, to_row: int) -> bool:
        """Move a speaker to ``to_row`` of their item's list as the editor shows it (without
        the entries taken off the list): a new key between the new neighbours."""
        state = self.session_state(session_id)
        if not state.has_entry(entry_id):
            return False
        entry = state.entry(entry_id)
        others = [e for e in shown_entries(state, entry.agenda_item_id) if e.id != entry_id]
        to_row = max(0, min(to_row, len(others)))
        low = others[to_row - 1].order_key if to_row > 0 else None
        high = others[to_row].order_key if to_row < len(others) else None
        if low is not None and high is not None and low >= high:
            self.sig_rejected.emit(
                translate("AgendaEditing", "Two speakers share a place; move another one first")
            )
            return False
        if (low is None or low < entry.order_key) and (high is None or entry.order_key < high):
            return False  # already there
        command = MoveEntry(session_id, entry_id, key_between(low, high), entry.agenda_item_id)
        return self.perform(command, translate("AgendaEditing", "Move speaker"))

    # --- the roster ----------------------------------------------------------------------------

    def add_participant(self, meeting_id: str, fields: RosterFields) -> str | None:
        """A new roster entry: the walk-in command (name, organisation, attendance) and, when
        more was typed, an edit with the rest; the language locally. One undo step."""
        session_id = self.roster_session(meeting_id)
        if session_id is None:
            self.sig_rejected.emit(
                translate("AgendaEditing", "This meeting has no session yet: add one first")
            )
            return None
        participant_id = uuid.uuid4().hex
        with self.undo_step(translate("AgendaEditing", "Add participant")):
            add = AddParticipant(
                session_id, participant_id, fields.name, fields.organisation, fields.attendance
            )
            if not self.perform(add, translate("AgendaEditing", "Add participant")):
                return None
            rest = self._edit_command(session_id, participant_id, fields)
            if rest.function or rest.gender or rest.stakeholder_group != "other":
                self.perform(rest, translate("AgendaEditing", "Edit participant"))
            if fields.language:
                self.set_language(meeting_id, participant_id, fields.language)
        return participant_id

    def edit_participant(self, meeting_id: str, participant_id: str, fields: RosterFields) -> bool:
        session_id = self.roster_session(meeting_id)
        if session_id is None:
            self.sig_rejected.emit(
                translate("AgendaEditing", "This meeting has no session yet: add one first")
            )
            return False
        with self.undo_step(translate("AgendaEditing", "Edit participant")):
            ok = self.perform(
                self._edit_command(session_id, participant_id, fields), "Edit participant"
            )
            if ok:
                ok = self.set_language(meeting_id, participant_id, fields.language)
        return ok

    def set_language(self, meeting_id: str, participant_id: str, language: str) -> bool:
        """A participant's language: a roster command, travelling with the meeting's roster
        session like the other roster edits (synced to staff and chairs, never public)."""
        session_id = self.roster_session(meeting_id)
        if session_id is None:
            self.sig_rejected.emit(
                translate("AgendaEditing", "This meeting has no session yet: add one first")
            )
            return False
        command = SetParticipantLanguage(session_id, participant_id, language)
        return self.perform(command, translate("AgendaEditing", "Language"))

    @staticmethod
    def _edit_command(
        session_id: str, participant_id: str, fields: RosterFields
    ) -> EditParticipant:
        return EditParticipant(
            session_id,
            participant_id,
            fields.name,
            fields.function,
            fields.organisation,
            fields.stakeholder_group,
            fields.gender,
            fields.attendance,
        )

    # --- running commands ----------------------------------------------------------------------

    def perform(self, command: Command, text: str) -> bool:
        """Run an edit through the editor's undo stack (``text`` names it in the menu).
        ``False`` when it was refused or not saved (the signals say why); an edit that changes
        nothing is not refused, and leaves nothing on the stack."""
        step = _EditorAction(self, command, text)
        self.undo_stack.push(step)
        return step.succeeded

    def undo_step(self, text: str) -> contextlib.AbstractContextManager[None]:
        """Several edits as one undo step (``undoable.undo_macro``)."""
        return undo_macro(self.undo_stack, text)

    def execute(self, command: Command, runner: CommandRunner | None = None) -> list | None:
        """Decide, commit and apply one command on its session (through ``runner`` when the
        caller has one); ``None`` when refused or not saved (the signal says why)."""
        runner = runner or self.runner(command.session_id)
        if runner is None:
            self.sig_rejected.emit(
                translate("AgendaEditing", "That session is no longer in this database")
            )
            return None
        try:
            self._editing_live = runner is self._live_runner()
            events = runner.execute(command)
        except CommandRejected as rejection:
            log.info("edit rejected", extra={"command": command.name, "reason": str(rejection)})
            self.sig_rejected.emit(refusal_text(rejection))
            return None
        except SQLAlchemyError as error:
            cause = getattr(error, "orig", None) or error
            log.error(
                "edit not saved: %s: %s",
                command.name,
                cause,
                extra={"command": command.name, "error": str(error)},
            )
            self.sig_save_failed.emit(
                translate("AgendaEditing", "Not saved, nothing changed: {error}").format(
                    error=error
                )
            )
            return None
        finally:
            self._editing_live = False
        log.info("edit applied", extra={"command": command.name, "command_args": command.to_args()})
        if events:
            self.sig_session_changed.emit(command.session_id)
            if _touches_roster(command):
                self.sig_roster_changed.emit(runner.state.meeting.id)
        return events

    def inverse(self, command: Command, before: SessionState) -> Command | None:
        """What undoes ``command`` in the editor (adding someone to the roster included)."""
        if isinstance(command, AddParticipant):
            return inverse_of_roster_add(command, before)
        try:
            return inverse_of(command, before)  # agenda commands included
        except KeyError:
            return None

    def runner(self, session_id: str) -> CommandRunner | None:
        """The main window's runner for the open session; a runner over a fresh read of the
        file for any other (edits are rare; the file is the truth between them)."""
        live = self._live(session_id)
        if live is not None:
            return live
        try:
            state = self.store.load_session_state(session_id)
        except KeyError:
            return None
        return CommandRunner(self.store, state, self.time_source)

    def _live(self, session_id: str) -> CommandRunner | None:
        runner = self._live_runner()
        if runner is not None and runner.state.session.id == session_id:
            return runner
        return None

    def _live_changed(self, events: list[Event]) -> None:
        """The open session changed, not by this editor (its own edits say so themselves):
        the editor follows what the events touched."""
        if self._editing_live:
            return
        live = self._live_runner()
        if live is None:
            return
        if any(not isinstance(event, _NOT_SHOWN) for event in events):
            self.sig_view_changed.emit(live.state.session.id)
        if any(isinstance(event, _ROSTER_EVENTS) for event in events):
            self.sig_roster_changed.emit(live.state.meeting.id)

    # --- local writes --------------------------------------------------------------------------

    def _insert_copy(self, copy_state: SessionState) -> None:
        with self.store.engine.begin() as connection:
            insert_rows(connection, SessionRow, [session_row(copy_state.session)])
            insert_rows(connection, AgendaItemRow, [item_row(i) for i in copy_state.agenda_items])
            insert_rows(connection, SpeakerEntryRow, [entry_row(e) for e in copy_state.entries])
            insert_rows(connection, SessionClockRow, idle_clock_rows([copy_state.session.id]))
            details = [session_details_row(copy_state.details)]
            upsert_details(connection, SessionDetailsRow, "session_id", details)
        self.sig_sessions_changed.emit(copy_state.meeting.id)

    def _delete_copy(self, session_id: str, meeting_id: str) -> str | None:
        """Delete a duplicated session again; the reason when it is no longer untouched."""
        with self.store.engine.begin() as connection:
            if connection.execute(
                select(SyncSessionRow.session_id).where(SyncSessionRow.session_id == session_id)
            ).first():
                return "The copy is followed on a backend now: it stays"
            if connection.execute(
                select(TurnRow.id).where(TurnRow.session_id == session_id).limit(1)
            ).first():
                return "Someone has spoken in the copy: it stays"
            clock = connection.execute(
                select(SessionClockRow.status).where(SessionClockRow.session_id == session_id)
            ).scalar()
            if clock not in (None, ClockStatus.IDLE.value):
                return "The copy's clock has run: it stays"
            connection.execute(delete(CommandLogRow).where(CommandLogRow.session_id == session_id))
            connection.execute(delete(SessionRow).where(SessionRow.id == session_id))
        self.sig_sessions_changed.emit(meeting_id)
        return None


def shown_entries(state: SessionState, item_id: str) -> list[SpeakerEntry]:
    """An item's list as the editor shows it: the entries taken off it are left out."""
    return [e for e in state.entries_of(item_id) if e.state is not EntryState.REMOVED]


def copy_of_session(state: SessionState, new_id: Callable[[], str]) -> SessionState:
    """The session with its agenda and lists under new ids: everyone waiting, nobody spoke."""
    session = replace(state.session, id=new_id(), title=_copy_title(state.session.title))
    item_ids = {item.id: new_id() for item in state.agenda_items}
    items = [
        replace(item, id=item_ids[item.id], session_id=session.id, list_closed=False)
        for item in state.agenda_items
    ]
    entries = [
        replace(
            entry,
            id=new_id(),
            agenda_item_id=item_ids[entry.agenda_item_id],
            state=EntryState.WAITING,
            started_at_ms=None,
            ended_at_ms=None,
        )
        for entry in state.entries
        if entry.state is not EntryState.REMOVED
    ]
    return SessionState(
        meeting=state.meeting,
        session=session,
        agenda_items=items,
        entries=entries,
        participants=state.participants,
        details=replace(state.details, session_id=session.id),
        languages=state.languages,
    )


#: Events that change nothing the editor shows (it shows the session, its details, agenda
#: items and lists, not the clock, the turns or the hands).
_NOT_SHOWN = (
    ClockChanged,
    TurnOpened,
    TurnClosed,
    TurnChanged,
    TurnRemoved,
    HandChanged,
    HandRemoved,
)
#: Events that change a meeting's roster.
_ROSTER_EVENTS = (
    ParticipantAdded,
    ParticipantChanged,
    ParticipantRemoved,
    ParticipantLanguageChanged,
)


def _copy_title(title: str) -> str:
    suffix = " (copy)"
    return title[: 500 - len(suffix)] + suffix


def _touches_roster(command: Command) -> bool:
    return command.name in (
        "add_participant",
        "edit_participant",
        "remove_participant",
        "restore_participant",
        "set_participant_language",
    )


def _again(command: Command, state: SessionState) -> Command:
    """A redo: the edit once more. An added speaker whose place was taken off the list by the
    undo is put back (their entry still exists, as removed); one that is gone is added again."""
    if isinstance(command, AddSpeaker) and state.has_entry(command.entry_id):
        return RestoreEntry(command.session_id, command.entry_id)
    return command


class _EditorAction(QUndoCommand):
    """One edit on the editor's undo stack: the command, and its inverse computed from the
    state just before it. A refused edit, or one that changes nothing, leaves the stack."""

    def __init__(self, editing: AgendaEditing, command: Command, text: str) -> None:
        super().__init__(text)
        self._editing = editing
        self._command = command
        self._inverse: Command | None = None
        self._first = True
        self.succeeded = False

    def redo(self) -> None:
        editing = self._editing
        runner = editing.runner(self._command.session_id)
        if runner is None:
            editing.sig_rejected.emit(
                translate("AgendaEditing", "That session is no longer in this database")
            )
            self.setObsolete(True)
            return
        before = runner.state  # read before the command runs: the inverse keeps plain values
        command = self._command if self._first else _again(self._command, before)
        self._first = False
        inverse = editing.inverse(command, before)
        events = editing.execute(command, runner)
        self.succeeded = events is not None
        self._inverse = inverse
        if not events or inverse is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._inverse is None or self._editing.execute(self._inverse) is None:
            self.setObsolete(True)


class _Duplicate(QUndoCommand):
    """Duplicate a session (local); undone by deleting the copy while it is untouched."""

    def __init__(self, editing: AgendaEditing, session_id: str) -> None:
        super().__init__("Duplicate session")
        self._editing = editing
        self._session_id = session_id
        self._copy: SessionState | None = None
        self.copy_id: str | None = None
        self.succeeded = False

    def redo(self) -> None:
        editing = self._editing
        try:
            if self._copy is None:
                original = editing.session_state(self._session_id)
                self._copy = copy_of_session(original, lambda: uuid.uuid4().hex)
            editing._insert_copy(self._copy)
        except KeyError:
            editing.sig_rejected.emit(
                translate("AgendaEditing", "That session is no longer in this database")
            )
            self.setObsolete(True)
            return
        except SQLAlchemyError as error:
            editing.sig_save_failed.emit(
                translate("AgendaEditing", "Not saved, nothing changed: {error}").format(
                    error=error
                )
            )
            self.setObsolete(True)
            return
        self.copy_id = self._copy.session.id
        self.succeeded = True

    def undo(self) -> None:
        assert self._copy is not None
        editing = self._editing
        try:
            reason = editing._delete_copy(self._copy.session.id, self._copy.meeting.id)
        except SQLAlchemyError as error:
            editing.sig_save_failed.emit(
                translate("AgendaEditing", "Not saved, nothing changed: {error}").format(
                    error=error
                )
            )
            reason = "not saved"
        if reason is not None:
            editing.sig_rejected.emit(reason)
            self.setObsolete(True)
