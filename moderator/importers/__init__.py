"""Importers: agenda files from other systems → one neutral, validated ``ImportPlan``.

Pure Python: no Qt, no database (an import-linter contract keeps it so), so the parsers run
in the CLI, in a worker thread behind the import dialog and in tests alike. Formats and how
each maps to Moderator's fields: ``docs/import-formats.md``.

``load_plan(path)`` is the one entry point: it reads the file, picks the parser (by
extension, else by content), validates the plan and raises only ``ScheduleImportError``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from moderator.importers.errors import ScheduleImportError
from moderator.importers.plan import ImportPlan, PlanCounts, validate_plan

__all__ = ["FORMATS", "ImportPlan", "PlanCounts", "ScheduleImportError", "load_plan", "parse"]

#: ``--format`` choices; "auto" decides by extension, then by the first bytes.
FORMATS = ("auto", "csv", "xlsx", "json", "xml", "ics")
#: File extensions offered in file dialogs and accepted by drag and drop.
EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
    ".xml": "xml",
    ".ics": "ics",
    ".ical": "ics",
    ".ifb": "ics",
}
#: Larger files are refused before reading (the 38c3 congress schedule is about 2 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024

Progress = Callable[[int, int], None]


def load_plan(
    path: Path, format: str = "auto", progress: Progress | None = None, today: date | None = None
) -> ImportPlan:
    """Read and parse ``path``; ``progress(done, total)`` is called while parsing; ``today``
    (default: the computer's date) bounds recurring events without an end."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScheduleImportError(
                source, "", None, f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB"
            )
        data = path.read_bytes()
    except OSError as error:
        raise ScheduleImportError(
            source, "", None, f"cannot be read ({error.strerror or error})"
        ) from error
    return parse(source, data, format, progress, today)


def parse(
    source: str,
    data: bytes,
    format: str = "auto",
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Parse ``data`` (the contents of the file named ``source``) and validate the plan."""
    if format not in FORMATS:
        raise ScheduleImportError(source, "", None, f"unknown format {format!r}")
    chosen = detect_format(source, data) if format == "auto" else format
    try:
        if chosen == "ics":
            plan = _parse_ics(source, data, progress, today)
        else:
            plan = _PARSERS[chosen](source, data, progress)
    except RecursionError as error:
        raise ScheduleImportError(source, "", None, "the file is nested too deeply") from error
    validate_plan(plan)
    return plan


def detect_format(source: str, data: bytes) -> str:
    by_extension = EXTENSIONS.get(Path(source).suffix.lower())
    if by_extension is not None:
        return by_extension
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"<"):
        return "xml"
    if head.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    return "csv"


def _parse_json(source: str, data: bytes, progress: Progress | None) -> ImportPlan:
    from moderator.importers import agenda_json
    from moderator.importers.schedules import schedule_json

    document = schedule_json.load_json_document(source, data)
    if agenda_json.is_agenda(document):
        return agenda_json.parse_agenda(source, document, progress)
    return schedule_json.parse_schedule(source, document, progress)


def _parse_xml(source: str, data: bytes, progress: Progress | None) -> ImportPlan:
    from moderator.importers.schedules.schedule_xml import parse_schedule_xml

    return parse_schedule_xml(source, data, progress)


def _parse_ics(
    source: str, data: bytes, progress: Progress | None, today: date | None = None
) -> ImportPlan:
    from moderator.importers.calendars.ical import parse_ical

    return parse_ical(source, data, progress, today)


def _parse_csv(source: str, data: bytes, progress: Progress | None) -> ImportPlan:
    from moderator.importers.tables.csv_file import parse_csv

    return parse_csv(source, data, progress)


def _parse_xlsx(source: str, data: bytes, progress: Progress | None) -> ImportPlan:
    from moderator.importers.tables.xlsx_file import parse_xlsx

    return parse_xlsx(source, data, progress)


_PARSERS = {
    "json": _parse_json,
    "xml": _parse_xml,
    "ics": _parse_ics,
    "csv": _parse_csv,
    "xlsx": _parse_xlsx,
}
