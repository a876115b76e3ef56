"""The PostgreSQL tests' cluster: the run's one throwaway cluster (``postgres_admin_url`` in
``tests/server/conftest.py``), under the name these tests use; each test takes its own
database in it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def cluster(postgres_admin_url: str) -> str:
    return postgres_admin_url
