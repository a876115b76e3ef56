"""BigBlueButton's hands through its webhooks: bbb-webhooks' own events (its example file),
posted as its callback emitter posts them, to the real server on loopback with an
integration token (``bbb_webhooks`` says where they come from)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import API
from support.bbb_webhooks import CONTENT_TYPE, event, form_body, post
from support.live_server import DemoMeeting, LiveServer


def _hands(server: LiveServer, demo: DemoMeeting) -> list[dict]:
    with server.client(demo.staff_token) as client:
        return client.get(f"{API}/sessions/{demo.session_id}/hands").json()["hands"]


def _participants(server: LiveServer, demo: DemoMeeting) -> dict[str, dict]:
    with server.client(demo.staff_token) as client:
        snapshot = client.get(f"{API}/sessions/{demo.session_id}/snapshot").json()
    return {p["id"]: p for p in snapshot["participants"]}


@pytest.fixture
def bbb(live_server: LiveServer, demo: DemoMeeting):  # type: ignore[no-untyped-def]
    token = live_server.create_token("integration", "demo", sessions=[demo.session_id])
    with live_server.client(token) as client:
        yield client


def test_a_walk_in_raises_and_lowers_and_retries_change_nothing_twice(
    live_server: LiveServer, demo: DemoMeeting, bbb
):
    joined = event("user-joined")  # John Doe: no participant id in his join link
    answer = post(bbb, demo.session_id, joined)
    assert answer.status_code == 200, answer.text
    (result,) = answer.json()["results"]
    walk_in = result["participant_id"]
    john = _participants(live_server, demo)[walk_in]
    assert (john["name"], john["attendance"]) == ("John Doe", "remote")

    raised = event("user-raise-hand-changed")
    first = post(bbb, demo.session_id, raised).json()["results"][0]
    assert first["outcome"] == "applied" and first["hand"]["source"] == "bbb"
    # bbb-webhooks retries a callback whose answer it did not get: the same event again.
    again = post(bbb, demo.session_id, raised).json()["results"][0]
    assert (again["outcome"], again["reason"]) == ("noop", "already received")
    assert [(h["participant_id"], h["source"]) for h in _hands(live_server, demo)] == [
        (walk_in, "bbb")
    ]

    lowered = post(bbb, demo.session_id, event("user-raise-hand-changed", 1)).json()
    assert lowered["results"][0]["hand"]["state"] == "lowered"
    # A late retry of the raise (it was answered, the answer was lost) does not reopen it.
    late = post(bbb, demo.session_id, raised).json()["results"][0]
    assert late["outcome"] == "noop" and _hands(live_server, demo) == []
    # The same person leaving and joining again (a new internal id, the same name) is the
    # same walk-in (while John is still in the call, another "John Doe" is someone else).
    assert post(bbb, demo.session_id, event("user-left", 1)).status_code == 200
    back = post(bbb, demo.session_id, event("user-joined", internal_user_id="w_new")).json()
    assert back["results"][0]["participant_id"] == walk_in
    assert sum(p["name"] == "John Doe" for p in _participants(live_server, demo).values()) == 1


def test_the_join_links_participant_id_names_the_participant_and_leaving_lowers(
    live_server: LiveServer, demo: DemoMeeting, bbb
):
    person = demo.participant_ids[3]
    mary = "w_uxw0dzhtvk0l"
    joined = event("user-joined", 1, external_user_id=person)
    raised = event("user-raise-hand-changed", internal_user_id=mary, external_user_id=person)
    # Two events in one callback (bbb-webhooks' multiEvent): both applied, in order.
    answer = post(bbb, demo.session_id, joined, raised).json()["results"]
    assert [r["outcome"] for r in answer] == ["applied", "applied"]
    assert answer[1]["participant_id"] == person
    assert [h["participant_id"] for h in _hands(live_server, demo)] == [person]
    john_left = post(bbb, demo.session_id, event("user-left", 1)).json()["results"]
    assert john_left[0]["outcome"] == "ignored"  # never joined here: nobody to name
    # Mary's leaving names her by BigBlueButton's internal id alone, as bbb-webhooks sends it.
    mary_left = post(bbb, demo.session_id, event("user-left", 0)).json()["results"]
    assert mary_left[0]["participant_id"] == person
    assert mary_left[0]["hand"]["lowered_by"] == "participant"
    assert _hands(live_server, demo) == []
    other = post(bbb, demo.session_id, event("meeting-created")).json()["results"][0]
    assert (other["event"], other["outcome"]) == ("meeting-created", "ignored")


@pytest.mark.parametrize(
    ("body", "content_type", "field"),
    [
        ('{"event": []}', "application/json", "body"),
        ("domain=bbb.example.org&timestamp=1", CONTENT_TYPE, "event"),
        ("event=%5Bnot+json", CONTENT_TYPE, "event"),
        ("event=%7B%7D", CONTENT_TYPE, "event[0].data"),
        (
            form_body(event("user-joined", 1), event("user-raise-hand-changed", raise_hand="yes")),
            CONTENT_TYPE,
            "event[1].data.attributes.user.raise-hand",
        ),
        (
            form_body(event("user-joined", internal_user_id=None)),
            CONTENT_TYPE,
            "event[0].data.attributes.user.internal-user-id",
        ),
        (
            form_body({"envelope": {"name": "UserJoinedMeetingEvtMsg"}, "core": {}}),
            CONTENT_TYPE,
            "event[0]",
        ),
    ],
)
def test_a_body_not_as_bbb_webhooks_posts_it_is_refused_by_name_and_writes_nothing(
    live_server: LiveServer, demo: DemoMeeting, bbb, body: str, content_type: str, field: str
):
    before = _participants(live_server, demo)
    answer = bbb.post(
        f"{API}/integrations/bbb/{demo.session_id}",
        content=body,
        headers={"Content-Type": content_type},
    )
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["field"] == field and error["message"].startswith(field)
    assert _participants(live_server, demo) == before  # Mary Sue's walk-in was not kept
    assert _hands(live_server, demo) == []


def test_the_token_feeds_its_own_session_only(live_server: LiveServer, demo: DemoMeeting, bbb):
    other = live_server.create_token("integration", "demo", sessions=["another-session"])
    with live_server.client(other) as client:
        assert post(client, demo.session_id, event("user-joined")).status_code == 404
    chair = live_server.create_token("chair", "demo", sessions=[demo.session_id])
    with live_server.client(chair) as client:
        assert post(client, demo.session_id, event("user-joined")).status_code == 403
    with live_server.client("not-a-token") as client:
        assert post(client, demo.session_id, event("user-joined")).status_code == 401
    # The integration reads nothing but its session's feed.
    assert bbb.get(f"{API}/sessions/{demo.session_id}/snapshot").status_code == 403
    assert bbb.get(f"{API}/sessions/{demo.session_id}/changes").status_code == 200
    assert _participants(live_server, demo).keys() == set(demo.participant_ids)


def test_create_token_takes_bbb_webhooks_shared_secret_from_a_file_never_from_argv(
    live_server: LiveServer, demo: DemoMeeting, tmp_path
):
    secret = "bbb-shared-secret-0123456789abcdef"
    secret_file = tmp_path / "bbb.secret"
    secret_file.write_text(secret + "\n")
    command = [sys.executable, "-m", "moderator.server", "create-token", "--role",
               "integration", "--meeting", "demo", "--session", demo.session_id,
               "--db", str(live_server.db_path), "--secret-file"]  # fmt: skip
    made = subprocess.run([*command, str(secret_file)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert secret not in made.stdout + made.stderr  # not printed back
    with live_server.client(secret) as client:
        assert post(client, demo.session_id, event("user-joined")).status_code == 200
    twice = subprocess.run([*command, "-"], input=secret, capture_output=True, text=True)
    assert twice.returncode == 2 and "already another token's" in twice.stderr
    short = subprocess.run([*command, "-"], input="short", capture_output=True, text=True)
    assert short.returncode == 2 and "at least 16" in short.stderr
    no_session = subprocess.run(
        [sys.executable, "-m", "moderator.server", "create-token", "--role", "integration",
         "--meeting", "demo", "--db", str(live_server.db_path)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert no_session.returncode == 2 and "needs --session" in no_session.stderr


def test_each_callback_leaves_an_audit_line_naming_the_integration_never_a_name(
    live_server: LiveServer, demo: DemoMeeting
):
    token = live_server.create_token("integration", "demo", sessions=[demo.session_id])
    with live_server.client(token) as client:
        joined = event("user-joined", name="Zofia Quarnström")
        assert post(client, demo.session_id, joined).status_code == 200  # a walk-in: applied
        assert post(client, demo.session_id, joined).status_code == 200  # a retry: noop
        bad = event("user-raise-hand-changed", raise_hand="Zofia Quarnström")
        assert post(client, demo.session_id, bad).status_code == 422
    live_server.stop()  # flush the log

    records = [r for r in live_server.log_records() if r.get("logger") == "moderator.server.audit"]
    route = "POST /api/v1/integrations/bbb/{session_id}"
    lines = [
        (r["message"], r["role"], r["session"], r["outcome"])
        for r in records
        if r.get("operation") == route
    ]
    assert lines == [
        ("change", "integration", demo.session_id, "applied"),
        ("change", "integration", demo.session_id, "noop"),
        ("refused", "integration", demo.session_id, "validation_failed"),
    ]
    log = live_server.log()
    assert token not in log and "Quarnstr" not in log


def test_a_hand_raised_in_bigbluebutton_before_2_7_is_raised_and_the_hook_kept(
    live_server: LiveServer, demo: DemoMeeting, bbb
):
    """BigBlueButton before 2.7 raises a hand as the emoji "raiseHand"; bbb-webhooks turns
    that into ``user-raise-hand-changed`` carrying ``raiseHand`` (``event-processor.js``,
    ``_handleUserEmojiChangedEvent``), not ``raise-hand``. A refusal would make it retry and
    then remove the hook: no hand from BigBlueButton for the rest of the meeting."""
    person = demo.participant_ids[2]
    joined = event("user-joined", 1, external_user_id=person)
    spoofed_raise = event("user-raise-hand-changed", 0, internal_user_id="w_uxw0dzhtvk0l",
                          external_user_id=person, raise_hand=None, raiseHand=True)  # fmt: skip
    answer = post(bbb, demo.session_id, joined, spoofed_raise)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][1]["hand"]["source"] == "bbb"
    assert [h["participant_id"] for h in _hands(live_server, demo)] == [person]
    spoofed_lower = event("user-raise-hand-changed", 1, internal_user_id="w_uxw0dzhtvk0l",
                          external_user_id=person, raise_hand=None, raiseHand=False)  # fmt: skip
    assert post(bbb, demo.session_id, spoofed_lower).status_code == 200
    assert _hands(live_server, demo) == []


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("A" * 301, "A" * 300),  # as long as BigBlueButton lets it be: cut, not refused
        ("\u202eevil\u202c Name", "evil Name"),  # no override turning the row's text around
        ("Ctl\x07\x1b[31mred", "Ctl [31mred"),  # no bell, no escape sequence
        ("Two\nlines\tand  spaces", "Two lines and spaces"),  # one line in the hands panel
        ("Nul\x00in the name", "Nul in the name"),
        ("مريم العلي 👩🏽‍💻", "مريم العلي 👩🏽‍💻"),  # right-to-left script and emoji kept
    ],
)
def test_any_name_bigbluebutton_shows_raises_the_hand_under_a_readable_name(
    live_server: LiveServer, demo: DemoMeeting, bbb, name: str, shown: str
):
    """A name is what the user typed into BigBlueButton: refusing it (a 422) would make
    bbb-webhooks retry and then remove the hook, and drop the other events of the callback."""
    joined = event("user-joined", 1, name=name)
    raised = event("user-raise-hand-changed", 0, internal_user_id="w_uxw0dzhtvk0l")
    others = event("user-raise-hand-changed", 0)  # John Doe, unknown here: ignored, not fatal
    answer = post(bbb, demo.session_id, joined, raised, others)
    assert answer.status_code == 200, answer.text
    person = answer.json()["results"][0]["participant_id"]
    assert _participants(live_server, demo)[person]["name"] == shown
    assert [h["participant_id"] for h in _hands(live_server, demo)] == [person]


def test_two_users_in_the_call_under_one_name_are_two_people(
    live_server: LiveServer, demo: DemoMeeting, bbb
):
    """Two guests who both typed "Guest" are two hands, not one swallowing the other's."""
    first = event("user-joined", 0, name="Guest")
    second = event("user-joined", 1, name="Guest")
    answer = post(bbb, demo.session_id, first, second).json()["results"]
    assert answer[0]["participant_id"] != answer[1]["participant_id"]
    raised = [
        event("user-raise-hand-changed", 0),
        event("user-raise-hand-changed", 0, internal_user_id="w_uxw0dzhtvk0l"),
    ]
    results = post(bbb, demo.session_id, *raised).json()["results"]
    assert [r["outcome"] for r in results] == ["applied", "applied"]
    assert len(_hands(live_server, demo)) == 2
