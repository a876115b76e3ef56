"""The main paths of the protocol against the real server: tokens, upload, push, feed, hands."""

from __future__ import annotations

import time

from support.live_server import DemoMeeting, LiveServer


def now_ms() -> int:
    return int(time.time() * 1000)


def test_every_response_carries_server_time_and_protocol_version(live_server: LiveServer):
    before = now_ms()
    with live_server.client() as client:
        response = client.get("/healthz")
        unauthenticated = client.get("/api/v1/whoami")
    assert response.status_code == 200
    assert response.headers["x-moderator-protocol"] == "1"
    assert before - 5 <= int(response.headers["x-server-time-ms"]) <= now_ms() + 5
    assert unauthenticated.status_code == 401
    assert unauthenticated.json()["error"]["code"] == "unauthenticated"
    assert "x-server-time-ms" in unauthenticated.headers


def test_chair_gives_the_floor_and_a_follower_sees_it_in_the_feed(
    live_server: LiveServer, demo: DemoMeeting
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    display = live_server.create_token("display")
    with live_server.client(display) as viewer:
        snapshot = viewer.get(f"/api/v1/sessions/{demo.session_id}/snapshot").json()
        assert snapshot["clock"]["entry_id"] is None
        assert snapshot["turns"] == []
        version = snapshot["version"]
    at = now_ms()
    mutation = {
        "id": 1,
        "name": "give_floor",
        "args": {
            "session_id": demo.session_id,
            "entry_id": demo.entry_ids[0],
            "turn_id": "turn-1",
            "at_ms": at,
            "start_clock": True,
        },
    }
    with live_server.client(chair) as client:
        answer = client.post(
            "/api/v1/push", json={"client_id": "console-a", "mutations": [mutation]}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"] == [{"id": 1, "status": "applied"}]
        assert answer.json()["last_mutation_id"] == 1
        again = client.post(
            "/api/v1/push", json={"client_id": "console-a", "mutations": [mutation]}
        )
        assert again.json()["results"] == [{"id": 1, "status": "applied"}]
    with live_server.client(display) as viewer:
        feed = viewer.get(
            f"/api/v1/sessions/{demo.session_id}/changes", params={"since": version}
        ).json()
        entities = [(c["entity"], c["id"]) for c in feed["changes"]]
        assert ("entry", demo.entry_ids[0]) in entities
        assert ("clock", demo.session_id) in entities
        clock = next(c["data"] for c in feed["changes"] if c["entity"] == "clock")
        assert clock["status"] == "running" and clock["running_since_ms"] == at
        assert sum(1 for c in feed["changes"] if c["entity"] == "clock") == 1, "applied twice"


def test_a_participant_raises_and_lowers_their_own_hand(live_server: LiveServer, demo: DemoMeeting):
    participant = demo.participant_ids[2]
    token = live_server.create_token("participant", participant=participant)
    with live_server.client(token) as client:
        raised = client.post(f"/api/v1/sessions/{demo.session_id}/hands")
        assert raised.status_code == 201
        hand = raised.json()["hand"]
        assert hand["participant_id"] == participant and hand["state"] == "raised"
        again = client.post(f"/api/v1/sessions/{demo.session_id}/hands")
        assert again.status_code == 200 and again.json()["hand"]["id"] == hand["id"]
        listed = client.get(f"/api/v1/sessions/{demo.session_id}/hands").json()["hands"]
        assert [h["id"] for h in listed] == [hand["id"]]
        lowered = client.delete(f"/api/v1/sessions/{demo.session_id}/hands/mine")
        assert lowered.status_code == 200 and lowered.json()["hand"]["state"] == "lowered"
        assert client.get(f"/api/v1/sessions/{demo.session_id}/hands").json()["hands"] == []
        assert client.delete(f"/api/v1/sessions/{demo.session_id}/hands/mine").status_code == 404
