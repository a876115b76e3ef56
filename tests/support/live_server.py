"""The real reference server, for the server and end-to-end tests: uvicorn on 127.0.0.1 on a
free port, real HTTP.

``live_server`` runs ``python -m moderator.server serve`` as a subprocess on a temporary
SQLite file, so tests can also kill it (SIGKILL) and start it again on the same data. Tokens
are created with the real ``create-token`` code against the same file; the demo meeting is
uploaded through the real ``PUT /api/v1/meetings/{id}`` endpoint. ``running_servers`` starts
several processes on one PostgreSQL database, as several hosts behind a load balancer.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from moderator.server.database import open_server_database
from moderator.server.meetings import upload_document
from moderator.server.tokens.auth import Role, create_token
from moderator.services.agenda.demo import build_demo_meeting

START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class DemoMeeting:
    meeting_id: str
    session_id: str
    entry_ids: list[str]
    participant_ids: list[str]
    staff_token: str
    upload: dict[str, Any]


@dataclass
class LiveServer:
    db_path: Path  # or a database URL (PostgreSQL)
    log_path: Path
    heartbeat_s: float = 15.0
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    #: More ``serve`` options (``--max-streams 12``).
    extra_args: list[str] = field(default_factory=list)
    #: The server process's file descriptor limit (soft and hard), to run it out of them.
    fd_limit: int | None = None
    #: HTTPS: the CA that signed the certificate passed in ``extra_args`` (``--ssl-certfile``).
    ca_file: Path | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.ca_file is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def verify(self) -> ssl.SSLContext | bool:
        """What a client trusting this server's CA verifies its certificate with."""
        if self.ca_file is None:
            return True
        return ssl.create_default_context(cafile=str(self.ca_file))

    # --- process -----------------------------------------------------------------------------

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "moderator.server",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--db",
                str(self.db_path),
                "--log-json",
                "--heartbeat",
                str(self.heartbeat_s),
                *self.extra_args,
            ],
            stdout=log,
            stderr=log,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=self._limit_descriptors if self.fd_limit is not None else None,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log()}")
            try:
                answer = httpx.get(f"{self.url}/healthz", timeout=1.0, verify=self.verify)
                if answer.status_code == 200:
                    return
            except httpx.TransportError:
                # Not listening yet: the connection is refused at once, so this loop is bounded
                # by the deadline, not by sleeping.
                time.sleep(0.05)
        self.kill()  # a fixture that fails here never reaches its teardown: leave no server
        raise RuntimeError(f"server did not answer within {START_TIMEOUT_S} s:\n{self.log()}")

    def _limit_descriptors(self) -> None:
        import resource

        assert self.fd_limit is not None
        resource.setrlimit(resource.RLIMIT_NOFILE, (self.fd_limit, self.fd_limit))

    def stop(self) -> int | None:
        """Graceful stop (SIGTERM), as an operator's Ctrl+C would."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=5)

    def kill(self) -> None:
        """SIGKILL: the server dies with whatever it was doing."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def restart(self) -> None:
        self.kill()
        self.start()

    def log(self) -> str:
        return (
            self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.log_path.exists()
            else ""
        )

    def log_records(self) -> list[dict[str, Any]]:
        records = []
        for line in self.log().splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return records

    # --- data -------------------------------------------------------------------------------

    def create_token(
        self,
        role: str,
        meeting_id: str = "demo",
        sessions: list[str] | None = None,
        participant: str | None = None,
        expires_at_ms: int | None = None,
        label: str = "",
    ) -> str:
        db = open_server_database(str(self.db_path))
        try:
            with db.write() as connection:
                return create_token(
                    connection,
                    Role(role),
                    meeting_id,
                    now_ms=int(time.time() * 1000),
                    session_ids=sessions,
                    participant_id=participant,
                    expires_at_ms=expires_at_ms,
                    label=label,
                )
        finally:
            db.dispose()

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        kwargs.setdefault("verify", self.verify)
        kwargs.setdefault("timeout", 10.0)
        return httpx.Client(base_url=self.url, headers=headers, **kwargs)

    def load_demo(self, meeting_id: str = "demo") -> DemoMeeting:
        """Upload the demo meeting through the API with a staff token of ``meeting_id``."""
        staff = self.create_token("staff", meeting_id)
        upload = demo_upload(meeting_id)
        with self.client(staff) as client:
            response = client.put(f"/api/v1/meetings/{meeting_id}", json=upload)
            response.raise_for_status()
        (session,) = upload["sessions"]
        return DemoMeeting(
            meeting_id=meeting_id,
            session_id=session["id"],
            entry_ids=[e["id"] for e in upload["entries"]],
            participant_ids=[p["id"] for p in upload["participants"]],
            staff_token=staff,
            upload=upload,
        )


@contextlib.contextmanager
def running_server(
    folder: Path,
    heartbeat_s: float = 15.0,
    extra_args: list[str] | None = None,
    fd_limit: int | None = None,
    ca_file: Path | None = None,
) -> Iterator[LiveServer]:
    """A real server on its own database in ``folder``, killed when the block ends (the
    ``live_server`` fixture, and the module-scoped servers several tests share)."""
    server = LiveServer(
        db_path=folder / "server.sqlite3",
        log_path=folder / "server.log",
        heartbeat_s=heartbeat_s,
        extra_args=list(extra_args or []),
        fd_limit=fd_limit,
        ca_file=ca_file,
    )
    server.start()
    try:
        yield server
    finally:
        server.kill()


@contextlib.contextmanager
def running_servers(
    db_url: str,
    folder: Path,
    count: int,
    heartbeat_s: float = 15.0,
    extra_args: list[str] | None = None,
) -> Iterator[list[LiveServer]]:
    """``count`` server processes on one database (a PostgreSQL URL), each on its own port,
    all killed when the block ends. The first starts alone: it brings the schema up to date."""
    servers = [
        LiveServer(
            db_path=db_url,  # type: ignore[arg-type]
            log_path=folder / f"server-{number}.log",
            heartbeat_s=heartbeat_s,
            extra_args=list(extra_args or []),
        )
        for number in range(1, count + 1)
    ]
    try:
        for server in servers:
            server.start()
        yield servers
    finally:
        for server in servers:
            server.kill()


def demo_upload(meeting_id: str, now_ms: int | None = None) -> dict[str, Any]:
    """The demo meeting as a ``PUT /meetings/{id}`` body (ids prefixed by the meeting id)."""
    bundle = build_demo_meeting(now_ms or int(time.time() * 1000))
    return upload_document(bundle, id_prefix=f"{meeting_id}-")
