"""``moderator-server``: run the reference backend and manage its tokens and meetings.

    moderator-server serve [--host 127.0.0.1] [--port 8730] [--db PATH|URL] [--log-json]
                           [--max-streams N] [--max-streams-per-token N] [--workers N]
                           [--ssl-certfile PEM --ssl-keyfile PEM]
    moderator-server create-token --role ROLE --meeting ID [--session ID ...]
                                  [--participant ID] [--label TEXT] [--expires DURATION]
                                  [--new-meeting] [--secret-file PATH|-] [--db PATH|URL]
    moderator-server list-tokens [--meeting ID] [--json] [--db PATH|URL]
    moderator-server revoke-token (--label TEXT | --id ID) [--meeting ID] [--db PATH|URL]
    moderator-server load-demo --meeting ID [--db PATH|URL]
    moderator-server import FILE --meeting ID [--dry-run] [--format auto|csv|xlsx|json|xml|ics]
                            [--db PATH|URL]
    moderator-server bridge zoomosc --listen [HOST:]PORT --session ID [--server URL]
                            [--target HOST:PORT] [--token-file PATH | --token TOKEN]

The default database is ``moderator-server.sqlite3`` in the user data folder. ``create-token``
prints the token once, on standard output, and stores only its hash; its scope must exist on
the server (a staff or admin token may name a meeting still to be uploaded with
``--new-meeting``). ``list-tokens`` and ``revoke-token`` never show a secret nor its hash; they
refuse a database file that does not exist rather than create one. ``import`` reads an agenda
with the console's importers (and Moderator's own ``export-agenda`` JSON), prints the same
preview as ``moderator import`` against the backend's meeting, and applies it in one
transaction unless ``--dry-run``; a bad file is named with its row and field on standard
error, nothing is written, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from pathlib import Path

from moderator import __version__

EXIT_OK, EXIT_USAGE = 0, 2
EXIT_BAD_INPUT = 2

#: asyncio's own loop, even where uvloop is installed: uvloop drops connections without a word
#: when the process runs out of descriptors, where asyncio's loop logs why (``log_bursts``).
EVENT_LOOP = "asyncio"


def default_database() -> str:
    import platformdirs

    folder = Path(platformdirs.user_data_dir("Moderator", appauthor=False))
    return str(folder / "moderator-server.sqlite3")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="moderator-server", description="Reference backend of the Moderator sync protocol."
    )
    parser.add_argument("--version", action="version", version=f"moderator-server {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", default=None, help="SQLite file or database URL")
        return sub

    serve = with_db(commands.add_parser("serve", help="run the server"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument(
        "--jitsi-domain",
        metavar="HOST",
        help="embed each session's Jitsi Meet call from this server in the participant page",
    )
    serve.add_argument(
        "--jitsi-room",
        default="moderator-{meeting}-{session}",
        metavar="TEMPLATE",
        help="the call's room name; {meeting} and {session} are replaced by their ids",
    )
    serve.add_argument("--port", type=int, default=8730)
    serve.add_argument("--log-json", action="store_true", help="JSON log lines on stderr")
    serve.add_argument("--heartbeat", type=float, default=15.0, help="SSE heartbeat seconds")
    serve.add_argument(
        "--max-streams",
        type=_positive_int,
        default=None,
        metavar="N",
        help="event streams open at once on this server, beyond which they are refused with "
        "429 (default: from the file descriptor limit, at most 10000)",
    )
    serve.add_argument(
        "--max-streams-per-token",
        type=_positive_int,
        default=None,
        metavar="N",
        help="event streams one token may hold open (default 8: a participant page needs one "
        "or two; a room's screens may share a display token)",
    )
    serve.add_argument("--ssl-certfile", metavar="PEM", help="serve HTTPS with this certificate")
    serve.add_argument("--ssl-keyfile", metavar="PEM", help="the certificate's private key")

    serve.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="server processes sharing the port (PostgreSQL only; default 1)",
    )

    token = with_db(commands.add_parser("create-token", help="create a token; printed once"))
    token.add_argument(
        "--role",
        required=True,
        choices=["admin", "staff", "chair", "participant", "display", "integration"],
    )
    token.add_argument("--meeting", required=True, metavar="ID")
    token.add_argument("--session", action="append", default=[], metavar="ID")
    token.add_argument("--participant", metavar="ID")
    token.add_argument("--label", default="", help="who or what it is for (list-tokens shows it)")
    token.add_argument(
        "--secret-file",
        metavar="PATH",
        help="integration: use the secret in this file ('-': standard input) as the token, "
        "for a caller that sends its own (bbb-webhooks sends its shared secret)",
    )
    token.add_argument(
        "--expires",
        metavar="DURATION",
        help="refused after this long: 90m, 12h, 3d, 2w (default: until revoked)",
    )
    token.add_argument(
        "--new-meeting",
        action="store_true",
        help="staff/admin: the meeting is not on the server yet (this token will upload it)",
    )

    listing = with_db(commands.add_parser("list-tokens", help="list tokens (never their secret)"))
    listing.add_argument("--meeting", metavar="ID")
    listing.add_argument("--json", action="store_true", help="JSON instead of a table")

    revoking = with_db(
        commands.add_parser("revoke-token", help="revoke a token: refused from its next request")
    )
    which = revoking.add_mutually_exclusive_group(required=True)
    which.add_argument("--label", metavar="TEXT")
    which.add_argument("--id", metavar="ID", help="as list-tokens shows it (6+ characters)")
    revoking.add_argument("--meeting", metavar="ID", help="only this meeting's tokens")

    demo = with_db(commands.add_parser("load-demo", help="load the demo meeting under an id"))
    demo.add_argument("--meeting", required=True, metavar="ID")

    upload = with_db(
        commands.add_parser(
            "import",
            help="import an agenda file into a meeting (the console's formats and preview)",
        )
    )
    upload.add_argument("file", type=Path, metavar="FILE")
    upload.add_argument("--meeting", required=True, metavar="ID")
    upload.add_argument(
        "--format", choices=["auto", "csv", "xlsx", "json", "xml", "ics"], default="auto"
    )
    upload.add_argument(
        "--dry-run", action="store_true", help="print what would change and write nothing"
    )

    bridge = commands.add_parser("bridge", help="feed a session's hands from a video call")
    calls = bridge.add_subparsers(dest="call", required=True, metavar="CALL")
    zoomosc = calls.add_parser("zoomosc", help="Zoom's hands through ZoomOSC (OSC over UDP)")
    zoomosc.add_argument(
        "--listen", required=True, metavar="[HOST:]PORT", help="where ZoomOSC sends (127.0.0.1)"
    )
    zoomosc.add_argument("--session", required=True, metavar="ID")
    zoomosc.add_argument(
        "--token",
        metavar="TOKEN",
        help="integration token (ps shows it: prefer MODERATOR_TOKEN or --token-file)",
    )
    zoomosc.add_argument("--token-file", metavar="PATH", help="a file holding the token")
    zoomosc.add_argument("--server", default="http://127.0.0.1:8730", metavar="URL")
    zoomosc.add_argument(
        "--target", metavar="HOST:PORT", help="ZoomOSC's own port: lower hands there too"
    )
    zoomosc.add_argument("--log-json", action="store_true", help="log JSON lines")
    return parser.parse_args(argv)


_JITSI_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?")
_JITSI_ROOM = re.compile(r"[A-Za-z0-9_-]*")


def jitsi_problem(domain: str | None, room: str) -> str | None:
    """What is wrong with ``--jitsi-domain`` / ``--jitsi-room`` (``None``: nothing)."""
    if domain is not None and not _JITSI_HOST.fullmatch(domain):
        return (
            f"--jitsi-domain {domain!r}: a host name (meet.example.org), optionally with "
            ":PORT; no scheme, no path"
        )
    plain = room.replace("{meeting}", "").replace("{session}", "")
    if not room or len(room) > 200 or not _JITSI_ROOM.fullmatch(plain):
        return (
            f"--jitsi-room {room!r}: letters, digits, '-', '_' and the placeholders "
            "{meeting} and {session}"
        )
    return None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "bridge":
        from moderator.server.integrations.bridge_command import bridge_command

        return bridge_command(args)
    db_location = args.db or default_database()
    if args.command == "serve":
        return serve(args, db_location)
    if args.command == "import":
        return import_command(args, db_location)
    from moderator.server.database import database_url, open_server_database

    url = database_url(db_location)
    # A mistyped --db must not leave a new empty database behind: only a token for a new
    # meeting (the first command on a new server) may create one.
    needs_data = args.command in ("list-tokens", "revoke-token") or (
        args.command == "create-token" and not args.new_meeting
    )
    if (
        needs_data
        and url.startswith("sqlite")
        and not Path(url.removeprefix("sqlite:///")).is_file()
    ):
        print(f"moderator-server: there is no database at {db_location}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = open_server_database(db_location)
    try:
        from moderator.server.tokens import token_commands

        if args.command == "create-token":
            return token_commands.create_command(args, db)
        if args.command == "list-tokens":
            return token_commands.list_command(args, db)
        if args.command == "revoke-token":
            return token_commands.revoke_command(args, db)
        if args.command == "load-demo":
            return load_demo_command(args, db)
    finally:
        db.dispose()
    return EXIT_USAGE


def serve(args: argparse.Namespace, db_location: str) -> int:
    import uvicorn

    from moderator.logging_setup import configure_logging
    from moderator.server.app import ServerSettings, create_app
    from moderator.server.database import open_server_database
    from moderator.server.fanout.collector import quiet_collector
    from moderator.server.limits.stream_limits import raise_descriptor_limit
    from moderator.server.logs.announce import announce
    from moderator.server.logs.announced_server import AnnouncedServer
    from moderator.server.logs.log_bursts import limit_bursts
    from moderator.server.tls import TlsError, check_tls_files, plain_http_warning

    try:
        check_tls_files(args.ssl_certfile, args.ssl_keyfile)
    except TlsError as error:
        print(f"moderator-server: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    configure_logging(args.log_json, plain_level=logging.INFO)
    if args.ssl_certfile is None and (warning := plain_http_warning(args.host, args.port)):
        logging.getLogger("moderator.server").warning(warning)
    limit_bursts()
    raise_descriptor_limit()
    settings = ServerSettings(heartbeat_s=args.heartbeat)
    if (problem := jitsi_problem(args.jitsi_domain, args.jitsi_room)) is not None:
        print(f"moderator-server: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    settings.jitsi_domain, settings.jitsi_room = args.jitsi_domain, args.jitsi_room
    if args.max_streams is not None:
        settings.max_streams = args.max_streams
    if args.max_streams_per_token is not None:
        settings.max_streams_per_token = args.max_streams_per_token
    if args.workers > 1:
        return serve_workers(args, db_location, settings)
    db = open_server_database(db_location)
    app = create_app(db, settings)
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        loop=EVENT_LOOP,
        log_config=None,
        access_log=False,  # our RequestLog writes one structured line per request
        timeout_graceful_shutdown=5,
        server_header=False,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
    )
    server = AnnouncedServer(
        config,
        lambda port: announce(
            args.host, port, args.ssl_certfile is not None, db_location, settings
        ),
    )
    quiet_collector()  # a full collection stalls every stream of the process
    try:
        server.run()
    finally:
        db.dispose()
    return EXIT_OK


def serve_workers(args: argparse.Namespace, db_location: str, settings) -> int:  # type: ignore[no-untyped-def]
    """``serve --workers N``: refused on SQLite before anything is opened; on PostgreSQL
    the schema is brought up to date once, then the processes start."""
    from moderator.server.database import open_server_database
    from moderator.server.workers import WorkersRefused, check_workers, run_workers

    try:
        check_workers(args.workers, db_location)
    except WorkersRefused as refusal:
        print(f"moderator-server: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    open_server_database(db_location).dispose()
    run_workers(
        args.workers,
        db_location,
        settings,
        args.log_json,
        {
            "host": args.host,
            "port": args.port,
            "loop": EVENT_LOOP,
            "log_config": None,
            "access_log": False,
            "timeout_graceful_shutdown": 5,
            "server_header": False,
            "ssl_certfile": args.ssl_certfile,
            "ssl_keyfile": args.ssl_keyfile,
        },
    )
    return EXIT_OK


def load_demo_command(args: argparse.Namespace, db) -> int:  # type: ignore[no-untyped-def]
    import dataclasses

    from moderator.server.meetings import replace_meeting
    from moderator.server.sync import SyncService
    from moderator.services.agenda.demo import build_demo_meeting

    now = time.time_ns() // 1_000_000
    bundle = build_demo_meeting(now)
    old_id = bundle.meeting.id
    bundle.meeting = dataclasses.replace(bundle.meeting, id=args.meeting)
    bundle.participants = [
        dataclasses.replace(p, meeting_id=args.meeting) for p in bundle.participants
    ]
    bundle.sessions = [dataclasses.replace(s, meeting_id=args.meeting) for s in bundle.sessions]
    assert all(p.meeting_id != old_id for p in bundle.participants)
    answer = replace_meeting(SyncService(db, lambda: now), bundle)
    for session in bundle.sessions:
        print(f"session {session.id} {session.title}")
    print(f"meeting {answer['meeting_id']}: {answer['entries']} speakers", file=sys.stderr)
    return EXIT_OK


def import_command(args: argparse.Namespace, db_location: str) -> int:
    """The file is read and checked before the database is opened: a bad file never
    creates or migrates a backend database."""
    from moderator.cli.agenda import preview_lines
    from moderator.importers import ScheduleImportError, load_plan
    from moderator.server.agenda_upload import upload_plan
    from moderator.server.database import open_server_database
    from moderator.server.sync import ProtocolError, SyncService

    try:
        plan = load_plan(args.file, args.format)
    except ScheduleImportError as error:
        print(f"moderator-server: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from sqlalchemy.exc import SQLAlchemyError

    try:
        db = open_server_database(db_location)
    except SQLAlchemyError as error:
        print(f"moderator-server: cannot open {db_location}: {_reason(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        sync = SyncService(db, lambda: time.time_ns() // 1_000_000)
        result = upload_plan(sync, args.meeting, plan, dry_run=args.dry_run)
    except ProtocolError as error:
        print(f"moderator-server: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SQLAlchemyError as error:  # rolled back: nothing was written
        print(
            f"moderator-server: {db_location} refused the import, nothing was written: "
            f"{_reason(error)}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    finally:
        db.dispose()
    for line in preview_lines(result.preview, applied=result.applied):
        print(line)
    if not result.applied:
        print("Dry run: nothing was written.")
    elif not result.preview.writes():
        print(f"Meeting {args.meeting} already matches the file: nothing was written.")
    else:
        followers = (
            f"; {len(result.sessions_reset)} session(s) sent again to the consoles following "
            f"them (feed version {result.version})"
            if result.sessions_reset
            else ""
        )
        print(
            f"Imported into meeting {args.meeting} ({result.preview.writes()} records "
            f"written){followers}."
        )
    return EXIT_OK


def _reason(error: Exception) -> str:
    """The database's own words (without the SQL statement and its parameters)."""
    return str(getattr(error, "orig", None) or error).splitlines()[0]


if __name__ == "__main__":
    sys.exit(main())
