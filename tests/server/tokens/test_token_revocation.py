"""A revoked or expired token stops working at once: its next request is 401 with a code that
says why, its open event streams and waiting long-polls end within a heartbeat, and a console
following a session with it says so.

Revocation goes through the real ``revoke-token`` command on the real server's SQLite file;
the streams are real HTTP on 127.0.0.1. Nothing waits on a timer: each test reads the stream
until it ends, and counts the heartbeats that came after the revocation.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import API, assert_error
from support.live_server import DemoMeeting, LiveServer, running_server

from moderator.server.cli import main

STREAM_HEARTBEAT_S = 2


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def revoke(server: LiveServer, label: str) -> None:
    assert main(["revoke-token", "--label", label, "--db", str(server.db_path)]) == 0


def tokens(server: LiveServer, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    capsys.readouterr()
    assert main(["list-tokens", "--json", "--db", str(server.db_path)]) == 0
    return {t["label"]: t for t in json.loads(capsys.readouterr().out)}


def stream_lines(server: LiveServer, token: str, session_id: str, heartbeat_s: float):
    """The event stream's lines, read as they come (the read timeout is only a safety net:
    a stream that never ends fails the test instead of hanging it)."""
    client = server.client(token, timeout=httpx.Timeout(10, read=heartbeat_s * 6))
    return client, client.stream(
        "GET", f"{API}/sessions/{session_id}/events", params={"heartbeat": heartbeat_s}
    )


def read_until_end(lines: Iterator[str], most_heartbeats: int = 3) -> list[str]:
    """The stream's lines until it ends, or until it has beaten ``most_heartbeats`` times (a
    stream that lives on fails the test instead of hanging it)."""
    seen = []
    for line in lines:
        seen.append(line)
        if sum(s.startswith(": heartbeat") for s in seen) >= most_heartbeats:
            break
    return seen


def refused_event(lines: list[str]) -> dict[str, Any]:
    (index,) = [i for i, line in enumerate(lines) if line == "event: refused"]
    assert lines[index + 1].startswith("data: ")
    return json.loads(lines[index + 1].removeprefix("data: "))


def test_a_revoked_token_is_refused_with_a_code_that_says_revoked(
    live_server: LiveServer, demo: DemoMeeting
):
    chair = live_server.create_token("chair", sessions=[demo.session_id], label="Chair A")
    with live_server.client(chair) as client:
        assert client.get(f"{API}/whoami").status_code == 200
        revoke(live_server, "Chair A")
        error = assert_error(client.get(f"{API}/whoami"), 401, "token_revoked")
        assert "revoked" in error["message"]
        assert_error(client.get(f"{API}/sessions/{demo.session_id}/snapshot"), 401, "token_revoked")
    with live_server.client("not-a-token") as client:
        assert_error(client.get(f"{API}/whoami"), 401, "unauthenticated")


def test_a_revoked_tokens_open_stream_ends_within_a_heartbeat(
    live_server: LiveServer, demo: DemoMeeting
):
    participant = live_server.create_token(
        "participant", participant=demo.participant_ids[0], label="Phone"
    )
    other = live_server.create_token("display", label="Wall")
    client, stream = stream_lines(live_server, participant, demo.session_id, STREAM_HEARTBEAT_S)
    _, others = stream_lines(live_server, other, demo.session_id, STREAM_HEARTBEAT_S)
    with client, stream as response, others as other_response:
        assert response.status_code == 200
        lines = response.iter_lines()
        assert next(lines).startswith(": connected")
        other_lines = other_response.iter_lines()
        assert next(other_lines).startswith(": connected")
        revoke(live_server, "Phone")
        after = read_until_end(lines)
        # Another token's stream goes on: its next line is a heartbeat, not an end.
        rest = (line for line in other_lines if line and not line.startswith("retry:"))
        assert next(rest).startswith(": heartbeat")
    heartbeats = [line for line in after if line.startswith(": heartbeat")]
    assert len(heartbeats) <= 1  # one may have been on its way as the command committed
    assert refused_event(after)["code"] == "token_revoked"


def test_a_revoked_tokens_waiting_long_poll_ends_with_401(tmp_path: Path):
    # One stream per token: a waiting long-poll holds the token's slot, so a second stream's
    # 429 says the long-poll is waiting on the server.
    with running_server(
        tmp_path, heartbeat_s=STREAM_HEARTBEAT_S, extra_args=["--max-streams-per-token", "1"]
    ) as server:
        demo = server.load_demo("demo")
        chair = server.create_token("chair", sessions=[demo.session_id], label="Laptop")
        feed = f"{API}/sessions/{demo.session_id}/changes"
        with server.client(chair) as client:
            version = client.get(f"{API}/sessions/{demo.session_id}/snapshot").json()["version"]
        answers: list[httpx.Response] = []

        def long_poll() -> None:
            with server.client(chair, timeout=90) as client:
                while True:  # a probe below may hold the slot for a moment
                    answer = client.get(feed, params={"since": version, "wait": 60})
                    if answer.status_code != 429:
                        answers.append(answer)
                        return

        waiting = threading.Thread(target=long_poll)
        waiting.start()
        with server.client(chair) as client:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                probe = client.get(feed, params={"since": version, "wait": 0.1})
                if probe.status_code == 429:
                    break
            assert probe.status_code == 429, "the long-poll never started waiting"
        revoke(server, "Laptop")
        waiting.join(timeout=80)
        assert not waiting.is_alive()
        (answer,) = answers
        assert_error(answer, 401, "token_revoked")


def test_an_expired_token_is_refused_naming_expiry_and_its_stream_ends_then(
    live_server: LiveServer, demo: DemoMeeting
):
    # The stream beats every 30 s; the token expires long before: the stream must end at the
    # expiry, not at its next heartbeat.
    soon = live_server.create_token("display", expires_at_ms=now_ms() + 6_000, label="Soon")
    client, stream = stream_lines(live_server, soon, demo.session_id, 30)
    with client, stream as response:
        assert response.status_code == 200, "the token expired before the test began"
        lines = read_until_end(response.iter_lines())
    assert not [line for line in lines if line.startswith(": heartbeat")]
    assert refused_event(lines)["code"] == "token_expired"
    with live_server.client(soon) as client:
        error = assert_error(client.get(f"{API}/whoami"), 401, "token_expired")
        assert "expired" in error["message"]


def test_last_used_is_recorded_but_not_written_on_every_request(
    live_server: LiveServer, demo: DemoMeeting, capsys: pytest.CaptureFixture[str]
):
    live_server.create_token("staff", label="Used")
    live_server.create_token("staff", label="Unused")
    used = tokens(live_server, capsys)["Used"]
    assert used["last_used_at_ms"] is None
    staff = live_server.create_token("staff", label="Busy")
    before = now_ms()
    with live_server.client(staff) as client:
        assert client.get(f"{API}/whoami").status_code == 200
        first = tokens(live_server, capsys)["Busy"]["last_used_at_ms"]
        assert first is not None and before <= first <= now_ms()
        for _ in range(5):
            assert client.get(f"{API}/whoami").status_code == 200
    # Within the minute: the same instant, not five more writes.
    assert tokens(live_server, capsys)["Busy"]["last_used_at_ms"] == first
    assert tokens(live_server, capsys)["Unused"]["last_used_at_ms"] is None


def test_a_console_following_with_a_revoked_token_says_it_was_revoked(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    from sync_console import HeadlessConsole

    chair = live_server.create_token("chair", sessions=[demo.session_id], label="Console")

    async def scenario() -> str:
        console = await HeadlessConsole.start(
            tmp_path / "chair.sqlite3", live_server.url, chair, demo.session_id, heartbeat_s=2
        )
        try:
            await console.until(lambda: console.sync.status.state == "online", timeout=30)
            revoke(live_server, "Console")
            await console.until(lambda: console.sync.status.state == "refused", timeout=30)
            return console.sync.status.last_error or ""
        finally:
            await console.close()

    shown = asyncio.run(scenario())
    assert "this token was revoked" in shown and "ask the organisers" in shown
