"""Poison input: ids that break the protocol's id rule, NUL and lone surrogates, values the
database cannot store, mistyped mutation ids and a doubled protocol header.

Each is answered with a clear 4xx naming the field, never a 500: a console retries a server
error forever and every later action of the chair waits behind it. Run on SQLite and, where
Debian's PostgreSQL is installed, on PostgreSQL (it refuses NUL and over-long strings where
SQLite stores them).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers import API, assert_error, fresh_meeting, push, snapshot
from postgres import create_database
from support.live_server import DemoMeeting, LiveServer, running_server

from moderator.services.agenda.agenda_export import export_agenda_json
from moderator.services.agenda.demo import build_demo_meeting
from moderator.storage.database import open_database
from moderator.storage.repository import Store


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    if request.param == "sqlite":
        with running_server(tmp_path_factory.mktemp("poison")) as live:
            yield live
        return
    admin_url = request.getfixturevalue("postgres_admin_url")  # the run's one cluster
    url = create_database(admin_url, "moderator_poison")
    logs = tmp_path_factory.mktemp("poison-pg")
    live = LiveServer(db_path=url, log_path=logs / "server.log")  # type: ignore[arg-type]
    live.start()
    try:
        yield live
    finally:
        live.kill()


@pytest.fixture
def demo(server: LiveServer) -> DemoMeeting:
    return fresh_meeting(server)


def new_client() -> str:
    """A console of its own: the server is shared by the module's tests."""
    return f"poison-{uuid.uuid4().hex[:12]}"


def add_speaker(mutation_id: int, demo: DemoMeeting, **changes: object) -> dict:
    snapshot_entry = demo.upload["entries"][0]
    args = {
        "session_id": demo.session_id,
        "entry_id": f"e-{uuid.uuid4().hex[:8]}",
        "agenda_item_id": snapshot_entry["agenda_item_id"],
        "participant_id": snapshot_entry["participant_id"],
        "speech_type": "floor",
        "allotted_ms": 120_000,
        "order_key": "zz",
        "origin": "room_request",
    }
    args.update(changes)
    return {"id": mutation_id, "name": "add_speaker", "args": args}


def add_participant(mutation_id: int, demo: DemoMeeting, name: str) -> dict:
    return {
        "id": mutation_id,
        "name": "add_participant",
        "args": {
            "session_id": demo.session_id,
            "participant_id": f"p-{uuid.uuid4().hex[:8]}",
            "person_name": name,
        },
    }


# --- ids in a path ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["a%00b", "x" * 65, "a.b", "a%20b", "%ED%A0%80"])
@pytest.mark.parametrize(
    "path", ["/sessions/{}/snapshot", "/sessions/{}/changes", "/sessions/{}/hands"]
)
def test_a_session_id_in_a_path_that_breaks_the_id_rule_is_422_naming_it(
    server: LiveServer, demo: DemoMeeting, path: str, bad_id: str
):
    with server.client(demo.staff_token) as client:
        response = client.get(API + path.format(bad_id))
    assert_error(response, 422, "validation_failed", field="session_id")


def test_a_meeting_id_with_a_nul_is_422_and_an_event_stream_too(
    server: LiveServer, demo: DemoMeeting
):
    with server.client(demo.staff_token) as client:
        assert_error(
            client.get(f"{API}/meetings/a%00b"), 422, "validation_failed", field="meeting_id"
        )
        assert_error(
            client.get(f"{API}/sessions/a%00b/events"),
            422,
            "validation_failed",
            field="session_id",
        )


# --- ids and text in a mutation ---------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id", ["", "../../etc", "x" * 5000, "e1'; DROP TABLE entries; --", "e\x00", "é"]
)
def test_an_id_in_a_mutation_that_breaks_the_id_rule_is_422_naming_it_and_stores_nothing(
    server: LiveServer, demo: DemoMeeting, bad_id: str
):
    console = new_client()
    with server.client(demo.staff_token) as client:
        before = snapshot(client, demo.session_id)
        response = push(client, console, [add_speaker(1, demo, entry_id=bad_id)])
        assert_error(response, 422, "validation_failed", field="mutations.0.args.entry_id")
        after = snapshot(client, demo.session_id)
        assert after["version"] == before["version"]
        assert len(after["entries"]) == len(before["entries"])
        # Nothing was consumed: the console's corrected mutation 1 is applied.
        fixed = push(client, console, [add_speaker(1, demo)])
        assert fixed.status_code == 200, fixed.text
        assert fixed.json()["results"] == [{"id": 1, "status": "applied"}]


def test_an_optional_id_may_be_empty_but_a_required_one_may_not(
    server: LiveServer, demo: DemoMeeting
):
    with server.client(demo.staff_token) as client:
        response = push(
            client,
            new_client(),
            [add_speaker(1, demo, agenda_item_id="")],
        )
    assert_error(response, 422, "validation_failed", field="mutations.0.args.agenda_item_id")


