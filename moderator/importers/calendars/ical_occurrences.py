"""Which events of an iCalendar file are sessions: recurring series expanded, cancelled
occurrences left out.

A series (``RRULE``/``RDATE`` with ``EXDATE`` and its moved or changed occurrences, the
``VEVENT``s with its ``UID`` and a ``RECURRENCE-ID``) is expanded by recurring-ical-events
within the imported window: from the series' start to one year after the later of today and
the last date any event of the file names. A series that goes on beyond it (no end, or an
end far away) is cut there, and the preview says so: importing the calendar again later adds
the next occurrences. At most 1,000 occurrences of one series are kept, the nearest today; a
rule repeating more than 24 times a day is named and left out, so that no file makes an
import list a year minute by minute. An occurrence or event with ``STATUS:CANCELLED`` is not a
session.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import recurring_ical_events

from moderator.importers.errors import CALENDAR_READ_ERRORS, Place, ScheduleImportError

#: How far after today (or the file's last date) a series without an end is expanded.
HORIZON = timedelta(days=366)
#: The first and last days an occurrence may start on (what the database stores).
FIRST_DAY = date(1970, 1, 2)
LAST_DAY = date(9999, 12, 1)
#: Occurrences of one series imported at most: those nearest today are kept.
MAX_OCCURRENCES = 1000
#: A rule repeating more often than this in a day (every 15 minutes) is no series of
#: sessions; it is left out and named, and so never expanded minute by minute for years.
MAX_PER_DAY = 24
#: Occurrences of one series listed from its start at most; a denser series (every minute)
#: is listed from today on instead, so no rule makes an import take minutes.
MAX_SCANNED = 5000


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
    end = _later(max(_last_stated_date(events), today), HORIZON)
    result = Expansion()
    cut: list[str] = []
    cancelled = 0
    done: set[str] = set()
    versions = _latest_versions(events, series)
    for index, event in enumerate(events):
        uid = _uid(event)
        if uid not in series:
            if uid and versions.get((uid, _instant_key(event.get("RECURRENCE-ID")))) != index:
                continue  # an older copy of the same event: the latest version is the session
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
        try:
            found, skipped, note, goes_on = _series(place, calendar, zone_name, members, end, today)
        except ScheduleImportError:
            raise
        except CALENDAR_READ_ERRORS as e:
            raise place.error("RRULE", f"the recurrence cannot be expanded ({e})") from e
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
    repeated = sum(1 for i, e in enumerate(events) if _uid(e) and _uid(e) not in series) - len(
        versions
    )
    if repeated:
        result.notes.append(
            f"{repeated} older copy(ies) of events listed twice with the same UID left out "
            "(the highest SEQUENCE, else the last in the file, is imported)"
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
    per_day = _times_a_day(master)
    if per_day > MAX_PER_DAY:
        note = f"{title!r} repeats {per_day:g} times a day: not sessions a chair runs, not imported"
        return [], 0, note, False
    if master.get("DTSTART") is None:
        raise place.error("DTSTART", "the event has no start")
    for rule in _each(master.get("RRULE")):
        interval = (rule.get("INTERVAL") or [1])[0]
        if not isinstance(interval, int) or interval < 1:
            raise place.error("RRULE", f"INTERVAL must be a whole number from 1: {interval!r}")
    # Occurrences before 1970 cannot be stored (a birthday series from 1950 starts in 1970).
    start = max(_day(master.get("DTSTART")), FIRST_DAY) - timedelta(days=1)
    dense = False
    try:
        query = recurring_ical_events.of(part)
        components = _until(_occurrences(query, start, end), MAX_SCANNED)
        if len(components) > MAX_SCANNED:  # too dense to list from its start: from today on
            dense = True
            components = _until(_occurrences(query, max(start, today), end), MAX_OCCURRENCES)
            components = components[:MAX_OCCURRENCES]
        goes_on = _endless(master) or bool(
            _until(_occurrences(query, end + timedelta(days=1), _later(end, 3 * HORIZON)), 0)
        )
    except CALENDAR_READ_ERRORS as error:
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
    if not found and not cancelled:
        window = f"{(start + timedelta(days=1)).isoformat()} to {end.isoformat()}"
        note = f"{title!r} has no occurrence from {window}: not imported"
    elif dense and found:
        first, last = (_day(o.component.get("DTSTART")).isoformat() for o in (found[0], found[-1]))
        note = (
            f"{title!r} repeats more than {MAX_SCANNED} times in the imported window: the "
            f"{len(found)} occurrences from {first} to {last} are imported"
        )
    elif len(found) > MAX_OCCURRENCES:
        found, note = _nearest(found, today, title)
    return found, cancelled, note, goes_on and not note


_PER_DAY = {"SECONDLY": 86_400, "MINUTELY": 1_440, "HOURLY": 24}


def _times_a_day(master: Any) -> float:
    """How many times a day the event's rules repeat it at most (1 for daily or rarer)."""
    most = 1.0
    for rule in _each(master.get("RRULE")):
        frequency = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
        intervals = rule.get("INTERVAL") or [1]
        interval = max(1, int(intervals[0])) if str(intervals[0]).isdigit() else 1
        times = _PER_DAY.get(frequency, 1) / interval
        for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            values = rule.get(part)
            if values and _PER_DAY.get(frequency, 1) <= {"BYHOUR": 1, "BYMINUTE": 24}.get(
                part, 1_440
            ):
                times *= len(values)
        most = max(most, times)
    return most


