"""Settings for the whole suite: tests never need a screen; Hypothesis profiles; the one
``live_server`` fixture (the server, console, check and end-to-end tests all use it).

Hypothesis profile: ``MODERATOR_HYPOTHESIS_PROFILE`` =
- ``dev`` (default): 200 examples, new random ones each run, so fuzzing keeps exploring;
- ``ci``: 100 examples, derandomized: a CI verdict depends on the code, not on the draw, and a
  failure there is reproduced by running it again;
- ``long``: 5000 random examples, for a soak by hand.
No deadline anywhere: these machines are shared and noisy; speed is measured by bench/.
Loaded here, before any test module builds its own ``settings(...)`` from the default.

Fixtures every folder uses: ``repo_root``, ``db_path``, ``open_db``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings
from sqlalchemy import Engine

if TYPE_CHECKING:
    from support.live_server import LiveServer

# Qt without a display aborts the interpreter; every test runs offscreen unless told otherwise.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("MODERATOR_HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """The real reference server on 127.0.0.1 with its own SQLite file in the test's folder,
    killed at teardown (``support.live_server``). Imported on use, so the tests that need no
    server never load the server's code."""
    from support.live_server import running_server

    with running_server(tmp_path) as server:
        yield server


REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file lives; nothing exists there yet."""
    return tmp_path / "moderator.sqlite3"


@pytest.fixture
def open_db() -> Iterator[Callable[[Path], Engine]]:
    """``open_database`` whose engines are all disposed at teardown (no unclosed connections)."""
    from moderator.storage.database import open_database

    engines: list[Engine] = []

    def _open(path: Path) -> Engine:
        engine = open_database(path)
        engines.append(engine)
        return engine

    yield _open
    for engine in engines:
        engine.dispose()
