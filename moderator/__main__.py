"""Entry point: ``moderator`` and ``python -m moderator``.

Parses the command line and hands over: to ``moderator.app`` for the console window, or to
``moderator.cli.main`` for the commands that run without a window. Heavy imports (Qt, SQLAlchemy)
are deferred to those modules so that ``--version`` and ``--help`` answer instantly.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from moderator.cli.main import parse_arguments

    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.command == "export":
        from moderator.cli.main import run_export

        return run_export(args)
    if args.command == "import":
        return _run_import_holding_the_file(args)
    if args.command == "export-agenda":
        from moderator.cli.main import run_export_agenda

        return run_export_agenda(args)
    if args.command == "report":
        from moderator.cli.main import run_report

        return run_report(args)
    if args.command == "check":
        from moderator.cli.main import run_check

        return run_check(args)
    from moderator.app import run_console

    return run_console(args)


def _run_import_holding_the_file(args) -> int:  # type: ignore[no-untyped-def]
    """``moderator import`` writes the database: it holds the file's instance lock meanwhile, so
    it never writes under a console that has the agenda open (nor a console opens it half-way
    through). A dry run writes only a scratch copy and runs alongside a console."""
    from moderator.cli.main import EXIT_UNUSABLE, database_path, run_import

    if args.dry_run:
        return run_import(args)
    from moderator.storage.file_check import DatabaseError
    from moderator.storage.instance_lock import AlreadyOpen, InstanceLock

    path = database_path(args)
    try:
        lock = InstanceLock.acquire(path, "import")
    except AlreadyOpen as busy:
        print(
            f"moderator: {busy} Close that window (or import from it), then try again. "
            "Nothing was imported.",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    except DatabaseError as error:
        print(f"moderator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    with lock:
        return run_import(args)


if __name__ == "__main__":
    sys.exit(main())
