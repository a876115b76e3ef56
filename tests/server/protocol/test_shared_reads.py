"""Followers woken together are answered from one read of their meeting, and each still gets
exactly its own feed.

A meeting-wide change (the roster, the thresholds) wakes the streams of every session of the
meeting at once; they are answered from one read of the meeting's changes
(``SyncService.followers_changes``). What each follower is handed must be what it would have
read alone (``SyncService.changes``, the long-poll's read): its session's changes and the
meeting's, never another session's or another meeting's, never personal data on the public
feed, cut at the same page ends.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers import API, changes, push, snapshot
from httpx_sse import connect_sse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from support.live_server import LiveServer, demo_upload

from moderator.server.database import ServerDatabase, open_server_database
from moderator.server.fanout import feed_pages
from moderator.server.models import ChangeRow
from moderator.server.routes import feed as feed_route
from moderator.server.sync import ProtocolError, SyncService

# --- the shared read against reading alone ----------------------------------------------------

SESSIONS = ("s1", "s2", "s3")
#: Rows of another meeting are interleaved: they must never reach these followers.
OTHER_MEETING = ("other", "x1")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerDatabase]:
    db = open_server_database(str(tmp_path_factory.mktemp("shared-reads") / "server.sqlite3"))
    yield db
    db.dispose()


change_rows = st.lists(
    st.fixed_dictionaries(
        {
            # Where the change belongs: a session of the meeting, the whole meeting (None),
            # or a session of another meeting.
            "where": st.sampled_from([*SESSIONS, None, OTHER_MEETING]),
            "entity": st.sampled_from(["clock", "entry", "participant", "participant_details"]),
            "private": st.booleans(),
            # Runs of one mutation: the marker on its last change, which the public reading
            # moves onto its last public change.
            "mutation": st.one_of(st.none(), st.integers(1, 4)),
        }
    ),
    min_size=0,
    max_size=40,
)


def write_feed(db: ServerDatabase, rows: list[dict[str, Any]]) -> list[int]:
    """The rows as committed changes (a mutation's run ends where the next mutation starts)."""
    with db.engine.begin() as connection:
        connection.execute(ChangeRow.__table__.delete())
        versions = []
        for index, row in enumerate(rows):
            where = row["where"]
            meeting, session = where if isinstance(where, tuple) else ("m", where)
            last_of_run = index + 1 == len(rows) or rows[index + 1]["mutation"] != row["mutation"]
            values = {
                "meeting_id": meeting,
                "session_id": session,
                "entity": row["entity"],
                "entity_id": f"e{index}",
                "op": "upsert",
                "data_json": json.dumps({"n": index}),
                "server_time_ms": 1_000 + index,
                "private": row["private"],
            }
            if row["mutation"] is not None:
                values |= {
                    "client_id": "console",
                    "mutation_id": row["mutation"],
                    "mutation_done": last_of_run,
                }
            versions.append(connection.execute(insert(ChangeRow).values(values)).lastrowid)
    return versions


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    rows=change_rows,
    followers=st.lists(
        st.tuples(st.sampled_from(SESSIONS), st.integers(0, 45), st.booleans()),
        min_size=1,
        max_size=8,
        unique=True,
    ),
    limit=st.sampled_from([1, 2, 3, 1000]),
    one_read_holds=st.sampled_from([2, 5, feed_pages.MEETING_READ_ROWS]),
)
def test_each_follower_is_handed_what_it_would_have_read_alone(
    database: ServerDatabase,
    monkeypatch: pytest.MonkeyPatch,
    rows: list[dict[str, Any]],
    followers: list[tuple[str, int, bool]],
    limit: int,
    one_read_holds: int,
):
    # A small read size sends a backlog down the session-by-session path as well.
    monkeypatch.setattr(feed_pages, "MEETING_READ_ROWS", one_read_holds)
    versions = write_feed(database, rows)
    first = versions[0] if versions else 1
    # Cursors from before the feed's start to past its end: the refusals must match too.
    keys = [(session, first - 2 + offset, full) for session, offset, full in followers]
    sync = SyncService(database, now_ms=lambda: 0)
    newest = max(versions, default=0)

    together = sync.followers_changes("m", keys, limit)

    assert set(together) == set(keys)
    for session, since, full in keys:
        try:
            alone: Any = sync.changes("m", session, since, limit, full)
        except ProtocolError as error:
            alone = error
        answer = together[(session, since, full)]
        if isinstance(alone, ProtocolError):
            assert isinstance(answer, ProtocolError), (session, since, full, answer)
            assert (answer.status, answer.code) == (alone.status, alone.code)
        else:
            changes, version, at_end = answer
            assert (changes, version) == alone, (session, since, full)
            # "At the end" is what lets a stream wait instead of reading again at once: it
            # must never be said of a page that stopped short of the feed's newest change.
            if at_end:
                assert version == max(since, newest), (session, since, full)
            elif full:
                assert len(changes) == limit, (session, since, full)


# --- streams of two sessions and of another meeting, through the real server -----------------

SECOND = "demo-second-session"


