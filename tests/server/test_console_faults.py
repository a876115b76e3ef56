"""Every fault between a console and the server, one at a time, through the TCP proxy.

For each: the chair keeps acting during the fault; after healing, the backend holds every
action exactly once, and a second console (connected directly) converges with the first.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from support.fault_proxy import FaultProxy
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor

ACTIONS_DURING_FAULT = 5


def _latency(proxy: FaultProxy, _server: LiveServer) -> Callable[[], None]:
    proxy.delay_s = 0.2
    return proxy.heal


def _reset(proxy: FaultProxy, _server: LiveServer) -> Callable[[], None]:
    proxy.refuse()
    return proxy.heal


def _blackhole(proxy: FaultProxy, _server: LiveServer) -> Callable[[], None]:
    proxy.blackhole()
    return proxy.heal


def _response_cut_after_commit(proxy: FaultProxy, _server: LiveServer) -> Callable[[], None]:
    # The answer to the next push (committed on the server) is cut after 40 bytes.
    proxy.cut_next_answer_to(b"POST /api/v1/push", keep_bytes=40)
    return proxy.heal


def _server_killed(_proxy: FaultProxy, server: LiveServer) -> Callable[[], None]:
    server.kill()
    return server.start


FAULTS = {
    "latency": _latency,
    "connection-reset": _reset,
    "blackhole": _blackhole,
    "response-cut-after-commit": _response_cut_after_commit,
    "server-sigkill": _server_killed,
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_fault_loses_and_duplicates_nothing(
    fault: str, live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    proxy = FaultProxy(live_server.port)

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3",
            proxy.url,
            chair,
            demo.session_id,
            heartbeat_s=1.0,
            timeout_s=2.0,
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3",
            live_server.url,
            demo.staff_token,
            demo.session_id,
            heartbeat_s=1.0,
            timeout_s=2.0,
        )
        try:
            entry = a.state.entries[0].id
            a.execute(GiveFloor(demo.session_id, entry, uuid.uuid4().hex, a.time_source.now_ms()))
            await a.until(lambda: a.sync_store.pending_count() == 0)
            heal = FAULTS[fault](proxy, live_server)
            for _ in range(ACTIONS_DURING_FAULT):
                a.execute(AdjustTime(demo.session_id, 10_000))
                await asyncio.sleep(0)  # let the push start under the fault
            expected = a.state.entry(entry).allotted_ms + ACTIONS_DURING_FAULT * 10_000
            assert a.state.clock.allotted_ms == expected, "the chair sees every action at once"
            if fault == "response-cut-after-commit":
                await a.until(lambda: proxy.answers_cut == 1, timeout=15)
            heal()
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=45)
            await b.until(lambda: b.state.clock.allotted_ms == expected, timeout=20)
            assert a.rejections == []
        finally:
            await a.close()
            await b.close()

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Bearer {demo.staff_token}"}
    ) as client:
        changes = client.get(
            f"/api/v1/sessions/{demo.session_id}/changes", params={"since": 0}
        ).json()["changes"]
    clock = [c for c in changes if c["entity"] == "clock"]
    assert len(clock) == 1 + ACTIONS_DURING_FAULT, f"{fault}: an action was lost or doubled"
