"""The server on PostgreSQL: the same protocol, with row locks ordering concurrent pushes.

Runs against a throwaway local cluster (Debian's ``postgresql`` package, installed by
``scripts/setup.sh``); skipped with the reason when PostgreSQL or psycopg is missing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from postgres import create_database, postgres_binaries
from support.live_server import LiveServer, demo_upload

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
if postgres_binaries() is None:
    pytest.skip(
        "PostgreSQL (Debian's postgresql package) is not installed", allow_module_level=True
    )


@pytest.fixture
def pg_server(cluster: str, tmp_path: Path) -> Iterator[LiveServer]:
    url = create_database(cluster, f"moderator_{tmp_path.name[-20:].replace('-', '_').lower()}")
    server = LiveServer(db_path=url, log_path=tmp_path / "server.log")  # type: ignore[arg-type]
    server.start()
    yield server
    server.kill()


def test_push_feed_and_hands_work_on_postgresql(pg_server: LiveServer):
    demo = pg_server.load_demo("demo")
    chair = pg_server.create_token("chair", sessions=[demo.session_id])
    at = int(time.time() * 1000)
    batch = {
        "client_id": "console-pg",
        "mutations": [
            {
                "id": 1,
                "name": "give_floor",
                "args": {
                    "session_id": demo.session_id,
                    "entry_id": demo.entry_ids[0],
                    "turn_id": "t1",
                    "at_ms": at,
                },
            },
            {
                "id": 2,
                "name": "pause_clock",
                "args": {"session_id": demo.session_id, "at_ms": at + 1000},
            },
            {
                "id": 3,
                "name": "pause_clock",
                "args": {"session_id": demo.session_id, "at_ms": at + 2000},
            },
        ],
    }

    def send() -> dict:
        with pg_server.client(chair) as client:
            response = client.post("/api/v1/push", json=batch)
            assert response.status_code == 200, response.text
            return response.json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: send(), range(6)))
    statuses = [[r["status"] for r in answer["results"]] for answer in answers]
    assert statuses == [["applied", "applied", "rejected"]] * 6
    assert all(answer["last_mutation_id"] == 3 for answer in answers)

    with pg_server.client(chair) as client:
        snapshot = client.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
        assert [t["id"] for t in snapshot["turns"]] == ["t1"]
        assert snapshot["clock"]["status"] == "paused"
        assert snapshot["clock"]["accumulated_ms"] == 1000
        feed = client.get(f"/api/v1/sessions/{demo.session_id}/changes?since=0").json()
        clock_changes = [c for c in feed["changes"] if c["entity"] == "clock"]
        assert len(clock_changes) == 2, "a mutation was applied more than once"

    participant = pg_server.create_token("participant", participant=demo.participant_ids[0])
    with pg_server.client(participant) as client:
        assert client.post(f"/api/v1/sessions/{demo.session_id}/hands").status_code == 201
        assert len(client.get(f"/api/v1/sessions/{demo.session_id}/hands").json()["hands"]) == 1


def test_client_ids_and_meeting_wide_scope_hold_on_postgresql(pg_server: LiveServer):
    upload = demo_upload("demo")
    (first,) = upload["sessions"]
    upload["sessions"].append({**first, "id": "demo-second", "title": "Second session"})
    staff = pg_server.create_token("staff")
    with pg_server.client(staff) as client:
        assert client.put("/api/v1/meetings/demo", json=upload).status_code == 200
    chair = pg_server.create_token("chair", sessions=[first["id"]])
    walk_in = "pg-walk-in"

    def mutation(number: int, name: str, **args: object) -> dict:
        return {"id": number, "name": name, "args": {"session_id": first["id"], **args}}

    batch = {
        "client_id": "console-pg",
        "mutations": [
            mutation(1, "add_participant", participant_id=walk_in, person_name="Karim"),
            mutation(2, "edit_participant", participant_id=walk_in, person_name="Karim Saleh"),
            mutation(
                3,
                "edit_participant",
                participant_id=upload["participants"][0]["id"],
                person_name="Renamed",
            ),
            mutation(4, "set_thresholds", warning_ms=90_000, final_ms=20_000),
        ],
    }
    with pg_server.client(chair) as client:
        answer = client.post("/api/v1/push", json=batch).json()
    assert [r["status"] for r in answer["results"]] == [
        "applied",
        "applied",
        "rejected",
        "rejected",
    ], answer
    with pg_server.client(staff) as client:
        taken = client.post("/api/v1/push", json={**batch, "mutations": batch["mutations"][3:]})
        assert taken.status_code == 409 and taken.json()["error"]["code"] == "client_id_taken"
        thresholds = {**batch["mutations"][3], "id": 1}
        applied = client.post(
            "/api/v1/push", json={"client_id": "staff-pg", "mutations": [thresholds]}
        )
        assert applied.json()["results"] == [{"id": 1, "status": "applied"}], applied.text
        seconds = client.get("/api/v1/sessions/demo-second/snapshot").json()
    assert seconds["meeting"]["warning_ms"] == 90_000
    assert {p["id"]: p["name"] for p in seconds["participants"]}[walk_in] == "Karim Saleh"


def test_tokens_are_checked_listed_revoked_and_expire_on_postgresql(
    pg_server: LiveServer, capsys: pytest.CaptureFixture[str]
):
    import json

    from moderator.server.cli import main as server_main

    db = ["--db", str(pg_server.db_path)]
    upload = demo_upload("pgt")
    staff = pg_server.create_token("staff", "pgt")
    with pg_server.client(staff) as client:
        assert client.put("/api/v1/meetings/pgt", json=upload).status_code == 200
    session_id = upload["sessions"][0]["id"]
    capsys.readouterr()
    chair = ["create-token", "--role", "chair", "--meeting", "pgt", "--label", "PG chair"]
    assert server_main([*chair, "--session", "typo", *db]) == 2
    assert "no session 'typo'" in capsys.readouterr().err
    assert server_main([*chair, "--session", session_id, "--expires", "2h", *db]) == 0
    token = capsys.readouterr().out.strip()
    with pg_server.client(token) as client:
        assert client.get("/api/v1/whoami").status_code == 200
        assert server_main(["list-tokens", "--json", "--meeting", "pgt", *db]) == 0
        listed = {t["label"]: t for t in json.loads(capsys.readouterr().out)}
        assert listed["PG chair"]["last_used_at_ms"] is not None
        assert listed["PG chair"]["expires_at_ms"] is not None
        assert server_main(["revoke-token", "--label", "PG chair", *db]) == 0
        refused = client.get("/api/v1/whoami")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "token_revoked"
    expired = pg_server.create_token("display", "pgt", expires_at_ms=int(time.time() * 1000) - 1)
    with pg_server.client(expired) as client:
        assert client.get("/api/v1/whoami").json()["error"]["code"] == "token_expired"


def test_a_push_postgresql_aborts_to_break_a_deadlock_is_run_again_and_applied_once(
    pg_server: LiveServer,
):
    """A roster edit locks its session, then its meeting. Another transaction holding the
    meeting and then asking for the session closes a cycle; PostgreSQL aborts the server's
    batch (its deadlock check runs first: the other waits a minute before it looks). The
    server runs the batch again once the way is free: the chair's console gets "applied",
    and the edit is in the feed once."""
    demo = pg_server.load_demo("demo")
    person = demo.upload["participants"][0]
    staff = pg_server.create_token("staff")
    plain = str(pg_server.db_path).replace("postgresql+psycopg://", "postgresql://")
    mutation = {
        "id": 1,
        "name": "edit_participant",
        "args": {
            "session_id": demo.session_id,
            "participant_id": person["id"],
            "person_name": person["name"] + " Jr",
            "organisation": person.get("organisation", ""),
        },
    }

    def send() -> dict:
        with pg_server.client(staff, timeout=60) as client:
            response = client.post("/api/v1/push", json={"client_id": "c", "mutations": [mutation]})
            assert response.status_code == 200, response.text
            return response.json()

    with psycopg.connect(plain) as other, ThreadPoolExecutor(max_workers=1) as pool:
        other.execute("SET LOCAL deadlock_timeout = '60s'")
        other.execute("SELECT id FROM meetings WHERE id = 'demo' FOR UPDATE")
        answer = pool.submit(send)
        _wait_for_a_backend_waiting_on_a_lock(plain)  # the server holds the session
        other.execute(
            "SELECT id FROM sessions WHERE id = %s FOR UPDATE", (demo.session_id,)
        )  # granted once PostgreSQL has aborted the server's batch
        other.commit()
        result = answer.result(timeout=60)

    assert result["results"] == [{"id": 1, "status": "applied"}]
    retried = [
        r
        for r in pg_server.log_records()
        if r.get("message") == "push retried after a lock conflict"
    ]
    assert [r["attempt"] for r in retried] == [1]
    with pg_server.client(staff) as client:
        feed = client.get(f"/api/v1/sessions/{demo.session_id}/changes?since=0").json()
    edits = [
        c for c in feed["changes"] if c["entity"] == "participant" and c.get("client_id") == "c"
    ]
    assert len(edits) == 1 and edits[0]["data"]["name"] == person["name"] + " Jr"


def _wait_for_a_backend_waiting_on_a_lock(url: str) -> None:
    deadline = time.monotonic() + 30
    with psycopg.connect(url, autocommit=True) as watch:
        while time.monotonic() < deadline:
            waiting = watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ).fetchone()[0]
            if waiting:
                return
            time.sleep(0.05)
    raise AssertionError("the server's push never waited on the meeting's lock")
