"""Start-up to the first painted window: the real console against an empty PySide6 window.

For each of N rounds, one after the other (so that machine noise hits all alike):

- ``empty``: ``python bench/empty_window.py`` (PySide6, QApplication, an empty QMainWindow);
- ``console``: ``python -m moderator --db <copy of a prepared demo DB> --log-json --control-stdin``;
- ``full day``: the same on a copy of a DB with 10 sessions × 25 speakers (``--session`` the
  fifth one, half-way through the day, with the four before it played through);
- in the first few rounds, ``first start``: the console on a path with no database yet (schema
  migration and demo load included, as a chair's very first start).

The console's bytecode is compiled before the rounds (``compileall``), as an installed console
has it; where ``PYTHONDONTWRITEBYTECODE`` is set (this sandbox), starts would otherwise compile
every module from source each time.

Each time is from ``time.monotonic()`` in this process just before ``Popen`` to the child's
``at_monotonic`` of its first ``paintEvent`` (CLOCK_MONOTONIC is system-wide on Linux). After the
first paint the console gets ``quit`` on stdin and must exit with 0. Reported: medians, p90 and
the ratio console/empty (target ≤ 1.5), both of the medians and the median of per-round ratios.

    .venv/bin/python bench/startup.py            # 15 rounds
    .venv/bin/python bench/startup.py --quick    # 4 rounds, for CI
    .venv/bin/python bench/startup.py --importtime   # also: where the console's imports go
"""

from __future__ import annotations

import argparse
import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import (
    REPO_ROOT,
    bench_environment,
    copy_database,
    create_database,
    describe,
    emit_json,
    generated_meeting,
    percentile,
    play_through,
    temporary_directory,
)

TARGET_RATIO = 1.5
CHILD_TIMEOUT_S = 60
EMPTY_WINDOW = Path(__file__).resolve().parent / "empty_window.py"
PHASES = Path(__file__).resolve().parent / "startup_phases.py"


class StartFailed(RuntimeError):
    pass


def run_to_first_paint(
    command: list[str], env: dict[str, str], paint_stream: str, send_quit: bool
) -> dict:
    """Start ``command``; return seconds to its first paint (and more), after it has exited."""
    lines: queue.Queue[tuple[str, str | None]] = queue.Queue()

    def pump(name: str, stream) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            lines.put((name, line))
        lines.put((name, None))

    start_wall = time.time()
    start = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE if send_quit else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    pumps = [
        threading.Thread(target=pump, args=("stdout", process.stdout), daemon=True),
        threading.Thread(target=pump, args=("stderr", process.stderr), daemon=True),
    ]
    for thread in pumps:
        thread.start()
    first_paint = ready_wall = session_id = None
    demo_loaded = False
    seen: list[str] = []
    open_streams = 2
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    try:
        # The console logs "console ready" after its first paint, once its store is open for
        # the first action; the reference window logs only its paint.
        while open_streams and (first_paint is None or (send_quit and ready_wall is None)):
            try:
                name, line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise StartFailed(f"no first paint within {CHILD_TIMEOUT_S} s") from None
            if line is None:
                open_streams -= 1
                continue
            seen.append(line)
            document = _json_or_none(line)
            if document is None:
                continue
            if document.get("message") == "console ready":
                ready_wall = document.get("time")
                session_id = document.get("session_id")
            demo_loaded |= document.get("message") == "demo meeting loaded"
            if name == paint_stream and document.get("message") == "first paint":
                first_paint = float(document["at_monotonic"])
        if first_paint is None:
            raise StartFailed("the process ended without a first paint")
        quit_at = time.monotonic()
        if send_quit:
            assert process.stdin is not None
            process.stdin.write("quit\n")
            process.stdin.flush()
            process.stdin.close()
        # A blocking wait (waitpid) gives the exit time exactly; wait(timeout) polls in steps
        # of up to 50 ms. The watchdog kills a child that does not quit.
        watchdog = threading.Timer(CHILD_TIMEOUT_S, process.kill)
        watchdog.start()
        code = process.wait()
        exited_at = time.monotonic()
        watchdog.cancel()
    except BaseException as error:
        process.kill()
        process.wait()
        tail = "".join(seen[-15:])
        raise StartFailed(f"{' '.join(command)}: {error}\n--- last output ---\n{tail}") from error
    for thread in pumps:
        thread.join(timeout=5)
    if code != 0:
        raise StartFailed(f"{' '.join(command)} exited with {code}:\n{''.join(seen[-15:])}")
    return {
        "first_paint_s": first_paint - start,
        # The log's "time" is wall-clock, rounded to 1 ms: good enough to split the start.
        "ready_s": None if ready_wall is None else ready_wall - start_wall,
        "quit_to_exit_s": exited_at - quit_at,
        "session_id": session_id,
        "demo_loaded": demo_loaded,
    }


