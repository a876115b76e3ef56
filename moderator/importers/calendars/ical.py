"""iCalendar files (RFC 5545) through the ``icalendar`` library.

One calendar is one meeting: its title is ``X-WR-CALNAME``, else the file's name (without a
browser's " (1)"); its time zone ``ical_zones`` decides (IANA, Windows and Outlook names). A
calendar is known by what it says of itself, never by its file name: ``X-WR-RELCALID``,
else ``X-WR-CALNAME``, else its ``PRODID`` and first ``UID``; and a meeting whose sessions
an earlier import of the same events made is that meeting whatever the key
(``identify_by_sessions``), so the same calendar downloaded again updates it.

Each event is one session keyed by its ``UID`` alone (UIDs are globally unique, so an event
is the same session from whichever file it comes); recurring series are expanded
(``ical_occurrences``), each occurrence keyed by ``UID`` and ``RECURRENCE-ID``. ``SUMMARY``
is the title of the session and of its one agenda item, ``DTSTART`` with ``DTEND`` or
``DURATION`` its time (a date without a time is a whole day; a floating time is read in the
meeting's zone), ``LOCATION`` the room, ``CATEGORIES`` the track. ``ORGANIZER`` and
``ATTENDEE`` become participants (by e-mail address, else by other address, else by name),
except rooms, resources, groups and calendars listing themselves (``is_a_person``); the
attendees, except those with ``ROLE=NON-PARTICIPANT``, are the item's speakers in file
order with equal shares of the time. An all-day event over several days (a festival week, a
holiday) or any event longer than a week is not a session: it is left out and named in the
preview, and the rest of the calendar imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import PurePath
from typing import Any

import icalendar

from moderator.domain.model import SpeechType
from moderator.importers.calendars.ical_occurrences import Occurrence, expand
from moderator.importers.calendars.ical_zones import calendar_zone
from moderator.importers.errors import CALENDAR_READ_ERRORS, Place, ScheduleImportError
from moderator.importers.plan import (
    MAX_DURATION_MS,
    ImportPlan,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.values import epoch_ms, normalise, split_evenly

FORMAT_NAME = "iCalendar"
#: Title of an event without ``SUMMARY``, as calendar applications show it.
NO_TITLE = "(no title)"
#: "agenda (1).ics", "agenda(2).ics", "agenda - Copy.ics": a browser's or a file manager's
#: copy of the same download.
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d+\)|\s+-\s+copy(?:\s*\(\d+\))?)+$", re.IGNORECASE)

Progress = Callable[[int, int], None]


def parse_ical(
    source: str, data: bytes, progress: Progress | None = None, today: date | None = None
) -> ImportPlan:
    """The plan of an iCalendar file; ``today`` bounds series without an end (it defaults to
    the computer's date; tests pass their own)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScheduleImportError(
            source, f"byte {error.start}", None, "the file is not UTF-8 text"
        ) from error
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except CALENDAR_READ_ERRORS as error:
        raise ScheduleImportError(
            source, "", None, f"not a valid iCalendar file ({_short(error)})"
        ) from error
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise ScheduleImportError(source, "", None, "the file holds no VCALENDAR")
    calendar_place = Place(source, "VCALENDAR")
    try:
        found_zone = calendar_zone(calendar_place, calendar)
    except ScheduleImportError:
        raise
    except CALENDAR_READ_ERRORS as e:
        raise calendar_place.error("VTIMEZONE", f"cannot be read ({_short(e)})") from e
    tz = _tzinfo(found_zone.name)
    title = _text(calendar_place, "X-WR-CALNAME", calendar.get("X-WR-CALNAME"))
    meeting = PlannedMeeting(
        key=f"ics:{_calendar_identity(calendar_place, calendar, title)}",
        title=title or _COPY_SUFFIX.sub("", PurePath(source).stem).strip() or "Calendar",
        place=calendar_place,
        timezone=found_zone.name,
        title_given=bool(title),
        identify_by_sessions=True,
    )
    plan = ImportPlan(source=source, format=FORMAT_NAME, meetings=[meeting])
    if found_zone.note:
        plan.notes.append(found_zone.note)
    try:
        expansion = expand(source, calendar, found_zone.name, today or date.today())
    except ScheduleImportError:
        raise
    except CALENDAR_READ_ERRORS as e:
        raise calendar_place.error(None, f"the events cannot be read ({_short(e)})") from e
    participants: dict[str, PlannedParticipant] = {}
    left_out: list[tuple[str, str]] = []
    untitled = 0
    total = len(expansion.occurrences)
    for done, occurrence in enumerate(expansion.occurrences, start=1):
        uid = occurrence.uid
        label = f" (UID {uid[:80]})" if uid else ""
        place = Place(source, f"VEVENT #{occurrence.index + 1}{label}")
        try:
            session = _session(place, meeting, occurrence, tz, participants)
        except ScheduleImportError:
            raise
        except CALENDAR_READ_ERRORS as e:
            raise place.error(None, f"cannot be read ({_short(e)})") from e
        if isinstance(session, tuple):
            left_out.append(session)
        else:
            untitled += session.title == NO_TITLE
            meeting.sessions.append(session)
        if progress is not None:
            progress(done, total)
    meeting.participants.extend(participants.values())
    plan.notes.extend(expansion.notes)
    if untitled:
        plan.notes.append(f"{untitled} event(s) without a SUMMARY imported as {NO_TITLE!r}")
    if left_out:
        plan.notes.append(
            f"{len(left_out)} event(s) lasting several days not imported (not a session): "
            + _spans(left_out)
        )
    return plan


