"""List actions and their undos travel like any chair action: a second console sees them.

Two consoles follow the demo session on the real server over loopback. The first skips,
moves, removes, gives the floor and then undoes the floor (a ``revert_floor``, which deletes
the undone turn on the backend); the second, connected with the staff token, converges on the
same list, floor, clock and turns, and the server's own snapshot agrees.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import (
    EndTurn,
    GiveFloor,
    Interpose,
    MoveEntry,
    PauseClock,
    RemoveEntry,
    SkipEntry,
    inverse_of,
)
from moderator.domain.model import EntryState
from moderator.domain.order_keys import key_between


def listing(console: HeadlessConsole) -> list[tuple[str, str, str]]:
    return [(e.id, e.state.value, e.order_key) for e in console.state.entries]


def test_list_actions_and_an_undo_reach_the_other_console(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, demo.session_id
        )
        try:
            sid = demo.session_id
            entries = a.state.entries
            a.execute(SkipEntry(sid, entries[1].id))
            a.execute(RemoveEntry(sid, entries[2].id))
            first_key = entries[0].order_key
            a.execute(MoveEntry(sid, entries[4].id, key_between(None, first_key)))
            now = a.time_source.now_ms()
            a.execute(GiveFloor(sid, a.state.entries[0].id, uuid.uuid4().hex, now))
            a.execute(PauseClock(sid, now + 10_000))
            paused = a.state.clock
            speaker = a.state.current_entry_id
            give = GiveFloor(sid, a.state.next_entry().id, uuid.uuid4().hex, now + 20_000)
            undo = inverse_of(give, a.state)
            a.execute(give)
            a.execute(undo)
            assert a.state.current_entry_id == speaker and a.state.clock == paused
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await b.until(lambda: listing(b) == listing(a) and b.state.clock == a.state.clock)
            assert b.state.current_entry_id == speaker
            assert set(b.state.turns) == set(a.state.turns), "the undone turn is gone everywhere"
            assert give.turn_id not in b.state.turns
            assert a.rejections == []
        finally:
            await a.close()
            await b.close()

    asyncio.run(scenario())
    with live_server.client(demo.staff_token) as client:
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
    assert "entries" in snapshot, live_server.log()[-3000:]
    states = {e["state"] for e in snapshot["entries"]}
    assert {"skipped", "removed", "speaking"} <= states
    assert len(snapshot["turns"]) == 1


def test_thresholds_set_on_one_console_reach_the_other_in_place(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    from moderator.domain.commands import SetThresholds

    chair = live_server.create_token("chair", sessions=[demo.session_id])

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, demo.session_id
        )
        try:
            a.execute(SetThresholds(demo.session_id, 120_000, 30_000))
            await b.until(lambda: b.state.meeting.warning_ms == 120_000)
            assert b.state.meeting.final_ms == 30_000
            assert b.state.meeting.title == a.state.meeting.title
            assert b.store.load_session_state(demo.session_id).meeting.warning_ms == 120_000
        finally:
            await a.close()
            await b.close()

    asyncio.run(scenario())


def test_undoing_the_end_of_an_intervention_and_a_floor_given_during_one_reach_the_other_console(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """The two undos of an interposed intervention (``undo_resume`` and a ``revert_floor`` that
    pauses the interrupted speaker again) are applied by the backend as on the console."""
    chair = live_server.create_token("chair", sessions=[demo.session_id])

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, demo.session_id
        )
        try:
            sid = demo.session_id
            speaker, question, third = (e.id for e in a.state.entries[:3])
            now = a.time_source.now_ms()
            a.execute(GiveFloor(sid, speaker, uuid.uuid4().hex, now))
            a.execute(Interpose(sid, question, uuid.uuid4().hex, now + 40_000))
            end = EndTurn(sid, now + 55_000)
            undo_end = inverse_of(end, a.state)
            a.execute(end)
            a.execute(undo_end)
            assert a.state.current_entry_id == question
            give = GiveFloor(sid, third, uuid.uuid4().hex, now + 60_000)
            undo_give = inverse_of(give, a.state)
            a.execute(give)
            a.execute(undo_give)
            assert a.state.current_entry_id == question
            assert a.state.entry(speaker).state is EntryState.INTERRUPTED
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await b.until(
                lambda: (
                    b.state.current_entry_id == question
                    and listing(b) == listing(a)
                    and b.state.turns == a.state.turns
                )
            )
            assert b.state.clock == a.state.clock
            assert b.state.entry(speaker).state is EntryState.INTERRUPTED
            assert a.rejections == [] and b.rejections == []
        finally:
            await a.close()
            await b.close()

    asyncio.run(scenario())
