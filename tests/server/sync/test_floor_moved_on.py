"""A clock action queued offline is meant for the turn the chair saw; if the backend's floor is
another when it arrives, it is refused, never applied to whoever has the floor there.

Found walking the staff's day: offline, the chair gave the floor to B and added 30 s; staff had
removed B's place meanwhile. On reconnection the floor was refused, and the +30 s went to A —
the previous speaker — whose report then showed time they were never given.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from helpers import push
from support.fault_proxy import FaultProxy
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor, ResetClock


def test_a_clock_action_for_a_refused_floor_is_refused_not_given_to_the_previous_speaker(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    proxy = FaultProxy(live_server.port)
    first, second = demo.entry_ids[0], demo.entry_ids[1]

    async def scenario() -> dict:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", proxy.url, chair, demo.session_id, heartbeat_s=1.0,
            timeout_s=2.0,
        )  # fmt: skip
        try:
            a.execute(GiveFloor(demo.session_id, first, uuid.uuid4().hex, a.time_source.now_ms()))
            await a.until(lambda: a.sync_store.pending_count() == 0)
            allotted_before = a.state.clock.allotted_ms
            proxy.refuse()  # the venue's Wi-Fi is gone
            turn = uuid.uuid4().hex
            a.execute(GiveFloor(demo.session_id, second, turn, a.time_source.now_ms()))
            a.execute(AdjustTime(demo.session_id, 30_000, turn))
            a.execute(ResetClock(demo.session_id, a.time_source.now_ms(), turn))
            assert a.state.current_turn_id == turn  # the chair sees their own actions at once
            with live_server.client(demo.staff_token) as staff:  # meanwhile, at the desk
                answer = push(
                    staff,
                    f"staff-{uuid.uuid4().hex}",
                    [
                        {
                            "id": 1,
                            "name": "remove_entry",
                            "args": {"session_id": demo.session_id, "entry_id": second},
                        }
                    ],
                )
                assert answer.json()["results"][0]["status"] == "applied", answer.text
            proxy.heal()
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=45)
            await a.until(lambda: len(a.rejections) == 3, timeout=20)
            await a.until(lambda: a.state.current_entry_id == first)
            assert a.state.clock.allotted_ms == allotted_before
            return {"rejections": list(a.rejections), "allotted": allotted_before}
        finally:
            await a.close()

    try:
        seen = asyncio.run(scenario())
    finally:
        proxy.close()
    assert sum("floor has moved on" in r for r in seen["rejections"]) == 2, seen
    with live_server.client(demo.staff_token) as staff:
        snapshot = staff.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
    assert snapshot["clock"]["allotted_ms"] == seen["allotted"], "the +30 s went to the wrong turn"
