"""An action the backend will never take as it is must not hold the chair's queue back.

The backend answers a batch holding a value its rules refuse (a NUL in a name, an id outside
the id rule) with 422 naming the mutation, and stores nothing of the batch. A console that sent
the same batch again would wait behind it for good: every later action of the chair would stay
"waiting" while the room moves on.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, EditParticipant, GiveFloor
from moderator.storage.sync_store import enqueue


def test_an_action_the_backend_cannot_take_becomes_a_named_refusal_and_the_queue_moves_on(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id, heartbeat_s=1.0
        )
        try:
            await a.until(lambda: a.sync.status.state == "online")
            entry = a.state.entries[0].id
            a.execute(GiveFloor(demo.session_id, entry, uuid.uuid4().hex, a.time_source.now_ms()))
            await a.until(lambda: a.sync_store.pending_count() == 0)
            before = a.state.clock.allotted_ms
            person = a.state.participants[demo.participant_ids[0]]
            # One burst, as the queue of an older version (or a file's value) would hold it:
            # a good action, one the backend's rules refuse, and another good one.
            a.runner.execute(AdjustTime(demo.session_id, 10_000))
            with a.engine_db.begin() as connection:
                bad = EditParticipant(demo.session_id, person.id, "Bad\x00Name")
                enqueue(connection, bad, a.time_source.now_ms(), label="Rename a participant")
            a.runner.execute(AdjustTime(demo.session_id, 20_000))
            a.sync.outbox_changed()
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=30)
            await a.until(lambda: a.state.clock.allotted_ms == before + 30_000)
            (refusal,) = a.sync.status.rejections
            assert refusal.label == "Rename a participant"
            assert "cannot take it" in refusal.reason and "person_name" in refusal.reason
            assert a.sync.status.unseen_refusals == 1
            assert a.state.participants[person.id].name == person.name
            # The chair acts on: the queue is not stuck behind the refused action.
            a.execute(AdjustTime(demo.session_id, 5_000))
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=30)
        finally:
            await a.close()

    asyncio.run(scenario())
    with live_server.client(demo.staff_token) as client:
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
    names = {p["id"]: p["name"] for p in snapshot["participants"]}
    assert "\x00" not in names[demo.participant_ids[0]]
    clock = snapshot["clock"]
    assert clock["allotted_ms"] == 300_000 + 35_000, clock


def test_a_refusal_not_yet_read_is_listed_by_moderator_check_after_the_console_closed(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """The console shows refusals while it syncs; a laptop restarted without its token would
    keep them out of sight, so the morning check names them."""
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    db = tmp_path / "a.sqlite3"

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            db, live_server.url, chair, demo.session_id, heartbeat_s=1.0
        )
        try:
            await a.until(lambda: a.sync.status.state == "online")
            person = a.state.participants[demo.participant_ids[0]]
            with a.engine_db.begin() as connection:
                bad = EditParticipant(demo.session_id, person.id, "Bad\x00Name")
                enqueue(connection, bad, a.time_source.now_ms(), label="Rename Ada")
            a.sync.outbox_changed()
            await a.until(lambda: a.sync.status.unseen_refusals == 1, timeout=30)
        finally:
            await a.close()

    asyncio.run(scenario())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("MODERATOR_TOKEN", None)
    result = subprocess.run(
        [sys.executable, "-m", "moderator", "check", "--db", str(db), "--offline"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )

    assert result.returncode == 1, result.stderr
    (line,) = [ln for ln in result.stdout.splitlines() if "Actions the backend refused" in ln]
    assert line.startswith("! Actions the backend refused: The backend refused 1 action made")
    assert "Rename Ada: " in line and "person_name" in line