@pytest.mark.parametrize(
    ("raw_name", "why"),
    [
        ('"Ana\\u0000Lima"', "NUL"),
        ('"Ana\\ud800Lima"', "surrogate"),
        ('"\\udfff"', "surrogate"),
    ],
)
def test_a_nul_or_a_lone_surrogate_in_a_name_is_422_naming_the_field(
    server: LiveServer, demo: DemoMeeting, raw_name: str, why: str
):
    participant_id = f"p-{uuid.uuid4().hex[:8]}"
    console = new_client()
    body = (
        f'{{"client_id": "{console}", "mutations": [{{"id": 1, "name": "add_participant", '
        f'"args": {{"session_id": "{demo.session_id}", "participant_id": "{participant_id}", '
        f'"person_name": {raw_name}}}}}]}}'
    )
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push", content=body, headers={"Content-Type": "application/json"}
        )
        error = assert_error(
            response, 422, "validation_failed", field="mutations.0.args.person_name"
        )
        assert why in error["message"]
        assert participant_id not in {
            p["id"] for p in snapshot(client, demo.session_id)["participants"]
        }
        assert push(client, console, [add_participant(1, demo, "Ana Lima")]).json()["results"] == [
            {"id": 1, "status": "applied"}
        ]


def test_a_nul_in_an_uploaded_meeting_is_422_naming_the_field(
    server: LiveServer, demo: DemoMeeting
):
    upload = {**demo.upload}
    upload["participants"] = [dict(p) for p in upload["participants"]]
    upload["participants"][1]["name"] = "Ana\x00Lima"
    with server.client(demo.staff_token) as client:
        response = client.put(f"{API}/meetings/{demo.meeting_id}", json=upload)
    assert_error(response, 422, "validation_failed", field="participants.1.name")


def exported_agenda(folder: Path) -> dict:
    """The demo meeting as ``moderator export-agenda --format json`` writes it."""
    engine = open_database(folder / "staff-console.sqlite3")
    try:
        Store(engine).add_meeting(build_demo_meeting(time.time_ns() // 1_000_000))
        return export_agenda_json(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize(("bad", "why"), [("Ana\x00Lima", "NUL"), ("Ana\ud800", "surrogate")])
def test_a_nul_or_a_lone_surrogate_in_an_imported_agenda_is_422_and_nothing_is_written(
    server: LiveServer, tmp_path: Path, bad: str, why: str
):
    meeting_id = f"agenda-{uuid.uuid4().hex[:8]}"
    staff = server.create_token("staff", meeting_id)
    document = exported_agenda(tmp_path)
    document["meetings"][0]["participants"][2]["organisation"] = bad
    # Escaped as \u0000 / \ud800 in the JSON text, as a browser or a script would send them.
    body = json.dumps(document, ensure_ascii=True)
    with server.client(staff) as client:
        response = client.post(
            f"{API}/meetings/{meeting_id}/agenda",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        error = assert_error(
            response,
            422,
            "validation_failed",
            field="meetings.0.participants.2.organisation",
        )
        assert why in error["message"]
        assert client.get(f"{API}/meetings/{meeting_id}").status_code == 404


def test_a_value_the_database_cannot_store_rejects_that_mutation_alone_and_consumes_its_id(
    server: LiveServer, demo: DemoMeeting
):
    """A valid order key of 300 characters: PostgreSQL's column holds 200, SQLite stores it.
    Either way the batch is answered, the queue moves on, and the log holds no value of it."""
    marker = "Zq" * 150
    console = new_client()
    batch = [
        add_speaker(1, demo, order_key=marker),
        {"id": 2, "name": "adjust_time", "args": {"session_id": demo.session_id, "delta_ms": 1}},
    ]
    with server.client(demo.staff_token) as client:
        response = push(client, console, batch)
        assert response.status_code == 200, response.text
        results = response.json()["results"]
        assert response.json()["last_mutation_id"] == 2
        assert [result["id"] for result in results] == [1, 2]
        if str(server.db_path).startswith("postgresql"):
            assert results[0]["status"] == "rejected"
            assert "could not store" in results[0]["reason"]
        else:
            assert results[0]["status"] == "applied"
        # A retry of the batch (a console that lost the answer) gets the same results back.
        again = push(client, console, batch)
        assert again.status_code == 200, again.text
        assert again.json()["results"] == results
    log = server.log()
    assert "Traceback" not in log
    assert marker not in log


# --- mutation ids and the protocol header -------------------------------------------------------


@pytest.mark.parametrize("mistyped", [1.0, "1", True])
def test_a_mutation_id_that_is_not_an_integer_is_422(
    server: LiveServer, demo: DemoMeeting, mistyped: object
):
    mutation = {
        "id": mistyped,
        "name": "adjust_time",
        "args": {"session_id": demo.session_id, "delta_ms": 1000},
    }
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push", json={"client_id": "poison-mid", "mutations": [mutation]}
        )
    assert_error(response, 422, "validation_failed", field="mutations.0.id")


@pytest.mark.parametrize("versions", [("2", "1"), ("1", "1")])
def test_two_protocol_headers_are_refused_not_last_wins(
    server: LiveServer, demo: DemoMeeting, versions: tuple[str, str]
):
    headers = [("Authorization", f"Bearer {demo.staff_token}")] + [
        ("X-Moderator-Protocol", version) for version in versions
    ]
    with httpx.Client(base_url=server.url, timeout=10) as client:
        response = client.get(f"{API}/sessions/{demo.session_id}/snapshot", headers=headers)
    assert_error(response, 400, "protocol_version_ambiguous")
