"""Shared setup for the unit tests: SQLite file fixtures (the Hypothesis profiles are in the
suite's root ``conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

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
