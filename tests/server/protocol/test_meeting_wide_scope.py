"""Meeting-wide data needs a token whose scope is the meeting, and reaches every session.

A meeting with two sessions, a chair for each. The timer thresholds are the meeting's: only
staff, admins and a chair of every session change them, and the change is in the feed and the
snapshot of every session of the meeting. The uploaded roster is the meeting's too: a chair of
one session may not rename, re-gender or remove a person of it. A chair may still add a walk-in
in their session and then correct or take back that person, until a session outside their
scope has them on its list.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import pytest
from helpers import API, changes, push, snapshot
from support.live_server import LiveServer, demo_upload

SECOND = "demo-second-session"
SECOND_ITEM = "demo-second-item"


class Caller:
    """One token's console: a client id and its own mutation numbering."""

    def __init__(self, server: LiveServer, token: str, session_id: str) -> None:
        self.server, self.token, self.session_id = server, token, session_id
        self.client_id = uuid.uuid4().hex
        self.ids = itertools.count(1)

    def push(self, name: str, **args: Any) -> dict[str, Any]:
        mutation = {
            "id": next(self.ids),
            "name": name,
            "args": {"session_id": self.session_id, **args},
        }
        with self.server.client(self.token) as client:
            answer = push(client, self.client_id, [mutation])
        assert answer.status_code == 200, answer.text
        (result,) = answer.json()["results"]
        return result


def person_fields(name: str, gender: str = "") -> dict[str, Any]:
    return {"person_name": name, "organisation": "Lebanon", "gender": gender}


@pytest.fixture
def meeting(live_server: LiveServer) -> dict[str, Any]:
    """The demo meeting with a second session whose list names a person of the roster."""
    upload = demo_upload("demo")
    (first,) = upload["sessions"]
    upload["sessions"].append({**first, "id": SECOND, "title": "Second session"})
    upload["agenda_items"].append(
        {
            "id": SECOND_ITEM,
            "session_id": SECOND,
            "position": 1,
            "title": "Second item",
            "planned_duration_ms": 600_000,
        }
    )
    speaks_in_second = upload["participants"][-1]["id"]
    upload["entries"] = [e for e in upload["entries"] if e["participant_id"] != speaks_in_second]
    upload["entries"].append(
        {
            "id": "demo-second-entry",
            "agenda_item_id": SECOND_ITEM,
            "participant_id": speaks_in_second,
            "speech_type": "statement",
            "allotted_ms": 120_000,
            "order_key": "a1",
            "origin": "scheduled",
        }
    )
    staff = live_server.create_token("staff", "demo")
    with live_server.client(staff) as client:
        assert client.put(f"{API}/meetings/demo", json=upload).status_code == 200
    return {
        "first": first["id"],
        "staff": staff,
        "speaks_in_second": speaks_in_second,
        "unlisted": upload["participants"][0]["id"],
        "upload": upload,
    }


def test_only_a_meeting_scoped_token_sets_thresholds_and_every_session_hears_of_it(
    live_server: LiveServer, meeting: dict[str, Any]
):
    first = meeting["first"]
    chair = live_server.create_token("chair", "demo", sessions=[first])
    other_chair = live_server.create_token("chair", "demo", sessions=[SECOND])
    display = live_server.create_token("display", "demo")
    with live_server.client(other_chair) as client:
        before = snapshot(client, SECOND)
    old = (before["meeting"]["warning_ms"], before["meeting"]["final_ms"])
    new = (90_000, 20_000)
    assert new != old

    result = Caller(live_server, chair, first).push(
        "set_thresholds", warning_ms=new[0], final_ms=new[1]
    )
    assert result["status"] == "rejected", result
    assert "staff" in result["reason"]
    with live_server.client(chair) as client:
        meeting_now = snapshot(client, first)["meeting"]
    assert (meeting_now["warning_ms"], meeting_now["final_ms"]) == old

    # A chair of every session of the meeting has the meeting in scope.
    chair_of_all = live_server.create_token("chair", "demo", sessions=[first, SECOND])
    result = Caller(live_server, chair_of_all, first).push(
        "set_thresholds", warning_ms=new[0], final_ms=new[1]
    )
    assert result == {"id": 1, "status": "applied"}
    # The other session's chair and a display of it: in the feed and in a new snapshot.
    for token in (other_chair, display):
        with live_server.client(token) as client:
            feed = changes(client, SECOND, since=before["version"])["changes"]
            fresh = snapshot(client, SECOND)["meeting"]
        told = [c for c in feed if c["entity"] == "meeting"]
        assert told, f"the second session's feed has the thresholds: {feed}"
        assert (told[-1]["data"]["warning_ms"], told[-1]["data"]["final_ms"]) == new
        assert (fresh["warning_ms"], fresh["final_ms"]) == new
    staff = Caller(live_server, meeting["staff"], SECOND)
    assert staff.push("set_thresholds", warning_ms=120_000, final_ms=0)["status"] == "applied"
    with live_server.client(chair) as client:
        assert snapshot(client, first)["meeting"]["warning_ms"] == 120_000