def _spans(left_out: list[tuple[str, str]]) -> str:
    """The events left out, one entry per title (a weekly series of week-long events is one
    line with its count, not fifty)."""
    by_title: dict[str, list[str]] = {}
    for title, text in left_out:
        by_title.setdefault(title, []).append(text)
    parts = [
        texts[0] if len(texts) == 1 else f"{texts[0]} and {len(texts) - 1} more like it"
        for texts in by_title.values()
    ]
    more = f"; … and {len(parts) - 10} more" if len(parts) > 10 else ""
    return "; ".join(parts[:10]) + more


def _calendar_identity(place: Place, calendar: icalendar.Calendar, title: str) -> str:
    """What the calendar is, from what it says of itself (never its file name)."""
    relcalid = _text(place, "X-WR-RELCALID", calendar.get("X-WR-RELCALID"))
    if relcalid or title:
        return relcalid or title
    prodid = (
        _text(place, "PRODID", calendar.get("PRODID"))
        if not isinstance(calendar.get("PRODID"), list)
        else ""
    )
    uids = sorted(
        str(e.get("UID")).strip()
        for e in calendar.walk("VEVENT")
        if isinstance(e.get("UID"), str) and str(e.get("UID")).strip()
    )
    if not uids:  # the file says nothing of itself: its name is all there is
        return f"file:{_COPY_SUFFIX.sub('', PurePath(place.file).stem).strip()[:200]}"
    return f"{prodid[:200]}|{uids[0][:200]}"


