"""Builds and wires the console: the one place that creates the database, services and windows.

Start-up order (kept lean, because the window must paint fast):

1. logging and the ``QApplication``; an excepthook that logs and shows a dialog;
2. the database: opened, checked and migrated (``storage.database``); an unusable file ends
   the start with a clear message and is left untouched;
3. the demo meeting on first start (empty database) or with ``--demo``;
4. the session to open: ``--session``, else the one running now or next today, else the latest;
5. the command runner, the session service and the main window;
6. the qasync event loop (the sync services of later issues run on it) until the window closes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import sys
import traceback

from moderator.cli import EXIT_OK, EXIT_UNUSABLE, database_path
from moderator.logging_setup import configure_logging

log = logging.getLogger(__name__)


def run_console(args: argparse.Namespace) -> int:
    configure_logging(args.log_json)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Moderator")
    app.setOrganizationName("Moderator")
    app.setApplicationDisplayName("Moderator")
    app.setWindowIcon(_application_icon())
    install_excepthook()

    from moderator.services.demo import load_demo
    from moderator.services.time_source import TimeSource
    from moderator.storage.database import DatabaseError, open_database
    from moderator.storage.repository import Store

    time_source = TimeSource()
    path = database_path(args)
    try:
        engine = open_database(path)
    except DatabaseError as error:
        return report_fatal(str(error))
    from sqlalchemy.exc import SQLAlchemyError

    from moderator.storage.database import explain_sqlite_error

    store = Store(engine)
    try:
        if args.demo or store.is_empty():
            load_demo(store, time_source.now_ms())
            log.info("demo meeting loaded")
        session = choose_session(store, args.session, time_source.now_ms())
        if session is None:
            engine.dispose()
            return report_fatal(f"There is no session with id {args.session!r} in {path}.")
        state = store.load_session_state(session.id)
    except SQLAlchemyError as error:
        engine.dispose()
        return report_fatal(str(explain_sqlite_error(path, error)))
    except (ValueError, KeyError) as error:  # a row with a value this version cannot read
        engine.dispose()
        return report_fatal(f"The database {path} holds data this version cannot read: {error}")

    from moderator.services.command_runner import CommandRunner
    from moderator.services.session_service import SessionService
    from moderator.ui.main_window import MainWindow

    service = SessionService(CommandRunner(store, state, time_source))
    window = MainWindow(service, database_label=str(path))
    window.show()
    # Everything built so far lives until quit: move it out of the collector's sight, so a
    # full collection (tens of ms over ~100,000 objects) never lands on a keystroke or a tick.
    gc.collect()
    gc.freeze()
    controller = None
    if args.control_stdin:
        from moderator.ui.stdin_control import StdinControl

        controller = StdinControl(window.actions, window)
    log.info("console ready", extra={"session_id": session.id, "database": str(path)})

    import qasync

    async def until_quit() -> None:
        finished = asyncio.get_running_loop().create_future()
        app.aboutToQuit.connect(lambda: finished.done() or finished.set_result(None))
        await finished

    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(until_quit())
    del controller
    engine.dispose()
    return EXIT_OK


def choose_session(store, session_id: str | None, now_ms: int):  # type: ignore[no-untyped-def]
    """The session to open: the one asked for, else running now, else next, else the latest."""
    sessions = store.sessions()
    if session_id is not None:
        return next((s for s in sessions if s.id == session_id), None)
    running = [s for s in sessions if s.scheduled_start_ms <= now_ms < s.scheduled_end_ms]
    if running:
        return running[0]
    upcoming = [s for s in sessions if s.scheduled_start_ms > now_ms]
    if upcoming:
        return upcoming[0]
    return sessions[-1] if sessions else None


def _application_icon():  # type: ignore[no-untyped-def]
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    return QIcon(str(files("moderator") / "resources" / "moderator.svg"))


def report_fatal(message: str) -> int:
    """Tell the user why the console cannot start: on stderr, and in a dialog on a real screen."""
    log.error(message)
    print(f"moderator: {message}", file=sys.stderr)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "Moderator cannot start", message)
    return EXIT_UNUSABLE


def install_excepthook() -> None:
    """Log unexpected errors (also those raised in Qt slots) and tell the user, never silently."""

    def hook(exc_type, exc_value, exc_traceback):  # type: ignore[no-untyped-def]
        log.critical("unexpected error", exc_info=(exc_type, exc_value, exc_traceback))
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QMessageBox

        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            text = "".join(traceback.format_exception_only(exc_type, exc_value)).strip()
            QMessageBox.warning(
                None,
                "Moderator — unexpected error",
                "Something went wrong; your meeting data is saved.\n\n" + text,
            )

    sys.excepthook = hook
