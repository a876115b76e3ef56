"""``moderator-server serve --workers N``: N server processes sharing one port and one
PostgreSQL database.

A conference with dozens of rooms and thousands of remote participants outgrows one Python
process on one core. The processes share nothing but the database: each hears every commit
through PostgreSQL (``pg_listen``), decides writes against state it proves fresh (``sync``),
and counts hand raises in the database (``shared_rate_limit``). uvicorn's supervisor forks
them, hands them the listening socket and starts a new one when one dies.

SQLite is refused: it allows one writer, and its processes could not hear each other.
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import logging
import os
import signal
from typing import Any

from moderator.server.database import database_url

#: The worker processes' configuration, handed down from ``serve`` through the environment
#: (the processes are started afresh and import this module).
CONFIG_VARIABLE = "MODERATOR_SERVER_WORKER_CONFIG"


class WorkersRefused(Exception):
    """``--workers`` cannot be honoured with this database; the message says why."""


def check_workers(workers: int, db_location: str) -> None:
    if workers > 1 and not database_url(db_location).startswith("postgresql"):
        raise WorkersRefused(
            f"--workers {workers} needs a PostgreSQL database (--db "
            "postgresql+psycopg://USER@HOST/DB): SQLite allows one writer, and processes on "
            "it would not hear each other's changes. Run one process on SQLite (leave out "
            "--workers), or move the backend to PostgreSQL."
        )


def run_workers(
    workers: int,
    db_location: str,
    settings: Any,
    log_json: bool,
    uvicorn_options: dict[str, Any],
) -> None:
    """Run ``workers`` processes until stopped (SIGTERM or Ctrl+C stops them all).

    The supervisor binds the socket itself and says where it listens (with the database and
    the limits, as a single ``serve`` does) before it forks: an operator reading the journal
    sees one line for the whole group, and a port that is taken fails here, before any
    worker starts."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from moderator.server.logs.announce import announce

    os.environ[CONFIG_VARIABLE] = json.dumps(
        {"db": db_location, "settings": dataclasses.asdict(settings), "log_json": log_json}
    )
    config = uvicorn.Config(
        "moderator.server.workers:worker_app", factory=True, workers=workers, **uvicorn_options
    )
    sock = config.bind_socket()
    tls = uvicorn_options.get("ssl_certfile") is not None
    announce(config.host, sock.getsockname()[1], tls, db_location, settings)
    logging.getLogger("moderator.server").info("workers starting", extra={"workers": workers})
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()


def worker_app() -> Any:
    """One worker's application (called by uvicorn in each worker process)."""
    from moderator.logging_setup import configure_logging
    from moderator.server.app import ServerSettings, create_app
    from moderator.server.database import open_server_database
    from moderator.server.fanout.collector import quiet_collector
    from moderator.server.limits.stream_limits import raise_descriptor_limit
    from moderator.server.logs.log_bursts import limit_bursts

    _die_with_the_supervisor()
    config = json.loads(os.environ[CONFIG_VARIABLE])
    configure_logging(config["log_json"])
    limit_bursts()
    raise_descriptor_limit()
    app = create_app(open_server_database(config["db"]), ServerSettings(**config["settings"]))
    quiet_collector()  # as ``serve`` does
    return app


#: ``prctl`` option: the signal this process gets when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1


def _die_with_the_supervisor() -> None:
    """A worker whose supervisor was killed outright (SIGKILL, an OOM kill) stops too, instead
    of holding the port and serving on unsupervised."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return  # not Linux: the supervisor's own shutdown is all there is
    if os.getppid() == 1:  # the supervisor died before the line above
        os.kill(os.getpid(), signal.SIGTERM)
