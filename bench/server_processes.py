"""Several server processes on one PostgreSQL database: fan-out across processes, push rate.

A throwaway PostgreSQL cluster (``tests/server/postgres.py``: Debian's postgresql, 127.0.0.1)
and P server processes (default 3) on one database, each on its own port as hosts behind a
load balancer would be. One meeting with S sessions (default 50). For each level N (default
2,000 and 5,000; ``--quick``: 300) N event streams are opened, spread round-robin over the
processes and the sessions. Each round, staff edit one person of the roster through one
process (the next one each round): a meeting-wide change, so every one of the N subscribers
must get it. Its arrival is timed per subscriber (raw sockets, as in ``server_fanout.py``) and
split into same-process (the subscriber's process took the push) and cross-process (it heard
of it through PostgreSQL's NOTIFY).

Then the push rate: C clients (default 20), each a console of its own session, push one
``adjust_time`` after the other for D seconds, all through one process, then spread over all
P. Reported: pushes per second and the answer's p50/p95.

Reported per level: delivery p50/p95/max (from just before the push to the arrival),
same- against cross-process, changes missed (must be 0), memory per stream (the processes'
RSS with the streams open less idle, per stream). One JSON line last. Goals (issue 16):
cross-process p95 <= 100 ms at 2,000 subscribers, no change missed.

    .venv/bin/python bench/server_processes.py            # ~3 min
    .venv/bin/python bench/server_processes.py --quick    # ~40 s
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "server"))

import contextlib

from postgres import create_database, postgres_binaries, postgres_cluster
from server_common import Http, Server, describe, emit_json, load_average, raise_nofile, rss_kib
from server_fanout import Fanout, Subscriber, sse_request


def start_processes(workdir: Path, url: str, count: int, heartbeat_s: float) -> list[Server]:
    servers = []
    for number in range(count):
        server = Server(
            workdir / f"process-{number + 1}",
            heartbeat_s=heartbeat_s,
            db_url=url,
            extra_args=["--max-streams-per-token", "100000"],
        )
        server.start()  # one after the other: the first brings the schema up to date
        servers.append(server)
    return servers


def conference(server: Server, sessions: int) -> dict[str, Any]:
    """One meeting of ``sessions`` sessions (the demo's, and empty ones beside it)."""
    from server_common import demo_upload, http_call

    (staff,) = server.create_tokens([{"role": "staff", "meeting": "conf"}])
    upload = demo_upload("conf")
    (first,) = upload["sessions"]
    for number in range(2, sessions + 1):
        upload["sessions"].append({**first, "id": f"conf-room-{number}", "title": f"Room {number}"})
    status, body = http_call(server.port, "PUT", "/api/v1/meetings/conf", token=staff, body=upload)
    if status != 200:
        raise RuntimeError(f"upload failed: {status} {body}")
    person = upload["participants"][0]
    return {
        "staff": staff,
        "sessions": [s["id"] for s in upload["sessions"]],
        "entry_ids": [e["id"] for e in upload["entries"]],
        "person": person,
    }


def edit_person(meeting: dict[str, Any], mutation_id: int) -> dict[str, Any]:
    person = meeting["person"]
    return {
        "id": mutation_id,
        "name": "edit_participant",
        "args": {
            "session_id": meeting["sessions"][0],
            "participant_id": person["id"],
            "person_name": person["name"],
            "function": f"Rapporteur {mutation_id}",
            "organisation": person.get("organisation", ""),
        },
    }


def floor(meeting: dict[str, Any], mutation_id: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "give_floor",
        "args": {
            "session_id": meeting["sessions"][0],
            "entry_id": meeting["entry_ids"][0],
            "turn_id": "bench-turn",
            "at_ms": int(time.time() * 1000),
        },
    }


def adjust(session_id: str, mutation_id: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "adjust_time",
        "args": {"session_id": session_id, "delta_ms": 1000 if mutation_id % 2 else -1000},
    }


class Rounds:
    """Push one mutation through one process and time its arrival at every given stream."""

    def __init__(self, fanout: Fanout, pushers: list[Http], args: argparse.Namespace) -> None:
        self.fanout = fanout
        self.pushers = pushers
        self.args = args
        self.same: list[float] = []
        self.cross: list[float] = []
        self.missed = 0

    async def one(
        self,
        pusher: int,
        mutation: dict[str, Any],
        streams: list[tuple[int, str, Subscriber]],
        record: bool = True,
    ) -> None:
        await asyncio.sleep(self.args.gap)
        v_prev = max(self.fanout.counts, default=0)
        self.fanout.after = v_prev
        self.fanout.expected = len(streams)
        self.fanout.done.clear()
        t0 = time.perf_counter()
        status, body = await asyncio.to_thread(
            self.pushers[pusher].call,
            "POST",
            "/api/v1/push",
            {"client_id": "bench-staff", "mutations": [mutation]},
        )
        if status != 200 or body["results"][0]["status"] != "applied":
            raise RuntimeError(f"push refused: {status} {body}")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.fanout.done.wait(), self.args.round_timeout)
        new = sorted(v for v in self.fanout.counts if v > v_prev)
        if not record:
            return
        version = new[-1] if new else None
        for process, _session, subscriber in streams:
            arrived = subscriber.arrivals.get(version) if version is not None else None
            if arrived is None:
                self.missed += 1
                continue
            (self.same if process == pusher else self.cross).append((arrived - t0) * 1000)

    def result(self) -> dict[str, Any]:
        return {
            "missed": self.missed,
            "same": describe(self.same),
            "cross": describe(self.cross),
        }


