"""Chair commands on the list of speakers and the clock beyond the basics, and their undos.

Every command here is, like those in ``commands``, plain JSON, decided against a
``SessionState`` into events, and replayed unchanged by the backend. Undo is not a rollback:
it is another command, computed by the application from the state before the action
(``undo.inverse_of``), that puts the touched things back. So an undo syncs like any action, and
two consoles agree on its result.

Idempotence with several consoles: putting something where it already is (removing a removed
entry, moving to the key it has) yields no events, so the backend answers ``noop``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.clock import ClockStatus, SpeakerClock
from moderator.domain.commands import (
    Command,
    CommandRejected,
    _clock_event,
    _close_current_turn,
    register,
)
from moderator.domain.events import (
    ClockChanged,
    EntryChanged,
    Event,
    TurnChanged,
    TurnRemoved,
)
from moderator.domain.model import EntryState
from moderator.domain.order_keys import is_valid_key
from moderator.domain.session_state import SessionState

MAX_ALLOTTED_MS = 24 * 3_600_000

#: States a list entry may be put back to by ``RestoreEntry``.
_RESTORABLE = frozenset({EntryState.WAITING, EntryState.SKIPPED, EntryState.DONE})


def _existing_entry(state: SessionState, entry_id: str):  # type: ignore[no-untyped-def]
    if not state.has_entry(entry_id):
        raise CommandRejected("That speaker is not on this session's list")
    return state.entry(entry_id)


def _name(state: SessionState, entry) -> str:  # type: ignore[no-untyped-def]
    participant = state.participants.get(entry.participant_id)
    return participant.name if participant else "That speaker"


@register
@dataclass(frozen=True, slots=True)
class RemoveEntry(Command):
    """Take a speaker off the list (kept as "removed", so it can be put back)."""

    name: ClassVar[str] = "remove_entry"
    entry_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        if entry.state is EntryState.REMOVED:
            return []
        if entry.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            raise CommandRejected(
                f"{_name(state, entry)} has the floor: end their turn before removing them"
            )
        if entry.state is EntryState.DONE:
            raise CommandRejected(f"{_name(state, entry)} has already spoken")
        return [EntryChanged(dataclasses.replace(entry, state=EntryState.REMOVED))]


@register
@dataclass(frozen=True, slots=True)
class SkipEntry(Command):
    """Pass over a waiting speaker (absent, not ready); they keep their place to come back."""

    name: ClassVar[str] = "skip_entry"
    entry_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        if entry.state is EntryState.SKIPPED:
            return []
        if entry.state is not EntryState.WAITING:
            raise CommandRejected(f"{_name(state, entry)} is not waiting ({entry.state.value})")
        return [EntryChanged(dataclasses.replace(entry, state=EntryState.SKIPPED))]


@register
@dataclass(frozen=True, slots=True)
class RestoreEntry(Command):
    """Put an entry back in a state it had: a skipped or removed speaker back to waiting (the
    chair's "put back"), or, as an undo, back to skipped or done."""

    name: ClassVar[str] = "restore_entry"
    entry_id: str
    state: str = EntryState.WAITING.value
    ended_at_ms: int = 0  # for an undo back to "done": when they had finished

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        try:
            target = EntryState(self.state)
        except ValueError:
            raise CommandRejected(f"Cannot put an entry back to {self.state!r}") from None
        if target not in _RESTORABLE:
            raise CommandRejected(f"Cannot put an entry back to {self.state!r}")
        if entry.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            raise CommandRejected(f"{_name(state, entry)} has the floor")
        if entry.state is EntryState.DONE and entry.started_at_ms is not None:
            # Their turn is on record; speaking again is a new place on the list.
            raise CommandRejected(f"{_name(state, entry)} has already spoken: add them again")
        ended = self.ended_at_ms or None if target is EntryState.DONE else None
        if entry.state is target and entry.ended_at_ms == ended:
            return []
        restored = dataclasses.replace(
            entry,
            state=target,
            started_at_ms=entry.started_at_ms if target is EntryState.DONE else None,
            ended_at_ms=ended,
        )
        return [EntryChanged(restored)]


@register
@dataclass(frozen=True, slots=True)
class MarkDone(Command):
    """The speaker is done without (further) speaking: a waiting or skipped entry is closed;
    for the speaker who has the floor this ends their turn."""

    name: ClassVar[str] = "mark_done"
    entry_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        if entry.state is EntryState.DONE:
            return []
        if entry.id == state.current_entry_id:
            events = _close_current_turn(state, self.at_ms, resuming=True)
            if state.interrupted_entry() is None:
                events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
            return events
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(f"{_name(state, entry)} is not waiting ({entry.state.value})")
        done = dataclasses.replace(entry, state=EntryState.DONE, ended_at_ms=self.at_ms)
        return [EntryChanged(done)]


@register
@dataclass(frozen=True, slots=True)
class MoveEntry(Command):
    """Move an entry to ``order_key`` (a place between two neighbours; see ``order_keys``),
    optionally under another agenda item of the session."""

    name: ClassVar[str] = "move_entry"
    entry_id: str
    order_key: str
    agenda_item_id: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        if not is_valid_key(self.order_key):
            raise CommandRejected("Not a valid place in the list")
        item_id = self.agenda_item_id or entry.agenda_item_id
        if item_id not in {item.id for item in state.agenda_items}:
            raise CommandRejected("That agenda item is not in this session")
        if (entry.order_key, entry.agenda_item_id) == (self.order_key, item_id):
            return []
        if entry.state in (EntryState.DONE, EntryState.REMOVED):
            raise CommandRejected(f"{_name(state, entry)} is no longer waiting to speak")
        moved = dataclasses.replace(entry, order_key=self.order_key, agenda_item_id=item_id)
        return [EntryChanged(moved)]


@register
@dataclass(frozen=True, slots=True)
class SetTime(Command):
    """Set the current speaker's remaining time exactly (the allotment moves, the time already
    spoken stays)."""

    name: ClassVar[str] = "set_time"
    remaining_ms: int
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id is None:
            raise CommandRejected("Nobody has the floor: there is no time to set")
        if not 0 <= self.remaining_ms <= MAX_ALLOTTED_MS:
            raise CommandRejected("The time must be between 0:00 and 24 hours")
        clock = state.clock
        allotted = clock.elapsed_ms(self.at_ms) + self.remaining_ms
        if allotted == clock.allotted_ms:
            return []
        return [_clock_event(state, dataclasses.replace(clock, allotted_ms=allotted))]


@register
@dataclass(frozen=True, slots=True)
class ResetClock(Command):
    """Start the current speaker's time again from their full allotment (a false start, a
    microphone that was off). A running clock keeps running, from now."""

    name: ClassVar[str] = "reset_clock"
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        current = state.current_entry
        if current is None:
            raise CommandRejected("Nobody has the floor: there is no time to reset")
        fresh = SpeakerClock.for_allotment(current.allotted_ms)
        if state.clock.is_running:
            fresh = fresh.start(self.at_ms)
        return [_clock_event(state, fresh)]


@register
@dataclass(frozen=True, slots=True)
class SetClock(Command):
    """Put the clock of ``entry_id`` (who must have the floor) back to exact values: the undo
    of a clock action. Refused once the floor has moved on, so a late undo cannot touch the
    next speaker's time."""

    name: ClassVar[str] = "set_clock"
    entry_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int = 0

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id != self.entry_id:
            raise CommandRejected("The floor has moved on since: that time can no longer change")
        clock = _clock_of(self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms)
        if clock == state.clock:
            return []
        return [_clock_event(state, clock)]


@register
@dataclass(frozen=True, slots=True)
class RevertFloor(Command):
    """Undo "give the floor" or "end the turn": the turn ``cancel_turn_id`` (if any) never
    happened, its speaker is back to ``cancel_entry_state``; the speaker before
    (``restore_entry_id``, if any) has the floor again with their turn ``restore_turn_id`` and
    their clock as it was. When that speaker was an interposed intervention, the speaker it had
    interrupted (``reinterrupt_entry_id``, closed by the action) is paused again, their turn
    open and holding the time they had spoken (``reinterrupt_spoken_ms``).

    Refused when the floor has moved on since (someone else speaks now), so an old undo never
    takes the floor from a later speaker.
    """

    name: ClassVar[str] = "revert_floor"
    cancel_turn_id: str
    cancel_entry_id: str
    cancel_entry_state: str
    restore_entry_id: str
    restore_turn_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int = 0
    turn_allotted_ms: int = 0  # the restored turn's allotment as it was while it ran
    reinterrupt_entry_id: str = ""
    reinterrupt_turn_id: str = ""
    reinterrupt_allotted_ms: int = 0
    reinterrupt_spoken_ms: int = 0

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if (state.current_turn_id or "") != self.cancel_turn_id:
            raise CommandRejected("The floor has moved on since: this can no longer be undone")
        if self.cancel_entry_id != (state.current_entry_id or "" if self.cancel_turn_id else ""):
            raise CommandRejected("That speaker does not have the floor: nothing to undo")
        if self.reinterrupt_entry_id and not self.restore_entry_id:
            raise CommandRejected("Nobody to give the floor back to: nothing to pause again")
        _all_different(
            (self.cancel_entry_id, self.restore_entry_id, self.reinterrupt_entry_id),
            (self.cancel_turn_id, self.restore_turn_id, self.reinterrupt_turn_id),
        )
        events: list[Event] = []
        if self.cancel_entry_id:
            entry = _existing_entry(state, self.cancel_entry_id)
            try:
                back_to = EntryState(self.cancel_entry_state)
            except ValueError:
                raise CommandRejected(f"Unknown entry state {self.cancel_entry_state!r}") from None
            if back_to not in (EntryState.WAITING, EntryState.SKIPPED):
                raise CommandRejected(f"Cannot put an entry back to {back_to.value!r}")
            events.append(
                EntryChanged(
                    dataclasses.replace(entry, state=back_to, started_at_ms=None, ended_at_ms=None)
                )
            )
        if self.cancel_turn_id:
            events.append(TurnRemoved(self.cancel_turn_id))
        if self.reinterrupt_entry_id:
            events += _paused_again(
                state,
                self.reinterrupt_entry_id,
                self.reinterrupt_turn_id,
                self.reinterrupt_allotted_ms,
                self.reinterrupt_spoken_ms,
                closed_by_the_action=True,
            )
        if self.restore_entry_id:
            clock = _clock_of(
                self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms
            )
            events += _floor_back(
                state, self.restore_entry_id, self.restore_turn_id, clock, self.turn_allotted_ms
            )
        else:
            events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
        return events


@register
@dataclass(frozen=True, slots=True)
class UndoResume(Command):
    """Undo the end of an interposed intervention ("end turn", "next" or "done" while it ran):
    the intervention (``intervention_entry_id``) has the floor again with its turn and its
    clock as they were, and the speaker who had resumed (``resumed_entry_id``) is paused again
    with the time they had spoken before the intervention.

    Refused when the floor has moved on since the resumed speaker got it back."""

    name: ClassVar[str] = "undo_resume"
    intervention_entry_id: str
    intervention_turn_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int
    turn_allotted_ms: int
    resumed_entry_id: str
    resumed_turn_id: str
    resumed_allotted_ms: int
    resumed_spoken_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if not self.resumed_turn_id or (state.current_turn_id or "") != self.resumed_turn_id:
            raise CommandRejected("The floor has moved on since: this can no longer be undone")
        _all_different(
            (self.intervention_entry_id, self.resumed_entry_id),
            (self.intervention_turn_id, self.resumed_turn_id),
        )
        clock = _clock_of(self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms)
        return [
            *_paused_again(
                state,
                self.resumed_entry_id,
                self.resumed_turn_id,
                self.resumed_allotted_ms,
                self.resumed_spoken_ms,
                closed_by_the_action=False,
            ),
            *_floor_back(
                state,
                self.intervention_entry_id,
                self.intervention_turn_id,
                clock,
                self.turn_allotted_ms,
            ),
        ]


def _floor_back(
    state: SessionState, entry_id: str, turn_id: str, clock: SpeakerClock, turn_allotted_ms: int
) -> list[Event]:
    """``entry_id`` speaks again in its turn ``turn_id`` (reopened), with ``clock``: the
    speaker the undone action had closed (done, their turn ended) or interrupted (an undone
    intervention: their turn still open)."""
    entry, turn = _entry_and_turn(state, entry_id, turn_id)
    closed = entry.state is EntryState.DONE and turn.ended_at_ms is not None
    paused = entry.state is EntryState.INTERRUPTED and turn.ended_at_ms is None
    if not (closed or paused):
        raise CommandRejected(f"{_name(state, entry)} cannot have the floor back from here")
    return [
        EntryChanged(
            dataclasses.replace(
                entry, state=EntryState.SPEAKING, started_at_ms=turn.started_at_ms, ended_at_ms=None
            )
        ),
        TurnChanged(
            dataclasses.replace(
                turn,
                ended_at_ms=None,
                allotted_ms=turn_allotted_ms or turn.allotted_ms,
                spoken_ms=0,
                paused_ms=0,
                overrun_ms=0,
            )
        ),
        ClockChanged(state.session.id, entry.id, turn.id, clock),
    ]


def _paused_again(
    state: SessionState,
    entry_id: str,
    turn_id: str,
    allotted_ms: int,
    spoken_ms: int,
    closed_by_the_action: bool,
) -> list[Event]:
    """``entry_id`` is interrupted again: its turn open, holding its paused clock. The speaker
    is either done (``closed_by_the_action``: the floor went elsewhere during the intervention)
    or speaking again, in ``turn_id``, after the intervention ended."""
    entry, turn = _entry_and_turn(state, entry_id, turn_id)
    if state.interrupted_entry() is not None:
        raise CommandRejected("Someone is already interrupted")
    if closed_by_the_action:
        expected = entry.state is EntryState.DONE and turn.ended_at_ms is not None
    else:
        expected = entry.id == state.current_entry_id and turn.ended_at_ms is None
    if not expected:
        raise CommandRejected(f"{_name(state, entry)} cannot be paused again from here")
    if not (0 <= allotted_ms <= MAX_ALLOTTED_MS and 0 <= spoken_ms <= MAX_ALLOTTED_MS):
        raise CommandRejected("The time must be between 0:00 and 24 hours")
    return [
        EntryChanged(dataclasses.replace(entry, state=EntryState.INTERRUPTED, ended_at_ms=None)),
        TurnChanged(
            dataclasses.replace(
                turn,
                ended_at_ms=None,
                allotted_ms=allotted_ms,
                spoken_ms=spoken_ms,
                paused_ms=0,
                overrun_ms=0,
            )
        ),
    ]


def _entry_and_turn(state: SessionState, entry_id: str, turn_id: str):  # type: ignore[no-untyped-def]
    """The entry and its own turn, or the reason the pair is not on record."""
    entry = _existing_entry(state, entry_id)
    turn = state.turns.get(turn_id)
    if turn is None or turn.entry_id != entry.id:
        raise CommandRejected(f"That turn of {_name(state, entry)} is not on record")
    return entry, turn


def _all_different(*groups: tuple[str, ...]) -> None:
    """Refuse a command naming one speaker (or one turn) in two roles at once."""
    for ids in groups:
        named = [i for i in ids if i]
        if len(named) != len(set(named)):
            raise CommandRejected("One speaker or turn is named twice")


def _clock_of(status: str, allotted_ms: int, accumulated_ms: int, running_since_ms: int):  # type: ignore[no-untyped-def]
    """A clock from command arguments, with the reason in the chair's words when invalid."""
    try:
        clock_status = ClockStatus(status)
    except ValueError:
        raise CommandRejected(f"Unknown clock status {status!r}") from None
    if not (0 <= allotted_ms <= MAX_ALLOTTED_MS and 0 <= accumulated_ms <= MAX_ALLOTTED_MS):
        raise CommandRejected("The time must be between 0:00 and 24 hours")
    running = clock_status is ClockStatus.RUNNING
    if running and running_since_ms <= 0:
        raise CommandRejected("A running clock needs the moment it started")
    return SpeakerClock(
        allotted_ms=allotted_ms,
        accumulated_ms=accumulated_ms,
        running_since_ms=running_since_ms if running else None,
        status=clock_status,
    )


@register
@dataclass(frozen=True, slots=True)
class ReraiseHand(Command):
    """Undo of lowering a hand: that raise is open again, in its old place in the queue.

    Refused when the participant has raised again since (one open hand per participant)."""

    name: ClassVar[str] = "reraise_hand"
    hand_id: str

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.events import HandChanged
        from moderator.domain.model import HandState

        self._check_session(state)
        hand = state.hands.get(self.hand_id)
        if hand is None:
            raise CommandRejected("That hand is not on record")
        if hand.state is HandState.RAISED:
            return []
        other = state.open_hand_of(hand.participant_id)
        if other is not None:
            raise CommandRejected("They have raised their hand again since")
        reopened = dataclasses.replace(
            hand, state=HandState.RAISED, lowered_at_ms=None, lowered_by=None
        )
        return [HandChanged(reopened)]


@register
@dataclass(frozen=True, slots=True)
class Interpose(Command):
    """An interposed question or intervention: ``entry_id`` speaks now (turn ``turn_id``, the
    clock running); the current speaker is paused, their time kept on their turn record, and
    they get the floor back, clock running from where it stopped, when the intervention ends
    ("end turn", "next" or "done")."""

    name: ClassVar[str] = "interpose"
    entry_id: str
    turn_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.events import EntryStateChanged, TurnOpened
        from moderator.domain.model import Turn

        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        current = state.current_entry
        if current is None:
            raise CommandRejected("Nobody has the floor: there is no one to interrupt")
        if state.interrupted_entry() is not None:
            raise CommandRejected("An intervention is already under way")
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(f"{_name(state, entry)} is not waiting ({entry.state.value})")
        if self.turn_id in state.turns:
            raise CommandRejected("This turn was already opened")
        paused_turn = state.turns.get(state.current_turn_id or "")
        events: list[Event] = [
            EntryChanged(dataclasses.replace(current, state=EntryState.INTERRUPTED))
        ]
        if paused_turn is not None:
            # The interrupted speaker's clock is kept on their (still open) turn.
            events.append(
                TurnChanged(
                    dataclasses.replace(
                        paused_turn,
                        allotted_ms=state.clock.allotted_ms,
                        spoken_ms=state.clock.elapsed_ms(self.at_ms),
                    )
                )
            )
        turn = Turn(
            id=self.turn_id,
            session_id=state.session.id,
            entry_id=entry.id,
            participant_id=entry.participant_id,
            agenda_item_id=entry.agenda_item_id,
            speech_type=entry.speech_type,
            allotted_ms=entry.allotted_ms,
            started_at_ms=self.at_ms,
        )
        clock = SpeakerClock.for_allotment(entry.allotted_ms).start(self.at_ms)
        events += [
            EntryStateChanged(entry.id, EntryState.SPEAKING, self.at_ms, None),
            TurnOpened(turn),
            ClockChanged(state.session.id, entry.id, turn.id, clock),
        ]
        return events


@register
@dataclass(frozen=True, slots=True)
class SetAllotted(Command):
    """Change a waiting speaker's allotted time (e.g. "fit to the end" shortening the rest of
    the list). The speaker who has the floor changes through the clock instead."""

    name: ClassVar[str] = "set_allotted"
    entry_id: str
    allotted_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = _existing_entry(state, self.entry_id)
        if not 0 <= self.allotted_ms <= MAX_ALLOTTED_MS:
            raise CommandRejected("The allotted time must be between 0:00 and 24 hours")
        if entry.allotted_ms == self.allotted_ms:
            return []
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(f"{_name(state, entry)} is not waiting ({entry.state.value})")
        return [EntryChanged(dataclasses.replace(entry, allotted_ms=self.allotted_ms))]


@register
@dataclass(frozen=True, slots=True)
class AddParticipant(Command):
    """Someone not on the roster asks for the floor (a walk-in): they join the meeting's
    participants with what the chair typed (name, organisation), in the room unless said."""

    name: ClassVar[str] = "add_participant"
    participant_id: str
    person_name: str
    organisation: str = ""
    attendance: str = "in_room"

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.events import ParticipantAdded
        from moderator.domain.model import Attendance, Participant

        self._check_session(state)
        name = self.person_name.strip()
        if not name or len(name) > 300:
            raise CommandRejected("A name of 1 to 300 characters is needed")
        if len(self.organisation) > 300:
            raise CommandRejected("The organisation is longer than 300 characters")
        try:
            attendance = Attendance(self.attendance)
        except ValueError:
            raise CommandRejected(f"Unknown attendance {self.attendance!r}") from None
        known = state.participants.get(self.participant_id)
        participant = Participant(
            id=self.participant_id,
            meeting_id=state.meeting.id,
            name=name,
            organisation=self.organisation.strip(),
            attendance=attendance,
        )
        if known is not None:
            if (known.name, known.organisation) == (participant.name, participant.organisation):
                return []
            raise CommandRejected("That participant already exists")
        return [ParticipantAdded(participant)]


@register
@dataclass(frozen=True, slots=True)
class RaiseRoomHand(Command):
    """The chair records a hand raised in the room: it joins the same queue as the remote
    hands (``source`` "room"), in the order hands were raised."""

    name: ClassVar[str] = "raise_room_hand"
    hand_id: str
    participant_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.events import HandChanged
        from moderator.domain.model import Hand

        self._check_session(state)
        if self.participant_id not in state.participants:
            raise CommandRejected("That person is not a participant of this meeting")
        if self.hand_id in state.hands:
            return []
        if state.open_hand_of(self.participant_id) is not None:
            who = state.participants[self.participant_id].name
            raise CommandRejected(f"{who} already has a hand raised")
        seq = max((hand.seq for hand in state.hands.values()), default=0) + 1
        hand = Hand(
            id=self.hand_id,
            session_id=state.session.id,
            participant_id=self.participant_id,
            seq=seq,
            raised_at_ms=self.at_ms,
            source="room",
        )
        return [HandChanged(hand)]


@register
@dataclass(frozen=True, slots=True)
class SetListClosed(Command):
    """Close an agenda item's list of speakers (no new statements or floor requests; points of
    order and rights of reply stay possible), or open it again."""

    name: ClassVar[str] = "set_list_closed"
    agenda_item_id: str
    closed: bool

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.events import AgendaItemChanged

        self._check_session(state)
        item = next((i for i in state.agenda_items if i.id == self.agenda_item_id), None)
        if item is None:
            raise CommandRejected("That agenda item is not in this session")
        if item.list_closed == self.closed:
            return []
        return [AgendaItemChanged(dataclasses.replace(item, list_closed=self.closed))]


@register
@dataclass(frozen=True, slots=True)
class SetThresholds(Command):
    """The meeting's timer thresholds: the countdown turns to warning at ``warning_ms`` left
    and to final at ``final_ms`` (0: no final phase); whole seconds, final below warning."""

    name: ClassVar[str] = "set_thresholds"
    warning_ms: int
    final_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        from moderator.domain.clock import Thresholds
        from moderator.domain.events import MeetingChanged

        self._check_session(state)
        if not 0 <= self.warning_ms <= 60 * 60_000:
            raise CommandRejected("The warning must be between 0:00 and 60:00 before the end")
        try:
            Thresholds(warning_ms=self.warning_ms, final_ms=self.final_ms)
        except ValueError as error:
            raise CommandRejected(str(error).capitalize()) from None
        meeting = state.meeting
        if (meeting.warning_ms, meeting.final_ms) == (self.warning_ms, self.final_ms):
            return []
        changed = dataclasses.replace(meeting, warning_ms=self.warning_ms, final_ms=self.final_ms)
        return [MeetingChanged(changed)]
