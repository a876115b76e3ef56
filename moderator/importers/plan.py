"""The neutral result of every importer: an import plan.

Each format's parser turns its file into the same structure (meetings → sessions → agenda
items → speaker entries, and a participants roster per meeting), so that previewing, applying,
re-importing and exporting are written once. Every record carries the source's stable id
(``key``: a frab/pretalx ``guid``, an iCalendar ``UID``, a spreadsheet id column or a key
derived from the row) and where it came from in the file (``place``), for error messages.

Fields the source does not state are ``None``: a re-import leaves them as they are locally
(a stakeholder group set by staff survives re-importing a conference schedule that has none).
``validate_plan`` checks what the database would refuse or the chair could not use, so
that a plan that passes can be written without surprises.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.model import Attendance, SessionFormat, SpeechType, StakeholderGroup
from moderator.importers.errors import Place

#: Longest texts per field, as the tables declare them (PostgreSQL enforces them on the server).
MAX_LENGTH = {
    "meeting title": 500,
    "venue": 500,
    "timezone": 64,
    "session title": 500,
    "room": 200,
    "track": 300,
    "type": 300,
    "languages": 100,
    "agenda item": 500,
    "name": 300,
    "function": 300,
    "organisation": 300,
    "gender": 32,
    "language": 100,
}
#: Longest planned duration, session or speech: a week covers any meeting.
MAX_DURATION_MS = 7 * 24 * 3_600_000
#: Instants from 1970 to the end of 9999, as milliseconds since the epoch.
MAX_INSTANT_MS = 253_402_300_799_999
#: A source key longer than this cannot be stored (``import_sources.source_key``).
MAX_KEY_LENGTH = 500


@dataclass(slots=True)
class PlannedParticipant:
    key: str
    name: str
    place: Place
    function: str | None = None
    organisation: str | None = None
    stakeholder_group: StakeholderGroup | None = None
    attendance: Attendance | None = None
    gender: str | None = None
    language: str | None = None
    local_id: str | None = None


@dataclass(slots=True)
class PlannedEntry:
    """One place on a list of speakers; ``participant_key`` names a participant of the meeting."""

    key: str
    participant_key: str
    place: Place
    speech_type: SpeechType = SpeechType.STATEMENT
    allotted_ms: int = 0
    local_id: str | None = None
    #: ``False`` when the file gives no time for this speaker: the time is their share of
    #: the item's ``speaking_slot_ms`` (``speaking_time``), else a default.
    allotted_given: bool = True


@dataclass(slots=True)
class PlannedItem:
    key: str
    title: str
    place: Place
    planned_duration_ms: int = 0
    entries: list[PlannedEntry] = field(default_factory=list)
    local_id: str | None = None
    #: The time the item's speakers without a given time share (a talk's slot), or ``None``
    #: when the file does not tell it.
    speaking_slot_ms: int | None = None


@dataclass(slots=True)
class PlannedSession:
    key: str
    title: str
    place: Place
    start_ms: int
    end_ms: int
    room: str = ""
    track: str | None = None
    session_type: str | None = None
    languages: str | None = None
    format: SessionFormat | None = None
    items: list[PlannedItem] = field(default_factory=list)
    local_id: str | None = None
    #: The start / end were written with their UTC offset ("2026-12-07T22:30+00:00"): an
    #: instant, never read again as a wall-clock time in another zone.
    start_absolute: bool = False
    end_absolute: bool = False


@dataclass(slots=True)
class PlannedMeeting:
    key: str
    title: str
    place: Place
    timezone: str = "UTC"
    venue: str | None = None
    warning_ms: int | None = None
    final_ms: int | None = None
    participants: list[PlannedParticipant] = field(default_factory=list)
    sessions: list[PlannedSession] = field(default_factory=list)
    local_id: str | None = None
    #: ``False`` when the file does not state them (a sheet without a Meeting or a Timezone
    #: column): a new meeting takes ``title`` (the file's name) and ``timezone`` (UTC), one
    #: already in the database keeps its own, and the file's times are read in its zone.
    title_given: bool = True
    timezone_given: bool = True
    #: The file names its events by ids that are unique in the world (iCalendar UIDs) but
    #: itself by nothing reliable: when ``key`` was never imported, the meeting that holds
    #: most of these sessions from an earlier import is this meeting, under its earlier key.
    identify_by_sessions: bool = False


@dataclass(slots=True)
class ImportPlan:
    """Everything one file describes. ``source`` is the file's name as shown to staff."""

    source: str
    format: str
    meetings: list[PlannedMeeting] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def counts(self) -> PlanCounts:
        sessions = [s for m in self.meetings for s in m.sessions]
        return PlanCounts(
            meetings=len(self.meetings),
            sessions=len(sessions),
            rooms=len({(m.key, s.room) for m in self.meetings for s in m.sessions if s.room}),
            agenda_items=sum(len(s.items) for s in sessions),
            participants=sum(len(m.participants) for m in self.meetings),
            speakers=len(
                {
                    (m.key, e.participant_key)
                    for m in self.meetings
                    for s in m.sessions
                    for i in s.items
                    for e in i.entries
                }
            ),
            entries=sum(len(i.entries) for s in sessions for i in s.items),
        )


