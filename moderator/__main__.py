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
        from moderator.cli.main import run_import

        return run_import(args)
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


if __name__ == "__main__":
    sys.exit(main())
