"""Agenda edits travel like chair actions: a second console following the session sees them.

Two consoles follow the demo session on the real server over loopback. Staff on the first edit
the session (title, room, times), add an agenda item with a speaker, move it to the top, change
the speaker's speech type, edit a participant of the roster, add another agenda item and remove
it again, and undo one edit. The second console converges on the same session, agenda, list
and roster, in memory and in its own SQLite file; the server's snapshot agrees.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import (
    AddAgendaItem,
    AddSpeaker,
    EditAgendaItem,
    EditParticipant,
    EditSession,
    GiveFloor,
    RemoveAgendaItem,
    SetSpeechType,
    inverse_of_agenda,
)
from moderator.domain.session_state import SessionState
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.sync.backend_client import BackendClient
from moderator.services.sync.sync_engine import download_session
from moderator.storage.database import open_database
from moderator.storage.repository import Store

MIN = 60_000


def agenda(state: SessionState) -> list[tuple[str, int, str, int]]:
    return [(i.id, i.position, i.title, i.planned_duration_ms) for i in state.agenda_items]


def listing(state: SessionState) -> list[tuple[str, str, str, str]]:
    return [(e.id, e.agenda_item_id, e.speech_type.value, e.state.value) for e in state.entries]


def roster(state: SessionState) -> list[tuple[str, str, str, str, str, str]]:
    return sorted(
        (
            p.id,
            p.name,
            p.function,
            p.organisation,
            p.stakeholder_group.value,
            p.attendance.value,
        )
        for p in state.participants.values()
    )


def same(a: SessionState, b: SessionState) -> bool:
    return (
        a.session == b.session
        and agenda(a) == agenda(b)
        and listing(a) == listing(b)
        and roster(a) == roster(b)
    )


def test_agenda_edits_and_an_undo_reach_the_other_console(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])

    async def scenario() -> tuple[SessionState, SessionState, str]:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, demo.session_id
        )
        try:
            sid = demo.session_id
            session = a.state.session
            start = session.scheduled_start_ms + 30 * MIN
            a.execute(
                EditSession(sid, "Oversight panel (revised)", "Hall B", start, start + 2 * 60 * MIN)
            )
            a.execute(EditSession(sid, "Oversight panel", "Hall B", start, start + 2 * 60 * MIN))
            item_id = uuid.uuid4().hex
            a.execute(AddAgendaItem(sid, item_id, "Questions from the floor", 15 * MIN, 2))
            ana = a.state.entries[0].participant_id
            entry_id = uuid.uuid4().hex
            a.execute(AddSpeaker(sid, entry_id, item_id, ana, "floor", 2 * MIN, "V"))
            a.execute(SetSpeechType(sid, entry_id, "statement"))
            a.execute(EditAgendaItem(sid, item_id, "Questions and answers", 20 * MIN, 1))
            person = a.state.participants[ana]
            a.execute(
                EditParticipant(
                    sid,
                    ana,
                    person.name,
                    "Rapporteur",
                    "Parliament of Veloria",
                    "parliament",
                    person.gender or "",
                    "remote",
                )
            )
            spare = uuid.uuid4().hex
            a.execute(AddAgendaItem(sid, spare, "Any other business", 5 * MIN))
            a.execute(RemoveAgendaItem(sid, spare))
            edit = EditSession(sid, "Oversight panel", "Hall C", start, start + 2 * 60 * MIN)
            undo = inverse_of_agenda(edit, a.state)
            a.execute(edit)
            a.execute(undo)
            assert a.state.session.room == "Hall B"
            assert a.state.agenda_items[0].title == "Questions and answers"
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await b.until(lambda: same(a.state, b.state))
            assert a.rejections == [] and b.rejections == []
            return a.state, b.state, ana
        finally:
            await a.close()
            await b.close()

    a_state, b_state, ana_id = asyncio.run(scenario())
    assert b_state.session.title == "Oversight panel"
    assert b_state.agenda_items[0].title == "Questions and answers"
    ana = b_state.participants[ana_id]
    assert (ana.function, ana.attendance.value) == ("Rapporteur", "remote")
    assert ana.gender == a_state.participants[ana.id].gender, "gender stays as this console knew"

    # The second console's file has the edits too (what its agenda editor and a restart read).
    engine = open_database(tmp_path / "b.sqlite3")
    try:
        on_disk = Store(engine).load_session_state(demo.session_id)
    finally:
        engine.dispose()
    assert same(on_disk, b_state)

    with live_server.client(demo.staff_token) as client:
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
    assert "session" in snapshot, live_server.log()[-3000:]
    assert (snapshot["session"]["title"], snapshot["session"]["room"]) == (
        "Oversight panel",
        "Hall B",
    )
    titles = [
        item["title"] for item in sorted(snapshot["agenda_items"], key=lambda i: i["position"])
    ]
    assert titles == [i.title for i in b_state.agenda_items]
    assert "Any other business" not in titles


def test_a_roster_edit_reaches_a_console_following_another_session_of_the_meeting(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """The roster is the meeting's: an edit pushed with one session reaches the followers of
    every session of the meeting (its feed change belongs to the meeting, not the session)."""
    upload = dict(demo.upload)
    (first,) = upload["sessions"]
    second = {**first, "id": f"{first['id']}-b", "title": "Second sitting"}
    upload["sessions"] = [first, second]
    upload["agenda_items"] = [
        *upload["agenda_items"],
        {**upload["agenda_items"][0], "id": "second-item", "session_id": second["id"]},
    ]
    with live_server.client(demo.staff_token) as client:
        client.put(f"/api/v1/meetings/{demo.meeting_id}", json=upload).raise_for_status()
    person = demo.participant_ids[0]

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, demo.staff_token, first["id"]
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, second["id"]
        )
        try:
            known = a.state.participants[person]
            a.execute(
                EditParticipant(
                    first["id"],
                    person,
                    "Renamed Person",
                    known.function,
                    "New Delegation",
                    known.stakeholder_group.value,
                    known.gender or "",
                    known.attendance.value,
                )
            )
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await b.until(lambda: b.state.participants[person].name == "Renamed Person")
            assert b.state.participants[person].organisation == "New Delegation"
            assert a.rejections == []
        finally:
            await a.close()
            await b.close()

    asyncio.run(scenario())


def test_an_edit_of_another_downloaded_session_is_pushed_and_the_badge_returns_to_online(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """Staff follow the first sitting and edit the second (downloaded for offline use) in the
    agenda editor: the edit reaches the backend by itself, and the badge does not stay on
    "syncing" waiting for the followed session's feed to bring an edit it never carries."""
    upload = dict(demo.upload)
    (first,) = upload["sessions"]
    second = {**first, "id": f"{first['id']}-b", "title": "Second sitting"}
    upload["sessions"] = [first, second]
    with live_server.client(demo.staff_token) as client:
        client.put(f"/api/v1/meetings/{demo.meeting_id}", json=upload).raise_for_status()

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, demo.staff_token, first["id"]
        )
        try:
            await a.until(lambda: a.sync.status.state == "online")
            # "Make available offline" downloaded the second sitting into the same file.
            other = await download_session(a.client, a.store, second["id"], a.time_source.now_ms())
            a.store.forget_linked_sessions()
            editor = CommandRunner(a.store, other, a.time_source)
            editor.execute(
                EditSession(
                    second["id"],
                    "Second sitting, renamed",
                    other.session.room,
                    other.session.scheduled_start_ms,
                    other.session.scheduled_end_ms,
                )
            )
            assert a.sync_store.pending_count() == 1, "queued for the backend"
            a.sync.outbox_changed()  # the editor wakes the sync for any queued edit
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await a.until(lambda: a.sync.status.state == "online", timeout=5)
            assert a.state.session.title == first["title"], "the followed view is untouched"
            assert a.rejections == []
        finally:
            await a.close()

    asyncio.run(scenario())
    with live_server.client(demo.staff_token) as client:
        snapshot = client.get(f"/api/v1/sessions/{second['id']}/snapshot").json()
    assert snapshot["session"]["title"] == "Second sitting, renamed"