def _until(components: Iterator[Any], limit: int) -> list[Any]:
    """The first ``limit`` + 1 components at most (one more says there were more)."""
    found: list[Any] = []
    for component in components:
        found.append(component)
        if len(found) > limit:
            break
    return found


def _endless(master: Any) -> bool:
    """Whether a rule of the event repeats it for ever (neither ``COUNT`` nor ``UNTIL``)."""
    return any(not r.get("COUNT") and not r.get("UNTIL") for r in _each(master.get("RRULE")))


def _later(day: date, by: timedelta) -> date:
    return day + by if day < LAST_DAY - by else LAST_DAY


def _occurrences(query: Any, start: date, end: date) -> Iterator[Any]:
    """The occurrences starting from ``start`` to ``end``, in order, listed a span of days at
    a time (longer while they are sparse, shorter while dense), so that reading the first
    thousand of a rule repeating every minute costs what they cost, not the whole year."""
    span = 32
    low = start
    while low <= end:
        high = min(low + timedelta(days=span), end + timedelta(days=1))
        margin = timedelta(days=1)  # dates are read in each event's zone: filter by own day
        batch = [
            c
            for c in query.between(low - margin, high + margin)
            if low <= _day(c.get("DTSTART")) < high
        ]
        batch.sort(key=_start_order)
        yield from batch
        if len(batch) > 400:
            span = max(1, span // 4)
        elif len(batch) < 50:
            span = min(366, span * 2)
        low = high


def _start_order(component: Any) -> tuple[date, float]:
    value = getattr(component.get("DTSTART"), "dt", None)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.date(), value.timestamp()
    if isinstance(value, datetime):
        return value.date(), value.hour * 3600 + value.minute * 60 + value.second
    return _day(component.get("DTSTART")), 0.0


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


def _latest_versions(
    events: list[Any], series: dict[str, list[tuple[int, Any]]]
) -> dict[tuple[str, object], int]:
    """For each event outside a series, by UID and RECURRENCE-ID: the position of its latest
    version (highest ``SEQUENCE``, else the last in the file)."""
    latest: dict[tuple[str, object], tuple[int, int]] = {}
    for index, event in enumerate(events):
        uid = _uid(event)
        if not uid or uid in series:
            continue
        key = (uid, _instant_key(event.get("RECURRENCE-ID")))
        sequence = event.get("SEQUENCE")
        rank = sequence if isinstance(sequence, int) else 0
        if key not in latest or rank >= latest[key][0]:
            latest[key] = (rank, index)
    return {key: index for key, (_rank, index) in latest.items()}


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
