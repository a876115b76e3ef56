"""The link comes back while the console waits out its retry backoff: the queue leaves at once.

The backoff spaces out retries to a link that is down; once the link answers again, the chair's
queued actions must not sit out the rest of it (up to 5 s per loop in production). Here the
backoff is made ten minutes long, so a console that waited it out could not pass: the actions
queued through a refused link (the real TCP proxy resets every connection) reach the backend,
and a hand raised during the outage reaches the chair, within seconds of the heal.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from support.fault_proxy import FaultProxy
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor

#: Ten minutes: longer than any timeout below, so waiting it out fails the test.
LONG_BACKOFF_S = 600.0
ACTIONS = 40


def test_a_healed_link_drains_the_queue_without_waiting_out_the_backoff(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    participant = live_server.create_token("participant", participant=demo.participant_ids[0])
    proxy = FaultProxy(live_server.port)

    async def scenario() -> None:
        console = await HeadlessConsole.start(
            tmp_path / "console.sqlite3",
            proxy.url,
            chair,
            demo.session_id,
            heartbeat_s=1.0,
            timeout_s=2.0,
            backoff_s=(LONG_BACKOFF_S, LONG_BACKOFF_S),
        )
        try:
            await console.until(lambda: console.sync.status.state == "online", timeout=20)
            entry = console.state.entries[0]
            now = console.time_source.now_ms()
            console.execute(GiveFloor(demo.session_id, entry.id, uuid.uuid4().hex, now))
            await console.until(lambda: console.sync_store.pending_count() == 0, timeout=20)

            proxy.refuse()  # the venue Wi-Fi drops: every connection is reset
            for k in range(ACTIONS):
                console.execute(AdjustTime(demo.session_id, 1000 if k % 2 else -2000))
                await asyncio.sleep(0)  # one key press per turn of the event loop
            expected = entry.allotted_ms + (ACTIONS // 2) * (1000 - 2000)
            # The push failed and the console now waits out a backoff of minutes.
            await console.until(
                lambda: (
                    console.sync.status.state == "reconnecting"
                    and (console.sync.status.next_try_in_s or 0) >= LONG_BACKOFF_S / 2
                ),
                timeout=20,
            )
            with live_server.client(participant) as client:  # raised during the outage
                url = f"/api/v1/sessions/{demo.session_id}/hands"
                assert client.post(url).status_code == 201
            assert console.sync_store.pending_count() == ACTIONS

            proxy.heal()
            await console.until(lambda: console.sync_store.pending_count() == 0, timeout=30)
            await console.until(lambda: len(console.state.open_hands()) == 1, timeout=30)
            await console.until(lambda: console.sync.status.state == "online", timeout=30)
            assert console.state.clock.allotted_ms == expected
            assert console.rejections == []
        finally:
            await console.close()

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
    with live_server.client(demo.staff_token) as client:
        changes = client.get(
            f"/api/v1/sessions/{demo.session_id}/changes", params={"since": 0}
        ).json()["changes"]
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
    clock_changes = [c for c in changes if c["entity"] == "clock"]
    assert len(clock_changes) == 1 + ACTIONS, "an action was lost or applied twice"
    assert clock_changes[-1]["data"]["allotted_ms"] == snapshot["clock"]["allotted_ms"]
