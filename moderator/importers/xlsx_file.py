"""XLSX workbooks through openpyxl, read-only (rows streamed, formulas as their cached values).

The first worksheet is the agenda (or the one named "Agenda" when there is one); rows are
numbered as Excel shows them. openpyxl parses the workbook's XML with defusedxml when it is
installed, which it is (a dependency of Moderator), so a hostile workbook cannot expand
entities. A file that is not a readable workbook is reported as such, never as a traceback.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

from moderator.importers.errors import ScheduleImportError
from moderator.importers.plan import ImportPlan
from moderator.importers.table import parse_sheet

FORMAT_NAME = "XLSX"
#: More rows than this is not an agenda; refusing early bounds time and memory.
MAX_ROWS = 200_000

Progress = Callable[[int, int], None]


def parse_xlsx(source: str, data: bytes, progress: Progress | None = None) -> ImportPlan:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ScheduleImportError(source, "", None, "not an XLSX workbook (not a zip archive)")
    rows, sheet_name = _read_rows(source, data)
    where = f"sheet '{sheet_name}'"
    return parse_sheet(source, FORMAT_NAME, rows, where, progress, "the sheet is empty")


def _read_rows(source: str, data: bytes) -> tuple[list[tuple[str, tuple[Any, ...]]], str]:
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
                rows = []
                for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                    if number > MAX_ROWS:
                        raise ScheduleImportError(
                            source,
                            f"sheet '{sheet.title}', row {number}",
                            None,
                            f"more than {MAX_ROWS} rows",
                        )
                    if any(c is not None and str(c).strip() != "" for c in cells):
                        rows.append((f"sheet '{sheet.title}', row {number}", cells))
                return rows, sheet.title
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