def _json_or_none(line: str) -> dict | None:
    line = line.strip()
    if not line.startswith("{"):
        return None  # Qt's own messages, e.g. "This plugin does not support ..."
    try:
        document = json.loads(line)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def console_command(db: Path, session_id: str | None = None) -> list[str]:
    command = [sys.executable, "-m", "moderator", "--db", str(db), "--log-json", "--control-stdin"]
    if session_id is not None:
        command += ["--session", session_id]
    return command


def prepare_full_day(path: Path) -> tuple[str, int]:
    """10 sessions × 25 speakers; session 5 is running now, sessions 1–4 are played through."""
    from moderator.services.chair.time_source import TimeSource

    bundle = generated_meeting(
        TimeSource().now_ms(),
        sessions=10,
        items_per_session=5,
        entries_per_session=25,
        participants=200,
        running_session=4,
        title="BENCH · full-day agenda",
    )
    create_database(path, [bundle])
    for session in bundle.sessions[:4]:
        play_through(path, session.id)
    opened = bundle.sessions[4]
    play_through(path, opened.id, count=3)  # the chair is three speakers into session 5
    return opened.id, len(bundle.entries)


def ensure_bytecode() -> None:
    """Compile the ``moderator`` package's bytecode (``__pycache__``, git-ignored)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO_ROOT / "moderator")], check=True
    )


def import_profile(env: dict[str, str], db: Path, top: int = 15) -> list[tuple[str, float]]:
    """Cumulative import times (ms) of the console's top-level imports, from ``-X importtime``."""
    command = [sys.executable, "-X", "importtime", *console_command(db)[1:]]
    process = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stderr is not None
    rows = []
    for line in process.stderr:
        if '"first paint"' in line:
            process.stdin.write("quit\n")
            process.stdin.flush()
        if not line.startswith("import time:") or "[us]" in line:
            continue
        _self_us, cumulative_us, raw_name = line[len("import time:") :].rstrip("\n").split("|", 2)
        name = raw_name.strip()
        depth = len(raw_name) - len(raw_name.lstrip(" "))
        rows.append((name, int(cumulative_us) / 1000, depth))
    process.wait(timeout=CHILD_TIMEOUT_S)
    shallowest = min((depth for _, _, depth in rows), default=0)
    top_level = [(name, ms) for name, ms, depth in rows if depth == shallowest]
    return sorted(top_level, key=lambda row: -row[1])[:top]


