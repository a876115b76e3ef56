"""Writing the session or meeting report to a file: CSV, XLSX or PDF, never half-written.

One writer for the command line and the report window, so a file is the same whichever made
it. ``load_report`` reads the sessions from the ``Store`` and computes the numbers;
``write_report`` lays them out (``report_tables``) and writes one format. Every file is written
next to its target under a temporary name and moved into place with ``os.replace`` only once
complete, so a crash, a full disk or a bad path leaves either the old file or none, never a
truncated report.

Layouts (stable; columns are only ever added, ``LAYOUT_VERSION`` changes otherwise):

- **CSV** (UTF-8 with a byte-order mark, so spreadsheet programs read the accents; CRLF line
  ends): first the header, one ``label,value`` row per field (``Moderator report`` with the
  kind, ``Layout version``, ``Meeting``, ``Venue``, ``Session``, ``Date``, ``Room``,
  ``Time zone``, ``Speaking time``, ``Report as of``) and ``Note,…`` rows; then each table
  after an empty row: a marker row ``Table,<key>,<title>``, a row of column titles, the data
  rows and, for the balance tables, a ``Total`` row. Keys in order: ``sessions``, ``speakers``,
  ``agenda_items``, ``groups``, ``genders``, ``attendance``. Durations are seconds (exact to the
  millisecond, so ``95.4``; titles end in ``(s)``; a session's overrun is negative when it
  finished early), instants local time ``YYYY-MM-DD HH:MM:SS`` in the meeting's time zone
  (named in the header), shares percentages with one decimal (``(%)``), empty for no value.
  While a session runs, its actual end (and an agenda item's last end) is ``running``, and so
  is its overrun until it passes its scheduled end (then the overrun so far).
- **XLSX**: a ``Report`` sheet with the header and notes, then one sheet per table (``Sessions``,
  ``Speakers``, ``Agenda items``, ``By group``, ``By gender``, ``Room and remote``) with bold
  frozen titles and a filter. Durations are spreadsheet durations (``[h]:mm:ss``) except the
  signed session overrun (seconds), instants local date-times, shares fractions shown as ``%``.
- **PDF** (A4 landscape, ``report_pdf``): the header, the sessions table, the speaking-time
  chart, the balance tables, the agenda items and the speakers' turn log, times as ``m:ss``.
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.domain.report import Report, meeting_report, session_report
from moderator.services.report.report_tables import (
    LAYOUT_VERSION,
    Column,
    ColumnKind,
    ReportDocument,
    ReportTable,
    local_time,
)

if TYPE_CHECKING:  # the repository imports SQLAlchemy; the CLI imports this module lazily anyway
    from moderator.storage.repository import Store


class ReportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return "." + self.value


class ReportNotFound(LookupError):
    """The session or meeting asked for is not in the database; the message names it."""


def format_for(path: Path) -> ReportFormat | None:
    """The format a file name asks for by its extension, if any."""
    try:
        return ReportFormat(path.suffix.lower().lstrip("."))
    except ValueError:
        return None


# --- reading ------------------------------------------------------------------------------------


def load_report(
    store: Store, now_ms: int, session_id: str | None = None, meeting_id: str | None = None
) -> Report:
    """The report of one session (``session_id``) or of a whole meeting (``meeting_id``).

    Raises ``ReportNotFound`` for an id the database does not have."""
    if (session_id is None) == (meeting_id is None):
        raise ValueError("name exactly one of a session or a meeting")
    if session_id is not None:
        try:
            state = store.load_session_state(session_id)
        except KeyError:
            raise ReportNotFound(f"no session with id {session_id!r}") from None
        return session_report(state, now_ms)
    meeting = next((m for m in store.meetings() if m.id == meeting_id), None)
    if meeting is None:
        raise ReportNotFound(f"no meeting with id {meeting_id!r}")
    states = [store.load_session_state(s.id) for s in store.sessions(meeting.id)]
    return meeting_report(meeting, states, now_ms)


# --- writing ------------------------------------------------------------------------------------


def write_report(document: ReportDocument, path: Path, fmt: ReportFormat) -> None:
    """Write ``document`` to ``path`` in ``fmt``, atomically. PDF needs a ``QGuiApplication``.

    Raises ``OSError`` when the file cannot be written (the target is then untouched)."""
    if fmt is ReportFormat.CSV:
        data = report_csv(document).encode("utf-8-sig")
        write_atomically(path, lambda temp: temp.write_bytes(data))
    elif fmt is ReportFormat.XLSX:
        write_atomically(path, lambda temp: write_xlsx(document, temp))
    else:
        from moderator.services.report.report_pdf import write_pdf

        write_atomically(path, lambda temp: write_pdf(document, temp))


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, flush it to disk, then move it
    over ``target`` in one step. On any failure the temporary file is removed and ``target``
    is as it was."""
    target = Path(target)
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.part"
    # Created through os.open so the file gets the user's usual permissions (umask applies).
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        write(temp)
        with temp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless to skip where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# --- CSV ----------------------------------------------------------------------------------------

