"""The command line: options of the console and the window-less commands.

Stable interface (documented in the README), for scripting, support and checks:

- ``moderator [--db PATH] [--demo] [--session ID] [--lang ar|zh|es|fr|ru|en]``: open the
  console; ``--control-port``, ``--control-host`` and ``--osc-port`` let control
  surfaces drive it (docs/companion.md).
- ``moderator export --format json [--db PATH]``: print the whole local state as JSON.
- ``moderator import FILE [--db PATH] [--dry-run] [--prune] [--format …]`` and
  ``moderator export-agenda --format json|csv [--db PATH] [-o FILE]``: see ``cli.agenda``.
- ``moderator report --session ID|--meeting ID -o FILE [--format pdf|csv|xlsx] [--db PATH]``:
  see ``cli.report``.
- ``moderator check [--db PATH] [--backend URL] [--offline]``: is this laptop ready for today;
  see ``cli.check`` (exit 1 when something needs attention).
- ``moderator --version``.

Exit codes: 0 success, 2 bad usage or unusable database (the message says which and why).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from moderator import __version__

EXIT_OK = 0
EXIT_UNUSABLE = 2


def _add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the local database file (default: moderator.sqlite3 in the user data folder)",
    )


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="moderator",
        description="Console for chairs of hybrid meetings: timing, speakers, remote hands.",
    )
    parser.add_argument("--version", action="version", version=f"moderator {__version__}")
    _add_database_option(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="load the demo meeting (fictional speakers), replacing an earlier demo meeting",
    )
    parser.add_argument("--session", metavar="ID", help="open this session instead of today's")
    parser.add_argument(
        "--backend",
        metavar="URL",
        help="follow the session on this backend (token from the MODERATOR_TOKEN variable)",
    )
    parser.add_argument(
        "--control-stdin",
        action="store_true",
        help="automation: read action names (e.g. next_speaker) from standard input, one a line",
    )
    parser.add_argument(
        "--control-port",
        type=_port_number,
        metavar="PORT",
        help="serve the control API (HTTP actions, state, WebSocket) on this port of 127.0.0.1 "
        "(0: a free port); see docs/companion.md",
    )
    parser.add_argument(
        "--control-host",
        type=_ip_address,
        metavar="HOST",
        help="listen on this address instead of 127.0.0.1 (0.0.0.0: every interface); "
        "then every request needs the control secret",
    )
    parser.add_argument(
        "--osc-port",
        type=_port_number,
        metavar="PORT",
        help="accept /moderator/<action> OSC messages over UDP on this port",
    )
    parser.add_argument(
        "--lang",
        choices=["en", "ar", "zh", "es", "fr", "ru"],
        help="the console's language (default: as chosen in the Language menu, else the system's)",
    )
    parser.add_argument(
        "--log-json",
        action="store_true",
        help="write structured JSON log lines to standard error (for tests and support)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="print the whole local state and exit")
    export.add_argument("--format", choices=["json"], default="json")
    _add_database_option(export)
    from moderator.cli.agenda import add_subcommands

    add_subcommands(commands, _add_database_option)
    from moderator.cli.report import add_subcommand as add_report

    add_report(commands, _add_database_option)
    from moderator.cli.check import add_subcommand as add_check

    add_check(commands, _add_database_option)
    args = parser.parse_args(argv)
    return args


def _port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 1 and 65535 (0: any free one): {port}")
    return port


def _ip_address(text: str) -> str:
    import ipaddress

    if text == "localhost":
        return text
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an IP address of this computer (such as 0.0.0.0 or 192.168.1.20): {text!r}"
        ) from None


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return args.db.expanduser()
    from moderator.storage.database import default_database_path

    return default_database_path()


def run_export(args: argparse.Namespace) -> int:
    """Print the local state as JSON; never creates demo data, never changes the file's data."""
    from moderator.cli.export import export_state
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage.database import DatabaseError, open_database_for_reading
    from moderator.storage.repository import Store

    path = database_path(args)
    if not path.exists():
        print(f"moderator: no database at {path}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        engine = open_database_for_reading(path)
    except DatabaseError as error:
        print(f"moderator: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        document = export_state(Store(engine), TimeSource().now_ms())
    finally:
        engine.dispose()
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from moderator.cli.agenda import run_import as run

    return run(args, database_path(args))


def run_export_agenda(args: argparse.Namespace) -> int:
    from moderator.cli.agenda import run_export_agenda as run

    return run(args, database_path(args))


def run_report(args: argparse.Namespace) -> int:
    from moderator.cli.report import run_report as run

    return run(args, database_path(args))


def run_check(args: argparse.Namespace) -> int:
    from moderator.cli.check import run_check as run

    return run(args, database_path(args))
