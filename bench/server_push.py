"""Push throughput of the reference server: applied mutations per second, and the push latency.

A fresh server (subprocess, fresh SQLite file, demo meeting) with the clock running (a chair's
``give_floor``). Then, each for a fixed time (default 10 s, ``--quick`` 2 s):

| case | who pushes |
| --- | --- |
| 1×1, 1×10, 1×100 | one client (one keep-alive connection), batches of 1, 10, 100 mutations |
| 20×10 | 20 clients at once (20 threads, 20 client ids, 20 chair tokens), batches of 10 |

Every mutation is ``adjust_time`` on the running clock, +1000 ms for odd ids and -1000 ms for
even ones (each applies; the allotment never nears zero). Each client's ids run 1, 2, 3, …

Checked afterwards, per case: every answer was 200, every result ``applied``, every answer's
``last_mutation_id`` equal to the last id sent; resending each client's last batch returns the
same results and ``last_mutation_id`` and applies nothing again; the feed
(``GET /changes?since=``) holds exactly as many ``clock`` changes as mutations were applied
(none twice, none lost) and nothing else; the clock's allotment moved by exactly the sum of
the applied deltas. A failed check sets exit code 1.

Also printed: the server's and this process's CPU share per case (who is the bottleneck) and
an ``os.fsync`` reference in the database's folder (each push is one ``synchronous=FULL`` WAL
commit). ``--dir /dev/shm`` runs the server on tmpfs, where fsync costs nothing: the
difference is the disk's share. One JSON line last.

    .venv/bin/python bench/server_push.py            # ~50 s
    .venv/bin/python bench/server_push.py --quick    # ~12 s

``--profile-push`` instead profiles the server's push path in this process (see
``profile_push``): where a batch of 1,000 spends its time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server_common import (
    CpuWatch,
    Http,
    Server,
    describe,
    emit_json,
    filesystem_of,
    fsync_reference,
    http_call,
    load_average,
    now_ms,
    read_feed,
    rss_kib,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
CASES = [("1x1", 1, 1), ("1x10", 1, 10), ("1x100", 1, 100), ("20x10", 20, 10)]
MAX_REQUESTS_PER_CLIENT = 200_000  # a hard bound besides the deadline
DELTA_MS = 1000


def mutation(session_id: str, mutation_id: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "adjust_time",
        "args": {
            "session_id": session_id,
            "delta_ms": DELTA_MS if mutation_id % 2 else -DELTA_MS,
        },
    }


@dataclass
class ClientRun:
    client_id: str
    token: str
    sent: int = 0  # mutations sent (= the last id)
    applied: int = 0
    requests: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    last_batch: list[dict[str, Any]] = field(default_factory=list)
    last_results: list[dict[str, Any]] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0


def push_loop(
    port: int,
    session_id: str,
    run: ClientRun,
    batch: int,
    start: threading.Barrier,
    duration: float,
) -> None:
    client = Http(port, run.token)
    try:
        start.wait(timeout=30)
        run.started = time.perf_counter()
        deadline = run.started + duration
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if time.perf_counter() >= deadline:
                break
            first = run.sent + 1
            mutations = [mutation(session_id, first + k) for k in range(batch)]
            body = {"client_id": run.client_id, "mutations": mutations}
            t0 = time.perf_counter()
            status, answer = client.call("POST", "/api/v1/push", body)
            run.latencies_ms.append((time.perf_counter() - t0) * 1000)
            run.requests += 1
            if status != 200:
                run.problems.append(f"status {status}: {str(answer)[:200]}")
                break
            run.sent = first + batch - 1
            results = answer["results"]
            run.applied += sum(1 for r in results if r["status"] == "applied")
            if [r["id"] for r in results] != [m["id"] for m in mutations]:
                run.problems.append(f"result ids {[r['id'] for r in results][:5]}…")
            if any(r["status"] != "applied" for r in results):
                run.problems.append(
                    f"not applied: {[r for r in results if r['status'] != 'applied'][:3]}"
                )
            if answer["last_mutation_id"] != run.sent:
                run.problems.append(
                    f"last_mutation_id {answer['last_mutation_id']} != last id sent {run.sent}"
                )
            run.last_batch, run.last_results = mutations, results
            if len(run.problems) > 5:
                break
        run.ended = time.perf_counter()
    except Exception as error:
        run.problems.append(f"exception: {error!r}")
        run.ended = time.perf_counter()
    finally:
        client.close()


def clock_of(port: int, token: str, session_id: str) -> tuple[int, dict[str, Any]]:
    status, snapshot = http_call(port, "GET", f"/api/v1/sessions/{session_id}/snapshot", token)
    if status != 200:
        raise RuntimeError(f"snapshot: {status} {snapshot}")
    return snapshot["version"], snapshot["clock"]


def run_case(
    server: Server,
    session_id: str,
    name: str,
    tokens: list[str],
    batch: int,
    duration: float,
    reader: str,
) -> dict[str, Any]:
    version_before, clock_before = clock_of(server.port, reader, session_id)
    runs = [ClientRun(f"bench-{name}-{i + 1}", token) for i, token in enumerate(tokens)]
    start = threading.Barrier(len(runs) + 1)
    threads = [
        threading.Thread(
            target=push_loop,
            args=(server.port, session_id, run, batch, start, duration),
            name=f"push-{run.client_id}",
        )
        for run in runs
    ]
    for thread in threads:
        thread.start()
    watch = CpuWatch(server.pid)
    started = time.perf_counter()
    start.wait(timeout=30)
    for thread in threads:
        thread.join(timeout=duration + 120)
    ended = (
        max(run.ended for run in runs) if all(run.ended for run in runs) else time.perf_counter()
    )
    wall = ended - started
    cpu = watch.stop()
    server_cpu, own_cpu = cpu["server_cpu_s"], cpu["bench_cpu_s"]
    stuck = [thread.name for thread in threads if thread.is_alive()]

    applied = sum(run.applied for run in runs)
    sent = sum(run.sent for run in runs)
    problems = [f"{run.client_id}: {p}" for run in runs for p in run.problems[:3]]
    problems += [f"thread did not end: {name}" for name in stuck]

    # Retrying is safe: the last batch again gives the same answer and applies nothing.
    for run in runs:
        if not run.last_batch:
            continue
        status, answer = http_call(
            server.port,
            "POST",
            "/api/v1/push",
            run.token,
            {"client_id": run.client_id, "mutations": run.last_batch},
        )
        if status != 200 or answer["results"] != run.last_results:
            problems.append(f"{run.client_id}: retry answered {status} {str(answer)[:200]}")
        elif answer["last_mutation_id"] != run.sent:
            problems.append(
                f"{run.client_id}: retry last_mutation_id "
                f"{answer['last_mutation_id']} != {run.sent}"
            )

    # The feed: one clock change per applied mutation, nothing else, none twice.
    feed, version_after = read_feed(server.port, reader, session_id, version_before)
    clock_changes = sum(1 for c in feed if c["entity"] == "clock")
    others = len(feed) - clock_changes
    versions = [c["version"] for c in feed]
    if clock_changes != applied:
        problems.append(f"feed has {clock_changes} clock changes, {applied} mutations applied")
    if others:
        problems.append(f"feed has {others} changes that are not the clock's")
    if len(set(versions)) != len(versions) or versions != sorted(versions):
        problems.append("feed versions repeat or are out of order")
    _, clock_after = clock_of(server.port, reader, session_id)
    expected_allotted = clock_before["allotted_ms"] + DELTA_MS * sum(run.sent % 2 for run in runs)
    if clock_after["allotted_ms"] != expected_allotted:
        problems.append(f"allotted_ms {clock_after['allotted_ms']} != expected {expected_allotted}")

    latencies = [x for run in runs for x in run.latencies_ms]
    requests = sum(run.requests for run in runs)
    return {
        "case": name,
        "clients": len(runs),
        "batch": batch,
        "seconds": round(wall, 2),
        "requests": requests,
        "sent": sent,
        "applied": applied,
        "mutations_per_s": round(applied / wall, 1) if wall > 0 else None,
        "requests_per_s": round(requests / wall, 1) if wall > 0 else None,
        "latency_ms": describe(latencies),
        "server_cpu_share": round(server_cpu / wall, 2) if wall > 0 else None,
        "server_cpu_ms_per_mutation": round(1000 * server_cpu / applied, 3) if applied else None,
        "server_cpu_ms_per_request": round(1000 * server_cpu / requests, 3) if requests else None,
        "bench_cpu_share": round(own_cpu / wall, 2) if wall > 0 else None,
        "others_cpu_share": cpu["others_share"],
        "feed_clock_changes": clock_changes,
        "feed_versions": [version_before, version_after],
        "ok": not problems,
        "problems": problems[:10],
    }


def print_table(results: list[dict[str, Any]]) -> None:
    header = (
        f"{'case':>6} {'clients':>7} {'batch':>5} {'applied':>8} {'mut/s':>8} {'req/s':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'srvCPU':>6} {'ms/mut':>7} {'ms/req':>7} "
        f"{'bench':>5} {'others':>6} {'feed':>6} {'ok':>3}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        lat = r["latency_ms"]
        print(
            f"{r['case']:>6} {r['clients']:>7} {r['batch']:>5} {r['applied']:>8} "
            f"{r['mutations_per_s']:>8} {r['requests_per_s']:>7} {lat.get('p50', '-'):>7} "
            f"{lat.get('p95', '-'):>7} {lat.get('max', '-'):>7} {r['server_cpu_share']:>6} "
            f"{r['server_cpu_ms_per_mutation']:>7} {r['server_cpu_ms_per_request']:>7} "
            f"{r['bench_cpu_share']:>5} {r['others_cpu_share']:>6} {r['feed_clock_changes']:>6} "
            f"{'yes' if r['ok'] else 'NO':>3}"
        )
    print(
        "latency = one push request (ms); srvCPU / bench = CPU seconds per wall second of the "
        "server / of this benchmark / of all other programs on the machine (2 cores: 1.0 = one "
        "core busy; others > 0.2 means the numbers were disturbed); ms/mut, ms/req = server CPU "
        "per applied mutation / per request; feed = clock changes found in the feed."
    )


def profile_push(args: argparse.Namespace) -> int:
    """``--profile-push``: where a push of ``--batch`` mutations spends the server's time.

    The whole application (``create_app``: middleware, validation, the audit log,
    ``SyncService``) runs in this process on a fresh SQLite file with the demo meeting, driven
    by Starlette's test client (no sockets). The chair gives the floor, then ``--pushes``
    batches of ``adjust_time`` (+1000 / −1000 ms, each applies) are pushed. The profile covers
    ``SyncService.push`` (the route runs it in a worker thread); the request's time and the
    process's CPU time in it are printed beside it, with the SQL statements per mutation.
    """
    import cProfile
    import io
    import pstats
    import uuid

    for folder in (REPO_ROOT / "tests", REPO_ROOT):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    from fastapi.testclient import TestClient
    from sqlalchemy import event
    from support.live_server import demo_upload

    from moderator.server.app import create_app
    from moderator.server.database import open_server_database
    from moderator.server.tokens.auth import Role, create_token

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 s per case")
    parser.add_argument("--duration", type=float, help="seconds per case (default 10)")
    parser.add_argument("--clients", type=int, default=20, help="clients of the concurrent case")
    parser.add_argument("--dir", type=Path, help="folder for the server's files (default: tmp)")
    parser.add_argument(
        "--profile-push",
        action="store_true",
        help="instead: a cProfile of the server's push path, in this process",
    )
    parser.add_argument("--batch", type=int, default=1000, help="--profile-push: batch size")
    parser.add_argument("--pushes", type=int, default=3, help="--profile-push: batches")
    parser.add_argument("--top", type=int, default=25, help="--profile-push: functions shown")
    parser.add_argument(
        "--no-profile", dest="profile", action="store_false", help="--profile-push: times only"
    )
    args = parser.parse_args(argv)
    if args.profile_push:
        return profile_push(args)
    duration = args.duration or (2.0 if args.quick else 10.0)
    cases = [(name, args.clients if clients > 1 else 1, batch) for name, clients, batch in CASES]
    cases = [(f"{c}x{b}", c, b) for _, c, b in cases]

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-push-", dir=args.dir) as folder:
        workdir = Path(folder)
        fsync_ms = fsync_reference(workdir, 50)
        server = Server(workdir / "server")
        server.start()
        try:
            demo = server.load_demo("demo")
            session_id = demo["session_id"]
            specs = [{"role": "chair", "sessions": [session_id]} for _ in range(args.clients + 1)]
            reader, *chairs = server.create_tokens(specs)
            status, answer = http_call(
                server.port,
                "POST",
                "/api/v1/push",
                reader,
                {
                    "client_id": "bench-setup",
                    "mutations": [
                        {
                            "id": 1,
                            "name": "give_floor",
                            "args": {
                                "session_id": session_id,
                                "entry_id": demo["entry_ids"][0],
                                "turn_id": "bench-turn-1",
                                "at_ms": now_ms(),
                                "start_clock": True,
                            },
                        }
                    ],
                },
            )
            if status != 200 or answer["results"][0]["status"] != "applied":
                raise RuntimeError(f"give_floor failed: {status} {answer}")
            warmup = Http(server.port, reader)
            for k in range(1, 21):
                warmup.call(
                    "POST",
                    "/api/v1/push",
                    {"client_id": "bench-warmup", "mutations": [mutation(session_id, k)]},
                )
            warmup.close()
            rss_before = rss_kib(server.pid)
            print(
                f"server pid {server.pid} on {filesystem_of(workdir)} ({workdir}); fsync "
                f"reference: median {describe(fsync_ms)['p50']} ms, p95 "
                f"{describe(fsync_ms)['p95']} ms; {duration} s per case; load average "
                f"{load_average()}",
                flush=True,
            )
            for name, clients, batch in cases:
                result = run_case(
                    server, session_id, name, chairs[:clients], batch, duration, reader
                )
                lat = result["latency_ms"]
                print(
                    f"  {name}: {result['applied']} applied in {result['seconds']} s = "
                    f"{result['mutations_per_s']} mutations/s, {result['requests_per_s']} "
                    f"pushes/s, latency p50 {lat.get('p50')} ms p95 {lat.get('p95')} ms, server "
                    f"CPU share {result['server_cpu_share']}, bench {result['bench_cpu_share']}, "
                    f"others {result['others_cpu_share']}"
                    + ("" if result["ok"] else f"  PROBLEMS: {result['problems']}"),
                    flush=True,
                )
                results.append(result)
            rss_after = rss_kib(server.pid)
            errors = server.log_errors()
        finally:
            server.stop()

    print()
    print_table(results)
    if errors:
        print("server log errors:", errors)
    ok = all(r["ok"] for r in results) and not errors
    emit_json(
        {
            "benchmark": "server_push",
            "quick": args.quick,
            "duration_s": duration,
            "filesystem": filesystem_of(
                Path(tempfile.gettempdir()) if args.dir is None else args.dir
            ),
            "fsync_ms": describe(fsync_ms),
            "load_average_end": load_average(),
            "rss_kib": {"before": rss_before, "after": rss_after},
            "cases": results,
            "server_errors": errors,
            "ok": ok,
        }
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
