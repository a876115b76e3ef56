"""Dates and times as spreadsheets hold them, turned into instants without guessing.

Two things go wrong silently elsewhere and are refused here, naming the row: a local time the
clocks skip (02:30 on the spring-forward day does not exist; Python would quietly make it
03:30) and one they pass twice (02:30 on the fall-back day could be either). And a date or
time saved as the number Excel keeps underneath ("46018", "0.375", "46018.375") is read as
the date or time it stands for, so a sheet whose cells lost their format still imports.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from moderator.importers.errors import Place
from moderator.importers.values import calendar_date, clock_time

#: Day 0 of Excel's (1900) date system as every spreadsheet since Lotus 1-2-3 counts it.
EXCEL_EPOCH = datetime(1899, 12, 30)
#: Serial numbers of 1970-01-01 and 9999-12-31: outside them a number is not a date here.
FIRST_SERIAL, LAST_SERIAL = 25_569, 2_958_465
_SERIAL = re.compile(r"^\s*(\d{1,7})(?:[.,](\d{1,17}))?\s*$")


def serial_number(value: object) -> float | None:
    """``value`` as a number when it is one (a number cell, or text holding only digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = _SERIAL.match(value)
        if match:
            return float(f"{match[1]}.{match[2] or 0}")
    return None


def _from_serial(number: float) -> datetime:
    seconds = round(number * 86_400)
    return EXCEL_EPOCH + timedelta(seconds=seconds)


def sheet_date(place: Place, field: str, value: object) -> tuple[date, bool]:
    """A Date cell, and whether it was an Excel serial number."""
    number = serial_number(value)
    if number is None:
        return calendar_date(place, field, value), False
    if not FIRST_SERIAL <= number <= LAST_SERIAL:
        raise place.error(
            field,
            f"not a date: {value!r} (a date is written like 2022-05-10 or 10.05.2022; "
            f"an Excel serial date is a number from {FIRST_SERIAL} (1970-01-01) up)",
        )
    return _from_serial(int(number)).date(), True


def sheet_time(place: Place, field: str, value: object) -> tuple[time | datetime, bool]:
    """A Start or End cell — a time of day, or a full date and time — and whether it was an
    Excel serial number (a day fraction such as 0.375, or days and fraction 46018.375)."""
    number = serial_number(value)
    if number is None:
        return clock_time(place, field, value), False
    if 0 <= number < 1:
        moment = _from_serial(number)
        return (time(23, 59, 59, 999_000) if moment.day != 30 else moment.time()), True
    if FIRST_SERIAL <= number <= LAST_SERIAL + 1:
        return _from_serial(number), True
    raise place.error(field, f"not a time like 09:30: {value!r}")


def local_instant(
    place: Place, field: str, day: date, moment: time | datetime, tz: ZoneInfo
) -> datetime:
    """The instant of a local date and time in ``tz`` (a full date-time keeps its own date;
    one with an offset is already an instant). A wall-clock time the zone skips or repeats
    that day is refused: which instant was meant cannot be known."""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            return moment
        wall = moment
    else:
        wall = datetime.combine(day, moment)
    early = wall.replace(tzinfo=tz, fold=0)
    late = wall.replace(tzinfo=tz, fold=1)
    shown = f"{wall:%Y-%m-%d %H:%M}"
    if early.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != wall:
        raise place.error(
            field,
            f"{shown} does not exist in {tz.key}: the clocks skip that hour "
            "(daylight saving time starts); give the time after the change",
        )
    if early.utcoffset() != late.utcoffset():
        raise place.error(
            field,
            f"{shown} happens twice in {tz.key} (daylight saving time ends): "
            "give the time with its UTC offset, e.g. "
            f"{early.isoformat(timespec='minutes')} or {late.isoformat(timespec='minutes')}",
        )
    return early
