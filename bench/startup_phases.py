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

    window_log = logging.getLogger("moderator.ui.main_window")
    window_log.setLevel(logging.INFO)
    window_log.addHandler(first_paint)

    # As `python -m moderator`: __main__ imports moderator.cli, then moderator.app (asyncio).
    from moderator import app as console_app

    mark("import moderator.app (+ cli, logging, asyncio)")
    from PySide6.QtWidgets import QApplication

    mark("import PySide6.QtWidgets")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Moderator")
    app.setOrganizationName("Moderator")
    app.setApplicationDisplayName("Moderator")
    app.setWindowIcon(console_app._application_icon())
    mark("QApplication() + window icon")
    import sqlalchemy  # measured on its own

    mark("import sqlalchemy (core)")
    import sqlalchemy.orm  # noqa: F401 - pulled in by storage.models (DeclarativeBase)

    mark("import sqlalchemy.orm")
    from moderator.services.demo import load_demo  # noqa: F401 - as run_console does
    from moderator.services.time_source import TimeSource
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    mark("import moderator storage/services (models, repository, demo)")
    time_source = TimeSource()
    engine = open_database(Path(sys.argv[1]))
    mark("open_database (schema current: no migration)")
    store = Store(engine)
    store.is_empty()
    session = console_app.choose_session(
        store, sys.argv[2] if len(sys.argv) > 2 else None, time_source.now_ms()
    )
    mark("is_empty + choose_session")
    state = store.load_session_state(session.id)
    mark("load_session_state")
    from moderator.services.command_runner import CommandRunner
    from moderator.services.session_service import SessionService
    from moderator.ui.main_window import MainWindow

    mark("import moderator.ui.main_window (+ services)")
    service = SessionService(CommandRunner(store, state, time_source))
    window = MainWindow(service, database_label=sys.argv[1])
    mark("MainWindow(...)")
    window.show()
    mark("window.show()")
    import qasync  # noqa: F401 - imported by run_console before the loop

    mark("import qasync")
    window.sig_first_paint.connect(app.quit)  # emitted on the loop turn after the first paint
    app.exec()
    if first_paint.at is not None:
        marks.append(("first paint (event loop, layout, paint)", first_paint.at))
    engine.dispose()
    print(json.dumps({"phases": marks}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
