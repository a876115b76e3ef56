"""Personal data in the change feed survives no schema round trip into a public reading.

A server taken back to s0004 (no private reading) and up again must not hand a participant's
language or gender to participants and displays: the downgrade drops those rows, the upgrade
derives the flag from the entity, and the public reading leaves the entity out whatever the
flag says.
"""

from __future__ import annotations

import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from support.live_server import demo_upload

from moderator.server.database import MIGRATIONS_DIR, open_server_database
from moderator.server.meetings import bundle_from_upload, replace_meeting
from moderator.server.schemas import MeetingUpload
from moderator.server.sync import Mutation, SyncService
from moderator.server.tokens.auth import Principal, Role

MEETING = "m"


def migrate(db, revision: str, down: bool = False) -> None:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def private_rows(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        return connection.execute(
            text("SELECT version, data_json FROM sync_changes WHERE entity='participant_details'")
        ).all()


def test_a_downgrade_and_upgrade_never_make_a_language_public(tmp_path: Path):
    db = open_server_database(str(tmp_path / "server.sqlite3"))
    sync = SyncService(db, now_ms=lambda: int(time.time() * 1000))
    bundle = bundle_from_upload(MEETING, MeetingUpload.model_validate(demo_upload(MEETING)))
    replace_meeting(sync, bundle)
    session, person = bundle.sessions[0].id, bundle.participants[0].id
    staff = Principal("staff", Role.STAFF, MEETING, frozenset(), None)
    args = {"session_id": session, "participant_id": person, "language": "fr"}
    outcome = sync.push(staff, "console", [Mutation(1, "set_participant_language", args)])
    assert outcome.error is None and outcome.results[0].status == "applied"
    assert len(private_rows(db)) == 1

    migrate(db, "s0004", down=True)
    assert private_rows(db) == [], "an older server would serve it to everyone"
    migrate(db, "head")

    # Written again after the round trip; then a row whose flag says public (as an older
    # writer would leave it) is still not read publicly.
    outcome = sync.push(
        staff, "console", [Mutation(2, "set_participant_language", {**args, "language": "de"})]
    )
    assert outcome.error is None
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE sync_changes SET private = 0"))
    public, _ = sync.changes(MEETING, session, 0, 500)
    assert [c for c in public if c["entity"] == "participant_details"] == []
    staff_reading, _ = sync.changes(MEETING, session, 0, 500, full=True)
    assert [
        c["data"]["language"] for c in staff_reading if c["entity"] == "participant_details"
    ] == ["de"]
