"""Shared helpers of the server benchmarks (``server_fanout.py``, ``server_push.py``).

The reference server runs as a real subprocess (``python -m moderator.server serve``) on a fresh
SQLite file in a temporary folder, on 127.0.0.1 and a free port, exactly as
``tests/server/conftest.py`` starts it. Tokens are created with the server's own
``create_token`` on the same file; the demo meeting goes in through the real
``PUT /api/v1/meetings/{id}``. Nothing leaves 127.0.0.1 and nothing is written outside the
temporary folder (or ``--dir``).

Self-contained on purpose: the console benchmarks' ``bench/common.py`` is not imported.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

START_TIMEOUT_S = 30.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --- statistics -------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0..100), linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def describe(values: Sequence[float], digits: int = 2) -> dict[str, float | int]:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "min": round(min(values), digits),
        "p50": round(percentile(values, 50), digits),
        "p95": round(percentile(values, 95), digits),
        "p99": round(percentile(values, 99), digits),
        "max": round(max(values), digits),
        "mean": round(sum(values) / len(values), digits),
    }


def emit_json(document: dict[str, Any]) -> None:
    """The machine-readable result: one JSON line, always the last line of the output."""
    sys.stdout.flush()
    print(json.dumps(document, ensure_ascii=False), flush=True)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


# --- processes ----------------------------------------------------------------------------------


def raise_nofile(wanted: int = 65536) -> int:
    """Raise this process's soft open-file limit towards ``wanted`` (never above the hard one)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_kib(pid: int) -> int | None:
    """VmRSS of ``pid`` in KiB (``/proc/<pid>/status``)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def open_fds(pid: int) -> int | None:
    """How many file descriptors ``pid`` has open (sockets included)."""
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` so far (``/proc/<pid>/stat``, all its threads)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def own_cpu_seconds() -> float:
    return time.process_time()


def machine_busy_seconds() -> float:
    """CPU seconds all cores spent not idle since boot (``/proc/stat``; steal included)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


class CpuWatch:
    """CPU seconds of the server, of this process and of everything else, over an interval.

    ``others`` (in cores, 0..os.cpu_count()) shows whether other programs shared the machine
    during the measurement: on a 2-core machine, 1.0 means one core went to someone else.
    """

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.start()

    def start(self) -> None:
        self.t0 = time.perf_counter()
        self.server0 = cpu_seconds(self.server_pid)
        self.own0 = own_cpu_seconds()
        self.machine0 = machine_busy_seconds()

    def stop(self) -> dict[str, float]:
        wall = max(1e-9, time.perf_counter() - self.t0)
        server = cpu_seconds(self.server_pid) - self.server0
        own = own_cpu_seconds() - self.own0
        machine = machine_busy_seconds() - self.machine0
        return {
            "wall_s": round(wall, 3),
            "server_cpu_s": round(server, 3),
            "bench_cpu_s": round(own, 3),
            "server_share": round(server / wall, 2),
            "bench_share": round(own / wall, 2),
            "others_share": round(max(0.0, machine - server - own) / wall, 2),
        }


