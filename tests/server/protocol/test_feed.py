"""The change feed as a follower sees it: long-poll, cursors, and the Server-Sent Events stream
(events, heartbeats, resuming with ``Last-Event-ID``), with the protocol headers on every answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import (
    API,
    SseItem,
    assert_error,
    assert_protocol_headers,
    changes,
    clock_mutation,
    fresh_meeting,
    give_floor,
    now_ms,
    push,
    snapshot,
    sse_items,
)
from httpx_sse import connect_sse
from support.live_server import DemoMeeting, LiveServer, running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with running_server(tmp_path_factory.mktemp("feed")) as live:
        yield live


@pytest.fixture(scope="module")
def fast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server started with a 0.3 s heartbeat (``--heartbeat``), for the stream's pauses."""
    with running_server(tmp_path_factory.mktemp("feed-fast"), heartbeat_s=0.3) as live:
        yield live


@pytest.fixture
def demo(server: LiveServer) -> DemoMeeting:
    """Each test has its own meeting (and so its own session feed) on the module's server."""
    return fresh_meeting(server)


@pytest.fixture
def chair(server: LiveServer, demo: DemoMeeting) -> str:
    return server.create_token("chair", demo.meeting_id, sessions=[demo.session_id])


@pytest.fixture
def display(server: LiveServer, demo: DemoMeeting) -> str:
    return server.create_token("display", demo.meeting_id)


def current_version(server: LiveServer, token: str, session_id: str) -> int:
    with server.client(token) as client:
        return snapshot(client, session_id)["version"]


def push_ok(server: LiveServer, token: str, client_id: str, mutations: list[dict[str, Any]]):
    with server.client(token) as client:
        answer = push(client, client_id, mutations)
    assert answer.status_code == 200, answer.text
    assert all(r["status"] == "applied" for r in answer.json()["results"]), answer.text


def versions_after(server: LiveServer, token: str, session_id: str, since: int) -> list[int]:
    with server.client(token) as client:
        return [c["version"] for c in changes(client, session_id, since)["changes"]]


# --- long-poll -------------------------------------------------------------------------------


def test_a_long_poll_answers_as_soon_as_a_change_is_pushed(
    server: LiveServer, demo: DemoMeeting, chair: str, display: str
):
    since = current_version(server, display, demo.session_id)
    answer: dict[str, Any] = {}
    sent = threading.Event()

    def trace(event: str, _info: dict[str, Any]) -> None:
        if event == "http11.send_request_body.complete":
            sent.set()

    def follow() -> None:
        with server.client(display) as client:
            response = client.get(
                f"{API}/sessions/{demo.session_id}/changes",
                params={"since": since, "wait": 5},
                extensions={"trace": trace},
            )
            answer["returned"] = time.monotonic()
            answer["response"] = response

    follower = threading.Thread(target=follow)
    follower.start()
    # Push once the long-poll is on the wire. It is most likely parked by then; if the push
    # wins the race the answer is immediate as well. Either way: the change, at once.
    assert sent.wait(timeout=10)
    pushing = time.monotonic()
    push_ok(
        server,
        chair,
        f"feed-lp-{demo.meeting_id}",
        [give_floor(1, demo.session_id, demo.entry_ids[0], f"{demo.meeting_id}-turn-lp", now_ms())],
    )
    follower.join(timeout=15)
    assert not follower.is_alive()
    response = answer["response"]
    assert response.status_code == 200
    assert_protocol_headers(response)
    delay = answer["returned"] - pushing
    assert delay < 1.5, f"the long-poll answered {delay:.2f} s after the push began (wait=5)"
    body = response.json()
    entities = [(c["entity"], c["id"]) for c in body["changes"]]
    assert ("entry", demo.entry_ids[0]) in entities
    assert all(c["version"] > since for c in body["changes"])
    assert body["version"] == body["changes"][-1]["version"]


def test_a_long_poll_with_nothing_new_answers_empty_after_the_wait(
    server: LiveServer, demo: DemoMeeting, display: str
):
    since = current_version(server, display, demo.session_id)
    with server.client(display) as client:
        started = time.monotonic()
        response = client.get(
            f"{API}/sessions/{demo.session_id}/changes", params={"since": since, "wait": 1}
        )
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert_protocol_headers(response)
    assert response.json()["changes"] == []
    assert response.json()["version"] == since
    assert 0.9 <= elapsed < 3.0, f"wait=1 answered after {elapsed:.2f} s"


