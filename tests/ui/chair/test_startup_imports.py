"""What the console must not load before its first paint (start-up time is a quality bar).

The window with the agenda is painted from a plain ``sqlite3`` read; the database layer, the
event loop's machinery, the network code and the keyring come after. A module that imports
one of them at its top, on the way to the first paint, costs 20 to 140 ms of every start: this
test runs the console's own start-up steps in a fresh interpreter and names the culprit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from moderator.services.agenda.demo import load_demo
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store

LATER = (
    "sqlalchemy",
    "asyncio",
    "httpx",
    "keyring",
    "qasync",
    "alembic",
    # The report's sums: for the balance panel (hidden by default) when it is first shown.
    "moderator.domain.report",
)

CONSOLE_UP_TO_FIRST_PAINT = """
import argparse, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from moderator import app as console_app
from moderator.services.chair.time_source import TimeSource
qt = QApplication(sys.argv[:1])
args = argparse.Namespace(demo=False, session=None)
state, opener = console_app._open_session(Path(sys.argv[1]), args, 0)
assert callable(opener), "the quick read was not taken: the test would prove nothing"
console = console_app.Console(qt, Path(sys.argv[1]), TimeSource())
window = console.show_session(state, opener)
qt.processEvents()
loaded = [name for name in {later} if name in sys.modules]
print("loaded:" + ",".join(loaded))
"""


def test_nothing_slow_is_imported_before_the_first_paint(tmp_path: Path):
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    load_demo(Store(engine), TimeSource().now_ms())
    engine.dispose()
    code = CONSOLE_UP_TO_FIRST_PAINT.format(later=repr(LATER))
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (line,) = [text for text in done.stdout.splitlines() if text.startswith("loaded:")]
    loaded = [name for name in line.removeprefix("loaded:").split(",") if name]
    assert loaded == [], f"imported before the first paint: {loaded}"


CONSOLE_UP_TO_READY = (
    CONSOLE_UP_TO_FIRST_PAINT.replace('print("loaded:"', "#")
    + """
import gc
console.service.ensure_store()
collections = []
collect = gc.collect
gc.collect = lambda *generation: collections.append(generation) or collect(*generation)
console_app._run_event_loop = lambda app, console: None  # ready is what this test is about
console_app._run_console_ready(qt, argparse.Namespace(control_stdin=False), console, state, None)
print("collections:" + repr(collections))
"""
)


def test_the_console_is_ready_without_a_full_collection(tmp_path: Path):
    """Between the first paint and the first action the console must not walk the whole
    heap: it found nothing to free there and held the chair's first key back."""
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    load_demo(Store(engine), TimeSource().now_ms())
    engine.dispose()
    done = subprocess.run(
        [sys.executable, "-c", CONSOLE_UP_TO_READY.format(later=repr(LATER)), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **__import__("os").environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),  # never the developer's settings
        },
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (line,) = [text for text in done.stdout.splitlines() if text.startswith("collections:")]
    assert line == "collections:[]"
