"""Agenda editing as commands: the session (title, room, times, details) and its agenda items.

Technical staff preload a day in the agenda editor; every edit is a command like a chair's
keystroke (plain JSON arguments, decided against a ``SessionState`` into events, stored with the
command log and, for a followed session, queued for the backend and replayed there unchanged).

Agenda item positions are places in the agenda counted from 1. Adding, moving or removing an
item renumbers the session's items 1, 2, 3… and every item whose number changed is an
``AgendaItemChanged`` event, so every copy (SQLite, backend, other consoles) takes the same
order.

A session's details (format, languages, track, type: ``set_session_details``) are kept beside
the session (``SessionState.details``). Putting back what is already there yields no events
(the backend answers ``noop``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands.base import (
    MAX_LANGUAGES,
    Command,
    CommandRejected,
    check_id,
    register,
    trimmed_text,
)
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    Event,
    SessionChanged,
    SessionDetailsChanged,
)
from moderator.domain.model import AgendaItem, EntryState, SessionDetails, SessionFormat
from moderator.domain.session_state import SessionState
from moderator.domain.translatable import QT_TRANSLATE_NOOP

MAX_TITLE = 500
MAX_ROOM = 200
MAX_TRACK = 300
MAX_SESSION_TYPE = 300
#: A planned duration beyond a day is a typing mistake, not an agenda item.
MAX_DURATION_MS = 24 * 3_600_000
#: Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.
EARLIEST_MS = 946_684_800_000


@register
@dataclass(frozen=True, slots=True)
class EditSession(Command):
    """The session's title, room and scheduled start and end (instants in ms)."""

    name: ClassVar[str] = "edit_session"
    title: str
    room: str
    scheduled_start_ms: int
    scheduled_end_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        title = _title(self.title, QT_TRANSLATE_NOOP("Label", "session"))
        room = self.room.strip()
        if len(room) > MAX_ROOM:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The room is longer than {limit} characters"),
                limit=MAX_ROOM,
            )
        if self.scheduled_start_ms < EARLIEST_MS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The start is not a date this century")
            )
        if self.scheduled_end_ms <= self.scheduled_start_ms:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The session must end after it starts")
            )
        if self.scheduled_end_ms - self.scheduled_start_ms > 7 * 24 * 3_600_000:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "A session cannot last more than a week")
            )
        edited = dataclasses.replace(
            state.session,
            title=title,
            room=room,
            scheduled_start_ms=self.scheduled_start_ms,
            scheduled_end_ms=self.scheduled_end_ms,
        )
        if edited == state.session:
            return []
        return [SessionChanged(edited)]


@register
@dataclass(frozen=True, slots=True)
class SetSessionDetails(Command):
    """The session's track, type, languages ("en, fr") and format (``in_person``, ``hybrid``,
    ``virtual``; ``""`` when not known): public schedule facts, synced like the title."""

    name: ClassVar[str] = "set_session_details"
    track: str
    session_type: str
    languages: str
    format: str = ""

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        details = SessionDetails(
            session_id=state.session.id,
            track=trimmed_text(self.track, QT_TRANSLATE_NOOP("Label", "Track"), MAX_TRACK),
            session_type=trimmed_text(
                self.session_type, QT_TRANSLATE_NOOP("Label", "Session type"), MAX_SESSION_TYPE
            ),
            languages=trimmed_text(
                self.languages, QT_TRANSLATE_NOOP("Label", "Languages"), MAX_LANGUAGES
            ),
            format=_session_format(self.format),
        )
        if details == state.details:
            return []
        return [SessionDetailsChanged(details)]

    @classmethod
    def of(cls, session_id: str, details: SessionDetails) -> SetSessionDetails:
        """The command that sets ``details`` (the format as its value, ``""`` when unknown)."""
        session_format = details.format.value if details.format is not None else ""
        return cls(
            session_id, details.track, details.session_type, details.languages, session_format
        )


@register
@dataclass(frozen=True, slots=True)
class AddAgendaItem(Command):
    """A new agenda item at ``position`` (1 = first; 0 = after the last)."""

    name: ClassVar[str] = "add_agenda_item"
    agenda_item_id: str
    title: str
    planned_duration_ms: int = 0
    position: int = 0
    list_closed: bool = False  # when an undo puts a removed item back

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        check_id(self.agenda_item_id, QT_TRANSLATE_NOOP("Label", "agenda item"))
        title = _title(self.title, QT_TRANSLATE_NOOP("Label", "agenda item"))
        _check_duration(self.planned_duration_ms)
        item = AgendaItem(
            id=self.agenda_item_id,
            session_id=state.session.id,
            position=0,
            title=title,
            planned_duration_ms=self.planned_duration_ms,
            list_closed=self.list_closed,
        )
        known = next((i for i in state.agenda_items if i.id == item.id), None)
        if known is not None:
            same = (known.title, known.planned_duration_ms) == (title, self.planned_duration_ms)
            if same:
                return []  # this very item was added already (a retry, another console)
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "That agenda item already exists"))
        order = list(state.agenda_items)
        order.insert(_place(self.position, len(order) + 1), item)
        number = order.index(item) + 1
        added = dataclasses.replace(item, position=number)
        return [*_renumbered(state, order), AgendaItemAdded(added)]


