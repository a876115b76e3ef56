"""Chair commands: named, serialisable, decided against a ``SessionState`` into events.

Every action a chair takes is one of these. A command carries everything it needs as plain JSON
values, including the moment it happened (``at_ms``) and any id it creates (``turn_id``), so the
very same command can be stored locally, queued for the backend and replayed there with the same
result. ``decide`` never mutates the state; it returns events or raises ``CommandRejected``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from moderator.domain.clock import ClockError, SpeakerClock
from moderator.domain.events import (
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryStateChanged,
    Event,
    HandChanged,
    TurnChanged,
    TurnClosed,
    TurnOpened,
)
from moderator.domain.model import (
    EntryOrigin,
    EntryState,
    HandState,
    SpeakerEntry,
    SpeechType,
    Turn,
)
from moderator.domain.order_keys import is_valid_key
from moderator.domain.session_state import SessionState


class CommandRejected(Exception):
    """The command does not apply to the current state; the message says why, for the chair."""


class InvalidCommand(ValueError):
    """A command name or its arguments are malformed (bad file, bad payload, bad script).

    ``argument`` names the offending argument when there is one.
    """

    def __init__(self, message: str, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


#: Integers travel as JSON numbers: beyond 2**53 they are not exact in every client, and no
#: time, duration or id of ours comes anywhere near it.
MAX_SAFE_INTEGER = 2**53


@dataclass(frozen=True, slots=True)
class Command:
    """Base of all chair commands. Subclasses set ``name`` and declare their arguments."""

    name: ClassVar[str] = ""
    session_id: str

    def to_args(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def decide(self, state: SessionState) -> list[Event]:
        raise NotImplementedError

    def _check_session(self, state: SessionState) -> None:
        if state.session.id != self.session_id:
            raise CommandRejected(f"command is for session {self.session_id}, not this one")


@dataclass(frozen=True, slots=True)
class StartClock(Command):
    name: ClassVar[str] = "start_clock"
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id is None:
            raise CommandRejected("Nobody has the floor: give the floor to a speaker first")
        try:
            clock = state.clock.start(self.at_ms)
        except ClockError as error:
            raise CommandRejected(str(error).capitalize()) from error
        return [_clock_event(state, clock)]


@dataclass(frozen=True, slots=True)
class PauseClock(Command):
    name: ClassVar[str] = "pause_clock"
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        try:
            clock = state.clock.pause(self.at_ms)
        except ClockError as error:
            raise CommandRejected(str(error).capitalize()) from error
        return [_clock_event(state, clock)]


@dataclass(frozen=True, slots=True)
class AdjustTime(Command):
    """Add (positive ``delta_ms``) or remove (negative) speaking time for the current speaker."""

    name: ClassVar[str] = "adjust_time"
    delta_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id is None:
            raise CommandRejected("Nobody has the floor: there is no time to adjust")
        if self.delta_ms == 0:
            raise CommandRejected("Adjusting by zero changes nothing")
        return [_clock_event(state, state.clock.adjust(self.delta_ms))]


@dataclass(frozen=True, slots=True)
class GiveFloor(Command):
    """End the current turn (if any) and give the floor to ``entry_id``, opening ``turn_id``."""

    name: ClassVar[str] = "give_floor"
    entry_id: str
    turn_id: str
    at_ms: int
    start_clock: bool = True

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if not state.has_entry(self.entry_id):
            raise CommandRejected("That speaker is not on this session's list")
        entry = state.entry(self.entry_id)
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                f"{state.participant_of(entry).name} is not waiting ({entry.state.value})"
            )
        if self.turn_id in state.turns:
            raise CommandRejected("This turn was already opened")
        events = _close_current_turn(state, self.at_ms)
        clock = SpeakerClock.for_allotment(entry.allotted_ms)
        if self.start_clock:
            clock = clock.start(self.at_ms)
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
        events += [
            EntryStateChanged(entry.id, EntryState.SPEAKING, self.at_ms, None),
            TurnOpened(turn),
            ClockChanged(state.session.id, entry.id, turn.id, clock),
        ]
        return events


@dataclass(frozen=True, slots=True)
class EndTurn(Command):
    """The current speaker is done and nobody is given the floor yet (e.g. the last speaker)."""

    name: ClassVar[str] = "end_turn"
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id is None:
            raise CommandRejected("Nobody has the floor")
        events = _close_current_turn(state, self.at_ms, resuming=True)
        if state.interrupted_entry() is None:
            events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
        return events


@dataclass(frozen=True, slots=True)
class AddSpeaker(Command):
    """Put a participant on an agenda item's list at ``order_key`` (a new entry ``entry_id``)."""

    name: ClassVar[str] = "add_speaker"
    entry_id: str
    agenda_item_id: str
    participant_id: str
    speech_type: str
    allotted_ms: int
    order_key: str
    origin: str = EntryOrigin.SCHEDULED.value

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        try:
            EntryOrigin(self.origin)
        except ValueError:
            raise CommandRejected(f"Unknown origin {self.origin!r}") from None
        if state.has_entry(self.entry_id):
            raise CommandRejected("This speaker entry already exists")
        item = next((i for i in state.agenda_items if i.id == self.agenda_item_id), None)
        if item is None:
            raise CommandRejected("That agenda item is not in this session")
        if self.participant_id not in state.participants:
            raise CommandRejected("That person is not a participant of this meeting")
        try:
            speech_type = SpeechType(self.speech_type)
        except ValueError:
            raise CommandRejected(f"Unknown speech type {self.speech_type!r}") from None
        if item.list_closed and speech_type in (SpeechType.STATEMENT, SpeechType.FLOOR):
            raise CommandRejected(
                f"The list of speakers of “{item.title}” is closed "
                "(points of order and rights of reply are still possible)"
            )
        if not 0 <= self.allotted_ms <= 24 * 3_600_000:
            raise CommandRejected("The allotted time must be between 0 and 24 hours")
        if not is_valid_key(self.order_key):
            raise CommandRejected("Not a valid place in the list")
        entry = SpeakerEntry(
            id=self.entry_id,
            agenda_item_id=self.agenda_item_id,
            participant_id=self.participant_id,
            speech_type=speech_type,
            allotted_ms=self.allotted_ms,
            order_key=self.order_key,
            origin=self.origin,
        )
        return [EntryAdded(entry)]


