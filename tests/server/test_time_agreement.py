"""Two consoles agree on a running countdown, even when one laptop's clock is minutes off.

Each console estimates the server's clock from its requests and counts on it; a running clock
is stored as "running since (server time)", so both compute the same remaining time.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import GiveFloor
from moderator.services.time_source import TimeSource

SKEW_NS = 7 * 60 * 1_000_000_000  # a laptop whose clock is seven minutes fast


def test_a_skewed_laptop_shows_the_same_remaining_time(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    skewed = TimeSource(wall_ns=lambda: time.time_ns() + SKEW_NS)

    async def scenario() -> tuple[int, int, int]:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3",
            live_server.url,
            demo.staff_token,
            demo.session_id,
            time_source=skewed,
        )
        try:
            await b.until(lambda: b.sync.status.offset_uncertainty_ms is not None)
            # The skewed console acts: its command carries its (corrected) time.
            entry = b.state.entries[0].id
            b.execute(GiveFloor(demo.session_id, entry, uuid.uuid4().hex, b.time_source.now_ms()))
            await a.until(lambda: a.state.clock.is_running)
            remaining_a = a.state.clock.remaining_ms(a.time_source.now_ms())
            remaining_b = b.state.clock.remaining_ms(b.time_source.now_ms())
            return remaining_a, remaining_b, b.time_source.offset_ms
        finally:
            await a.close()
            await b.close()

    remaining_a, remaining_b, offset = asyncio.run(scenario())
    assert abs(offset + SKEW_NS // 1_000_000) < 100, f"offset {offset} ms"
    assert abs(remaining_a - remaining_b) < 50, (remaining_a, remaining_b)
    assert 4 * 60_000 < remaining_a <= 5 * 60_000
