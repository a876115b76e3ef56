"""The audit log of the real server: one line per mutation it accepted or rejected and per
request it refused, naming the caller by token id and role, the operation and the outcome;
never the token, never what a payload carried (names, gender, free text), even when the
payload is refused or breaks the server's rules.

The run drives a real server on 127.0.0.1 (JSON log lines) as a staff console, a chair, a
participant and a staff member of another meeting would, plus a caller without a valid
token, then stops the server and reads everything it wrote.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import httpx
from helpers import API, give_floor, now_ms, push
from sqlalchemy import select
from support.live_server import LiveServer

from moderator.server.database import open_server_database
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import hash_token

# Personal data no code prints by chance: a name (with its ASCII core), a gender, free text.
NAME = "Zofia Quarnström-Ełk"
NAME_CORE = "Quarnstr"
GENDER = "Genderfluidquux"
FREE_TEXT = "private remark 7f3a9c about the minister"
PERSONAL = [NAME, NAME_CORE, "Zofia", GENDER, FREE_TEXT, "7f3a9c"]


def token_id(server: LiveServer, token: str) -> str:
    """The token's id, as ``list-tokens`` shows it to an operator (from the server's file)."""
    db = open_server_database(str(server.db_path))
    try:
        with db.read() as connection:
            return connection.execute(
                select(TokenRow.id).where(TokenRow.token_hash == hash_token(token))
            ).scalar_one()
    finally:
        db.dispose()


def audit_records(server: LiveServer) -> list[dict[str, Any]]:
    return [r for r in server.log_records() if r.get("logger") == "moderator.server.audit"]


def edit(mutation_id: int, session_id: str, participant_id: str) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "edit_participant",
        "args": {
            "session_id": session_id,
            "participant_id": participant_id,
            "person_name": NAME,
            "organisation": FREE_TEXT,
            "gender": GENDER,
        },
    }


def test_the_audit_log_names_caller_operation_and_outcome_and_never_personal_data(
    live_server: LiveServer,
):
    demo = live_server.load_demo("demo")
    live_server.load_demo("other")
    session = demo.session_id
    speaker = demo.upload["entries"][0]["participant_id"]  # on the list of speakers
    staff = demo.staff_token
    chair = live_server.create_token("chair", sessions=[session])
    participant = live_server.create_token("participant", participant=demo.participant_ids[0])
    stranger = live_server.create_token("staff", "other")  # staff of another meeting
    ids = {name: token_id(live_server, t) for name, t in [("staff", staff), ("chair", chair)]}
    ids["participant"] = token_id(live_server, participant)
    ids["stranger"] = token_id(live_server, stranger)
    bogus = secrets.token_urlsafe(32)

    staff_batch = [
        edit(1, session, speaker),  # applied
        edit(2, session, speaker),  # the same values again: noop
        {
            "id": 3,
            "name": "add_participant",
            "args": {"session_id": session, "participant_id": "walk-in-1", "person_name": NAME},
        },  # applied
        # Refused by the rules, with a reason quoting the name ("… is on a list of speakers").
        {
            "id": 4,
            "name": "remove_participant",
            "args": {"session_id": session, "participant_id": speaker},
        },
        # A name the protocol does not know, made of personal data: rejected, never logged.
        {"id": 5, "name": f"tell {NAME} {GENDER}", "args": {"session_id": session}},
    ]
    with live_server.client(staff) as client:
        first = push(client, "audit-staff", staff_batch)
        assert first.status_code == 200, first.text
        statuses = [r["status"] for r in first.json()["results"]]
        assert statuses == ["applied", "noop", "applied", "rejected", "rejected"]
        assert NAME in first.json()["results"][3]["reason"]  # the answer may say it; not the log
        again = push(client, "audit-staff", staff_batch)  # a retry of the whole batch
        assert again.status_code == 200
        # 422: text no database stores, inside personal data.
        nul = edit(6, session, speaker)
        nul["args"]["person_name"] = f"{NAME}\x00"
        assert push(client, "audit-staff", [nul]).status_code == 422
        # 409: a gap in the mutation ids.
        assert push(client, "audit-staff", [{**edit(9, session, speaker)}]).status_code == 409
        # 413: a body over the limit, full of personal data.
        big = json.dumps(
            {
                "client_id": "audit-big",
                "mutations": [edit(1, session, speaker)],
                "pad": NAME * 90_000,
            }
        )
        too_large = client.post(
            f"{API}/push", content=big.encode(), headers={"Content-Type": "application/json"}
        )
        assert too_large.status_code == 413
        chunks = (big.encode()[i : i + 65536] for i in range(0, len(big.encode()), 65536))
        chunked = client.post(  # no Content-Length: refused while it streams in
            f"{API}/push", content=chunks, headers={"Content-Type": "application/json"}
        )
        assert chunked.status_code == 413
        # An agenda import that changes nothing, and a dry run: noops.
        agenda = {
            "format": "moderator-agenda",
            "format_version": 1,
            "meetings": [{"id": "demo", "title": "Renamed in the dry run", "timezone": "UTC"}],
        }
        imported = client.post(f"{API}/meetings/demo/agenda?dry_run=true", json=agenda)
        assert imported.status_code == 200, imported.text
        agenda["meetings"][0] |= {k: demo.upload["meeting"][k] for k in ("title", "timezone")}
        assert client.post(f"{API}/meetings/demo/agenda", json=agenda).status_code == 200
        # A redirect (a trailing slash) changes nothing: no audit line.
        moved = client.post(f"{API}/push/", json={"client_id": "audit-x", "mutations": []})
        assert 300 <= moved.status_code < 400, moved.status_code
    with live_server.client(chair) as client:
        turn = give_floor(1, session, demo.entry_ids[0], "audit-turn", now_ms())
        assert push(client, "audit-chair", [turn]).json()["results"][0]["status"] == "applied"
        # 409: the staff console's client id is not the chair's to push under.
        assert push(client, "audit-staff", [edit(7, session, speaker)]).status_code == 409
    with live_server.client(participant) as client:
        assert push(client, "audit-p", [edit(1, session, speaker)]).status_code == 403
        hands = f"{API}/sessions/{session}/hands"
        assert client.post(hands).status_code == 201  # raised: a change, applied
        assert client.post(hands).status_code == 200  # already raised: noop
        answers = [client.delete(f"{hands}/mine").status_code]
        while answers[-1] != 429 and len(answers) < 30:
            answers.append(client.post(hands).status_code)
            answers.append(client.delete(f"{hands}/mine").status_code)
        assert 429 in answers, answers
    with live_server.client(stranger) as client:
        assert client.get(f"{API}/sessions/{session}/snapshot").status_code == 404
    with httpx.Client(base_url=live_server.url, timeout=10) as client:
        headers = {"Authorization": f"Bearer {bogus}"}
        assert client.get(f"{API}/whoami", headers=headers).status_code == 401
    live_server.stop()  # flush and close the log as an operator's Ctrl+C would

    records = audit_records(live_server)
    mutations = [
        (r["token_id"], r["role"], r["operation"], r["session"], r["mutation_id"], r["outcome"])
        for r in records
        if r["message"] == "mutation"
    ]
    staff_id, chair_id = ids["staff"], ids["chair"]
    operations = [
        "edit_participant",
        "edit_participant",
        "add_participant",
        "remove_participant",
        "unknown_mutation",
    ]
    first_time = ["applied", "noop", "applied", "rejected", "rejected"]
    assert mutations == [
        *[
            (staff_id, "staff", op, session, n, outcome)
            for n, (op, outcome) in enumerate(zip(operations, first_time, strict=True), 1)
        ],
        *[(staff_id, "staff", op, session, n, "duplicate") for n, op in enumerate(operations, 1)],
        (chair_id, "chair", "give_floor", session, 1, "applied"),
    ]
    refused = {
        (r["token_id"], r["role"], r["operation"], r["status"], r["outcome"])
        for r in records
        if r["message"] == "refused"
    }
    push_op = "POST /api/v1/push"
    hands_op = "POST /api/v1/sessions/{session_id}/hands"
    expected_refusals = {
        (staff_id, "staff", push_op, 422, "validation_failed"),
        (staff_id, "staff", push_op, 409, "mutation_gap"),
        (None, None, push_op, 413, "payload_too_large"),  # refused before the token is read
        (chair_id, "chair", push_op, 409, "client_id_taken"),
        (ids["participant"], "participant", push_op, 403, "forbidden"),
        (ids["stranger"], "staff", "GET /api/v1/sessions/{session_id}/snapshot", 404, "not_found"),
        (None, None, "GET /api/v1/whoami", 401, "unauthenticated"),
    }
    assert expected_refusals <= refused, sorted(refused, key=str)
    assert len([r for r in records if r.get("status") == 413]) == 2, "both 413s logged"
    rate_limited = [r for r in refused if r[3] == 429]
    assert rate_limited and {r[:2] for r in rate_limited} == {(ids["participant"], "participant")}
    assert rate_limited[0][4] == "rate_limited"
    changes = [
        (r["token_id"], r["operation"], r["meeting"], r["session"], r["outcome"])
        for r in records
        if r["message"] == "change"
    ]
    assert not [r for r in records if 300 <= r.get("status", 0) < 400], "a redirect audited"
    upload_op = "PUT /api/v1/meetings/{meeting_id}"
    assert changes[0] == (token_id(live_server, staff), upload_op, "demo", None, "applied")
    agenda_op = "POST /api/v1/meetings/{meeting_id}/agenda"
    assert [c for c in changes if c[1] == agenda_op] == [
        (staff_id, agenda_op, "demo", None, "noop"),
        (staff_id, agenda_op, "demo", None, "noop"),
    ]
    hand_changes = [c for c in changes if c[1] == hands_op]
    assert hand_changes[:2] == [
        (ids["participant"], hands_op, None, session, "applied"),
        (ids["participant"], hands_op, None, session, "noop"),
    ]
    # Every request line names its caller too (a token accepted: its id and role).
    requests = [r for r in live_server.log_records() if r.get("message") == "request"]
    assert {(r["token_id"], r["role"]) for r in requests} >= {
        (staff_id, "staff"),
        (chair_id, "chair"),
        (None, None),
    }

    log = live_server.log()
    for secret in [staff, chair, participant, stranger, bogus]:
        assert secret not in log and secret[:12] not in log
    leaked = [text for text in PERSONAL if text in log or json.dumps(text)[1:-1] in log]
    assert not leaked, f"personal data in the server log: {leaked}"
    assert "gender" not in log.lower()
