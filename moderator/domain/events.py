"""Events: the facts a command produces, which storage persists and the UI applies.

A command (``commands``) is decided against the current state and yields events; the events are
written in one transaction and then applied to the in-memory state with ``SessionState.apply``.
Keeping "decide" and "apply" apart is what lets the application commit *before* the chair sees a
change: if the write fails, nothing on screen moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Hand,
    Meeting,
    Participant,
    Session,
    SessionDetails,
    SpeakerEntry,
    Turn,
)
from moderator.domain.timing.clock import SpeakerClock


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
class EntryRemoved:
    """A place on a list that no longer exists (the backend refused the command that made it,
    or its agenda was replaced)."""

    entry_id: str


@dataclass(frozen=True, slots=True)
class HandRemoved:
    """A hand the backend no longer lists (lowered while this console was away)."""

    hand_id: str


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


@dataclass(frozen=True, slots=True)
class MeetingChanged:
    """The meeting as it now is (its timer thresholds set by the chair)."""

    meeting: Meeting


@dataclass(frozen=True, slots=True)
class SessionChanged:
    """The session as it now is (title, room, scheduled times edited in the agenda editor)."""

    session: Session


@dataclass(frozen=True, slots=True)
class AgendaItemAdded:
    """A new agenda item of the session (the agenda editor)."""

    item: AgendaItem


@dataclass(frozen=True, slots=True)
class AgendaItemRemoved:
    """An agenda item taken off the agenda, with the entries of its list (all of them removed
    ones: an item with speakers still on its list cannot be removed)."""

    item_id: str
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParticipantChanged:
    """A roster entry as it now is (name, function, organisation, group, gender, attendance)."""

    participant: Participant


@dataclass(frozen=True, slots=True)
class ParticipantRemoved:
    """A participant taken off the roster (the undo of adding one), with the entries that
    still named them (all of them removed ones: someone on a list cannot be taken off)."""

    participant_id: str
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionDetailsChanged:
    """The session's details as they now are (format, languages, track, type)."""

    details: SessionDetails


@dataclass(frozen=True, slots=True)
class ParticipantLanguageChanged:
    """A participant's language as it now is (``""``: none given)."""

    participant_id: str
    language: str


Event = (
    EntryStateChanged
    | EntryAdded
    | EntryChanged
    | EntryRemoved
    | ClockChanged
    | TurnOpened
    | TurnClosed
    | TurnChanged
    | TurnRemoved
    | HandChanged
    | HandRemoved
    | ParticipantAdded
    | AgendaItemChanged
    | MeetingChanged
    | SessionChanged
    | AgendaItemAdded
    | AgendaItemRemoved
    | ParticipantChanged
    | ParticipantRemoved
    | SessionDetailsChanged
    | ParticipantLanguageChanged
)
