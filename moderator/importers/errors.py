"""The one error every importer raises for bad input.

Staff fix the file, not the program, so the message names the file, where in it (CSV row,
XLSX sheet and row, JSON path, XML element and line, iCalendar component) and which field,
then what is wrong. Anything else escaping a parser is a bug in Moderator.
"""

from __future__ import annotations


class ScheduleImportError(Exception):
    """A file cannot be imported. Nothing was written: imports are all or nothing."""

    def __init__(self, file: str, location: str, field: str | None, problem: str) -> None:
        self.file = file
        self.location = location or "whole file"
        location = self.location
        self.field = field
        self.problem = problem
        where = f"{file}: {location}"
        what = f"field '{field}': {problem}" if field else problem
        super().__init__(f"{where}: {what}")


class Place:
    """Where a parser is in a file, to raise errors that say so.

    ``Place(file, "row 12").error("start", "not a time: '25:99'")`` builds the exception.
    """

    __slots__ = ("file", "location")

    def __init__(self, file: str, location: str) -> None:
        self.file = file
        self.location = location or "whole file"
        location = self.location

    def error(self, field: str | None, problem: str) -> ScheduleImportError:
        return ScheduleImportError(self.file, self.location, field, problem)

    def __repr__(self) -> str:
        return f"Place({self.file!r}, {self.location!r})"


#: What icalendar and recurring-ical-events raise on a value they cannot read (a broken
#: property, a date out of range, a TZID naming a folder of the zone database): the file's
#: fault, reported as a ``ScheduleImportError`` naming where, never a crash.
CALENDAR_READ_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    OSError,
)