@register
@dataclass(frozen=True, slots=True)
class EditAgendaItem(Command):
    """An agenda item's title, planned duration and place in the agenda (1 = first)."""

    name: ClassVar[str] = "edit_agenda_item"
    agenda_item_id: str
    title: str
    planned_duration_ms: int
    position: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        item = _item(state, self.agenda_item_id)
        title = _title(self.title, QT_TRANSLATE_NOOP("Label", "agenda item"))
        _check_duration(self.planned_duration_ms)
        order = [i for i in state.agenda_items if i.id != item.id]
        order.insert(_place(self.position, len(order) + 1), item)
        number = order.index(item) + 1
        edited = dataclasses.replace(
            item, title=title, planned_duration_ms=self.planned_duration_ms, position=number
        )
        events = _renumbered(state, order, keep=item.id)
        if edited != item:
            events.append(AgendaItemChanged(edited))
        return events


@register
@dataclass(frozen=True, slots=True)
class RemoveAgendaItem(Command):
    """Take an agenda item off the agenda: only while nobody is on its list (speakers taken
    off it, state "removed", go with it)."""

    name: ClassVar[str] = "remove_agenda_item"
    agenda_item_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        item = next((i for i in state.agenda_items if i.id == self.agenda_item_id), None)
        if item is None:
            return []  # already gone
        entries = state.entries_of(item.id)
        listed = [e for e in entries if e.state is not EntryState.REMOVED]
        if listed:
            count = len(listed)
            speakers = "1 speaker" if count == 1 else f"{count} speakers"
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "“{title}” still has {speakers} on its list: take them off it first"
                ),
                title=item.title,
                speakers=speakers,
            )
        if any(turn.agenda_item_id == item.id for turn in state.turns.values()):
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "Someone has spoken under “{title}”: it stays on record"
                ),
                title=item.title,
            )
        order = [i for i in state.agenda_items if i.id != item.id]
        removed = AgendaItemRemoved(item.id, tuple(e.id for e in entries))
        return [removed, *_renumbered(state, order)]


def _title(text: str, what: str) -> str:
    title = text.strip()
    if not title:
        raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "The {what} needs a title"), what=what)
    if len(title) > MAX_TITLE:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The {what} title is longer than {limit} characters"),
            what=what,
            limit=MAX_TITLE,
        )
    return title


def _item(state: SessionState, item_id: str) -> AgendaItem:
    item = next((i for i in state.agenda_items if i.id == item_id), None)
    if item is None:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "That agenda item is not in this session")
        )
    return item


def _renumbered(state: SessionState, order: list[AgendaItem], keep: str = "") -> list[Event]:
    """``AgendaItemChanged`` for every item of ``order`` whose number (1, 2, 3…) changes;
    ``keep`` (an item the caller reports itself) is left out."""
    known = {item.id: item for item in state.agenda_items}
    events: list[Event] = []
    for number, item in enumerate(order, start=1):
        if item.id == keep or item.id not in known:
            continue
        if known[item.id].position != number:
            events.append(AgendaItemChanged(dataclasses.replace(item, position=number)))
    return events


def _place(position: int, count: int) -> int:
    """A 1-based place among ``count`` places as a list index; 0 means the last place."""
    if position == 0:
        return count - 1
    if not 1 <= position <= count:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The position must be between 1 and {count}"), count=count
        )
    return position - 1


def _check_duration(duration_ms: int) -> None:
    if not 0 <= duration_ms <= MAX_DURATION_MS:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The planned duration must be between 0:00 and 24 hours")
        )


def _session_format(value: str) -> SessionFormat | None:
    if not value:
        return None
    try:
        return SessionFormat(value)
    except ValueError:
        known = ", ".join(f.value for f in SessionFormat)
        raise CommandRejected(
            QT_TRANSLATE_NOOP(
                "Refusal", "Format: {value!r} is not one of {known} (or empty when not known)"
            ),
            value=value,
            known=known,
        ) from None
