"""Staff put an agenda on the backend: ``moderator-server import`` and ``POST
/meetings/{id}/agenda``, against a real server database (and the real server on loopback).

The file is the console's own ``export-agenda`` JSON or a spreadsheet; the preview is the
console's; a dry run writes nothing; a bad file writes nothing and says where it is wrong;
only staff and admins of the meeting may import, and a session the backend has seen used
keeps its lists of speakers.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from helpers import API
from support.live_server import LiveServer

from moderator.server.cli import main as server_main
from moderator.services.agenda.agenda_export import export_agenda_json
from moderator.services.agenda.demo import build_demo_meeting
from moderator.storage.database import open_database
from moderator.storage.repository import Store


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def export_demo(tmp_path: Path) -> dict:
    """The demo meeting as ``moderator export-agenda --format json`` writes it."""
    engine = open_database(tmp_path / "staff-console.sqlite3")
    try:
        Store(engine).add_meeting(build_demo_meeting(now_ms()))
        return export_agenda_json(engine)
    finally:
        engine.dispose()


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def dump(db: Path) -> list[str]:
    """Every row of the server's database, as SQL (a write of any kind shows here)."""
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_server_import_dry_run_prints_the_preview_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "server.sqlite3"
    agenda = write_json(tmp_path / "agenda.json", export_demo(tmp_path))
    assert server_main(["import", str(agenda), "--meeting", "day", "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert "Total: 39 created" in first
    # New sessions have no followers yet: nothing to send again.
    assert first.rstrip().endswith("Imported into meeting day (39 records written).")
    before = dump(db)

    document = json.loads(agenda.read_text(encoding="utf-8"))
    session = document["meetings"][0]["sessions"][0]
    session["title"] = "Renamed on the evening before"
    dropped = session["agenda_items"][0]["speakers"].pop()
    changed = write_json(tmp_path / "changed.json", document)
    code = server_main(["import", str(changed), "--meeting", "day", "--db", str(db), "--dry-run"])
    assert code == 0
    out = capsys.readouterr().out
    words = " ".join(out.split())
    assert "sessions 1 to update: Renamed on the evening before" in words
    assert "speaker entries 1 to remove" in words and "no longer in the file" in words
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert dump(db) == before

    assert server_main(["import", str(changed), "--meeting", "day", "--db", str(db)]) == 0
    assert "1 removed" in capsys.readouterr().out
    after = "\n".join(dump(db))
    assert "Renamed on the evening before" in after and dropped["id"] not in after


def test_a_bad_file_exits_2_naming_file_row_and_field_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "server.sqlite3"
    agenda = write_json(tmp_path / "agenda.json", export_demo(tmp_path))
    assert server_main(["import", str(agenda), "--meeting", "day", "--db", str(db)]) == 0
    before = dump(db)
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Session,Date,Start,Speaker\nMorning,2025-03-01,09:00,Ada\nAfternoon,2025-03-01,25:99,Bo\n",
        encoding="utf-8",
    )
    assert server_main(["import", str(bad), "--meeting", "day", "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert str(bad) in line and "row 3" in line and "field 'Start'" in line
    assert dump(db) == before
    # A bad file never creates a backend database either.
    fresh = tmp_path / "fresh.sqlite3"
    assert server_main(["import", str(bad), "--meeting", "day", "--db", str(fresh)]) == 2
    assert not fresh.exists()


def test_a_file_of_two_meetings_is_refused_with_the_way_out(tmp_path, capsys):
    document = export_demo(tmp_path)
    second = json.loads(json.dumps(document["meetings"][0]))
    second["id"], second["title"] = "second", "Second meeting"
    for session in second["sessions"]:
        session["id"] = "second-" + session["id"][:50]
    document["meetings"].append(second)
    agenda = write_json(tmp_path / "two.json", document)
    db = tmp_path / "server.sqlite3"
    assert server_main(["import", str(agenda), "--meeting", "day", "--db", str(db)]) == 2
    error = capsys.readouterr().err
    assert "holds 2 meetings" in error and "Second meeting" in error
    assert "export-agenda --meeting" in error


def test_the_same_file_into_two_meetings_takes_no_ids_of_the_other(tmp_path, capsys):
    db = tmp_path / "server.sqlite3"
    agenda = write_json(tmp_path / "agenda.json", export_demo(tmp_path))
    for meeting in ("rehearsal", "day", "day"):
        assert server_main(["import", str(agenda), "--meeting", meeting, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    # The second import into "day" finds the rows the first made: nothing new.
    assert out.rstrip().endswith("Meeting day already matches the file: nothing was written.")
    rows = "\n".join(dump(db))
    assert rows.count("Opening remarks") == 2  # one agenda item per meeting


# --- the endpoint ---------------------------------------------------------------------------------


@pytest.fixture
def day(live_server: LiveServer, tmp_path: Path) -> dict:
    """The demo meeting imported into "day" through the endpoint by its staff."""
    document = export_demo(tmp_path)
    staff = live_server.create_token("staff", "day")
    with live_server.client(staff) as client:
        answer = client.post(f"{API}/meetings/day/agenda", json=document)
    assert answer.status_code == 200, answer.text
    assert answer.json()["applied"] is True
    assert answer.json()["sessions_reset"] == []  # a new session has no followers yet
    (created,) = [c for c in answer.json()["changes"] if c["kind"] == "session"]
    assert created["action"] == "create"
    return {"document": document, "staff": staff, "session_id": created["entity_id"]}


def feed_version(server: LiveServer, token: str, session_id: str) -> int:
    with server.client(token) as client:
        answer = client.get(f"{API}/sessions/{session_id}/changes", params={"since": 0})
    answer.raise_for_status()
    return answer.json()["version"]


def test_only_staff_and_admins_of_the_meeting_may_import(live_server: LiveServer, day: dict):
    session_id = day["session_id"]
    live_server.load_demo("other")
    refused = {
        "chair of the session": live_server.create_token("chair", "day", sessions=[session_id]),
        "participant": live_server.create_token(
            "participant",
            "day",
            participant=day["document"]["meetings"][0]["participants"][0]["id"],
        ),
        "display": live_server.create_token("display", "day"),
        "staff of another meeting": live_server.create_token("staff", "other"),
    }
    version = feed_version(live_server, day["staff"], session_id)
    for who, token in refused.items():
        with live_server.client(token) as client:
            answer = client.post(f"{API}/meetings/day/agenda", json=day["document"])
        expected = 404 if who == "staff of another meeting" else 403
        assert answer.status_code == expected, (who, answer.text)
        assert answer.json()["error"]["code"] in {"forbidden", "not_found"}
    admin = live_server.create_token("admin", "day")
    with live_server.client(admin) as client:
        answer = client.post(
            f"{API}/meetings/day/agenda", params={"dry_run": "true"}, json=day["document"]
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["applied"] is False
    assert answer.json()["totals"] == {"unchanged": 39}
    assert feed_version(live_server, day["staff"], session_id) == version


def test_a_dry_run_previews_and_the_upload_reaches_the_feed(live_server: LiveServer, day: dict):
    session_id, staff = day["session_id"], day["staff"]
    document = json.loads(json.dumps(day["document"]))
    document["meetings"][0]["sessions"][0]["room"] = "Room 2"
    before = feed_version(live_server, staff, session_id)
    with live_server.client(staff) as client:
        preview = client.post(
            f"{API}/meetings/day/agenda", params={"dry_run": "true"}, json=document
        )
        assert preview.status_code == 200
        assert [c["fields"] for c in preview.json()["changes"] if c["action"] == "update"] == [
            ["room"]
        ]
        assert feed_version(live_server, staff, session_id) == before
        applied = client.post(f"{API}/meetings/day/agenda", json=document)
        assert applied.status_code == 200
        changes = client.get(f"{API}/sessions/{session_id}/changes", params={"since": before})
    (reset,) = changes.json()["changes"]
    assert (reset["entity"], reset["op"]) == ("session", "reset")
    assert reset["data"]["room"] == "Room 2"
    assert applied.json()["version"] == changes.json()["version"] > before


def test_a_file_that_is_not_an_agenda_is_refused_with_the_field(live_server: LiveServer, day):
    with live_server.client(day["staff"]) as client:
        wrong_tag = client.post(
            f"{API}/meetings/day/agenda",
            json={"format": "pretalx", "format_version": 1, "meetings": []},
        )
        document = json.loads(json.dumps(day["document"]))
        document["meetings"][0]["sessions"][0]["start"] = "yesterday"
        bad_time = client.post(f"{API}/meetings/day/agenda", json=document)
    assert wrong_tag.status_code == 422
    assert wrong_tag.json()["error"]["field"] == "format"
    assert bad_time.status_code == 422
    error = bad_time.json()["error"]
    assert error["field"] == "start" and "meetings[0].sessions[0]" in error["message"]


def test_a_session_the_backend_has_seen_used_keeps_its_speakers(live_server: LiveServer, day: dict):
    session_id, staff = day["session_id"], day["staff"]
    document = json.loads(json.dumps(day["document"]))
    first_item = document["meetings"][0]["sessions"][0]["agenda_items"][0]
    first = first_item["speakers"][0]
    chair = live_server.create_token("chair", "day", sessions=[session_id])
    with live_server.client(chair) as client:
        pushed = client.post(
            f"{API}/push",
            json={
                "client_id": "upload-test-console",
                "mutations": [
                    {
                        "id": 1,
                        "name": "give_floor",
                        "args": {
                            "session_id": session_id,
                            "entry_id": first["id"],
                            "turn_id": "upload-test-turn",
                            "at_ms": now_ms(),
                            "start_clock": True,
                        },
                    }
                ],
            },
        )
    assert pushed.status_code == 200, pushed.text
    first_item["speakers"].pop()
    first_item["speakers"].append({**first, "id": "added-on-the-day"})
    first_item["title"] = "Opening remarks (amended)"
    with live_server.client(staff) as client:
        answer = client.post(f"{API}/meetings/day/agenda", json=document)
        snapshot = client.get(f"{API}/sessions/{session_id}/snapshot")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert any(c["action"] == "update" and c["kind"] == "agenda_item" for c in body["changes"])
    assert not [c for c in body["changes"] if c["action"] == "remove"]
    (kept,) = [c for c in body["changes"] if c["action"] == "keep"]
    assert kept["kind"] == "speaker_entry" and "the chair has started it" in kept["reason"]
    state = snapshot.json()
    assert state["clock"]["status"] == "running"  # the running speaker was not reset
    day_entries = {e["id"] for e in state["entries"]}
    assert {
        s["id"]
        for s in day["document"]["meetings"][0]["sessions"][0]["agenda_items"][0]["speakers"]
    } <= day_entries


def test_a_database_that_is_not_one_is_named_and_left_as_it_is(tmp_path, capsys):
    agenda = write_json(tmp_path / "agenda.json", export_demo(tmp_path))
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"the chair's notes, not a database")
    assert server_main(["import", str(agenda), "--meeting", "day", "--db", str(junk)]) == 2
    error = capsys.readouterr().err
    assert str(junk) in error or "notes.sqlite3" in error
    assert "not a database" in error
    assert junk.read_bytes() == b"the chair's notes, not a database"
