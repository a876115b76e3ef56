"""Remote changes → the chair's window repainted: latency, model resets, selection kept.

The real reference server (``tests/support/live_server.py`` on 127.0.0.1, a fresh SQLite file,
the demo meeting) and the real console as the chair runs it (``moderator.app.Console``: the main
window, session service, command runner, SQLite file and the sync following the session with a
chair token), offscreen. The chair has selected a waiting speaker in the list before the first
change arrives.

N remote changes (default 100; ``--quick`` 30): participants raise and lower their hands in turn
(``POST /api/v1/sessions/{id}/hands``, ``DELETE …/hands/mine``), one at a time. For each:
``t0 = time.monotonic()`` just before the request; **repainted** = the end of the first paint of
the hands table's viewport after its model shows the change (``QApplication.notify`` is
wrapped: the time is taken when the paint event returns); **at the stream** = when the change
reached the sync engine (``_apply_changes`` wrapped on the instance). Printed: p50/p95/max of
t0 → repainted and of at the stream → repainted (the console's own work), the count of
``modelAboutToBeReset`` of the speaker list's and the hands' models over all N changes, and
whether the chair's selected speaker is still the selected one.

The server's hand rate limit (12 per minute per token, burst 6) is respected: every participant
token raises and lowers at most 3 times. Timings are never asserted. One JSON line last.

    .venv/bin/python bench/remote_repaint.py            # ~30 s
    .venv/bin/python bench/remote_repaint.py --quick    # ~10 s
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO_ROOT = BENCH.parent
for _folder in (BENCH, REPO_ROOT / "tests", REPO_ROOT):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from server_common import emit_json  # noqa: E402
from sync_hands import CYCLES_PER_TOKEN, create_participant_tokens  # noqa: E402


class PaintClock(QApplication):
    """Stamps the end of the first paint of one widget (``watched``) that happened while
    ``shown()`` was true: the paint that put the awaited change on screen."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.watched: QObject | None = None
        self.shown: Any = None
        self.painted_at: float | None = None
        self.wake: asyncio.Event | None = None

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        handled = super().notify(receiver, event)
        if (
            receiver is self.watched
            and event.type() == QEvent.Type.Paint
            and self.painted_at is None
            and self.shown is not None
            and self.shown()
        ):
            self.painted_at = time.monotonic()
            if self.wake is not None:
                self.wake.set()
        return handled


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


