"""Which events of an iCalendar file are sessions: recurring series expanded, cancelled
occurrences left out.

A series (``RRULE``/``RDATE`` with ``EXDATE`` and its moved or changed occurrences, the
``VEVENT``s with its ``UID`` and a ``RECURRENCE-ID``) is expanded by recurring-ical-events
within the imported window: from the series' start to one year after the later of today and
the last date any event of the file names. A series that goes on beyond it (no end, or an
end far away) is cut there, and the preview says so: importing the calendar again later adds
the next occurrences. An occurrence or event with ``STATUS:CANCELLED`` is not a session.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import recurring_ical_events

from moderator.importers.errors import Place

#: How far after today (or the file's last date) a series without an end is expanded.
HORIZON = timedelta(days=366)
#: Occurrences of one series imported at most: those nearest today are kept.
MAX_OCCURRENCES = 1000


@dataclass(slots=True)
class Occurrence:
    """One event or one occurrence of a series, as the component that describes it."""

    index: int  # position of the VEVENT (the series' first) in the file, for messages
    uid: str
    component: Any
    recurrence: Any = None  # the occurrence's RECURRENCE-ID property; None for an event
    first_of_series: bool = False


@dataclass(slots=True)
class Expansion:
    occurrences: list[Occurrence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def expand(source: str, calendar: icalendar.Calendar, zone_name: str, today: date) -> Expansion:
    """The sessions-to-be of ``calendar`` in file order (a series at its first VEVENT)."""
    events = [c for c in calendar.subcomponents if getattr(c, "name", None) == "VEVENT"]
    series: dict[str, list[tuple[int, Any]]] = {}
    for event in events:
        uid = _uid(event)
        if uid and _is_master(event) and _repeats(event):
            series.setdefault(uid, [])
    for index, event in enumerate(events):
        uid = _uid(event)
        if uid in series:
            series[uid].append((index, event))
    end = max(_last_stated_date(events), today) + HORIZON
    result = Expansion()
    cut: list[str] = []
    cancelled = 0
    done: set[str] = set()
    for index, event in enumerate(events):
        uid = _uid(event)
        if uid not in series:
            if _cancelled(event):
                cancelled += 1
                continue
            recurrence = event.get("RECURRENCE-ID")
            result.occurrences.append(Occurrence(index, uid, event, recurrence))
            continue
        if uid in done:
            continue
        done.add(uid)
        members = series[uid]
        place = Place(source, f"VEVENT #{members[0][0] + 1} (UID {uid[:80]})")
        found, skipped, note, goes_on = _series(place, calendar, zone_name, members, end, today)
        cancelled += skipped
        result.occurrences.extend(found)
        if note:
            result.notes.append(note)
        elif goes_on:
            cut.append(str(master_title(members)))
    if cut:
        names = ", ".join(repr(name) for name in list(dict.fromkeys(cut))[:5])
        more = f" and {len(cut) - 5} more" if len(cut) > 5 else ""
        result.notes.append(
            f"{len(cut)} recurring event(s) repeat beyond {end.isoformat()} ({names}{more}): "
            "their occurrences up to then are imported; import the calendar again later for "
            "the next ones"
        )
    if cancelled:
        result.notes.append(
            f"{cancelled} cancelled event(s) or occurrence(s) (STATUS:CANCELLED) not imported"
        )
    return result


def _series(
    place: Place,
    calendar: icalendar.Calendar,
    zone_name: str,
    members: list[tuple[int, Any]],
    end: date,
    today: date,
) -> tuple[list[Occurrence], int, str, bool]:
    """The occurrences of one series up to ``end``, the number cancelled, a note when too
    many were left out, and whether the series goes on after ``end``."""
    index = members[0][0]
    master = next(event for _, event in members if _is_master(event))
    uid = _uid(master)
    title = master_title(members)
    part = icalendar.Calendar()
    for name, value in calendar.items():
        if name != "X-WR-TIMEZONE":
            part.add(name, value)
    if calendar.get("X-WR-TIMEZONE") is not None:  # the IANA name, however the file spells it
        part.add("X-WR-TIMEZONE", zone_name)
    for component in calendar.walk("VTIMEZONE"):
        part.add_component(component)
    for _, event in members:
        part.add_component(event)
    start = _day(master.get("DTSTART")) - timedelta(days=1)
    try:
        query = recurring_ical_events.of(part)
        components = list(query.between(start, end + timedelta(days=1)))
        goes_on = next(iter(query.after(end + timedelta(days=1))), None) is not None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
        raise place.error("RRULE", f"the recurrence cannot be expanded ({error})") from error
    master_start = _instant_key(master.get("DTSTART"))
    found: list[Occurrence] = []
    cancelled = 0
    for component in components:
        if _cancelled(component):
            cancelled += 1
            continue
        recurrence = component.get("RECURRENCE-ID")
        first = recurrence is None or _instant_key(recurrence) == master_start
        found.append(Occurrence(index, uid, component, recurrence, first_of_series=first))
    note = ""
    if len(found) > MAX_OCCURRENCES:
        found, note = _nearest(found, today, title)
    return found, cancelled, note, goes_on


def master_title(members: list[tuple[int, Any]]) -> str:
    master = next(event for _, event in members if _is_master(event))
    return str(master.get("SUMMARY") or _uid(master)).strip()


def _nearest(found: list[Occurrence], today: date, title: str) -> tuple[list[Occurrence], str]:
    starts = [_day(o.component.get("DTSTART")) for o in found]
    upcoming = next((i for i, day in enumerate(starts) if day >= today), len(found))
    first = max(0, min(upcoming, len(found) - MAX_OCCURRENCES))
    kept = found[first : first + MAX_OCCURRENCES]
    note = (
        f"{title!r} has {len(found)} occurrences in the imported window: the "
        f"{MAX_OCCURRENCES} from {starts[first].isoformat()} to "
        f"{starts[first + MAX_OCCURRENCES - 1].isoformat()} are imported"
    )
    return kept, note


def _uid(event: Any) -> str:
    value = event.get("UID")
    return str(value).strip() if isinstance(value, str) else ""


def _is_master(event: Any) -> bool:
    return event.get("RECURRENCE-ID") is None


def _repeats(event: Any) -> bool:
    return event.get("RRULE") is not None or event.get("RDATE") is not None


def _cancelled(event: Any) -> bool:
    return str(event.get("STATUS") or "").strip().upper() == "CANCELLED"


def _day(prop: Any) -> date:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ValueError("no start date")


def _instant_key(prop: Any) -> object:
    """A value to compare two DTSTART/RECURRENCE-ID values by: the instant, or the date."""
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.timestamp()
    return value


def _last_stated_date(events: list[Any]) -> date:
    """The last day any event names (start, end or a moved occurrence's date); rules' ends
    (``UNTIL``) are not counted, so a rule ending in 2099 does not stretch the window."""
    last = date(1970, 1, 1)
    for event in events:
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            for prop in _each(event.get(name)):
                try:
                    last = max(last, _day(prop))
                except ValueError:
                    continue
    return last


def _each(value: Any) -> Iterator[Any]:
    if value is None:
        return
    if isinstance(value, list):
        yield from value
    else:
        yield value
