"""The report laid out as a header and tables: the one layout every view of the report shares.

``moderator.domain.report`` computes the numbers; this module decides which tables the report
has, their columns and their order, and turns instants into the meeting's local time. The CSV,
XLSX and PDF exports (``report_export``) and the report window's table models all read the
same ``ReportDocument``, so a number can never differ between the screen and a file. Cells keep
raw values (milliseconds, epoch milliseconds, counts, fractions); each output formats them for
its medium with the helpers at the end (``display_text`` for screen and PDF). A cell of
something still running where an end belongs holds the word ``RUNNING`` instead of a number:
every output writes it as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject

from moderator.domain.model import Attendance, StakeholderGroup
from moderator.domain.report import (
    DEFINITIONS,
    GENDER_NOT_RECORDED,
    AgendaItemLine,
    GroupTotal,
    Report,
    ReportScope,
    SessionLine,
    TurnLine,
)
from moderator.domain.timing.clock import format_duration
from moderator.services.common.wording import english_plural, label_text, translate

#: Bump when a column changes meaning; columns are only ever added otherwise.
LAYOUT_VERSION = 1

#: What an end (or a session's overrun, not yet known) says while it is still running.
RUNNING = "running"


class ColumnKind(StrEnum):
    """What a column holds, which decides how each output writes it."""

    TEXT = "text"
    COUNT = "count"
    DURATION = "duration"  # milliseconds, never negative
    SIGNED_DURATION = "signed_duration"  # milliseconds, + late / − early
    TIME = "time"  # epoch milliseconds (shown in the meeting's time zone)
    SHARE = "share"  # a fraction 0..1 (shown as a percentage)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    #: Relative width for paged output (PDF): text columns that carry names get more.
    weight: float = 1.0
    #: A TIME shown on screen and in the PDF with its date when the report spans several
    #: days. Only the sessions table does: elsewhere the session's row tells the day, and the
    #: turn log has no room for dates. (CSV and XLSX always write the full date and time.)
    dated: bool = False

    @property
    def is_numeric(self) -> bool:
        return self.kind is not ColumnKind.TEXT


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report. ``total`` is an optional last row of sums, kept apart so
    sorting a view never moves it. ``empty_text`` is what to say when there are no rows."""

    key: str
    title: str
    #: A short name for a tab or a spreadsheet sheet (at most 31 characters).
    short_title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None
    empty_text: str = ""


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One panel of the speaking-time chart: a title and one bar per group."""

    title: str
    bars: tuple[GroupTotal, ...]


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """The report as every output shows it: a title, header fields, the tables, the chart."""

    title: str
    header: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    tables: tuple[ReportTable, ...]
    chart: tuple[ChartSeries, ...]
    zone: tzinfo
    zone_name: str
    #: Show dates with times (the report spans more than one local day).
    with_dates: bool
    report: Report

    def table(self, key: str) -> ReportTable:
        return next(table for table in self.tables if table.key == key)

    def display(self, value: Any, column: Column) -> str:
        """A cell as the screen and the PDF show it."""
        return display_text(value, column.kind, self.zone, self.with_dates and column.dated)


def report_document(report: Report) -> ReportDocument:
    """Lay ``report`` out; instants are shown in the meeting's time zone."""
    zone, zone_name = _zone(report.meeting.timezone)
    days = _local_days(report, zone)
    with_dates = len(days) > 1
    meeting_scope = report.scope is ReportScope.MEETING
    tables = (
        _sessions_table(report.sessions),
        _turns_table(report.turns, meeting_scope),
        _items_table(report.agenda_items, meeting_scope),
        _balance_table(
            "groups",
            translate("Report", "Speaking time by stakeholder group"),
            translate("Report", "By group"),
            translate("Report", "Group"),
            report.by_group,
        ),
        _balance_table(
            "genders",
            translate("Report", "Speaking time by gender"),
            translate("Report", "By gender"),
            translate("Report", "Gender"),
            report.by_gender,
        ),
        _balance_table(
            "attendance",
            translate("Report", "Speaking time in the room and remote"),
            translate("Report", "Room and remote"),
            translate("Report", "Where"),
            report.by_attendance,
        ),
    )
    return ReportDocument(
        title=translate("Report", "Meeting report")
        if meeting_scope
        else translate("Report", "Session report"),
        header=_header(report, zone, zone_name, days),
        notes=_notes(report),
        tables=tables,
        chart=(
            ChartSeries(translate("Report", "By stakeholder group"), _shown(report.by_group)),
            ChartSeries(translate("Report", "By gender"), _shown(report.by_gender)),
            ChartSeries(
                translate("Report", "In the room and remote"), _shown(report.by_attendance)
            ),
        ),
        zone=zone,
        zone_name=zone_name,
        with_dates=with_dates,
        report=report,
    )


