"""Formatting of times for the screen, in the meeting's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=16)
def meeting_zone(name: str) -> tzinfo | None:
    """The meeting's zone, or ``None`` (the laptop's local zone) when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def clock_time(epoch_ms: int, zone_name: str, seconds: bool = False) -> str:
    """``14:05`` (or ``14:05:09``) in the meeting's zone."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(meeting_zone(zone_name))
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")


def zone_label(moment: datetime, zone_name: str) -> str:
    """How a time's zone is written beside it: the abbreviation in use at ``moment`` (CET,
    CEST, EDT) where the zone has one, else the zone's name in brackets ("(Asia/Dubai)": its
    abbreviation would be "+04", which reads as an offset to the time)."""
    abbreviation = moment.tzname() or ""
    if abbreviation.isalpha():
        return abbreviation
    return f"({zone_name})"


def minutes_seconds(duration_ms: int) -> str:
    """An allotment such as ``5:00``."""
    seconds = max(0, duration_ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"