@dataclass
class Server:
    """``python -m moderator.server serve`` on a fresh SQLite file, as a subprocess."""

    workdir: Path
    heartbeat_s: float = 15.0
    nofile: int = 65536
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    #: what runs ``moderator-server``; a diagnostic may put a profiler in front
    command: list[str] = field(default_factory=lambda: [sys.executable, "-m", "moderator.server"])
    #: a database URL (PostgreSQL) instead of the SQLite file in ``workdir``
    db_url: str | None = None
    #: more ``serve`` options
    extra_args: list[str] = field(default_factory=list)

    @property
    def database(self) -> str:
        return self.db_url or str(self.db_path)

    @property
    def db_path(self) -> Path:
        return self.workdir / "server.sqlite3"

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        nofile = self.nofile
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                *self.command,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--db",
                self.database,
                "--log-json",
                "--heartbeat",
                str(self.heartbeat_s),
                *self.extra_args,
            ],
            stdout=log,
            stderr=log,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=lambda: raise_nofile(nofile),
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log()}")
            try:
                status, _ = http_call(self.port, "GET", "/healthz", timeout=1.0)
                if status == 200:
                    return
            except OSError:
                time.sleep(0.05)  # refused at once: bounded by the deadline
        self.kill()
        raise RuntimeError(f"server did not answer within {START_TIMEOUT_S} s:\n{self.log()}")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after 15 s."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.wait(timeout=10)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self) -> str:
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def log_errors(self) -> list[str]:
        """Log lines at level error/critical, with a traceback, or of a 5xx answer (max 20)."""
        found: list[str] = []
        if not self.log_path.exists():
            return found
        with self.log_path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    record = None
                if isinstance(record, dict):
                    bad = (
                        record.get("level") in ("error", "critical")
                        or "traceback" in record
                        or int(record.get("status") or 0) >= 500
                    )
                else:
                    bad = "Traceback" in line or "ERROR" in line
                if bad:
                    found.append(line.strip()[:300])
                    if len(found) >= 20:
                        break
        return found

    # --- data ------------------------------------------------------------------------------

    def create_tokens(self, specs: list[dict[str, Any]]) -> list[str]:
        """Tokens by the server's own ``create_token``, on the server's file (in-process)."""
        from moderator.server.database import open_server_database
        from moderator.server.tokens.auth import Role, create_token

        db = open_server_database(self.database)
        try:
            with db.write() as connection:
                return [
                    create_token(
                        connection,
                        Role(spec["role"]),
                        spec.get("meeting", "demo"),
                        now_ms=now_ms(),
                        session_ids=spec.get("sessions"),
                        participant_id=spec.get("participant"),
                        label="bench",
                    )
                    for spec in specs
                ]
        finally:
            db.dispose()

    def load_demo(self, meeting_id: str = "demo") -> dict[str, Any]:
        """Upload the demo meeting with a staff token; returns ids and the staff token."""
        (staff,) = self.create_tokens([{"role": "staff", "meeting": meeting_id}])
        upload = demo_upload(meeting_id)
        status, body = http_call(
            self.port, "PUT", f"/api/v1/meetings/{meeting_id}", token=staff, body=upload
        )
        if status != 200:
            raise RuntimeError(f"demo upload failed: {status} {body}")
        (session,) = upload["sessions"]
        return {
            "meeting_id": meeting_id,
            "session_id": session["id"],
            "entry_ids": [e["id"] for e in upload["entries"]],
            "entries": upload["entries"],
            "staff_token": staff,
        }


def demo_upload(meeting_id: str, at_ms: int | None = None) -> dict[str, Any]:
    """The demo meeting as a ``PUT /meetings/{id}`` body (ids prefixed by the meeting id)."""
    from moderator.server.meetings import upload_document
    from moderator.services.agenda.demo import build_demo_meeting

    bundle = build_demo_meeting(at_ms or int(time.time() * 1000))
    return upload_document(bundle, id_prefix=f"{meeting_id}-")


# --- a small blocking HTTP/1.1 client (keep-alive), lighter than httpx for load loops ----------


class Http:
    """One keep-alive connection to the server; JSON in, JSON out."""

    def __init__(self, port: int, token: str | None = None, timeout: float = 30.0) -> None:
        self.port = port
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        payload = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=payload, headers=self.headers)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server closed an idle keep-alive connection: reconnect once. A push is
                # safe to resend (that is the protocol's point), a GET anyway.
                self.connection.close()
                self.connection = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=self.timeout
                )
                if attempt == 2:
                    raise
        try:
            return response.status, json.loads(data) if data else None
        except json.JSONDecodeError:
            return response.status, data.decode("utf-8", "replace")

    def close(self) -> None:
        self.connection.close()


def http_call(
    port: int,
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    timeout: float = 30.0,
) -> tuple[int, Any]:
    client = Http(port, token, timeout)
    try:
        return client.call(method, path, body)
    finally:
        client.close()


def read_feed(
    port: int, token: str, session_id: str, since: int, max_pages: int = 200
) -> tuple[list[dict[str, Any]], int]:
    """All changes of ``session_id`` after ``since`` through the long-poll endpoint (wait=0)."""
    client = Http(port, token)
    changes: list[dict[str, Any]] = []
    cursor = since
    try:
        for _ in range(max_pages):
            status, body = client.call(
                "GET", f"/api/v1/sessions/{session_id}/changes?since={cursor}&limit=5000"
            )
            if status != 200:
                raise RuntimeError(f"changes?since={cursor}: {status} {body}")
            changes.extend(body["changes"])
            if not body["changes"] or body["version"] <= cursor:
                return changes, body["version"]
            cursor = body["version"]
    finally:
        client.close()
    raise RuntimeError(f"feed did not end within {max_pages} pages")


def fsync_reference(directory: Path, count: int = 50) -> list[float]:
    """ms of ``os.fsync`` after a 4 KiB append in ``directory``: the disk's floor per commit."""
    target = directory / "fsync-reference.bin"
    times = []
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for _ in range(count):
            os.write(descriptor, b"\0" * 4096)
            started = time.perf_counter()
            os.fsync(descriptor)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        os.close(descriptor)
        target.unlink(missing_ok=True)
    return times


def filesystem_of(path: Path) -> str:
    """The file system type holding ``path`` (from ``/proc/mounts``, longest mount prefix)."""
    best, kind = "", "?"
    resolved = str(path.resolve())
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) < 3 or len(parts[1]) <= len(best):
                continue
            if resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/"):
                best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind
