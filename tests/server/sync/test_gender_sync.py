"""A participant's gender reaches the other staff and chair consoles through the feed, privately.

Two consoles follow the demo session on the real server over loopback. Staff on the first
change a participant's gender, then only the name, add someone with a gender (the undo of a
removal) and clear the gender again. The second console (a chair or staff) converges in memory
and in its own SQLite file from the feed alone: its transport counts no snapshot download after
it went online, and its cursor moves. It never shows a stale gender on the way: every view it
shows is one the first console had. A participant's and a display's feed (long-poll and event
stream) and snapshot never carry a gender.
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

from moderator.domain.commands import EditParticipant, RestoreParticipant
from moderator.domain.model import Participant
from moderator.domain.session_state import SessionState
from moderator.storage import quick_read
from moderator.storage.database import open_database
from moderator.storage.repository import Store

NEWCOMER = "demo-newcomer"


class SnapshotCounter(httpx.AsyncBaseTransport):
    """Real HTTP to the real server; counts the snapshot downloads the console makes."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.snapshots = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/snapshot"):
            self.snapshots += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def edited(
    session_id: str, person: Participant, name: str | None = None, gender: str | None = None
) -> EditParticipant:
    """The roster form's edit of ``person``: every field as it is, but the ones given."""
    return EditParticipant(
        session_id,
        person.id,
        name or person.name,
        person.function,
        person.organisation,
        person.stakeholder_group.value,
        (person.gender or "") if gender is None else gender,
        person.attendance.value,
    )


def roster_genders(state: SessionState, person: str) -> tuple[str, str | None, str | None]:
    """What the views are compared on: the edited person's name and gender, the newcomer's."""
    newcomer = state.participants.get(NEWCOMER)
    shown = state.participants[person]
    return shown.name, shown.gender, newcomer.gender if newcomer else None


def without_repeats(seen: list[Any]) -> list[Any]:
    return [item for number, item in enumerate(seen) if number == 0 or seen[number - 1] != item]


def on_file(path: Path, session_id: str) -> SessionState:
    """The console's file as a restarted console's start-up reader reads it."""
    return quick_read.load_session_state(path, session_id)


@pytest.mark.parametrize("role", ["chair", "staff"])
def test_a_gender_reaches_the_other_console_in_private_without_a_snapshot(
    role: str, live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    sid, person = demo.session_id, demo.participant_ids[0]
    token = live_server.create_token(role, sessions=[sid] if role == "chair" else None)
    counter = SnapshotCounter()
    with live_server.client(demo.staff_token) as client:
        before = snapshot(client, sid)["version"]

    async def scenario() -> tuple[list[tuple], list[tuple], SessionState]:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, demo.staff_token, sid
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, token, sid, transport=counter
        )
        try:
            await b.until(lambda: b.sync.confirmed is not None and b.sync.status.state == "online")
            downloads, cursor = counter.snapshots, b.sync.cursor
            a_views = [roster_genders(a.state, person)]
            b_views: list[tuple] = []
            b.view_watchers.append(lambda state: b_views.append(roster_genders(state, person)))
            old = a.state.participants[person]
            assert old.gender not in (None, "nonbinary"), "the demo person has a gender"
            assert b.state.participants[person].gender == old.gender, "from B's snapshot"

            async def step(command: EditParticipant | RestoreParticipant) -> None:
                a.execute(command)
                a_views.append(roster_genders(a.state, person))
                await b.until(lambda: roster_genders(b.state, person) == a_views[-1])
                assert roster_genders(on_file(b.path, sid), person) == a_views[-1]

            await step(edited(sid, old, gender="nonbinary"))
            await step(edited(sid, a.state.participants[person], name=f"{old.name} (chair)"))
            await step(RestoreParticipant(sid, NEWCOMER, "Nadia Newcomer", gender="woman"))
            await step(edited(sid, a.state.participants[person], gender=""))
            await a.until(lambda: a.sync_store.pending_count() == 0)
            assert a.rejections == [] and b.rejections == []
            assert counter.snapshots == downloads, "the feed alone brought the edits"
            assert b.sync.cursor > cursor
            return a_views, b_views, b.state
        finally:
            await a.close()
            await b.close()

    a_views, b_views, b_state = asyncio.run(scenario())
    # Never a stale gender between a mutation's public and private changes (nor a gender the
    # name-only edit cleared): every view shown was one of the first console's, in its order.
    assert without_repeats([v for v in b_views if v != a_views[0]]) == a_views[1:]
    assert a_views[-1][1:] == (None, "woman") and a_views[-1][0].endswith("(chair)")

    # The full reader of the second console's file agrees with it.
    engine = open_database(tmp_path / "b.sqlite3")
    try:
        stored = Store(engine).load_session_state(sid)
    finally:
        engine.dispose()
    assert stored.participants[person] == b_state.participants[person]
    assert stored.participants[NEWCOMER].gender == "woman"

    with live_server.client(demo.staff_token) as client:
        staff_snapshot = snapshot(client, sid)
        staff_feed = all_changes(client, sid, before)
    genders = {p["id"]: p["gender"] for p in staff_snapshot["participants"]}
    assert (genders[person], genders[NEWCOMER]) == (None, "woman")
    private = [c["data"] for c in staff_feed if c["entity"] == "participant_details"]
    assert [(d["participant_id"], d["gender"]) for d in private] == [
        (person, "nonbinary"),
        (NEWCOMER, "woman"),
        (person, None),
    ], "the name-only edit tells no gender"
    assert all("language" in d for d in private), "older consoles read the language as before"


