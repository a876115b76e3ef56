"""Small helpers shared by the server tests: protocol checks, mutation builders, SSE lines.

Everything here speaks to the server the way a client would (real HTTP through ``httpx``);
nothing reaches into the server's code.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from support.live_server import DemoMeeting, LiveServer

API = "/api/v1"


def now_ms() -> int:
    return time.time_ns() // 1_000_000


_meeting_numbers = itertools.count(1)


def fresh_meeting(server: LiveServer) -> DemoMeeting:
    """The demo meeting uploaded under a new meeting id: a test's own state on a shared server."""
    return server.load_demo(f"m{next(_meeting_numbers)}-{uuid.uuid4().hex[:6]}")


# --- protocol conventions --------------------------------------------------------------------


def protocol_header_problems(response: httpx.Response) -> list[str]:
    """What is wrong with the headers every response must carry (empty when all is well)."""
    problems = []
    if response.headers.get("x-moderator-protocol") != "1":
        problems.append(f"X-Moderator-Protocol is {response.headers.get('x-moderator-protocol')!r}")
    server_time = response.headers.get("x-server-time-ms", "")
    if not server_time.isdigit():
        problems.append(f"X-Server-Time-Ms is {server_time!r}")
    elif abs(int(server_time) - now_ms()) > 60_000:
        problems.append(f"X-Server-Time-Ms {server_time} is not the current time")
    return problems


def error_format_problems(response: httpx.Response) -> list[str]:
    """What is wrong with an error answer's body (the protocol's one error format)."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return [f"error body is not JSON: {response.text[:200]!r}"]
    problems = []
    if not isinstance(body, dict) or set(body) != {"error", "server_time_ms"}:
        return [f"error body is not {{error, server_time_ms}}: {body!r}"]
    error = body["error"]
    if not isinstance(error, dict):
        return [f"error is not an object: {error!r}"]
    for key in ("code", "message"):
        if not isinstance(error.get(key), str) or not error.get(key):
            problems.append(f"error.{key} missing or not a string: {error!r}")
    if not isinstance(body["server_time_ms"], int):
        problems.append(f"server_time_ms is not an integer: {body['server_time_ms']!r}")
    return problems


def assert_protocol_headers(response: httpx.Response) -> None:
    problems = protocol_header_problems(response)
    assert not problems, f"{response.request.method} {response.request.url}: {problems}"


def assert_error(
    response: httpx.Response, status: int, code: str | None = None, field: str | None = None
) -> dict[str, Any]:
    """The answer is ``status`` in the protocol's error format; returns its ``error`` object."""
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url.path}: expected {status}, "
        f"got {response.status_code}: {response.text[:500]}"
    )
    assert_protocol_headers(response)
    problems = error_format_problems(response)
    assert not problems, problems
    error = response.json()["error"]
    if code is not None:
        assert error["code"] == code, error
    if field is not None:
        assert error.get("field") == field, error
    return error


# --- mutations ---------------------------------------------------------------------------------


def give_floor(
    mutation_id: int,
    session_id: str,
    entry_id: str,
    turn_id: str,
    at_ms: int,
    start_clock: bool = True,
) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "give_floor",
        "args": {
            "session_id": session_id,
            "entry_id": entry_id,
            "turn_id": turn_id,
            "at_ms": at_ms,
            "start_clock": start_clock,
        },
    }


def clock_mutation(mutation_id: int, name: str, session_id: str, at_ms: int) -> dict[str, Any]:
    """``start_clock``, ``pause_clock`` or ``end_turn``."""
    return {"id": mutation_id, "name": name, "args": {"session_id": session_id, "at_ms": at_ms}}


def adjust_time(mutation_id: int, session_id: str, delta_ms: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "adjust_time",
        "args": {"session_id": session_id, "delta_ms": delta_ms},
    }


def lower_hand(mutation_id: int, session_id: str, hand_id: str, at_ms: int) -> dict[str, Any]:
    return {
        "id": mutation_id,
        "name": "lower_hand",
        "args": {"session_id": session_id, "hand_id": hand_id, "at_ms": at_ms},
    }


def push(client: httpx.Client, client_id: str, mutations: list[dict[str, Any]]) -> httpx.Response:
    return client.post(f"{API}/push", json={"client_id": client_id, "mutations": mutations})


def changes(
    client: httpx.Client, session_id: str, since: int = 0, limit: int = 5000
) -> dict[str, Any]:
    """The session's change feed after ``since`` (one page, at most ``limit``)."""
    response = client.get(
        f"{API}/sessions/{session_id}/changes", params={"since": since, "limit": limit}
    )
    assert response.status_code == 200, response.text
    return response.json()


def all_changes(client: httpx.Client, session_id: str, since: int = 0) -> list[dict[str, Any]]:
    """Every change of the session's feed after ``since``, following pages to the end."""
    collected: list[dict[str, Any]] = []
    while True:
        page = changes(client, session_id, since)
        collected += page["changes"]
        if not page["changes"] or page["version"] == since:
            return collected
        since = page["version"]


def snapshot(client: httpx.Client, session_id: str) -> dict[str, Any]:
    response = client.get(f"{API}/sessions/{session_id}/snapshot")
    assert response.status_code == 200, response.text
    return response.json()


# --- server-sent events, read line by line ----------------------------------------------------


@dataclass
class SseItem:
    """One thing on the event stream: an event (``fields``) or a comment line (``comment``)."""

    comment: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def is_event(self) -> bool:
        return self.comment is None


def sse_items(lines: Iterator[str]) -> Iterator[SseItem]:
    """Comments as they come, events when their blank line ends them (``data`` lines joined)."""
    current: dict[str, str] = {}
    for line in lines:
        if line == "":
            if current:
                yield SseItem(fields=current)
                current = {}
            continue
        if line.startswith(":"):
            yield SseItem(comment=line[1:].lstrip())
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data" and "data" in current:
            current["data"] += "\n" + value
        else:
            current[name] = value
