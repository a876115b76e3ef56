"""The readiness window and "Make sessions available offline…", with the real server on loopback.

The qasync loop runs inside pytest-qt (``already_running=True``): network tasks advance while
``qtbot.waitUntil`` spins Qt. A 20 ms timer measures how late the Qt event loop runs the whole
time: listing, downloading and checking must never freeze the console.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from support.live_server import LiveServer, demo_upload
from support.qt_lag import FREEZE_MS, GENEROUS_LAG_MS, LagMeter
from support.readiness import item_of, keys_of, tick_only

from moderator.domain.order_keys import evenly_spaced_keys
from moderator.services.agenda.demo import load_demo
from moderator.services.agenda.offline import Outcome
from moderator.services.chair.time_source import TimeSource
from moderator.services.display.display_settings import DisplaySettings
from moderator.services.readiness.check import Status
from moderator.services.readiness.local_file import LocalFile
from moderator.services.sync.credentials import BACKEND_URL_SETTING, SERVICE, TokenStore
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.readiness.readiness_dialog import OfflineDownloadDialog, ReadinessDialog

MADRID = ZoneInfo("Europe/Madrid")
MEETING = "day"
#: Copies of the demo's list per session, so each snapshot is a real day's size (~300 speakers).
COPIES = 20


def upload_day(server: LiveServer) -> tuple[str, list[str]]:
    """Three sessions: two today, one tomorrow (Madrid), each with ~300 speakers."""
    now_ms = int(time.time() * 1000)
    upload = demo_upload(MEETING, now_ms)
    upload["meeting"]["is_demo"] = False
    (first,) = upload["sessions"]
    now = dt.datetime.fromtimestamp(now_ms / 1000, tz=MADRID)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    tomorrow = midnight + dt.timedelta(days=1)
    other = midnight + (now - midnight) / 2 if now.hour >= 12 else now + (tomorrow - now) / 2
    starts = [now, other, tomorrow + dt.timedelta(hours=10)]
    sessions, items, entries = [], [], []
    for n, start in enumerate(starts, start=1):
        session_id = f"{MEETING}-s{n}"
        start_ms = int(start.timestamp() * 1000)
        length = first["scheduled_end_ms"] - first["scheduled_start_ms"]
        sessions.append(
            dict(
                first,
                id=session_id,
                title=f"Session {n}",
                scheduled_start_ms=start_ms,
                scheduled_end_ms=start_ms + length,
            )
        )
        for item in upload["agenda_items"]:
            item_id = f"{item['id']}-{n}"
            items.append(dict(item, id=item_id, session_id=session_id))
            own = [e for e in upload["entries"] if e["agenda_item_id"] == item["id"]]
            copies = [(c, e) for c in range(COPIES) for e in own]
            for key, (c, entry) in zip(evenly_spaced_keys(len(copies)), copies, strict=True):
                entries.append(
                    dict(entry, id=f"{entry['id']}-{n}-{c}", agenda_item_id=item_id, order_key=key)
                )
    staff = server.create_token("staff", MEETING)
    with server.client(staff) as client:
        body = {**upload, "sessions": sessions, "agenda_items": items, "entries": entries}
        client.put(f"/api/v1/meetings/{MEETING}", json=body).raise_for_status()
    return staff, [s["id"] for s in sessions]


def test_readiness_window_and_making_sessions_available_offline(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path, no_keyring
):
    staff, (s1, s2, s3) = upload_day(live_server)
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    open_session = load_demo(store, TimeSource().now_ms()).sessions[0].id  # on screen
    tokens = TokenStore()
    display = DisplaySettings(QSettings(str(tmp_path / "display.ini"), QSettings.Format.IniFormat))
    display.screen_name = "HDMI-1"  # remembered from yesterday's venue: not connected here
    dialog = ReadinessDialog(
        LocalFile(path, store), tokens, open_session_id=open_session, display_settings=display
    )
    qtbot.addWidget(dialog)
    lag = LagMeter()
    try:
        dialog.show()
        assert not dialog.isModal()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        report = dialog.report
        assert item_of(report, "backend_url").status is Status.WARNING  # nothing set up yet
        assert item_of(report, "display").status is Status.WARNING
        assert "“HDMI-1” is not connected" in item_of(report, "display").text
        assert dialog.items.count() == len(report.items)
        # Every row says its status in words and symbols, and has an icon: not colour alone.
        for row in range(dialog.items.count()):
            item = dialog.items.item(row)
            assert item.text()[0] in "✓!✗" and " — " in item.text()
            assert not item.icon().isNull()
        assert dialog.summary.text() == report.summary()
        assert dialog.summary.text().startswith("Not ready:")

        qtbot.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
        downloader = dialog.findChild(OfflineDownloadDialog, "offlineDownloadDialog")
        assert downloader is not None and downloader.isVisible() and not downloader.isModal()
        downloader.url.setText(live_server.url)
        downloader.token.setText(staff)
        qtbot.mouseClick(downloader.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: downloader.sessions.count() == 3, timeout=10_000)
        assert set(downloader.chosen_session_ids()) == {s1, s2}  # today's are ticked
        assert downloader.download_button.isEnabled()
        listing_lag_ms = lag.worst_ms
        lag.restart()

        tick_only(downloader, [s1, s2, s3])
        values: list[int] = []
        downloader.progress.valueChanged.connect(values.append)
        finished: list[object] = []
        downloader.sig_finished.connect(finished.append)
        started = time.perf_counter()
        qtbot.mouseClick(downloader.download_button, Qt.MouseButton.LeftButton)
        assert not downloader.download_button.isEnabled()  # one download at a time
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        download_s = time.perf_counter() - started
        download_lag_ms = lag.worst_ms

        (result,) = finished
        assert [r.outcome for r in result.results] == [Outcome.DOWNLOADED] * 3
        assert values[-3:] == [1, 2, 3] and downloader.progress.maximum() == 3
        assert downloader.results.count() == 3
        assert all("Downloaded — " in downloader.results.item(r).text() for r in range(3))
        assert downloader.status.text() == "3 of 3 sessions available offline."
        assert tokens.recall(live_server.url) == staff  # kept for this run (no keyring here)
        assert QSettings().value(BACKEND_URL_SETTING) == live_server.url  # and its address
        assert len(store.load_session_state(s2).entries) == 16 * COPIES

        # The readiness window checks again by itself, now against the backend.
        qtbot.waitUntil(
            lambda: dialog.report is not report and dialog.refresh_button.isEnabled(),
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: "backend_reachable" in keys_of(dialog.report), timeout=10_000)
        after = dialog.report
        assert item_of(after, "backend_reachable").status is Status.OK
        assert item_of(after, "token").status is Status.OK
        assert item_of(after, "offline").status is Status.OK
        sessions_text = item_of(after, "sessions").text
        assert "“Session 1”" in sessions_text and "“Session 2”" in sessions_text
        assert "“Session 3”" not in sessions_text  # tomorrow
        assert f"{16 * COPIES} speakers" in sessions_text

        # The venue network goes: Refresh says so, quickly, and the window stays responsive.
        live_server.kill()
        lag.restart()
        before = dialog.report
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not before, timeout=10_000)
        assert item_of(dialog.report, "backend_reachable").status is Status.WARNING
        assert "Cannot reach" in item_of(dialog.report, "backend_reachable").text
        offline_lag_ms = lag.worst_ms

        print(
            f"\nevent-loop lag: worst {listing_lag_ms:.1f} ms while checking and listing, "
            f"{download_lag_ms:.1f} ms while downloading 3 sessions "
            f"({3 * 16 * COPIES} speakers) in {download_s:.2f} s, "
            f"{offline_lag_ms:.1f} ms while checking with the backend down"
        )
        for label, worst in (
            ("checking and listing", listing_lag_ms),
            ("downloading", download_lag_ms),
            ("checking offline", offline_lag_ms),
        ):
            assert worst < GENEROUS_LAG_MS, f"the event loop stalled {worst:.0f} ms while {label}"
    finally:
        lag.stop()
        dialog.close()
        engine.dispose()


def test_a_session_with_changes_waiting_is_kept_and_said_so(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path, no_keyring
):
    import uuid

    from moderator.domain.commands import GiveFloor
    from moderator.services.chair.command_runner import CommandRunner

    staff, (s1, s2, _s3) = upload_day(live_server)
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    tokens = TokenStore()
    dialog = ReadinessDialog(LocalFile(path, store), tokens)
    qtbot.addWidget(dialog)
    try:
        downloader = dialog.open_download_dialog()
        downloader.url.setText(live_server.url)
        downloader.token.setText(staff)
        qtbot.mouseClick(downloader.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: downloader.sessions.count() == 3, timeout=10_000)
        tick_only(downloader, [s1])
        qtbot.mouseClick(downloader.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: downloader.report is not None, timeout=30_000)
        state = store.load_session_state(s1)
        runner = CommandRunner(store, state, TimeSource())
        runner.execute(GiveFloor(s1, state.entries[0].id, uuid.uuid4().hex, TimeSource().now_ms()))

        first = downloader.report
        qtbot.mouseClick(downloader.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "waiting to be sent" in row_text(downloader, s1), timeout=10_000)
        assert downloader.chosen_session_ids() == [s2]  # not ticked: its changes are kept
        tick_only(downloader, [s1, s2])
        qtbot.mouseClick(downloader.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: downloader.report is not first, timeout=30_000)

        outcome = {r.session_id: r for r in downloader.report.results}
        kept, fetched = outcome[s1], outcome[s2]
        assert kept.outcome is Outcome.REFUSED and fetched.outcome is Outcome.DOWNLOADED
        texts = [downloader.results.item(r).text() for r in range(downloader.results.count())]
        assert any(t.startswith("! Not downloaded — ") and "waiting to be sent" in t for t in texts)
        assert "1 refused to keep local changes" in downloader.status.text()
    finally:
        dialog.close()
        engine.dispose()


def row_text(downloader: OfflineDownloadDialog, session_id: str) -> str:
    for row in range(downloader.sessions.count()):
        item = downloader.sessions.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == session_id:
            return item.text()
    return ""


#: An address where nothing listens: the check's probe is refused at once.
NOBODY = "http://127.0.0.1:9"


def demo_store(tmp_path: Path) -> tuple[Path, Store]:
    path = tmp_path / "console.sqlite3"
    store = Store(open_database(path))
    load_demo(store, TimeSource().now_ms())
    return path, store


def some_ticks(qtbot: QtBot, lag: LagMeter) -> None:
    """Let the window run a while (ten turns of the 20 ms timer) with the keyring locked."""
    ticks = len(lag.lateness_ms)
    qtbot.waitUntil(lambda: len(lag.lateness_ms) >= ticks + 10, timeout=5_000)


def test_the_check_of_a_following_console_asks_the_keyring_off_the_gui_thread(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path
):
    path, store = demo_store(tmp_path)
    gated_keyring.gate.clear()  # locked: the unlock prompt is waiting for the user
    dialog = ReadinessDialog(LocalFile(path, store), TokenStore(), connection=(NOBODY, "a-token"))
    qtbot.addWidget(dialog)
    lag = LagMeter()
    try:
        dialog.show()
        qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
        some_ticks(qtbot, lag)
        assert dialog.report is None and dialog.summary.text() == "Checking…"
        assert lag.worst_ms < FREEZE_MS, f"the window froze {lag.worst_ms:.0f} ms"
        gated_keyring.gate.set()  # unlocked
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        keyring_item = item_of(dialog.report, "keyring")
        assert keyring_item.status is Status.OK
        assert "kept in the system keyring" in keyring_item.text
        assert item_of(dialog.report, "backend_reachable").status is Status.WARNING
        assert "(from this console's connection)" in item_of(dialog.report, "token").text
    finally:
        lag.stop()
        dialog.close()
        store.engine.dispose()
    gui_thread = threading.main_thread().name
    assert gated_keyring.calls and all(thread != gui_thread for _, thread in gated_keyring.calls)


def test_making_sessions_available_offline_opens_at_once_with_the_keyring_locked(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path
):
    path, store = demo_store(tmp_path)
    QSettings().setValue(BACKEND_URL_SETTING, NOBODY)
    gated_keyring.saved[(SERVICE, NOBODY)] = "remembered-token"
    gated_keyring.gate.clear()
    dialog = ReadinessDialog(LocalFile(path, store), TokenStore())
    qtbot.addWidget(dialog)
    lag = LagMeter()
    try:
        dialog.show()  # its check waits for the keyring
        qtbot.waitUntil(lambda: bool(gated_keyring.calls), timeout=5_000)
        qtbot.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
        downloader = dialog.findChild(OfflineDownloadDialog, "offlineDownloadDialog")
        assert downloader is not None and downloader.isVisible()
        assert downloader.url.text() == NOBODY and downloader.token.text() == ""
        some_ticks(qtbot, lag)
        assert lag.worst_ms < FREEZE_MS, f"the window froze {lag.worst_ms:.0f} ms"
        gated_keyring.gate.set()  # unlocked: the keyring's token arrives in the window
        qtbot.waitUntil(lambda: downloader.token.text() == "remembered-token", timeout=5_000)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        assert "A token is stored (from the keyring)" in item_of(dialog.report, "token").text
    finally:
        lag.stop()
        dialog.close()
        store.engine.dispose()
    gui_thread = threading.main_thread().name
    assert gated_keyring.calls and all(thread != gui_thread for _, thread in gated_keyring.calls)


def test_after_a_check_the_download_window_has_the_token_it_found_even_if_locked_again(
    qtbot: QtBot, qasync_loop, gated_keyring, tmp_path: Path
):
    path, store = demo_store(tmp_path)
    QSettings().setValue(BACKEND_URL_SETTING, NOBODY)
    gated_keyring.saved[(SERVICE, NOBODY)] = "remembered-token"
    dialog = ReadinessDialog(LocalFile(path, store), TokenStore())
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        gated_keyring.gate.clear()  # the screen saver locked the keyring again
        calls = len(gated_keyring.calls)
        qtbot.mouseClick(dialog.offline_button, Qt.MouseButton.LeftButton)
        downloader = dialog.findChild(OfflineDownloadDialog, "offlineDownloadDialog")
        assert downloader is not None and downloader.isVisible()
        assert downloader.token.text() == "remembered-token", "the check's token, at once"
        assert len(gated_keyring.calls) == calls, "the keyring was not asked again"
    finally:
        gated_keyring.gate.set()
        dialog.close()
        store.engine.dispose()


def test_the_offline_list_gives_its_times_in_the_meetings_time_zone(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path, no_keyring
):
    """Issue 13, finding 8: the list showed "09:00–10:30" with no zone; staff listing the day
    from home or a laptop set to another zone had to guess whose 09:00 it was."""
    demo = live_server.load_demo("demo")  # a meeting in Europe/Madrid
    path, store = demo_store(tmp_path)
    downloader = OfflineDownloadDialog(
        LocalFile(path, store), TokenStore(), url=live_server.url, token=demo.staff_token
    )
    qtbot.addWidget(downloader)
    try:
        downloader.show()
        qtbot.mouseClick(downloader.list_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: downloader.sessions.count() == 1, timeout=10_000)
        (session,) = demo.upload["sessions"]
        start = dt.datetime.fromtimestamp(session["scheduled_start_ms"] / 1000, tz=MADRID)
        end = dt.datetime.fromtimestamp(session["scheduled_end_ms"] / 1000, tz=MADRID)
        zone = start.tzname()
        assert zone in ("CET", "CEST")
        text = downloader.sessions.item(0).text()
        assert text.startswith(f"{start:%a %d %b %H:%M}–{end:%H:%M} {zone}  {session['title']}")
        assert "times in Europe/Madrid" in downloader.status.text()
    finally:
        downloader.close()
        store.engine.dispose()


def test_a_zone_without_a_lettered_abbreviation_is_named_in_full():
    from moderator.ui.common.formatting import zone_label

    vienna = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    summer = dt.datetime(2026, 7, 7, 9, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    dubai = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Asia/Dubai"))  # abbreviated "+04"
    assert zone_label(vienna, "Europe/Vienna") == "CET"
    assert zone_label(summer, "Europe/Vienna") == "CEST"
    assert zone_label(dubai, "Asia/Dubai") == "(Asia/Dubai)"


def test_the_consoles_check_says_whether_the_followed_session_syncs(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path, no_keyring, monkeypatch
):
    """Issue 13, finding 4: the readiness window says what ``moderator check`` says: followed on
    which backend, and no token (press Ctrl+K), or that this console is syncing."""
    from support.following import download_into

    monkeypatch.delenv("MODERATOR_TOKEN", raising=False)
    demo = live_server.load_demo("demo")
    path = tmp_path / "console.sqlite3"
    store = Store(open_database(path))
    download_into(qtbot, store, live_server.url, demo.staff_token, demo.session_id)
    dialog = ReadinessDialog(LocalFile(path, store), TokenStore(), open_session_id=demo.session_id)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        sync = item_of(dialog.report, "sync")
        assert sync.status is Status.WARNING
        assert sync.text.startswith(
            f"1 session followed on {live_server.url}, no token available: not syncing — "
            "press Ctrl+K"
        )

        dialog.use_connection((live_server.url, demo.staff_token))  # the chair connected
        before = dialog.report
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not before, timeout=10_000)
        sync = item_of(dialog.report, "sync")
        assert sync.status is Status.OK and sync.text.endswith("this console is syncing.")
    finally:
        dialog.close()
        store.engine.dispose()
