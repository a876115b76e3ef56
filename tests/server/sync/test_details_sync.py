"""A session's details and a participant's language travel like every agenda edit.

Two consoles follow the demo session on the real server over loopback. Staff on the first set
the session's format, languages and track (with the title, as the session form saves them) and
a participant's language through the agenda editor's service, change the details again and
undo that. The second console (a chair) converges in memory, in its own SQLite file (both the
start-up reader and the full one) and in its open agenda editor; the server's snapshot agrees.
The language is personal data: a participant's or a display's snapshot, change feed and event
stream never carry it, while the session's details are public schedule facts.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import API, all_changes, snapshot
from httpx_sse import aconnect_sse
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.model import SessionDetails, SessionFormat
from moderator.domain.session_state import SessionState
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.storage import quick_read
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.agenda.agenda_editor import AgendaEditor

MIN = 60_000


def details_of(session_id: str) -> SessionDetails:
    return SessionDetails(
        session_id,
        track="Parliamentary oversight",
        session_type="Panel",
        languages="en, fr",
        format=SessionFormat.HYBRID,
    )


def has_the_edits(state: SessionState, expected: SessionDetails, person: str) -> bool:
    return state.details == expected and state.language_of(person) == "fr"


def mentions_a_language(document: Any) -> bool:
    """Whether a JSON document carries a participant's language anywhere."""
    return '"language"' in json.dumps(document)


def test_details_and_a_language_reach_the_other_console_and_the_language_stays_private(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path, qapp
):
    sid, person = demo.session_id, demo.participant_ids[0]
    expected = details_of(sid)
    chair = live_server.create_token("chair", sessions=[sid])
    with live_server.client(demo.staff_token) as client:
        before = snapshot(client, sid)["version"]

    async def scenario() -> tuple[SessionState, AgendaEditor, list[str], list[str]]:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, demo.staff_token, sid
        )
        b = await HeadlessConsole.start(tmp_path / "b.sqlite3", live_server.url, chair, sid)
        try:
            editing = AgendaEditing(a.store, a.time_source, live_runner=lambda: a.runner)
            editing.sig_session_changed.connect(lambda _sid: a.sync.outbox_changed())
            rejected: list[str] = []
            editing.sig_rejected.connect(rejected.append)
            # The second console's agenda editor is open on the session.
            b_editing = AgendaEditing(b.store, b.time_source, live_runner=lambda: b.runner)
            editor = AgendaEditor(b_editing)
            editor.show()
            followed: list[str] = []
            roster: list[str] = []
            editor.editing.sig_view_changed.connect(followed.append)
            editor.editing.sig_roster_changed.connect(roster.append)
            editor.roster.show_meeting(demo.meeting_id)
            editor.roster.select(person)

            session = a.state.session
            assert editing.edit_session(
                sid,
                "Oversight panel",
                session.room,
                session.scheduled_start_ms,
                session.scheduled_end_ms,
                expected,
            )
            assert editing.set_language(demo.meeting_id, person, " fr ")
            later = SessionDetails(sid, "Prevention", "Workshop", "ar", SessionFormat.VIRTUAL)
            assert editing.set_session_details(later)
            editing.undo_stack.undo()  # the later details: an undo is a command that syncs too
            assert a.state.details == expected and rejected == []

            await a.until(lambda: a.sync_store.pending_count() == 0)
            await b.until(lambda: has_the_edits(b.state, expected, person))
            assert a.rejections == [] and b.rejections == []
            assert followed and set(followed) == {sid}
            assert demo.meeting_id in roster
            return b.state, editor, followed, roster
        finally:
            await a.close()
            await b.close()

    b_state, editor, _followed, _roster = asyncio.run(scenario())
    assert b_state.session.title == "Oversight panel"

    # What the second console's open editor shows.
    form = editor.session_form
    assert form.session_id == sid
    assert (form.languages.text(), form.track.text()) == ("en, fr", "Parliamentary oversight")
    assert form.format.currentData() == "hybrid"
    assert editor.roster.model.language_of(person) == "fr"
    assert editor.roster.language.text() == "fr", "the chosen participant's form follows"
    editor.close()

    # Its file, read by a restarted console (the start-up reader and the full one).
    path = tmp_path / "b.sqlite3"
    assert has_the_edits(quick_read.load_session_state(path, sid), expected, person)
    engine = open_database(path)
    try:
        assert has_the_edits(Store(engine).load_session_state(sid), expected, person)
    finally:
        engine.dispose()

    # The server agrees; staff and chairs see the language, the public never does.
    with live_server.client(demo.staff_token) as client:
        staff = snapshot(client, sid)
        staff_feed = all_changes(client, sid, before)
    assert staff["session_details"] == {
        "session_id": sid,
        "track": "Parliamentary oversight",
        "session_type": "Panel",
        "languages": "en, fr",
        "format": "hybrid",
    }
    assert {"participant_id": person, "language": "fr"} in staff["participant_details"]
    assert any(c["entity"] == "participant_details" for c in staff_feed)
    details_changes = [c for c in staff_feed if c["entity"] == "session_details"]
    assert [c["data"]["format"] for c in details_changes] == ["hybrid", "virtual", "hybrid"]

    participant = live_server.create_token("participant", participant=person)
    display = live_server.create_token("display")
    for token in (participant, display):
        with live_server.client(token) as client:
            public = snapshot(client, sid)
            public_feed = all_changes(client, sid, before)
        assert public["session_details"] == staff["session_details"], "public schedule facts"
        assert public["participant_details"] == []
        assert not mentions_a_language(public)
        assert [c["entity"] for c in public_feed if c["entity"] == "session_details"] == [
            "session_details"
        ] * 3
        assert not any(mentions_a_language(c) for c in public_feed)
    # The participant page is served the same public documents.
    with live_server.client() as client:
        assert client.get("/participant").status_code == 200


