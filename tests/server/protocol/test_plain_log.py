"""``moderator-server serve`` without ``--log-json``, as an operator starts it in a terminal:
it says where it listens, on which database (never its password) and within which limits,
and then writes readable lines with the same fields as the JSON ones (who, what, outcome).

The real command runs as a subprocess on port 0 (the system picks one): the port the test
then calls is the one the listening line names, so the line must tell the truth.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers import API, push
from support.live_server import demo_upload

from moderator.server.database import open_server_database
from moderator.server.tokens.auth import Role, create_token

LISTENING = re.compile(r"moderator-server listening on http://127\.0\.0\.1:(\d+)")
WAIT_S = 30.0
NAME = "Zofia Quarnström-Ełk"


def server_command() -> list[str]:
    """The installed ``moderator-server`` script beside this Python (else the module)."""
    script = Path(sys.executable).with_name("moderator-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "moderator.server"]


class PlainServer:
    """The serve command with its standard error read line by line as it comes."""

    def __init__(self, db: str) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.process = subprocess.Popen(
            [*server_command(), "serve", "--host", "127.0.0.1", "--port", "0", "--db", db],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, pattern: re.Pattern[str]) -> re.Match[str]:
        """The first line (from the start) matching ``pattern``, waiting for it to come."""
        for line in self.lines:
            if found := pattern.search(line):
                return found
        deadline = time.monotonic() + WAIT_S
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if found := pattern.search(line):
                return found
        raise AssertionError(f"no line matching {pattern.pattern!r}:\n" + "\n".join(self.lines))

    def stop(self) -> str:
        """Ctrl+C as an operator would; everything the server wrote."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
        while (line := self._queue.get(timeout=WAIT_S)) is not None:
            self.lines.append(line)
        assert self.process.stderr is not None
        self.process.stderr.close()
        return "\n".join(self.lines)


@pytest.fixture
def plain_server(tmp_path: Path) -> Iterator[PlainServer]:
    server = PlainServer(str(tmp_path / "server.sqlite3"))
    yield server
    if server.process.poll() is None:
        server.process.kill()
        server.stop()


def staff_token(db: str, meeting_id: str) -> str:
    database = open_server_database(db)
    try:
        with database.write() as connection:
            return create_token(connection, Role.STAFF, meeting_id, now_ms=int(time.time() * 1000))
    finally:
        database.dispose()


def test_serve_says_where_it_listens_and_logs_readable_lines(
    plain_server: PlainServer, tmp_path: Path
):
    db = str(tmp_path / "server.sqlite3")
    port = int(plain_server.wait_for(LISTENING).group(1))
    listening = plain_server.wait_for(LISTENING).string
    assert f"database={db}" in listening, listening
    limits = plain_server.wait_for(re.compile(r"limits in force")).string
    for limit in ("max_body_bytes=1048576", "max_streams_per_token=8", "max_streams="):
        assert limit in limits, limits

    token = staff_token(db, "plain")
    upload = demo_upload("plain")
    session = upload["sessions"][0]["id"]
    with httpx.Client(
        base_url=f"http://127.0.0.1:{port}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ) as client:
        assert client.put(f"{API}/meetings/plain", json=upload).status_code == 200
        mutation = {
            "id": 1,
            "name": "add_participant",
            "args": {"session_id": session, "participant_id": "walk-in", "person_name": NAME},
        }
        assert push(client, "plain-console", [mutation]).status_code == 200
        # A path with a decoded newline: one line in the log, never a forged second one.
        assert client.get(f"{API}/sessions/x%0Aforged/snapshot").status_code == 422
    log = plain_server.stop()

    mutation_line = next(line for line in log.splitlines() if "audit: mutation" in line)
    assert re.search(
        rf"INFO moderator\.server\.audit: mutation token_id=[0-9a-f]{{32}} role=staff "
        rf"operation=add_participant session={session} mutation_id=1 outcome=applied$",
        mutation_line,
    ), mutation_line
    assert re.search(
        r"moderator\.server\.audit: refused token_id=[0-9a-f]{32} role=staff "
        r'operation="GET /api/v1/sessions/{session_id}/snapshot" meeting=- session=- '
        r"status=422 outcome=validation_failed",
        log,
    ), log
    assert re.search(
        r"moderator\.server\.requests: request method=PUT path=/api/v1/meetings/plain status=200 "
        r"duration_ms=[0-9.]+ token_id=[0-9a-f]{32} role=staff",
        log,
    ), log
    assert not any(line.startswith("forged") for line in log.splitlines()), log
    assert "x\\nforged" in log
    assert token not in log and token[:12] not in log
    assert NAME not in log and "Quarnstr" not in log


def test_the_database_password_is_never_shown(postgres_admin_url: str):
    """A PostgreSQL URL with a password (the throwaway cluster trusts any, so the server
    starts): the listening line shows where the database is and ``***`` for the password."""
    from postgres import create_database

    password = "hunter2-c0rrect-h0rse"
    url = create_database(postgres_admin_url, "moderator_plain_log")
    with_password = url.replace("postgres@", f"postgres:{password}@", 1)
    server = PlainServer(f"{with_password}?sslmode=disable&password={password}")
    try:
        listening = server.wait_for(LISTENING).string
    finally:
        log = server.stop()
    host_and_db = url.split("@", 1)[1].split("?")[0]
    shown = f"postgresql+psycopg://postgres:***@{host_and_db}?password=***&sslmode=disable"
    assert f'database="{shown}"' in listening, listening
    assert password not in log, log