def test_an_edit_this_token_may_not_push_is_rejected_alone_and_the_chairs_actions_go_on(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """Staff downloaded both sittings on this laptop and edited the second; the chair now
    follows the first with a token for that sitting only. The second sitting's edit cannot be
    pushed with this token: it is rejected with the reason, and the chair's own actions queued
    behind it still reach the backend (the queue is not blocked)."""
    upload = dict(demo.upload)
    (first,) = upload["sessions"]
    second = {**first, "id": f"{first['id']}-b", "title": "Second sitting"}
    upload["sessions"] = [first, second]
    with live_server.client(demo.staff_token) as client:
        client.put(f"/api/v1/meetings/{demo.meeting_id}", json=upload).raise_for_status()
    chair = live_server.create_token("chair", sessions=[first["id"]])

    async def scenario() -> None:
        a = await HeadlessConsole.start(tmp_path / "a.sqlite3", live_server.url, chair, first["id"])
        try:
            await a.until(lambda: a.sync.status.state == "online")
            staff = BackendClient(live_server.url, demo.staff_token)
            try:
                other = await download_session(staff, a.store, second["id"], a.time_source.now_ms())
            finally:
                await staff.close()
            a.store.forget_linked_sessions()
            CommandRunner(a.store, other, a.time_source).execute(
                EditSession(
                    second["id"],
                    "Renamed without the right",
                    other.session.room,
                    other.session.scheduled_start_ms,
                    other.session.scheduled_end_ms,
                )
            )
            now = a.time_source.now_ms()
            a.execute(GiveFloor(first["id"], a.state.entries[0].id, uuid.uuid4().hex, now))
            await a.until(lambda: a.sync_store.pending_count() == 0)
            await a.until(lambda: a.sync.status.state == "online", timeout=5)
            assert any("may not change session" in reason for reason in a.rejections)
            assert a.state.current_entry_id == a.state.entries[0].id
        finally:
            await a.close()

    asyncio.run(scenario())
    with live_server.client(demo.staff_token) as client:
        second_now = client.get(f"/api/v1/sessions/{second['id']}/snapshot").json()
        first_now = client.get(f"/api/v1/sessions/{first['id']}/snapshot").json()
    assert second_now["session"]["title"] == "Second sitting", "the refused edit changed nothing"
    assert first_now["clock"]["entry_id"] is not None, "the chair's action arrived"
