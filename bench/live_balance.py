"""What the live speaking balance (F6) costs per second while a turn runs, on long days.

The panel sums the report's totals (``domain.report.session_balance``) once per tick of a
running clock, after the list and the countdown repaint. This prints the time of one sum for
sessions with 100, 400 and 1,000 finished turns (and one running), next to the full session
report of the same state (``session_report``), whose totals the panel shows.

    .venv/bin/python bench/live_balance.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (
    create_database,
    describe,
    emit_json,
    generated_meeting,
    play_through,
    temporary_directory,
)


def measure(turns: int, repeat: int, folder: Path) -> dict:
    from moderator.domain.report import session_balance, session_report
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    now = int(time.time() * 1000)
    bundle = generated_meeting(now, entries_per_session=turns + 1, participants=300)
    path = folder / f"balance-{turns}.sqlite3"
    create_database(path, [bundle])
    session_id = bundle.sessions[0].id
    play_through(path, session_id, count=turns + 1)  # the last one still has the floor
    engine = open_database(path)
    try:
        state = Store(engine).load_session_state(session_id)
    finally:
        engine.dispose()
    at = int(time.time() * 1000)
    balance_ms, report_ms = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        session_balance(state, at)
        balance_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        session_report(state, at)
        report_ms.append((time.perf_counter() - started) * 1000)
    return {
        "turns": turns + 1,
        "balance_ms": describe(balance_ms),
        "report_ms": describe(report_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    with temporary_directory("live-balance") as folder:
        rows = [measure(turns, args.repeat, Path(folder)) for turns in (100, 400, 1000)]
    for row in rows:
        print(
            f"{row['turns']:5d} turns: balance median {row['balance_ms']['median']:.2f} ms, "
            f"p95 {row['balance_ms']['p95']:.2f} ms; full report median "
            f"{row['report_ms']['median']:.2f} ms"
        )
    emit_json({"bench": "live_balance", "rows": rows})


if __name__ == "__main__":
    main()
