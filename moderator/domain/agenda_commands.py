"""Agenda editing as commands: the session, its agenda items, the roster and speech types.

Technical staff preload a day in the agenda editor; every edit is a command like a chair's
keystroke (plain JSON arguments, decided against a ``SessionState`` into events, stored with the
command log and, for a followed session, queued for the backend and replayed there unchanged).
Commands are scoped to one session; roster commands name the session they travel with, and
change the meeting's participant.

Agenda item positions are places in the agenda counted from 1. Adding, moving or removing an
item renumbers the session's items 1, 2, 3… and every item whose number changed is an
``AgendaItemChanged`` event, so every copy (SQLite, backend, other consoles) takes the same
order.

Undo is, as for the list commands, another command computed from the state before the edit:
``inverse_of_agenda`` (called by ``undo.inverse_of``). Putting back what is already there yields
no events (the backend answers ``noop``).

A session's details (format, languages, track, type: ``set_session_details``) and a
participant's language (``set_participant_language``) are commands too, kept beside the
session and the roster (``SessionState.details``, ``SessionState.languages``). The language is
not public: the backend gives it to staff and chairs only (``docs/protocol.md``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands import Command, CommandRejected, register
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    EntryChanged,
    Event,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
    SessionChanged,
    SessionDetailsChanged,
)
from moderator.domain.list_commands import AddParticipant, _existing_entry, _name
from moderator.domain.model import (
    AgendaItem,
    Attendance,
    EntryState,
    Participant,
    SessionDetails,
    SessionFormat,
    SpeechType,
    StakeholderGroup,
)
from moderator.domain.session_state import SessionState

MAX_TITLE = 500
MAX_ROOM = 200
MAX_PERSON_FIELD = 300
MAX_GENDER = 32
#: A session's languages ("en, fr, es") and a participant's language.
MAX_LANGUAGES = 100
MAX_TRACK = 300
MAX_SESSION_TYPE = 300
MAX_ID = 64
#: A planned duration beyond a day is a typing mistake, not an agenda item.
MAX_DURATION_MS = 24 * 3_600_000
#: Scheduled times are instants since 1970 in milliseconds; nothing is planned before 2000.
EARLIEST_MS = 946_684_800_000


def _title(text: str, what: str) -> str:
    title = text.strip()
    if not title:
        raise CommandRejected(f"The {what} needs a title")
    if len(title) > MAX_TITLE:
        raise CommandRejected(f"The {what} title is longer than {MAX_TITLE} characters")
    return title


def _check_id(value: str, what: str) -> None:
    if not value or len(value) > MAX_ID:
        raise CommandRejected(f"A {what} id of 1 to {MAX_ID} characters is needed")


def _item(state: SessionState, item_id: str) -> AgendaItem:
    item = next((i for i in state.agenda_items if i.id == item_id), None)
    if item is None:
        raise CommandRejected("That agenda item is not in this session")
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
        raise CommandRejected(f"The position must be between 1 and {count}")
    return position - 1


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
        title = _title(self.title, "session")
        room = self.room.strip()
        if len(room) > MAX_ROOM:
            raise CommandRejected(f"The room is longer than {MAX_ROOM} characters")
        if self.scheduled_start_ms < EARLIEST_MS:
            raise CommandRejected("The start is not a date this century")
        if self.scheduled_end_ms <= self.scheduled_start_ms:
            raise CommandRejected("The session must end after it starts")
        if self.scheduled_end_ms - self.scheduled_start_ms > 7 * 24 * 3_600_000:
            raise CommandRejected("A session cannot last more than a week")
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
        _check_id(self.agenda_item_id, "agenda item")
        title = _title(self.title, "agenda item")
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
            raise CommandRejected("That agenda item already exists")
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
        title = _title(self.title, "agenda item")
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
                f"“{item.title}” still has {speakers} on its list: take them off it first"
            )
        if any(turn.agenda_item_id == item.id for turn in state.turns.values()):
            raise CommandRejected(f"Someone has spoken under “{item.title}”: it stays on record")
        order = [i for i in state.agenda_items if i.id != item.id]
        removed = AgendaItemRemoved(item.id, tuple(e.id for e in entries))
        return [removed, *_renumbered(state, order)]


@register
@dataclass(frozen=True, slots=True)
class EditParticipant(Command):
    """A roster entry: name, function, organisation or delegation, stakeholder group, gender
    (optional: empty means not given) and attendance (in the room or remote)."""

    name: ClassVar[str] = "edit_participant"
    participant_id: str
    person_name: str
    function: str = ""
    organisation: str = ""
    stakeholder_group: str = StakeholderGroup.OTHER.value
    gender: str = ""
    attendance: str = Attendance.IN_ROOM.value

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        known = state.participants.get(self.participant_id)
        if known is None:
            raise CommandRejected("That person is not a participant of this meeting")
        edited = _person(state, known.id, self, is_demo=known.is_demo)
        if edited == known:
            return []
        return [ParticipantChanged(edited)]


@register
@dataclass(frozen=True, slots=True)
class RemoveParticipant(Command):
    """Take someone off the roster: the undo of adding them. Refused while they are on a list
    (places taken off a list, state "removed", go with them) or have a hand or a turn on record
    in the session. Storage keeps a participant whom another session's list still names (see
    ``repository``), so a roster shared by several sessions never loses a speaker."""

    name: ClassVar[str] = "remove_participant"
    participant_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        participant = state.participants.get(self.participant_id)
        if participant is None:
            return []
        entries = [e for e in state.entries if e.participant_id == participant.id]
        if any(e.state is not EntryState.REMOVED for e in entries):
            raise CommandRejected(f"{participant.name} is on a list of speakers")
        if any(h.participant_id == participant.id for h in state.hands.values()):
            raise CommandRejected(f"{participant.name} has raised a hand in this session")
        if any(t.participant_id == participant.id for t in state.turns.values()):
            raise CommandRejected(f"{participant.name} has spoken in this session")
        return [ParticipantRemoved(participant.id, tuple(e.id for e in entries))]


@register
@dataclass(frozen=True, slots=True)
class RestoreParticipant(Command):
    """Put a participant back on the roster with every field (the undo of removing them)."""

    name: ClassVar[str] = "restore_participant"
    participant_id: str
    person_name: str
    function: str = ""
    organisation: str = ""
    stakeholder_group: str = StakeholderGroup.OTHER.value
    gender: str = ""
    attendance: str = Attendance.IN_ROOM.value

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        _check_id(self.participant_id, "participant")
        participant = _person(state, self.participant_id, self)
        known = state.participants.get(self.participant_id)
        if known is not None:
            if known == participant:
                return []
            raise CommandRejected("That participant already exists")
        return [ParticipantAdded(participant)]


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
        entry = _existing_entry(state, self.entry_id)
        try:
            speech_type = SpeechType(self.speech_type)
        except ValueError:
            raise CommandRejected(f"Unknown speech type {self.speech_type!r}") from None
        if entry.speech_type is speech_type:
            return []
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(f"{_name(state, entry)} is not waiting ({entry.state.value})")
        item = state.agenda_item(entry.agenda_item_id)
        if item.list_closed and speech_type in (SpeechType.STATEMENT, SpeechType.FLOOR):
            raise CommandRejected(f"The list of speakers of “{item.title}” is closed")
        return [EntryChanged(dataclasses.replace(entry, speech_type=speech_type))]


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
            track=_text(self.track, "Track", MAX_TRACK),
            session_type=_text(self.session_type, "Session type", MAX_SESSION_TYPE),
            languages=_text(self.languages, "Languages", MAX_LANGUAGES),
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
class SetParticipantLanguage(Command):
    """A participant's language (``""``: none). Personal data, like gender: the backend gives
    it to staff and chairs, never to the public feed."""

    name: ClassVar[str] = "set_participant_language"
    participant_id: str
    language: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if self.participant_id not in state.participants:
            raise CommandRejected("That person is not a participant of this meeting")
        language = _text(self.language, "Language", MAX_LANGUAGES)
        if state.language_of(self.participant_id) == language:
            return []
        return [ParticipantLanguageChanged(self.participant_id, language)]


def _text(value: str, label: str, longest: int) -> str:
    """A free-text field, trimmed; refused by name when longer than the stores keep."""
    text = value.strip()
    if len(text) > longest:
        raise CommandRejected(f"{label}: at most {longest} characters ({len(text)} given)")
    return text


def _session_format(value: str) -> SessionFormat | None:
    if not value:
        return None
    try:
        return SessionFormat(value)
    except ValueError:
        known = ", ".join(f.value for f in SessionFormat)
        raise CommandRejected(
            f"Format: {value!r} is not one of {known} (or empty when not known)"
        ) from None


def _person(
    state: SessionState,
    participant_id: str,
    fields: EditParticipant | RestoreParticipant,
    is_demo: bool = False,
) -> Participant:
    """A participant from a roster command's fields, checked, with the reason when not valid."""
    name = fields.person_name.strip()
    if not name or len(name) > MAX_PERSON_FIELD:
        raise CommandRejected(f"A name of 1 to {MAX_PERSON_FIELD} characters is needed")
    for label, value in (("function", fields.function), ("organisation", fields.organisation)):
        if len(value.strip()) > MAX_PERSON_FIELD:
            raise CommandRejected(f"The {label} is longer than {MAX_PERSON_FIELD} characters")
    gender = fields.gender.strip()
    if len(gender) > MAX_GENDER:
        raise CommandRejected(f"The gender is longer than {MAX_GENDER} characters")
    try:
        group = StakeholderGroup(fields.stakeholder_group)
    except ValueError:
        raise CommandRejected(f"Unknown stakeholder group {fields.stakeholder_group!r}") from None
    try:
        attendance = Attendance(fields.attendance)
    except ValueError:
        raise CommandRejected(f"Unknown attendance {fields.attendance!r}") from None
    return Participant(
        id=participant_id,
        meeting_id=state.meeting.id,
        name=name,
        function=fields.function.strip(),
        organisation=fields.organisation.strip(),
        stakeholder_group=group,
        attendance=attendance,
        gender=gender or None,
        is_demo=is_demo,
    )


def _check_duration(duration_ms: int) -> None:
    if not 0 <= duration_ms <= MAX_DURATION_MS:
        raise CommandRejected("The planned duration must be between 0:00 and 24 hours")


def inverse_of_agenda(command: Command, before: SessionState) -> Command | None:
    """The command that undoes an agenda command, from the state just before it; ``None`` for
    any other command (``undo.inverse_of`` handles those) or when there is nothing to undo."""
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


def _known_item(state: SessionState, item_id: str) -> AgendaItem | None:
    return next((i for i in state.agenda_items if i.id == item_id), None)


def _number(state: SessionState, item: AgendaItem) -> int:
    """The item's place in the agenda, counted from 1."""
    return [i.id for i in state.agenda_items].index(item.id) + 1


__all__ = [
    "AddAgendaItem",
    "EditAgendaItem",
    "EditParticipant",
    "EditSession",
    "RemoveAgendaItem",
    "RemoveParticipant",
    "RestoreParticipant",
    "SetParticipantLanguage",
    "SetSessionDetails",
    "SetSpeechType",
    "inverse_of_agenda",
    "inverse_of_roster_add",
]


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