def test_staff_and_public_streams_at_the_same_cursor_each_get_their_own_feed(
    live_server: LiveServer, demo: DemoMeeting
):
    """The server shares one read among followers waiting at the same cursor; a participant's
    stream must never be handed the read made for a staff stream (it holds the language)."""
    sid, person = demo.session_id, demo.participant_ids[1]
    participant = live_server.create_token("participant", participant=person)
    mutations = [
        {
            "id": 1,
            "name": "set_participant_language",
            "args": {"session_id": sid, "participant_id": person, "language": "es"},
        },
        {
            "id": 2,
            "name": "set_session_details",
            "args": {
                "session_id": sid,
                "track": "Youth",
                "session_type": "",
                "languages": "es",
                "format": "in_person",
            },
        },
    ]

    async def read_stream(token: str, since: int, ready: asyncio.Event) -> list[dict]:
        headers = {"Authorization": f"Bearer {token}"}
        received: list[dict] = []
        async with (
            httpx.AsyncClient(base_url=live_server.url, headers=headers, timeout=15) as client,
            aconnect_sse(client, "GET", f"{API}/sessions/{sid}/events?since={since}") as events,
        ):
            assert events.response.status_code == 200
            ready.set()
            async for event in events.aiter_sse():
                if event.event != "change":
                    continue
                received.append(json.loads(event.data))
                if received[-1]["entity"] == "session_details":
                    return received
        return received

    async def scenario() -> tuple[list[dict], list[dict]]:
        async with httpx.AsyncClient(
            base_url=live_server.url,
            headers={"Authorization": f"Bearer {demo.staff_token}"},
            timeout=15,
        ) as staff:
            since = (await staff.get(f"{API}/sessions/{sid}/snapshot")).json()["version"]
            ready = [asyncio.Event() for _ in range(4)]
            readers = [
                asyncio.create_task(read_stream(token, since, event))
                for token, event in zip(
                    [demo.staff_token, participant, demo.staff_token, participant],
                    ready,
                    strict=True,
                )
            ]
            await asyncio.wait_for(asyncio.gather(*(event.wait() for event in ready)), 15)
            answer = await staff.post(
                f"{API}/push", json={"client_id": "details-streams", "mutations": mutations}
            )
            assert answer.status_code == 200, answer.text
            assert [r["status"] for r in answer.json()["results"]] == ["applied", "applied"]
            staff_one, public_one, staff_two, public_two = await asyncio.wait_for(
                asyncio.gather(*readers), 15
            )
        assert staff_one == staff_two and public_one == public_two
        return staff_one, public_one

    staff_seen, public_seen = asyncio.run(scenario())
    assert [c["entity"] for c in staff_seen] == ["participant_details", "session_details"]
    assert [c["entity"] for c in public_seen] == ["session_details"]
    details = staff_seen[0]["data"]
    assert (details["participant_id"], details["language"]) == (person, "es")
    assert details["gender"], "the private entity carries the demo person's gender as it is"


@pytest.mark.parametrize("with_details", [True, False])
def test_an_upload_carries_details_and_languages_and_an_older_body_still_uploads(
    live_server: LiveServer, demo: DemoMeeting, with_details: bool
):
    upload = json.loads(json.dumps(demo.upload))
    (session,) = upload["sessions"]
    person = upload["participants"][0]
    if with_details:
        session.update(track="Oversight", session_type="", languages="en, es", format="virtual")
        person["language"] = "es"
    with live_server.client(demo.staff_token) as client:
        client.put(f"{API}/meetings/{demo.meeting_id}", json=upload).raise_for_status()
        document = snapshot(client, session["id"])
    expected = {"track": "", "session_type": "", "languages": "", "format": ""}
    if with_details:
        expected = {"track": "Oversight", "session_type": "", "languages": "en, es"}
        expected["format"] = "virtual"
    assert document["session_details"] == {"session_id": session["id"], **expected}
    languages = [{"participant_id": person["id"], "language": "es"}] if with_details else []
    assert document["participant_details"] == languages


def test_an_upload_with_a_bad_format_is_refused_naming_the_field(
    live_server: LiveServer, demo: DemoMeeting
):
    upload = json.loads(json.dumps(demo.upload))
    upload["sessions"][0]["format"] = "onsite"
    with live_server.client(demo.staff_token) as client:
        answer = client.put(f"{API}/meetings/{demo.meeting_id}", json=upload)
    assert answer.status_code == 422
    assert answer.json()["error"]["field"] == "sessions.0.format"