def phase_profile(env: dict[str, str], db: Path, work: Path, runs: int) -> list[list]:
    """Median duration (s) of each start-up phase, from ``startup_phases.py`` runs."""
    durations: dict[str, list[float]] = {}
    order: list[str] = []
    for _ in range(runs):
        copy = copy_database(db, work / "phases.sqlite3")
        start = time.monotonic()
        output = subprocess.run(
            [sys.executable, str(PHASES), str(copy)],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=True,
        ).stdout
        _remove_database(copy)
        document = next(d for d in map(_json_or_none, output.splitlines()) if d and "phases" in d)
        previous = start
        for name, at in document["phases"]:
            durations.setdefault(name, []).append(at - previous)
            if name not in order:
                order.append(name)
            previous = at
    return [[name, round(percentile(durations[name], 50), 4)] for name in order]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI-sized run (4 rounds)")
    parser.add_argument("--runs", type=int, help="rounds (default 15, quick 4)")
    parser.add_argument("--first-runs", type=int, help="first-start runs (default 3, quick 1)")
    parser.add_argument(
        "--importtime",
        action="store_true",
        help="also run the console once under -X importtime and list the imports",
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="also time the start-up phase by phase (bench/startup_phases.py)",
    )
    args = parser.parse_args()
    runs = args.runs or (4 if args.quick else 15)
    first_runs = args.first_runs if args.first_runs is not None else (1 if args.quick else 3)

    with temporary_directory("moderator-bench-startup-") as tmp:
        work = Path(tmp)
        env = bench_environment(work / "config")
        empty_command = [sys.executable, str(EMPTY_WINDOW)]

        # Preparation, not measured. The console's own bytecode is compiled first, as pip and
        # PyInstaller install it and as any machine has it after the first start: a shell with
        # PYTHONDONTWRITEBYTECODE=1 (this sandbox sets it) never caches it, and every measured
        # start then compiled ~140 modules from source (~40 ms here); PySide6 is compiled at
        # install, so the reference would not pay the same.
        ensure_bytecode()
        # The demo DB is made by a first start of the real console
        # (migration + demo load), so the measured starts are ordinary ones. It also warms the
        # page cache for both programs.
        prepared = work / "demo.sqlite3"
        run_to_first_paint(empty_command, env, "stdout", send_quit=False)
        run_to_first_paint(console_command(prepared), env, "stderr", send_quit=True)
        full_day = work / "full-day.sqlite3"
        full_day_session, full_day_entries = prepare_full_day(full_day)

        results: dict[str, list[dict]] = {"empty": [], "console": [], "full_day": [], "first": []}
        kinds = "empty, console, full day" + (", first start" if first_runs else "")
        print(f"startup: {runs} rounds ({kinds})", flush=True)
        for round_number in range(runs):
            results["empty"].append(run_to_first_paint(empty_command, env, "stdout", False))
            copy = copy_database(prepared, work / "run.sqlite3")
            results["console"].append(
                run_to_first_paint(console_command(copy), env, "stderr", True)
            )
            _remove_database(copy)
            copy = copy_database(full_day, work / "run.sqlite3")
            results["full_day"].append(
                run_to_first_paint(console_command(copy, full_day_session), env, "stderr", True)
            )
            _remove_database(copy)
            if round_number < first_runs:
                fresh = work / f"first-{round_number}.sqlite3"
                results["first"].append(
                    run_to_first_paint(console_command(fresh), env, "stderr", True)
                )
            print(
                f"  round {round_number + 1}/{runs}: empty {_last(results, 'empty')}, "
                f"console {_last(results, 'console')}, full day {_last(results, 'full_day')}"
                + (f", first start {_last(results, 'first')}" if round_number < first_runs else ""),
                flush=True,
            )

        imports = (
            import_profile(env, copy_database(prepared, work / "imports.sqlite3"))
            if args.importtime
            else []
        )
        phases = phase_profile(env, prepared, work, 1 if args.quick else 3) if args.phases else []

    def times(kind: str, key: str = "first_paint_s") -> list[float]:
        return [run[key] for run in results[kind] if run[key] is not None]

    empty, console, full, first = (times(k) for k in ("empty", "console", "full_day", "first"))
    empty_median = percentile(empty, 50)

    def ratio(values: list[float]) -> float | None:
        return round(percentile(values, 50) / empty_median, 3) if values else None

    def paired(values: list[float]) -> float | None:
        pairs = [v / e for v, e in zip(values, empty, strict=False)]
        return round(percentile(pairs, 50), 3) if pairs else None

    wrong_session = sum(run["session_id"] != full_day_session for run in results["full_day"])
    demo_loads = {
        kind: sum(run["demo_loaded"] for run in results[kind])
        for kind in ("console", "full_day", "first")
    }
    ready = times("console", "ready_s")
    ready_after_paint = [r - p for p, r in zip(times("console"), ready, strict=False)]
    document = {
        "bench": "startup",
        "quick": args.quick,
        "rounds": runs,
        "unit": "s",
        "empty": describe(empty),
        "console": describe(console),
        "full_day": describe(full),
        "first_start": describe(first),
        "ratio_console_empty": ratio(console),
        "paired_ratio_console_empty": paired(console),
        "ratio_full_day_empty": ratio(full),
        "paired_ratio_full_day_empty": paired(full),
        "ratio_first_start_empty": ratio(first),
        "target_ratio": TARGET_RATIO,
        "console_ready_s": describe(ready),
        "console_first_paint_to_ready_s": describe(ready_after_paint),
        "console_quit_to_exit_s": describe(times("console", "quit_to_exit_s")),
        "full_day_entries": full_day_entries,
        "full_day_wrong_session": wrong_session,
        "demo_loaded_runs": demo_loads,
        "imports_ms": [[name, round(ms, 1)] for name, ms in imports],
        "phases_s": phases,
    }

    print()
    print(f"{'start-up to first paint':32} {'median':>8} {'p90':>8} {'ratio':>7} {'paired':>7}")
    for label, key, values in (
        ("empty QMainWindow (reference)", None, empty),
        ("console, demo DB", "console", console),
        ("console, full day (10×25)", "full_day", full),
        ("console, first start", "first_start", first),
    ):
        if not values:
            continue
        ratio_text = "" if key is None else f"{ratio(values):>7.2f} {paired(values):>7.2f}"
        print(
            f"{label:32} {percentile(values, 50):>7.3f}s {percentile(values, 90):>7.3f}s "
            f"{ratio_text}"
        )
    verdict = "meets" if document["ratio_console_empty"] <= TARGET_RATIO else "MISSES"
    print(
        f"console/empty = {document['ratio_console_empty']:.2f} (target ≤ {TARGET_RATIO}): "
        f"{verdict} the target"
    )
    print(
        f"console (median): first paint, then store opened for the first action "
        f"('console ready') {percentile(ready_after_paint, 50):.3f}s later "
        f"(log wall times, ±1 ms); quit → exit {document['console_quit_to_exit_s']['median']}s"
    )
    print(
        f"checks: full day opened the asked session in {runs - wrong_session}/{runs} runs; "
        f"demo loaded in {demo_loads['first']}/{len(first)} first starts, "
        f"{demo_loads['console']} ordinary starts, {demo_loads['full_day']} full-day starts"
    )
    if phases:
        print("console start-up phases (median s; bench/startup_phases.py mirrors run_console):")
        for name, seconds in phases:
            print(f"  {seconds:7.3f}  {name}")
    if imports:
        print("console imports, cumulative (ms), top level:")
        for name, ms in imports:
            print(f"  {ms:8.1f}  {name}")
    emit_json(document)
    return 0


def _last(results: dict[str, list[dict]], kind: str) -> str:
    return f"{results[kind][-1]['first_paint_s']:.3f}s"


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
