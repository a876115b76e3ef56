"""SSE fan-out of the reference server: one change, N subscribers, how late does each get it?

For each level N (default 100, 500, 1000, 2000; ``--quick``: 50, 200) a fresh server runs as a
subprocess on a fresh SQLite file with the demo meeting, a chair gives the floor (clock
running), and N subscribers open ``GET /api/v1/sessions/{id}/events`` with a display token.
Once all N have their ``: connected`` comment, the chair pushes ONE ``adjust_time`` mutation
(+1000/-1000 alternating) and every subscriber notes when the ``event: change`` carrying that
change's version arrives. Repeated R times (default 5) per level.

Subscribers are raw ``asyncio.Protocol`` connections in this process (no HTTP library, no
coroutine per subscriber: the arrival time is taken in ``data_received``, when the event loop
reads the socket), so the server, not the benchmark, is what is measured; the benchmark's own
CPU share during the fan-out is printed to show it.

Reported per level: delivery latency p50/p95/max over all N×R deliveries (from just before the
push request was sent to the arrival), deliveries counted (must be N×R), the push answer's
latency, the server's CPU time per round and per delivery, the time to connect all N, and the
server's RSS (VmRSS) idle, with N subscribers, and after they disconnect. One JSON line last.

    .venv/bin/python bench/server_fanout.py            # ~1 min
    .venv/bin/python bench/server_fanout.py --quick    # ~20 s
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from server_common import (
    CpuWatch,
    Http,
    Server,
    describe,
    emit_json,
    load_average,
    now_ms,
    open_fds,
    raise_nofile,
    read_feed,
    rss_kib,
)

CHANGE = re.compile(rb"id: (\d+)\nevent: change\n")
TAIL_BYTES = 256


class Fanout:
    """Counts deliveries per version across subscribers; wakes the round when all arrived."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.after = 0  # versions above this belong to the current round
        self.expected = 0
        self.done = asyncio.Event()
        self.connected = 0
        self.failures: list[str] = []
        self.lost = 0

    def on_change(self, version: int) -> None:
        count = self.counts[version] = self.counts.get(version, 0) + 1
        if version > self.after and count >= self.expected:
            self.done.set()


class Subscriber(asyncio.Protocol):
    """One SSE connection: writes the request, scans the raw bytes for ``id: V\\nevent: change``.

    The body is chunked; each event is one chunk (one ``yield`` of the server), so the event's
    lines are contiguous in the byte stream and the chunk framing can be skipped.
    """

    __slots__ = ("arrivals", "fanout", "gone", "ready", "request", "status", "tail", "transport")

    def __init__(self, fanout: Fanout, request: bytes, ready: asyncio.Future[bool]) -> None:
        self.fanout = fanout
        self.request = request
        self.transport: asyncio.Transport | None = None
        self.status: bool | None = None
        self.tail = b""
        self.ready = ready
        self.arrivals: dict[int, float] = {}
        self.gone = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        transport.write(self.request)  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        arrived = time.perf_counter()
        buffer = self.tail + data if self.tail else data
        if self.status is None:
            if len(buffer) < 12:
                self.tail = buffer
                return
            self.status = buffer.startswith(b"HTTP/1.1 200")
            if not self.status:
                self.fanout.failures.append(buffer[:160].decode("latin-1"))
                if not self.ready.done():
                    self.ready.set_result(False)
                return
        if not self.ready.done() and b": connected" in buffer:
            self.fanout.connected += 1
            self.ready.set_result(True)
        end = 0
        for match in CHANGE.finditer(buffer):
            version = int(match.group(1))
            if version not in self.arrivals:
                self.arrivals[version] = arrived
                self.fanout.on_change(version)
            end = match.end()
        self.tail = buffer[end:][-TAIL_BYTES:]

    def connection_lost(self, exc: Exception | None) -> None:
        self.gone = True
        self.fanout.lost += 1
        if not self.ready.done():
            self.ready.set_result(False)


def sse_request(port: int, session_id: str, token: str) -> bytes:
    return (
        f"GET /api/v1/sessions/{session_id}/events HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Accept: text/event-stream\r\n"
        "X-Moderator-Protocol: 1\r\n"
        "\r\n"
    ).encode()


