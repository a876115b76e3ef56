"""The time zone of an iCalendar file, as the IANA name a meeting stores.

Calendars name their zone in three ways: an IANA name ("Europe/Berlin", Google's
``X-WR-TIMEZONE``), a Windows name ("W. Europe Standard Time", Outlook and Exchange), or
only a ``VTIMEZONE`` definition under a display name ("(UTC-03:00) Brasília", Outlook for
the web). The events' own times are exact in every case (icalendar reads the definitions);
only the meeting's zone, in which the chair sees the day, needs a name: the IANA name, else
the one icalendar's CLDR table gives a Windows name, else the zone whose offsets match the
definition over the years of the events, else a fixed offset, said in the preview.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from moderator.importers.errors import CALENDAR_READ_ERRORS, Place
from moderator.importers.values import normalise

#: How far apart the instants are at which a definition and a candidate zone are compared.
_SAMPLE_STEP = timedelta(days=5)
#: Years compared at most: the rules of the years the events are in decide.
_MAX_YEARS = 6


@dataclass(frozen=True, slots=True)
class CalendarZone:
    """The meeting's zone, and a sentence for the preview when it had to be inferred."""

    name: str
    note: str = ""


def known_zone(tzid: str) -> str | None:
    """The IANA name ``tzid`` means: itself, its Windows mapping, or the Olson tail of a
    vendor id such as "/freeassociation.sourceforge.net/Europe/Berlin"."""
    cleaned = tzid.strip().strip('"').strip()
    candidates = [cleaned.strip("/")]
    if cleaned.strip("/") in WINDOWS_TO_OLSON:
        candidates.append(WINDOWS_TO_OLSON[cleaned.strip("/")])
    parts = cleaned.strip("/").split("/")
    candidates.extend("/".join(parts[start:]) for start in range(1, len(parts)))
    for candidate in candidates:
        if _is_zone(candidate):
            return candidate
    return None


def calendar_zone(place: Place, calendar: icalendar.Calendar) -> CalendarZone:
    """The zone of the meeting: ``X-WR-TIMEZONE`` when the file has it, else the zone most
    events' ``DTSTART`` name, else the first ``VTIMEZONE``, else UTC."""
    stated = calendar.get("X-WR-TIMEZONE")
    if stated is not None and str(stated).strip():
        name = known_zone(str(stated))
        if name is None:
            raise place.error("X-WR-TIMEZONE", f"unknown time zone {str(stated).strip()!r}")
        return CalendarZone(name)
    definitions = {
        str(c.get("TZID")).strip(): c for c in calendar.walk("VTIMEZONE") if c.get("TZID")
    }
    used = Counter(
        str(event["DTSTART"].params.get("TZID")).strip()
        for event in calendar.walk("VEVENT")
        if event.get("DTSTART") is not None
        and not isinstance(event.get("DTSTART"), list)
        and event["DTSTART"].params.get("TZID")
    )
    ranked = [tzid for tzid, _ in used.most_common()] + list(definitions)
    if not ranked:
        return CalendarZone("UTC")
    tzid = ranked[0]
    name = known_zone(tzid)
    if name is not None:
        return CalendarZone(name)
    definition = definitions.get(tzid)
    if definition is None:
        return CalendarZone(
            "UTC", f"the time zone {tzid!r} is neither known nor defined in the file: UTC is used"
        )
    return _inferred(place, definition, tzid, _event_years(calendar))


def _inferred(place: Place, definition: Any, tzid: str, years: tuple[int, int]) -> CalendarZone:
    try:
        defined = definition.to_tz(lookup_tzid=False)
    except CALENDAR_READ_ERRORS as error:
        raise place.error("VTIMEZONE", f"{tzid!r} cannot be read ({error})") from error
    instants = _samples(years)
    offsets = [_offset(defined, moment) for moment in instants]
    wanted = normalise(tzid)
    matching = [
        zone_name
        for zone_name in dict.fromkeys(WINDOWS_TO_OLSON.values())
        if _is_zone(zone_name)
        and all(
            _offset(ZoneInfo(zone_name), moment) == offset
            for moment, offset in zip(instants, offsets, strict=True)
        )
    ]
    by_city = [z for z in matching if normalise(z.rsplit("/", 1)[-1].replace("_", " ")) in wanted]
    chosen = (by_city or matching or [None])[0]
    if chosen is not None:
        return CalendarZone(
            chosen, f"the time zone {tzid!r} is read as {chosen} (the same offsets)"
        )
    standard = offsets[0] if offsets else timedelta(0)
    hours, rest = divmod(int(standard.total_seconds()), 3600)
    if rest == 0 and -14 <= hours <= 12:
        fixed = "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"
    else:
        fixed = "UTC"
    return CalendarZone(
        fixed,
        f"the time zone {tzid!r} matches no known zone: the meeting's zone is {fixed} "
        "(the events keep their exact times)",
    )


def _offset(tz: Any, moment: datetime) -> timedelta | None:
    local = moment.astimezone(tz)
    return local.utcoffset()


def _samples(years: tuple[int, int]) -> list[datetime]:
    first, last = years
    moment = datetime(first, 1, 1, 12, tzinfo=UTC)
    end = datetime(last + 1, 1, 1, tzinfo=UTC)
    found = []
    while moment < end:
        found.append(moment)
        moment += _SAMPLE_STEP
    return found


def _event_years(calendar: icalendar.Calendar) -> tuple[int, int]:
    years = []
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        value = getattr(start, "dt", None)
        year = getattr(value, "year", None)
        if isinstance(year, int) and 1970 <= year <= 9998:
            years.append(year)
    if not years:
        return (2020, 2020)
    last = max(years)
    return (max(min(years), last - _MAX_YEARS + 1), last)


def _is_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
