"""``moderator report``: the session or meeting report as a file, without a window.

- ``moderator report --session ID -o FILE [--format pdf|csv|xlsx] [--db PATH]``
- ``moderator report --meeting ID -o FILE [--format pdf|csv|xlsx] [--db PATH]``

The format defaults to the output file's extension. The report is as of now: a turn still
running counts with its time so far. Layouts: ``moderator.services.report.report_export``.

Exit codes: 0 success, 2 unknown session or meeting, unusable database, unknown format or an
output file that cannot be written, with one line on standard error saying which. The output
file is written under a temporary name and moved into place when complete: a failure never
leaves a half-written report (nor replaces an earlier one).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_UNUSABLE = 2
FORMATS = ("pdf", "csv", "xlsx")


def add_subcommand(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``report`` on the main parser's subcommands."""
    parser = commands.add_parser(
        "report",
        help="write the report of a session or a meeting (PDF, CSV or XLSX) and exit",
        description="Planned against actual per speaker and agenda item, overruns, and "
        "speaking time by stakeholder group, gender and in the room or remote.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", dest="report_session", metavar="ID", help="one session")
    which.add_argument(
        "--meeting", dest="report_meeting", metavar="ID", help="a meeting: all its sessions"
    )
    parser.add_argument(
        "--format", dest="report_format", choices=FORMATS, help="default: from FILE's extension"
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    add_database_option(parser)


def run_report(
    args: argparse.Namespace,
    db_path: Path,
    out: TextIO | None = None,
    now_ms: int | None = None,
) -> int:
    """Write the report; ``now_ms`` (default: now) is the moment it describes."""
    from moderator.services.chair.time_source import TimeSource
    from moderator.services.report.report_export import (
        ReportFormat,
        ReportNotFound,
        format_for,
        load_report,
        write_report,
    )
    from moderator.services.report.report_tables import report_document
    from moderator.storage.database import DatabaseError, open_database_for_reading
    from moderator.storage.repository import Store

    out = out or sys.stdout
    output: Path = args.output.expanduser()
    if output.is_dir():
        return _fail(f"{output} is a folder: name the report file")
    fmt = ReportFormat(args.report_format) if args.report_format else format_for(output)
    if fmt is None:
        return _fail(f"cannot tell the format of {output}: add --format pdf, csv or xlsx")
    if not output.parent.is_dir():
        return _fail(f"cannot write {output}: no folder {output.parent}")
    if not db_path.exists():
        return _fail(f"no database at {db_path}")
    try:
        engine = open_database_for_reading(db_path)
    except DatabaseError as error:
        return _fail(str(error))
    try:
        report = load_report(
            Store(engine),
            TimeSource().now_ms() if now_ms is None else now_ms,
            session_id=args.report_session,
            meeting_id=args.report_meeting,
        )
    except ReportNotFound as error:
        return _fail(str(error))
    finally:
        engine.dispose()
    keep_alive = _gui_application() if fmt is ReportFormat.PDF else None
    try:
        write_report(report_document(report), output, fmt)
    except OSError as error:
        return _fail(f"cannot write {output}: {error.strerror or error}")
    finally:
        del keep_alive
    what = "meeting" if args.report_meeting else "session"
    turns = f"{report.total_turns} turn" + ("" if report.total_turns == 1 else "s")
    print(f"Wrote the {what} report ({turns}) to {output}", file=out)
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"moderator: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _gui_application():  # type: ignore[no-untyped-def]
    """The fonts the PDF is painted with need a ``QGuiApplication``; without a window it runs
    on the offscreen platform, so the command works on a server without a display."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["moderator", "-platform", "offscreen"])