@dataclass(frozen=True, slots=True)
class LowerHand(Command):
    """The chair lowers one raise. Naming the raise (not the person) makes a stale action on an
    older raise a no-op (no events) instead of cancelling a newer raise."""

    name: ClassVar[str] = "lower_hand"
    hand_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        hand = state.hands.get(self.hand_id)
        if hand is None or hand.state is not HandState.RAISED:
            return []
        return [
            HandChanged(
                dataclasses.replace(
                    hand, state=HandState.LOWERED, lowered_at_ms=self.at_ms, lowered_by="chair"
                )
            )
        ]


def _clock_event(state: SessionState, clock: SpeakerClock) -> ClockChanged:
    return ClockChanged(state.session.id, state.current_entry_id, state.current_turn_id, clock)


def _close_current_turn(state: SessionState, at_ms: int, resuming: bool = False) -> list[Event]:
    """Events that mark the current speaker done and close their turn's record.

    A speaker paused for an interposed intervention then gets the floor back (``resuming``:
    the intervention ended) or is closed too (the chair gave the floor to someone else)."""
    current = state.current_entry
    if current is None:
        return []
    events: list[Event] = [
        EntryStateChanged(current.id, EntryState.DONE, current.started_at_ms, at_ms)
    ]
    events += _close_turn(state, at_ms)
    interrupted = state.interrupted_entry()
    if interrupted is not None:
        events += (
            _resume(state, interrupted, at_ms)
            if resuming
            else _close_interrupted(state, interrupted, at_ms)
        )
    return events


def _close_turn(state: SessionState, at_ms: int) -> list[Event]:
    events: list[Event] = []
    turn = state.turns.get(state.current_turn_id or "")
    if turn is not None:
        spoken = state.clock.elapsed_ms(at_ms)
        wall = max(0, at_ms - turn.started_at_ms)
        events.append(
            TurnClosed(
                turn_id=turn.id,
                ended_at_ms=at_ms,
                allotted_ms=state.clock.allotted_ms,
                spoken_ms=spoken,
                paused_ms=max(0, wall - spoken),
                overrun_ms=max(0, spoken - state.clock.allotted_ms),
            )
        )
    return events


