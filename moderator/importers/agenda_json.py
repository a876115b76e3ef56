"""Moderator's own agenda JSON (``moderator export-agenda --format json``), read back.

The layout is documented in ``docs/import-formats.md``. Ids are Moderator's own: importing
an export into the database it came from changes nothing, and into an empty database
recreates the same rows with the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from moderator.domain.model import Attendance, SessionFormat, SpeechType, StakeholderGroup
from moderator.importers.errors import Place
from moderator.importers.plan import (
    ImportPlan,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.values import epoch_ms, iso_datetime

FORMAT_NAME = "Moderator agenda JSON"
FORMAT_TAG = "moderator-agenda"
FORMAT_VERSION = 1

Progress = Callable[[int, int], None]


def is_agenda(document: Any) -> bool:
    return isinstance(document, Mapping) and document.get("format") == FORMAT_TAG


def parse_agenda(source: str, document: Any, progress: Progress | None = None) -> ImportPlan:
    top = Place(source, "(top level)")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise top.error(
            "format_version",
            f"this Moderator reads version {FORMAT_VERSION}, the file has {version!r}",
        )
    plan = ImportPlan(source=source, format=FORMAT_NAME)
    meetings = _list(top, document, "meetings")
    total = sum(
        len(m.get("sessions") or [])
        for m in meetings
        if isinstance(m, Mapping) and isinstance(m.get("sessions"), list)
    )
    done = 0
    for m_index, raw in enumerate(meetings):
        place = Place(source, f"meetings[{m_index}]")
        record = _object(place, raw)
        meeting_id = _id(place, record)
        timezone = _string(place, record, "timezone", required=True)
        meeting = PlannedMeeting(
            key=f"moderator:{meeting_id}",
            local_id=meeting_id,
            title=_string(place, record, "title", required=True),
            place=place,
            timezone=timezone,
            venue=_string(place, record, "venue"),
            warning_ms=_integer(place, record, "warning_ms"),
            final_ms=_integer(place, record, "final_ms"),
        )
        try:
            tz = ZoneInfo(timezone)
        except Exception as error:  # the plan's validation names the bad zone
            raise place.error("timezone", f"unknown time zone {timezone!r}") from error
        for p_index, raw_participant in enumerate(_list(place, record, "participants")):
            p_place = Place(source, f"{place.location}.participants[{p_index}]")
            meeting.participants.append(_participant(p_place, _object(p_place, raw_participant)))
        for s_index, raw_session in enumerate(_list(place, record, "sessions")):
            s_place = Place(source, f"{place.location}.sessions[{s_index}]")
            meeting.sessions.append(_session(s_place, _object(s_place, raw_session), tz))
            done += 1
            if progress is not None:
                progress(done, total)
        plan.meetings.append(meeting)
    return plan


def _participant(place: Place, record: Mapping) -> PlannedParticipant:
    participant_id = _id(place, record)
    group = _string(place, record, "stakeholder_group")
    where = _string(place, record, "attendance")
    gender = record.get("gender")
    if gender is not None and not isinstance(gender, str):
        raise place.error("gender", "expected text or null")
    return PlannedParticipant(
        key=f"moderator:{participant_id}",
        local_id=participant_id,
        name=_string(place, record, "name", required=True),
        place=place,
        function=_string(place, record, "function"),
        organisation=_string(place, record, "organisation"),
        stakeholder_group=_enum(place, "stakeholder_group", StakeholderGroup, group),
        attendance=_enum(place, "attendance", Attendance, where),
        gender=gender,
        language=_string(place, record, "language"),
    )


def _session(place: Place, record: Mapping, tz: ZoneInfo) -> PlannedSession:
    session_id = _id(place, record)
    start = iso_datetime(place, "start", record.get("start"), tz)
    end = iso_datetime(place, "end", record.get("end"), tz)
    how = _string(place, record, "format")
    session = PlannedSession(
        key=f"moderator:{session_id}",
        local_id=session_id,
        title=_string(place, record, "title", required=True),
        place=place,
        start_ms=epoch_ms(start),
        end_ms=epoch_ms(end),
        room=_string(place, record, "room") or "",
        track=_string(place, record, "track"),
        session_type=_string(place, record, "type"),
        languages=_string(place, record, "languages"),
        format=_enum(place, "format", SessionFormat, how) if how else None,
    )
    for i_index, raw_item in enumerate(_list(place, record, "agenda_items")):
        i_place = Place(place.file, f"{place.location}.agenda_items[{i_index}]")
        item_record = _object(i_place, raw_item)
        item_id = _id(i_place, item_record)
        item = PlannedItem(
            key=f"moderator:{item_id}",
            local_id=item_id,
            title=_string(i_place, item_record, "title", required=True),
            place=i_place,
            planned_duration_ms=_integer(i_place, item_record, "planned_duration_ms") or 0,
        )
        for e_index, raw_entry in enumerate(_list(i_place, item_record, "speakers")):
            e_place = Place(place.file, f"{i_place.location}.speakers[{e_index}]")
            entry_record = _object(e_place, raw_entry)
            entry_id = _id(e_place, entry_record)
            participant_id = _string(e_place, entry_record, "participant_id", required=True)
            kind = _string(e_place, entry_record, "speech_type", required=True)
            item.entries.append(
                PlannedEntry(
                    key=f"moderator:{entry_id}",
                    local_id=entry_id,
                    participant_key=f"moderator:{participant_id}",
                    place=e_place,
                    speech_type=_enum(e_place, "speech_type", SpeechType, kind),
                    allotted_ms=_integer(e_place, entry_record, "allotted_ms") or 0,
                )
            )
        session.items.append(item)
    return session


# --- typed access ---------------------------------------------------------------------------------


def _object(place: Place, value: Any) -> Mapping:
    if not isinstance(value, Mapping):
        raise place.error(None, f"expected an object, found {type(value).__name__}")
    return value


def _list(place: Place, record: Mapping, name: str) -> list:
    value = record.get(name, [])
    if not isinstance(value, list):
        raise place.error(name, f"expected a list, found {type(value).__name__}")
    return value


def _id(place: Place, record: Mapping) -> str:
    value = record.get("id")
    if not isinstance(value, str) or not 0 < len(value) <= 64:
        raise place.error("id", "expected an id of 1 to 64 characters")
    return value


def _string(place: Place, record: Mapping, name: str, required: bool = False) -> Any:
    value = record.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise place.error(name, "expected text" if not required else "expected non-empty text")
    return value


def _integer(place: Place, record: Mapping, name: str) -> int | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise place.error(name, f"expected a whole number, found {type(value).__name__}")
    return value


def _enum(place: Place, name: str, kind: type, value: str | None) -> Any:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError as error:
        allowed = ", ".join(member.value for member in kind)
        raise place.error(name, f"{value!r} is not one of: {allowed}") from error
