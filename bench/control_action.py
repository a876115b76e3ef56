"""A control surface's action → the chair's window repainted: latency over real HTTP.

The real console as the chair runs it (``moderator.app.Console``: main window, session service,
runner, a SQLite file with the demo meeting), offscreen, with its control API on 127.0.0.1
(``Console.control_surfaces().start``, port 0). A client on a thread of its own (as Companion is
a process of its own) sends ``POST /actions/add_time`` and ``/remove_time`` in turn, the clock
paused so that only the action changes the digits. Per action: ``t0 = time.monotonic()`` just
before the request; **repainted** = the end of the first paint of the countdown widget once it
shows the new time (``QApplication.notify`` wrapped, as ``remote_repaint.py`` does);
**answered** = when the client has read the 200. Printed: p50/p95/max of both; timings are not
asserted. One JSON line last.

    .venv/bin/python bench/control_action.py            # ~15 s
    .venv/bin/python bench/control_action.py --quick    # ~5 s
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO_ROOT = BENCH.parent
for _folder in (BENCH, REPO_ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from remote_repaint import PaintClock, percentile  # noqa: E402
from server_common import emit_json  # noqa: E402


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 2),
        "p95": round(percentile(values, 0.95), 2),
        "max": round(max(values), 2),
    }


async def run(args: argparse.Namespace, app: PaintClock, workdir: Path) -> dict[str, Any]:
    import httpx

    from moderator.app import Console
    from moderator.services.agenda.demo import load_demo
    from moderator.services.chair.time_source import TimeSource
    from moderator.services.control.control_settings import ControlConfig
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    path = workdir / "console.sqlite3"
    time_source = TimeSource()
    store = Store(open_database(path))
    load_demo(store, time_source.now_ms())
    console = Console(app, path, time_source)
    console.show_session(store.load_session_state(store.sessions()[0].id), store)
    console.window.resize(1280, 720)
    console.started()
    control = console.control_surfaces()
    try:
        await control.start(ControlConfig(http_port=0))
        base = f"http://127.0.0.1:{control.http_port}"
        window = console.window
        window.actions["next_speaker"].trigger()
        window.actions["start_pause"].trigger()  # paused: only the actions move the digits
        countdown = window.current_panel.countdown
        app.watched = countdown
        app.wake = asyncio.Event()
        loop = asyncio.get_running_loop()
        answered_at: list[float] = []
        requests: asyncio.Queue[str | None] = asyncio.Queue()
        answers: asyncio.Queue[float] = asyncio.Queue()

        def client() -> None:  # Companion's side: a process, here a thread, of its own
            with httpx.Client(base_url=base, timeout=10.0) as http:
                while True:
                    name = asyncio.run_coroutine_threadsafe(requests.get(), loop).result()
                    if name is None:
                        return
                    response = http.post(f"/actions/{name}")
                    done = time.monotonic()
                    assert response.status_code == 200, response.text
                    loop.call_soon_threadsafe(answers.put_nowait, done)

        worker = threading.Thread(target=client, daemon=True)
        worker.start()
        repainted: list[float] = []
        for k in range(args.actions):
            await asyncio.sleep(args.gap)
            before = countdown.reading.digits
            app.painted_at = None
            app.shown = lambda before=before: countdown.reading.digits != before
            app.wake.clear()
            t0 = time.monotonic()
            await requests.put("add_time" if k % 2 == 0 else "remove_time")
            await asyncio.wait_for(app.wake.wait(), timeout=args.timeout)
            done = await asyncio.wait_for(answers.get(), timeout=args.timeout)
            assert app.painted_at is not None
            repainted.append((app.painted_at - t0) * 1000)
            answered_at.append((done - t0) * 1000)
        await requests.put(None)
        worker.join(timeout=10)
        return {
            "actions": args.actions,
            "repainted_ms": _summary(repainted),
            "answered_ms": _summary(answered_at),
        }
    finally:
        await console.stop()
        console.window.close()
        store.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="50 actions")
    parser.add_argument("--gap", type=float, default=0.03, help="idle seconds between actions")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    if args.quick:
        args.actions = 50
    import qasync

    app = PaintClock(sys.argv[:1])
    app.setOrganizationName("Moderator bench")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as scratch, loop:
        os.environ["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        result = loop.run_until_complete(run(args, app, Path(scratch)))
    repainted, answered = result["repainted_ms"], result["answered_ms"]
    print(
        f"{result['actions']} HTTP actions → countdown repainted: p50 {repainted['p50']} ms, "
        f"p95 {repainted['p95']} ms, max {repainted['max']} ms"
    )
    print(
        f"  answered (200 read by the client): p50 {answered['p50']} ms, "
        f"p95 {answered['p95']} ms, max {answered['max']} ms"
    )
    emit_json(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