_CSV_UNITS = {
    ColumnKind.DURATION: " (s)",
    ColumnKind.SIGNED_DURATION: " (s)",
    ColumnKind.SHARE: " (%)",
}


def report_csv(document: ReportDocument) -> str:
    """The report as one CSV text (see the module docstring for the layout)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Moderator report", document.title])
    writer.writerow(["Layout version", LAYOUT_VERSION])
    writer.writerows(document.header)
    writer.writerows(["Note", note] for note in document.notes)
    for table in document.tables:
        writer.writerow([])
        writer.writerow(["Table", table.key, table.title])
        writer.writerow(
            [column.title + _CSV_UNITS.get(column.kind, "") for column in table.columns]
        )
        for row in _rows_with_total(table):
            writer.writerow(
                [
                    _csv_value(value, column, document)
                    for value, column in zip(row, table.columns, strict=True)
                ]
            )
    return out.getvalue()


def _rows_with_total(table: ReportTable) -> list[tuple[Any, ...]]:
    return [*table.rows, table.total] if table.total is not None else list(table.rows)


def seconds_text(duration_ms: int) -> str:
    """Milliseconds as seconds without rounding: ``380``, ``95.4``, ``-30``, ``0.005``."""
    sign = "-" if duration_ms < 0 else ""
    whole, rest = divmod(abs(duration_ms), 1000)
    return f"{sign}{whole}" + (f".{rest:03d}".rstrip("0") if rest else "")


#: A cell starting with one of these is a formula to spreadsheet programs. Names and titles come
#: from imported files (untrusted): such text is written with a leading apostrophe, which
#: spreadsheets show as text ("CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value: Any, column: Column, document: ReportDocument) -> str | int:
    if value is None:
        return ""
    if column.kind is not ColumnKind.TEXT and isinstance(value, str):
        return value  # RUNNING: an end not reached yet
    if column.kind is ColumnKind.TEXT and str(value).startswith(FORMULA_STARTS):
        return "'" + str(value)
    match column.kind:
        case ColumnKind.DURATION | ColumnKind.SIGNED_DURATION:
            return seconds_text(value)
        case ColumnKind.TIME:
            return local_time(value, document.zone).strftime("%Y-%m-%d %H:%M:%S")
        case ColumnKind.SHARE:
            return f"{value * 100:.1f}"
    return value


# --- XLSX ---------------------------------------------------------------------------------------


def write_xlsx(document: ReportDocument, path: Path) -> None:
    """The report as a workbook: a ``Report`` sheet, then one sheet per table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Report"
    sheet.append(["Moderator report", document.title])
    sheet.append(["Layout version", LAYOUT_VERSION])
    for label, value in document.header:
        sheet.append([label, value])
    for note in document.notes:
        sheet.append(["Note", note])
    for label_cell, value_cell in sheet.iter_rows(min_col=1, max_col=2):
        label_cell.font = bold
        if isinstance(value_cell.value, str):
            value_cell.data_type = "s"  # a meeting titled "=…" stays text
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    for table in document.tables:
        sheet = workbook.create_sheet(table.short_title[:31])
        sheet.append(
            [
                column.title + (" (s)" if column.kind is ColumnKind.SIGNED_DURATION else "")
                for column in table.columns
            ]
        )
        for cell in sheet[1]:
            cell.font = bold
        for row in _rows_with_total(table):
            sheet.append(
                [
                    _xlsx_value(value, column, document)
                    for value, column in zip(row, table.columns, strict=True)
                ]
            )
            for cell, column in zip(sheet[sheet.max_row], table.columns, strict=True):
                if column.kind in _XLSX_FORMATS:
                    cell.number_format = _XLSX_FORMATS[column.kind]
                elif isinstance(cell.value, str):
                    # openpyxl stores any text starting with "=" as a formula: never for
                    # names and titles (they come from imported, untrusted files).
                    cell.data_type = "s"
        if table.total is not None:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for index, column in enumerate(table.columns, start=1):
            width = 20 if column.kind is ColumnKind.TIME else 9 + 7 * column.weight
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)


_XLSX_FORMATS = {
    ColumnKind.DURATION: "[h]:mm:ss",
    ColumnKind.SIGNED_DURATION: "0.###",
    ColumnKind.TIME: "yyyy-mm-dd hh:mm:ss",
    ColumnKind.SHARE: "0.0%",
}


def _xlsx_value(value: Any, column: Column, document: ReportDocument) -> Any:
    if value is None or isinstance(value, str):
        return value
    match column.kind:
        case ColumnKind.DURATION:
            return timedelta(milliseconds=value)
        case ColumnKind.SIGNED_DURATION:
            # Spreadsheets cannot show negative durations (1900 date system): plain seconds.
            return value / 1000
        case ColumnKind.TIME:
            # Local wall time to the second, as on screen; the zone is named on the Report sheet.
            return local_time(value, document.zone).replace(tzinfo=None, microsecond=0)
    return value
