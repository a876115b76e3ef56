"""The time zone a schedule means when it names none but writes every time with its offset.

A pretalx export without ``time_zone_name`` whose times all say ``+01:00`` was meant in
UTC+01:00; reading it as UTC shows every talk an hour early on the chair's screen. The
instants themselves are exact either way; what is inferred is the zone the meeting's times are
shown in. One offset throughout gives the fixed zone of that offset (``Etc/GMT-1`` is
UTC+01:00: the IANA names count the other way); several (a schedule across a daylight saving
change) give the first geographic zone that has exactly those offsets at those instants.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

_NOT_PLACES = ("Etc/", "SystemV/", "US/", "posix/", "right/", "Canada/", "Mexico/", "Brazil/")


def offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_for_offsets(instants: Iterable[datetime]) -> str | None:
    """A zone in which every one of ``instants`` (aware datetimes) has the offset it was
    written with, or ``None`` when there are none or no zone fits."""
    moments = [m for m in instants if m.utcoffset() is not None]
    if not moments:
        return None
    offsets = {m.utcoffset() for m in moments}
    if len(offsets) == 1:
        (offset,) = offsets
        assert offset is not None
        if offset == timedelta(0):
            return "UTC"
        hours, rest = divmod(offset, timedelta(hours=1))
        if not rest and -12 <= hours <= 14:
            return f"Etc/GMT{-hours:+d}"
    for name in _places():
        tz = ZoneInfo(name)
        if all(m.astimezone(tz).utcoffset() == m.utcoffset() for m in moments):
            return name
    return None


@cache
def _places() -> list[str]:
    return sorted(
        name for name in available_timezones() if "/" in name and not name.startswith(_NOT_PLACES)
    )
