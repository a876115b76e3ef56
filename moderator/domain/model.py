"""Entities of a meeting: who speaks, in which session, under which agenda item.

These are plain dataclasses. Storage maps them to tables; the UI reads them; only commands
(``moderator.domain.commands``) change them, through events (``moderator.domain.events``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from moderator.domain.translatable import QT_TRANSLATE_NOOP


class SpeechType(StrEnum):
    """Kinds of speech; the meeting's rules (``speech_rules``) give each its default time and its
    place in the list, so a speaker's type decides both."""

    STATEMENT = "statement"
    FLOOR = "floor"  # question or comment from the floor
    POINT_OF_ORDER = "point_of_order"
    RIGHT_OF_REPLY = "right_of_reply"
    INTERVENTION = "intervention"  # interposed question / answer

    @property
    def label(self) -> str:
        return _SPEECH_TYPE_LABELS[self]


_SPEECH_TYPE_LABELS = {
    SpeechType.STATEMENT: QT_TRANSLATE_NOOP("Label", "Statement"),
    SpeechType.FLOOR: QT_TRANSLATE_NOOP("Label", "Question / comment"),
    SpeechType.POINT_OF_ORDER: QT_TRANSLATE_NOOP("Label", "Point of order"),
    SpeechType.RIGHT_OF_REPLY: QT_TRANSLATE_NOOP("Label", "Right of reply"),
    SpeechType.INTERVENTION: QT_TRANSLATE_NOOP("Label", "Intervention"),
}


class EntryState(StrEnum):
    """Where a list-of-speakers entry stands."""

    WAITING = "waiting"
    SPEAKING = "speaking"
    DONE = "done"
    SKIPPED = "skipped"
    REMOVED = "removed"  # taken off the list (kept, so an undo or a late sync can put it back)
    INTERRUPTED = "interrupted"  # paused for an interposed intervention; resumes after it

    @property
    def label(self) -> str:
        return _ENTRY_STATE_LABELS[self]


_ENTRY_STATE_LABELS = {
    EntryState.WAITING: QT_TRANSLATE_NOOP("Label", "Waiting"),
    EntryState.SPEAKING: QT_TRANSLATE_NOOP("Label", "Speaking"),
    EntryState.DONE: QT_TRANSLATE_NOOP("Label", "Done"),
    EntryState.SKIPPED: QT_TRANSLATE_NOOP("Label", "Skipped"),
    EntryState.REMOVED: QT_TRANSLATE_NOOP("Label", "Removed"),
    EntryState.INTERRUPTED: QT_TRANSLATE_NOOP("Label", "Interrupted"),
}


class HandState(StrEnum):
    RAISED = "raised"
    LOWERED = "lowered"


class Attendance(StrEnum):
    IN_ROOM = "in_room"
    REMOTE = "remote"

    @property
    def label(self) -> str:
        return (
            QT_TRANSLATE_NOOP("Label", "In the room")
            if self is Attendance.IN_ROOM
            else QT_TRANSLATE_NOOP("Label", "Remote")
        )


class StakeholderGroup(StrEnum):
    MEMBER_STATE = "member_state"
    PARLIAMENT = "parliament"
    CIVIL_SOCIETY = "civil_society"
    UN_ENTITY = "un_entity"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    StakeholderGroup.MEMBER_STATE: QT_TRANSLATE_NOOP("Label", "Member State"),
    StakeholderGroup.PARLIAMENT: QT_TRANSLATE_NOOP("Label", "Parliament"),
    StakeholderGroup.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Label", "Civil society"),
    StakeholderGroup.UN_ENTITY: QT_TRANSLATE_NOOP("Label", "UN entity"),
    StakeholderGroup.OTHER: QT_TRANSLATE_NOOP("Label", "Other"),
}


class SessionFormat(StrEnum):
    """How people attend a session."""

    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    VIRTUAL = "virtual"

    @property
    def label(self) -> str:
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("Label", "In person"),
    SessionFormat.HYBRID: QT_TRANSLATE_NOOP("Label", "Hybrid"),
    SessionFormat.VIRTUAL: QT_TRANSLATE_NOOP("Label", "Virtual"),
}


#: A new meeting's timer thresholds: WARNING from 1:00 left, FINAL ("wrap up now") from 0:30,
#: as stage timers set their yellow and red by default. Stored with the meeting, so a meeting
#: made before these defaults keeps the thresholds it was stored with; the chair changes them
#: per meeting (Ctrl+Shift+T).
DEFAULT_WARNING_MS = 60_000
DEFAULT_FINAL_MS = 30_000


@dataclass(slots=True)
class Meeting:
    """A conference or event; owns participants, sessions and the timing thresholds."""

    id: str
    title: str
    venue: str = ""
    timezone: str = "UTC"
    is_demo: bool = False
    warning_ms: int = DEFAULT_WARNING_MS
    final_ms: int = DEFAULT_FINAL_MS


@dataclass(slots=True)
class Session:
    """One sitting with a chair, a scheduled start and end, and an agenda."""

    id: str
    meeting_id: str
    title: str
    room: str = ""
    scheduled_start_ms: int = 0
    scheduled_end_ms: int = 0


@dataclass(slots=True)
class AgendaItem:
    id: str
    session_id: str
    position: int
    title: str
    planned_duration_ms: int = 0
    #: The chair closed the list: no new statements or floor requests (points of order and
    #: rights of reply stay possible).
    list_closed: bool = False


@dataclass(slots=True)
class Participant:
    id: str
    meeting_id: str
    name: str
    function: str = ""
    organisation: str = ""
    stakeholder_group: StakeholderGroup = StakeholderGroup.OTHER
    attendance: Attendance = Attendance.IN_ROOM
    gender: str | None = None
    is_demo: bool = False


