"""Pydantic models of request and response bodies: validation, and the OpenAPI document.

Every successful JSON answer is an ``Answer``: the model itself stamps ``server_time_ms`` when
the endpoint's result is validated, so no endpoint writes the time by hand and none can forget
it (consoles estimate their clock offset from it).
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from moderator.server.input_rules import ID_MAX, ID_PATTERN, check_text

#: The protocol's id rule (``input_rules``): every id a request names, in a body or a path.
Id = Annotated[str, Field(min_length=1, max_length=ID_MAX, pattern=ID_PATTERN)]
#: Text a request stores: anything a person types except NUL and lone surrogates.
Text = Annotated[str, AfterValidator(check_text)]
EpochMs = Annotated[int, Field(ge=0, le=10**15)]
DurationMs = Annotated[int, Field(ge=0, le=10**10)]


def now_ms() -> int:
    """The server's clock (Unix milliseconds): answers, changes and the protocol headers."""
    return time.time_ns() // 1_000_000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _time_is_required(schema: dict[str, Any]) -> None:
    # Always present in an answer, so the document says so (a default alone would not).
    required = schema.setdefault("required", [])
    if "server_time_ms" not in required:
        required.append("server_time_ms")


class Answer(Strict):
    """A successful JSON answer, stamped with the server time as it is made."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_time_is_required)

    server_time_ms: int = Field(default_factory=now_ms)


class ErrorBody(Strict):
    code: str
    message: str
    field: str | None = None
    details: dict[str, Any] = {}


class ErrorResponse(Strict):
    error: ErrorBody
    server_time_ms: int


class WhoAmI(Answer):
    role: Literal["admin", "staff", "chair", "participant", "display", "integration"]
    meeting_id: str
    session_ids: list[str]
    participant_id: str | None
    #: When the token stops working (``create-token --expires``); ``None``: until revoked.
    expires_at_ms: int | None = None


class ServerTime(Answer):
    pass  # the server time alone: what a console measures its clock offset against


class Health(Answer):
    status: Literal["ok"]


class MeetingDoc(Strict):
    id: str
    title: str
    venue: str
    timezone: str
    is_demo: bool
    warning_ms: int
    final_ms: int


class SessionDoc(Strict):
    id: str
    meeting_id: str
    title: str
    room: str
    scheduled_start_ms: int
    scheduled_end_ms: int


SessionFormatName = Literal["", "in_person", "hybrid", "virtual"]


class SessionDetailsDoc(Strict):
    session_id: str
    track: str
    session_type: str
    languages: str
    format: SessionFormatName


class ParticipantDetailsDoc(Strict):
    participant_id: str
    language: str


class AgendaItemDoc(Strict):
    id: str
    session_id: str
    position: int
    title: str
    planned_duration_ms: int
    list_closed: bool = False


StakeholderGroupName = Literal["member_state", "parliament", "civil_society", "un_entity", "other"]
AttendanceName = Literal["in_room", "remote"]
SpeechTypeName = Literal["statement", "floor", "point_of_order", "right_of_reply", "intervention"]
EntryOriginName = Literal["scheduled", "room_request", "remote_hand"]
EntryStateName = Literal["waiting", "speaking", "done", "skipped", "removed", "interrupted"]


class ParticipantDoc(Strict):
    id: str
    meeting_id: str
    name: str
    function: str
    organisation: str
    stakeholder_group: StakeholderGroupName
    attendance: AttendanceName
    gender: str | None = None
    is_demo: bool | None = None


class EntryDoc(Strict):
    id: str
    agenda_item_id: str
    participant_id: str
    speech_type: SpeechTypeName
    allotted_ms: int
    order_key: str
    state: EntryStateName
    started_at_ms: int | None
    ended_at_ms: int | None
    origin: EntryOriginName = "scheduled"
    #: Where the hand that put them on the list was raised; absent from older backends.
    hand_source: str = ""


class ClockDoc(Strict):
    session_id: str
    entry_id: str | None
    turn_id: str | None
    status: Literal["idle", "running", "paused"]
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int | None


class TurnDoc(Strict):
    id: str
    session_id: str
    entry_id: str
    participant_id: str
    agenda_item_id: str
    speech_type: SpeechTypeName
    allotted_ms: int
    started_at_ms: int
    ended_at_ms: int | None
    spoken_ms: int
    paused_ms: int
    overrun_ms: int
    #: The turn an interposed intervention interrupted; absent from older backends.
    interposed_in: str | None = None


class HandDoc(Strict):
    id: str
    session_id: str
    participant_id: str
    seq: int
    state: Literal["raised", "lowered"]
    raised_at_ms: int
    lowered_at_ms: int | None
    lowered_by: Literal["participant", "chair"] | None
    source: str


class MeetingAnswer(Answer):
    meeting: MeetingDoc
    sessions: list[SessionDoc]


class ParticipantsAnswer(Answer):
    participants: list[ParticipantDoc]


class Snapshot(Answer):
    version: int
    meeting: MeetingDoc
    session: SessionDoc
    agenda_items: list[AgendaItemDoc]
    participants: list[ParticipantDoc]
    entries: list[EntryDoc]
    clock: ClockDoc
    hands: list[HandDoc]
    turns: list[TurnDoc]
    session_details: SessionDetailsDoc
    participant_details: list[ParticipantDetailsDoc] = []
    last_mutation_id: int | None = None


class Change(Strict):
    version: int
    entity: Literal[
        "meeting",
        "session",
        "session_details",
        "agenda_item",
        "participant",
        "participant_details",
        "entry",
        "clock",
        "hand",
        "turn",
    ]
    id: str
    op: Literal["upsert", "delete", "reset"]
    data: dict[str, Any]
    server_time_ms: int
    client_id: str | None = None
    mutation_id: int | None = None
    mutation_done: bool | None = None


class ChangesAnswer(Answer):
    changes: list[Change]
    version: int


class HandsAnswer(Answer):
    hands: list[HandDoc]


class HandAnswer(Answer):
    hand: HandDoc


class CallOutcomeDoc(Strict):
    """What one event of a video call did (``integrations.video_hands``)."""

    event: str
    outcome: Literal["applied", "noop", "ignored"]
    reason: str | None = None
    participant_id: str | None = None
    hand: HandDoc | None = None


class ZoomOscEventIn(Strict):
    """One ZoomOSC message about a user, as ``moderator-server bridge zoomosc`` forwards it
    (ZoomOSC's own arguments: the user's name and Zoom id)."""

    #: The bridge's id of the message: a retry of the same message carries the same one.
    id: Id
    kind: Literal["hand_raised", "hand_lowered", "online", "offline"]
    user_name: Annotated[Text, Field(max_length=300)] = ""
    zoom_id: Annotated[int, Field(ge=0, le=2**53)]
    #: When the bridge heard it (its clock): an older message arriving late changes nothing.
    at_ms: EpochMs = 0


class ZoomOscEvents(Strict):
    events: Annotated[list[ZoomOscEventIn], Field(min_length=1, max_length=200)]


class CallEventsAnswer(Answer):
    """The events of one request, in order, each with what it did."""

    results: list[CallOutcomeDoc]


class MutationIn(Strict):
    # Strict: 1.0, "1" or true are not mutation ids (a client that sends them is broken).
    id: Annotated[int, Field(ge=1, le=2**53, strict=True)]
    name: Annotated[Text, Field(min_length=1, max_length=64)]
    args: dict[str, Any]


class PushRequest(Strict):
    client_id: Id
    mutations: Annotated[list[MutationIn], Field(min_length=1, max_length=1000)]


class MutationResultDoc(Strict):
    id: int
    status: Literal["applied", "rejected", "noop"]
    reason: str | None = None


class PushAnswer(Answer):
    results: list[MutationResultDoc]
    last_mutation_id: int


# --- meeting upload (PUT /meetings/{id}) ---------------------------------------------------


class MeetingIn(Strict):
    title: Annotated[Text, Field(min_length=1, max_length=500)]
    venue: Annotated[Text, Field(max_length=500)] = ""
    timezone: Annotated[Text, Field(min_length=1, max_length=64)] = "UTC"
    is_demo: bool = False
    warning_ms: Annotated[int, Field(ge=0, le=3_600_000, multiple_of=1000)] = 60_000
    final_ms: Annotated[int, Field(ge=0, le=3_600_000, multiple_of=1000)] = 0


class SessionIn(Strict):
    id: Id
    title: Annotated[Text, Field(min_length=1, max_length=500)]
    room: Annotated[Text, Field(max_length=200)] = ""
    scheduled_start_ms: EpochMs
    scheduled_end_ms: EpochMs
    # The session's details (optional: an upload without them leaves them empty).
    track: Annotated[Text, Field(max_length=300)] = ""
    session_type: Annotated[Text, Field(max_length=300)] = ""
    languages: Annotated[Text, Field(max_length=100)] = ""
    format: SessionFormatName = ""


class AgendaItemIn(Strict):
    id: Id
    session_id: Id
    position: Annotated[int, Field(ge=0, le=100_000)]
    title: Annotated[Text, Field(min_length=1, max_length=500)]
    planned_duration_ms: DurationMs = 0
    list_closed: bool = False


class ParticipantIn(Strict):
    id: Id
    name: Annotated[Text, Field(min_length=1, max_length=300)]
    function: Annotated[Text, Field(max_length=300)] = ""
    organisation: Annotated[Text, Field(max_length=300)] = ""
    stakeholder_group: StakeholderGroupName = "other"
    attendance: AttendanceName = "in_room"
    gender: Annotated[Text, Field(max_length=32)] | None = None
    language: Annotated[Text, Field(max_length=100)] = ""


class EntryIn(Strict):
    id: Id
    agenda_item_id: Id
    participant_id: Id
    speech_type: SpeechTypeName = "statement"
    allotted_ms: DurationMs
    origin: EntryOriginName = "scheduled"
    order_key: Annotated[
        str, Field(min_length=1, max_length=200, pattern=r"^[0-9A-Za-z]*[1-9A-Za-z]$")
    ]


class MeetingUpload(Strict):
    meeting: MeetingIn
    sessions: Annotated[list[SessionIn], Field(max_length=1000)]
    agenda_items: Annotated[list[AgendaItemIn], Field(max_length=10_000)]
    participants: Annotated[list[ParticipantIn], Field(max_length=20_000)]
    entries: Annotated[list[EntryIn], Field(max_length=50_000)]


class AgendaDocument(BaseModel):
    """Moderator's agenda JSON, as ``moderator export-agenda --format json`` writes it; the
    importer reads the meetings (``docs/import-formats.md``), so they are checked there."""

    model_config = ConfigDict(extra="forbid")

    format: Annotated[Text, Field(max_length=64)]
    format_version: int
    app_version: Annotated[Text, Field(max_length=64)] | None = None
    meetings: Annotated[list[dict[str, Any]], Field(max_length=100)]


class AgendaChange(Strict):
    kind: str
    action: Literal["create", "update", "unchanged", "keep", "remove"]
    name: str
    entity_id: str
    fields: list[str]
    reason: str


class AgendaUploadAnswer(Answer):
    """What an agenda upload does (``applied`` false: the dry run's preview) or did."""

    meeting_id: str
    applied: bool
    source: str
    format: str
    counts: dict[str, int]
    notes: list[str]
    changes: list[AgendaChange]
    totals: dict[str, int]
    #: Sessions sent again to the consoles following them (a ``reset`` in their feed).
    sessions_reset: list[str]
    #: The feed version after the upload (0 when nothing was written).
    version: int


class MeetingUploadAnswer(Answer):
    meeting_id: str
    sessions: int
    agenda_items: int
    participants: int
    entries: int
    version: int
