"""The remote participant page (`GET /participant`) in a real browser against the real server.

What a participant observes: the link's token leaves the address bar, the session and the
current speaker appear, the countdown runs (also through an outage), and the hand button raises
and lowers their hand on the server. Headless Chromium from Debian, driven by Playwright; no
sleeps, every wait is on a condition.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from browser import artifacts_dir, launch, unavailable_reason
from support.live_server import DemoMeeting, LiveServer

_reason = unavailable_reason()
if _reason:
    pytest.skip(_reason, allow_module_level=True)

from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright  # noqa: E402

TIMEZONE = "Europe/Madrid"  # the browser's zone in these tests (the demo meeting's zone too)
INVALID_LINK = "This link is not valid any more — ask the organisers for a new one"
SCREENSHOTS = artifacts_dir("participant")

pytestmark = pytest.mark.timeout(90)


def now_ms() -> int:
    return int(time.time() * 1000)


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


class Visit:
    """One participant's browser tab, with what it sent and logged."""

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self.context = context
        self.page = page
        self.request_urls: list[str] = []
        self.console: list[str] = []
        page.on("request", lambda request: self.request_urls.append(request.url))
        page.on("console", lambda message: self.console.append(message.text))
        page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))

    def open(self, server: LiveServer, fragment: str) -> None:
        self.page.goto(f"{server.url}/participant#{fragment}")

    # what the participant sees
    @property
    def title(self):
        return self.page.locator("#session-title")

    @property
    def speaker(self):
        return self.page.locator("#speaker-name")

    @property
    def digits(self):
        return self.page.locator("#countdown-digits")

    @property
    def cue(self):
        return self.page.locator("#countdown-state")

    @property
    def connection(self):
        return self.page.locator("#connection-text")

    @property
    def hand_button(self):
        return self.page.locator("#hand-button")

    @property
    def hand_status(self):
        return self.page.locator("#hand-status")

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def assert_no_horizontal_scroll(self) -> None:
        widths = self.page.evaluate(
            "() => [document.scrollingElement.scrollWidth, window.innerWidth]"
        )
        assert widths[0] <= widths[1], f"page scrolls sideways: {widths}"


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Any]:
    contexts: list[BrowserContext] = []

    def make(
        viewport: dict[str, int] | None = None,
        mobile: bool = False,
        dark: bool = False,
        locale: str = "en-GB",
    ) -> Visit:
        options: dict[str, Any] = {
            "viewport": viewport or {"width": 1280, "height": 800},
            "timezone_id": TIMEZONE,
            "locale": locale,
            "color_scheme": "dark" if dark else "light",
        }
        if mobile:
            options.update(is_mobile=True, has_touch=True, device_scale_factor=2)
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return Visit(context, context.new_page())

    yield make
    for context in contexts:
        context.close()


class Chair:
    """A chair's console, reduced to pushing mutations for one session."""

    def __init__(self, server: LiveServer, session_id: str) -> None:
        self.server = server
        self.session_id = session_id
        self.token = server.create_token("chair", sessions=[session_id])
        self.client_id = f"chair-{uuid.uuid4().hex[:12]}"
        self.next_id = 1

    def push(self, name: str, **args: Any) -> None:
        mutation = {
            "id": self.next_id,
            "name": name,
            "args": {"session_id": self.session_id, **args},
        }
        with self.server.client(self.token) as client:
            answer = client.post(
                "/api/v1/push", json={"client_id": self.client_id, "mutations": [mutation]}
            )
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["status"] == "applied", answer.json()
        self.next_id += 1

    def give_floor(self, entry_id: str, at: int | None = None) -> int:
        at = now_ms() if at is None else at
        self.push(
            "give_floor",
            entry_id=entry_id,
            turn_id=f"t-{uuid.uuid4().hex[:8]}",
            at_ms=at,
            start_clock=True,
        )
        return at

    def pause(self) -> None:
        self.push("pause_clock", at_ms=now_ms())

    def adjust(self, delta_ms: int) -> None:
        self.push("adjust_time", delta_ms=delta_ms)

    def lower_hand(self, hand_id: str) -> None:
        self.push("lower_hand", hand_id=hand_id, at_ms=now_ms())


