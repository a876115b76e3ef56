"""A hand raised on the server → visible in a synced console: latency over N raises.

The real reference server (``tests/support/live_server.py``: ``python -m moderator.server
serve`` on 127.0.0.1, a fresh SQLite file, the demo meeting uploaded through
``PUT /api/v1/meetings/{id}``) and one console without a window
(``tests/server/sync_console.py``: the real store, command runner, ``SyncEngine`` and
``BackendClient``) following the session with a chair token and the normal heartbeat (15 s).

For each of N raises (default 200, ``--quick`` 30), after ``--gap`` idle seconds (default 0.05):

1. ``t0 = time.monotonic()`` just before ``POST /api/v1/sessions/{id}/hands`` (a participant
   raises, over an ``httpx.AsyncClient`` on the console's own event loop, so the console keeps
   running while the request is in flight);
2. the answer names the new hand id; the raise is **visible** at the first ``on_view`` (the
   engine's callback, wrapped on the instance to stamp ``time.monotonic()``) whose state's
   ``open_hands()`` contains that id — no polling, the wait is woken by the callback;
3. the raise is **saved** when ``Store.commit_changes`` (wrapped on the instance) returned for that
   same view: the engine writes the view to SQLite (one transaction with the feed cursor) and
   only then calls ``on_view``. The benchmark reports both and the gap between them, and reads the
   console's SQLite file back (a separate read-only ``sqlite3`` connection) to confirm the hand
   row is there, ``raised``;
4. the participant lowers it (``DELETE /hands/mine``) and the benchmark waits, the same way,
   for the first view without it (also reported).

The server's rate limit (12 raises/lowers per minute per token, burst 6) is respected by giving
every participant token at most 3 raise/lower cycles: ceil(N/3) tokens spread over the demo's
participants (``--participants``). Also split out, per raise: the answer of the POST (the
server's commit) and the arrival of the change at the engine (``_apply_changes``, wrapped), and
from there to the view written (the console's own work: rebase, SQLite commit).

Checked (exit code 1 on failure): every raise 201 and every lower 200 (no 429), every hand seen
and then gone within ``--timeout``, every hand found raised in the console's SQLite file when
it was shown, the console's cursor equal to the server's newest version at the end, no open
hand left, no server error logged. Timings are never asserted; the target (p95 ≤ 50 ms on
loopback) is printed next to the result. One JSON line last.

    .venv/bin/python bench/sync_hands.py            # ~40 s
    .venv/bin/python bench/sync_hands.py --quick    # ~12 s
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import sqlite3
import sys
import tempfile
import time
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
    now_ms,
)

CYCLES_PER_TOKEN = 3  # raise + lower = 2 of the burst of 6 per token
TARGET_P95_MS = 50.0


def create_participant_tokens(db_path: Path, participant_ids: list[str], count: int) -> list[str]:
    """``count`` participant tokens (round robin over ``participant_ids``), one transaction."""
    from moderator.server.database import open_server_database
    from moderator.server.tokens.auth import Role, create_token

    db = open_server_database(str(db_path))
    try:
        with db.write() as connection:
            return [
                create_token(
                    connection,
                    Role.PARTICIPANT,
                    "demo",
                    now_ms=now_ms(),
                    participant_id=participant_ids[k % len(participant_ids)],
                    label="bench",
                )
                for k in range(count)
            ]
    finally:
        db.dispose()


class ViewWatch:
    """Stamps every view the engine shows and every SQLite write of one; wakes waiters."""

    def __init__(self, console: Any) -> None:
        self.views: list[tuple[float, float, frozenset[str]]] = []  # (saved, shown, open hands)
        self.arrivals: list[tuple[float, set[str]]] = []  # (t, hand ids in the changes)
        self._saved_at = math.nan
        self._wake = asyncio.Event()
        sync = console.sync
        store = console.runner.store
        original_on_view = sync.on_view
        original_save = store.commit_changes
        original_apply = sync._apply_changes

        def on_view(state: Any) -> None:
            shown = time.monotonic()
            self.views.append((self._saved_at, shown, frozenset(h.id for h in state.open_hands())))
            self._wake.set()
            original_on_view(state)

        def commit_changes(*args: Any, **kwargs: Any) -> None:
            original_save(*args, **kwargs)
            self._saved_at = time.monotonic()

        async def apply_changes(changes: list[dict[str, Any]]) -> None:
            self.arrivals.append(
                (time.monotonic(), {c["id"] for c in changes if c.get("entity") == "hand"})
            )
            await original_apply(changes)

        sync.on_view = on_view
        store.commit_changes = commit_changes
        sync._apply_changes = apply_changes

    def first_view(self, since: float, present: str | None = None, absent: str | None = None):
        for saved, shown, hands in self.views:
            if shown < since:
                continue
            if present is not None and present in hands:
                return saved, shown
            if absent is not None and absent not in hands:
                return saved, shown
        return None

    def first_arrival(self, since: float, hand_id: str) -> float | None:
        return next((t for t, ids in self.arrivals if t >= since and hand_id in ids), None)

    async def wait_view(
        self, since: float, timeout: float, present: str | None = None, absent: str | None = None
    ):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self._wake.clear()
            found = self.first_view(since, present, absent)
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=remaining)
            except TimeoutError:
                continue


def hand_row_state(db_path: Path, hand_id: str) -> str | None:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT state FROM hands WHERE id = ?", (hand_id,)).fetchone()
        return None if row is None else row[0]
    finally:
        connection.close()


def server_newest_version(db_path: Path) -> int:
    """The newest change version in the server's SQLite file (read-only)."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT max(version) FROM sync_changes").fetchone()[0] or 0)
    finally:
        connection.close()


