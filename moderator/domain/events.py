"""Events: the facts a command produces, which storage persists and the UI applies.

A command (``commands``) is decided against the current state and yields events; the events are
written in one transaction and then applied to the in-memory state with ``SessionState.apply``.
Keeping "decide" and "apply" apart is what lets the application commit *before* the chair sees a
change: if the write fails, nothing on screen moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderator.domain.clock import SpeakerClock
from moderator.domain.model import AgendaItem, EntryState, Hand, Participant, SpeakerEntry, Turn


@dataclass(frozen=True, slots=True)
class EntryStateChanged:
    entry_id: str
    state: EntryState
    started_at_ms: int | None
    ended_at_ms: int | None


@dataclass(frozen=True, slots=True)
class EntryAdded:
    """A new place on a list of speakers."""

    entry: SpeakerEntry


@dataclass(frozen=True, slots=True)
class ClockChanged:
    """The session's speaker clock now belongs to ``entry_id`` (or nobody) and reads ``clock``."""

    session_id: str
    entry_id: str | None
    turn_id: str | None
    clock: SpeakerClock


@dataclass(frozen=True, slots=True)
class TurnOpened:
    turn: Turn


@dataclass(frozen=True, slots=True)
class TurnClosed:
    turn_id: str
    ended_at_ms: int
    allotted_ms: int
    spoken_ms: int
    paused_ms: int
    overrun_ms: int


@dataclass(frozen=True, slots=True)
class HandChanged:
    """A hand was raised or lowered; carries the hand as it now is."""

    hand: Hand


@dataclass(frozen=True, slots=True)
class EntryChanged:
    """A list entry as it now is (moved, skipped, removed, put back…): the whole entry, so
    every copy (SQLite, backend, other consoles) just takes it."""

    entry: SpeakerEntry


@dataclass(frozen=True, slots=True)
class TurnChanged:
    """A turn record as it now is (e.g. reopened by an undo)."""

    turn: Turn


@dataclass(frozen=True, slots=True)
class TurnRemoved:
    """A turn that should never have happened (its "give the floor" was undone)."""

    turn_id: str


@dataclass(frozen=True, slots=True)
class ParticipantAdded:
    """Someone not on the roster, added by the chair (a walk-in speaker)."""

    participant: Participant


@dataclass(frozen=True, slots=True)
class AgendaItemChanged:
    """An agenda item as it now is (its list closed or opened again)."""

    item: AgendaItem


Event = (
    EntryStateChanged
    | EntryAdded
    | EntryChanged
    | ClockChanged
    | TurnOpened
    | TurnClosed
    | TurnChanged
    | TurnRemoved
    | HandChanged
    | ParticipantAdded
    | AgendaItemChanged
)