@pytest.fixture
def two_rooms(live_server: LiveServer) -> dict[str, Any]:
    """A meeting of two sessions (``shared``), and another meeting beside it."""
    upload = demo_upload("shared")
    (first,) = upload["sessions"]
    upload["sessions"].append({**first, "id": SECOND, "title": "Second session"})
    staff = live_server.create_token("staff", "shared")
    with live_server.client(staff) as client:
        assert client.put(f"{API}/meetings/shared", json=upload).status_code == 200
    other = live_server.load_demo("beside")
    return {
        "first": first["id"],
        "entry": upload["entries"][0]["id"],
        "person": upload["participants"][0],
        "staff": staff,
        "other": other,
    }


def pushed(server: LiveServer, token: str, name: str, **args: Any) -> None:
    mutation = {"id": 1, "name": name, "args": args}
    with server.client(token) as client:
        answer = push(client, uuid.uuid4().hex, [mutation])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied", answer.text


def test_a_roster_edit_reaches_every_rooms_stream_with_only_that_rooms_feed(
    live_server: LiveServer, two_rooms: dict[str, Any]
):
    first, staff, other = two_rooms["first"], two_rooms["staff"], two_rooms["other"]
    chair = live_server.create_token("chair", "shared", sessions=[first])
    display = live_server.create_token("display", "shared")
    other_display = live_server.create_token("display", other.meeting_id)
    followers = {  # name: (token, session)
        "first room, public": (display, first),
        "first room, staff": (staff, first),
        "second room, public": (display, SECOND),
        "second room, staff": (staff, SECOND),
        "other meeting": (other_display, other.session_id),
    }
    with contextlib.ExitStack() as stack:
        streams, start = {}, {}
        for name, (token, session) in followers.items():
            client = stack.enter_context(live_server.client(token, timeout=30))
            start[name] = snapshot(client, session)["version"]  # where this stream starts
            url = f"{API}/sessions/{session}/events"
            source = stack.enter_context(connect_sse(client, "GET", url))
            assert source.response.status_code == 200
            streams[name] = source.iter_sse()

        # The first room's chair acts; then staff rename and re-gender a person of the
        # meeting (public, and personal data); then the other meeting changes, as a marker.
        turn = {"entry_id": two_rooms["entry"], "turn_id": "t-shared", "at_ms": now()}
        pushed(live_server, chair, "give_floor", session_id=first, **turn)
        person = two_rooms["person"]
        pushed(
            live_server,
            staff,
            "edit_participant",
            session_id=first,
            participant_id=person["id"],
            person_name=person["name"] + " Jr",
            organisation=person.get("organisation", ""),
            gender="f" if person.get("gender") != "f" else "m",
        )
        other_chair = live_server.create_token("chair", other.meeting_id, [other.session_id])
        pushed(
            live_server,
            other_chair,
            "give_floor",
            session_id=other.session_id,
            entry_id=other.entry_ids[0],
            turn_id="t-beside",
            at_ms=now(),
        )

        seen = {}
        for name, (token, session) in followers.items():
            with live_server.client(token) as client:
                expected = changes(client, session, start[name])["changes"]
            received = list(itertools.islice(_changes(streams[name]), len(expected)))
            assert received == expected, name
            seen[name] = {change["entity"] for change in received}

    # What that means for each: the room's own changes stay in the room, the roster edit
    # reaches both rooms, the person's gender only staff, nothing crosses meetings.
    assert {"turn", "participant"} <= seen["first room, public"]
    assert "participant_details" not in seen["first room, public"]
    assert {"turn", "participant", "participant_details"} <= seen["first room, staff"]
    assert seen["second room, public"] == {"participant"}
    assert seen["second room, staff"] == {"participant", "participant_details"}
    assert "turn" in seen["other meeting"]
    assert not {"participant", "participant_details"} & seen["other meeting"]


def _changes(events: Iterator[Any]) -> Iterator[dict[str, Any]]:
    for event in events:
        if event.event == "change":
            yield json.loads(event.data)


def now() -> int:
    return int(time.time() * 1000)


def test_a_stream_behind_by_more_than_a_page_catches_up_without_waiting(tmp_path):
    """A stream resumed far back (a display that slept) reads page after page at once: it
    waits for news only once it has read to the end. The heartbeat is a minute, so a stream
    that waited after its first page would get nothing more within the read timeout."""
    from helpers import adjust_time, give_floor, now_ms
    from support.live_server import running_server

    with running_server(tmp_path, heartbeat_s=60) as server:
        demo = server.load_demo("backlog")
        chair = server.create_token("chair", "backlog", sessions=[demo.session_id])
        display = server.create_token("display", "backlog")
        with server.client(chair) as client:
            since = snapshot(client, demo.session_id)["version"]
            turn = give_floor(1, demo.session_id, demo.entry_ids[0], "t-backlog", now_ms())
            assert push(client, "c", [turn]).status_code == 200
            for start in (2, 802):  # 1,600 clock changes: more than a stream's page of 1,000
                batch = [adjust_time(n, demo.session_id, 1000) for n in range(start, start + 800)]
                assert push(client, "c", batch).status_code == 200
            newest = snapshot(client, demo.session_id)["version"]
        assert newest - since > feed_route.STREAM_PAGE

        url = f"{API}/sessions/{demo.session_id}/events"
        seen = 0
        with (
            server.client(display, timeout=httpx.Timeout(20, read=20)) as client,
            connect_sse(client, "GET", url, headers={"Last-Event-ID": str(since)}) as source,
        ):
            for event in source.iter_sse():
                if event.event == "change":
                    seen += 1
                    if int(event.id) == newest:
                        break
        assert seen == newest - since