async def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    import httpx
    from support.live_server import LiveServer  # tests/support
    from sync_console import HeadlessConsole  # tests/server

    server = LiveServer(
        db_path=workdir / "server.sqlite3", log_path=workdir / "server.log", heartbeat_s=15.0
    )
    server.start()
    problems: list[str] = []
    result: dict[str, Any] = {}
    console = None
    try:
        demo = server.load_demo("demo")
        session_id = demo.session_id
        chair = server.create_token("chair", sessions=[session_id])
        participants = demo.participant_ids[: args.participants]
        warmup = 3
        tokens = create_participant_tokens(
            server.db_path,
            participants,
            math.ceil((args.raises + warmup) / CYCLES_PER_TOKEN),
        )
        console = await HeadlessConsole.start(
            workdir / "console.sqlite3", server.url, chair, session_id, heartbeat_s=15.0
        )
        await console.until(lambda: console.sync.status.state == "online", timeout=30)
        watch = ViewWatch(console)
        console_db = workdir / "console.sqlite3"

        raise_ms: list[float] = []
        saved_ms: list[float] = []
        arrival_ms: list[float] = []
        console_work_ms: list[float] = []
        answer_ms: list[float] = []
        shown_after_saved_us: list[float] = []
        lower_ms: list[float] = []
        statuses: dict[str, int] = {}
        async with httpx.AsyncClient(base_url=server.url, timeout=10.0) as http:

            async def one(k: int, measured: bool) -> None:
                token = tokens[k // CYCLES_PER_TOKEN]
                headers = {"Authorization": f"Bearer {token}"}
                path = f"/api/v1/sessions/{session_id}/hands"
                await asyncio.sleep(args.gap)
                t0 = time.monotonic()
                response = await http.post(path, headers=headers)
                answered = time.monotonic()
                statuses[f"raise {response.status_code}"] = (
                    statuses.get(f"raise {response.status_code}", 0) + 1
                )
                if response.status_code != 201:
                    problems.append(f"raise {k}: {response.status_code} {response.text[:200]}")
                    return
                hand_id = response.json()["hand"]["id"]
                seen = await watch.wait_view(t0, args.timeout, present=hand_id)
                if seen is None:
                    problems.append(f"raise {k}: hand {hand_id} not shown within {args.timeout} s")
                    return
                saved, shown = seen
                if hand_row_state(console_db, hand_id) != "raised":
                    problems.append(f"raise {k}: hand {hand_id} not raised in the console's file")
                if measured:
                    raise_ms.append((shown - t0) * 1000)
                    saved_ms.append((saved - t0) * 1000)
                    answer_ms.append((answered - t0) * 1000)
                    shown_after_saved_us.append((shown - saved) * 1e6)
                    arrived = watch.first_arrival(t0, hand_id)
                    if arrived is not None:
                        arrival_ms.append((arrived - t0) * 1000)
                        console_work_ms.append((saved - arrived) * 1000)
                await asyncio.sleep(args.gap)
                t1 = time.monotonic()
                response = await http.delete(f"{path}/mine", headers=headers)
                statuses[f"lower {response.status_code}"] = (
                    statuses.get(f"lower {response.status_code}", 0) + 1
                )
                if response.status_code != 200:
                    problems.append(f"lower {k}: {response.status_code} {response.text[:200]}")
                    return
                gone = await watch.wait_view(t1, args.timeout, absent=hand_id)
                if gone is None:
                    problems.append(f"lower {k}: hand {hand_id} still shown after {args.timeout} s")
                    return
                if measured:
                    lower_ms.append((gone[1] - t1) * 1000)

            for k in range(warmup):  # the stream is surely open and everything imported
                await one(args.raises + k, measured=False)
            cpu = CpuWatch(server.process.pid)
            started = time.perf_counter()
            for k in range(args.raises):
                await one(k, measured=True)
            elapsed = time.perf_counter() - started
            cpu_use = cpu.stop()

            # The end state: the console has caught up with everything the server wrote.
            server_hands = (
                await http.get(
                    f"/api/v1/sessions/{session_id}/hands",
                    headers={"Authorization": f"Bearer {chair}"},
                )
            ).json()["hands"]
        newest = server_newest_version(server.db_path)
        with contextlib.suppress(AssertionError):  # checked just below
            await console.until(lambda: console.sync.cursor >= newest, timeout=args.timeout)
        if console.sync.cursor != newest:
            problems.append(f"console cursor {console.sync.cursor} != server version {newest}")
        if server_hands or console.state.open_hands():
            problems.append(
                f"hands left open: server {len(server_hands)}, "
                f"console {len(console.state.open_hands())}"
            )
        if len(raise_ms) != args.raises:
            problems.append(f"{len(raise_ms)} of {args.raises} raises measured")
        result = {
            "raises": args.raises,
            "participants": len(participants),
            "participant_tokens": len(tokens),
            "gap_s": args.gap,
            "seconds": round(elapsed, 2),
            "visible_ms": describe(raise_ms),
            "saved_ms": describe(saved_ms),
            "shown_after_saved_us": describe(shown_after_saved_us, 1),
            "post_answer_ms": describe(answer_ms),
            "arrived_at_engine_ms": describe(arrival_ms),
            "engine_to_saved_ms": describe(console_work_ms),
            "lowered_gone_ms": describe(lower_ms),
            "views": len(watch.views),
            "statuses": statuses,
            "cpu": cpu_use,
            "console_cursor": console.sync.cursor,
            "server_version": newest,
            "target_p95_ms": TARGET_P95_MS,
            "target_met": bool(raise_ms) and describe(raise_ms)["p95"] <= TARGET_P95_MS,
        }
    finally:
        if console is not None:
            await console.close()
        server.stop()
        errors = [
            line
            for line in server.log().splitlines()
            if '"level": "error"' in line or "Traceback" in line or '"status": 5' in line
        ][:20]
        if errors:
            problems.append(f"server log errors: {errors}")
    result["problems"] = problems
    result["ok"] = not problems
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="30 raises")
    parser.add_argument("--raises", type=int, help="measured raises (default 200, quick 30)")
    parser.add_argument("--participants", type=int, default=8, help="demo participants raising")
    parser.add_argument("--gap", type=float, default=0.05, help="idle seconds before each call")
    parser.add_argument("--timeout", type=float, default=10.0, help="max wait for one view (s)")
    parser.add_argument("--dir", type=Path, help="folder for the files (default: tmp)")
    args = parser.parse_args(argv)
    args.raises = args.raises or (30 if args.quick else 200)

    with tempfile.TemporaryDirectory(prefix="bench-hands-", dir=args.dir) as folder:
        workdir = Path(folder)
        print(
            f"{args.raises} raises, {args.participants} participants, gap {args.gap} s, on "
            f"{filesystem_of(workdir)} ({workdir}); load average {load_average()}",
            flush=True,
        )
        result = asyncio.run(run(args, workdir))

    def line(name: str, key: str, unit: str = "ms") -> None:
        d = result.get(key) or {}
        print(
            f"  {name:<34} p50 {d.get('p50')} {unit}  p95 {d.get('p95')} {unit}  "
            f"max {d.get('max')} {unit}  (n {d.get('n', 0)})"
        )

    if "visible_ms" in result:
        print(f"{result['raises']} raises in {result['seconds']} s, {result['views']} views")
        line("raise → visible (on_view)", "visible_ms")
        line("raise → written to SQLite", "saved_ms")
        line("  SQLite written → on_view", "shown_after_saved_us", "µs")
        line("  raise → POST answered", "post_answer_ms")
        line("  raise → change at the engine", "arrived_at_engine_ms")
        line("  change at the engine → SQLite", "engine_to_saved_ms")
        line("lower → gone from the view", "lowered_gone_ms")
        cpu = result["cpu"]
        print(
            f"  CPU share: server {cpu['server_share']}, bench+console {cpu['bench_share']}, "
            f"others {cpu['others_share']} (others > 0.2: the machine was shared)"
        )
        print(
            f"  target p95 ≤ {TARGET_P95_MS} ms: "
            f"{'met' if result['target_met'] else 'NOT met'} (not asserted)"
        )
    if result["problems"]:
        print("PROBLEMS:", *result["problems"], sep="\n  ")
    emit_json(
        {
            "benchmark": "sync_hands",
            "quick": args.quick,
            "load_average_end": load_average(),
            **result,
        }
    )
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