async def run(args: argparse.Namespace, app: PaintClock, workdir: Path) -> dict[str, Any]:
    import httpx
    from support.live_server import LiveServer

    from moderator.app import Console
    from moderator.services.chair.time_source import TimeSource
    from moderator.services.sync.backend_client import BackendClient
    from moderator.services.sync.sync_engine import download_session
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    server = LiveServer(
        db_path=workdir / "server.sqlite3", log_path=workdir / "server.log", heartbeat_s=15.0
    )
    server.start()
    console = None
    try:
        demo = server.load_demo("demo")
        session_id = demo.session_id
        chair = server.create_token("chair", sessions=[session_id])
        tokens = create_participant_tokens(
            server.db_path, demo.participant_ids[:8], math.ceil(args.changes / 2 / CYCLES_PER_TOKEN)
        )
        path = workdir / "console.sqlite3"
        time_source = TimeSource()
        store = Store(open_database(path))
        client = BackendClient(server.url, chair)
        await download_session(client, store, session_id, time_source.now_ms())
        await client.close()
        console = Console(app, path, time_source)
        console.show_session(store.load_session_state(session_id), store)
        console.window.resize(1280, 720)
        console.prepare_sync(server.url, chair)
        console.started()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while console.sync.status.state != "online":
            if loop.time() > deadline:
                raise RuntimeError(f"the console did not come online: {console.sync.status}")
            await asyncio.sleep(0.05)

        window = console.window
        hands_model = window.hands_panel.model
        resets = {"speaker list": 0, "hands": 0}
        window.speaker_model.modelAboutToBeReset.connect(
            lambda: resets.__setitem__("speaker list", resets["speaker list"] + 1)
        )
        hands_model.modelAboutToBeReset.connect(
            lambda: resets.__setitem__("hands", resets["hands"] + 1)
        )
        state = console.service.state
        waiting = [e for e in state.entries if e.state.value == "waiting"]
        chosen = waiting[len(waiting) // 2].id
        window.speaker_view.selectRow(state.row_of(chosen))
        app.watched = window.hands_panel.view.viewport()
        engine = console.sync.engine
        arrivals: list[float] = []  # when a change reached the console's stream reader
        original_apply = engine._apply_changes

        async def stamped_apply(changes):  # type: ignore[no-untyped-def]
            if any(change.get("entity") == "hand" for change in changes):
                arrivals.append(time.monotonic())
            await original_apply(changes)

        engine._apply_changes = stamped_apply
        app.wake = asyncio.Event()

        def selected() -> str | None:
            rows = window.speaker_view.selectionModel().selectedRows()
            if len(rows) != 1:
                return None
            return console.service.state.entries[rows[0].row()].id

        async def repainted(shown) -> float:  # type: ignore[no-untyped-def]
            """The end of the first paint that shows the change."""
            app.painted_at, app.shown = None, shown
            app.wake.clear()
            try:
                await asyncio.wait_for(app.wake.wait(), timeout=args.timeout)
            except TimeoutError:
                raise RuntimeError("the change was not repainted in time") from None
            assert app.painted_at is not None
            return app.painted_at

        latencies: list[float] = []
        from_stream: list[float] = []
        async with httpx.AsyncClient(base_url=server.url, timeout=10.0) as http:
            hands_path = f"/api/v1/sessions/{session_id}/hands"
            for k in range(args.changes):
                token = tokens[(k // 2) // CYCLES_PER_TOKEN]
                headers = {"Authorization": f"Bearer {token}"}
                await asyncio.sleep(args.gap)
                t0 = time.monotonic()
                if k % 2 == 0:
                    before = {h.id for h in hands_model.hands}
                    waiting_for = asyncio.ensure_future(
                        repainted(lambda before=before: {h.id for h in hands_model.hands} - before)
                    )
                    response = await http.post(hands_path, headers=headers)
                    assert response.status_code == 201, response.text
                    hand_id = response.json()["hand"]["id"]
                    done = await waiting_for
                else:
                    gone = hand_id
                    waiting_for = asyncio.ensure_future(
                        repainted(lambda gone=gone: all(h.id != gone for h in hands_model.hands))
                    )
                    response = await http.delete(f"{hands_path}/mine", headers=headers)
                    assert response.status_code == 200, response.text
                    done = await waiting_for
                latencies.append((done - t0) * 1000)
                arrived = next((t for t in arrivals if t >= t0), None)
                if arrived is not None:
                    from_stream.append((done - arrived) * 1000)
        kept = selected() == chosen
        return {
            "changes": args.changes,
            "repainted_ms": {
                "p50": round(statistics.median(latencies), 2),
                "p95": round(percentile(latencies, 0.95), 2),
                "max": round(max(latencies), 2),
            },
            "stream_to_repainted_ms": {
                "p50": round(statistics.median(from_stream), 2),
                "p95": round(percentile(from_stream, 0.95), 2),
                "max": round(max(from_stream), 2),
                "measured": len(from_stream),
            },
            "model_resets": resets,
            "selection_kept": kept,
        }
    finally:
        if console is not None:
            await console.stop()
            console.window.close()
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="30 changes")
    parser.add_argument("--gap", type=float, default=0.05, help="idle seconds between changes")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    if args.quick:
        args.changes = 30
    import qasync

    app = PaintClock(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as scratch, loop:
        result = loop.run_until_complete(run(args, app, Path(scratch)))
    print(
        f"{result['changes']} remote changes → hands view repainted: "
        f"p50 {result['repainted_ms']['p50']} ms, p95 {result['repainted_ms']['p95']} ms, "
        f"max {result['repainted_ms']['max']} ms"
    )
    stream = result["stream_to_repainted_ms"]
    print(
        f"  of which from the change at the console's stream to repainted: p50 {stream['p50']} "
        f"ms, p95 {stream['p95']} ms, max {stream['max']} ms"
    )
    print(
        f"model resets: speaker list {result['model_resets']['speaker list']}, "
        f"hands {result['model_resets']['hands']}; "
        f"the chair's selected speaker still selected: {result['selection_kept']}"
    )
    emit_json(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