async def connect_all(
    port: int, request: bytes, n: int, fanout: Fanout, concurrency: int, timeout_s: float
) -> tuple[list[Subscriber], float]:
    """Open ``n`` streams (at most ``concurrency`` being set up at once); seconds until all
    had ``: connected`` (or the deadline)."""
    loop = asyncio.get_running_loop()
    gate = asyncio.Semaphore(concurrency)
    subscribers: list[Subscriber] = []
    deadline = loop.time() + timeout_s

    async def open_one() -> None:
        async with gate:
            ready: asyncio.Future[bool] = loop.create_future()
            subscriber = Subscriber(fanout, request, ready)
            remaining = deadline - loop.time()
            if remaining <= 0:
                fanout.failures.append("connect deadline passed")
                return
            try:
                await asyncio.wait_for(
                    loop.create_connection(lambda: subscriber, "127.0.0.1", port), remaining
                )
                subscribers.append(subscriber)
                await asyncio.wait_for(asyncio.shield(ready), max(0.1, deadline - loop.time()))
            except (OSError, TimeoutError) as error:
                fanout.failures.append(f"connect: {error!r}")

    started = time.perf_counter()
    await asyncio.gather(*(open_one() for _ in range(n)))
    return subscribers, time.perf_counter() - started


def adjust(session_id: str, mutation_id: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "adjust_time",
        "args": {"session_id": session_id, "delta_ms": 1000 if mutation_id % 2 else -1000},
    }


