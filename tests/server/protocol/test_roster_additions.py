"""A chair adds a person to the roster of their session's meeting (a walk-in, a person an
import brings): the backend takes it from the chair of that session only, and every session
of the meeting hears of the person, so a speaker entry naming them never reaches a console
that does not know them."""

from __future__ import annotations

import uuid

from helpers import API, changes, push, snapshot
from support.live_server import LiveServer, demo_upload

SECOND = "demo-second-session"


def test_a_chair_adds_a_person_and_every_session_of_the_meeting_hears_of_them(
    live_server: LiveServer,
):
    upload = demo_upload("demo")
    (first,) = upload["sessions"]
    upload["sessions"].append({**first, "id": SECOND, "title": "Second session"})
    staff = live_server.create_token("staff", "demo")
    with live_server.client(staff) as client:
        assert client.put(f"{API}/meetings/demo", json=upload).status_code == 200
    chair = live_server.create_token("chair", "demo", sessions=[first["id"]])
    other_chair = live_server.create_token("chair", "demo", sessions=[SECOND])
    participant = live_server.create_token(
        "participant", "demo", participant=upload["participants"][0]["id"]
    )
    person = uuid.uuid4().hex
    walk_in = {
        "id": 1,
        "name": "add_participant",
        "args": {
            "session_id": first["id"],
            "participant_id": person,
            "person_name": "Nadia Haddad",
            "organisation": "Lebanon",
        },
    }

    with live_server.client(other_chair) as client:
        since = changes(client, SECOND)["version"]
        answer = push(client, uuid.uuid4().hex, [walk_in]).json()
    (result,) = answer["results"]
    assert result["status"] == "rejected", "not the chair of that session"
    assert "may not change session" in result["reason"]
    with live_server.client(participant) as client:
        assert push(client, uuid.uuid4().hex, [walk_in]).status_code == 403

    with live_server.client(chair) as client:
        (result,) = push(client, uuid.uuid4().hex, [walk_in]).json()["results"]
        assert result["status"] == "applied", result
        assert "Nadia Haddad" in {p["name"] for p in snapshot(client, first["id"])["participants"]}
    with live_server.client(other_chair) as client:
        feed = changes(client, SECOND, since=since)["changes"]
        assert snapshot(client, SECOND)["participants"]
    added = [c for c in feed if c["entity"] == "participant" and c["id"] == person]
    assert added and added[0]["op"] == "upsert", "the second session's feed has the person"
    assert added[0]["data"]["name"] == "Nadia Haddad"
