"""Request hygiene of the real server: body limits, malformed and mistyped payloads, rate
limits, closed CORS, the protocol version header, tokens kept out of the logs, and a graceful
shutdown that never leaves a push half-applied.
"""

from __future__ import annotations

import json
import secrets
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import (
    API,
    all_changes,
    assert_error,
    assert_protocol_headers,
    clock_mutation,
    fresh_meeting,
    give_floor,
    now_ms,
)
from support.live_server import DemoMeeting, LiveServer, running_server

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for the checks that leave nothing behind; the log and shutdown tests have
    their own (``live_server``)."""
    with running_server(tmp_path_factory.mktemp("hygiene")) as live:
        yield live


@pytest.fixture
def demo(server: LiveServer) -> DemoMeeting:
    return fresh_meeting(server)


def oversized_push(size: int) -> bytes:
    """A syntactically valid push body of at least ``size`` bytes."""
    padding = "x" * size
    return json.dumps(
        {"client_id": "big", "mutations": [{"id": 1, "name": padding, "args": {}}]}
    ).encode()


# --- body limits and malformed bodies ----------------------------------------------------------


def test_a_body_over_one_mib_with_content_length_is_413(server: LiveServer, demo: DemoMeeting):
    body = oversized_push(MIB + 1)
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push", content=body, headers={"Content-Type": "application/json"}
        )
    assert "content-length" in {k.lower() for k in response.request.headers}
    assert_error(response, 413, "payload_too_large")


def test_a_chunked_body_over_one_mib_without_content_length_is_413(
    server: LiveServer, demo: DemoMeeting
):
    body = oversized_push(2 * MIB)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push", content=chunks(), headers={"Content-Type": "application/json"}
        )
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "payload_too_large")


def test_a_body_just_under_the_limit_is_read(server: LiveServer, demo: DemoMeeting):
    """The limit refuses only what is over it: a big body under 1 MiB reaches validation."""
    body = oversized_push(MIB - 4096)
    assert len(body) < MIB
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push", content=body, headers={"Content-Type": "application/json"}
        )
    assert_error(response, 422, "validation_failed", field="mutations.0.name")


def test_malformed_json_is_400_bad_request(server: LiveServer, demo: DemoMeeting):
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push",
            content=b'{"client_id": "c", "mutations": [',
            headers={"Content-Type": "application/json"},
        )
    assert_error(response, 400, "bad_request")


def test_a_body_that_is_not_utf8_is_400_bad_request(server: LiveServer, demo: DemoMeeting):
    """JSON must be UTF-8 (RFC 8259); a body that is not is malformed JSON like any other."""
    with server.client(demo.staff_token) as client:
        response = client.post(
            f"{API}/push",
            content=b'{"client_id": "caf\xe9", "mutations": []}',
            headers={"Content-Type": "application/json"},
        )
    assert_error(response, 400, "bad_request")


def test_a_wrong_type_is_422_naming_the_field(server: LiveServer, demo: DemoMeeting):
    cases = [
        ({"client_id": "c", "mutations": [{"id": "one", "name": "x", "args": {}}]},
         "mutations.0.id"),
        ({"client_id": "c", "mutations": [{"id": 1, "name": "x", "args": []}]},
         "mutations.0.args"),
        ({"client_id": "c d", "mutations": [{"id": 1, "name": "x", "args": {}}]}, "client_id"),
        ({"client_id": "c"}, "mutations"),
    ]  # fmt: skip
    with server.client(demo.staff_token) as client:
        for body, field in cases:
            error = assert_error(
                client.post(f"{API}/push", json=body), 422, "validation_failed", field=field
            )
            assert field in error["message"]


# --- rate limit ----------------------------------------------------------------------------------


def test_raising_and_lowering_a_hand_too_often_is_429_with_retry_after(
    server: LiveServer, demo: DemoMeeting
):
    token = server.create_token("participant", demo.meeting_id, participant=demo.participant_ids[0])
    url = f"{API}/sessions/{demo.session_id}/hands"
    statuses = []
    with server.client(token) as client:
        for n in range(20):
            response = client.post(url) if n % 2 == 0 else client.delete(f"{url}/mine")
            statuses.append(response.status_code)
            if response.status_code == 429:
                break
        else:
            raise AssertionError(f"no 429 after 20 raises and lowers: {statuses}")
        assert_error(response, 429, "rate_limited")
        retry_after = response.headers.get("retry-after", "")
        assert retry_after.isdigit() and 1 <= int(retry_after) <= 60, retry_after
        # Other participants are not held back by this one.
        other = server.create_token(
            "participant", demo.meeting_id, participant=demo.participant_ids[1]
        )
        with server.client(other) as other_client:
            assert other_client.post(url).status_code == 201
    assert set(statuses[:-1]) <= {200, 201}, statuses
    assert len(statuses) > 2, "the burst should allow a few changes before limiting"


# --- CORS, protocol version ---------------------------------------------------------------------


def test_cors_is_closed_to_other_origins(server: LiveServer, demo: DemoMeeting):
    evil = "https://evil.example"
    with server.client() as client:
        preflight = client.options(
            f"{API}/push",
            headers={
                "Origin": evil,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
    with server.client(demo.staff_token) as client:
        simple = client.get(f"{API}/sessions/{demo.session_id}/snapshot", headers={"Origin": evil})
    for response in (preflight, simple):
        assert_protocol_headers(response)
        assert "access-control-allow-origin" not in response.headers, response.headers
        assert "access-control-allow-credentials" not in response.headers
    assert preflight.status_code >= 400
    assert_error(preflight, preflight.status_code)


def test_a_protocol_version_the_server_cannot_speak_is_400(server: LiveServer, demo: DemoMeeting):
    with server.client(demo.staff_token) as client:
        same = client.get(f"{API}/whoami", headers={"X-Moderator-Protocol": "1"})
        newer = client.get(f"{API}/whoami", headers={"X-Moderator-Protocol": "2"})
    assert same.status_code == 200
    assert_error(newer, 400, "protocol_version_unsupported")


# --- logs ---------------------------------------------------------------------------------------


def test_logs_never_contain_tokens(live_server: LiveServer):
    demo = live_server.load_demo("demo")
    valid = {
        "staff": demo.staff_token,
        "chair": live_server.create_token("chair", sessions=[demo.session_id]),
        "participant": live_server.create_token("participant", participant=demo.participant_ids[0]),
        "display": live_server.create_token("display"),
    }
    invalid = [secrets.token_urlsafe(32) for _ in range(3)]
    session = f"{API}/sessions/{demo.session_id}"
    with live_server.client() as client:
        for token in [*valid.values(), *invalid]:
            bearer = {"Authorization": f"Bearer {token}"}
            client.get(f"{API}/whoami", headers=bearer)
            client.get(f"{session}/snapshot", headers=bearer)
            client.post(f"{session}/hands", headers=bearer)
            client.post(f"{API}/push", headers=bearer, content=b"{not json")
            client.post(
                f"{API}/push",
                headers=bearer,
                json={"client_id": "log", "mutations": [{"id": 1, "name": token, "args": {}}]},
            )
            client.get(f"{API}/whoami", headers={"Authorization": f"Token {token}"})
            client.get(f"{session}/changes", params={"access_token": token}, headers=bearer)
            client.get(f"/participant#token={token}")
    live_server.stop()  # flush and close the log as an operator's Ctrl+C would
    log = live_server.log()
    records = live_server.log_records()
    assert any(r.get("message") == "request" for r in records), "the run wrote no request log"
    for token in [*valid.values(), *invalid]:
        assert token not in log
        assert token[:12] not in log, f"a token's prefix {token[:12]!r} is in the server log"


# --- graceful shutdown ------------------------------------------------------------------------


def raw_post(port: int, path: str, token: str, body: bytes) -> socket.socket:
    """Send a whole HTTP request on a plain socket; the caller reads the answer (if any)."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=30)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    connection.sendall(head + body)
    return connection