@pytest.fixture
def chair(live_server: LiveServer, demo: DemoMeeting) -> Chair:
    return Chair(live_server, demo.session_id)


def person(demo: DemoMeeting, participant_id: str) -> dict[str, Any]:
    return next(p for p in demo.upload["participants"] if p["id"] == participant_id)


def entry(demo: DemoMeeting, index: int) -> dict[str, Any]:
    return demo.upload["entries"][index]


def seconds_of(text: str) -> int:
    """``4:59`` → 299; ``+0:03`` → −3 (overtime counts up)."""
    match = re.fullmatch(r"(\+?)(?:(\d+):)?(\d+):(\d{2})", text.strip())
    assert match, f"not a countdown: {text!r}"
    sign, hours, minutes, seconds = match.groups()
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return -value if sign else value


def session_title(demo: DemoMeeting) -> str:
    return demo.upload["sessions"][0]["title"]


def participant_link(live_server: LiveServer, demo: DemoMeeting, index: int = 2) -> tuple[str, str]:
    participant_id = demo.participant_ids[index]
    return live_server.create_token("participant", participant=participant_id), participant_id


# --- tests -------------------------------------------------------------------------------------


def test_the_link_token_leaves_the_address_bar_and_survives_a_reload(
    live_server: LiveServer, demo: DemoMeeting, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")

    expect(visit.title).to_have_text(session_title(demo))
    expect(visit.speaker).to_have_text("Nobody has the floor")
    expect(visit.connection).to_have_text("Live")
    assert visit.page.url == f"{live_server.url}/participant"
    assert visit.page.evaluate("() => location.hash") == ""
    assert (
        visit.page.evaluate("() => sessionStorage.getItem('moderator.participant.token')") == token
    )
    expect(visit.hand_button).to_have_text("Raise hand")
    expect(visit.hand_button).to_be_enabled()

    visit.page.reload()
    expect(visit.title).to_have_text(session_title(demo))
    expect(visit.connection).to_have_text("Live")

    sent = visit.request_urls
    assert any("/api/v1/sessions/" in url for url in sent)
    assert not [url for url in sent if token in url], "the token travelled in a URL"
    assert not [line for line in visit.console if token in line], "the token was logged"
    assert not [line for line in visit.console if line.startswith("pageerror")], visit.console


def test_the_floor_the_countdown_and_pause_as_the_chair_moves(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    expect(visit.speaker).to_have_text("Nobody has the floor")

    first = entry(demo, 0)
    speaker = person(demo, first["participant_id"])
    item = next(i for i in demo.upload["agenda_items"] if i["id"] == first["agenda_item_id"])
    chair.give_floor(first["id"])

    expect(visit.speaker).to_have_text(speaker["name"])
    expect(visit.page.locator("#speaker-details")).to_contain_text(speaker["organisation"])
    expect(visit.page.locator("#agenda-item")).to_have_text(f"Agenda: {item['title']}")
    expect(visit.cue).to_have_text("RUNNING")
    expect(visit.digits).to_have_text(re.compile(r"^\d+:\d{2}$"))
    shown = seconds_of(visit.digits.inner_text())
    allotted_s = first["allotted_ms"] // 1000
    assert allotted_s - 3 <= shown <= allotted_s, (shown, allotted_s)

    expect(visit.digits).not_to_have_text(visit.digits.inner_text())  # it counts down
    later = seconds_of(visit.digits.inner_text())
    assert later < shown

    chair.pause()
    expect(visit.cue).to_have_text("PAUSED")
    expect(visit.page.locator("#countdown")).to_have_attribute("data-phase", "paused")
    paused_at = seconds_of(visit.digits.inner_text())
    assert paused_at <= later
    visit.shot("desktop-paused")

    # A minute before the end: WARNING; the last 30 seconds (the meeting's default final
    # threshold): FINAL; past the end: TIME UP, then counting up with OVERTIME.
    chair.push("start_clock", at_ms=now_ms())
    expect(visit.cue).to_have_text("RUNNING")
    chair.adjust(-(paused_at - 45) * 1000)
    expect(visit.cue).to_have_text("WARNING")
    assert 40 <= seconds_of(visit.digits.inner_text()) <= 45
    visit.shot("desktop-warning")
    chair.adjust(-20 * 1000)
    expect(visit.cue).to_have_text("FINAL")
    assert 20 <= seconds_of(visit.digits.inner_text()) <= 25
    # Down to the last seconds: 0:00 with TIME UP, which lasts while the digits count up to
    # +0:04 (as on the console); five seconds over, OVERTIME.
    chair.adjust(-(seconds_of(visit.digits.inner_text()) - 2) * 1000)
    expect(visit.digits).to_have_text("0:00")
    expect(visit.cue).to_have_text("TIME UP")
    expect(visit.page.locator("#countdown")).to_have_attribute("data-phase", "time_up")
    expect(visit.digits).to_have_text("+0:01")
    expect(visit.cue).to_have_text("TIME UP")
    chair.adjust(-5000)
    expect(visit.digits).to_have_text(re.compile(r"^\+0:0[6-9]$"))
    expect(visit.cue).to_have_text("OVERTIME")
    expect(visit.page.locator("#countdown-label")).to_have_text("Over time by")
    visit.shot("desktop-overtime")


def test_the_countdown_matches_the_server_clock_to_the_second(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    first = entry(demo, 0)
    at = chair.give_floor(first["id"])
    expect(visit.cue).to_have_text("RUNNING")

    # Wait for the next change of the digits, then compare with the server's remaining time.
    before = visit.digits.inner_text()
    visit.page.wait_for_function(
        "before => document.getElementById('countdown-digits').textContent !== before", arg=before
    )
    shown, seen_at = visit.page.evaluate(
        "() => [document.getElementById('countdown-digits').textContent, Date.now()]"
    )
    # The digits change when the remaining time crosses a whole second (rounded up): right
    # after the change, remaining is just below shown*1000.
    remaining = first["allotted_ms"] - (seen_at - at)
    assert seconds_of(shown) * 1000 - 1000 < remaining <= seconds_of(shown) * 1000 + 150, (
        shown,
        remaining,
    )


def test_raising_and_lowering_the_hand(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, participant_id = participant_link(live_server, demo)
    other_token = live_server.create_token("participant", participant=demo.participant_ids[3])
    hands_url = f"/api/v1/sessions/{demo.session_id}/hands"
    with live_server.client(other_token) as other:
        assert other.post(hands_url).status_code == 201  # somebody was first

    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    expect(visit.hand_status).to_have_text("Your hand is down. 1 hand is raised.")

    visit.hand_button.focus()
    visit.page.keyboard.press("Enter")  # by keyboard; the focus stays on the button
    expect(visit.hand_button).to_have_text("Lower hand")
    expect(visit.hand_button).to_be_focused()
    with live_server.client(token) as client:
        hands = client.get(hands_url).json()["hands"]
    mine = next(h for h in hands if h["participant_id"] == participant_id)
    assert [h["participant_id"] for h in hands] == [demo.participant_ids[3], participant_id]
    since = datetime.fromtimestamp(mine["raised_at_ms"] / 1000, ZoneInfo(TIMEZONE)).strftime(
        "%H:%M"
    )
    expect(visit.hand_status).to_have_text(f"Your hand is raised (2nd in line, since {since})")
    visit.shot("desktop-hand-raised")

    with live_server.client(other_token) as other:  # the one before me is done
        assert other.delete(f"{hands_url}/mine").status_code == 200
    expect(visit.hand_status).to_have_text(f"Your hand is raised (1st in line, since {since})")

    visit.hand_button.click()
    expect(visit.hand_button).to_have_text("Raise hand")
    with live_server.client(token) as client:
        assert client.get(hands_url).json()["hands"] == []
    expect(visit.hand_status).to_have_text("Your hand is down. No hands are raised.")

    # The chair takes the hand down.
    visit.hand_button.click()
    expect(visit.hand_button).to_have_text("Lower hand")
    with live_server.client(token) as client:
        (raised,) = client.get(hands_url).json()["hands"]
    chair.lower_hand(raised["id"])
    expect(visit.hand_status).to_have_text("The chair lowered your hand")
    expect(visit.hand_button).to_have_text("Raise hand")


def test_too_many_hand_changes_disable_the_button_until_retry_after(
    live_server: LiveServer, demo: DemoMeeting, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")

    error = visit.page.locator("#hand-error")
    for _ in range(12):  # the server allows a burst of a few changes, then says 429
        expect(visit.hand_button).to_be_enabled()
        label = visit.hand_button.inner_text()
        visit.hand_button.click()
        visit.page.wait_for_function(
            """label => {
                 const b = document.getElementById('hand-button');
                 const e = document.getElementById('hand-error');
                 return b.getAttribute('aria-busy') === 'false' &&
                        (b.textContent.trim() !== label || !e.hidden);
               }""",
            arg=label,
        )
        if error.is_visible():
            break
    expect(error).to_contain_text("You can try again in")
    expect(visit.hand_button).to_be_disabled()
    visit.shot("desktop-rate-limited")
    # Retry-After passes: the message goes and the button works again.
    expect(visit.hand_button).to_be_enabled(timeout=20_000)
    expect(error).to_be_hidden()


def test_the_countdown_runs_on_while_the_network_is_down(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    chair.give_floor(entry(demo, 0)["id"])
    expect(visit.cue).to_have_text("RUNNING")

    visit.page.route("**/api/v1/**", lambda route: route.abort())
    visit.context.set_offline(True)
    expect(visit.connection).to_have_text("Reconnecting…")
    for _ in range(2):  # the digits keep changing with nothing from the server
        expect(visit.digits).not_to_have_text(visit.digits.inner_text())
    expect(visit.cue).to_have_text("RUNNING")
    visit.shot("desktop-reconnecting")

    chair.pause()  # while the page is cut off
    visit.page.unroute("**/api/v1/**")
    visit.context.set_offline(False)
    expect(visit.connection).to_have_text("Live")
    expect(visit.cue).to_have_text("PAUSED")


def test_the_page_resumes_the_feed_after_the_server_restarts(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    chair.give_floor(entry(demo, 0)["id"])
    expect(visit.cue).to_have_text("RUNNING")

    live_server.kill()
    expect(visit.connection).to_have_text("Reconnecting…")
    expect(visit.digits).not_to_have_text(visit.digits.inner_text())

    live_server.start()
    chair.pause()
    expect(visit.cue).to_have_text("PAUSED", timeout=30_000)
    expect(visit.connection).to_have_text("Live")


def test_the_stream_is_parsed_and_a_reset_downloads_the_snapshot_again(
    live_server: LiveServer, demo: DemoMeeting, open_page
):
    """Hand-made event streams: CRLF line ends, comments, multi-line data, then a reset."""
    token, _ = participant_link(live_server, demo)
    first = entry(demo, 0)
    clock = {
        "session_id": demo.session_id,
        "entry_id": first["id"],
        "turn_id": "t-fake",
        "status": "paused",
        "allotted_ms": 300_000,
        "accumulated_ms": 12_345,
        "running_since_ms": None,
    }
    change = json.dumps(
        {
            "version": 10**9,
            "entity": "clock",
            "id": demo.session_id,
            "op": "upsert",
            "data": clock,
            "server_time_ms": now_ms(),
        }
    )
    half = change.index(', "entity"') + 1  # SSE joins data lines with "\n": JSON whitespace
    streams = [
        # one event, its JSON split over two data lines, between comments, CRLF line ends
        f": connected\r\nretry: 2000\r\n\r\nid: {10**9}\r\nevent: change\r\n"
        f"data: {change[:half]}\r\ndata: {change[half:]}\r\n: heartbeat 1\r\n\r\n",
        'event: reset\ndata: {"reason": "cursor_too_old"}\n\n',
    ]
    resumed_from: list[str | None] = []
    snapshots: list[str] = []

    def events(route) -> None:
        resumed_from.append(route.request.headers.get("last-event-id"))
        if streams:
            route.fulfill(status=200, content_type="text/event-stream", body=streams.pop(0))
        else:
            route.continue_()

    visit = open_page()
    visit.page.on(
        "request", lambda request: "/snapshot" in request.url and snapshots.append(request.url)
    )
    visit.page.route(re.compile(r"/api/v1/sessions/[^/]+/events\?"), events)
    visit.open(live_server, f"token={token}")

    expect(visit.cue).to_have_text("PAUSED")  # the hand-made event
    expect(visit.digits).to_have_text("4:48")
    expect(visit.speaker).to_have_text(person(demo, first["participant_id"])["name"])
    # The stream ended: reconnect with Last-Event-ID, get the reset, download again.
    expect(visit.speaker).to_have_text("Nobody has the floor")
    expect(visit.connection).to_have_text("Live")
    assert len(snapshots) == 2, snapshots
    assert resumed_from[1] == str(10**9), resumed_from
    assert len(resumed_from) == 3 and resumed_from[2] != str(10**9), resumed_from


def test_an_invalid_or_missing_token_says_what_to_do(live_server: LiveServer, open_page):
    visit = open_page()
    visit.open(live_server, "token=not-a-valid-token")
    expect(visit.page.locator("#fatal")).to_be_visible()
    expect(visit.page.locator("#fatal")).to_contain_text(INVALID_LINK)
    expect(visit.page.locator("#content")).to_be_hidden()
    assert "not-a-valid-token" not in visit.page.url
    visit.shot("desktop-invalid-link")

    bare = open_page()
    bare.page.goto(f"{live_server.url}/participant")
    expect(bare.page.locator("#fatal")).to_contain_text("This link is incomplete")


def test_a_revoked_link_stops_at_once_and_says_what_to_do(
    live_server: LiveServer, demo: DemoMeeting, open_page
):
    """Staff revoke a link sent to the wrong person: the open page does not go on showing the
    session (its stream ends within a heartbeat) and says the link is no longer valid."""
    from moderator.server.cli import main as server_main

    participant_id = demo.participant_ids[2]
    token = live_server.create_token("participant", participant=participant_id, label="Sent")
    visit = open_page()
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("Live")
    assert server_main(["revoke-token", "--label", "Sent", "--db", str(live_server.db_path)]) == 0
    expect(visit.page.locator("#fatal")).to_contain_text(INVALID_LINK, timeout=60_000)
    expect(visit.page.locator("#content")).to_be_hidden()


def test_a_link_can_name_the_session(live_server: LiveServer, demo: DemoMeeting, open_page):
    token, _ = participant_link(live_server, demo)
    visit = open_page()
    visit.open(live_server, f"token={token}&session={demo.session_id}")
    expect(visit.title).to_have_text(session_title(demo))
    expect(visit.connection).to_have_text("Live")
    assert visit.page.url == f"{live_server.url}/participant"

    # An unknown session in the link falls back to the schedule.
    other = open_page()
    other.open(live_server, f"token={token}&session=no-such-session")
    expect(other.title).to_have_text(session_title(demo))
    expect(other.connection).to_have_text("Live")


def test_on_a_phone_nothing_scrolls_sideways(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    phone = open_page(viewport={"width": 390, "height": 844}, mobile=True)
    phone.open(live_server, f"token={token}")
    expect(phone.connection).to_have_text("Live")
    phone.assert_no_horizontal_scroll()
    phone.shot("phone-nobody")

    # The longest demo name with its organisation, and the hand raised.
    longest = max(
        range(len(demo.upload["entries"])),
        key=lambda i: (
            len(person(demo, entry(demo, i)["participant_id"])["name"])
            + len(person(demo, entry(demo, i)["participant_id"])["organisation"])
        ),
    )
    chair.give_floor(entry(demo, longest)["id"])
    expect(phone.cue).to_have_text("RUNNING")
    expect(phone.speaker).to_have_text(person(demo, entry(demo, longest)["participant_id"])["name"])
    phone.hand_button.click()
    expect(phone.hand_button).to_have_text("Lower hand")
    box = phone.hand_button.bounding_box()
    assert box is not None and box["height"] >= 48 and box["width"] >= 300, box
    phone.assert_no_horizontal_scroll()
    phone.shot("phone-speaking")

    # The widest digits: the next speaker got the floor (by the chair's clock) 70 minutes ago.
    chair.push("end_turn", at_ms=now_ms())
    chair.give_floor(
        entry(demo, (longest + 1) % len(demo.entry_ids))["id"], at=now_ms() - 70 * 60 * 1000
    )
    expect(phone.cue).to_have_text("OVERTIME")
    expect(phone.digits).to_have_text(re.compile(r"^\+1:0\d:\d\d$"))
    phone.assert_no_horizontal_scroll()
    digits_fit = phone.page.evaluate(
        """() => { const d = document.getElementById('countdown-digits');
                   const box = document.getElementById('countdown').getBoundingClientRect();
                   const r = d.getBoundingClientRect();
                   return d.scrollWidth <= d.clientWidth
                          && r.left >= box.left && r.right <= box.right; }"""
    )
    assert digits_fit, "the overtime digits overflow their box"
    phone.shot("phone-overtime")

    desktop = open_page()
    desktop.open(live_server, f"token={token}")
    expect(desktop.cue).to_have_text("OVERTIME")
    desktop.assert_no_horizontal_scroll()
    desktop.shot("desktop-speaking")

    dark = open_page(viewport={"width": 390, "height": 844}, mobile=True, dark=True)
    dark.open(live_server, f"token={token}")
    expect(dark.cue).to_have_text("OVERTIME")
    dark.assert_no_horizontal_scroll()
    dark.shot("phone-dark-overtime")

    invalid = open_page(viewport={"width": 390, "height": 844}, mobile=True)
    invalid.open(live_server, "token=expired")
    expect(invalid.page.locator("#fatal")).to_contain_text(INVALID_LINK)
    invalid.assert_no_horizontal_scroll()
    invalid.shot("phone-invalid-link")


def test_the_page_speaks_the_browsers_language_and_the_link_can_choose_another(
    live_server: LiveServer, demo: DemoMeeting, open_page
):
    token, _ = participant_link(live_server, demo)
    french = open_page(locale="fr-FR")
    french.open(live_server, f"token={token}")
    expect(french.connection).to_have_text("En direct")
    expect(french.speaker).to_have_text("Personne n’a la parole")
    expect(french.hand_button).to_have_text("Lever la main")
    assert french.page.evaluate("() => document.documentElement.lang") == "fr"

    # A link for an Arabic speaker on an English browser: right to left, Arabic words, and
    # the choice survives a reload (the link's fragment is gone by then).
    arabic = open_page(locale="en-GB")
    arabic.open(live_server, f"token={token}&lang=ar")
    expect(arabic.hand_button).to_have_text("رفع اليد")
    expect(arabic.connection).to_have_text("مباشر")
    assert arabic.page.evaluate("() => document.documentElement.dir") == "rtl"
    arabic.page.reload()
    expect(arabic.hand_button).to_have_text("رفع اليد")
    assert arabic.page.url == f"{live_server.url}/participant"
    arabic.shot("arabic")

    # An unknown language in the link falls back to the browser's.
    other = open_page(locale="es-ES")
    other.open(live_server, f"token={token}&lang=de")
    expect(other.hand_button).to_have_text("Levantar la mano")


def test_in_arabic_the_countdown_reads_left_to_right(
    live_server: LiveServer, demo: DemoMeeting, chair: Chair, open_page
):
    token, _ = participant_link(live_server, demo)
    visit = open_page(locale="ar")
    visit.open(live_server, f"token={token}")
    expect(visit.connection).to_have_text("مباشر")
    chair.give_floor(entry(demo, 0)["id"])
    expect(visit.digits).to_have_text(re.compile(r"^\d+:\d\d$"))
    direction = visit.page.evaluate(
        "() => getComputedStyle(document.getElementById('countdown-digits')).direction"
    )
    assert direction == "ltr"
    assert visit.page.evaluate("() => document.documentElement.dir") == "rtl"
    visit.shot("arabic-floor")
