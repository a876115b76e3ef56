"""Give the floor out of order, reorder, undo: keystroke to repainted view and committed
transaction, with 1,000 speakers on the list.

Set-up as ``next_speaker.py`` (whose ``Console`` this reuses): a new SQLite file with one
session of 1,000 speakers in 8 agenda items, the real ``MainWindow`` offscreen, painted once.
For each of N rounds (default 300, ``--quick`` 60), three actions on a row picked at random
among the waiting speakers, each through the window's own ``QAction`` (the key's path):

- **give floor** (Enter on the selected row): ``GiveFloor`` to that speaker, out of order;
- **reorder** (Alt+↑ on the selected row): a ``MoveEntry`` one place up (the model announces
  a layout change; the selection follows the speaker);
- **undo** (Ctrl+Z): the inverse of that move, through the ``QUndoStack``.

Each is timed from just before ``QAction.trigger()`` to its return (**handler**: decided,
committed with ``synchronous=FULL``, applied, models and panels updated), plus the
``processEvents()`` that follows (**repainted**); **commit** is ``Store.commit`` alone. After
the run a fresh engine reads the file: the stored order and floor equal the window's.
Targets (issue 5): none stated beyond the console's: median ≤ 5 ms, p99 ≤ 16 ms (one frame).

    .venv/bin/python bench/list_actions.py [--quick] [--rounds N] [--speakers 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

from common import describe, emit_json, temporary_directory, use_bench_environment_in_process
from next_speaker import Console, build_database

TARGET_MEDIAN_MS = 5.0
TARGET_P99_MS = 16.0
ACTIONS = ("give floor", "reorder", "undo")


def timed(console: Console, action_name: str) -> tuple[float, float, float]:
    """Trigger one action: (handler ms, repainted ms, commit ms)."""
    action = console.window.actions[action_name]
    commits_before = len(console.commit_ms)
    start = time.perf_counter()
    action.trigger()
    handled = time.perf_counter()
    console.app.processEvents()
    painted = time.perf_counter()
    return (
        (handled - start) * 1000,
        (painted - start) * 1000,
        sum(console.commit_ms[commits_before:]),
    )


def select(console: Console, entry_id: str) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model, view = console.window.speaker_model, console.window.speaker_view
    index = model.index(model.row_of_entry(entry_id), 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def run(rounds: int, speakers: int, seed: int) -> dict:
    from moderator.domain.model import EntryState
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    rng = random.Random(seed)
    with temporary_directory("moderator-bench-list-") as workdir:
        directory = Path(workdir)
        use_bench_environment_in_process(directory)
        path, session_id = build_database(directory, speakers)
        console = Console(path, session_id)
        samples = {name: ([], [], []) for name in ACTIONS}
        problems: list[str] = []
        try:
            for _ in range(rounds):
                state = console.service.state
                waiting = [e.id for e in state.entries if e.state is EntryState.WAITING]
                if len(waiting) < 3:
                    break
                chosen = rng.choice(waiting[1:])
                select(console, chosen)
                for name, action in (
                    ("reorder", "move_up"),
                    ("undo", "undo"),
                    ("give floor", "give_floor_selected"),
                ):
                    before = console.service.state.row_of(chosen)
                    handler, repainted, commit = timed(console, action)
                    for sink, value in zip(
                        samples[name], (handler, repainted, commit), strict=True
                    ):
                        sink.append(value)
                    state = console.service.state
                    if name == "reorder" and state.row_of(chosen) != before - 1:
                        problems.append(f"reorder did not move the row ({before})")
                    if name == "undo" and state.row_of(chosen) != before + 1:
                        problems.append("undo did not move the row back")
                    if name == "give floor" and state.current_entry_id != chosen:
                        problems.append("the floor did not go to the selected speaker")
            if console.rejected:
                problems.append(f"refused: {console.rejected[:3]}")
            memory = [(e.id, e.state.value) for e in console.service.state.entries]
            current = console.service.state.current_entry_id
        finally:
            console.close()
        engine = open_database(path)
        try:
            stored = Store(engine).load_session_state(session_id)
        finally:
            engine.dispose()
        if [(e.id, e.state.value) for e in stored.entries] != memory:
            problems.append("the file's list differs from the window's")
        if stored.current_entry_id != current:
            problems.append("the file's floor differs from the window's")
    result: dict = {"benchmark": "list_actions", "speakers": speakers, "problems": problems}
    for name, (handler, repainted, commit) in samples.items():
        result[name] = {
            "handler_ms": describe(handler),
            "repainted_ms": describe(repainted),
            "commit_ms": describe(commit),
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI-sized run (60 rounds)")
    parser.add_argument("--rounds", type=int, help="rounds of the three actions (default 300)")
    parser.add_argument("--speakers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rounds = args.rounds or (60 if args.quick else 300)
    start = time.perf_counter()
    result = run(rounds, args.speakers, args.seed)
    load = os.getloadavg()
    print(f"list actions, {args.speakers} speakers, {rounds} rounds, load {load[0]:.2f}")
    print(
        f"{'action':<12} {'handler p50/p99 ms':>20} {'repainted p50/p99 ms':>22} {'commit p50':>11}"
    )
    ok = not result["problems"]
    for name in ACTIONS:
        numbers = result[name]
        handler, repainted = numbers["handler_ms"], numbers["repainted_ms"]
        print(
            f"{name:<12} {handler['median']:>9.2f} / {handler['p99']:<8.2f} "
            f"{repainted['median']:>10.2f} / {repainted['p99']:<9.2f} "
            f"{numbers['commit_ms']['median']:>8.2f}"
        )
        ok &= handler["median"] <= TARGET_MEDIAN_MS and handler["p99"] <= TARGET_P99_MS
    print(f"targets: median ≤ {TARGET_MEDIAN_MS} ms, p99 ≤ {TARGET_P99_MS} ms (handler)")
    print("problems:", result["problems"] or "none")
    result["wall_s"] = round(time.perf_counter() - start, 1)
    result["target_met"] = ok
    emit_json(result)
    return 0 if not result["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
