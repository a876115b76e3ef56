"""Shared setup for the unit tests: Hypothesis profiles and SQLite file fixtures.

Hypothesis profile: ``MODERATOR_HYPOTHESIS_PROFILE`` = ``dev`` (default, 200 examples), ``ci``
(100 examples, no deadline, for slow shared runners) or ``long`` (5000 examples, for a soak).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine

# No deadline: these machines are shared and noisy; speed is measured by bench/, not here.
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("MODERATOR_HYPOTHESIS_PROFILE", "dev"))

REPO_ROOT = Path(__file__).resolve().parents[2]


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
