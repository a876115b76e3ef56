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
from moderator.services.sync.sync_engine import HEARTBEAT_S

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


def test_a_link_that_dies_without_a_word_while_idle_is_noticed_and_hands_catch_up(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """The venue Wi-Fi dies while the chair does nothing: no request fails, no reset arrives.
    With the console's own heartbeat, the badge leaves "online" within the stream's read
    timeout (2.5 heartbeats), and a hand raised meanwhile arrives once the link is back."""
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    participant = live_server.create_token("participant", participant=demo.participant_ids[0])
    proxy = FaultProxy(live_server.port)
    noticed_after: list[float] = []

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", proxy.url, chair, demo.session_id, heartbeat_s=HEARTBEAT_S
        )
        loop = asyncio.get_running_loop()
        try:
            await a.until(lambda: a.sync.status.state == "online")
            proxy.go_silent()
            died = loop.time()
            with live_server.client(participant) as client:  # raised while the link is dead
                url = f"/api/v1/sessions/{demo.session_id}/hands"
                assert client.post(url).status_code == 201
            limit = 2.5 * HEARTBEAT_S + 5
            await a.until(lambda: a.sync.status.state != "online", timeout=limit)
            noticed_after.append(loop.time() - died)
            assert a.sync.status.offline_since_ms is not None, a.sync.status
            assert not a.state.open_hands(), "nothing came through the dead link"
            proxy.heal()
            await a.until(lambda: len(a.state.open_hands()) == 1, timeout=20)
            await a.until(lambda: a.sync.status.state == "online", timeout=10)
        finally:
            await a.close()

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
    print(f"\nsilent link death noticed after {noticed_after[0]:.1f} s (heartbeat {HEARTBEAT_S} s)")