@dataclass(frozen=True, slots=True)
class PlanCounts:
    """How sessions, rooms and speakers are counted (``docs/import-formats.md``).

    ``rooms``: distinct non-empty room names per meeting. ``speakers``: distinct participants
    who appear on at least one list of speakers. ``participants``: the whole roster.
    """

    meetings: int
    sessions: int
    rooms: int
    agenda_items: int
    participants: int
    speakers: int
    entries: int


def validate_plan(plan: ImportPlan) -> None:
    """Raise ``ScheduleImportError`` for the first record the database or the chair can't use."""
    meeting_keys: set[str] = set()
    for meeting in plan.meetings:
        _check_key(meeting.key, meeting.place, meeting_keys, "meeting")
        _check_text(meeting.place, "meeting title", meeting.title, required=True)
        _check_text(meeting.place, "venue", meeting.venue)
        _check_timezone(meeting.place, meeting.timezone)
        for name, value in (("warning", meeting.warning_ms), ("final", meeting.final_ms)):
            if value is not None and not 0 <= value <= MAX_DURATION_MS:
                raise meeting.place.error(name, f"out of range: {value} ms")
        participant_keys: set[str] = set()
        for participant in meeting.participants:
            _validate_participant(participant, participant_keys)
        keys: Counter[str] = Counter()
        for session in meeting.sessions:
            _validate_session(session, participant_keys, keys)


def _validate_participant(participant: PlannedParticipant, seen: set[str]) -> None:
    place = participant.place
    _check_key(participant.key, place, seen, "participant")
    _check_text(place, "name", participant.name, required=True)
    for name, value in (
        ("function", participant.function),
        ("organisation", participant.organisation),
        ("gender", participant.gender),
        ("language", participant.language),
    ):
        _check_text(place, name, value)


def _validate_session(session: PlannedSession, participants: set[str], keys: Counter) -> None:
    place = session.place
    _check_key(session.key, place, None, "session")
    keys[session.key] += 1
    if keys[session.key] > 1:
        raise place.error("id", f"the session id {session.key!r} appears twice")
    _check_text(place, "session title", session.title, required=True)
    for name, value in (
        ("room", session.room),
        ("track", session.track),
        ("type", session.session_type),
        ("languages", session.languages),
    ):
        _check_text(place, name, value)
    for name, value in (("start", session.start_ms), ("end", session.end_ms)):
        if not 0 <= value <= MAX_INSTANT_MS:
            raise place.error(name, "outside the years 1970 to 9999")
    if session.end_ms < session.start_ms:
        raise place.error("end", "the session ends before it starts")
    if session.end_ms - session.start_ms > MAX_DURATION_MS:
        raise place.error("end", "the session lasts more than a week")
    for item in session.items:
        _check_key(item.key, item.place, None, "agenda item")
        keys[item.key] += 1
        if keys[item.key] > 1:
            raise item.place.error("item id", f"the agenda item id {item.key!r} appears twice")
        _check_text(item.place, "agenda item", item.title, required=True)
        _check_duration(item.place, "planned minutes", item.planned_duration_ms)
        for entry in item.entries:
            _check_key(entry.key, entry.place, None, "speaker entry")
            keys[entry.key] += 1
            if keys[entry.key] > 1:
                raise entry.place.error(
                    "entry id", f"the speaker entry {entry.key!r} appears twice"
                )
            if entry.participant_key not in participants:
                raise entry.place.error("speaker", "names no participant of the meeting")
            _check_duration(entry.place, "allotted minutes", entry.allotted_ms)


def _check_key(key: str, place: Place, seen: set[str] | None, what: str) -> None:
    if not key or len(key) > MAX_KEY_LENGTH:
        raise place.error("id", f"the {what} id must have 1 to {MAX_KEY_LENGTH} characters")
    if seen is not None:
        if key in seen:
            raise place.error("id", f"the {what} id {key!r} appears twice")
        seen.add(key)


def _check_text(place: Place, name: str, value: str | None, required: bool = False) -> None:
    if value is None:
        return
    if required and not value.strip():
        raise place.error(name, "must not be empty")
    limit = MAX_LENGTH[name]
    if len(value) > limit:
        raise place.error(name, f"longer than {limit} characters ({len(value)})")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise place.error(name, "contains control characters")


def _check_duration(place: Place, name: str, value: int) -> None:
    if not 0 <= value <= MAX_DURATION_MS:
        raise place.error(name, "must be between 0 and a week")


def _check_timezone(place: Place, name: str) -> None:
    _check_text(place, "timezone", name, required=True)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise place.error("timezone", f"unknown time zone {name!r}") from error
