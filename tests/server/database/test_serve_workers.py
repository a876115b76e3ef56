"""``moderator-server serve --workers N``: several processes on one port, PostgreSQL only."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import give_floor, now_ms, push
from postgres import create_database
from support.live_server import LiveServer, free_port
from test_postgres_processes import Follower


def test_workers_on_sqlite_are_refused_with_the_reason_and_nothing_is_created(tmp_path: Path):
    database = tmp_path / "server.sqlite3"
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "moderator.server",
            "serve",
            "--workers",
            "3",
            "--port",
            str(free_port()),
            "--db",
            str(database),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 2
    assert "--workers 3 needs a PostgreSQL database" in finished.stderr
    assert "Run one process on SQLite" in finished.stderr
    assert not database.exists()


@pytest.fixture
def two_workers(cluster: str, tmp_path: Path) -> Iterator[LiveServer]:
    url = create_database(cluster, f"workers_{tmp_path.name[-20:].replace('-', '_').lower()}")
    server = LiveServer(
        db_path=url,  # type: ignore[arg-type]
        log_path=tmp_path / "server.log",
        heartbeat_s=60.0,
        extra_args=["--workers", "2"],
    )
    server.start()
    yield server
    server.stop()  # SIGTERM: the supervisor stops its workers


def test_the_workers_stop_when_their_supervisor_is_killed(two_workers: LiveServer):
    assert two_workers.process is not None
    workers = _children(two_workers.process.pid)
    two_workers.kill()  # SIGKILL: no chance to stop them itself
    for pid in workers:
        _wait_gone(pid)


def _wait_gone(pid: int) -> None:
    """Until ``pid`` has exited (reaped by init once orphaned); fails after 15 s."""
    descriptor = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([descriptor], [], [], 15.0)
        assert ready, f"worker {pid} still runs after its supervisor was killed"
    finally:
        os.close(descriptor)


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def test_two_workers_share_the_port_and_every_stream_hears_every_push(two_workers: LiveServer):
    assert two_workers.process is not None
    assert len(_children(two_workers.process.pid)) >= 2  # the supervisor's two workers
    demo = two_workers.load_demo("workers")
    chair = two_workers.create_token("chair", "workers", sessions=[demo.session_id])
    display = two_workers.create_token("display", "workers")
    # Several streams: the kernel hands connections to either worker; all must hear the push.
    followers = [Follower(two_workers, display, demo.session_id) for _ in range(4)]
    try:
        with two_workers.client(chair) as client:
            mutation = give_floor(1, demo.session_id, demo.entry_ids[0], "workers-t1", now_ms())
            answer = push(client, "workers-console", [mutation]).json()
        assert answer["results"] == [{"id": 1, "status": "applied"}]
        for follower in followers:
            change = follower.change_where(lambda c: bool(c.get("mutation_done")))
            assert change["mutation_id"] == 1
    finally:
        for follower in followers:
            follower.close()


def test_the_supervisor_says_once_where_the_workers_listen(two_workers: LiveServer):
    """One listening line for the group, naming the port that answers and the database
    without a password, before the workers start; each worker says nothing of its own."""
    records = two_workers.log_records()
    listening = [
        r for r in records if str(r.get("message", "")).startswith("moderator-server listening")
    ]
    assert [r["message"] for r in listening] == [
        f"moderator-server listening on http://127.0.0.1:{two_workers.port}"
    ]
    assert listening[0]["database"].startswith("postgresql")
    assert any(r.get("message") == "workers starting" and r.get("workers") == 2 for r in records)
    with two_workers.client() as client:
        assert client.get("/healthz").status_code == 200
