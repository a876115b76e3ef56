"""The participant page with its session's Jitsi Meet call (``serve --jitsi-domain``), in a
real browser against the real server. The Jitsi server is a stand-in: the browser's requests
to it are answered by a small ``external_api.js`` that records what the page asks of the
call and lets the test fire the IFrame API's events (``videoConferenceJoined``,
``raiseHandUpdated``), so nothing leaves the machine."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import launch, unavailable_reason
from support.live_server import LiveServer, running_server

_reason = unavailable_reason()
if _reason:
    pytest.skip(_reason, allow_module_level=True)

from playwright.sync_api import Page, Route, expect, sync_playwright  # noqa: E402

pytestmark = pytest.mark.timeout(90)

JITSI = "meet.example.test"
#: The IFrame API as far as the page uses it: the constructor, addListener, executeCommand;
#: ``emit`` lets the test play the call's events.
STAND_IN = """
window.JitsiMeetExternalAPI = function (domain, options) {
  var listeners = {};
  this.domain = domain;
  this.roomName = options.roomName;
  this.displayName = (options.userInfo || {}).displayName;
  this.commands = [];
  this.addListener = function (name, listener) {
    (listeners[name] = listeners[name] || []).push(listener);
  };
  this.executeCommand = function (name) { this.commands.push(name); };
  this.emit = function (name, data) {
    (listeners[name] || []).forEach(function (listener) { listener(data); });
  };
  var frame = document.createElement('div');
  frame.id = 'stand-in-call';
  options.parentNode.appendChild(frame);
  window.standInCall = this;
};
"""


@pytest.fixture
def jitsi_server(tmp_path: Path) -> Iterator[LiveServer]:
    with running_server(tmp_path, extra_args=["--jitsi-domain", JITSI]) as server:
        yield server


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(locale="en-GB", timezone_id="Europe/Madrid")
        context.set_default_timeout(15_000)

        def jitsi(route: Route) -> None:
            if route.request.url == f"https://{JITSI}/external_api.js":
                route.fulfill(body=STAND_IN, content_type="application/javascript")
            else:
                route.abort()

        context.route(f"https://{JITSI}/**", jitsi)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def _call(page: Page, event: str, data: dict) -> None:
    page.evaluate("([event, data]) => window.standInCall.emit(event, data)", [event, data])


def _hands(server: LiveServer, token: str, session_id: str) -> list[dict]:
    with server.client(token) as client:
        return client.get(f"/api/v1/sessions/{session_id}/hands").json()["hands"]


def test_the_local_hand_raised_in_the_call_is_the_participants_hand(
    jitsi_server: LiveServer, page: Page
):
    demo = jitsi_server.load_demo("demo")
    person = demo.upload["participants"][2]
    token = jitsi_server.create_token("participant", "demo", participant=person["id"])
    answer = page.goto(f"{jitsi_server.url}/participant#token={token}")
    assert answer is not None
    policy = answer.headers["content-security-policy"]
    assert f"script-src 'self' https://{JITSI};" in policy
    assert f"frame-src https://{JITSI}" in policy
    page.wait_for_function("() => window.standInCall !== undefined")
    assert page.evaluate("() => [standInCall.roomName, standInCall.displayName]") == [
        f"moderator-demo-{demo.session_id}",
        person["name"],
    ]
    expect(page.locator("#call")).to_be_visible()
    status = page.locator("#hand-status")

    _call(page, "videoConferenceJoined", {"id": "local-1", "roomName": "r", "displayName": "x"})
    _call(page, "raiseHandUpdated", {"id": "someone-else", "handRaised": 1700000000000})
    _call(page, "raiseHandUpdated", {"id": "local-1", "handRaised": int(time.time() * 1000)})
    expect(status).to_contain_text("Your hand is raised")
    (hand,) = _hands(jitsi_server, token, demo.session_id)
    assert (hand["participant_id"], hand["source"]) == (person["id"], "jitsi")

    _call(page, "raiseHandUpdated", {"id": "local-1", "handRaised": 0})
    expect(status).to_have_text("Your hand is down. No hands are raised.")
    assert _hands(jitsi_server, token, demo.session_id) == []

    # Raised in the call again, lowered by the chair: the call's hand goes down too.
    _call(page, "raiseHandUpdated", {"id": "local-1", "handRaised": int(time.time() * 1000)})
    expect(status).to_contain_text("Your hand is raised")
    (hand,) = _hands(jitsi_server, token, demo.session_id)
    chair = jitsi_server.create_token("chair", "demo", sessions=[demo.session_id])
    mutation = {"id": 1, "name": "lower_hand",
                "args": {"session_id": demo.session_id, "hand_id": hand["id"],
                         "at_ms": int(time.time() * 1000)}}  # fmt: skip
    with jitsi_server.client(chair) as client:
        pushed = client.post(
            "/api/v1/push", json={"client_id": f"c-{uuid.uuid4().hex}", "mutations": [mutation]}
        )
    assert pushed.json()["results"][0]["status"] == "applied"
    expect(status).to_have_text("The chair lowered your hand")
    page.wait_for_function("() => standInCall.commands.includes('toggleRaiseHand')")
    assert page.evaluate("() => standInCall.commands") == ["toggleRaiseHand"]


def test_without_a_jitsi_server_the_page_has_no_call_and_its_policy_is_unchanged(
    live_server: LiveServer, page: Page
):
    demo = live_server.load_demo("demo")
    token = live_server.create_token("participant", "demo", participant=demo.participant_ids[2])
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    answer = page.goto(f"{live_server.url}/participant#token={token}")
    assert answer is not None
    assert "frame-src" not in answer.headers["content-security-policy"]
    expect(page.locator("#hand-status")).to_contain_text("Your hand is down")
    expect(page.locator("#call")).to_be_hidden()
    assert all(url.startswith(live_server.url) for url in requests), requests
