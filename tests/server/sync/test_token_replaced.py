"""A console given a new token carries on: its queued actions reach the backend exactly once.

Staff replace a chair's token while the venue Wi-Fi is down and the chair keeps working. The
console's client id belongs to the old token; the new token may not push under it while the
old one still works (409 ``client_id_taken``), so the console takes a new client id and pushes
its queue under it. When the old token was revoked, the new one (same role and scope) takes
the client id over. Either way nothing queued is lost or applied twice.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from support.fault_proxy import FaultProxy
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor
from moderator.server.database import open_server_database
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import hash_token

ADJUSTS = (1000, 2000, 4000)


def revoke(server: LiveServer, token: str) -> None:
    db = open_server_database(str(server.db_path))
    try:
        with db.write() as connection:
            connection.execute(
                update(TokenRow)
                .where(TokenRow.token_hash == hash_token(token))
                .values(revoked_at_ms=int(time.time() * 1000))
            )
    finally:
        db.dispose()


@pytest.mark.parametrize("old_token", ["still-valid", "revoked"])
def test_queued_actions_reach_the_backend_once_after_the_token_is_replaced(
    old_token: str, live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    sid, path = demo.session_id, tmp_path / "chair.sqlite3"
    first_token = live_server.create_token("chair", sessions=[sid])
    proxy = FaultProxy(live_server.port)

    async def before_the_switch() -> tuple[str, int]:
        console = await HeadlessConsole.start(path, proxy.url, first_token, sid)
        try:
            first = console.state.entries[0].id
            console.execute(GiveFloor(sid, first, uuid.uuid4().hex, console.time_source.now_ms()))
            await console.until(lambda: console.sync_store.pending_count() == 0)
            proxy.refuse()  # the Wi-Fi drops; the chair adds time meanwhile
            for delta in ADJUSTS:
                console.execute(AdjustTime(sid, delta))
            await console.until(lambda: console.sync.status.state == "reconnecting")
            assert console.sync_store.pending_count() == len(ADJUSTS)
            return console.sync_store.client_id(), console.state.clock.allotted_ms
        finally:
            await console.close()

    async def with_the_new_token(token: str) -> tuple[str, list[str], int]:
        console = await HeadlessConsole.start(path, live_server.url, token, sid)
        try:
            await console.until(
                lambda: (
                    console.sync_store.pending_count() == 0
                    and console.sync.status.state == "online"
                ),
                timeout=30,
            )
            return (
                console.sync_store.client_id(),
                console.rejections,
                console.state.clock.allotted_ms,
            )
        finally:
            await console.close()

    try:
        old_client, shown = asyncio.run(before_the_switch())
    finally:
        proxy.close()
    if old_token == "revoked":
        revoke(live_server, first_token)
    new_token = live_server.create_token("chair", sessions=[sid])
    new_client, rejections, after = asyncio.run(with_the_new_token(new_token))

    assert rejections == [] and after == shown, "the chair's view kept every action"
    if old_token == "still-valid":
        assert new_client != old_client, "the old token's client id is not taken over"
    else:
        assert new_client == old_client, "the replacement took the client id over"
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Bearer {demo.staff_token}"}
    ) as client:
        snapshot = client.get(f"/api/v1/sessions/{sid}/snapshot").json()
        feed = client.get(f"/api/v1/sessions/{sid}/changes", params={"since": 0}).json()
    clock_changes = [c for c in feed["changes"] if c["entity"] == "clock"]
    assert len(clock_changes) == 1 + len(ADJUSTS), "every action once: the floor, the adjusts"
    entry = next(e for e in snapshot["entries"] if e["id"] == snapshot["clock"]["entry_id"])
    assert snapshot["clock"]["allotted_ms"] == entry["allotted_ms"] + sum(ADJUSTS) == shown
