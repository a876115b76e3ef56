"""Where a push of 1,000 mutations spends the server's time: a cProfile of ``POST /push``.

The whole application (``create_app``: middleware, validation, the audit log, ``SyncService``)
runs in this process on a fresh SQLite file with the demo meeting, driven by Starlette's test
client (no sockets). The chair gives the floor, then ``--pushes`` batches of ``--batch``
``adjust_time`` mutations (+1000 / −1000 ms, each applies) are pushed. The profile covers
``SyncService.push`` (the route runs it in a worker thread); the whole request's time is printed
beside it. Printed: ms per batch, the functions with the most own and the most cumulative time,
and the SQL statements per mutation.

    .venv/bin/python bench/push_profile.py                # 3 × 1,000
    .venv/bin/python bench/push_profile.py --top 40
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for _folder in (REPO_ROOT / "tests", REPO_ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import event  # noqa: E402
from support.live_server import demo_upload  # noqa: E402

from moderator.server.app import create_app  # noqa: E402
from moderator.server.database import open_server_database  # noqa: E402
from moderator.server.tokens.auth import Role, create_token  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--pushes", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--no-profile", dest="profile", action="store_false", help="times only (no cProfile)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-push-profile-") as folder:
        db = open_server_database(str(Path(folder) / "server.sqlite3"))
        now = int(time.time() * 1000)
        with db.write() as connection:
            staff = create_token(connection, Role.STAFF, "demo", now_ms=now)
        upload = demo_upload("demo")
        session_id = upload["sessions"][0]["id"]
        with db.write() as connection:
            chair = create_token(
                connection, Role.CHAIR, "demo", now_ms=now, session_ids=[session_id]
            )
        statements = 0

        def count(*_args: object) -> None:
            nonlocal statements
            statements += 1

        event.listen(db.engine, "before_cursor_execute", count)
        app = create_app(db)
        profiler = cProfile.Profile()
        service_ms: list[float] = []
        service_cpu_ms: list[float] = []
        push = app.state.sync.push

        def profiled_push(*call: object, **kwargs: object) -> object:
            # The route runs in a worker thread: the profile is taken there, around the
            # service (what the request costs besides is the total minus this).
            started, cpu = time.perf_counter(), time.thread_time()
            if args.profile:
                profiler.enable()
            try:
                return push(*call, **kwargs)
            finally:
                profiler.disable()
                service_ms.append((time.perf_counter() - started) * 1000)
                service_cpu_ms.append((time.thread_time() - cpu) * 1000)

        with TestClient(app) as client:
            client.put(
                "/api/v1/meetings/demo", json=upload, headers={"Authorization": f"Bearer {staff}"}
            ).raise_for_status()
            auth = {"Authorization": f"Bearer {chair}"}
            client_id = uuid.uuid4().hex
            first = upload["entries"][0]["id"]
            give = {
                "id": 1,
                "name": "give_floor",
                "args": {
                    "session_id": session_id,
                    "entry_id": first,
                    "turn_id": uuid.uuid4().hex,
                    "at_ms": now,
                },
            }
            client.post(
                "/api/v1/push", json={"client_id": client_id, "mutations": [give]}, headers=auth
            ).raise_for_status()
            next_id = 2
            app.state.sync.push = profiled_push
            times = []
            process_cpu_ms = []
            statements = 0
            for _ in range(args.pushes):
                batch = [
                    {
                        "id": next_id + k,
                        "name": "adjust_time",
                        "args": {
                            "session_id": session_id,
                            "delta_ms": 1000 if (next_id + k) % 2 else -1000,
                        },
                    }
                    for k in range(args.batch)
                ]
                next_id += args.batch
                started, cpu = time.perf_counter(), time.process_time()
                answer = client.post(
                    "/api/v1/push", json={"client_id": client_id, "mutations": batch}, headers=auth
                )
                times.append((time.perf_counter() - started) * 1000)
                process_cpu_ms.append((time.process_time() - cpu) * 1000)
                answer.raise_for_status()
                assert all(r["status"] == "applied" for r in answer.json()["results"])
        db.dispose()
    mutations = args.pushes * args.batch
    print(
        f"ms per batch of {args.batch}, whole request: {[round(t) for t in times]}, the "
        f"process's CPU time in it: {[round(t) for t in process_cpu_ms]}"
    )
    print(
        f"  of which SyncService.push: {[round(t) for t in service_ms[1:]]} ms, its CPU time "
        f"(the steadier number on a shared machine): {[round(t) for t in service_cpu_ms[1:]]} ms"
        + (" (profiled)" if args.profile else "")
    )
    print(f"SQL statements per mutation: {statements / mutations:.2f}")
    if not args.profile:
        return 0
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
