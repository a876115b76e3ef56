"""Importing the 38C3 congress schedule (frab XML, 1,007 events) into a fresh database.

Per round, on a new SQLite file in a temporary folder, through the application's own code:
**parse** (``load_plan``: read, stream-parse with defusedxml, validate), **apply**
(``apply_import``: match against the database and write everything in one transaction),
their **total**, and a **re-import** of the same plan (everything unchanged, nothing written).
Each phase also reports its CPU load: this process's CPU time over the wall time, and the
share of the machine other programs used meanwhile (on these 2 shared cores a busy neighbour
shows there, not in our numbers).

Memory: one extra round under ``tracemalloc`` gives the **peak of Python allocations** during
parse + apply (tracemalloc slows the code, so its round is not timed); ``ru_maxrss`` is the
whole process's peak resident size at the end (interpreter, SQLAlchemy, the plan and all).

Timings are never asserted. One JSON line last.

    .venv/bin/python bench/import_38c3.py            # 5 rounds, ~10 s
    .venv/bin/python bench/import_38c3.py --quick    # 2 rounds
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO_ROOT = BENCH.parent
for _folder in (BENCH, REPO_ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from common import describe, emit_json  # noqa: E402

from moderator.importers import load_plan  # noqa: E402
from moderator.importers.plan import ImportPlan  # noqa: E402
from moderator.services.agenda.agenda_import import apply_import  # noqa: E402
from moderator.storage.database import open_database  # noqa: E402

DEFAULT_FILE = REPO_ROOT / "tests" / "data" / "samples" / "frab-38c3.schedule.xml"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU seconds all cores spent not idle since boot (``/proc/stat``)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


class Phase:
    """Wall time, own CPU share and the other programs' share of one measured phase."""

    def __enter__(self) -> Phase:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        self.machine0 = machine_busy_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = max(1e-9, time.perf_counter() - self.wall0)
        own = time.process_time() - self.cpu0
        machine = machine_busy_seconds() - self.machine0
        self.cpu_share = own / self.wall
        self.others_share = max(0.0, machine - own) / self.wall


def records_in(plan: ImportPlan) -> int:
    """How many records the plan holds: a first import writes each of them once."""
    c = plan.counts()
    return c.meetings + c.sessions + c.agenda_items + c.participants + c.entries


def one_round(path: Path, folder: Path, index: int) -> dict[str, Phase]:
    engine = open_database(folder / f"round-{index}.sqlite3")
    try:
        with Phase() as parse:
            plan = load_plan(path)
        with Phase() as apply:
            written = apply_import(engine, plan, now_ms=1)
        with Phase() as again:
            unchanged = apply_import(engine, plan, now_ms=2)
    finally:
        engine.dispose()
    assert written.writes() == records_in(plan), "a first import writes every record"
    assert unchanged.writes() == 0, "a re-import of the same file writes nothing"
    return {"parse": parse, "apply": apply, "reimport": again}


def traced_peak(path: Path, folder: Path) -> int:
    engine = open_database(folder / "traced.sqlite3")
    try:
        tracemalloc.start()
        plan = load_plan(path)
        apply_import(engine, plan, now_ms=1)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        engine.dispose()
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 rounds instead of 5")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 5)
    if not args.file.exists():
        print(f"import_38c3: no schedule at {args.file}", file=sys.stderr)
        return 2
    plan = load_plan(args.file)
    counts = plan.counts()
    print(
        f"{args.file.name}: {args.file.stat().st_size / 2**20:.2f} MiB, {counts.sessions} events "
        f"in {counts.rooms} rooms, {counts.participants} persons, {counts.entries} speaker "
        f"entries → {records_in(plan)} records; {rounds} rounds, each into a fresh database"
    )
    results: dict[str, list[Phase]] = {"parse": [], "apply": [], "reimport": []}
    totals: list[float] = []
    with tempfile.TemporaryDirectory(prefix="moderator-bench-import-") as folder:
        for index in range(rounds):
            phases = one_round(args.file, Path(folder), index)
            for name, phase in phases.items():
                results[name].append(phase)
            totals.append(phases["parse"].wall + phases["apply"].wall)
        peak = traced_peak(args.file, Path(folder))
    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"{'phase':<10} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'cpu':>6} {'others':>7}")
    summary = {}
    for name in ("parse", "apply", "reimport"):
        walls = [p.wall * 1000 for p in results[name]]
        stats = describe(walls, 1)
        cpu = sum(p.cpu_share for p in results[name]) / rounds
        others = sum(p.others_share for p in results[name]) / rounds
        summary[name] = {**stats, "cpu_share": round(cpu, 2), "others_share": round(others, 2)}
        print(
            f"{name:<10} {stats['median']:>10.1f} {stats['min']:>8.1f} {stats['max']:>8.1f} "
            f"{cpu:>6.2f} {others:>7.2f}"
        )
    total = describe([t * 1000 for t in totals], 1)
    print(
        f"{'total':<10} {total['median']:>10.1f} {total['min']:>8.1f} {total['max']:>8.1f}"
        "   (parse + apply)"
    )
    print(
        f"peak memory: tracemalloc {peak / 2**20:.1f} MiB (Python allocations during parse + "
        f"apply), ru_maxrss {maxrss_kib / 1024:.1f} MiB (whole process)"
    )
    emit_json(
        {
            "bench": "import_38c3",
            "file": args.file.name,
            "records": records_in(plan),
            "events": counts.sessions,
            "rounds": rounds,
            "parse_ms": summary["parse"],
            "apply_ms": summary["apply"],
            "reimport_ms": summary["reimport"],
            "total_ms": total,
            "tracemalloc_peak_mib": round(peak / 2**20, 2),
            "ru_maxrss_mib": round(maxrss_kib / 1024, 1),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