def _tzinfo(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _session(
    place: Place,
    meeting: PlannedMeeting,
    occurrence: Occurrence,
    tz: Any,
    participants: dict[str, PlannedParticipant],
) -> PlannedSession | tuple[str, str]:
    """The session of one event or occurrence, or, for an event that is no session (several
    days long), its title and how the preview names it."""
    event = occurrence.component
    if event.get("DTSTART") is None:
        raise place.error("DTSTART", "the event has no start")
    start = _moment(place, "DTSTART", event.get("DTSTART"), tz)
    title = _text(place, "SUMMARY", event.get("SUMMARY")) or NO_TITLE
    key = f"ics:uid:{occurrence.uid}" if occurrence.uid else _keyless(title, start)
    recurrence = occurrence.recurrence
    if recurrence is not None and not occurrence.first_of_series:
        moment = _moment(place, "RECURRENCE-ID", recurrence, tz).astimezone(tz)
        key += f"/{moment.isoformat()}"
    all_day = not isinstance(event.get("DTSTART").dt, datetime)
    if event.get("DTEND") is not None:
        end = _moment(place, "DTEND", event.get("DTEND"), tz)
    elif event.get("DURATION") is not None:
        try:
            duration = event.get("DURATION").dt
        except CALENDAR_READ_ERRORS as error:
            raise place.error("DURATION", f"not a duration ({_short(error)})") from error
        if not isinstance(duration, timedelta):
            raise place.error("DURATION", "not a duration")
        end = start + duration
    elif all_day:
        end = start + timedelta(days=1)  # a date alone is a whole day (RFC 5545 3.6.1)
    else:
        end = start
    start_ms, end_ms = epoch_ms(start), epoch_ms(end)
    if end_ms < start_ms:
        raise place.error("DTEND", "the event ends before it starts")
    if (all_day and end - start > timedelta(days=1)) or end_ms - start_ms > MAX_DURATION_MS:
        return title, _span(title, start, end, all_day)
    item = PlannedItem(
        key=f"{key}/item", title=title, place=place, planned_duration_ms=end_ms - start_ms
    )
    organizer = event.get("ORGANIZER")
    if organizer is not None and is_a_person(organizer):
        _participant(place, meeting, "ORGANIZER", organizer, participants)
    speakers: list[str] = []
    attendees = event.get("ATTENDEE")
    if attendees is not None and not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees or []:
        if not is_a_person(attendee):
            continue
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


def _keyless(title: str, start: datetime) -> str:
    """The key of an event without a ``UID`` (Exchange's CDO writes none): its title and
    start, as a sheet without a Session ID column is keyed."""
    return f"ics:event:{normalise(title)[:200]}@{start.isoformat()}"


def _span(title: str, start: datetime, end: datetime, all_day: bool) -> str:
    if all_day:
        last = (end - timedelta(days=1)).date()
        days = (end.date() - start.date()).days
        return f"{title!r} ({start.date().isoformat()} to {last.isoformat()}, {days} days)"
    first, last = start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")
    return f"{title!r} ({first} to {last})"


def _moment(place: Place, field: str, prop: Any, tz: Any) -> datetime:
    try:
        value = prop.dt
    except CALENDAR_READ_ERRORS as error:
        raise place.error(field, f"not a date or date-time ({_short(error)})") from error
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    raise place.error(field, "not a date or date-time")


#: Calendar user types that are not people (RFC 5545 3.2.3): a room, a projector, a group.
NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})
#: Addresses Google gives calendars and bookable rooms, not people: a calendar lists itself as
#: an attendee of its events, and would become a speaker of every one.
NOT_PEOPLE_DOMAINS = (
    "@group.calendar.google.com",
    "@group.v.calendar.google.com",
    "@resource.calendar.google.com",
    "@import.calendar.google.com",
)


def is_a_person(address: Any) -> bool:
    """Whether an ORGANIZER or ATTENDEE is a person who may speak (not a room, a resource,
    a group, or a calendar listing itself)."""
    params = getattr(address, "params", {}) or {}
    if str(params.get("CUTYPE", "")).upper() in NOT_PEOPLE:
        return False
    return not str(address).strip().lower().endswith(NOT_PEOPLE_DOMAINS)


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
    scheme, _, rest = value.partition(":")
    email = rest.strip().lower() if scheme.lower() == "mailto" and "@" in rest else ""
    # Outlook writes "invalid:nomail" for a person without an address: no identity at all.
    addressed = bool(scheme and rest.strip()) and value.lower() != "invalid:nomail"
    other = value if addressed and not email else ""
    if not name:
        name = email or other
    if not name:
        raise place.error(field, "names nobody (no CN and no address)")
    if email:
        identity = f"mail:{email}"
    elif other:
        identity = f"uri:{other}"
    else:  # by name: two people with different names are never one, in any script
        identity = f"name:{normalise(name) or name.strip()}"
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
    if isinstance(error, OSError):  # the zone database's own path means nothing to staff
        name = PurePath(error.filename).name if error.filename else ""
        return f"a TZID names no time zone: {name!r}" if name else "a TZID names no time zone"
    text = str(error) or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."