def test_a_chair_changes_only_the_walk_ins_of_their_session_that_no_other_session_lists(
    live_server: LiveServer, meeting: dict[str, Any]
):
    first = meeting["first"]
    chair = Caller(live_server, live_server.create_token("chair", "demo", sessions=[first]), first)
    other = Caller(
        live_server, live_server.create_token("chair", "demo", sessions=[SECOND]), SECOND
    )
    staff = Caller(live_server, meeting["staff"], first)

    # The uploaded roster: someone who speaks only in the second session, and someone on no
    # list at all. Neither renamed, re-gendered, given a language nor removed by the chair.
    for person in (meeting["speaks_in_second"], meeting["unlisted"]):
        for name, args in (
            ("edit_participant", person_fields("Renamed", gender="nonbinary")),
            ("set_participant_language", {"language": "fr"}),
            ("remove_participant", {}),
        ):
            result = chair.push(name, participant_id=person, **args)
            assert result["status"] == "rejected", (name, result)
            assert "meeting's roster" in result["reason"]
    with live_server.client(meeting["staff"]) as client:
        people = {p["id"]: p for p in snapshot(client, SECOND)["participants"]}
    for person in (meeting["speaks_in_second"], meeting["unlisted"]):
        uploaded = next(p for p in meeting["upload"]["participants"] if p["id"] == person)
        assert people[person]["name"] == uploaded["name"]
        assert (people[person]["gender"] or "") == (uploaded["gender"] or "")

    # A walk-in the chair added: corrected, and taken back (the undo of adding).
    walk_in, typo = uuid.uuid4().hex, uuid.uuid4().hex
    assert chair.push("add_participant", participant_id=walk_in, person_name="Karim")["status"] == (
        "applied"
    )
    assert chair.push("add_participant", participant_id=typo, person_name="Krim")["status"] == (
        "applied"
    )
    fixed = chair.push("edit_participant", participant_id=walk_in, **person_fields("Karim Saleh"))
    assert fixed["status"] == "applied", fixed
    language = chair.push("set_participant_language", participant_id=walk_in, language="ar")
    assert language["status"] == "applied", language
    assert chair.push("remove_participant", participant_id=typo)["status"] == "applied"

    # Once the second session lists the walk-in, they are the meeting's.
    listed = other.push(
        "add_speaker",
        entry_id=uuid.uuid4().hex,
        agenda_item_id=SECOND_ITEM,
        participant_id=walk_in,
        speech_type="statement",
        allotted_ms=120_000,
        order_key="b1",
    )
    assert listed["status"] == "applied", listed
    for name, args in (
        ("edit_participant", person_fields("Karim S.")),
        ("remove_participant", {}),
    ):
        result = chair.push(name, participant_id=walk_in, **args)
        assert result["status"] == "rejected", (name, result)
        assert "another session's list" in result["reason"]
    # The other session's chair did not add them either.
    result = other.push("edit_participant", participant_id=walk_in, **person_fields("K."))
    assert result["status"] == "rejected" and "meeting's roster" in result["reason"]

    # Staff change the meeting's roster, and every session hears of it.
    edited = staff.push(
        "edit_participant", participant_id=meeting["speaks_in_second"], **person_fields("Lina")
    )
    assert edited["status"] == "applied", edited
    with live_server.client(other.token) as client:
        people = {p["id"]: p["name"] for p in snapshot(client, SECOND)["participants"]}
    assert people[meeting["speaks_in_second"]] == "Lina"
    assert people[walk_in] == "Karim Saleh" and typo not in people