class ReportWords(QObject):
    """The report's words that depend on a count (a plural form per language)."""

    def sessions(self, n: int) -> str:
        return english_plural(self.tr("%n session(s)", "", n), n)

    def turns(self, n: int) -> str:
        return english_plural(self.tr("%n turn(s)", "", n), n)

    def speaking_time(self, duration: str, n: int) -> str:
        found = self.tr("{duration} in %n turn(s)", "", n)
        return english_plural(found, n).format(duration=duration)

    def bar(self, duration: str, share: str, n: int) -> str:
        found = self.tr("{duration} · {share} % · %n turn(s)", "", n)
        return english_plural(found, n).format(duration=duration, share=share)


# --- header -------------------------------------------------------------------------------------


def _zone(name: str) -> tuple[tzinfo, str]:
    try:
        return ZoneInfo(name), name
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC, f"UTC (unknown time zone {name!r})"


def _local_days(report: Report, zone: tzinfo) -> list[date]:
    """The local dates the report covers: each session's scheduled start, or its first turn."""
    moments = []
    for session in report.sessions:
        start = session.scheduled_start_ms or session.actual_start_ms
        if start:
            moments.append(start)
        if session.actual_end_ms is not None:
            moments.append(session.actual_end_ms)
    moments += [turn.started_at_ms for turn in report.turns]
    return sorted({local_time(moment, zone).date() for moment in moments})


def _header(
    report: Report, zone: tzinfo, zone_name: str, days: list[date]
) -> tuple[tuple[str, str], ...]:
    meeting = report.meeting
    sessions = report.sessions
    session_text = (
        sessions[0].title if len(sessions) == 1 else ReportWords().sessions(len(sessions))
    )
    rooms = sorted({session.room for session in sessions if session.room})
    if not days:
        date_text = ""
    elif len(days) == 1:
        date_text = f"{days[0]:%A} {days[0].day} {days[0]:%B %Y}"
    else:
        date_text = f"{days[0].isoformat()} – {days[-1].isoformat()}"
    fields = [
        (translate("Report", "Meeting"), meeting.title),
        (translate("Report", "Venue"), meeting.venue),
        (translate("Report", "Session"), session_text),
        (translate("Report", "Date"), date_text),
        (translate("Report", "Room"), "; ".join(rooms)),
        (translate("Report", "Time zone"), zone_name),
        (
            translate("Report", "Speaking time"),
            ReportWords().speaking_time(
                format_duration(report.total_speaking_ms), report.total_turns
            ),
        ),
        (
            translate("Report", "Report as of"),
            local_time(report.generated_at_ms, zone).strftime("%Y-%m-%d %H:%M:%S"),
        ),
    ]
    return tuple(fields)


def _notes(report: Report) -> tuple[str, ...]:
    notes = []
    if report.is_empty:
        notes.append(
            translate("Report", "Nobody has had the floor yet: there are no turns to report.")
        )
    if report.has_running_turn:
        notes.append(
            translate(
                "Report",
                "A turn is still running: it is counted with its time so far and marked Running.",
            )
        )
    notes += [translate("Report", definition) for definition in DEFINITIONS]
    return tuple(notes)


# --- tables -------------------------------------------------------------------------------------


