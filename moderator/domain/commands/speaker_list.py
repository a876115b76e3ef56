"""Commands on the list of speakers: add a speaker, take them off, pass over them, put them
back, mark them done, move them, change their time or speech type, close or reopen an agenda
item's list.

Idempotence with several consoles: putting something where it already is (removing a removed
entry, moving to the key it has) yields no events, so the backend answers ``noop``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands.base import (
    MAX_ALLOTTED_MS,
    Command,
    CommandRejected,
    close_current_turn,
    existing_entry,
    register,
    speaker_name,
)
from moderator.domain.events import (
    AgendaItemChanged,
    ClockChanged,
    EntryAdded,
    EntryChanged,
    Event,
)
from moderator.domain.model import (
    EntryOrigin,
    EntryState,
    HandSource,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import is_valid_key
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import SpeakerClock
from moderator.domain.translatable import QT_TRANSLATE_NOOP

#: States a list entry may be put back to by ``RestoreEntry``.
_RESTORABLE = frozenset({EntryState.WAITING, EntryState.SKIPPED, EntryState.DONE})


@register
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
    #: Where the hand that brings them was raised (``HandSource``); "" for none.
    hand_source: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        try:
            EntryOrigin(self.origin)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Unknown origin {origin!r}"), origin=self.origin
            ) from None
        if self.hand_source and HandSource.of(self.hand_source) is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Unknown hand source {source!r}"),
                source=self.hand_source,
            )
        if state.has_entry(self.entry_id):
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "This speaker entry already exists"))
        item = next((i for i in state.agenda_items if i.id == self.agenda_item_id), None)
        if item is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That agenda item is not in this session")
            )
        if self.participant_id not in state.participants:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That person is not a participant of this meeting")
            )
        try:
            speech_type = SpeechType(self.speech_type)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Unknown speech type {speech_type!r}"),
                speech_type=self.speech_type,
            ) from None
        if item.list_closed and speech_type in (SpeechType.STATEMENT, SpeechType.FLOOR):
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "The list of speakers of “{title}” is closed (points of order and rights of reply are still possible)",  # noqa: E501
                ),
                title=item.title,
            )
        if not 0 <= self.allotted_ms <= MAX_ALLOTTED_MS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The allotted time must be between 0 and 24 hours")
            )
        if not is_valid_key(self.order_key):
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "Not a valid place in the list"))
        entry = SpeakerEntry(
            id=self.entry_id,
            agenda_item_id=self.agenda_item_id,
            participant_id=self.participant_id,
            speech_type=speech_type,
            allotted_ms=self.allotted_ms,
            order_key=self.order_key,
            origin=self.origin,
            hand_source=self.hand_source,
        )
        return [EntryAdded(entry)]


@register
@dataclass(frozen=True, slots=True)
class RemoveEntry(Command):
    """Take a speaker off the list (kept as "removed", so it can be put back)."""

    name: ClassVar[str] = "remove_entry"
    entry_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = existing_entry(state, self.entry_id)
        if entry.state is EntryState.REMOVED:
            return []
        if entry.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "{name} has the floor: end their turn before removing them"
                ),
                name=speaker_name(state, entry),
            )
        if entry.state is EntryState.DONE:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} has already spoken"),
                name=speaker_name(state, entry),
            )
        return [EntryChanged(dataclasses.replace(entry, state=EntryState.REMOVED))]


@register
@dataclass(frozen=True, slots=True)
class SkipEntry(Command):
    """Pass over a waiting speaker (absent, not ready); they keep their place to come back."""

    name: ClassVar[str] = "skip_entry"
    entry_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = existing_entry(state, self.entry_id)
        if entry.state is EntryState.SKIPPED:
            return []
        if entry.state is not EntryState.WAITING:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=speaker_name(state, entry),
                state=entry.state.value,
            )
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
        entry = existing_entry(state, self.entry_id)
        try:
            target = EntryState(self.state)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Cannot put an entry back to {state!r}"),
                state=self.state,
            ) from None
        if target not in _RESTORABLE:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Cannot put an entry back to {state!r}"),
                state=self.state,
            )
        if entry.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} has the floor"),
                name=speaker_name(state, entry),
            )
        if entry.state is EntryState.DONE and entry.started_at_ms is not None:
            # Their turn is on record; speaking again is a new place on the list.
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} has already spoken: add them again"),
                name=speaker_name(state, entry),
            )
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
        entry = existing_entry(state, self.entry_id)
        if entry.state is EntryState.DONE:
            return []
        if entry.id == state.current_entry_id:
            events = close_current_turn(state, self.at_ms, resuming=True)
            if state.interrupted_entry() is None:
                events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
            return events
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=speaker_name(state, entry),
                state=entry.state.value,
            )
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
        entry = existing_entry(state, self.entry_id)
        if not is_valid_key(self.order_key):
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "Not a valid place in the list"))
        item_id = self.agenda_item_id or entry.agenda_item_id
        if item_id not in {item.id for item in state.agenda_items}:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That agenda item is not in this session")
            )
        if (entry.order_key, entry.agenda_item_id) == (self.order_key, item_id):
            return []
        if entry.state in (EntryState.DONE, EntryState.REMOVED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is no longer waiting to speak"),
                name=speaker_name(state, entry),
            )
        moved = dataclasses.replace(entry, order_key=self.order_key, agenda_item_id=item_id)
        return [EntryChanged(moved)]


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
        entry = existing_entry(state, self.entry_id)
        if not 0 <= self.allotted_ms <= MAX_ALLOTTED_MS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The allotted time must be between 0:00 and 24 hours")
            )
        if entry.allotted_ms == self.allotted_ms:
            return []
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=speaker_name(state, entry),
                state=entry.state.value,
            )
        return [EntryChanged(dataclasses.replace(entry, allotted_ms=self.allotted_ms))]


@register
@dataclass(frozen=True, slots=True)
class SetSpeechType(Command):
    """Change a waiting speaker's speech type (statement, question from the floor…). A closed
    list refuses a change to a statement or a floor request, as it refuses adding one."""

    name: ClassVar[str] = "set_speech_type"
    entry_id: str
    speech_type: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = existing_entry(state, self.entry_id)
        try:
            speech_type = SpeechType(self.speech_type)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Unknown speech type {speech_type!r}"),
                speech_type=self.speech_type,
            ) from None
        if entry.speech_type is speech_type:
            return []
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=speaker_name(state, entry),
                state=entry.state.value,
            )
        item = state.agenda_item(entry.agenda_item_id)
        if item.list_closed and speech_type in (SpeechType.STATEMENT, SpeechType.FLOOR):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The list of speakers of “{title}” is closed"),
                title=item.title,
            )
        return [EntryChanged(dataclasses.replace(entry, speech_type=speech_type))]


@register
@dataclass(frozen=True, slots=True)
class SetListClosed(Command):
    """Close an agenda item's list of speakers (no new statements or floor requests; points of
    order and rights of reply stay possible), or open it again."""

    name: ClassVar[str] = "set_list_closed"
    agenda_item_id: str
    closed: bool

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        item = next((i for i in state.agenda_items if i.id == self.agenda_item_id), None)
        if item is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That agenda item is not in this session")
            )
        if item.list_closed == self.closed:
            return []
        return [AgendaItemChanged(dataclasses.replace(item, list_closed=self.closed))]
