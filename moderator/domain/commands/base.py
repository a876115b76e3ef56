"""What every command module builds on: ``Command``, its refusals, the catalogue by name, and
the rules several kinds of command share.

A command carries everything it needs as plain JSON values, including the moment it happened
(``at_ms``) and any id it creates (``turn_id``), so the very same command can be stored
locally, queued for the backend and replayed there with the same result. ``decide`` never
mutates the state; it returns events or raises ``CommandRejected``.

The command modules of this package import this one and never each other, so any of them can
be imported alone; a rule two of them need (closing the current turn, finding an entry,
checking a free-text field) lives here once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from moderator.domain.events import (
    ClockChanged,
    EntryChanged,
    EntryStateChanged,
    Event,
    TurnChanged,
    TurnClosed,
)
from moderator.domain.model import EntryState, SpeakerEntry, Turn
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import ClockStatus, SpeakerClock
from moderator.domain.timing.floor_time import paused_ms, set_aside_ms
from moderator.domain.translatable import QT_TRANSLATE_NOOP


class CommandRejected(Exception):
    """The command does not apply to the current state; the message says why, for the chair.

    ``template`` is the English reason with ``{name}`` placeholders, marked for translation
    (context ``Refusal``), and ``arguments`` fill them: ``str()`` is the English reason (logs,
    the backend), and the console shows the template translated, filled with the arguments.
    """

    def __init__(self, template: str, **arguments: object) -> None:
        self.template = template
        self.arguments = arguments
        super().__init__(template.format(**arguments) if arguments else template)


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

#: A speaker's time (allotted, spoken, remaining) beyond a day is a typing mistake.
MAX_ALLOTTED_MS = 24 * 3_600_000
#: Ids a command creates (agenda items, participants put back) fit the stores' columns.
MAX_ID = 64
#: A session's languages ("en, fr, es") and a participant's language.
MAX_LANGUAGES = 100


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
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "command is for session {session}, not this one"),
                session=self.session_id,
            )

    def _check_turn(self, state: SessionState, for_turn_id: str) -> None:
        """A clock action is meant for the turn on the floor when the chair pressed the key.
        Sent later (queued offline) it may meet another floor at the backend — the floor the
        chair gave meanwhile was refused, another console moved it on: it is refused then,
        never applied to whoever has the floor there. Empty: any turn (older consoles)."""
        if for_turn_id and state.current_turn_id != for_turn_id:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The floor has moved on: this was for a turn that no longer has it"
                )
            )


#: Every command class by its ``name``; the package's ``__init__`` imports every command
#: module, so the catalogue is complete wherever ``moderator.domain.commands`` is imported.
COMMAND_TYPES: dict[str, type[Command]] = {}

_CommandClass = TypeVar("_CommandClass", bound=type[Command])


def register(cls: _CommandClass) -> _CommandClass:
    """Make a command class known to ``command_from`` (a class decorator)."""
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


# --- Entries and names --------------------------------------------------------------------


def existing_entry(state: SessionState, entry_id: str) -> SpeakerEntry:
    """The list entry ``entry_id``, or the refusal saying it is not on this session's list."""
    if not state.has_entry(entry_id):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "That speaker is not on this session's list")
        )
    return state.entry(entry_id)


def speaker_name(state: SessionState, entry: SpeakerEntry) -> str:
    """The name of the entry's speaker, as a refusal tells the chair."""
    participant = state.participants.get(entry.participant_id)
    return participant.name if participant else "That speaker"


# --- Free-text fields and ids -------------------------------------------------------------


def trimmed_text(value: str, label: str, longest: int) -> str:
    """A free-text field, trimmed; refused by name when longer than the stores keep, or when
    it holds a control character (a NUL pasted from a spreadsheet) or half of a surrogate
    pair, which the backend refuses: queued, such an action could never be sent."""
    text = value.strip()
    if len(text) > longest:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "{label}: at most {longest} characters ({given} given)"),
            label=label,
            longest=longest,
            given=len(text),
        )
    _check_characters(text, label)
    return text


def _check_characters(text: str, label: str) -> None:
    for character in text:
        if (character < " " and character not in "\t\n") or "\ud800" <= character <= "\udfff":
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "{label}: a character that cannot be stored (U+{code:04X})"
                ),
                label=label,
                code=ord(character),
            )


def check_storable(command: Command) -> None:
    """Refuse a command any of whose texts holds a control character or half of a surrogate
    pair (pasted from a spreadsheet, typed through an input method gone wrong): the file and
    the backend refuse them, and a queued action the backend refuses as malformed could only
    be set aside. Checked before ``decide``, for every command alike."""
    for field in dataclasses.fields(command):
        value = getattr(command, field.name)
        if isinstance(value, str):
            _check_characters(value, field.name.replace("_", " ").capitalize())


def check_id(value: str, what: str) -> None:
    """Refuse an id a command creates when it is empty or longer than the stores keep."""
    if not value or len(value) > MAX_ID:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "A {what} id of 1 to {limit} characters is needed"),
            what=what,
            limit=MAX_ID,
        )


# --- The floor: the clock, closing the current turn ---------------------------------------


def clock_event(state: SessionState, clock: SpeakerClock) -> ClockChanged:
    """The current speaker's clock is now ``clock``."""
    return ClockChanged(state.session.id, state.current_entry_id, state.current_turn_id, clock)


def checked_clock(
    status: str, allotted_ms: int, accumulated_ms: int, running_since_ms: int
) -> SpeakerClock:
    """A clock from command arguments (an undo putting a clock back), with the reason in the
    chair's words when invalid."""
    try:
        clock_status = ClockStatus(status)
    except ValueError:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "Unknown clock status {status!r}"), status=status
        ) from None
    if not (0 <= allotted_ms <= MAX_ALLOTTED_MS and 0 <= accumulated_ms <= MAX_ALLOTTED_MS):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The time must be between 0:00 and 24 hours")
        )
    running = clock_status is ClockStatus.RUNNING
    if running and running_since_ms <= 0:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "A running clock needs the moment it started")
        )
    return SpeakerClock(
        allotted_ms=allotted_ms,
        accumulated_ms=accumulated_ms,
        running_since_ms=running_since_ms if running else None,
        status=clock_status,
    )


def close_current_turn(state: SessionState, at_ms: int, resuming: bool = False) -> list[Event]:
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


def _close_turn(state: SessionState, at_ms: int) -> list[Event]:
    events: list[Event] = []
    turn = state.turns.get(state.current_turn_id or "")
    if turn is not None:
        spoken = state.clock.elapsed_ms(at_ms)
        events.append(
            TurnClosed(
                turn_id=turn.id,
                ended_at_ms=at_ms,
                allotted_ms=state.clock.allotted_ms,
                spoken_ms=spoken,
                paused_ms=paused_ms(
                    turn, spoken, set_aside_ms(turn, state.turns.values(), at_ms), at_ms
                ),
                overrun_ms=max(0, spoken - state.clock.allotted_ms),
            )
        )
    return events


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
        events.append(
            TurnClosed(
                turn_id=turn.id,
                ended_at_ms=at_ms,
                allotted_ms=turn.allotted_ms,
                spoken_ms=turn.spoken_ms,
                # The intervention still has the floor until ``at_ms``: that time is set aside.
                paused_ms=paused_ms(
                    turn,
                    turn.spoken_ms,
                    set_aside_ms(turn, state.turns.values(), at_ms),
                    at_ms,
                ),
                overrun_ms=max(0, turn.spoken_ms - turn.allotted_ms),
            )
        )
    return events