def test_a_cursor_the_server_never_issued_is_gone(
    server: LiveServer, demo: DemoMeeting, display: str
):
    future = current_version(server, display, demo.session_id) + 1_000_000
    with server.client(display) as client:
        url = f"{API}/sessions/{demo.session_id}"
        assert_error(client.get(f"{url}/changes", params={"since": future}), 410, "cursor_unknown")
        streamed = client.get(
            f"{url}/events", headers={"Accept": "text/event-stream", "Last-Event-ID": str(future)}
        )
        assert_error(streamed, 410, "cursor_unknown")
        not_a_version = client.get(
            f"{url}/events", headers={"Accept": "text/event-stream", "Last-Event-ID": "abc"}
        )
        assert_error(not_a_version, 422, "validation_failed", field="Last-Event-ID")
        too_big = client.get(f"{url}/changes", params={"since": 2**60})
        assert_error(too_big, 422, "validation_failed", field="since")


# --- Server-Sent Events --------------------------------------------------------------------------


def test_the_event_stream_delivers_each_change_with_its_version_as_id(
    server: LiveServer, demo: DemoMeeting, chair: str, display: str
):
    since = current_version(server, display, demo.session_id)
    url = f"{API}/sessions/{demo.session_id}/events"
    received = []
    with server.client(display) as client, connect_sse(client, "GET", url) as events:
        assert events.response.status_code == 200
        assert_protocol_headers(events.response)
        assert events.response.headers["content-type"].startswith("text/event-stream")
        # The stream starts "now": the server fixed its cursor before answering the headers, so
        # this push comes after it.
        turn = give_floor(
            1, demo.session_id, demo.entry_ids[0], f"{demo.meeting_id}-turn-sse", now_ms()
        )
        push_ok(server, chair, f"feed-sse-{demo.meeting_id}", [turn])
        expected = versions_after(server, display, demo.session_id, since)
        assert len(expected) == 3  # entry, turn, clock
        for event in events.iter_sse():
            if not event.data:  # the opening "retry:" block; a browser dispatches no event
                continue
            assert event.event == "change", event
            received.append(event)
            if len(received) == len(expected):
                break
    assert [int(e.id) for e in received] == expected
    documents = [json.loads(e.data) for e in received]
    assert [d["version"] for d in documents] == expected
    assert [(d["entity"], d["id"]) for d in documents] == [
        ("entry", demo.entry_ids[0]),
        ("turn", f"{demo.meeting_id}-turn-sse"),
        ("clock", demo.session_id),
    ]
    assert documents[0]["data"]["state"] == "speaking"


def read_until_heartbeat(lines: Iterator[str], heartbeats: int = 1) -> list[SseItem]:
    """Items of the stream up to and including the ``heartbeats``-th heartbeat comment."""
    items = []
    for item in sse_items(lines):
        items.append(item)
        if item.comment and item.comment.startswith("heartbeat"):
            heartbeats -= 1
            if heartbeats == 0:
                return items
    raise AssertionError(f"the stream ended without a heartbeat: {items}")


def test_heartbeats_arrive_as_comments_at_the_configured_interval(fast_server: LiveServer):
    demo = fresh_meeting(fast_server)
    display = fast_server.create_token("display", demo.meeting_id)
    url = f"{API}/sessions/{demo.session_id}/events"
    raw: list[str] = []
    with fast_server.client(display) as client:
        started = time.monotonic()
        with client.stream("GET", url, headers={"Accept": "text/event-stream"}) as response:
            assert response.status_code == 200
            assert_protocol_headers(response)

            def lines() -> Iterator[str]:
                for line in response.iter_lines():
                    raw.append(line)
                    yield line

            items = read_until_heartbeat(lines(), heartbeats=2)
        elapsed = time.monotonic() - started
    assert raw[0].startswith(": connected ")
    heartbeat_lines = [line for line in raw if line.startswith(": heartbeat")]
    assert len(heartbeat_lines) == 2, raw
    stamps = [int(line.split()[2]) for line in heartbeat_lines]
    assert stamps[0] < stamps[1] and abs(stamps[1] - now_ms()) < 10_000
    assert not [item for item in items if item.is_event and item.fields.get("event") == "change"]
    assert 0.5 <= elapsed < 5, f"two heartbeats 0.3 s apart took {elapsed:.2f} s"


