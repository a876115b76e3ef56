"""Two consoles and the participant page agree on a running countdown, even when a laptop's
clock is minutes off.

Each console (and the page) estimates the server's clock from its requests and counts on it; a
running clock is stored as "running since (server time)", so all compute the same remaining time.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from browser import launch, unavailable_reason
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import GiveFloor
from moderator.services.chair.time_source import TimeSource

SKEW_NS = 7 * 60 * 1_000_000_000  # a laptop whose clock is seven minutes fast


def test_a_skewed_laptop_shows_the_same_remaining_time(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    skewed = TimeSource(wall_ns=lambda: time.time_ns() + SKEW_NS)

    async def scenario() -> tuple[int, int, int]:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3", live_server.url, chair, demo.session_id
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3",
            live_server.url,
            demo.staff_token,
            demo.session_id,
            time_source=skewed,
        )
        try:
            await b.until(lambda: b.sync.status.offset_uncertainty_ms is not None)
            # The skewed console acts: its command carries its (corrected) time.
            entry = b.state.entries[0].id
            b.execute(GiveFloor(demo.session_id, entry, uuid.uuid4().hex, b.time_source.now_ms()))
            await a.until(lambda: a.state.clock.is_running)
            remaining_a = a.state.clock.remaining_ms(a.time_source.now_ms())
            remaining_b = b.state.clock.remaining_ms(b.time_source.now_ms())
            return remaining_a, remaining_b, b.time_source.offset_ms
        finally:
            await a.close()
            await b.close()

    remaining_a, remaining_b, offset = asyncio.run(scenario())
    assert abs(offset + SKEW_NS // 1_000_000) < 100, f"offset {offset} ms"
    assert abs(remaining_a - remaining_b) < 50, (remaining_a, remaining_b)
    assert 4 * 60_000 < remaining_a <= 5 * 60_000


# --- console, another console and the participant page ------------------------------------------

CHAIR_SKEW_NS = -3 * 60 * 1_000_000_000  # the chair's laptop is three minutes slow
AGREEMENT_MS = 50
DIGIT_CHANGES = 3  # boundaries observed on the page

# Every change of the page's countdown digits, with the moment (this machine's clock) it happened.
RECORD_DIGIT_CHANGES = """() => {
    const digits = document.getElementById('countdown-digits');
    window.digitChanges = [];
    new MutationObserver(() => {
        window.digitChanges.push([digits.textContent, Date.now()]);
    }).observe(digits, {childList: true, characterData: true, subtree: true});
}"""


def _wall_ms() -> float:
    return time.time_ns() / 1_000_000


def _seconds(digits: str) -> int | None:
    """``4:59`` → 299; anything else (no speaker, overtime) → None."""
    minutes, _, seconds = digits.partition(":")
    return 60 * int(minutes) + int(seconds) if minutes.isdigit() and seconds.isdigit() else None


def _reading(console: HeadlessConsole) -> tuple[int, float]:
    """The console's remaining time, with the machine-clock instant it was read at."""
    remaining = console.state.clock.remaining_ms(console.time_source.now_ms())
    return remaining, _wall_ms()


