"""Fixtures of the server tests: the demo meeting uploaded to the real server on loopback
(``live_server``, the suite's one server fixture, is in ``tests/conftest.py``), and one
throwaway PostgreSQL cluster for the tests that run on both databases."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.live_server import DemoMeeting, LiveServer


@pytest.fixture
def demo(live_server: LiveServer) -> DemoMeeting:
    return live_server.load_demo("demo")


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A throwaway cluster for the whole run (started once, on first use), or a skip saying
    what is missing. Tests take a database of their own in it (``postgres.postgres_server``)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    from postgres import postgres_binaries, postgres_cluster

    if postgres_binaries() is None:
        pytest.skip("PostgreSQL (Debian's postgresql package) is not installed")
    # Not pytest's tmp_path: that folder is private to root, and PostgreSQL runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="moderator-postgres-"))
    try:
        with postgres_cluster(folder) as admin_url:
            yield admin_url
    finally:
        shutil.rmtree(folder, ignore_errors=True)
