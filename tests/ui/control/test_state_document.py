"""The state document a control surface reads, and when it is pushed, on a real console."""

from __future__ import annotations

import copy

from pytestqt.qtbot import QtBot

from moderator.domain.hands import raise_hand
from moderator.services.control.state_document import ControlState
from moderator.services.display.display_settings import DisplaySettings


def _pushes(state: ControlState) -> list[dict]:
    documents: list[dict] = []
    state.sig_document.connect(documents.append)
    return documents


def test_one_action_changing_many_things_is_one_push(qtbot: QtBot, console):
    control = ControlState(console.service, DisplaySettings())
    pushed = _pushes(control)

    console.window.actions["next_speaker"].trigger()  # entry, turn, clock: several events
    qtbot.waitUntil(lambda: len(pushed) == 1)
    console.window.actions["start_pause"].trigger()  # paused
    qtbot.waitUntil(lambda: len(pushed) == 2)

    assert pushed[0]["running"] is True and pushed[1]["clock"] == "paused"
    assert pushed[1]["remaining"] == console.window.current_panel.countdown.reading.digits


def test_the_countdown_is_pushed_each_second_only_while_the_clock_runs(qtbot: QtBot, console):
    control = ControlState(console.service, DisplaySettings())
    pushed = _pushes(control)
    assert not control.ticking  # nobody has the floor: nothing to count

    console.window.actions["next_speaker"].trigger()
    qtbot.waitUntil(lambda: len(pushed) >= 2, timeout=5_000)  # the action, then a second
    assert control.ticking
    assert pushed[1]["remaining_ms"] < pushed[0]["remaining_ms"]
    assert pushed[1]["remaining"] != pushed[0]["remaining"]

    console.window.actions["start_pause"].trigger()
    qtbot.waitUntil(lambda: pushed[-1]["clock"] == "paused")
    assert not control.ticking  # a clock standing still pushes nothing more


def test_an_unchanged_state_is_not_pushed_again(qtbot: QtBot, console):
    control = ControlState(console.service, DisplaySettings())
    pushed = _pushes(control)
    control.display_changed()
    qtbot.waitUntil(lambda: len(pushed) == 1)
    control.display_changed()  # nothing changed meanwhile
    console.window.actions["toggle_list_closed"].trigger()  # pushed after the empty one
    qtbot.waitUntil(lambda: len(pushed) >= 2)
    assert len(pushed) == 2 and pushed[1]["list_closed"] is True


def test_open_hands_in_raise_order_with_their_source(qtbot: QtBot, console):
    control = ControlState(console.service, DisplaySettings())
    pushed = _pushes(control)
    view = copy.deepcopy(console.service.state)
    people = sorted(view.participants)
    for seq, index in enumerate((4, 2), start=1):
        _hand, events = raise_hand(
            view, people[index], f"hand-{seq}", seq=seq, at_ms=console.service.now_ms()
        )
        view.apply(events)
    console.view_arrives(view)  # as the sync hands the backend's view over

    qtbot.waitUntil(lambda: bool(pushed) and pushed[-1]["hands_count"] == 2)
    names = [hand["name"] for hand in pushed[-1]["hands"]]
    participants = console.service.state.participants
    assert names == [participants[people[4]].name, participants[people[2]].name]
    assert {hand["source"] for hand in pushed[-1]["hands"]} == {"remote"}


def test_what_the_speaker_display_shows(qtbot: QtBot, console):
    control = ControlState(console.service, DisplaySettings())
    pushed = _pushes(control)
    display = console.window.speaker_display
    display.sig_changed.connect(control.display_changed)

    console.window.actions["message_conclude"].trigger()
    qtbot.waitUntil(lambda: bool(pushed) and pushed[-1]["display"]["message"] is not None)
    assert pushed[-1]["display"]["message"]["text"] == "Please conclude"

    console.window.actions["blackout"].trigger()
    qtbot.waitUntil(lambda: pushed[-1]["display"]["blackout"] is True)
    display.hide_display()
