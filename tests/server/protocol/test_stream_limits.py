"""Event streams are capped per token and per server, heartbeats are at least 1 s apart, and
a flood of identical errors is logged once per burst.

One participant token opening thousands of streams exhausted the server's file descriptors:
a chair's snapshot got no answer and the log filled with tracebacks. These tests open a few
dozen streams at most, against caps set low on the real server (``serve --max-streams``).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers import API, assert_error, fresh_meeting, sse_items
from support.live_server import LiveServer, running_server

PER_TOKEN = 3
PER_SERVER = 10


@pytest.fixture
def capped(tmp_path: Path) -> Iterator[LiveServer]:
    with running_server(
        tmp_path,
        extra_args=["--max-streams", str(PER_SERVER), "--max-streams-per-token", str(PER_TOKEN)],
    ) as live:
        yield live


class Streams:
    """Event streams held open until the block ends, each on its own connection."""

    def __init__(self, server: LiveServer, stack: contextlib.ExitStack) -> None:
        self.server = server
        self.stack = stack
        self.readers: list[Iterator[str]] = []
        self.client = stack.enter_context(
            httpx.Client(base_url=server.url, timeout=10, limits=httpx.Limits(max_connections=100))
        )

    def open(self, token: str | None, session_id: str) -> httpx.Response:
        """The stream's response once its head arrived; an open stream has sent its first
        line (``: connected``), a refused one its whole error body."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self.stack.enter_context(
            self.client.stream("GET", f"{API}/sessions/{session_id}/events", headers=headers)
        )
        if response.status_code == 200:
            lines = response.iter_lines()
            # Kept: a line iterator dropped half-read closes the connection.
            self.readers.append(lines)
            first = next(lines)
            assert first.startswith(": connected"), first
        else:
            response.read()
        return response


def assert_refused(response: httpx.Response, scope: str, limit: int) -> None:
    error = assert_error(response, 429, "too_many_streams")
    assert error["details"] == {"scope": scope, "limit": limit}
    assert int(response.headers["Retry-After"]) >= 1


def test_one_token_gets_its_cap_of_streams_and_the_server_keeps_answering_a_chair(
    capped: LiveServer,
):
    demo = capped.load_demo("demo")
    participant = capped.create_token("participant", participant=demo.participant_ids[0])
    chair = capped.create_token("chair", sessions=[demo.session_id])
    with contextlib.ExitStack() as stack:
        streams = Streams(capped, stack)
        held = [streams.open(participant, demo.session_id) for _ in range(PER_TOKEN)]
        assert [r.status_code for r in held] == [200] * PER_TOKEN
        for _ in range(5):
            assert_refused(streams.open(participant, demo.session_id), "token", PER_TOKEN)
        # Refused before any work: the session is not even looked up.
        assert_refused(streams.open(participant, "no-such-session"), "token", PER_TOKEN)
        with capped.client(participant) as client:
            # A long-poll that waits holds a connection too: it needs a slot; a plain read not.
            changes = f"{API}/sessions/{demo.session_id}/changes"
            assert_refused(client.get(changes, params={"wait": 1}), "token", PER_TOKEN)
            assert client.get(changes).status_code == 200
        with capped.client(chair) as client:
            snapshot = client.get(f"{API}/sessions/{demo.session_id}/snapshot")
            assert snapshot.status_code == 200, snapshot.text
        # Another token of the meeting is not held back by this one's streams.
        assert streams.open(chair, demo.session_id).status_code == 200
        # A stream that ends gives its slot back.
        held[0].close()
        assert _opens_again(streams, participant, demo.session_id)


def _opens_again(streams: Streams, token: str, session_id: str, within_s: float = 10) -> bool:
    """Whether a stream opens once the server has seen a closed one go (it hears of the
    disconnect asynchronously)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        response = streams.open(token, session_id)
        if response.status_code == 200:
            return True
        assert response.status_code == 429, response.text
        response.close()
        time.sleep(0.1)
    return False


def test_a_full_server_refuses_more_streams_before_it_reads_the_token(capped: LiveServer):
    demo = capped.load_demo("demo")
    with contextlib.ExitStack() as stack:
        streams = Streams(capped, stack)
        opened = 0
        while opened < PER_SERVER:
            token = capped.create_token("display")
            for _ in range(min(PER_TOKEN, PER_SERVER - opened)):
                assert streams.open(token, demo.session_id).status_code == 200
                opened += 1
        assert_refused(
            streams.open(capped.create_token("display"), demo.session_id), "server", PER_SERVER
        )
        # Full is full, for anyone: no token is looked up (not 401).
        assert_refused(streams.open(None, demo.session_id), "server", PER_SERVER)
        # Plain requests still work while the streams are at the cap.
        with capped.client(demo.staff_token) as client:
            assert client.get(f"{API}/sessions/{demo.session_id}/snapshot").status_code == 200


def test_a_heartbeat_asked_below_one_second_is_served_every_second(live_server: LiveServer):
    demo = fresh_meeting(live_server)
    display = live_server.create_token("display", demo.meeting_id)
    url = f"{API}/sessions/{demo.session_id}/events"
    with live_server.client(display) as client:
        assert_error(
            client.get(url, params={"heartbeat": 0}), 422, "validation_failed", field="heartbeat"
        )
        with client.stream("GET", url, params={"heartbeat": 0.05}) as response:
            assert response.status_code == 200
            stamps = []
            for item in sse_items(response.iter_lines()):
                if item.comment and item.comment.startswith("heartbeat"):
                    stamps.append(int(item.comment.split()[1]))
                    if len(stamps) == 3:
                        break
    # Server clock stamps: at least a second apart, however fast or slow this machine is.
    assert all(later - earlier >= 1000 for earlier, later in itertools.pairwise(stamps)), stamps


def test_running_out_of_file_descriptors_is_logged_once_per_burst_and_the_server_recovers(
    tmp_path: Path,
):
    """Idle connections (a slow-loris) take every descriptor: each accept then fails. The log
    says so once per burst, not thousands of times, and the server answers once they go."""
    with running_server(tmp_path, fd_limit=100) as server:
        demo = server.load_demo("demo")
        idle = []
        try:
            for _ in range(120):
                idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
            # The accept loop has been failing for a while: a request gets no answer.
            with pytest.raises(httpx.TransportError):
                httpx.get(f"{server.url}/healthz", timeout=2)
        finally:
            for connection in idle:
                connection.close()
        with server.client(demo.staff_token) as client:
            deadline = time.monotonic() + 15
            while True:
                try:
                    answer = client.get(f"{API}/sessions/{demo.session_id}/snapshot", timeout=2)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, "the server did not recover"
            assert answer.status_code == 200
        server.kill()
    records = server.log_records()
    accept_errors = [r for r in records if "accept" in r.get("message", "")]
    assert 1 <= len(accept_errors) <= 5, len(accept_errors)
    assert server.log().count("Traceback") <= 5
    assert json.dumps(records)  # the log is still JSON lines