def public_problems(document: Any) -> list[str]:
    """What a participant or display must not read: a gender, or the private entity."""
    text = json.dumps(document)
    private = ('"gender"', '"language"', '"entity": "participant_details"')
    return [word for word in private if word in text]


def test_a_participant_or_display_never_reads_a_gender(live_server: LiveServer, demo: DemoMeeting):
    """Long-poll, event stream and snapshot of the public roles: the gender edits are there as
    public changes without the gender, and each mutation's run still shows where it ends (its
    marker moved onto its last public change)."""
    sid, person = demo.session_id, demo.participant_ids[1]
    with live_server.client(demo.staff_token) as client:
        before = snapshot(client, sid)["version"]
        known = next(p for p in snapshot(client, sid)["participants"] if p["id"] == person)
        fields = {k: known[k] for k in ("function", "organisation", "stakeholder_group")}
        edits = [
            {"person_name": "Renamed", "gender": "nonbinary"},  # public and private
            {"person_name": "Renamed again", "gender": "nonbinary"},  # public only
            {"person_name": "Renamed again", "gender": ""},  # private only: nothing public
        ]
        mutations = [
            {
                "id": number,
                "name": "edit_participant",
                "args": {"session_id": sid, "participant_id": person, **fields, **edit},
            }
            for number, edit in enumerate(edits, start=1)
        ]
        answer = client.post(
            f"{API}/push", json={"client_id": "gender-public", "mutations": mutations}
        )
        assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 3
        staff_feed = all_changes(client, sid, before)
    assert [c["entity"] for c in staff_feed].count("participant_details") == 2

    for role in ("participant", "display"):
        token = live_server.create_token(
            role, participant=person if role == "participant" else None
        )
        with live_server.client(token) as client:
            public_snapshot = snapshot(client, sid)
            long_poll = all_changes(client, sid, before)
            in_small_pages = all_changes_in_pages_of_two(client, sid, before)
        # The snapshot's schema names a gender field for every reader: empty for these.
        assert [p.get("gender") for p in public_snapshot["participants"]] == [None] * len(
            public_snapshot["participants"]
        )
        assert public_snapshot["participant_details"] == []
        assert '"language"' not in json.dumps(public_snapshot)
        # The gender-only edit leaves no trace at all here (not even an identical upsert that
        # would tell that something private changed).
        assert [c["entity"] for c in long_poll] == ["participant"] * 2
        assert all(c["mutation_done"] for c in long_poll), "each run's end is marked"
        assert in_small_pages == long_poll, "a page never ends inside a run"
        assert public_problems(long_poll) == []
        streamed = asyncio.run(read_stream(live_server.url, token, sid, before, len(long_poll)))
        assert streamed == long_poll
        assert [c["data"]["name"] for c in long_poll] == ["Renamed", "Renamed again"]


def all_changes_in_pages_of_two(client: httpx.Client, session_id: str, since: int) -> list[dict]:
    """The feed read in pages of two changes (a gender edit's run is two), to the end."""
    collected: list[dict] = []
    while True:
        response = client.get(
            f"{API}/sessions/{session_id}/changes", params={"since": since, "limit": 2}
        )
        assert response.status_code == 200, response.text
        page = response.json()
        collected += page["changes"]
        if page["version"] == since:
            return collected
        since = page["version"]


async def read_stream(url: str, token: str, session_id: str, since: int, count: int) -> list:
    """The first ``count`` changes of the event stream after ``since``."""
    headers = {"Authorization": f"Bearer {token}"}
    received: list[dict] = []
    async with (
        httpx.AsyncClient(base_url=url, headers=headers, timeout=15) as client,
        aconnect_sse(client, "GET", f"{API}/sessions/{session_id}/events?since={since}") as events,
    ):
        assert events.response.status_code == 200
        async for event in events.aiter_sse():
            if event.event == "change":
                received.append(json.loads(event.data))
                if len(received) == count:
                    break
    return received
