"""A throwaway PostgreSQL cluster for the server tests, when Debian's postgresql is installed.

The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, runs as the
``postgres`` system user (PostgreSQL refuses to run as root) and is stopped at the end.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

from support.live_server import LiveServer, free_port


def postgres_binaries() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *command]


@contextlib.contextmanager
def postgres_cluster(folder: Path) -> Iterator[str]:
    """Yield an admin URL (``postgresql+psycopg://postgres@127.0.0.1:PORT/postgres``)."""
    binaries = postgres_binaries()
    assert binaries is not None
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    port = free_port()
    subprocess.run(
        _as_postgres([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "postgres.log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
            check=False,
        )


def create_database(admin_url: str, name: str) -> str:
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


@contextlib.contextmanager
def postgres_server(admin_url: str, prefix: str, logs: Path) -> Iterator[LiveServer]:
    """The real server on a new database (named ``prefix`` and a random part) of the cluster
    at ``admin_url``, its log in the folder ``logs``; killed when the block ends."""
    url = create_database(admin_url, f"{prefix}_{uuid.uuid4().hex[:12]}")
    server = LiveServer(db_path=url, log_path=logs / "server.log")  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.kill()
