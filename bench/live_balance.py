"""What the live speaking balance (F6) costs per second while a turn runs, on long days.

The panel shows the report's totals (``domain.report.session_balance``) at every tick of a
running clock, after the list and the countdown repaint, through a ``BalanceTally`` that keeps
the finished turns' sums. This prints, for sessions with 100, 400 and 1,000 finished turns
(and one running): one whole sum, one second of the tally (the running turn alone), and the
full session report of the same state (``session_report``), whose totals the panel shows.

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
    from moderator.domain.report import BalanceTally, session_balance, session_report
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
    balance_ms, report_ms, tick_ms = [], [], []
    tally = BalanceTally()
    tally.balance(state, at)  # the panel's first sum, when shown
    for second in range(1, repeat + 1):
        started = time.perf_counter()
        shown = tally.balance(state, at + second * 1000)
        tick_ms.append((time.perf_counter() - started) * 1000)
        if shown != session_balance(state, at + second * 1000):
            raise SystemExit("the tally differs from session_balance")
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
        "tally_second_ms": describe(tick_ms),
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
            f"p95 {row['balance_ms']['p95']:.2f} ms; a second of the tally median "
            f"{row['tally_second_ms']['median']:.3f} ms; full report median "
            f"{row['report_ms']['median']:.2f} ms"
        )
    emit_json({"bench": "live_balance", "rows": rows})


if __name__ == "__main__":
    main()
