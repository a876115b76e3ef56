"""The server on PostgreSQL: the same protocol, with row locks ordering concurrent pushes.

Runs against a throwaway local cluster (Debian's ``postgresql`` package, installed by
``scripts/setup.sh``); skipped with the reason when PostgreSQL or psycopg is missing.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from postgres import create_database, postgres_binaries, postgres_cluster
from support.live_server import LiveServer

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
if postgres_binaries() is None:
    pytest.skip(
        "PostgreSQL (Debian's postgresql package) is not installed", allow_module_level=True
    )


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    # Not pytest's tmp_path: that folder is private to root, and PostgreSQL runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="moderator-postgres-"))
    try:
        with postgres_cluster(folder) as admin_url:
            yield admin_url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_server(cluster: str, tmp_path: Path) -> Iterator[LiveServer]:
    url = create_database(cluster, f"moderator_{tmp_path.name[-20:].replace('-', '_').lower()}")
    server = LiveServer(db_path=url, log_path=tmp_path / "server.log")  # type: ignore[arg-type]
    server.start()
    yield server
    server.kill()


def test_push_feed_and_hands_work_on_postgresql(pg_server: LiveServer):
    demo = pg_server.load_demo("demo")
    chair = pg_server.create_token("chair", sessions=[demo.session_id])
    at = int(time.time() * 1000)
    batch = {
        "client_id": "console-pg",
        "mutations": [
            {
                "id": 1,
                "name": "give_floor",
                "args": {
                    "session_id": demo.session_id,
                    "entry_id": demo.entry_ids[0],
                    "turn_id": "t1",
                    "at_ms": at,
                },
            },
            {
                "id": 2,
                "name": "pause_clock",
                "args": {"session_id": demo.session_id, "at_ms": at + 1000},
            },
            {
                "id": 3,
                "name": "pause_clock",
                "args": {"session_id": demo.session_id, "at_ms": at + 2000},
            },
        ],
    }

    def send() -> dict:
        with pg_server.client(chair) as client:
            response = client.post("/api/v1/push", json=batch)
            assert response.status_code == 200, response.text
            return response.json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: send(), range(6)))
    statuses = [[r["status"] for r in answer["results"]] for answer in answers]
    assert statuses == [["applied", "applied", "rejected"]] * 6
    assert all(answer["last_mutation_id"] == 3 for answer in answers)

    with pg_server.client(chair) as client:
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
        assert [t["id"] for t in snapshot["turns"]] == ["t1"]
        assert snapshot["clock"]["status"] == "paused"
        assert snapshot["clock"]["accumulated_ms"] == 1000
        feed = client.get(f"/api/v1/sessions/{demo.session_id}/changes?since=0").json()
        clock_changes = [c for c in feed["changes"] if c["entity"] == "clock"]
        assert len(clock_changes) == 2, "a mutation was applied more than once"

    participant = pg_server.create_token("participant", participant=demo.participant_ids[0])
    with pg_server.client(participant) as client:
        assert client.post(f"/api/v1/sessions/{demo.session_id}/hands").status_code == 201
        assert len(client.get(f"/api/v1/sessions/{demo.session_id}/hands").json()["hands"]) == 1