def test_resuming_with_last_event_id_gets_exactly_the_changes_after_it(fast_server: LiveServer):
    server, demo = fast_server, fresh_meeting(fast_server)
    chair = server.create_token("chair", demo.meeting_id, sessions=[demo.session_id])
    display = server.create_token("display", demo.meeting_id)
    session, at = demo.session_id, now_ms()
    start = current_version(server, display, session)
    push_ok(
        server,
        chair,
        f"feed-resume-{demo.meeting_id}",
        [give_floor(1, session, demo.entry_ids[0], f"{demo.meeting_id}-t-r", at)],
    )
    seen = versions_after(server, display, session, start)
    push_ok(
        server,
        chair,
        f"feed-resume-{demo.meeting_id}",
        [
            clock_mutation(2, "pause_clock", session, at + 1_000),
            clock_mutation(3, "start_clock", session, at + 2_000),
        ],
    )
    missed = versions_after(server, display, session, seen[-1])
    assert len(seen) == 3 and len(missed) == 2

    # Read up to the first heartbeat: the server sends the backlog first, then pauses.
    url = f"{API}/sessions/{session}/events"
    # `since=0` as well: Last-Event-ID wins over the query parameter.
    params = {"since": 0}
    headers = {"Accept": "text/event-stream", "Last-Event-ID": str(seen[-1])}
    with (
        server.client(display) as client,
        client.stream("GET", url, params=params, headers=headers) as response,
    ):
        assert response.status_code == 200
        assert_protocol_headers(response)
        items = read_until_heartbeat(response.iter_lines())
    events = [item.fields for item in items if item.is_event and "event" in item.fields]
    assert [e["event"] for e in events] == ["change", "change"]
    assert [int(e["id"]) for e in events] == missed
    assert [json.loads(e["data"])["entity"] for e in events] == ["clock", "clock"]

    # The same resume point by query parameter (a client without the header).
    with (
        server.client(display) as client,
        client.stream(
            "GET",
            url,
            params={"since": seen[-1]},
            headers={"Accept": "text/event-stream"},
        ) as response,
    ):
        items = read_until_heartbeat(response.iter_lines())
    assert [int(i.fields["id"]) for i in items if i.is_event and "id" in i.fields] == missed


def test_stream_errors_use_the_error_format_and_protocol_headers(
    server: LiveServer, demo: DemoMeeting
):
    url = f"{API}/sessions/{demo.session_id}/events"
    with server.client() as anonymous:
        assert_error(anonymous.get(url, headers={"Accept": "text/event-stream"}), 401)
    other = server.create_token("display", "other-meeting")
    with server.client(other) as client:
        assert_error(client.get(url, headers={"Accept": "text/event-stream"}), 404, "not_found")


def test_a_stream_hears_of_a_change_another_process_wrote_by_its_next_heartbeat(
    fast_server: LiveServer,
):
    """Two server processes on one database (a second worker, or ``moderator-server import``
    beside ``serve``): a stream on the first gets a change pushed through the second by its
    next heartbeats, not only once the first process writes something itself."""
    demo = fresh_meeting(fast_server)
    chair = fast_server.create_token("chair", demo.meeting_id, sessions=[demo.session_id])
    display = fast_server.create_token("display", demo.meeting_id)
    second = LiveServer(
        db_path=fast_server.db_path,
        log_path=fast_server.log_path.with_name("second.log"),
        heartbeat_s=fast_server.heartbeat_s,
    )
    second.start()
    try:
        url = f"{API}/sessions/{demo.session_id}/events"
        with (
            fast_server.client(display) as client,
            client.stream("GET", url, headers={"Accept": "text/event-stream"}) as response,
        ):
            assert response.status_code == 200
            lines = response.iter_lines()
            read_until_heartbeat(lines)  # the stream has read the feed and waits
            turn = give_floor(
                1, demo.session_id, demo.entry_ids[0], f"{demo.meeting_id}-t2", now_ms()
            )
            push_ok(second, chair, f"feed-second-{demo.meeting_id}", [turn])
            items: list[SseItem] = []
            for item in sse_items(lines):
                items.append(item)
                if item.is_event and item.fields.get("event") == "change":
                    break
                heartbeats = [i for i in items if i.comment and "heartbeat" in i.comment]
                assert len(heartbeats) < 10, f"no change after 10 heartbeats: {items}"
        change = json.loads(items[-1].fields["data"])
        assert (change["entity"], change["id"]) == ("entry", demo.entry_ids[0])
    finally:
        second.kill()
