"""Undo and redo of chair actions and agenda edits, as commands: what puts an action back
(``inverse_of``), and what does it again (``again``).

An undo is computed from the state *before* the action and is itself an ordinary command:
stored, synced and replayed like any other, so every console sees the same result. A redo is
the action done again now: a new turn id, the current time.

When the world has moved on (another speaker has the floor, the participant raised their hand
again), the inverse is refused with a reason the chair can read, rather than undoing more than
the chair meant. Putting back what is already there yields no events (the backend answers
``noop``).

This is the one module of the package that knows every kind of command; the command modules
never import it.
"""

from __future__ import annotations

import dataclasses

from moderator.domain.commands.agenda import (
    AddAgendaItem,
    EditAgendaItem,
    EditSession,
    RemoveAgendaItem,
    SetSessionDetails,
)
from moderator.domain.commands.base import Command, paused_turn
from moderator.domain.commands.clock import (
    AdjustTime,
    PauseClock,
    ResetClock,
    SetClock,
    SetThresholds,
    SetTime,
    StartClock,
)
from moderator.domain.commands.floor import EndTurn, GiveFloor, Interpose, RevertFloor, UndoResume
from moderator.domain.commands.hands import LowerHand, RaiseRoomHand, ReraiseHand
from moderator.domain.commands.roster import (
    AddParticipant,
    EditParticipant,
    RemoveParticipant,
    RestoreParticipant,
    SetParticipantLanguage,
)
from moderator.domain.commands.speaker_list import (
    AddSpeaker,
    MarkDone,
    MoveEntry,
    RemoveEntry,
    RestoreEntry,
    SetAllotted,
    SetListClosed,
    SetSpeechType,
    SkipEntry,
)
from moderator.domain.model import AgendaItem, EntryState, Participant
from moderator.domain.session_state import SessionState

_CLOCK_ACTIONS = (StartClock, PauseClock, AdjustTime, SetTime, ResetClock, SetClock)


def inverse_of(command: Command, before: SessionState) -> Command | None:
    """The command that undoes ``command``, given the state just before it; ``None`` when the
    action cannot be undone (there is nothing to put back)."""
    session_id = command.session_id
    match command:
        case GiveFloor() | Interpose():
            entry = before.entry(command.entry_id)
            revert = _revert_floor(before, command.turn_id, entry.id, entry.state.value)
            interrupted = before.interrupted_entry()
            if interrupted is None:
                return revert
            # An intervention had the floor: the speaker it interrupted was closed too.
            paused = paused_turn(before, interrupted)
            if paused is None:
                return None  # nothing to pause them again with
            return dataclasses.replace(
                revert,
                reinterrupt_entry_id=interrupted.id,
                reinterrupt_turn_id=paused.id,
                reinterrupt_allotted_ms=paused.allotted_ms,
                reinterrupt_spoken_ms=paused.spoken_ms,
            )
        case EndTurn() | MarkDone() if before.interrupted_entry() is not None and (
            isinstance(command, EndTurn) or command.entry_id == before.current_entry_id
        ):
            return _undo_resume(before)
        case EndTurn():
            return _revert_floor(before, "", "", EntryState.WAITING.value)
        case MarkDone() if command.entry_id == before.current_entry_id:
            return _revert_floor(before, "", "", EntryState.WAITING.value)
        case MarkDone() | SkipEntry() | RemoveEntry() | RestoreEntry():
            return _entry_back(before, command.entry_id, session_id)
        case AddSpeaker():
            return RemoveEntry(session_id, command.entry_id)
        case SetThresholds():
            return SetThresholds(session_id, before.meeting.warning_ms, before.meeting.final_ms)
        case SetListClosed():
            return SetListClosed(session_id, command.agenda_item_id, not command.closed)
        case SetAllotted():
            entry = before.entry(command.entry_id)
            return SetAllotted(session_id, entry.id, entry.allotted_ms)
        case MoveEntry():
            entry = before.entry(command.entry_id)
            return MoveEntry(session_id, entry.id, entry.order_key, entry.agenda_item_id)
        case LowerHand():
            return ReraiseHand(session_id, command.hand_id)
        case RaiseRoomHand():
            return LowerHand(session_id, command.hand_id, command.at_ms)
        case ReraiseHand():
            hand = before.hands.get(command.hand_id)
            lowered_at = hand.lowered_at_ms if hand is not None else None
            return LowerHand(session_id, command.hand_id, lowered_at or 0)
        case _ if isinstance(command, _CLOCK_ACTIONS):
            if before.current_entry_id is None:
                return None
            clock = before.clock
            return SetClock(
                session_id,
                before.current_entry_id,
                clock.status.value,
                clock.allotted_ms,
                clock.accumulated_ms,
                clock.running_since_ms or 0,
            )
    return inverse_of_agenda(command, before)