def _sessions_table(sessions: Sequence[SessionLine]) -> ReportTable:
    columns = (
        Column("session", translate("Report", "Session"), weight=4),
        Column("room", translate("Report", "Room"), weight=2),
        Column(
            "scheduled_start", translate("Report", "Scheduled start"), ColumnKind.TIME, dated=True
        ),
        Column("scheduled_end", translate("Report", "Scheduled end"), ColumnKind.TIME, dated=True),
        Column("actual_start", translate("Report", "Actual start"), ColumnKind.TIME, dated=True),
        Column("actual_end", translate("Report", "Actual end"), ColumnKind.TIME, dated=True),
        Column("turns", translate("Report", "Turns"), ColumnKind.COUNT, 0.6),
        Column("speaking", translate("Report", "Speaking time"), ColumnKind.DURATION),
        Column("overrun", translate("Report", "Overrun"), ColumnKind.SIGNED_DURATION),
        Column("status", translate("Report", "Status")),
    )
    rows = tuple(
        (
            s.title,
            s.room,
            s.scheduled_start_ms or None,
            s.scheduled_end_ms or None,
            s.actual_start_ms,
            RUNNING if s.running else s.actual_end_ms,
            s.turns,
            s.speaking_ms,
            # Already late: by how much so far; otherwise nothing to set against the schedule.
            RUNNING if s.running and s.overrun_ms == 0 else s.overrun_ms,
            translate("Report", "Running")
            if s.running
            else (translate("Report", "Done") if s.turns else translate("Report", "Not started")),
        )
        for s in sessions
    )
    return ReportTable(
        "sessions",
        translate("Report", "Sessions: scheduled against actual"),
        translate("Report", "Sessions"),
        columns,
        rows,
        empty_text=translate("Report", "No sessions."),
    )


def _turns_table(turns: Sequence[TurnLine], meeting_scope: bool) -> ReportTable:
    columns = [
        Column("start", translate("Report", "Start"), ColumnKind.TIME),
        Column("end", translate("Report", "End"), ColumnKind.TIME),
    ]
    if meeting_scope:
        columns.append(Column("session", translate("Report", "Session"), weight=2))
    columns += [
        Column("agenda_item", translate("Report", "Agenda item"), weight=1.8),
        Column("speaker", translate("Report", "Speaker"), weight=1.8),
        Column("organisation", translate("Report", "Organisation"), weight=2),
        Column("group", translate("Report", "Group"), weight=1.2),
        Column("where", translate("Report", "Where"), weight=1.1),
        Column("gender", translate("Report", "Gender"), weight=1.1),
        Column("speech_type", translate("Report", "Speech type"), weight=1.3),
        Column("how", translate("Report", "How they got the floor"), weight=1.3),
        Column("planned", translate("Report", "Planned"), ColumnKind.DURATION, 0.9),
        Column("allotted", translate("Report", "Allotted"), ColumnKind.DURATION, 0.9),
        Column("spoken", translate("Report", "Spoken"), ColumnKind.DURATION, 0.9),
        Column("paused", translate("Report", "Paused"), ColumnKind.DURATION, 0.9),
        Column("overrun", translate("Report", "Overrun"), ColumnKind.DURATION, 0.9),
        Column("status", translate("Report", "Status"), weight=1.1),
    ]
    rows = []
    for t in turns:
        row: list[Any] = [t.started_at_ms, t.ended_at_ms]
        if meeting_scope:
            row.append(t.session_title)
        row += [
            t.agenda_item_title,
            t.speaker,
            t.organisation,
            label_text(t.stakeholder_group.label),
            label_text(t.attendance.label),
            _gender_label(t.gender),
            label_text(t.speech_type.label),
            label_text(t.how_label),
            t.planned_ms,
            t.allotted_ms,
            t.spoken_ms,
            t.paused_ms,
            t.overrun_ms,
            label_text(t.status.label),
        ]
        rows.append(tuple(row))
    return ReportTable(
        "speakers",
        translate("Report", "Speakers: planned against actual, turn by turn"),
        translate("Report", "Speakers"),
        tuple(columns),
        tuple(rows),
        empty_text=translate("Report", "No turns yet."),
    )


