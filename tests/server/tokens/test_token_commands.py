"""The token commands a technician types: create-token checks the scope, list-tokens shows
every token without its secret, revoke-token finds exactly one.

Through ``main([...])`` against a real SQLite file with the demo meeting loaded by the real
``load-demo``; what the technician reads (stdout, stderr, exit code) and what the database
holds afterwards are what is checked.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from moderator.server.cli import main
from moderator.server.database import open_server_database
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import hash_token
from moderator.storage.models import ParticipantRow, SessionRow


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "server.sqlite3")
    assert main(["load-demo", "--meeting", "day", "--db", path]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def token_count(db: str) -> int:
    server = open_server_database(db)
    try:
        with server.read() as connection:
            return connection.execute(select(func.count()).select_from(TokenRow)).scalar_one()
    finally:
        server.dispose()


def demo_ids(db: str) -> tuple[str, str]:
    server = open_server_database(db)
    try:
        with server.read() as connection:
            session = connection.execute(select(SessionRow.id)).scalars().first()
            person = connection.execute(select(ParticipantRow.id)).scalars().first()
            return session, person
    finally:
        server.dispose()


def listed(capsys: pytest.CaptureFixture[str], db: str, *more: str) -> list[dict]:
    code, out, _ = run(capsys, "list-tokens", "--json", "--db", db, *more)
    assert code == 0
    return json.loads(out)


# --- create-token: scopes that do not exist ------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--role", "staff", "--meeting", "dya"], "no meeting 'dya'"),
        (["--role", "chair", "--meeting", "day", "--session", "s-typo"], "no session 's-typo'"),
        (["--role", "display", "--meeting", "day", "--session", "s-typo"], "no session 's-typo'"),
        (
            ["--role", "participant", "--meeting", "day", "--participant", "p-typo"],
            "'p-typo' is not on meeting day's roster",
        ),
        (["--role", "chair", "--meeting", "nowhere", "--session", "x"], "no meeting 'nowhere'"),
        (["--role", "chair", "--meeting", "day"], "needs at least one --session"),
        (["--role", "staff", "--meeting", "day", "--session", "x"], "--session is for chair"),
        (["--role", "staff", "--meeting", "../etc"], "--meeting '../etc' is not an id"),
        (["--role", "staff", "--meeting", "day", "--expires", "3x"], "'3x' is not a duration"),
        (["--role", "staff", "--meeting", "day", "--expires", "0h"], "no time at all"),
        (["--role", "staff", "--meeting", "day", "--expires", "900w"], "longer than a year"),
        (["--role", "staff", "--meeting", "day", "--label", "a\x00b"], "--label: NUL"),
    ],
)
def test_a_token_for_what_does_not_exist_is_refused_naming_it_and_nothing_is_stored(
    argv: list[str], named: str, db: str, capsys: pytest.CaptureFixture[str]
):
    before = token_count(db)
    code, out, err = run(capsys, "create-token", *argv, "--db", db)
    assert code == 2
    assert named in err
    assert out == ""  # no token printed
    assert token_count(db) == before


def test_a_mistyped_meeting_is_answered_with_the_nearest_one_and_the_way_to_preload(
    db: str, capsys: pytest.CaptureFixture[str]
):
    code, _, err = run(capsys, "create-token", "--role", "staff", "--meeting", "dya", "--db", db)
    assert code == 2
    assert "did you mean day?" in err
    assert "--new-meeting" in err


def test_staff_preload_a_new_meeting_only_when_they_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = str(tmp_path / "fresh.sqlite3")
    code, out, err = run(
        capsys, "create-token", "--role", "staff", "--meeting", "day1", "--new-meeting", "--db", db
    )
    assert code == 0
    assert "not on this server yet" in err
    token = out.strip()
    server = open_server_database(db)
    try:
        with server.read() as connection:
            row = connection.execute(
                select(TokenRow).where(TokenRow.token_hash == hash_token(token))
            ).one()
        assert (row.role, row.meeting_id) == ("staff", "day1")
    finally:
        server.dispose()
    # A chair cannot: their sessions must be on the server first.
    code, _, err = run(
        capsys, "create-token", "--role", "chair", "--meeting", "day1", "--session", "s1",
        "--new-meeting", "--db", db,
    )  # fmt: skip
    assert code == 2
    assert "needs the meeting's agenda on the server first" in err


def test_tokens_for_what_exists_are_made(db: str, capsys: pytest.CaptureFixture[str]):
    session, person = demo_ids(db)
    for argv in (
        ["--role", "staff", "--meeting", "day"],
        ["--role", "chair", "--meeting", "day", "--session", session],
        ["--role", "display", "--meeting", "day", "--session", session],
        ["--role", "participant", "--meeting", "day", "--participant", person],
    ):
        code, out, _ = run(capsys, "create-token", *argv, "--db", db)
        assert code == 0, argv
        assert len(out.strip()) >= 40


# --- --expires ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ms"),
    [("90m", 90 * 60_000), ("12h", 12 * 3_600_000), ("3d", 3 * 86_400_000), ("2w", 14 * 86_400_000),
     ("1d12h", 36 * 3_600_000)],
)  # fmt: skip
def test_expires_is_stored_as_the_instant_the_duration_ends(
    text: str, ms: int, db: str, capsys: pytest.CaptureFixture[str]
):
    before = time.time_ns() // 1_000_000
    code, _, err = run(
        capsys, "create-token", "--role", "staff", "--meeting", "day", "--expires", text,
        "--label", text, "--db", db,
    )  # fmt: skip
    after = time.time_ns() // 1_000_000
    assert code == 0
    assert "expires" in err
    (token,) = [t for t in listed(capsys, db) if t["label"] == text]
    assert before + ms <= token["expires_at_ms"] <= after + ms
    assert token["state"] == "active"


# --- list-tokens ----------------------------------------------------------------------------


def test_list_tokens_shows_each_token_and_its_state_but_never_its_secret_nor_hash(
    db: str, capsys: pytest.CaptureFixture[str]
):
    session, _ = demo_ids(db)
    secrets = []
    for argv in (
        ["--role", "staff", "--meeting", "day", "--label", "Staff laptop"],
        ["--role", "chair", "--meeting", "day", "--session", session, "--label", "Chair A",
         "--expires", "12h"],
        ["--role", "staff", "--meeting", "other", "--new-meeting", "--label", "Other staff"],
    ):  # fmt: skip
        code, out, _ = run(capsys, "create-token", *argv, "--db", db)
        assert code == 0
        secrets.append(out.strip())
    assert run(capsys, "revoke-token", "--label", "Staff laptop", "--db", db)[0] == 0

    code, table, _ = run(capsys, "list-tokens", "--db", db)
    assert code == 0
    code, as_json, _ = run(capsys, "list-tokens", "--json", "--db", db)
    assert code == 0
    for secret in secrets:
        for shown in (table, as_json):
            assert secret not in shown
            assert hash_token(secret) not in shown

    header, *rows, summary = table.strip().splitlines()
    assert header.split() == [
        "ID", "LABEL", "ROLE", "SCOPE", "CREATED", "EXPIRES", "LAST", "USED", "STATE"
    ]  # fmt: skip
    assert len(rows) == 3
    by_label = {row.split("  ")[1].strip(): row for row in rows}
    assert by_label["Staff laptop"].endswith("revoked")
    assert by_label["Chair A"].endswith("active")
    assert f"day: session {session}"[:35] in by_label["Chair A"]
    assert "3 token(s): 2 active, 1 revoked" in summary

    tokens = json.loads(as_json)
    assert {t["label"]: t["state"] for t in tokens} == {
        "Staff laptop": "revoked",
        "Chair A": "active",
        "Other staff": "active",
    }
    chair = next(t for t in tokens if t["label"] == "Chair A")
    assert chair["session_ids"] == [session]
    assert chair["last_used_at_ms"] is None
    assert set(chair) >= {"id", "created_at_ms", "expires_at_ms", "revoked_at_ms"}

    only_other = listed(capsys, db, "--meeting", "other")
    assert [t["label"] for t in only_other] == ["Other staff"]


def test_an_expired_token_is_listed_as_expired(db: str, capsys: pytest.CaptureFixture[str]):
    from moderator.server.tokens.auth import Role, create_token

    server = open_server_database(db)
    try:
        with server.write() as connection:
            create_token(
                connection, Role.STAFF, "day", now_ms=1_000, label="old", expires_at_ms=2_000
            )
    finally:
        server.dispose()
    code, table, _ = run(capsys, "list-tokens", "--db", db)
    assert code == 0
    (row,) = [line for line in table.splitlines() if "old" in line]
    assert row.endswith("expired")


def test_commands_refuse_a_database_that_is_not_there_and_create_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    missing = tmp_path / "typo.sqlite3"
    for argv in (
        ["list-tokens"],
        ["revoke-token", "--label", "x"],
        ["create-token", "--role", "staff", "--meeting", "day"],
    ):
        code, _, err = run(capsys, *argv, "--db", str(missing))
        assert code == 2
        assert f"no database at {missing}" in err
    assert not missing.exists()


# --- revoke-token ---------------------------------------------------------------------------


def test_a_label_several_tokens_share_is_refused_with_their_ids(
    db: str, capsys: pytest.CaptureFixture[str]
):
    for _ in range(2):
        run(capsys, "create-token", "--role", "staff", "--meeting", "day", "--label", "Desk",
            "--db", db)  # fmt: skip
    ids = [t["id"] for t in listed(capsys, db)]
    code, out, err = run(capsys, "revoke-token", "--label", "Desk", "--db", db)
    assert code == 2
    assert "2 tokens have label 'Desk'" in err
    for token_id in ids:
        assert token_id in err
    assert all(t["state"] == "active" for t in listed(capsys, db))

    # One of them by (a prefix of) its id, as list-tokens shows it.
    code, out, _ = run(capsys, "revoke-token", "--id", ids[0][:8], "--db", db)
    assert code == 0
    assert "Revoked token" in out
    states = {t["id"]: t["state"] for t in listed(capsys, db)}
    assert states == {ids[0]: "revoked", ids[1]: "active"}
    # The label now names the one left.
    assert run(capsys, "revoke-token", "--label", "Desk", "--db", db)[0] == 0
    assert {t["state"] for t in listed(capsys, db)} == {"revoked"}


def test_revoking_twice_keeps_the_first_time_and_unknown_or_short_ids_are_named(
    db: str, capsys: pytest.CaptureFixture[str]
):
    run(capsys, "create-token", "--role", "staff", "--meeting", "day", "--label", "L", "--db", db)
    (token,) = listed(capsys, db)
    assert run(capsys, "revoke-token", "--id", token["id"], "--db", db)[0] == 0
    (first,) = listed(capsys, db)
    code, out, _ = run(capsys, "revoke-token", "--id", token["id"], "--db", db)
    assert code == 0
    assert "already revoked" in out
    (again,) = listed(capsys, db)
    assert again["revoked_at_ms"] == first["revoked_at_ms"]

    code, _, err = run(capsys, "revoke-token", "--id", "abc", "--db", db)
    assert (code, "too short" in err) == (2, True)
    code, _, err = run(capsys, "revoke-token", "--id", "ffffffffff", "--db", db)
    assert (code, "no token with id 'ffffffffff'" in err) == (2, True)
    code, _, err = run(capsys, "revoke-token", "--label", "Nobody", "--db", db)
    assert (code, "no token with label 'Nobody'" in err) == (2, True)
    code, _, err = run(capsys, "revoke-token", "--label", "l", "--db", db)  # the label is "L"
    assert (code, "did you mean 'L'?" in err) == (2, True)


def test_revoke_token_needs_a_label_or_an_id(db: str, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_:
        main(["revoke-token", "--db", db])
    assert exit_.value.code == 2
    assert "--label" in capsys.readouterr().err