async def run_level(n: int, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    # All N streams read with one display token: lift its cap of streams per token.
    server = Server(
        workdir / f"fanout-{n}",
        heartbeat_s=args.heartbeat,
        extra_args=["--max-streams-per-token", "100000"],
    )
    server.start()
    subscribers: list[Subscriber] = []
    try:
        demo = server.load_demo("demo")
        session_id = demo["session_id"]
        chair, display = server.create_tokens(
            [{"role": "chair", "sessions": [session_id]}, {"role": "display"}]
        )
        setup = Http(server.port, chair)
        status, answer = setup.call(
            "POST",
            "/api/v1/push",
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
        _, snapshot = setup.call("GET", f"/api/v1/sessions/{session_id}/snapshot")
        setup.close()
        start_version = snapshot["version"]
        await asyncio.sleep(0.5)
        rss_idle = rss_kib(server.pid)
        fds_idle = open_fds(server.pid)

        fanout = Fanout()
        request = sse_request(server.port, session_id, display)
        subscribers, connect_s = await connect_all(
            server.port, request, n, fanout, args.connect_concurrency, args.connect_timeout
        )
        ready = [s for s in subscribers if s.ready.done() and s.ready.result()]
        await asyncio.sleep(1.0)
        rss_connected = rss_kib(server.pid)
        fds_connected = open_fds(server.pid)

        deliveries: list[float] = []
        after_first: list[float] = []  # arrival minus the round's first arrival: fan-out alone
        spreads: list[float] = []
        push_ms: list[float] = []
        rounds: list[dict[str, Any]] = []
        seen_versions: list[int] = []
        missing_total = 0
        v_prev = start_version
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{server.port}",
            headers={"Authorization": f"Bearer {chair}"},
            timeout=args.round_timeout,
        ) as client:
            for index in range(args.rounds):
                await asyncio.sleep(args.gap)
                alive = [s for s in ready if not s.gone]
                fanout.after = v_prev
                fanout.expected = len(alive)
                fanout.done.clear()
                push = client.build_request(
                    "POST",
                    "/api/v1/push",
                    json={"client_id": "bench-chair", "mutations": [adjust(session_id, index + 1)]},
                )
                watch = CpuWatch(server.pid)
                t0 = time.perf_counter()
                response = await client.send(push)
                t_answer = time.perf_counter()
                body = response.json()
                ok = response.status_code == 200 and body["results"] == [
                    {"id": index + 1, "status": "applied"}
                ]
                timed_out = False
                try:
                    await asyncio.wait_for(fanout.done.wait(), args.round_timeout)
                except TimeoutError:
                    timed_out = True
                t_all = time.perf_counter()
                cpu = watch.stop()
                server_cpu, own_cpu = cpu["server_cpu_s"], cpu["bench_cpu_s"]
                new = sorted(v for v in fanout.counts if v > v_prev)
                version = new[0] if new else None
                got = [s.arrivals[version] - t0 for s in alive if version in s.arrivals]
                got_ms = [x * 1000 for x in got]
                deliveries.extend(got_ms)
                if got_ms:
                    first = min(got_ms)
                    after_first.extend(x - first for x in got_ms)
                    spreads.append(max(got_ms) - first)
                push_ms.append((t_answer - t0) * 1000)
                missing = n - len(got)  # never connected, dropped, or not delivered
                missing_total += missing
                if version is not None:
                    seen_versions.append(version)
                    v_prev = max(new)
                wall = t_all - t0
                rounds.append(
                    {
                        "round": index + 1,
                        "push_ok": ok,
                        "version": version,
                        "versions_seen": new,
                        "delivered": len(got),
                        "missing": missing,
                        "timed_out": timed_out,
                        "push_ms": round((t_answer - t0) * 1000, 2),
                        "all_delivered_ms": round(wall * 1000, 2),
                        "p50_ms": describe(got_ms).get("p50"),
                        "first_ms": describe(got_ms).get("min"),
                        "spread_ms": round(spreads[-1], 2) if got_ms else None,
                        "max_ms": describe(got_ms).get("max"),
                        "server_cpu_ms": round(server_cpu * 1000, 1),
                        "bench_cpu_ms": round(own_cpu * 1000, 1),
                        "bench_cpu_share": round(own_cpu / wall, 2) if wall > 0 else None,
                        "others_cpu_share": cpu["others_share"],
                    }
                )
        rss_after_rounds = rss_kib(server.pid)

        # The feed is the source of truth: exactly R clock changes, the versions streamed.
        feed, _ = read_feed(server.port, chair, session_id, start_version)
        feed_versions = [c["version"] for c in feed if c["entity"] == "clock"]
        feed_ok = feed_versions == seen_versions and len(feed) == args.rounds

        dropped = fanout.lost  # streams the server ended before the benchmark closed them
        for subscriber in subscribers:
            if subscriber.transport is not None:
                subscriber.transport.close()
        await asyncio.sleep(2.0)
        rss_closed = rss_kib(server.pid)
        fds_closed = open_fds(server.pid)
        healthy = Http(server.port).call("GET", "/healthz")[0] == 200

        round_server_cpu = [r["server_cpu_ms"] for r in rounds]
        all_delivered = [r["all_delivered_ms"] for r in rounds]
        return {
            "n": n,
            "connected": len(ready),
            "connect_s": round(connect_s, 2),
            "connect_failures": fanout.failures[:5],
            "connect_failure_count": len(fanout.failures),
            "dropped_by_server": dropped,
            "rounds": args.rounds,
            "delivered": len(deliveries),
            "expected": n * args.rounds,
            "missing": missing_total,
            "latency_ms": describe(deliveries),
            "all_delivered_ms": describe(all_delivered),
            "after_first_ms": describe(after_first),
            "spread_ms": describe(spreads),
            "push_ms": describe(push_ms),
            "server_cpu_ms_per_round": describe(round_server_cpu),
            "server_cpu_us_per_delivery": round(
                1000 * sum(round_server_cpu) / max(1, len(deliveries)), 1
            ),
            "bench_cpu_share_max": max((r["bench_cpu_share"] or 0) for r in rounds),
            "others_cpu_share_max": max(r["others_cpu_share"] for r in rounds),
            "rss_kib": {
                "idle": rss_idle,
                "connected": rss_connected,
                "after_rounds": rss_after_rounds,
                "after_disconnect": rss_closed,
                "per_subscriber": round(((rss_connected or 0) - (rss_idle or 0)) / max(1, n), 1),
            },
            "server_fds": {
                "idle": fds_idle,
                "connected": fds_connected,
                "after_disconnect": fds_closed,
            },
            "feed_ok": feed_ok,
            "server_healthy": healthy,
            "server_errors": server.log_errors(),
            "round_detail": rounds,
        }
    finally:
        for subscriber in subscribers:
            if subscriber.transport is not None and not subscriber.transport.is_closing():
                subscriber.transport.close()
        server.stop()


def mib(kib: int | None) -> str:
    return "?" if kib is None else f"{kib / 1024:.0f}"


def print_table(results: list[dict[str, Any]]) -> None:
    header = (
        f"{'N':>5} {'conn':>5} {'conn s':>6} {'deliv':>11} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'max ms':>8} {'spread':>8} {'push ms':>8} {'srvCPU ms':>9} {'us/deliv':>8} "
        f"{'benchCPU':>8} {'others':>6} {'RSS idle':>8} {'RSS N':>6} {'RSS end':>7} {'KiB/sub':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        lat = r["latency_ms"]
        rss = r["rss_kib"]
        print(
            f"{r['n']:>5} {r['connected']:>5} {r['connect_s']:>6} "
            f"{str(r['delivered']) + '/' + str(r['expected']):>11} "
            f"{lat.get('p50', '-'):>8} {lat.get('p95', '-'):>8} {lat.get('max', '-'):>8} "
            f"{r['spread_ms'].get('p50', '-'):>8} "
            f"{r['push_ms'].get('p50', '-'):>8} {r['server_cpu_ms_per_round'].get('p50', '-'):>9} "
            f"{r['server_cpu_us_per_delivery']:>8} {r['bench_cpu_share_max']:>8} "
            f"{r['others_cpu_share_max']:>6} "
            f"{mib(rss['idle']):>8} {mib(rss['connected']):>6} {mib(rss['after_disconnect']):>7} "
            f"{rss['per_subscriber']:>7}"
        )
    print(
        "latency = push request sent -> subscriber read the event (ms); spread = last minus "
        "first arrival of a round (median; the fan-out alone, without the push's commit); "
        "srvCPU = server CPU per round (median); benchCPU / others = CPU/wall of this process "
        "/ of all other programs during a round (max; in cores, others > 0.2 means the machine "
        "was shared); RSS in MiB "
        "(idle, with N streams, after they disconnect)."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="levels 50 and 200")
    parser.add_argument("--levels", type=int, nargs="+", help="subscriber counts")
    parser.add_argument("--rounds", type=int, default=5, help="changes per level (R)")
    parser.add_argument("--gap", type=float, default=1.0, help="idle seconds before each push")
    parser.add_argument("--heartbeat", type=float, default=15.0, help="server SSE heartbeat s")
    parser.add_argument("--connect-concurrency", type=int, default=50)
    parser.add_argument("--connect-timeout", type=float, default=120.0)
    parser.add_argument("--round-timeout", type=float, default=60.0)
    parser.add_argument("--dir", type=Path, help="folder for the server's files (default: tmp)")
    args = parser.parse_args(argv)
    levels = args.levels or ([50, 200] if args.quick else [100, 500, 1000, 2000])
    nofile = raise_nofile(max(65536, 4 * max(levels)))
    if nofile < max(levels) + 100:
        print(f"open-file limit {nofile} is too low for {max(levels)} streams", file=sys.stderr)
        return 2

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-fanout-", dir=args.dir) as folder:
        for n in levels:
            print(
                f"level N={n}: starting server, connecting {n} subscribers… (load average "
                f"{load_average()})",
                flush=True,
            )
            result = asyncio.run(run_level(n, args, Path(folder)))
            for r in result["round_detail"]:
                print(
                    f"  round {r['round']}: v{r['version']} delivered {r['delivered']} "
                    f"(missing {r['missing']}) push answer {r['push_ms']} ms, first "
                    f"{r['first_ms']} ms, last {r['all_delivered_ms']} ms (spread "
                    f"{r['spread_ms']} ms), p50 {r['p50_ms']} ms, server CPU "
                    f"{r['server_cpu_ms']} ms, CPU share bench {r['bench_cpu_share']} others "
                    f"{r['others_cpu_share']}",
                    flush=True,
                )
            if result["connect_failure_count"]:
                print(
                    f"  connect failures: {result['connect_failure_count']}: "
                    f"{result['connect_failures']}"
                )
            fds = result["server_fds"]
            print(
                f"  server open fds: idle {fds['idle']}, with {n} streams "
                f"{fds['connected']}, 2 s after they closed {fds['after_disconnect']}",
                flush=True,
            )
            if result["server_errors"]:
                print(f"  server errors: {result['server_errors']}")
            results.append(result)

    print()
    print_table(results)
    problems = [
        f"N={r['n']}: {r['missing']} of {r['expected']} deliveries missing"
        for r in results
        if r["missing"]
    ]
    problems += [
        f"N={r['n']}: feed does not match the streams" for r in results if not r["feed_ok"]
    ]
    problems += [
        f"N={r['n']}: the server ended {r['dropped_by_server']} streams"
        for r in results
        if r["dropped_by_server"]
    ]
    for problem in problems:
        print("PROBLEM:", problem)
    emit_json(
        {
            "benchmark": "server_fanout",
            "quick": args.quick,
            "rounds": args.rounds,
            "levels": [{k: v for k, v in r.items() if k != "round_detail"} for r in results],
            "ok": not problems,
        }
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
