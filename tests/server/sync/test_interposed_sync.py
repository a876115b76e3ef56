"""An interposed intervention and a restart reach the backend and a second console as the
chair's console recorded them, so every copy of the turn log reports the same numbers.

Real server on 127.0.0.1, real HTTP, two consoles with their own SQLite files.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import EndTurn, GiveFloor, Interpose, ResetClock
from moderator.domain.report import session_report


def test_a_follower_reports_the_interposed_turn_and_the_restart_as_the_chair_does(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    staff = live_server.create_token("staff")
    sid = demo.session_id
    turns: dict[str, str] = {}

    async def scenario() -> tuple[list, list]:
        a = await HeadlessConsole.start(tmp_path / "a.sqlite3", live_server.url, chair, sid)
        b = await HeadlessConsole.start(tmp_path / "b.sqlite3", live_server.url, staff, sid)
        try:
            first, second = a.state.entries[0].id, a.state.entries[1].id
            t0 = a.time_source.now_ms()
            turns["speaker"], turns["intervention"] = uuid.uuid4().hex, uuid.uuid4().hex
            a.execute(GiveFloor(sid, first, turns["speaker"], t0))
            a.execute(ResetClock(sid, t0 + 20_000))
            a.execute(Interpose(sid, second, turns["intervention"], t0 + 30_000))
            a.execute(EndTurn(sid, t0 + 45_000))  # the speaker resumes
            a.execute(EndTurn(sid, t0 + 60_000))
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=30)
            await b.until(lambda: len(b.state.turns) == 2 and b.state.current_entry_id is None)
            now = t0 + 60_000
            return (
                list(session_report(a.state, now).turns),
                list(session_report(b.state, now).turns),
            )
        finally:
            await a.close()
            await b.close()

    at_chair, at_follower = asyncio.run(scenario())

    assert at_follower == at_chair
    numbers = {t.turn_id: (t.spoken_ms, t.paused_ms, t.how_label) for t in at_chair}
    assert numbers[turns["speaker"]][:2] == (45_000, 0)  # 30 s + 15 s; the 15 s wait set aside
    assert numbers[turns["intervention"]] == (15_000, 0, "Interposed")
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Bearer {staff}"}
    ) as client:
        snapshot = client.get(f"/api/v1/sessions/{sid}/snapshot").json()
    by_id = {t["id"]: t for t in snapshot["turns"]}
    assert by_id[turns["intervention"]]["interposed_in"] == turns["speaker"]
    assert by_id[turns["speaker"]]["interposed_in"] is None
    assert (by_id[turns["speaker"]]["spoken_ms"], by_id[turns["speaker"]]["paused_ms"]) == (
        45_000,
        0,
    )
