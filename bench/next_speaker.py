"""The "next speaker" keystroke with 1,000 speakers on the list: commit, model, repaint.

Set-up (all through the application's code): a new SQLite file with one session of 1,000
speakers across 8 agenda items (``Store.add_meeting``), ``open_database``, a ``CommandRunner``,
a ``SessionService`` and the ``MainWindow``, shown offscreen and painted once.

For each of N presses (default 500, ``--quick`` 100):

- ``handler``: from just before ``window.actions["next_speaker"].trigger()`` (the N key's path)
  until it returns. In that time the service decides ``GiveFloor``, commits it to SQLite
  (``BEGIN IMMEDIATE`` … ``COMMIT``, ``synchronous=FULL``), applies it, and emits
  ``sig_state_changed``, whose slots update the list model and the panels synchronously.
- ``repainted``: the handler plus ``QApplication.processEvents()`` right after, which runs the
  posted layout and paint events: the window on screen shows the new speaker.
- ``commit``: ``Store.commit`` alone inside each press (timed by wrapping the method on this
  one ``Store`` instance; the wrapper costs about a microsecond).

Then, on a second copy of the same database without Qt: N ``CommandRunner.execute`` calls
with the same commands, timing ``execute`` and ``Store.commit`` inside it, so the share of the
SQLite transaction in a press is known. Finally a fresh engine reads the file and checks that
every press is in ``command_log``. Targets: median ≤ 5 ms, p99 ≤ 16 ms (one frame).

    .venv/bin/python bench/next_speaker.py [--quick] [--presses N] [--speakers 1000]
    .venv/bin/python bench/next_speaker.py --profile 50   # + cProfile of 50 more presses
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import sys
import time
import uuid
from pathlib import Path

from common import (
    copy_database,
    create_database,
    describe,
    emit_json,
    generated_meeting,
    percentile,
    temporary_directory,
    use_bench_environment_in_process,
)

TARGET_MEDIAN_MS = 5.0
TARGET_P99_MS = 16.0


def timed_method(obj: object, name: str, sink: list[float]) -> None:
    """Replace ``obj.name`` (on this instance only) by a wrapper that appends its duration (ms)."""
    original = getattr(obj, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            sink.append((time.perf_counter() - start) * 1000)

    setattr(obj, name, wrapper)


def filesystem_of(path: Path) -> str:
    """The file system type holding ``path`` (fsync on tmpfs costs nothing, on a disk it does)."""
    best, kind = "", "unknown"
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                _device, mount_point, fs_type, *_ = line.split()
                if str(path.resolve()).startswith(mount_point) and len(mount_point) > len(best):
                    best, kind = mount_point, fs_type
    except OSError:
        pass
    return kind


def build_database(directory: Path, speakers: int) -> tuple[Path, str]:
    from moderator.services.chair.time_source import TimeSource

    bundle = generated_meeting(
        TimeSource().now_ms(),
        sessions=1,
        items_per_session=8,
        entries_per_session=speakers,
        participants=400,
        title="BENCH · 1,000 speakers",
    )
    path = directory / "next-speaker.sqlite3"
    create_database(path, [bundle])
    return path, bundle.sessions[0].id


class Console:
    """The console as ``run_console`` wires it, on ``path``, shown offscreen and painted once."""

    def __init__(self, path: Path, session_id: str) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        from moderator.services.chair.command_runner import CommandRunner
        from moderator.services.chair.session_service import SessionService
        from moderator.services.chair.time_source import TimeSource
        from moderator.storage.database import open_database
        from moderator.storage.repository import Store
        from moderator.ui.chair.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.engine = open_database(path)
        self.store = Store(self.engine)
        self.service = SessionService(
            CommandRunner(self.store, self.store.load_session_state(session_id), TimeSource())
        )
        self.window = MainWindow(self.service, database_label=str(path))
        self.rejected: list[str] = []
        self.service.sig_rejected.connect(self.rejected.append)
        self.service.sig_save_failed.connect(self.rejected.append)

        class PaintCounter(QObject):
            count = 0

            def eventFilter(self, watched, event):  # type: ignore[no-untyped-def] # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self.list_paints, self.countdown_paints = PaintCounter(), PaintCounter()
        self.window.speaker_view.viewport().installEventFilter(self.list_paints)
        self.window.current_panel.countdown.installEventFilter(self.countdown_paints)
        loop = QEventLoop()
        self.window.sig_first_paint.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        self.window.show()
        loop.exec()
        self.app.processEvents()

        self.commit_ms: list[float] = []
        timed_method(self.store, "commit", self.commit_ms)
        self.missed_model = self.missed_list_paint = self.countdown_repaints = 0

    def press(self) -> tuple[float, float, float]:
        """One N press: (ms until the handler returned, ms until repainted, ms in the commit)."""
        from moderator.ui.chair.speaker_list_model import Column

        service, model = self.service, self.window.speaker_model
        action = self.window.actions["next_speaker"]
        expected = service.state.next_entry()
        list_before = self.list_paints.count
        countdown_before = self.countdown_paints.count
        commits_before = len(self.commit_ms)
        start = time.perf_counter()
        action.trigger()
        handled = time.perf_counter()
        # Checks, not timed: the model shows the expected speaker as speaking.
        if expected is None or service.state.current_entry_id != expected.id:
            self.missed_model += 1
        else:
            status = model.data(model.index(model.row_of_entry(expected.id), Column.STATUS))
            self.missed_model += status != "Speaking"
        paint_start = time.perf_counter()
        self.app.processEvents()
        painted = time.perf_counter()
        self.missed_list_paint += self.list_paints.count == list_before
        self.countdown_repaints += self.countdown_paints.count != countdown_before
        return (
            (handled - start) * 1000,
            (handled - start + painted - paint_start) * 1000,
            sum(self.commit_ms[commits_before:]),
        )

    def idle(self, ms: int) -> None:
        """Let the event loop run (tickers, paints) for ``ms``, as between a chair's presses."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def close(self) -> None:
        self.window.close()
        self.app.processEvents()
        self.engine.dispose()


