"""Outage catch-up: N chair actions queued offline, then how long until the backend has them.

The real reference server (``tests/support/live_server.py``, a fresh SQLite file, the demo
meeting) and one console without a window (``tests/server/sync_console.py``: the real store,
runner, ``SyncEngine`` and client; chair token, heartbeat 15 s) that reaches the server through
``tests/support/fault_proxy.py``. Once the console is online:

1. ``proxy.refuse()`` (the venue Wi-Fi drops) and the console notices (``reconnecting``);
2. **queuing**: N chair actions (default 10,000, ``--quick`` 1,000), each as a chair's key
   press does it (``HeadlessConsole.execute``: decided, committed to SQLite with its outbox row,
   shown), yielding to the event loop between them: one ``give_floor`` to the first speaker,
   then ``adjust_time`` +1000 / −1000 ms alternately, so every one of them applies;
3. ``proxy.heal()``; measured from just before it: the first push the server accepts (the
   engine's retry backoff decides when that is), the **outbox empty** (the moment
   ``SyncStore.acknowledge`` deletes the last row, wrapped on the instance), the **feed holding
   all of them** (the ``server_time_ms`` of the last of the N clock changes in the server's
   ``sync_changes``, against the wall clock at heal), and the console converged (its cursor at the
   server's newest version with nothing pending, and its event stream drained up to that
   version).

Where the time goes is measured by wrapping, on the instances, the client's ``push`` and
``changes``, the engine's ``_apply_changes`` (counted apart for the push path and the event
stream), ``_rebuild_view``, ``_pending_commands``, the module's ``rebase`` and
``Store.commit_changes``. ``--profile`` adds a cProfile of the catch-up (top functions).

Checked, reading the server's SQLite file directly (read-only) after the catch-up — none lost,
none applied twice (exit code 1 on failure): N ``clock`` changes in ``sync_changes`` after the
outage began, ``sync_clients.last_mutation_id`` = N for the console's client id, N stored
results all ``applied``, the server's clock = the console's clock (in memory and in its SQLite
file) with the allotment moved by exactly the sum of the deltas, nothing rejected, no server
error logged. Timings are never asserted; the target (≤ 5 s for 10,000) is printed next to the
result. One JSON line last.

    .venv/bin/python bench/sync_catchup.py            # minutes (see bench/README.md)
    .venv/bin/python bench/sync_catchup.py --quick    # ~30 s
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import os
import pstats
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO_ROOT = BENCH.parent
for _folder in (BENCH, REPO_ROOT / "tests" / "server", REPO_ROOT / "tests", REPO_ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))
# The server subprocess imports the same ``moderator`` as this process (a scratch copy too).
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
)

from server_common import (  # noqa: E402
    CpuWatch,
    describe,
    emit_json,
    filesystem_of,
    load_average,
)

DELTA_MS = 1000
TARGET_S_PER_10K = 5.0


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def clock_row_of(path: Path, session_id: str) -> dict[str, Any] | None:
    connection = read_only(path)
    try:
        connection.row_factory = sqlite3.Row
        row = connection.execute(
            "SELECT entry_id, turn_id, status, allotted_ms, accumulated_ms, running_since_ms "
            "FROM session_clocks WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        return None if row is None else dict(row)
    finally:
        connection.close()


class StreamWatch:
    """What the event stream hands the engine: when it ends, and each change's version and time
    (wraps ``client.events`` on the instance, so it does not depend on the engine's insides)."""

    def __init__(self, console: Any) -> None:
        self.ended_at: float | None = None
        self.events = 0
        self.last_version = 0
        self.reached: list[tuple[int, float]] = []  # (version, when the stream yielded it)
        events = console.client.events

        async def watched(*args: Any, **kwargs: Any) -> Any:
            try:
                async for item in events(*args, **kwargs):
                    if item is not None:
                        self.events += 1
                        if item["version"] > self.last_version:
                            self.last_version = item["version"]
                            self.reached.append((self.last_version, time.monotonic()))
                    yield item
            finally:
                if self.ended_at is None:
                    self.ended_at = time.monotonic()
                    console.changed.set()

        console.client.events = watched

    def reached_at(self, version: int) -> float | None:
        return next((t for v, t in self.reached if v >= version), None)


class Probe:
    """Times what the engine does during the catch-up, by wrapping methods on the instances."""

    def __init__(self, console: Any, last_id: int) -> None:
        import moderator.services.sync.sync_engine as engine_module

        self.last_id = last_id
        self.pushes: list[tuple[float, float, int, bool]] = []  # start, end, size, answered
        self.fetches: list[tuple[float, float, int]] = []  # start, end, changes
        self.applies: dict[str, list[float]] = {"push": [], "stream": []}  # seconds per call
        self.applied_new: dict[str, int] = {"push": 0, "stream": 0}
        self.rebuilds: list[tuple[float, int]] = []  # seconds, commands replayed
        self.pending_s = 0.0
        self.rebase_s = 0.0
        self.save_s = 0.0
        self.pending_reads = 0
        self.outbox_empty_at: float | None = None
        self._feed_lists: set[int] = set()
        sync, client, store = console.sync, console.client, console.runner.store
        push, changes, apply_changes = client.push, client.changes, sync._apply_changes
        rebuild, pending_commands, commit_changes = (
            sync._rebuild_view,
            sync._pending_commands,
            store.commit_changes,
        )
        acknowledge = console.sync_store.acknowledge
        rebase = engine_module.rebase
        self._restore = [
            (client, "push", None),
            (client, "changes", None),
            (sync, "_apply_changes", None),
            (sync, "_rebuild_view", None),
            (sync, "_pending_commands", None),
            (store, "commit_changes", None),
            (console.sync_store, "acknowledge", None),
            (engine_module, "rebase", rebase),
        ]

        async def timed_push(client_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
            start = time.monotonic()
            try:
                answer = await push(client_id, mutations)
            except BaseException:
                self.pushes.append((start, time.monotonic(), len(mutations), False))
                raise
            self.pushes.append((start, time.monotonic(), len(mutations), True))
            return answer

        async def timed_changes(*args: Any, **kwargs: Any) -> dict[str, Any]:
            start = time.monotonic()
            feed = await changes(*args, **kwargs)
            self.fetches.append((start, time.monotonic(), len(feed["changes"])))
            self._feed_lists.add(id(feed["changes"]))
            return feed

        async def timed_apply(batch: list[dict[str, Any]], *args: Any, **kwargs: Any) -> None:
            source = "push" if id(batch) in self._feed_lists else "stream"
            self._feed_lists.discard(id(batch))
            new = sum(1 for c in batch if c["version"] > sync.cursor)
            start = time.monotonic()
            await apply_changes(batch, *args, **kwargs)
            self.applies[source].append(time.monotonic() - start)
            self.applied_new[source] += new

        def timed_rebuild(*args: Any, **kwargs: Any) -> None:
            start = time.monotonic()
            before = self.pending_reads
            rebuild(*args, **kwargs)
            self.rebuilds.append((time.monotonic() - start, self.pending_reads - before))

        def timed_pending_commands(*args: Any, **kwargs: Any) -> list[Any]:
            start = time.monotonic()
            commands = pending_commands(*args, **kwargs)
            self.pending_s += time.monotonic() - start
            self.pending_reads += len(commands)
            return commands

        def timed_rebase(confirmed: Any, pending: Any) -> Any:
            start = time.monotonic()
            view = rebase(confirmed, pending)
            self.rebase_s += time.monotonic() - start
            return view

        def timed_save(*args: Any, **kwargs: Any) -> None:
            start = time.monotonic()
            commit_changes(*args, **kwargs)
            self.save_s += time.monotonic() - start

        def stamped_acknowledge(up_to: int, *args: Any, **kwargs: Any) -> None:
            acknowledge(up_to, *args, **kwargs)
            if up_to >= self.last_id and self.outbox_empty_at is None:
                self.outbox_empty_at = time.monotonic()

        client.push = timed_push
        client.changes = timed_changes
        sync._apply_changes = timed_apply
        sync._rebuild_view = timed_rebuild
        sync._pending_commands = timed_pending_commands
        store.commit_changes = timed_save
        console.sync_store.acknowledge = stamped_acknowledge
        engine_module.rebase = timed_rebase

    def restore(self) -> None:
        for owner, name, original in self._restore:
            if original is None:
                with contextlib.suppress(AttributeError):
                    delattr(owner, name)  # the instance attribute; the class method shows again
            else:
                setattr(owner, name, original)

    def summary(self, since: float) -> dict[str, Any]:
        answered = [p for p in self.pushes if p[3]]
        rebuild_s = sum(s for s, _ in self.rebuilds)
        return {
            "pushes_failed_before_heal": sum(1 for p in self.pushes if not p[3] and p[0] < since),
            "pushes_failed_after_heal": sum(1 for p in self.pushes if not p[3] and p[0] >= since),
            "pushes_answered": len(answered),
            "push_batch_max": max((p[2] for p in answered), default=0),
            "push_http_s": round(sum(p[1] - p[0] for p in answered), 3),
            "push_ms": describe([(p[1] - p[0]) * 1000 for p in answered]),
            "changes_fetches": len(self.fetches),
            "changes_http_s": round(sum(f[1] - f[0] for f in self.fetches), 3),
            "apply_calls_push_path": len(self.applies["push"]),
            "apply_calls_event_stream": len(self.applies["stream"]),
            "apply_s_push_path": round(sum(self.applies["push"]), 3),
            "apply_s_event_stream": round(sum(self.applies["stream"]), 3),
            "changes_new_push_path": self.applied_new["push"],
            "changes_new_event_stream": self.applied_new["stream"],
            "rebuilds": len(self.rebuilds),
            "rebuild_s": round(rebuild_s, 3),
            "rebuild_ms": describe([s * 1000 for s, _ in self.rebuilds]),
            "commands_replayed": sum(n for _, n in self.rebuilds),
            "rebuild_pending_read_s": round(self.pending_s, 3),
            "rebuild_rebase_s": round(self.rebase_s, 3),
            "rebuild_commit_changes_s": round(self.save_s, 3),
        }


def engine_failure(console: Any) -> BaseException | None:
    """The exception that ended one of the engine's loops, if one ended (they never should)."""
    for task in console.sync._tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            return task.exception()
    return None


async def report_progress(console: Any, probe: Probe, healed: float, every_s: float) -> None:
    """A line every ``every_s`` seconds during a long catch-up; wakes waits if a loop died."""
    last = time.monotonic()
    while True:
        await asyncio.sleep(1.0)
        if engine_failure(console) is not None:
            console.changed.set()
        if every_s <= 0 or time.monotonic() - last < every_s:
            continue
        last = time.monotonic()
        print(
            f"  … {time.monotonic() - healed:.0f} s after heal: "
            f"{console.sync_store.pending_count()} pending, {len(probe.rebuilds)} views rebuilt, "
            f"cursor {console.sync.cursor}",
            flush=True,
        )


async def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    from support.fault_proxy import FaultProxy
    from support.live_server import LiveServer
    from sync_console import HeadlessConsole

    from moderator.domain.commands import AdjustTime, GiveFloor
    from moderator.server.documents import clock_document

    server = LiveServer(
        db_path=workdir / "server.sqlite3", log_path=workdir / "server.log", heartbeat_s=15.0
    )
    server.start()
    proxy = FaultProxy(server.port)
    problems: list[str] = []
    result: dict[str, Any] = {}
    console = None
    probe = None
    profiler = cProfile.Profile() if args.profile else None
    n = args.actions
    try:
        demo = server.load_demo("demo")
        session_id = demo.session_id
        chair = server.create_token("chair", sessions=[session_id])
        console_db = workdir / "console.sqlite3"
        console = await HeadlessConsole.start(
            console_db, proxy.url, chair, session_id, heartbeat_s=15.0
        )
        await console.until(lambda: console.sync.status.state == "online", timeout=30)
        connection = read_only(server.db_path)
        try:
            v0 = connection.execute("SELECT max(version) FROM sync_changes").fetchone()[0] or 0
        finally:
            connection.close()

        # --- the outage, and N actions queued through it ---------------------------------------
        stream = StreamWatch(console)
        refused = time.monotonic()
        proxy.refuse()
        first = console.state.entries[0]
        times: list[float] = []
        deltas = 0
        queue_started = time.perf_counter()
        for k in range(n):
            if k == 0:
                command = GiveFloor(
                    session_id, first.id, uuid.uuid4().hex, console.time_source.now_ms()
                )
            else:
                delta = DELTA_MS if k % 2 else -DELTA_MS
                deltas += delta
                command = AdjustTime(session_id, delta)
            started = time.perf_counter()
            console.execute(command)
            times.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0)  # one key press per turn of the event loop
        queue_s = time.perf_counter() - queue_started
        pending = console.sync_store.pending_count()
        if pending != n:
            problems.append(f"{pending} queued, expected {n}")
        expected_allotted = first.allotted_ms + deltas
        if console.state.clock.allotted_ms != expected_allotted:
            problems.append("the console's own view does not show the queued actions")
        # The proxy's reset does not reach a connection whose pump thread is blocked reading
        # (see bench/README.md): the open event stream ends by its read timeout (2.5 × the
        # heartbeat). Wait for that, so both loops know they are offline before the heal.
        with contextlib.suppress(AssertionError):
            await console.until(lambda: stream.ended_at is not None, timeout=args.stream_wait)
        stream_noticed = None if stream.ended_at is None else stream.ended_at - refused
        if stream_noticed is None:
            problems.append(f"the event stream did not notice the outage in {args.stream_wait} s")
        else:
            print(
                f"the event stream noticed the outage {stream_noticed:.1f} s after the refusal",
                flush=True,
            )
        outage_s = time.monotonic() - refused
        status_at_heal = console.sync.status
        print(
            f"queued {n} actions offline in {queue_s:.2f} s (per action: p50 "
            f"{describe(times)['p50']} ms, p95 {describe(times)['p95']} ms, max "
            f"{describe(times)['max']} ms); status {status_at_heal.state}, attempt "
            f"{status_at_heal.attempt}, next try in {status_at_heal.next_try_in_s} s",
            flush=True,
        )

        # --- heal, and the catch-up ----------------------------------------------------------
        probe = Probe(console, last_id=n)
        cpu = CpuWatch(server.process.pid)
        if profiler is not None:
            profiler.enable()
        healed_wall = wall_ms()
        healed = time.monotonic()
        proxy.heal()
        progress = asyncio.ensure_future(report_progress(console, probe, healed, args.progress))
        timed_out = False
        try:
            await console.until(
                lambda: (
                    probe.outbox_empty_at is not None
                    or console.sync_store.pending_count() == 0
                    or engine_failure(console) is not None
                ),
                timeout=args.timeout,
            )
            if engine_failure(console) is not None:
                raise AssertionError(f"a sync loop died: {engine_failure(console)!r}")
            connection = read_only(server.db_path)
            try:
                newest = connection.execute("SELECT max(version) FROM sync_changes").fetchone()[0]
            finally:
                connection.close()
            await console.until(
                lambda: console.sync.cursor >= newest and stream.last_version >= newest,
                timeout=args.timeout,
            )
        except AssertionError as error:
            timed_out = True
            problems.append(f"catch-up not done within {args.timeout} s: {error}")
        converged = time.monotonic()
        progress.cancel()
        if profiler is not None:
            profiler.disable()
        cpu_use = cpu.stop()
        outbox_empty_at = probe.outbox_empty_at
        first_push = next((p[1] for p in probe.pushes if p[3] and p[0] >= healed), None)

        # --- proof from the server's file (read-only) ----------------------------------------
        client_id = console.sync_store.client_id()
        connection = read_only(server.db_path)
        try:
            clock_changes, feed_done_ms = connection.execute(
                "SELECT count(*), max(server_time_ms) FROM sync_changes "
                "WHERE entity = 'clock' AND version > ?",
                (v0,),
            ).fetchone()
            other_changes = connection.execute(
                "SELECT entity, count(*) FROM sync_changes WHERE version > ? AND entity != 'clock'"
                " GROUP BY entity",
                (v0,),
            ).fetchall()
            row = connection.execute(
                "SELECT last_mutation_id FROM sync_clients WHERE client_id = ?", (client_id,)
            ).fetchone()
            last_mutation_id = None if row is None else row[0]
            results, applied = connection.execute(
                "SELECT count(*), coalesce(sum(status = 'applied'), 0) "
                "FROM sync_mutation_results WHERE client_id = ?",
                (client_id,),
            ).fetchone()
            newest = connection.execute("SELECT max(version) FROM sync_changes").fetchone()[0]
        finally:
            connection.close()
        server_clock = clock_row_of(server.db_path, session_id)
        console_clock_file = clock_row_of(console_db, session_id)
        state = console.state
        console_clock = clock_document(
            session_id, state.current_entry_id, state.current_turn_id, state.clock
        )
        console_clock.pop("session_id")
        if clock_changes != n:
            problems.append(f"{clock_changes} clock changes in sync_changes, expected {n}")
        if last_mutation_id != n:
            problems.append(f"sync_clients.last_mutation_id = {last_mutation_id}, expected {n}")
        if results != n or applied != n:
            problems.append(f"{results} stored results, {applied} applied; expected {n} and {n}")
        if server_clock != console_clock:
            problems.append(f"server clock {server_clock} != console view {console_clock}")
        if console_clock_file != server_clock:
            problems.append(f"console file clock {console_clock_file} != server {server_clock}")
        if server_clock is None or server_clock["allotted_ms"] != expected_allotted:
            problems.append(f"allotment {server_clock}, expected {expected_allotted}")
        if console.sync.cursor != newest:
            problems.append(f"console cursor {console.sync.cursor} != server version {newest}")
        if console.rejections:
            problems.append(f"{len(console.rejections)} rejected: {console.rejections[:3]}")

        def since_heal(moment: float | None) -> float | None:
            return None if moment is None else round(moment - healed, 3)

        stream_done = stream.reached_at(newest)
        result = {
            "actions": n,
            "queue_s": round(queue_s, 3),
            "queue_per_action_ms": describe(times, 3),
            "queue_first_tenth_ms": describe(times[: max(1, n // 10)], 3),
            "queue_last_tenth_ms": describe(times[-max(1, n // 10) :], 3),
            "stream_noticed_outage_s": (
                None if stream_noticed is None else round(stream_noticed, 3)
            ),
            "outage_s": round(outage_s, 3),
            "backoff_at_heal": {
                "state": status_at_heal.state,
                "attempt": status_at_heal.attempt,
                "next_try_in_s": status_at_heal.next_try_in_s,
            },
            "heal_to_first_push_s": since_heal(first_push),
            "heal_to_outbox_empty_s": since_heal(outbox_empty_at),
            "first_push_to_outbox_empty_s": (
                None
                if first_push is None or outbox_empty_at is None
                else round(outbox_empty_at - first_push, 3)
            ),
            "heal_to_feed_complete_s": (
                None if feed_done_ms is None else round((feed_done_ms - healed_wall) / 1000, 3)
            ),
            "heal_to_stream_drained_s": since_heal(stream_done),
            "heal_to_converged_s": None if timed_out else round(converged - healed, 3),
            "target_s": round(TARGET_S_PER_10K * n / 10_000, 3),
            "engine": {**probe.summary(healed), "stream_events": stream.events},
            "cpu": cpu_use,
            "server": {
                "clock_changes": clock_changes,
                "other_changes": dict(other_changes),
                "last_mutation_id": last_mutation_id,
                "results": results,
                "applied": applied,
                "newest_version": newest,
                "clock": server_clock,
            },
            "console": {"cursor": console.sync.cursor, "clock": console_clock},
        }
        empty = result["heal_to_outbox_empty_s"]
        result["target_met"] = empty is not None and empty <= result["target_s"]
    finally:
        if probe is not None:
            probe.restore()
        if console is not None:
            await console.close()
        proxy.close()
        server.stop()
        errors = [
            line
            for line in server.log().splitlines()
            if '"level": "error"' in line or "Traceback" in line or '"status": 5' in line
        ][:20]
        if errors:
            problems.append(f"server log errors: {errors}")
    if profiler is not None:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        result["profile"] = out.getvalue()
    result["problems"] = problems
    result["ok"] = not problems
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 actions")
    parser.add_argument("--actions", type=int, help="actions queued offline (default 10,000)")
    parser.add_argument("--timeout", type=float, default=1800.0, help="max catch-up wait (s)")
    parser.add_argument(
        "--stream-wait", type=float, default=60.0, help="max wait for the stream to break (s)"
    )
    parser.add_argument("--progress", type=float, default=60.0, help="progress line every S s")
    parser.add_argument("--profile", type=int, default=0, help="cProfile: show K functions")
    parser.add_argument("--dir", type=Path, help="folder for the files (default: tmp)")
    args = parser.parse_args(argv)
    args.actions = args.actions or (1_000 if args.quick else 10_000)

    with tempfile.TemporaryDirectory(prefix="bench-catchup-", dir=args.dir) as folder:
        workdir = Path(folder)
        print(
            f"{args.actions} actions, on {filesystem_of(workdir)} ({workdir}); load average "
            f"{load_average()}",
            flush=True,
        )
        result = asyncio.run(run(args, workdir))

    profile = result.pop("profile", None)
    if "engine" in result:
        e = result["engine"]
        print(
            f"heal → first push accepted {result['heal_to_first_push_s']} s (retry backoff), "
            f"→ outbox empty {result['heal_to_outbox_empty_s']} s (first push → empty "
            f"{result['first_push_to_outbox_empty_s']} s), → feed holds all "
            f"{result['heal_to_feed_complete_s']} s, → event stream drained "
            f"{result['heal_to_stream_drained_s']} s, → converged "
            f"{result['heal_to_converged_s']} s"
        )
        print(
            f"  target ≤ {result['target_s']} s heal → outbox empty: "
            f"{'met' if result['target_met'] else 'NOT met'} (not asserted)"
        )
        print(
            f"  pushes: {e['pushes_answered']} answered (batch ≤ {e['push_batch_max']}), "
            f"{e['push_http_s']} s waiting for them (p50 {e['push_ms'].get('p50')} ms); "
            f"{e['changes_fetches']} changes fetches, {e['changes_http_s']} s"
        )
        print(
            f"  views rebuilt: {e['rebuilds']} in {e['rebuild_s']} s (p50 "
            f"{e['rebuild_ms'].get('p50')} ms, max {e['rebuild_ms'].get('max')} ms), "
            f"{e['commands_replayed']} pending commands replayed; of it: outbox read + parse "
            f"{e['rebuild_pending_read_s']} s, rebase {e['rebuild_rebase_s']} s, commit_changes "
            f"{e['rebuild_commit_changes_s']} s"
        )
        print(
            f"  applies: push path {e['apply_calls_push_path']} calls "
            f"({e['changes_new_push_path']} new changes, {e['apply_s_push_path']} s), event "
            f"stream {e['apply_calls_event_stream']} calls ({e['changes_new_event_stream']} "
            f"new, {e['apply_s_event_stream']} s)"
        )
        cpu = result["cpu"]
        print(
            f"  CPU share: server {cpu['server_share']}, bench+console {cpu['bench_share']}, "
            f"others {cpu['others_share']} over {cpu['wall_s']} s"
        )
        s = result["server"]
        print(
            f"  server: {s['clock_changes']} clock changes, last_mutation_id "
            f"{s['last_mutation_id']}, {s['applied']}/{s['results']} applied; clock "
            f"{'= console' if s['clock'] == result['console']['clock'] else '≠ console'}"
        )
    if profile:
        print(profile)
    if result["problems"]:
        print("PROBLEMS:", *result["problems"], sep="\n  ")
    emit_json(
        {
            "benchmark": "sync_catchup",
            "quick": args.quick,
            "load_average_end": load_average(),
            **result,
        }
    )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