def test_the_chair_another_console_and_the_participant_page_agree(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """The chair (three minutes slow) gives the floor; a staff console (seven minutes fast)
    follows; a participant has the page open. Each computes the countdown from its own estimate
    of the server's clock; the moments their digits reach each second must coincide.

    The page is observed as a participant sees it: the instant its digits change. A console
    changes its digits when its remaining time crosses a whole second, so from one reading
    (remaining r at machine time w) the instant it shows ``s`` seconds is w + r − 1000·s. All
    instants are on this machine's clock (the browser's ``Date.now()`` and Python's
    ``time.time_ns()`` read the same clock), whatever each console's own clock says.
    """
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    from playwright.async_api import async_playwright

    chair_token = live_server.create_token("chair", sessions=[demo.session_id])
    participant_token = live_server.create_token("participant", participant=demo.participant_ids[2])
    chair_clock = TimeSource(wall_ns=lambda: time.time_ns() + CHAIR_SKEW_NS)
    staff_clock = TimeSource(wall_ns=lambda: time.time_ns() + SKEW_NS)

    async def scenario() -> dict[str, Any]:
        async with async_playwright() as playwright:
            chromium = await launch(playwright)
            page = await chromium.new_page()
            page.set_default_timeout(15_000)
            await page.goto(f"{live_server.url}/participant#token={participant_token}")
            await page.wait_for_function(
                "() => document.getElementById('connection-text').textContent === 'Live'"
            )
            chair = await HeadlessConsole.start(
                tmp_path / "chair.sqlite3",
                live_server.url,
                chair_token,
                demo.session_id,
                time_source=chair_clock,
            )
            staff = await HeadlessConsole.start(
                tmp_path / "staff.sqlite3",
                live_server.url,
                demo.staff_token,
                demo.session_id,
                time_source=staff_clock,
            )
            try:
                for console in (chair, staff):
                    await console.until(
                        lambda c=console: c.sync.status.offset_uncertainty_ms is not None
                    )
                await page.evaluate(RECORD_DIGIT_CHANGES)
                entry = chair.state.entries[0].id
                chair.execute(
                    GiveFloor(demo.session_id, entry, uuid.uuid4().hex, chair.time_source.now_ms())
                )
                await chair.until(lambda: chair.sync_store.pending_count() == 0)
                await staff.until(lambda: staff.state.clock.is_running)
                chair_reading, staff_reading = _reading(chair), _reading(staff)
                # The countdown went 5:00 → 4:59 → 4:58 → …: wait for a few of those ticks.
                await page.wait_for_function(
                    "n => window.digitChanges.length > n", arg=DIGIT_CHANGES
                )
                changes = await page.evaluate("() => window.digitChanges")
                return {
                    "chair": chair_reading,
                    "staff": staff_reading,
                    "page": changes,
                    "offsets": (chair.time_source.offset_ms, staff.time_source.offset_ms),
                }
            finally:
                await chair.close()
                await staff.close()
                await chromium.close()

    seen = asyncio.run(scenario())
    (chair_remaining, chair_at), (staff_remaining, staff_at) = seen["chair"], seen["staff"]
    chair_offset, staff_offset = seen["offsets"]
    assert abs(chair_offset + CHAIR_SKEW_NS // 1_000_000) < 100, f"chair offset {chair_offset}"
    assert abs(staff_offset + SKEW_NS // 1_000_000) < 100, f"staff offset {staff_offset}"

    # The two consoles, at the same instant (the staff reading moved to the chair's instant).
    consoles_ms = chair_remaining - (staff_remaining - (chair_at - staff_at))
    lines = [
        f"clock offset errors: chair {chair_offset + CHAIR_SKEW_NS // 1_000_000:+d} ms, "
        f"staff {staff_offset + SKEW_NS // 1_000_000:+d} ms",
        f"chair − staff console: {consoles_ms:+.1f} ms",
    ]
    assert abs(consoles_ms) < AGREEMENT_MS, lines
    # Ticks only: the digits going down by one second (not the first paint of the clock).
    ticks = [
        (shown, at)
        for (before, _), (text, at) in itertools.pairwise(seen["page"])
        if (shown := _seconds(text)) is not None and _seconds(before) == shown + 1
    ]
    assert seen["page"][0][0] == "5:00" and len(ticks) >= DIGIT_CHANGES - 1, seen["page"]
    for shown, page_at in ticks:
        shown_ms = 1000 * shown
        text = f"{shown // 60}:{shown % 60:02d}"
        chair_due = chair_at + chair_remaining - shown_ms  # when the chair's digits show it
        staff_due = staff_at + staff_remaining - shown_ms
        lines.append(
            f"page shows {text}: {page_at - chair_due:+.1f} ms after the chair's console, "
            f"{page_at - staff_due:+.1f} ms after the staff console"
        )
        assert abs(page_at - chair_due) < AGREEMENT_MS, lines
        assert abs(page_at - staff_due) < AGREEMENT_MS, lines
    print("\n" + "\n".join(lines))