def paused_turn(state: SessionState, entry: SpeakerEntry) -> Turn | None:
    """The open turn of an interrupted speaker (it holds their paused clock)."""
    return next(
        (
            turn
            for turn in state.turns.values()
            if turn.entry_id == entry.id and turn.ended_at_ms is None
        ),
        None,
    )


def _resume(state: SessionState, entry: SpeakerEntry, at_ms: int) -> list[Event]:
    """The interrupted speaker has the floor again, their clock running from where it was."""
    turn = paused_turn(state, entry)
    if turn is None:  # no record to resume from: they are simply done
        return _close_interrupted(state, entry, at_ms)
    clock = SpeakerClock(allotted_ms=turn.allotted_ms, accumulated_ms=turn.spoken_ms).start(at_ms)
    return [
        EntryChanged(dataclasses.replace(entry, state=EntryState.SPEAKING)),
        TurnChanged(dataclasses.replace(turn, spoken_ms=0)),
        ClockChanged(state.session.id, entry.id, turn.id, clock),
    ]


def _close_interrupted(state: SessionState, entry: SpeakerEntry, at_ms: int) -> list[Event]:
    events: list[Event] = [
        EntryChanged(dataclasses.replace(entry, state=EntryState.DONE, ended_at_ms=at_ms))
    ]
    turn = paused_turn(state, entry)
    if turn is not None:
        wall = max(0, at_ms - turn.started_at_ms)
        events.append(
            TurnClosed(
                turn_id=turn.id,
                ended_at_ms=at_ms,
                allotted_ms=turn.allotted_ms,
                spoken_ms=turn.spoken_ms,
                paused_ms=max(0, wall - turn.spoken_ms),
                overrun_ms=max(0, turn.spoken_ms - turn.allotted_ms),
            )
        )
    return events


COMMAND_TYPES: dict[str, type[Command]] = {
    cls.name: cls
    for cls in (StartClock, PauseClock, AdjustTime, GiveFloor, EndTurn, AddSpeaker, LowerHand)
}


def register(cls: type[Command]) -> type[Command]:
    """Make a command of another module (``list_commands``) known to ``command_from``."""
    if cls.name in COMMAND_TYPES:
        raise ValueError(f"two commands are called {cls.name!r}")
    COMMAND_TYPES[cls.name] = cls
    return cls


def command_from(name: str, args: dict[str, Any]) -> Command:
    """Rebuild a command from its name and JSON arguments, checking names and types.

    Raises ``InvalidCommand`` naming the offending field, so a corrupt journal row or a bad
    payload is reported precisely instead of failing somewhere later.
    """
    cls = COMMAND_TYPES.get(name)
    if cls is None:
        raise InvalidCommand(f"unknown command {name!r}")
    if not isinstance(args, dict):
        raise InvalidCommand(f"{name}: arguments must be an object")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(args) - set(fields)
    if unknown:
        raise InvalidCommand(
            f"{name}: unknown argument(s) {', '.join(sorted(unknown))}", sorted(unknown)[0]
        )
    values = {}
    for field_name, field in fields.items():
        if field_name not in args:
            if field.default is dataclasses.MISSING:
                raise InvalidCommand(f"{name}: missing argument {field_name!r}", field_name)
            continue
        value = args[field_name]
        expected = {"str": str, "int": int, "bool": bool}[str(field.type)]
        if type(value) is not expected:
            raise InvalidCommand(
                f"{name}: argument {field_name!r} must be {expected.__name__}, got {value!r}",
                field_name,
            )
        if expected is int and abs(value) > MAX_SAFE_INTEGER:
            raise InvalidCommand(
                f"{name}: argument {field_name!r} is out of range ({value})", field_name
            )
        values[field_name] = value
    return cls(**values)


# The list, clock and undo commands live in their own module and register themselves; importing
# it here makes every command known wherever ``command_from`` is used. It is at the end because
# that module builds on the classes above.
from moderator.domain import agenda_commands as _agenda_commands  # noqa: E402, F401
from moderator.domain import list_commands as _list_commands  # noqa: E402, F401
