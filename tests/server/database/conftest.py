"""One throwaway PostgreSQL cluster for every PostgreSQL test of the run (each test takes its
own database in it); skipped with the reason when PostgreSQL or psycopg is missing."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres import postgres_binaries, postgres_cluster


@pytest.fixture(scope="session")
def cluster() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    if postgres_binaries() is None:
        pytest.skip("PostgreSQL (Debian's postgresql package) is not installed")
    # Not pytest's tmp_path: that folder is private to root, and PostgreSQL runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="moderator-postgres-"))
    try:
        with postgres_cluster(folder) as admin_url:
            yield admin_url
    finally:
        shutil.rmtree(folder, ignore_errors=True)