@dataclass(slots=True)
class SessionDetails:
    """What staff know about a session beyond what the chair needs to run it.

    Kept beside ``Session`` (in ``SessionState.details``, and in tables of their own) so that
    the session's own record, table and feed document stay the ones older consoles and
    servers know; edited with the ``set_session_details`` command, synced like any agenda
    edit. ``format`` is ``None`` when unknown. ``languages`` is as the source writes it
    ("en, de").
    """

    session_id: str
    track: str = ""
    session_type: str = ""
    languages: str = ""
    format: SessionFormat | None = None


@dataclass(slots=True)
class ParticipantDetails:
    """A participant's language, kept beside ``Participant`` like ``SessionDetails``
    (``SessionState.languages``; the ``set_participant_language`` command). Not public: it
    reaches staff and chairs, never the participant page or a display."""

    participant_id: str
    language: str = ""


@dataclass(slots=True)
class SpeakerEntry:
    """A place on an agenda item's list of speakers.

    ``order_key`` is a sortable string (see ``order_keys``) so that a move rewrites one key.
    """

    id: str
    agenda_item_id: str
    participant_id: str
    speech_type: SpeechType
    allotted_ms: int
    order_key: str
    state: EntryState = EntryState.WAITING
    started_at_ms: int | None = None
    ended_at_ms: int | None = None
    #: How they came onto the list (``EntryOrigin``): the turn log and reports say how each
    #: speaker got the floor (a point of order shows as the speech type).
    origin: str = "scheduled"
    #: Where the hand that put them on the list was raised (``HandSource``: the participant
    #: page, the room, BigBlueButton, Zoom, Jitsi); "" when no hand did, or not recorded.
    hand_source: str = ""


class EntryOrigin(StrEnum):
    SCHEDULED = "scheduled"  # on the agenda (preloaded, imported, added by the chair)
    ROOM_REQUEST = "room_request"  # a hand raised in the room, recorded by the chair
    REMOTE_HAND = "remote_hand"  # a remote participant's raised hand

    @property
    def label(self) -> str:
        return {
            EntryOrigin.SCHEDULED: QT_TRANSLATE_NOOP("Label", "Scheduled"),
            EntryOrigin.ROOM_REQUEST: QT_TRANSLATE_NOOP("Label", "Floor request"),
            EntryOrigin.REMOTE_HAND: QT_TRANSLATE_NOOP("Label", "Remote hand"),
        }[self]


class HandSource(StrEnum):
    """Where a hand was raised. The participant page keeps the value "remote" it had when it
    was the only place a remote hand could come from, so consoles and servers from before the
    other sources still read it as theirs."""

    PAGE = "remote"  # the participant page (server/static)
    ROOM = "room"  # raised in the room, recorded by the chair
    BBB = "bbb"  # BigBlueButton, through its webhooks
    ZOOM = "zoom"  # Zoom, through ZoomOSC
    JITSI = "jitsi"  # Jitsi Meet embedded in the participant page

    @property
    def label(self) -> str:
        """The short name the hands panel shows."""
        return _HAND_SOURCE_LABELS[self][0]

    @property
    def description(self) -> str:
        """The long name: tooltips, screen readers, the report."""
        return _HAND_SOURCE_LABELS[self][1]

    @classmethod
    def of(cls, value: str) -> HandSource | None:
        """The source ``value`` names; ``None`` for "" and for a newer version's source."""
        try:
            return cls(value) if value else None
        except ValueError:
            return None


_HAND_SOURCE_LABELS = {
    # The short labels are the hands panel's column (translated there); the descriptions are
    # the names of the calls, the same in every language.
    HandSource.PAGE: (QT_TRANSLATE_NOOP("HandsModel", "Page"), "participant page"),
    HandSource.ROOM: (QT_TRANSLATE_NOOP("HandsModel", "Room"), "raised in the room"),
    HandSource.BBB: ("BBB", "BigBlueButton"),
    HandSource.ZOOM: ("Zoom", "Zoom"),
    HandSource.JITSI: ("Jitsi", "Jitsi Meet"),
}


@dataclass(slots=True)
class Turn:
    """One time someone held the floor: the record behind reports.

    ``spoken_ms`` counts running time only; ``paused_ms`` is the rest of the wall time between
    start and end while the speaker held the floor (not their wait for an interposed
    intervention); ``overrun_ms`` is how far the speaker went past the (final) allotted time.
    """

    id: str
    session_id: str
    entry_id: str
    participant_id: str
    agenda_item_id: str
    speech_type: SpeechType
    allotted_ms: int
    started_at_ms: int
    ended_at_ms: int | None = None
    spoken_ms: int = 0
    paused_ms: int = 0
    overrun_ms: int = 0
    #: The turn this one interrupted: an interposed intervention names the turn of the
    #: speaker it paused, whose wait is then set aside, neither spoken nor paused.
    interposed_in: str | None = None


@dataclass(slots=True)
class Hand:
    """One raise of a remote participant's hand; raising again after lowering is a new hand.

    Hands belong to the backend: it assigns ``id`` and ``seq`` (raise order in the session).
    Chair actions name the hand id, so a stale action on an older raise changes nothing.
    """

    id: str
    session_id: str
    participant_id: str
    seq: int
    raised_at_ms: int
    state: HandState = HandState.RAISED
    lowered_at_ms: int | None = None
    lowered_by: str | None = None  # "participant" or "chair"
    source: str = HandSource.PAGE.value  # a ``HandSource`` value