def inverse_of_agenda(command: Command, before: SessionState) -> Command | None:
    """The command that undoes an agenda editor's edit (the session, its agenda items, the
    roster, a speech type), from the state just before it; ``None`` for any other command or
    when there is nothing to undo."""
    session_id = command.session_id
    match command:
        case EditSession():
            session = before.session
            return EditSession(
                session_id,
                session.title,
                session.room,
                session.scheduled_start_ms,
                session.scheduled_end_ms,
            )
        case AddAgendaItem():
            if any(i.id == command.agenda_item_id for i in before.agenda_items):
                return None  # it was there already: the add changed nothing
            return RemoveAgendaItem(session_id, command.agenda_item_id)
        case EditAgendaItem():
            item = _known_item(before, command.agenda_item_id)
            if item is None:
                return None
            return EditAgendaItem(
                session_id, item.id, item.title, item.planned_duration_ms, _number(before, item)
            )
        case RemoveAgendaItem():
            item = _known_item(before, command.agenda_item_id)
            if item is None:
                return None
            return AddAgendaItem(
                session_id,
                item.id,
                item.title,
                item.planned_duration_ms,
                _number(before, item),
                item.list_closed,
            )
        case EditParticipant():
            known = before.participants.get(command.participant_id)
            return EditParticipant(session_id, *_roster_fields(known)) if known else None
        case RemoveParticipant():
            known = before.participants.get(command.participant_id)
            return RestoreParticipant(session_id, *_roster_fields(known)) if known else None
        case RestoreParticipant():
            if command.participant_id in before.participants:
                return None
            return RemoveParticipant(session_id, command.participant_id)
        case SetSpeechType():
            if not before.has_entry(command.entry_id):
                return None
            entry = before.entry(command.entry_id)
            return SetSpeechType(session_id, entry.id, entry.speech_type.value)
        case SetSessionDetails():
            return SetSessionDetails.of(session_id, before.details)
        case SetParticipantLanguage():
            if command.participant_id not in before.participants:
                return None
            language = before.language_of(command.participant_id)
            return SetParticipantLanguage(session_id, command.participant_id, language)
    return None


def inverse_of_roster_add(command: AddParticipant, before: SessionState) -> Command | None:
    """The agenda editor's undo of adding someone to the roster (the chair's walk-ins are not
    undone this way: they stay on the roster when their place on the list is undone)."""
    if command.participant_id in before.participants:
        return None
    return RemoveParticipant(command.session_id, command.participant_id)


def again(command: Command, now_ms: int, new_id: str) -> Command:
    """The action done once more (a redo): at ``now_ms``; a new floor gets turn ``new_id``;
    an added speaker, whose entry now exists as removed, is put back instead."""
    match command:
        case AddSpeaker():
            return RestoreEntry(command.session_id, command.entry_id)
        case GiveFloor() | Interpose():
            return dataclasses.replace(command, turn_id=new_id, at_ms=now_ms)
    if "at_ms" in {field.name for field in dataclasses.fields(command)}:
        return dataclasses.replace(command, at_ms=now_ms)  # type: ignore[call-arg]
    return command


def _revert_floor(
    before: SessionState, cancel_turn_id: str, cancel_entry_id: str, cancel_state: str
) -> RevertFloor:
    clock = before.clock
    turn = before.turns.get(before.current_turn_id or "")
    return RevertFloor(
        session_id=before.session.id,
        cancel_turn_id=cancel_turn_id,
        cancel_entry_id=cancel_entry_id,
        cancel_entry_state=cancel_state,
        restore_entry_id=before.current_entry_id or "",
        restore_turn_id=before.current_turn_id or "",
        status=clock.status.value,
        allotted_ms=clock.allotted_ms,
        accumulated_ms=clock.accumulated_ms,
        running_since_ms=clock.running_since_ms or 0,
        turn_allotted_ms=turn.allotted_ms if turn is not None else 0,
    )


def _undo_resume(before: SessionState) -> UndoResume | None:
    """Undo the end of an intervention: it speaks again, the resumed speaker waits again."""
    interrupted = before.interrupted_entry()
    assert interrupted is not None
    paused = paused_turn(before, interrupted)
    turn = before.turns.get(before.current_turn_id or "")
    if paused is None or turn is None or before.current_entry_id is None:
        return None  # the speaker was simply closed (no paused record): nothing to resume
    clock = before.clock
    return UndoResume(
        session_id=before.session.id,
        intervention_entry_id=before.current_entry_id,
        intervention_turn_id=turn.id,
        status=clock.status.value,
        allotted_ms=clock.allotted_ms,
        accumulated_ms=clock.accumulated_ms,
        running_since_ms=clock.running_since_ms or 0,
        turn_allotted_ms=turn.allotted_ms,
        resumed_entry_id=interrupted.id,
        resumed_turn_id=paused.id,
        resumed_allotted_ms=paused.allotted_ms,
        resumed_spoken_ms=paused.spoken_ms,
    )


def _entry_back(before: SessionState, entry_id: str, session_id: str) -> Command:
    entry = before.entry(entry_id)
    if entry.state is EntryState.REMOVED:
        return RemoveEntry(session_id, entry_id)
    return RestoreEntry(session_id, entry_id, entry.state.value, entry.ended_at_ms or 0)


def _known_item(state: SessionState, item_id: str) -> AgendaItem | None:
    return next((i for i in state.agenda_items if i.id == item_id), None)


def _number(state: SessionState, item: AgendaItem) -> int:
    """The item's place in the agenda, counted from 1."""
    return [i.id for i in state.agenda_items].index(item.id) + 1


def _roster_fields(known: Participant) -> tuple[str, str, str, str, str, str, str]:
    """A roster entry as ``edit_participant``/``restore_participant`` take it (after the
    session id): what an undo puts back."""
    return (
        known.id,
        known.name,
        known.function,
        known.organisation,
        known.stakeholder_group.value,
        known.gender or "",
        known.attendance.value,
    )
