"""A participant's hand is the person's: a token of someone not on the roster is told so (a
clear 403, never a server error), and the rate of hand changes is the person's, however many
tokens they were given."""

from __future__ import annotations

import pytest
from helpers import API, assert_error
from support.live_server import DemoMeeting, LiveServer


@pytest.mark.parametrize("who", ["never-on-the-roster", "taken-off-the-roster"])
def test_a_participant_token_of_someone_not_on_the_roster_gets_a_clear_refusal(
    who: str, live_server: LiveServer, demo: DemoMeeting
):
    url = f"{API}/sessions/{demo.session_id}/hands"
    if who == "never-on-the-roster":
        person = "demo-nobody"
    else:  # on the roster when the token was issued, then the roster was uploaded without them
        person = demo.participant_ids[-1]
        upload = {
            **demo.upload,
            "participants": [p for p in demo.upload["participants"] if p["id"] != person],
            "entries": [e for e in demo.upload["entries"] if e["participant_id"] != person],
        }
        with live_server.client(demo.staff_token) as client:
            assert client.put(f"{API}/meetings/demo", json=upload).status_code == 200
    token = live_server.create_token("participant", participant=person)
    with live_server.client(token) as client:
        error = assert_error(client.post(url), 403, "not_on_roster")
        assert "roster" in error["message"]
        assert client.get(url).status_code == 200, "the page still reads the session"
    with live_server.client(demo.staff_token) as client:
        assert client.get(url).json()["hands"] == [], "nothing was written"
    assert "Traceback" not in live_server.log()


def test_the_hand_rate_limit_is_per_person_not_per_token(
    live_server: LiveServer, demo: DemoMeeting
):
    person = demo.participant_ids[0]
    tokens = [live_server.create_token("participant", participant=person) for _ in range(4)]
    url = f"{API}/sessions/{demo.session_id}/hands"
    statuses: list[int] = []
    clients = [live_server.client(token) for token in tokens]
    try:
        for n in range(24):  # four tokens of one person, taking turns
            client = clients[n % len(clients)]
            raising = n % 2 == 0
            response = client.post(url) if raising else client.delete(f"{url}/mine")
            statuses.append(response.status_code)
            if response.status_code == 429:
                break
        else:
            raise AssertionError(f"no 429 for one person with four tokens: {statuses}")
        assert_error(response, 429, "rate_limited")
    finally:
        for client in clients:
            client.close()
    # The server's burst (6 changes) is the person's: the seventh is refused.
    assert len(statuses) <= 7, statuses
    assert set(statuses[:-1]) <= {200, 201}, statuses
    # Another person is not held back.
    other = live_server.create_token("participant", participant=demo.participant_ids[1])
    with live_server.client(other) as client:
        assert client.post(url).status_code == 201
