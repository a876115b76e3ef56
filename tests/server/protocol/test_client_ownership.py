"""A client id (one console database) belongs to the token that first pushed with it.

Client ids are in every public feed change, so anybody may learn them. Another token, of any
role and any meeting, pushing under one is refused for the whole batch (409
``client_id_taken``) and nothing of it is stored: the console's own next mutations are applied,
never answered with a stranger's stored results. Another token reading the client's
high-water mark in a snapshot reads it as for an unknown client (0). A token issued to replace
a revoked one with the same role and scope takes the client id over.
"""

from __future__ import annotations

import time
import uuid

from helpers import API, adjust_time, all_changes, assert_error, give_floor, now_ms, push
from sqlalchemy import update
from support.live_server import DemoMeeting, LiveServer

from moderator.server.database import open_server_database
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import hash_token


def revoke(server: LiveServer, token: str) -> None:
    """What staff do when a token is replaced: the old one stops working."""
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


def on_the_floor(server: LiveServer, token: str, demo: DemoMeeting, client_id: str) -> dict:
    """Mutation 1 of the console: a speaker has the floor (time can be adjusted then)."""
    floor = give_floor(1, demo.session_id, demo.entry_ids[0], uuid.uuid4().hex, now_ms())
    with server.client(token) as client:
        answer = push(client, client_id, [floor])
    assert answer.json()["results"] == [{"id": 1, "status": "applied"}], answer.text
    return floor


def made_by(changes: list[dict], client_id: str) -> set[int]:
    """The console's mutations whose effects are in the feed."""
    return {c["mutation_id"] for c in changes if c.get("client_id") == client_id}


def mark(server: LiveServer, token: str, session_id: str, client_id: str) -> int:
    with server.client(token) as client:
        answer = client.get(
            f"{API}/sessions/{session_id}/snapshot", params={"client_id": client_id}
        )
    answer.raise_for_status()
    return answer.json()["last_mutation_id"]


def test_another_token_cannot_push_under_a_consoles_client_id(
    live_server: LiveServer, demo: DemoMeeting
):
    sid = demo.session_id
    chair = live_server.create_token("chair", sessions=[sid])
    console = uuid.uuid4().hex
    on_the_floor(live_server, chair, demo, console)
    with live_server.client(chair) as client:
        before = all_changes(client, sid)

    # Strangers who read the client id in the public feed: the same meeting's staff and
    # another chair of the session, and a staff token of another meeting.
    live_server.load_demo("other")
    strangers = [
        demo.staff_token,
        live_server.create_token("chair", sessions=[sid]),
        live_server.create_token("staff", "other"),
    ]
    for stranger in strangers:
        with live_server.client(stranger) as client:
            answer = push(client, console, [adjust_time(2, sid, 30_000)])
            error = assert_error(answer, 409, "client_id_taken", field="client_id")
            assert "another token" in error["message"]
            # A retry of the console's own id is refused too (it would read its result).
            floor = give_floor(1, sid, demo.entry_ids[0], uuid.uuid4().hex, now_ms())
            assert_error(push(client, console, [floor]), 409, "client_id_taken")
        # Its high-water mark is not shown to them either.
        if stranger != strangers[-1]:
            assert mark(live_server, stranger, sid, console) == 0

    with live_server.client(chair) as client:
        assert all_changes(client, sid) == before, "nothing of the strangers' batches stored"
        # The console's next mutation is applied, not answered with a stranger's result.
        (result,) = push(client, console, [adjust_time(2, sid, 30_000)]).json()["results"]
        assert result == {"id": 2, "status": "applied"}
        assert made_by(all_changes(client, sid), console) == {1, 2}
    assert mark(live_server, chair, sid, console) == 2


def test_a_token_replacing_a_revoked_one_with_the_same_scope_takes_the_client_id_over(
    live_server: LiveServer, demo: DemoMeeting
):
    sid = demo.session_id
    old = live_server.create_token("chair", sessions=[sid])
    console = uuid.uuid4().hex
    floor = on_the_floor(live_server, old, demo, console)

    wider = live_server.create_token("staff")
    new = live_server.create_token("chair", sessions=[sid])
    with live_server.client(new) as client:  # the old token still works: not a replacement
        assert_error(push(client, console, [adjust_time(2, sid, 1_000)]), 409, "client_id_taken")
    revoke(live_server, old)
    with live_server.client(wider) as client:  # another scope never takes it over
        assert_error(push(client, console, [adjust_time(2, sid, 1_000)]), 409, "client_id_taken")
    assert mark(live_server, new, sid, console) == 1, "the successor reads the console's mark"
    with live_server.client(new) as client:
        # A retry of the acknowledged id is answered from the stored result: exactly once.
        before = all_changes(client, sid)
        answer = push(client, console, [floor, adjust_time(2, sid, 1_000)])
        assert answer.json()["results"] == [
            {"id": 1, "status": "applied"},
            {"id": 2, "status": "applied"},
        ], answer.text
        after = all_changes(client, sid)
        assert made_by(after, console) == {1, 2}
        assert len(made_by(after[len(before) :], console)) == 1
    with live_server.client(old) as client:
        assert push(client, console, [adjust_time(3, sid, 1)]).status_code == 401
