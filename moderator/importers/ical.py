"""iCalendar files (RFC 5545) through the ``icalendar`` library.

One calendar is one meeting (title from ``X-WR-CALNAME``, else the file name; time zone from
``X-WR-TIMEZONE``, else the first ``VTIMEZONE``, else UTC). Each ``VEVENT`` is one session
keyed by its ``UID`` (plus ``RECURRENCE-ID`` for a changed occurrence): ``SUMMARY`` is the
title of the session and of its one agenda item, ``DTSTART`` with ``DTEND`` or ``DURATION``
its time (a date without a time is a whole day; a floating time is read in the meeting's
zone), ``LOCATION`` the room, ``CATEGORIES`` the track. ``ORGANIZER`` and ``ATTENDEE``
become participants (by e-mail address, else name); the attendees, except those with
``ROLE=NON-PARTICIPANT``, are the item's speakers in file order with equal shares of the
time. Recurrence rules are not expanded: a recurring event imports as its first occurrence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import PurePath
from typing import Any

import icalendar

from moderator.domain.model import SpeechType
from moderator.importers.errors import Place, ScheduleImportError
from moderator.importers.plan import (
    ImportPlan,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.values import epoch_ms, normalise, split_evenly, zone

FORMAT_NAME = "iCalendar"

Progress = Callable[[int, int], None]


def parse_ical(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScheduleImportError(
            source, f"byte {error.start}", None, "the file is not UTF-8 text"
        ) from error
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise ScheduleImportError(
            source, "", None, f"not a valid iCalendar file ({_short(error)})"
        ) from error
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise ScheduleImportError(source, "", None, "the file holds no VCALENDAR")
    calendar_place = Place(source, "VCALENDAR")
    zone_name = _calendar_zone(calendar)
    tz = zone(calendar_place, zone_name, "X-WR-TIMEZONE")
    title = _text(calendar_place, "X-WR-CALNAME", calendar.get("X-WR-CALNAME"))
    meeting_id = (
        _text(calendar_place, "X-WR-RELCALID", calendar.get("X-WR-RELCALID"))
        or title
        or PurePath(source).stem
    )
    meeting = PlannedMeeting(
        key=f"ics:{meeting_id}",
        title=title or PurePath(source).stem or "Calendar",
        place=calendar_place,
        timezone=zone_name,
    )
    events = [c for c in calendar.subcomponents if getattr(c, "name", None) == "VEVENT"]
    participants: dict[str, PlannedParticipant] = {}
    for index, event in enumerate(events):
        uid = event.get("UID")
        label = f" (UID {str(uid)[:80]})" if isinstance(uid, str) and uid.strip() else ""
        place = Place(source, f"VEVENT #{index + 1}{label}")
        try:
            session = _session(place, meeting, event, tz, participants)
        except ScheduleImportError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
            raise place.error(None, f"cannot be read ({_short(e)})") from e
        meeting.sessions.append(session)
        if progress is not None:
            progress(index + 1, len(events))
    meeting.participants.extend(participants.values())
    return ImportPlan(source=source, format=FORMAT_NAME, meetings=[meeting])


def _calendar_zone(calendar: icalendar.Calendar) -> str:
    name = calendar.get("X-WR-TIMEZONE")
    if name:
        return str(name).strip()
    for component in calendar.walk("VTIMEZONE"):
        tzid = component.get("TZID")
        if tzid:
            return str(tzid).strip()
    return "UTC"


def _session(
    place: Place,
    meeting: PlannedMeeting,
    event: Any,
    tz: Any,
    participants: dict[str, PlannedParticipant],
) -> PlannedSession:
    uid = _text(place, "UID", event.get("UID"))
    if not uid:
        raise place.error("UID", "the event has no UID")
    recurrence = event.get("RECURRENCE-ID")
    key = f"{meeting.key}/uid:{uid}"
    if recurrence is not None:
        key += f"/{_moment(place, 'RECURRENCE-ID', recurrence, tz).isoformat()}"
    title = _text(place, "SUMMARY", event.get("SUMMARY"))
    if not title:
        raise place.error("SUMMARY", "the event has no SUMMARY (title)")
    if event.get("DTSTART") is None:
        raise place.error("DTSTART", "the event has no start")
    start = _moment(place, "DTSTART", event.get("DTSTART"), tz)
    if event.get("DTEND") is not None:
        end = _moment(place, "DTEND", event.get("DTEND"), tz)
    elif event.get("DURATION") is not None:
        try:
            duration = event.get("DURATION").dt
        except (AttributeError, ValueError, TypeError) as error:
            raise place.error("DURATION", f"not a duration ({_short(error)})") from error
        if not isinstance(duration, timedelta):
            raise place.error("DURATION", "not a duration")
        end = start + duration
    elif not isinstance(event.get("DTSTART").dt, datetime):
        end = start + timedelta(days=1)  # a date alone is a whole day (RFC 5545 3.6.1)
    else:
        end = start
    start_ms, end_ms = epoch_ms(start), epoch_ms(end)
    if end_ms < start_ms:
        raise place.error("DTEND", "the event ends before it starts")
    item = PlannedItem(
        key=f"{key}/item", title=title, place=place, planned_duration_ms=end_ms - start_ms
    )
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        _participant(place, meeting, "ORGANIZER", organizer, participants)
    speakers: list[str] = []
    attendees = event.get("ATTENDEE")
    if attendees is not None and not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees or []:
        participant_key = _participant(place, meeting, "ATTENDEE", attendee, participants)
        role = str(getattr(attendee, "params", {}).get("ROLE", "")).upper()
        if role != "NON-PARTICIPANT" and participant_key not in speakers:
            speakers.append(participant_key)
    shares = split_evenly(end_ms - start_ms, len(speakers))
    for participant_key, allotted in zip(speakers, shares, strict=True):
        item.entries.append(
            PlannedEntry(
                key=f"{key}/speaker:{participant_key.rsplit('/person:', 1)[1]}",
                participant_key=participant_key,
                place=place,
                speech_type=SpeechType.STATEMENT,
                allotted_ms=allotted,
            )
        )
    return PlannedSession(
        key=key,
        title=title,
        place=place,
        start_ms=start_ms,
        end_ms=end_ms,
        room=_text(place, "LOCATION", event.get("LOCATION")),
        track=_categories(place, event.get("CATEGORIES")),
        items=[item],
    )


def _moment(place: Place, field: str, prop: Any, tz: Any) -> datetime:
    try:
        value = prop.dt
    except (AttributeError, ValueError, TypeError) as error:
        raise place.error(field, f"not a date or date-time ({_short(error)})") from error
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    raise place.error(field, "not a date or date-time")


def _participant(
    place: Place,
    meeting: PlannedMeeting,
    field: str,
    address: Any,
    participants: dict[str, PlannedParticipant],
) -> str:
    params = getattr(address, "params", {}) or {}
    name = _text(place, f"{field} CN", params.get("CN"))
    value = str(address).strip()
    email = value[7:].strip().lower() if value.lower().startswith("mailto:") else ""
    if not name:
        name = email or value
    if not name:
        raise place.error(field, "names nobody (no CN and no address)")
    identity = f"mail:{email}" if email else f"name:{normalise(name)}"
    key = f"{meeting.key}/person:{identity}"
    if key not in participants:
        participants[key] = PlannedParticipant(key=key, name=name, place=place)
    return key


def _categories(place: Place, prop: Any) -> str | None:
    if prop is None:
        return None
    values = prop if isinstance(prop, list) else [prop]
    names: list[str] = []
    for value in values:
        cats = getattr(value, "cats", None)
        names.extend(str(c).strip() for c in (cats if cats is not None else [value]))
    return ", ".join(n for n in names if n)


def _text(place: Place, field: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        raise place.error(field, "appears more than once")
    return str(value).strip()


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."