class GcWatch:
    """Records every garbage collection (generation, ms) while ``active``."""

    def __init__(self) -> None:
        self.active = False
        self.collections: list[tuple[int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self.active:
            self.collections.append(
                (info["generation"], (time.perf_counter() - self._start) * 1000)
            )

    def summary(self) -> dict:
        by_generation = {}
        for generation in (0, 1, 2):
            times = [ms for g, ms in self.collections if g == generation]
            by_generation[f"gen{generation}"] = {
                "count": len(times),
                "max_ms": round(max(times), 2) if times else None,
            }
        return by_generation

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


def full_collection_ms() -> dict:
    """A full ``gc.collect()`` in this process now, and after ``gc.freeze()`` (then undone)."""
    gc.collect()
    start = time.perf_counter()
    gc.collect()
    full = (time.perf_counter() - start) * 1000
    gc.freeze()
    start = time.perf_counter()
    gc.collect()
    frozen = (time.perf_counter() - start) * 1000
    gc.unfreeze()
    return {
        "full_ms": round(full, 2),
        "after_freeze_ms": round(frozen, 2),
        "tracked_objects": len(gc.get_objects()),
    }


def run_ui(
    path: Path, session_id: str, presses: int, spaced: int, gap_ms: int, profile: int
) -> dict:
    console = Console(path, session_id)
    full_gc = full_collection_ms()
    watch = GcWatch()
    watch.active = True
    back_to_back = [console.press() for _ in range(presses)]
    spaced_presses = []
    for _ in range(spaced):
        console.idle(gap_ms)
        spaced_presses.append(console.press())

    watch.active = False
    watch.close()
    profile_text = ""
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(profile):
            console.press()
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(25)
        profile_text = stream.getvalue()

    visible_rows = console.window.speaker_view.viewport().height() // 26
    window_size = [console.window.width(), console.window.height()]
    console.close()
    return {
        "handler_ms": [p[0] for p in back_to_back],
        "repainted_ms": [p[1] for p in back_to_back],
        "commit_in_press_ms": [p[2] for p in back_to_back],
        "spaced_handler_ms": [p[0] for p in spaced_presses],
        "spaced_repainted_ms": [p[1] for p in spaced_presses],
        "spaced_commit_ms": [p[2] for p in spaced_presses],
        "missed_model": console.missed_model,
        "missed_list_paint": console.missed_list_paint,
        "countdown_repaints": console.countdown_repaints,
        "rejected": console.rejected,
        "visible_rows": visible_rows,
        "window_size": window_size,
        "gc_during_presses": watch.summary(),
        "gc_full_collection": full_gc,
        "profile": profile_text,
        "presses_total": presses + spaced + profile,
    }


def run_list_diagnosis(path: Path, session_id: str, presses: int) -> dict:
    """Reopen the console with ``SpeakerListModel.data`` counted and timed, and press again.

    Shiboken resolves a Python override of a virtual when the object is created, so the class
    is patched (in this process only) before the window is built, and restored afterwards.
    """
    from moderator.ui.chair.speaker_list_model import SpeakerListModel

    calls = [0]
    spent_ms = [0.0]
    original = SpeakerListModel.data

    def counted_data(self, index, role=0):  # type: ignore[no-untyped-def]
        begin = time.perf_counter()
        try:
            return original(self, index, role)
        finally:
            spent_ms[0] += (time.perf_counter() - begin) * 1000
            calls[0] += 1

    from PySide6.QtCore import QSettings

    # The first console saved its geometry on close; open this one at the same default size.
    QSettings().remove("mainWindow/geometry")
    SpeakerListModel.data = counted_data  # type: ignore[method-assign]
    try:
        console = Console(path, session_id)
        calls[0], spent_ms[0] = 0, 0.0
        repainted = [console.press()[1] for _ in range(presses)]
        press_calls, press_ms = calls[0], spent_ms[0]
        # Synchronous full repaints, one widget at a time: what each costs on its own.
        list_paint_ms, countdown_paint_ms, calls_per_list_paint = [], [], []
        viewport = console.window.speaker_view.viewport()
        countdown = console.window.current_panel.countdown
        for _ in range(presses):
            before = calls[0]
            start = time.perf_counter()
            viewport.repaint()
            list_paint_ms.append((time.perf_counter() - start) * 1000)
            calls_per_list_paint.append(calls[0] - before)
            start = time.perf_counter()
            countdown.repaint()
            countdown_paint_ms.append((time.perf_counter() - start) * 1000)
        console.close()
    finally:
        SpeakerListModel.data = original  # type: ignore[method-assign]
    return {
        "data_calls_per_press": press_calls / presses,
        "data_ms_per_press": press_ms / presses,
        "repainted_ms": repainted,
        "list_full_repaint_ms": list_paint_ms,
        "data_calls_per_list_repaint": sum(calls_per_list_paint) / len(calls_per_list_paint),
        "countdown_full_repaint_ms": countdown_paint_ms,
        "window_size": [console.window.width(), console.window.height()],
    }


def run_headless(path: Path, session_id: str, presses: int, durable: bool = True) -> dict:
    """The same commands through ``CommandRunner.execute`` directly: no Qt, no signals.

    With ``durable=False`` (a what-if, for this benchmark's own engine only) connections get
    ``PRAGMA synchronous = OFF`` after the application's set-up, so the commit skips fsync:
    the difference to the durable run is what the disk costs, the rest is CPU.
    """
    from sqlalchemy import event

    from moderator.domain.commands import GiveFloor
    from moderator.services.chair.command_runner import CommandRunner
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    engine = open_database(path)
    if not durable:
        engine.dispose()  # new connections run the app's set-up first, then this one

        @event.listens_for(engine, "connect")
        def _no_fsync(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.execute("PRAGMA synchronous = OFF")

    store = Store(engine)
    runner = CommandRunner(store, store.load_session_state(session_id), TimeSource())
    commit_ms: list[float] = []
    timed_method(store, "commit", commit_ms)
    execute_ms = []
    for _ in range(presses):
        upcoming = runner.state.next_entry()
        command = GiveFloor(
            session_id=session_id,
            entry_id=upcoming.id,
            turn_id=uuid.uuid4().hex,
            at_ms=runner.time_source.now_ms(),
        )
        start = time.perf_counter()
        runner.execute(command)
        execute_ms.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return {"execute_ms": execute_ms, "commit_ms": commit_ms}


def fsync_reference(directory: Path, count: int) -> list[float]:
    """ms of ``os.fsync`` after a 4 KiB append, in the database's folder: the disk's floor."""
    target = directory / "fsync-reference.bin"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    times = []
    try:
        for _ in range(count):
            os.write(descriptor, b"\0" * 4096)
            start = time.perf_counter()
            os.fsync(descriptor)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        os.close(descriptor)
        target.unlink(missing_ok=True)
    return times


def verify(path: Path, session_id: str, presses: int) -> dict:
    """Read the file with a fresh engine: every press journaled, and the state as expected."""
    from moderator.domain.model import EntryState
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    engine = open_database(path)
    try:
        store = Store(engine)
        log = [c for c in store.command_log() if c.session_id == session_id]
        state = store.load_session_state(session_id)
    finally:
        engine.dispose()
    give_floor = sum(1 for c in log if c.name == "give_floor")
    states = [e.state for e in state.entries]
    return {
        "give_floor_logged": give_floor,
        "other_commands_logged": len(log) - give_floor,
        "turns": len(state.turns),
        "done": states.count(EntryState.DONE),
        "speaking": states.count(EntryState.SPEAKING),
        "ok": give_floor == presses
        and len(state.turns) == presses
        and states.count(EntryState.DONE) == presses - 1
        and states.count(EntryState.SPEAKING) == 1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI-sized run (100 presses)")
    parser.add_argument("--presses", type=int, help="back-to-back presses (default 500, quick 100)")
    parser.add_argument(
        "--spaced",
        type=int,
        help="extra presses with the event loop idle in between (default 40, quick 10)",
    )
    parser.add_argument("--gap-ms", type=int, default=250, help="idle time before a spaced press")
    parser.add_argument("--speakers", type=int, default=1000, help="speakers on the list")
    parser.add_argument("--dir", type=Path, help="folder for the database (default: temp)")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="K",
        help="after the timed presses, profile K more with cProfile",
    )
    args = parser.parse_args()
    presses = args.presses or (100 if args.quick else 500)
    spaced = args.spaced if args.spaced is not None else (10 if args.quick else 40)
    diagnose = 10 if args.quick else 20
    if presses + spaced + diagnose + args.profile > args.speakers:
        parser.error("more presses than speakers on the list")

    with temporary_directory("moderator-bench-next-") as tmp:
        work = Path(tmp)
        use_bench_environment_in_process(work)
        directory = args.dir or work
        path, session_id = build_database(directory, args.speakers)
        durable_copy = copy_database(path, directory / "next-speaker-headless.sqlite3")
        no_fsync_copy = copy_database(path, directory / "next-speaker-no-fsync.sqlite3")
        fs_type = filesystem_of(path)
        # Write the prepared files out now: on ext4 (data=ordered) the first fsyncs would
        # otherwise also flush these megabytes, and the first phase would pay for them.
        os.sync()
        from PySide6.QtCore import qInstallMessageHandler

        # The offscreen plugin says "does not support propagateSizeHints()" at each relayout.
        qt_messages: list[str] = []
        qInstallMessageHandler(lambda _kind, _context, message: qt_messages.append(message))
        ui = run_ui(path, session_id, presses, spaced, args.gap_ms, args.profile)
        diagnosis = run_list_diagnosis(path, session_id, diagnose)
        checked = verify(path, session_id, ui["presses_total"] + diagnose)
        headless = run_headless(durable_copy, session_id, presses)
        no_fsync = run_headless(no_fsync_copy, session_id, presses, durable=False)
        fsync_ms = fsync_reference(directory, min(presses, 200))
        if args.dir is not None:
            for leftover in (path, durable_copy, no_fsync_copy):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(leftover) + suffix).unlink(missing_ok=True)

    handler, repainted, commit_ui = ui["handler_ms"], ui["repainted_ms"], ui["commit_in_press_ms"]
    execute, commit = headless["execute_ms"], headless["commit_ms"]
    share_ui = sum(commit_ui) / sum(handler)
    share_headless = sum(commit) / sum(execute)

    def meets(values: list[float]) -> bool:
        return (
            percentile(values, 50) <= TARGET_MEDIAN_MS and percentile(values, 99) <= TARGET_P99_MS
        )

    document = {
        "bench": "next_speaker",
        "quick": args.quick,
        "presses": presses,
        "speakers": args.speakers,
        "unit": "ms",
        "filesystem": fs_type,
        "handler": describe(handler),
        "repainted": describe(repainted),
        "commit_in_press": describe(commit_ui),
        "commit_share_of_handler": round(share_ui, 3),
        "repaint_share_of_repainted": round(1 - sum(handler) / sum(repainted), 3),
        "first_press_handler": round(handler[0], 3),
        "spaced": {
            "presses": spaced,
            "gap_ms": args.gap_ms,
            "handler": describe(ui["spaced_handler_ms"]),
            "repainted": describe(ui["spaced_repainted_ms"]),
            "commit_in_press": describe(ui["spaced_commit_ms"]),
        },
        "headless_execute": describe(execute),
        "headless_commit": describe(commit),
        "commit_share_of_execute": round(share_headless, 3),
        "headless_commit_without_fsync": describe(no_fsync["commit_ms"]),
        "fsync_4k": describe(fsync_ms),
        "list_data_calls_per_press": diagnosis["data_calls_per_press"],
        "list_data_ms_per_press": round(diagnosis["data_ms_per_press"], 3),
        "list_full_repaint": describe(diagnosis["list_full_repaint_ms"]),
        "list_data_calls_per_full_repaint": diagnosis["data_calls_per_list_repaint"],
        "countdown_full_repaint": describe(diagnosis["countdown_full_repaint_ms"]),
        "targets": {"median": TARGET_MEDIAN_MS, "p99": TARGET_P99_MS},
        "meets_targets_handler": meets(handler),
        "meets_targets_repainted": meets(repainted),
        "meets_targets_spaced_handler": meets(ui["spaced_handler_ms"]),
        "presses_model_not_updated": ui["missed_model"],
        "presses_without_list_repaint": ui["missed_list_paint"],
        "presses_with_countdown_repaint": ui["countdown_repaints"],
        "rejected_or_failed": len(ui["rejected"]),
        "gc_during_presses": ui["gc_during_presses"],
        "gc_full_collection": ui["gc_full_collection"],
        "visible_rows": ui["visible_rows"],
        "window_size": ui["window_size"],
        "diagnosis_window_size": diagnosis["window_size"],
        "qt_messages_suppressed": len(qt_messages),
        "verify": checked,
    }

    from moderator.ui.chair.speaker_list_model import Column

    print(
        f"next_speaker: {presses} presses back to back + {spaced} spaced by {args.gap_ms} ms, "
        f"{args.speakers} speakers, database on {fs_type} (WAL, synchronous=FULL)"
    )
    print(f"{'':40} {'median':>8} {'p95':>8} {'p99':>8} {'max':>8}")
    rows = (
        ("N → handler returned (committed)", handler),
        ("N → repainted (+processEvents)", repainted),
        ("  Store.commit inside the press", commit_ui),
        ("spaced: N → handler returned", ui["spaced_handler_ms"]),
        ("spaced: N → repainted", ui["spaced_repainted_ms"]),
        ("spaced:   Store.commit inside", ui["spaced_commit_ms"]),
        ("headless CommandRunner.execute", execute),
        ("  Store.commit inside execute", commit),
        ("headless Store.commit, no fsync (what-if)", no_fsync["commit_ms"]),
        ("reference: os.fsync of a 4 KiB append", fsync_ms),
    )
    for label, values in rows:
        print(
            f"{label:40} {percentile(values, 50):7.2f}ms {percentile(values, 95):7.2f}ms "
            f"{percentile(values, 99):7.2f}ms {max(values):7.2f}ms"
        )
    print(
        f"targets: median ≤ {TARGET_MEDIAN_MS} ms, p99 ≤ {TARGET_P99_MS} ms → handler "
        f"{'meets' if meets(handler) else 'MISSES'}, repainted "
        f"{'meets' if meets(repainted) else 'MISSES'}, spaced handler "
        f"{'meets' if meets(ui['spaced_handler_ms']) else 'MISSES'}"
    )
    print(
        f"where the time goes: Store.commit is {share_ui:.0%} of the handler "
        f"({share_headless:.0%} of a bare CommandRunner.execute); the repaint after it is "
        f"{document['repaint_share_of_repainted']:.0%} of N → repainted, with "
        f"{diagnosis['data_calls_per_press']:.0f} SpeakerListModel.data() calls taking "
        f"{diagnosis['data_ms_per_press']:.2f} ms per press ({ui['visible_rows']} visible rows "
        f"× {len(Column)} columns; counted in {diagnose} extra presses)"
    )
    print(
        f"synchronous repaint on its own (median): list viewport "
        f"{percentile(diagnosis['list_full_repaint_ms'], 50):.2f} ms "
        f"({diagnosis['data_calls_per_list_repaint']:.0f} data() calls), countdown "
        f"{percentile(diagnosis['countdown_full_repaint_ms'], 50):.2f} ms"
    )
    gcs, full_gc = ui["gc_during_presses"], ui["gc_full_collection"]
    print(
        "garbage collections during the presses: "
        + ", ".join(
            f"{name} {info['count']}" + (f" (max {info['max_ms']:.1f} ms)" if info["count"] else "")
            for name, info in gcs.items()
        )
        + f"; a full collection in this console process takes "
        f"{full_gc['full_ms']:.1f} ms ({full_gc['tracked_objects']} objects), "
        f"{full_gc['after_freeze_ms']:.1f} ms after gc.freeze()"
    )
    print(
        f"checks: model not updated {ui['missed_model']}, no list repaint "
        f"{ui['missed_list_paint']}, countdown repainted in {ui['countdown_repaints']} presses "
        f"(same reading → no repaint), rejected/failed {len(ui['rejected'])}; first press "
        f"{handler[0]:.2f} ms"
    )
    print(
        f"fresh engine: command_log has {checked['give_floor_logged']} give_floor of "
        f"{ui['presses_total'] + diagnose} presses (+{checked['other_commands_logged']} other), "
        f"{checked['turns']} turns, {checked['done']} done, {checked['speaking']} speaking → "
        f"{'OK' if checked['ok'] else 'MISMATCH'}"
    )
    if ui["profile"]:
        print(ui["profile"])
    emit_json(document)
    return 0 if checked["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