def read_status(connection: socket.socket) -> tuple[int | None, bytes]:
    """The HTTP status of the answer, or ``None`` when the server closed without one."""
    data = b""
    try:
        while chunk := connection.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    finally:
        connection.close()
    if not data.startswith(b"HTTP/1.1 "):
        return None, data
    return int(data[9:12]), data


@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_a_push_in_flight_at_shutdown_is_applied_whole_or_not_at_all(
    live_server: LiveServer, how: str
):
    """Stopped (SIGTERM, graceful) or killed (SIGKILL) while a push of 1000 mutations is in
    flight, the server either answered 200 and kept all of it, or kept none of it."""
    demo = live_server.load_demo("demo")
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    at, session = now_ms(), demo.session_id
    batch = [give_floor(1, session, demo.entry_ids[0], "turn-shutdown", at)]
    batch += [  # the clock runs after give_floor: pause, start, pause, …
        clock_mutation(n, "pause_clock" if n % 2 == 0 else "start_clock", session, at + n)
        for n in range(2, 1001)
    ]
    body = json.dumps({"client_id": "console-shutdown", "mutations": batch}).encode()

    outcome: dict[str, Any] = {}
    connection = raw_post(live_server.port, f"{API}/push", chair, body)
    reader = threading.Thread(target=lambda: outcome.update(answer=read_status(connection)))
    reader.start()
    if how == "SIGTERM":
        returncode = live_server.stop()  # while the push is in flight
    else:
        live_server.kill()
    reader.join(timeout=30)
    assert not reader.is_alive()
    status, raw = outcome["answer"]

    if how == "SIGTERM":
        # uvicorn re-raises the SIGTERM it handled once it has shut down, so -15 is a clean
        # stop too; -9 would mean stop() had to kill it.
        assert returncode in (0, -15), f"no clean stop ({returncode}):\n{live_server.log()}"
        assert "Application shutdown complete." in live_server.log()
    live_server.start()
    with live_server.client(chair) as client:
        feed = [c for c in all_changes(client, session, 0) if c["op"] != "reset"]
    counts = Counter(c["entity"] for c in feed)
    whole = {"entry": 1, "turn": 1, "clock": 1000}
    if status == 200:
        assert json.loads(raw.split(b"\r\n\r\n", 1)[1])["last_mutation_id"] == 1000
        assert counts == whole
    else:
        assert status is None or status >= 500, raw[:300]
        assert counts in ({}, whole), f"half-applied push: {dict(counts)}"
