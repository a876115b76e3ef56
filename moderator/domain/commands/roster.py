"""The meeting's roster as commands: a walk-in added by the chair, and the agenda editor's
edits (edit, remove, put back a participant; a participant's language).

Roster commands travel with a session (they name it and are checked against its state) but
change the meeting's participant, whom every session of the meeting shares. A participant's
language (``set_participant_language``) is kept beside the roster
(``SessionState.languages``); it is not public: the backend gives it to staff and chairs only
(``docs/protocol.md``).
"""

from __future__ import annotations

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
    Event,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
)
from moderator.domain.model import Attendance, EntryState, Participant, StakeholderGroup
from moderator.domain.session_state import SessionState
from moderator.domain.translatable import QT_TRANSLATE_NOOP

MAX_PERSON_FIELD = 300
MAX_GENDER = 32


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
        self._check_session(state)
        name = self.person_name.strip()
        if not name or len(name) > MAX_PERSON_FIELD:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "A name of 1 to {limit} characters is needed"),
                limit=MAX_PERSON_FIELD,
            )
        if len(self.organisation) > MAX_PERSON_FIELD:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The organisation is longer than {limit} characters"),
                limit=MAX_PERSON_FIELD,
            )
        try:
            attendance = Attendance(self.attendance)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Unknown attendance {attendance!r}"),
                attendance=self.attendance,
            ) from None
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
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "That participant already exists"))
        return [ParticipantAdded(participant)]


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
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That person is not a participant of this meeting")
            )
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
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is on a list of speakers"),
                name=participant.name,
            )
        if any(h.participant_id == participant.id for h in state.hands.values()):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} has raised a hand in this session"),
                name=participant.name,
            )
        if any(t.participant_id == participant.id for t in state.turns.values()):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} has spoken in this session"),
                name=participant.name,
            )
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
        check_id(self.participant_id, QT_TRANSLATE_NOOP("Label", "participant"))
        participant = _person(state, self.participant_id, self)
        known = state.participants.get(self.participant_id)
        if known is not None:
            if known == participant:
                return []
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "That participant already exists"))
        return [ParticipantAdded(participant)]


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
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That person is not a participant of this meeting")
            )
        language = trimmed_text(
            self.language, QT_TRANSLATE_NOOP("Label", "Language"), MAX_LANGUAGES
        )
        if state.language_of(self.participant_id) == language:
            return []
        return [ParticipantLanguageChanged(self.participant_id, language)]


def _person(
    state: SessionState,
    participant_id: str,
    fields: EditParticipant | RestoreParticipant,
    is_demo: bool = False,
) -> Participant:
    """A participant from a roster command's fields, checked, with the reason when not valid."""
    name = fields.person_name.strip()
    if not name or len(name) > MAX_PERSON_FIELD:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "A name of 1 to {limit} characters is needed"),
            limit=MAX_PERSON_FIELD,
        )
    for label, value in (("function", fields.function), ("organisation", fields.organisation)):
        if len(value.strip()) > MAX_PERSON_FIELD:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "The {label} is longer than {limit} characters"),
                label=label,
                limit=MAX_PERSON_FIELD,
            )
    gender = fields.gender.strip()
    if len(gender) > MAX_GENDER:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The gender is longer than {limit} characters"),
            limit=MAX_GENDER,
        )
    try:
        group = StakeholderGroup(fields.stakeholder_group)
    except ValueError:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "Unknown stakeholder group {group!r}"),
            group=fields.stakeholder_group,
        ) from None
    try:
        attendance = Attendance(fields.attendance)
    except ValueError:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "Unknown attendance {attendance!r}"),
            attendance=fields.attendance,
        ) from None
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
