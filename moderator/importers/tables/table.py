"""Rows of a spreadsheet (CSV or XLSX) → an import plan.

Each row says whatever its filled cells say: a meeting (meeting columns), a session (session,
date, start…), an agenda item of that session, a participant (speaker…) and, when it names
both a session and a speaker, that speaker's place on the item's list. So one row per
speaker is the usual sheet, and rows with only a speaker fill the roster. Rows that describe
the same session (same id, else same title, date and start) must agree: a second row giving
another room for it is an error naming both rows; a row that leaves its Date or Start empty
continues the session above with its Session ID (else its title). Ids in the id columns are
the source's stable ids; without them, keys are derived from titles, times and names (documented in
``docs/import-formats.md``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from moderator.domain.model import SpeechType
from moderator.domain.queue_rules import FLOOR_REQUEST_MS
from moderator.importers.errors import Place, ScheduleImportError
from moderator.importers.plan import (
    ImportPlan,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.speaking_time import share_slot
from moderator.importers.tables.columns import COLUMNS, all_names, column_for, preference
from moderator.importers.values import (
    attendance,
    epoch_ms,
    minutes_ms,
    normalise,
    session_format,
    speech_type,
    stakeholder_group,
    whole_number,
    zone,
)
from moderator.importers.wall_clock import local_instant, sheet_date, sheet_time

#: Speaking time of a row that gives none: two minutes from the floor, three otherwise.
DEFAULT_ALLOTTED_MS = 3 * 60_000
_LOCAL_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

Progress = Callable[[int, int], None]
#: A row as read: its location in the file ("row 12", "sheet 'Agenda', row 12") and its cells.
Row = tuple[str, Sequence[Any]]


def parse_sheet(
    source: str,
    format_name: str,
    rows: list[tuple[str, Sequence[Any]]],
    empty_location: str,
    progress: Progress | None = None,
    empty_message: str = "the file is empty",
) -> ImportPlan:
    """A sheet's rows (CSV or XLSX, blank rows left out): the first is the header. An empty
    sheet is refused here, once for every format."""
    if not rows:
        raise ScheduleImportError(source, empty_location, None, empty_message)
    (header_location, header), body = rows[0], rows[1:]
    return parse_rows(
        source,
        format_name,
        PurePath(source).stem,
        header_location,
        header,
        body,
        len(body),
        progress,
    )


def parse_rows(
    source: str,
    format_name: str,
    default_meeting: str,
    header_location: str,
    header: Sequence[Any],
    rows: Iterable[Row],
    total_rows: int,
    progress: Progress | None = None,
) -> ImportPlan:
    mapping = _map_header(Place(source, header_location), header)
    columns = mapping.columns
    builder = _TableBuilder(source, default_meeting)
    if "date" not in columns:
        builder.date_hint = _misspelt(mapping.unknown, "date")
    for done, (location, cells) in enumerate(rows, start=1):
        values = {
            column: _cell(cells[index]) for column, index in columns.items() if index < len(cells)
        }
        values = {column: value for column, value in values.items() if value is not None}
        if values:
            builder.add_row(Place(source, location), values)
        if progress is not None:
            progress(done, total_rows)
    plan = builder.finish()
    plan.format = format_name
    plan.notes.extend(mapping.notes)
    ignored = [
        str(h)
        for i, h in enumerate(header)
        if h not in (None, "") and i not in columns.values() and i not in mapping.passed_over
    ]
    if ignored:
        plan.notes.append("columns ignored: " + ", ".join(ignored))
    return plan


@dataclass(slots=True)
class _Header:
    """Which cell index each canonical column is read from, and what the preview should say
    about the header (a column chosen over another, a name that looks misspelt)."""

    columns: dict[str, int]
    notes: list[str]
    passed_over: set[int]
    unknown: list[str]


def _map_header(place: Place, header: Sequence[Any]) -> _Header:
    columns: dict[str, int] = {}
    notes: list[str] = []
    passed_over: set[int] = set()
    unknown: list[str] = []
    for index, name in enumerate(header):
        if name is None or str(name).strip() == "":
            continue
        column = column_for(str(name))
        if column is None:
            unknown.append(str(name))
            continue
        if column in columns:
            first = str(header[columns[column]])
            if normalise(first) == normalise(str(name)):
                raise place.error(
                    str(name), f"names the same column as {first!r} ({COLUMNS[column][0]})"
                )
            # Two names for one column ("Track" and "Theme"): the closer name is read.
            if preference(column, str(name)) < preference(column, first):
                passed_over.add(columns[column])
                columns[column] = index
                used, other = str(name), first
            else:
                passed_over.add(index)
                used, other = first, str(name)
            notes.append(
                f"columns {used!r} and {other!r} both mean {COLUMNS[column][0]}: "
                f"{used!r} was read, {other!r} ignored"
            )
            continue
        columns[column] = index
    for name in unknown:
        guess = _near_name(name)
        if guess is not None:
            notes.append(f"column {name!r} ignored: not a known name (did you mean {guess!r}?)")
    if not columns:
        raise place.error(
            None,
            "no known column in the header row (expected names such as Session, Date, Start, "
            "Speaker; see docs/import-formats.md)" + _misspelt(unknown),
        )
    has_session = "session" in columns or "session_id" in columns
    if has_session:
        if "start" not in columns:
            raise place.error(
                "Start", "the sheet has sessions but no such column" + _misspelt(unknown, "start")
            )
    elif "speaker" not in columns:
        raise place.error(
            "Session",
            "the sheet has neither a Session nor a Speaker column"
            + _misspelt(unknown, "session", "speaker"),
        )
    return _Header(columns, notes, passed_over, unknown)


def _near_name(header: str, *wanted: str) -> str | None:
    """The known column name ``header`` looks like a misspelling of (of one of ``wanted``
    columns when given), as the template writes it. Looser when a column is known to be
    missing ("Dtae" for Date) than when only suggesting ("Status" is not "Starts")."""
    names = {name: column for name, column in all_names().items() if not wanted or column in wanted}
    text = normalise(header)
    if not text or text in names:
        return None
    cutoff = 0.75 if wanted else 0.8
    close = difflib.get_close_matches(text, list(names), n=1, cutoff=cutoff)
    return COLUMNS[names[close[0]]][0] if close else None


def _misspelt(unknown: list[str], *wanted: str) -> str:
    for name in unknown:
        guess = _near_name(name, *wanted)
        if guess is not None:
            return f"; the column {name!r} looks like a misspelling of {guess!r}"
    return ""


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _local_id(value: Any) -> str | None:
    text = str(value)
    return text if _LOCAL_ID.match(text) else None


@dataclass(slots=True)
class _Seen:
    """Where a record was first described, and the values it was given there."""

    place: Place
    values: dict[str, Any] = field(default_factory=dict)

    def agree(self, place: Place, name: str, value: Any, what: str) -> None:
        """A later row may repeat a value or leave it out, not change it."""
        if value is None:
            return
        first = self.values.get(name)
        if first is None:
            self.values[name] = value
        elif first != value:
            raise place.error(
                name, f"{what} has {first!r} in {self.place.location} and {value!r} here"
            )


class _TableBuilder:
    def __init__(self, source: str, default_meeting: str) -> None:
        self.source = source
        self.default_meeting = default_meeting or "Imported agenda"
        self.plan = ImportPlan(source=source, format="")
        self.meetings: dict[str, tuple[PlannedMeeting, _Seen]] = {}
        self.participants: dict[str, tuple[PlannedParticipant, _Seen]] = {}
        self.sessions: dict[str, tuple[PlannedSession, _Seen, str, bool]] = {}
        self.items: dict[str, tuple[PlannedItem, _Seen]] = {}
        #: entry key → (order, row number) for sorting at the end.
        self.entry_order: dict[str, tuple[int, int]] = {}
        self.entry_counts: dict[str, int] = {}
        self.rows = 0
        self.serial_noted = False
        #: Added to "a session needs a date" when a header looks like a misspelt Date.
        self.date_hint = ""

    def add_row(self, place: Place, row: dict[str, Any]) -> None:
        self.rows += 1
        meeting = self._meeting(place, row)
        participant_key = self._participant(place, row, meeting)
        if "session" not in row and "session_id" not in row:
            for column in ("item", "item_id", "date", "start", "end", "entry_id"):
                if column in row:
                    raise place.error(COLUMNS[column][0], "given without a session")
            return
        session, session_key = self._session(place, row, meeting)
        speaking = ("speech_type", "allotted_minutes", "order", "entry_id")
        if participant_key is None and any(c in row for c in speaking):
            raise place.error("Speaker", "speaking details are given but no speaker")
        if participant_key is None and not any(
            c in row for c in ("item", "item_id", "planned_minutes")
        ):
            return  # a session without agenda items (a plain schedule row)
        item = self._item(place, row, session, session_key)
        if participant_key is not None:
            self._entry(place, row, item, participant_key)

    def finish(self) -> ImportPlan:
        for meeting, _seen in self.meetings.values():
            for session in meeting.sessions:
                for item in session.items:
                    item.entries.sort(key=lambda e: self.entry_order[e.key])
        for session, _seen, _day, has_end in self.sessions.values():
            # Speakers without Allotted minutes share the item's Planned minutes, else the
            # session's slot when the item is its only one (``speaking_time``).
            for item in session.items:
                if item.planned_duration_ms:
                    item.speaking_slot_ms = item.planned_duration_ms
                elif has_end and len(session.items) == 1:
                    item.speaking_slot_ms = session.end_ms - session.start_ms
                share_slot(item)
        for session, _seen, _day, has_end in self.sessions.values():
            if not has_end:
                planned = sum(
                    item.planned_duration_ms or sum(e.allotted_ms for e in item.entries)
                    for item in session.items
                )
                session.end_ms = session.start_ms + planned
        return self.plan

    # --- records --------------------------------------------------------------------------------

    def _meeting(self, place: Place, row: dict[str, Any]) -> PlannedMeeting:
        title = _text(row.get("meeting"))
        if "meeting_id" in row:
            identity = f"id:{_text(row['meeting_id'])}"
        elif title:
            identity = f"title:{normalise(title)}"
        elif self.meetings:
            return next(reversed(self.meetings.values()))[0]  # rows below a meeting row
        else:
            identity = f"file:{normalise(self.default_meeting)}"
        key = f"table:{identity}"
        if key not in self.meetings:
            meeting = PlannedMeeting(
                key=key,
                title=title or self.default_meeting,
                place=place,
                local_id=_local_id(row["meeting_id"]) if "meeting_id" in row else None,
                title_given=bool(title),
                timezone_given=False,
            )
            self.meetings[key] = (meeting, _Seen(place))
            self.plan.meetings.append(meeting)
        meeting, seen = self.meetings[key]
        what = f"meeting {meeting.title!r}"
        seen.agree(place, "Meeting", title or None, what)
        if title and not meeting.title_given:  # named on a later row than its first
            meeting.title, meeting.title_given = title, True
        if "venue" in row:
            seen.agree(place, "Venue", _text(row["venue"]), what)
            meeting.venue = _text(row["venue"])
        if "timezone" in row:
            name = _text(row["timezone"])
            zone(place, name, "Timezone")
            seen.agree(place, "Timezone", name, what)
            meeting.timezone, meeting.timezone_given = name, True
        for column, attribute in (("warning_seconds", "warning_ms"), ("final_seconds", "final_ms")):
            if column in row:
                value = whole_number(place, COLUMNS[column][0], row[column]) * 1000
                seen.agree(place, COLUMNS[column][0], value, what)
                setattr(meeting, attribute, value)
        return meeting

    def _participant(
        self, place: Place, row: dict[str, Any], meeting: PlannedMeeting
    ) -> str | None:
        name = _text(row.get("speaker"))
        if "participant_id" in row:
            identity = f"id:{_text(row['participant_id'])}"
        elif name:
            identity = f"name:{normalise(name)}"
        else:
            for column in (
                "function",
                "organisation",
                "stakeholder_group",
                "gender",
                "attendance",
                "language",
            ):
                if column in row:
                    raise place.error("Speaker", f"{COLUMNS[column][0]} is given but no speaker")
            return None
        key = f"{meeting.key}/person:{identity}"
        if key not in self.participants:
            if not name:
                raise place.error("Speaker", "the participant's first row must give the name")
            participant = PlannedParticipant(
                key=key,
                name=name,
                place=place,
                local_id=_local_id(row["participant_id"]) if "participant_id" in row else None,
            )
            self.participants[key] = (participant, _Seen(place))
            meeting.participants.append(participant)
        participant, seen = self.participants[key]
        what = f"participant {participant.name!r}"
        seen.agree(place, "Speaker", name or None, what)
        _copy_texts(
            row,
            participant,
            (
                ("function", "function"),
                ("organisation", "organisation"),
                ("gender", "gender"),
                ("language", "language"),
            ),
            seen,
            place,
            what,
        )
        if "stakeholder_group" in row:
            group = stakeholder_group(place, "Stakeholder group", _text(row["stakeholder_group"]))
            seen.agree(place, "Stakeholder group", group, what)
            participant.stakeholder_group = group
        if "attendance" in row:
            where = attendance(place, "Attendance", _text(row["attendance"]))
            seen.agree(place, "Attendance", where, what)
            participant.attendance = where
        return key

    def _session(
        self, place: Place, row: dict[str, Any], meeting: PlannedMeeting
    ) -> tuple[PlannedSession, str]:
        title = _text(row.get("session"))
        tz = zone(place, meeting.timezone, "Timezone")
        start_value = self._time(place, "Start", row["start"]) if "start" in row else None
        dated = "date" in row or isinstance(start_value, datetime)
        known = (
            None
            if dated and start_value is not None
            else self._known_session(place, row, meeting, title)
        )
        if "date" in row:
            day, serial = sheet_date(place, "Date", row["date"])
            if serial:
                self._serial_note(row["date"], day.isoformat())
        elif isinstance(start_value, datetime):
            day = start_value.date()  # a full timestamp needs no Date column
        elif known is not None:
            # A continuation row: an empty Date keeps the session's (an empty cell never
            # changes anything).
            day = date.fromisoformat(self.sessions[known][2])
        else:
            raise place.error(
                "Date",
                "a session needs a date: give a Date, or the date and time in Start"
                + self.date_hint,
            )
        start_absolute = end_absolute = False
        if start_value is not None:
            start_absolute = isinstance(start_value, datetime) and start_value.tzinfo is not None
            start = local_instant(place, "Start", day, start_value, tz)
        elif known is not None:
            start = datetime.fromtimestamp(self.sessions[known][0].start_ms / 1000, tz)
        else:
            raise place.error("Start", "a session needs a start time")
        if "session_id" in row:
            identity = f"id:{_text(row['session_id'])}"
        else:
            if not title:
                raise place.error("Session", "a session needs a title or a session id")
            identity = f"title:{normalise(title)}@{_instant_text(start)}"
        key = f"{meeting.key}/session:{identity}"
        has_end = "end" in row
        end = start
        if has_end:
            end_value = self._time(place, "End", row["end"])
            end_absolute = isinstance(end_value, datetime) and end_value.tzinfo is not None
            end = local_instant(place, "End", day, end_value, tz)
            if end < start and not isinstance(end_value, datetime):
                end = local_instant(
                    place, "End", date.fromordinal(day.toordinal() + 1), end_value, tz
                )
        if key not in self.sessions:
            if not title:
                raise place.error("Session", "the session's first row must give its title")
            session = PlannedSession(
                key=key,
                title=title,
                place=place,
                start_ms=epoch_ms(start),
                end_ms=epoch_ms(end),
                local_id=_local_id(row["session_id"]) if "session_id" in row else None,
                start_absolute=start_absolute,
                end_absolute=end_absolute,
            )
            self.sessions[key] = (session, _Seen(place), day.isoformat(), has_end)
            meeting.sessions.append(session)
        session, seen, _day, _had_end = self.sessions[key]
        what = f"session {session.title!r}"
        seen.agree(place, "Session", title or None, what)
        if "date" in row and day.isoformat() != _day:
            raise place.error(
                "Date",
                f"{what} is on {_day} in {seen.place.location} and on {day.isoformat()} here",
            )
        seen.agree(place, "Start", epoch_ms(start), what)
        if has_end:
            seen.agree(place, "End", epoch_ms(end), what)
            session.end_ms = epoch_ms(end)
            session.end_absolute = end_absolute
            self.sessions[key] = (session, seen, _day, True)
        _copy_texts(
            row,
            session,
            (
                ("room", "room"),
                ("track", "track"),
                ("type", "session_type"),
                ("languages", "languages"),
            ),
            seen,
            place,
            what,
        )
        if "format" in row:
            how = session_format(place, "Format", _text(row["format"]))
            seen.agree(place, "Format", how, what)
            session.format = how
        return session, key

    def _time(self, place: Place, field: str, value: Any) -> time | datetime:
        moment, serial = sheet_time(place, field, value)
        if serial:
            shown = (
                f"{moment:%Y-%m-%d %H:%M}" if isinstance(moment, datetime) else f"{moment:%H:%M}"
            )
            self._serial_note(value, shown)
        return moment

    def _serial_note(self, value: Any, meaning: str) -> None:
        """Said once per sheet: numbers read as Excel dates and times (the cells lost their
        format), with an example so staff can check the reading."""
        if not self.serial_noted:
            self.serial_noted = True
            self.plan.notes.append(
                f"Excel serial numbers read as dates and times (e.g. {_text(value)} = {meaning})"
            )

    def _known_session(
        self, place: Place, row: dict[str, Any], meeting: PlannedMeeting, title: str
    ) -> str | None:
        """The key of the session an earlier row described that this row, leaving its Date or
        Start empty, continues: the one with its Session ID, else the only one with its title.
        ``None`` when the row gives both (it names its session itself) or none is known."""
        if "date" in row and "start" in row:
            return None
        if "session_id" in row:
            key = f"{meeting.key}/session:id:{_text(row['session_id'])}"
            return key if key in self.sessions else None
        if not title:
            return None
        prefix, wanted = f"{meeting.key}/session:", normalise(title)
        matches = [
            key
            for key, (session, *_rest) in self.sessions.items()
            if key.startswith(prefix) and normalise(session.title) == wanted
        ]
        if len(matches) > 1:
            starts = ", ".join(self.sessions[key][1].place.location for key in matches)
            raise place.error(
                "Date",
                f"several sessions are called {title!r} ({starts}): give the Date and Start, "
                "or a Session ID",
            )
        return matches[0] if matches else None

    def _item(
        self, place: Place, row: dict[str, Any], session: PlannedSession, session_key: str
    ) -> PlannedItem:
        title = _text(row.get("item")) or None
        if "item_id" in row:
            identity = f"id:{_text(row['item_id'])}"
        else:
            identity = f"title:{normalise(title or session.title)}"
        key = f"{session_key}/item:{identity}"
        if key not in self.items:
            item = PlannedItem(
                key=key,
                title=title or session.title,
                place=place,
                local_id=_local_id(row["item_id"]) if "item_id" in row else None,
            )
            self.items[key] = (item, _Seen(place))
            session.items.append(item)
        item, seen = self.items[key]
        what = f"agenda item {item.title!r}"
        seen.agree(place, "Agenda item", title, what)
        if "planned_minutes" in row:
            planned = minutes_ms(place, "Planned minutes", row["planned_minutes"])
            seen.agree(place, "Planned minutes", planned, what)
            item.planned_duration_ms = planned
        return item

    def _entry(
        self, place: Place, row: dict[str, Any], item: PlannedItem, participant_key: str
    ) -> None:
        kind = (
            speech_type(place, "Speech type", _text(row["speech_type"]))
            if "speech_type" in row
            else SpeechType.STATEMENT
        )
        if "allotted_minutes" in row:
            allotted = minutes_ms(place, "Allotted minutes", row["allotted_minutes"])
        else:
            allotted = FLOOR_REQUEST_MS if kind is SpeechType.FLOOR else DEFAULT_ALLOTTED_MS
        person = participant_key.rsplit("/person:", 1)[1]
        if "entry_id" in row:
            key = f"{item.key}/entry:id:{_text(row['entry_id'])}"
        else:
            base = f"{item.key}/entry:{person}:{kind.value}"
            count = self.entry_counts.get(base, 0) + 1
            self.entry_counts[base] = count
            key = base if count == 1 else f"{base}:{count}"
        if key in self.entry_order:
            raise place.error("Entry ID", "this speaker entry is already in an earlier row")
        order = whole_number(place, "Order", row["order"]) if "order" in row else 0
        self.entry_order[key] = (order, self.rows)
        item.entries.append(
            PlannedEntry(
                key=key,
                participant_key=participant_key,
                place=place,
                speech_type=kind,
                allotted_ms=allotted,
                local_id=_local_id(row["entry_id"]) if "entry_id" in row else None,
                allotted_given="allotted_minutes" in row,
            )
        )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id typed into a number cell
    return str(value).strip()


def _instant_text(moment: datetime) -> str:
    return str(epoch_ms(moment))


def _copy_texts(
    row: dict[str, Any],
    record: Any,
    columns: tuple[tuple[str, str], ...],
    seen: Any,
    place: Place,
    what: str,
) -> None:
    """Copy the text columns the row has onto ``record``, each checked against what earlier
    rows of the same record said (``seen.agree`` names the clash)."""
    for column, attribute in columns:
        if column in row:
            value = _text(row[column])
            seen.agree(place, COLUMNS[column][0], value, what)
            setattr(record, attribute, value)
