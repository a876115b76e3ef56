"""Where the console's start-up time goes, phase by phase (run by ``startup.py --phases``).

Follows ``moderator.app.run_console`` step by step with the same calls (the imports split so
that SQLAlchemy's share shows), and prints one JSON line: ``{"phases": [[name, t], ...]}`` with
``t`` = ``time.monotonic()`` at the end of each phase. Keep it in step with ``run_console`` if
that changes order. Usage (the parent passes its monotonic time from just before ``Popen``):

    .venv/bin/python bench/startup_phases.py DB_PATH [SESSION_ID]
"""

from __future__ import annotations

import json
import logging
import sys
import time

marks: list[tuple[str, float]] = [("interpreter started", time.monotonic())]


def mark(name: str) -> None:
    marks.append((name, time.monotonic()))


class FirstPaint(logging.Handler):
    """Catches the window's own "first paint" log record and its ``at_monotonic``."""

    at: float | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == "first paint":
            self.at = record.__dict__["at_monotonic"]


first_paint = FirstPaint()


def main() -> int:
    from pathlib import Path

    window_log = logging.getLogger("moderator.ui.chair.main_window")
    window_log.setLevel(logging.INFO)
    window_log.addHandler(first_paint)

    # As `python -m moderator`: __main__ imports moderator.cli.main, then moderator.app (asyncio).
    from moderator import app as console_app

    mark("import moderator.app (+ cli, logging, asyncio)")
    from PySide6.QtWidgets import QApplication

    mark("import PySide6.QtWidgets")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Moderator")
    app.setOrganizationName("Moderator")
    app.setApplicationDisplayName("Moderator")
    app.setWindowIcon(console_app._application_icon())
    console_app.install_excepthook()
    mark("QApplication() + window icon + excepthook")
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage import file_check, quick_read

    mark("import time_source, file_check, quick_read")
    time_source = TimeSource()
    path = Path(sys.argv[1])
    from moderator.storage.instance_lock import InstanceLock

    lock = InstanceLock.acquire(path, "console")
    mark("instance lock (one console per file)")
    file_check.check_file_before_opening(path)
    revision = file_check.inspect_existing_file(path)
    assert revision == file_check.SCHEMA_HEAD, "the bench DB must be at the schema head"
    file_check.probe_write_lock(path)
    mark("file checks (header, schema revision, write lock)")
    sessions = quick_read.sessions(path)
    session = console_app.choose_session(
        sessions, sys.argv[2] if len(sys.argv) > 2 else None, time_source.now_ms()
    )
    state = quick_read.load_session_state(path, session.id)
    mark("quick_read: sessions + load_session_state (sqlite3)")
    from moderator.services.chair.command_runner import CommandRunner
    from moderator.services.chair.session_service import SessionService

    mark("import command_runner, session_service (domain)")
    from moderator.ui.chair.main_window import MainWindow

    mark("import moderator.ui.chair.main_window")
    console_app.Console(app, path, time_source)  # its TokenStore; the window is built below
    mark("Console(...)")
    service = SessionService(
        CommandRunner(lambda: console_app._open_store(path), state, time_source)
    )
    window = MainWindow(service, database_label=str(path))
    mark("SessionService + MainWindow(...)")
    window.show()
    mark("window.show()")
    window.sig_first_paint.connect(app.quit)  # emitted on the loop turn after the first paint
    app.exec()
    if first_paint.at is not None:
        marks.append(("first paint (event loop, layout, paint)", first_paint.at))
    print(json.dumps({"phases": marks}), flush=True)
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
