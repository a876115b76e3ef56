"""XLSX workbooks through openpyxl, read-only (rows streamed, formulas as their cached values).

The first worksheet is the agenda (or the one named "Agenda" when there is one); rows are
numbered as Excel shows them. A cell merged over several rows (a session, its date and start
merged over its speakers' rows) means its value on every one of them: it is filled down, and
the preview says which ranges were (openpyxl's streaming reader does not report merged
cells, so their ranges are read from the sheet's XML). openpyxl parses the workbook's XML
with defusedxml when it is installed, which it is (a dependency of Moderator), so a hostile
workbook cannot expand entities. A file that is not a readable workbook is reported as such,
never as a traceback.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

from moderator.importers.errors import ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.tables.table import parse_sheet

FORMAT_NAME = "XLSX"
#: More rows than this is not an agenda; refusing early bounds time and memory.
MAX_ROWS = 200_000
#: ``<mergeCell ref="B2:B10"/>`` in a worksheet's XML, with or without a namespace prefix.
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')

Progress = Callable[[int, int], None]


def parse_xlsx(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ScheduleImportError(source, "", None, "not an XLSX workbook (not a zip archive)")
    rows, sheet_name, merged = _read_rows(source, data)
    where = f"sheet '{sheet_name}'"
    plan = parse_sheet(source, FORMAT_NAME, rows, where, progress, "the sheet is empty")
    if merged:
        shown = ", ".join(merged[:8]) + (f" and {len(merged) - 8} more" if len(merged) > 8 else "")
        plan.notes.insert(0, f"merged cells filled down (each row reads the merged value): {shown}")
    return plan


def _read_rows(
    source: str, data: bytes
) -> tuple[list[tuple[str, tuple[Any, ...]]], str, list[str]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about workbook features it drops (data validation, styles…),
            # which say nothing about the agenda.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = workbook.worksheets
                if not sheets:
                    raise ScheduleImportError(source, "", None, "the workbook has no worksheet")
                sheet = next((s for s in sheets if s.title.strip().lower() == "agenda"), sheets[0])
                merges = _merged_ranges(data, getattr(sheet, "_worksheet_path", ""))
                table: list[list[Any]] = []
                for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                    if number > MAX_ROWS:
                        raise ScheduleImportError(
                            source,
                            f"sheet '{sheet.title}', row {number}",
                            None,
                            f"more than {MAX_ROWS} rows",
                        )
                    table.append(list(cells))
                filled = _fill_down(table, merges)
                rows = [
                    (f"sheet '{sheet.title}', row {number}", tuple(cells))
                    for number, cells in enumerate(table, start=1)
                    if any(c is not None and str(c).strip() != "" for c in cells)
                ]
                return rows, sheet.title, filled
            finally:
                workbook.close()
    except ScheduleImportError:
        raise
    except Exception as error:  # any failure inside openpyxl means a bad workbook
        raise ScheduleImportError(
            source,
            "",
            None,
            f"not a readable XLSX workbook ({type(error).__name__}: {str(error)[:120]})",
        ) from error


def _merged_ranges(data: bytes, path: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (first column, first row, last column, last row), 1-based."""
    from openpyxl.utils.cell import column_index_from_string

    if not path:
        return []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            xml = archive.read(path.lstrip("/"))
        except KeyError:
            return []
    return [
        (
            column_index_from_string(first_col.decode()),
            int(first_row),
            column_index_from_string(last_col.decode()),
            int(last_row),
        )
        for first_col, first_row, last_col, last_row in _MERGE.findall(xml)
    ]


def _fill_down(table: list[list[Any]], merges: list[tuple[int, int, int, int]]) -> list[str]:
    """Copy each range's value (its top-left cell) down its first column; return the ranges
    that spanned rows, as Excel names them."""
    from openpyxl.utils.cell import get_column_letter

    filled = []
    for first_col, first_row, last_col, last_row in sorted(merges, key=lambda m: (m[1], m[0])):
        if last_row <= first_row or first_row > len(table):
            continue  # a merge across columns only: the value is already in its first cell
        value = _at(table, first_row, first_col)
        for number in range(first_row + 1, min(last_row, len(table)) + 1):
            cells = table[number - 1]
            if len(cells) < first_col:
                cells.extend([None] * (first_col - len(cells)))
            cells[first_col - 1] = value
        filled.append(
            f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"
        )
    return filled


def _at(table: list[list[Any]], row: int, column: int) -> Any:
    cells = table[row - 1]
    return cells[column - 1] if column <= len(cells) else None
