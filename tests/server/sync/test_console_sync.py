"""Consoles synced with the real server over real HTTP, through a fault-injecting TCP proxy.

What a chair and a peer would observe: actions show at once locally, reach the backend exactly
once, survive a network cut (queued, delivered after healing), and two consoles converge.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
from support.fault_proxy import FaultProxy
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor, PauseClock


def server_view(live_server: LiveServer, token: str, session_id: str) -> tuple[dict, list]:
    with httpx.Client(base_url=live_server.url, headers={"Authorization": f"Bearer {token}"}) as c:
        snapshot = c.get(f"/api/v1/sessions/{session_id}/snapshot").json()
        changes = c.get(f"/api/v1/sessions/{session_id}/changes", params={"since": 0}).json()
    return snapshot, changes["changes"]


def test_two_consoles_converge_and_an_outage_loses_and_duplicates_nothing(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    staff = live_server.create_token("staff")
    proxy = FaultProxy(live_server.port)

    async def scenario() -> None:
        a = await HeadlessConsole.start(tmp_path / "a.sqlite3", proxy.url, chair, demo.session_id)
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, staff, demo.session_id
        )
        try:
            first = a.state.entries[0].id
            a.execute(GiveFloor(demo.session_id, first, uuid.uuid4().hex, a.time_source.now_ms()))
            assert a.state.current_entry_id == first, "the chair sees their action at once"
            await b.until(lambda: b.state.current_entry_id == first)

            proxy.refuse()  # the venue Wi-Fi drops
            for step in range(20):
                a.execute(AdjustTime(demo.session_id, 1000 if step % 2 == 0 else 2000))
            assert a.state.clock.allotted_ms == a.state.entry(first).allotted_ms + 30_000
            await a.until(lambda: a.sync.status.state == "reconnecting")
            assert a.sync_store.pending_count() == 20

            proxy.heal()
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=40)
            await b.until(lambda: b.state.clock.allotted_ms == a.state.clock.allotted_ms)
            b.execute(PauseClock(demo.session_id, b.time_source.now_ms()))
            await a.until(lambda: not a.state.clock.is_running)
            assert a.rejections == [] and b.rejections == []
        finally:
            await a.close()
            await b.close()

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
    snapshot, changes = server_view(live_server, staff, demo.session_id)
    clock_changes = [c for c in changes if c["entity"] == "clock"]
    assert len(clock_changes) == 1 + 20 + 1, "every action once: give floor, 20 adjusts, pause"
    entry = next(e for e in snapshot["entries"] if e["id"] == snapshot["clock"]["entry_id"])
    assert snapshot["clock"]["allotted_ms"] == entry["allotted_ms"] + 30_000
    assert snapshot["clock"]["status"] == "paused"
