"""``moderator import`` and ``moderator export-agenda``: preloading without a window.

- ``moderator import FILE [--db PATH] [--dry-run] [--prune] [--format auto|csv|…]``
  prints what the file will create, update or leave alone (one line per kind and action,
  then totals) and applies it in one transaction unless ``--dry-run``. A dry run never
  writes the database: it previews against a copy. Sessions and agenda items an earlier
  import of the file made that it no longer lists are printed as "not in the file" and kept;
  ``--prune`` removes them (never one the chair has started).
- ``moderator export-agenda --format json|csv [--db PATH] [-o FILE] [--meeting ID]`` writes
  the agenda in a form ``moderator import`` (and ``moderator-server import``, one meeting at
  a time) reads back without loss.

Exit codes: 0 success, 2 bad input or unusable database, with one line on standard error
naming the file, the row or element, and the field.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_BAD_INPUT = 2
#: Names shown per line of the preview before "… (+N more)".
NAMES_SHOWN = 3

_VERBS = {
    "create": ("to create", "created"),
    "update": ("to update", "updated"),
    "unchanged": ("unchanged", "unchanged"),
    "keep": ("kept as is", "kept as is"),
    "remove": ("to remove", "removed"),
    "gone": ("not in the file, kept", "not in the file, kept"),
    "refused": ("refused: cannot reach the backend", "refused"),
}


def add_subcommands(commands: argparse._SubParsersAction, add_database_option) -> None:  # type: ignore[type-arg]
    """Register ``import`` and ``export-agenda`` on the main parser's subcommands."""
    from moderator.importers import FORMATS

    importer = commands.add_parser(
        "import",
        help="import an agenda (CSV, XLSX, pretalx/frab JSON or XML, iCalendar) and exit",
        description="Import an agenda file; re-importing the same file updates instead of "
        "duplicating. Formats and columns: docs/import-formats.md.",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--format", choices=FORMATS, default="auto")
    importer.add_argument(
        "--dry-run", action="store_true", help="print what would change and write nothing"
    )
    importer.add_argument(
        "--prune",
        action="store_true",
        help="remove sessions and agenda items an earlier import of this file made that it "
        "no longer lists (without it they are listed and kept)",
    )
    add_database_option(importer)
    exporter = commands.add_parser(
        "export-agenda", help="write the agenda as JSON or CSV (importable again) and exit"
    )
    exporter.add_argument("--format", choices=["json", "csv"], default="json")
    exporter.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    exporter.add_argument(
        "--meeting",
        metavar="ID",
        help="only this meeting (what moderator-server import takes); default: all",
    )
    add_database_option(exporter)


def run_import(args: argparse.Namespace, db_path: Path, out: TextIO | None = None) -> int:
    from moderator.importers import ScheduleImportError, load_plan
    from moderator.services.agenda.agenda_import import (
        ImportRefused,
        apply_import,
        preview_import,
    )
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage.database import DatabaseError, open_database

    out = out or sys.stdout
    try:
        plan = load_plan(args.file, args.format)
    except ScheduleImportError as error:
        print(f"moderator: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.dry_run:
            with _scratch_copy(db_path) as copy:
                engine = open_database(copy)
                try:
                    preview = preview_import(engine, plan, prune=args.prune)
                finally:
                    engine.dispose()
        else:
            engine = open_database(db_path)
            try:
                preview = apply_import(engine, plan, now_ms=TimeSource().now_ms(), prune=args.prune)
            finally:
                engine.dispose()
    except (DatabaseError, ImportRefused) as error:
        print(f"moderator: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in preview_lines(preview, applied=not args.dry_run):
        print(line, file=out)
    if args.dry_run and preview.refused():
        print("Dry run: this file would be refused: nothing would be written.", file=out)
        return EXIT_BAD_INPUT
    prunable = len(preview.prunable())
    if prunable and not args.prune:
        print(
            f"{prunable} record(s) no longer in the file: kept (--prune removes them).",
            file=out,
        )
    if args.dry_run:
        print("Dry run: nothing was written.", file=out)
    else:
        print(f"Imported into {db_path} ({preview.writes()} records written).", file=out)
    return EXIT_OK


def run_export_agenda(args: argparse.Namespace, db_path: Path, out: TextIO | None = None) -> int:
    from moderator.services.agenda.agenda_export import export_agenda_csv, export_agenda_json
    from moderator.storage.database import DatabaseError, open_database_for_reading

    out = out or sys.stdout
    if not db_path.exists():
        print(f"moderator: no database at {db_path}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        engine = open_database_for_reading(db_path)
    except DatabaseError as error:
        print(f"moderator: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.format == "csv":
            text = export_agenda_csv(engine, getattr(args, "meeting", None))
        else:
            document = export_agenda_json(engine, getattr(args, "meeting", None))
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    except KeyError:
        print(f"moderator: {db_path} has no meeting {args.meeting!r}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        engine.dispose()
    if args.output is None:
        out.write(text)
        return EXIT_OK
    from moderator.services.report.report_export import write_atomically

    def write(temporary: Path) -> None:
        # newline="" keeps the CSV's CRLF line ends as the csv module wrote them.
        with temporary.open("w", encoding="utf-8", newline="") as file:
            file.write(text)

    try:
        # Never a half-written agenda over the previous one (a full disk, a crash).
        write_atomically(args.output, write)
    except OSError as error:
        print(f"moderator: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def preview_lines(preview, applied: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """The preview as text: what the file holds, one line per kind and action, the totals."""
    from moderator.services.agenda.agenda_import import KIND_LABELS, Action

    counts = preview.counts
    lines = [
        f"{preview.source} ({preview.format}): {counts.meetings} meeting(s), "
        f"{counts.sessions} session(s) in {counts.rooms} room(s), "
        f"{counts.agenda_items} agenda item(s), {counts.participants} participant(s) "
        f"of whom {counts.speakers} speak, {counts.entries} speaker entries"
    ]
    lines.extend(f"  note: {note}" for note in preview.notes)
    by_kind: dict[tuple[str, Action], list] = {}
    for change in preview.changes:
        by_kind.setdefault((change.kind, change.action), []).append(change)
    for kind, (_one, many) in KIND_LABELS.items():
        for action in Action:
            changes = by_kind.get((kind, action), [])
            if not changes:
                continue
            verb = _VERBS[action.value][1 if applied else 0]
            names = [_short(c.name) for c in changes[:NAMES_SHOWN]]
            more = len(changes) - len(names)
            shown = ", ".join(names) + (f", … (+{more} more)" if more else "")
            reasons = sorted({c.reason for c in changes if c.reason})
            why = f" [{'; '.join(reasons)}]" if reasons else ""
            lines.append(f"  {many:<16} {len(changes):>6} {verb}: {shown}{why}")
    totals = preview.totals()
    lines.append(
        "Total: "
        + ", ".join(
            f"{totals[action]} {_VERBS[action.value][1 if applied else 0]}"
            for action in Action
            if action not in (Action.REFUSED, Action.GONE) or totals[action]
        )
    )
    return lines


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


@contextmanager
def _scratch_copy(db_path: Path) -> Iterator[Path]:
    """A copy of the database to preview against (an empty one when there is none yet), so a
    dry run neither creates, migrates nor changes the real file."""
    from moderator.storage.database import DatabaseError, explain_sqlite_error
    from moderator.storage.file_check import check_file_before_opening, inspect_existing_file
    from moderator.storage.private_files import create_private

    with tempfile.TemporaryDirectory(prefix="moderator-dry-run-") as folder:
        copy = Path(folder) / "preview.sqlite3"
        if db_path.exists() and db_path.stat().st_size > 0:
            check_file_before_opening(db_path)
            try:
                inspect_existing_file(db_path)  # refuses foreign and newer files, unchanged
                source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
                create_private(copy)  # the same names and genders as the file
                with closing(source), closing(sqlite3.connect(copy)) as target:
                    source.backup(target)
            except sqlite3.Error as error:
                raise explain_sqlite_error(db_path, error) from error
            except DatabaseError:
                raise
            # Read-only like the file (a preview refused as it would be), never wider than 0600.
            copy.chmod(stat.S_IMODE(db_path.stat().st_mode) & 0o700)
        yield copy
