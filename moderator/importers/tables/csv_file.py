"""CSV sheets: UTF-8 (with or without the byte order mark Excel writes) or UTF-16 with a BOM;
comma, semicolon (European Excel) or tab separated, found from the header line.

Rows are numbered as a spreadsheet shows them (the header is row 1, a blank line is a row, a
cell holding line breaks does not add rows), so "row 358" is where staff look. A file cut off
in its last row (an unfinished quoted cell, or a last line shorter than every other with no
line break after it, as a copy or a download interrupted leaves it) is refused, naming that
row: importing the fragment would change the agenda with half a record. A workbook saved
with a .csv name is read as the workbook it is; an old binary .xls is named as such.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable

from moderator.importers.errors import ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.tables.table import parse_sheet

FORMAT_NAME = "CSV"
ZIP_MAGIC = b"PK\x03\x04"
#: Compound File header of Excel 97-2003 .xls workbooks.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: csv's own limit is 128 KiB per field; a cell that large is not an agenda.
FIELD_LIMIT = 100_000

Progress = Callable[[int, int], None]


def parse_csv(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    if data.startswith(ZIP_MAGIC):
        from moderator.importers.tables.xlsx_file import parse_xlsx

        plan = parse_xlsx(source, data, progress)
        plan.notes.insert(0, "the file is an Excel workbook (XLSX) named like a CSV: read as XLSX")
        return plan
    if data.startswith(OLE_MAGIC):
        raise ScheduleImportError(
            source,
            "",
            None,
            "the file is an old Excel workbook (.xls), not CSV text: "
            'save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"',
        )
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
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            for cell in cells:
                if len(cell) > FIELD_LIMIT:
                    raise ScheduleImportError(
                        source,
                        f"row {number}",
                        None,
                        f"a cell longer than {FIELD_LIMIT} characters",
                    )
            rows.append((f"row {number}", cells))
    except csv.Error as error:
        where = f"row {number + 1}"
        if "end of data" in str(error):
            raise ScheduleImportError(
                source,
                where,
                None,
                "the file ends inside a quoted cell: it looks cut off; nothing was imported "
                "(save or download it again)",
            ) from error
        raise ScheduleImportError(source, where, None, f"not valid CSV ({error})") from error
    rows = [(location, cells) for location, cells in rows if any(c.strip() for c in cells)]
    _refuse_cut_last_row(source, text, rows)
    return parse_sheet(source, FORMAT_NAME, rows, "", progress)


def _refuse_cut_last_row(source: str, text: str, rows: list[tuple[str, list[str]]]) -> None:
    """A last row with fewer cells than every other row, and no line break after it, is the
    fragment an interrupted copy leaves: refused rather than imported as half a record."""
    if len(rows) < 3 or text.endswith(("\n", "\r")):
        return
    width = len(rows[0][1])
    (location, last), others = rows[-1], rows[1:-1]
    if len(last) < width and all(len(cells) >= width for _where, cells in others):
        raise ScheduleImportError(
            source,
            location,
            None,
            f"the last row has {len(last)} of the header's {width} cells and the file ends "
            "without a line break: it looks cut off; nothing was imported "
            "(save or download it again)",
        )


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
