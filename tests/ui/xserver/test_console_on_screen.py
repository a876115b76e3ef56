"""The console at laptop size on a real X server (Xvfb + openbox, the xcb platform), as a person
sees it: the window and its frame inside the screen, every part inside the window, names given
more room than organisations, and a window that never widens itself when the data changes.

Screenshots of each step land in ``test-artifacts/xserver/`` for a human to look at.
"""

from __future__ import annotations

import pytest

from tests.ui.xserver.conftest import XServer

pytestmark = pytest.mark.timeout(600)  # two X servers and a console each, on a loaded machine

STEPS = ("opened", "after_keys", "balance", "after_data", "end")


def inside(frame: list[int], screen: list[int]) -> bool:
    x, y, w, h = frame
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def test_the_console_fits_a_laptop_screen_and_keeps_its_size(xserver: XServer):
    seen = xserver.run_console()
    assert seen["platform"] == "xcb"
    assert seen["exposed"], "the window was never shown"
    assert seen["framed"], "the window manager never framed the window"
    opened = seen["opened"]
    assert opened["screen"][2:] == [xserver.width, xserver.height]
    for step in STEPS:
        shot = seen[step]
        assert inside(shot["frame"], shot["available"]), (
            f"{step}: the window with its frame {shot['frame']} leaves the screen "
            f"{shot['available']} ({shot['screenshot']})"
        )
        assert shot["outside"] == [], f"{step}: parts outside the window: {shot['outside']}"
        assert shot["speaker_width"] > shot["organisation_width"], (
            f"{step}: Speaker {shot['speaker_width']} px, Organisation "
            f"{shot['organisation_width']} px"
        )
        assert shot["columns_total"] <= shot["viewport_width"], f"{step}: columns overflow"
        # The window keeps the size it opened with: no child's minimum widens it.
        assert shot["geometry"][2:] == opened["geometry"][2:], (
            f"{step}: the window changed size from {opened['geometry'][2:]} to "
            f"{shot['geometry'][2:]}"
        )
        assert shot["minimum_hint"][0] <= shot["available"][2]
        assert shot["title_height"] == opened["title_height"], f"{step}: the title re-wrapped"
        assert shot["header_height"] == opened["header_height"]
        if step in ("opened", "after_keys"):  # the demo's names: whole, however long the rest
            assert shot["next_shown"].startswith(f"Next: {shot['next_name']} "), step
    # The live balance (F6) takes its room from the countdown, never from the list of speakers.
    before, balance = seen["after_keys"], seen["balance"]
    assert not before["balance_shown"] and balance["balance_shown"]
    assert balance["speaker_view"] == before["speaker_view"], "the list was squeezed"
    assert balance["countdown_height"] >= 150, "the countdown stays big"
    assert balance["balance_bars"]["by_attendance"], "the bars show who has spoken"
    end = seen["end"]
    assert end["next_text"].startswith("Next: ")
    assert end["next_shown"] != end["next_text"], "the long next line was not cut"
    assert "…" in end["next_shown"]
    # Cut in the organisation: how and where the next speaker speaks stays visible.
    assert end["next_shown"].endswith(end["next_text"][-12:])
    assert seen["keys_by"] in ("xdotool", "qtest")
    # Session → Control surfaces…: its explanations whole, framed by the window manager.
    dialog = seen["control_dialog"]
    assert dialog["cut"] == [], f"texts cut in the dialog: {dialog['cut']} ({dialog['screenshot']})"