def _items_table(items: Sequence[AgendaItemLine], meeting_scope: bool) -> ReportTable:
    columns = []
    if meeting_scope:
        columns.append(Column("session", translate("Report", "Session"), weight=2.5))
    columns += [
        Column("position", translate("Report", "#"), ColumnKind.COUNT, 0.4),
        Column("agenda_item", translate("Report", "Agenda item"), weight=4),
        Column("planned", translate("Report", "Planned"), ColumnKind.DURATION),
        Column("actual", translate("Report", "Actual"), ColumnKind.DURATION),
        Column("overrun", translate("Report", "Overrun"), ColumnKind.DURATION),
        Column("first_start", translate("Report", "First start"), ColumnKind.TIME),
        Column("last_end", translate("Report", "Last end"), ColumnKind.TIME),
        Column("turns", translate("Report", "Turns"), ColumnKind.COUNT, 0.6),
        Column("speaking", translate("Report", "Speaking time"), ColumnKind.DURATION),
        Column("status", translate("Report", "Status")),
    ]
    rows = []
    for item in items:
        row: list[Any] = [item.session_title] if meeting_scope else []
        row += [
            item.position,
            item.title,
            item.planned_ms or None,
            item.actual_ms,
            item.overrun_ms,
            item.first_start_ms,
            RUNNING if item.running else item.last_end_ms,
            item.turns,
            item.speaking_ms,
            translate("Report", "Running")
            if item.running
            else (
                translate("Report", "Done") if item.turns else translate("Report", "Not started")
            ),
        ]
        rows.append(tuple(row))
    return ReportTable(
        "agenda_items",
        translate("Report", "Agenda items: planned against actual (first start to last end)"),
        translate("Report", "Agenda items"),
        tuple(columns),
        tuple(rows),
        empty_text=translate("Report", "No agenda items."),
    )


def _balance_table(
    key: str, title: str, short_title: str, label_title: str, totals: Sequence[GroupTotal]
) -> ReportTable:
    columns = (
        Column("label", label_title, weight=2.5),
        Column("speakers", translate("Report", "Speakers"), ColumnKind.COUNT),
        Column("turns", translate("Report", "Turns"), ColumnKind.COUNT),
        Column("speaking", translate("Report", "Speaking time"), ColumnKind.DURATION),
        Column("share", translate("Report", "Share"), ColumnKind.SHARE),
    )
    rows = tuple((shown_label(t), t.speakers, t.turns, t.speaking_ms, t.share) for t in totals)
    speaking = sum(t.speaking_ms for t in totals)
    total = (
        translate("Report", "Total"),
        sum(t.speakers for t in totals),
        sum(t.turns for t in totals),
        speaking,
        1.0 if speaking else 0.0,
    )
    return ReportTable(
        key,
        title,
        short_title,
        columns,
        rows,
        total=total,
        empty_text=translate("Report", "No turns yet."),
    )


#: The keys of the totals whose label is the model's (marked for translation); any other key
#: is a gender as recorded, shown as written.
_LABELLED_KEYS = frozenset(
    {*(group.value for group in StakeholderGroup), *(where.value for where in Attendance)}
    | {GENDER_NOT_RECORDED}
)


def shown_label(total: GroupTotal) -> str:
    """A total's label as the chair reads it: a group's or the room's in their language, a
    gender as it was recorded."""
    return label_text(total.label) if total.key in _LABELLED_KEYS else total.label


def _shown(totals: Sequence[GroupTotal]) -> tuple[GroupTotal, ...]:
    return tuple(replace(total, label=shown_label(total)) for total in totals)


def _gender_label(gender: str | None) -> str:
    return (
        translate("Report", "Not recorded") if gender is None else gender[:1].upper() + gender[1:]
    )


# --- formatting ---------------------------------------------------------------------------------


def local_time(epoch_ms: int, zone: tzinfo) -> datetime:
    """An instant as an aware ``datetime`` in ``zone`` (millisecond precision kept)."""
    return datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(zone)


def signed_duration_text(duration_ms: int) -> str:
    """``+1:05`` late, ``−0:30`` early, ``0:00`` on time (whole seconds, truncated)."""
    if duration_ms == 0:
        return "0:00"
    sign = "+" if duration_ms > 0 else "−"
    return sign + format_duration(abs(duration_ms))


def display_text(value: Any, kind: ColumnKind, zone: tzinfo, with_dates: bool = False) -> str:
    """A cell as the screen and the PDF show it (``""`` for no value)."""
    if value is None:
        return ""
    if isinstance(value, str):  # text, or a word where a number has none yet (RUNNING)
        return value
    match kind:
        case ColumnKind.DURATION:
            return format_duration(value)
        case ColumnKind.SIGNED_DURATION:
            return signed_duration_text(value)
        case ColumnKind.TIME:
            return local_time(value, zone).strftime(
                "%Y-%m-%d %H:%M:%S" if with_dates else "%H:%M:%S"
            )
        case ColumnKind.SHARE:
            return f"{value * 100:.1f} %"
        case ColumnKind.COUNT:
            return str(value)
    return str(value)