async def open_streams(
    servers: list[Server], sessions: list[str], token: str, n: int, fanout: Fanout
) -> list[tuple[int, str, Subscriber]]:
    loop = asyncio.get_running_loop()
    gate = asyncio.Semaphore(200)
    opened: list[tuple[int, str, Subscriber]] = []

    async def one(index: int) -> None:
        process = index % len(servers)
        session = sessions[(index // len(servers)) % len(sessions)]
        server = servers[process]
        async with gate:
            ready: asyncio.Future[bool] = loop.create_future()
            subscriber = Subscriber(fanout, sse_request(server.port, session, token), ready)
            try:
                await loop.create_connection(lambda: subscriber, "127.0.0.1", server.port)
                if await asyncio.wait_for(ready, 60):
                    opened.append((process, session, subscriber))
            except (OSError, TimeoutError) as error:
                fanout.failures.append(repr(error))

    await asyncio.gather(*(one(index) for index in range(n)))
    return opened


async def fan_out_level(
    n: int, args: argparse.Namespace, workdir: Path, admin: str
) -> dict[str, Any]:
    url = create_database(admin, f"fanout_{n}")
    servers = start_processes(workdir / f"fanout-{n}", url, args.processes, args.heartbeat)
    try:
        meeting = conference(servers[0], args.sessions)
        (display,) = servers[0].create_tokens([{"role": "display", "meeting": "conf"}])
        idle = [rss_kib(s.pid) or 0 for s in servers]
        fanout = Fanout()
        started = time.perf_counter()
        streams = await open_streams(servers, meeting["sessions"], display, n, fanout)
        connect_s = time.perf_counter() - started
        await asyncio.sleep(1.0)
        connected = [rss_kib(s.pid) or 0 for s in servers]
        pushers = [Http(s.port, meeting["staff"]) for s in servers]
        rounds = Rounds(fanout, pushers, args)
        # A roster edit: meeting-wide, every subscriber of every session must get it.
        for index in range(args.rounds):
            await rounds.one(index % len(servers), edit_person(meeting, index + 1), streams)
        wide = rounds.result()
        # A chair's action in one room: its subscribers only (the everyday case).
        room = meeting["sessions"][0]
        in_room = [stream for stream in streams if stream[1] == room]
        rounds = Rounds(fanout, pushers, args)
        await rounds.one(0, floor(meeting, args.rounds + 1), in_room, record=False)
        for index in range(args.rounds):
            mutation = adjust(room, args.rounds + 2 + index)
            await rounds.one(index % len(servers), mutation, in_room)
        one_room = rounds.result()
        for pusher in pushers:
            pusher.close()
        for _process, _session, subscriber in streams:
            if subscriber.transport is not None:
                subscriber.transport.close()
        per_stream = (sum(connected) - sum(idle)) / max(1, len(streams))
        return {
            "subscribers": n,
            "connected": len(streams),
            "connect_s": round(connect_s, 2),
            "rounds": args.rounds,
            "missed": wide["missed"] + one_room["missed"],
            "same_process_ms": wide["same"],
            "cross_process_ms": wide["cross"],
            "one_room": {"subscribers": len(in_room), **one_room},
            "memory_per_stream_kib": round(per_stream, 1),
            "rss_idle_kib": idle,
            "rss_connected_kib": connected,
            "failures": fanout.failures[:5],
            "dropped": fanout.lost,
        }
    finally:
        for server in servers:
            server.kill()


def push_rate(args: argparse.Namespace, workdir: Path, admin: str) -> dict[str, Any]:
    url = create_database(admin, "push_rate")
    servers = start_processes(workdir / "push", url, args.processes, args.heartbeat)
    try:
        consoles = []
        for number in range(args.clients):
            demo = servers[0].load_demo(f"room{number}")
            (chair,) = servers[0].create_tokens(
                [{"role": "chair", "meeting": demo["meeting_id"], "sessions": [demo["session_id"]]}]
            )
            consoles.append((demo, chair))
        results = {}
        for label, spread in (("1_process", 1), (f"{len(servers)}_processes", len(servers))):
            results[label] = _push_round(servers[:spread], consoles, args.push_seconds, label)
        return results
    finally:
        for server in servers:
            server.kill()


def _push_round(
    servers: list[Server], consoles: list[tuple[dict[str, Any], str]], seconds: float, label: str
) -> dict[str, Any]:
    latencies: list[float] = []
    counts = [0] * len(consoles)
    errors: list[str] = []
    start = threading.Barrier(len(consoles) + 1)
    lock = threading.Lock()

    def console(index: int) -> None:
        demo, chair = consoles[index]
        session = demo["session_id"]
        client = Http(servers[index % len(servers)].port, chair)
        client_id = f"bench-{label}-{index}"
        first = {
            "id": 1,
            "name": "give_floor",
            "args": {
                "session_id": session,
                "entry_id": demo["entry_ids"][0],
                "turn_id": f"{client_id}-turn",
                "at_ms": int(time.time() * 1000),
            },
        }
        client.call("POST", "/api/v1/push", {"client_id": client_id, "mutations": [first]})
        start.wait()
        deadline = time.perf_counter() + seconds
        mutation_id = 1
        mine: list[float] = []
        while time.perf_counter() < deadline:
            mutation_id += 1
            mutation = {
                "id": mutation_id,
                "name": "adjust_time",
                "args": {"session_id": session, "delta_ms": 1000 if mutation_id % 2 else -1000},
            }
            t0 = time.perf_counter()
            status, body = client.call(
                "POST", "/api/v1/push", {"client_id": client_id, "mutations": [mutation]}
            )
            mine.append((time.perf_counter() - t0) * 1000)
            if status != 200 or body["results"][0]["status"] != "applied":
                errors.append(f"{status} {str(body)[:120]}")
                break
            counts[index] += 1
        client.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=console, args=(i,)) for i in range(len(consoles))]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    return {
        "processes": len(servers),
        "clients": len(consoles),
        "pushes": sum(counts),
        "pushes_per_s": round(sum(counts) / wall, 1),
        "answer_ms": describe(latencies),
        "errors": errors[:5],
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    raise_nofile(65536)
    folder = Path(tempfile.mkdtemp(prefix="moderator-bench-"))
    # Its own folder: PostgreSQL runs as ``postgres``, which must own it (and reach it).
    cluster_folder = Path(tempfile.mkdtemp(prefix="moderator-bench-pg-"))
    try:
        with postgres_cluster(cluster_folder) as admin:
            levels = []
            for n in args.levels:
                level = await fan_out_level(n, args, folder, admin)
                levels.append(level)
                print(
                    f"{n} subscribers over {args.processes} processes, {args.sessions} sessions: "
                    f"cross p50/p95/max {level['cross_process_ms'].get('p50')}/"
                    f"{level['cross_process_ms'].get('p95')}/{level['cross_process_ms'].get('max')}"
                    f" ms, same {level['same_process_ms'].get('p50')}/"
                    f"{level['same_process_ms'].get('p95')}/{level['same_process_ms'].get('max')}"
                    f" ms, missed {level['missed']}, "
                    f"{level['memory_per_stream_kib']} KiB per stream",
                    flush=True,
                )
                room = level["one_room"]
                print(
                    f"  one room's {room['subscribers']} subscribers: cross p50/p95/max "
                    f"{room['cross'].get('p50')}/{room['cross'].get('p95')}/"
                    f"{room['cross'].get('max')} ms, same {room['same'].get('p50')}/"
                    f"{room['same'].get('p95')}/{room['same'].get('max')} ms",
                    flush=True,
                )
            pushes = await asyncio.to_thread(push_rate, args, folder, admin)
            for label, result in pushes.items():
                print(
                    f"pushes, {result['clients']} clients, {label}: {result['pushes_per_s']}/s, "
                    f"answer p50/p95 {result['answer_ms'].get('p50')}/"
                    f"{result['answer_ms'].get('p95')} ms",
                    flush=True,
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(cluster_folder, ignore_errors=True)
    return {"bench": "server_processes", "load": load_average(), "fanout": levels, "push": pushes}


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--levels", type=lambda t: [int(x) for x in t.split(",")])
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between rounds")
    parser.add_argument("--round-timeout", type=float, default=20.0)
    parser.add_argument("--heartbeat", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--push-seconds", type=float, default=8.0)
    args = parser.parse_args()
    if args.levels is None:
        args.levels = [300] if args.quick else [2000, 5000]
    if args.quick:
        args.rounds, args.push_seconds = 3, 3.0
    return args


def main() -> int:
    if postgres_binaries() is None:
        print("PostgreSQL (Debian's postgresql package) is not installed", file=sys.stderr)
        return 2
    args = parse()
    emit_json(asyncio.run(main_async(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
