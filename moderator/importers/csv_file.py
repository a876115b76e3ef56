"""CSV sheets: UTF-8 (with or without the byte order mark Excel writes) or UTF-16 with a BOM;
comma, semicolon (European Excel) or tab separated, found from the header line. Rows are
numbered as a spreadsheet shows them (the header is row 1)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable

from moderator.importers.errors import ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.table import parse_sheet

FORMAT_NAME = "CSV"
#: csv's own limit is 128 KiB per field; a cell that large is not an agenda.
FIELD_LIMIT = 100_000

Progress = Callable[[int, int], None]


def parse_csv(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    text = _decode(source, data)
    if "\x00" in text:
        raise ScheduleImportError(source, "", None, "the file holds NUL bytes: not a CSV text file")
    lines = text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise ScheduleImportError(source, "", None, "the file is empty")
    delimiter = max(",;\t", key=lambda d: lines[header_index].count(d))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, list[str]]] = []
    try:
        for cells in reader:
            for cell in cells:
                if len(cell) > FIELD_LIMIT:
                    raise ScheduleImportError(
                        source,
                        f"row {reader.line_num}",
                        None,
                        f"a cell longer than {FIELD_LIMIT} characters",
                    )
            rows.append((f"row {reader.line_num}", cells))
    except csv.Error as error:
        raise ScheduleImportError(
            source, f"row {reader.line_num}", None, f"not valid CSV ({error})"
        ) from error
    rows = [(location, cells) for location, cells in rows if any(c.strip() for c in cells)]
    return parse_sheet(source, FORMAT_NAME, rows, "", progress)


def _decode(source: str, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ScheduleImportError(
            source,
            f"byte {error.start}",
            None,
            f'the file is not {encoding.upper().removesuffix("-SIG")} text; save it as "CSV UTF-8"',
        ) from error
