"""Where a hand was raised, on the server: list entries keep it through a push and the feed,
and entries stored before the server knew sources get the one their origin implies."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text
from support.live_server import demo_upload
from test_server_migration_privacy import migrate

from moderator.server.database import open_server_database
from moderator.server.meetings import bundle_from_upload, replace_meeting
from moderator.server.schemas import MeetingUpload
from moderator.server.sync import Mutation, SyncService
from moderator.server.tokens.auth import Principal, Role

MEETING = "m"


def _server(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_server_database(str(tmp_path / "server.sqlite3"))
    sync = SyncService(db, now_ms=lambda: int(time.time() * 1000))
    bundle = bundle_from_upload(MEETING, MeetingUpload.model_validate(demo_upload(MEETING)))
    replace_meeting(sync, bundle)
    return db, sync, bundle


def _add(entry_id: str, bundle, **extra) -> dict:  # type: ignore[no-untyped-def]
    item = bundle.agenda_items[0]
    return {
        "session_id": item.session_id,
        "entry_id": entry_id,
        "agenda_item_id": item.id,
        "participant_id": bundle.participants[2].id,
        "speech_type": "floor",
        "allotted_ms": 60_000,
        "order_key": "zz",
        **extra,
    }


def test_a_pushed_hand_source_reaches_the_feed_and_the_snapshot(tmp_path: Path):
    _db, sync, bundle = _server(tmp_path)
    session = bundle.sessions[0].id
    chair = Principal("chair", Role.CHAIR, MEETING, frozenset({session}), None)
    args = _add("e-zoom", bundle, origin="remote_hand", hand_source="zoom")
    outcome = sync.push(chair, "console", [Mutation(1, "add_speaker", args)])
    assert outcome.error is None and outcome.results[0].status == "applied"
    changes, _ = sync.changes(MEETING, session, 0, 500)
    (entry,) = [c["data"] for c in changes if c["entity"] == "entry" and c["id"] == "e-zoom"]
    assert entry["hand_source"] == "zoom"
    snapshot = sync.snapshot(session, full=False)
    assert {e["id"]: e["hand_source"] for e in snapshot["entries"]}["e-zoom"] == "zoom"
    # An older console sends no source: the entry has none (the report says "Remote hand").
    older = sync.push(chair, "console", [Mutation(2, "add_speaker", _add("e-old", bundle))])
    assert older.results[0].status == "applied"
    bad = _add("e-bad", bundle, origin="remote_hand", hand_source="teams")
    refused = sync.push(chair, "console", [Mutation(3, "add_speaker", bad)])
    assert refused.results[0].status == "rejected"
    assert "Unknown hand source 'teams'" in (refused.results[0].reason or "")


def test_entries_stored_before_s0010_get_the_source_their_origin_implies(tmp_path: Path):
    db, sync, bundle = _server(tmp_path)
    session = bundle.sessions[0].id
    migrate(db, "s0009", down=True)
    with db.engine.begin() as connection:
        item, person = bundle.agenda_items[0].id, bundle.participants[2].id
        for entry_id, origin in (("e-page", "remote_hand"), ("e-room", "room_request")):
            connection.execute(
                text(
                    "INSERT INTO speaker_entries (id, agenda_item_id, participant_id, "
                    "speech_type, allotted_ms, order_key, state, origin) VALUES "
                    "(:id, :item, :person, 'floor', 60000, :key, 'waiting', :origin)"
                ),
                {"id": entry_id, "item": item, "person": person, "key": "z" + entry_id[-1],
                 "origin": origin},
            )  # fmt: skip
    migrate(db, "head")
    sync.invalidate()
    sources = {e["id"]: e["hand_source"] for e in sync.snapshot(session, full=False)["entries"]}
    assert sources["e-page"] == "remote" and sources["e-room"] == "room"
    assert {sources[e.id] for e in bundle.entries} == {""}
