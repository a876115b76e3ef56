"""The sync's new view as events: applying them reaches the view, and storage writes the same.

The events are what lets a remote change take the chair action's path (commit, apply, update
the rows that changed). If they missed a difference, the chair would see one thing and the file
hold another; if they named too much, the views would repaint rows for nothing.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.commands import CommandRejected, command_from
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemRemoved,
    EntryRemoved,
    HandChanged,
    MeetingChanged,
    ParticipantChanged,
    ParticipantLanguageChanged,
)
from moderator.domain.hands import raise_hand
from moderator.domain.model import AgendaItem, EntryState
from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState
from moderator.domain.view_changes import events_between
from moderator.services.agenda.demo import build_demo_meeting
from moderator.storage.database import open_database
from moderator.storage.repository import Store

T0 = 1_800_000_000_000


def demo_state() -> SessionState:
    bundle = build_demo_meeting(T0)
    session = bundle.sessions[0]
    return SessionState(
        meeting=bundle.meeting,
        session=session,
        agenda_items=list(bundle.agenda_items),
        entries=list(bundle.entries),
        participants={p.id: p for p in bundle.participants},
    )


def act(state: SessionState, data: st.DataObject, step: int) -> None:
    """One thing the backend or another console may have done to the session."""
    sid = state.session.id
    at = T0 + step * 1_000
    people = sorted(state.participants)
    kind = data.draw(st.integers(0, 9), label="kind")
    if kind == 0 and any(True for _ in state.waiting_entries()):
        entry = data.draw(st.sampled_from(list(state.waiting_entries())), label="floor to")
        args = {"entry_id": entry.id, "turn_id": f"t{step}", "at_ms": at}
        command = command_from("give_floor", {"session_id": sid, **args})
    elif kind == 1:
        delta = data.draw(st.sampled_from([-30_000, 15_000, 60_000]), label="delta")
        command = command_from("adjust_time", {"session_id": sid, "delta_ms": delta})
    elif kind == 2:
        person = data.draw(st.sampled_from(people), label="hand of")
        state.apply(raise_hand(state, person, f"h{step}", seq=step, at_ms=at)[1])
        return
    elif kind == 3 and state.open_hands():
        hand = data.draw(st.sampled_from(state.open_hands()), label="lowered")
        command = command_from("lower_hand", {"session_id": sid, "hand_id": hand.id, "at_ms": at})
    elif kind == 4 and len(state.entries) > 1:
        entry = data.draw(st.sampled_from(state.entries), label="moved")
        others = [e for e in state.entries if e.agenda_item_id == entry.agenda_item_id]
        first = others[0].order_key
        key = key_between(None, first) if entry.order_key != first else key_between(first, None)
        args = {"entry_id": entry.id, "order_key": key, "agenda_item_id": entry.agenda_item_id}
        command = command_from("move_entry", {"session_id": sid, **args})
    elif kind == 5 and state.agenda_items:
        item = data.draw(st.sampled_from(state.agenda_items), label="item")
        person = data.draw(st.sampled_from(people), label="speaker")
        last = state.entries_of(item.id)[-1].order_key if state.entries_of(item.id) else None
        args = {
            "entry_id": f"e{step}",
            "agenda_item_id": item.id,
            "participant_id": person,
            "speech_type": "statement",
            "allotted_ms": 120_000,
            "order_key": key_between(last, None),
        }
        command = command_from("add_speaker", {"session_id": sid, **args})
    elif kind == 6 and state.entries:
        entry = data.draw(st.sampled_from(state.entries), label="gone")
        if entry.id not in (state.current_entry_id,) and entry.state is not EntryState.SPEAKING:
            state.apply([EntryRemoved(entry.id)])
        return
    elif kind == 7:
        person = state.participants[data.draw(st.sampled_from(people), label="renamed")]
        state.apply([ParticipantChanged(dataclasses.replace(person, name=f"{person.name}*"))])
        language = data.draw(st.sampled_from(["", "ar", "zh"]), label="language")
        state.apply([ParticipantLanguageChanged(person.id, language)])
        return
    elif kind == 8:
        empty = [i for i in state.agenda_items if not state.entries_of(i.id)]
        if empty and data.draw(st.booleans(), label="remove an empty item"):
            state.apply([AgendaItemRemoved(empty[0].id)])
        else:
            position = max((i.position for i in state.agenda_items), default=0) + 1
            state.apply([AgendaItemAdded(AgendaItem(f"i{step}", sid, position, f"Item {step}"))])
        return
    else:
        warning = data.draw(st.sampled_from([60_000, 90_000]), label="warning")
        state.apply([MeetingChanged(dataclasses.replace(state.meeting, warning_ms=warning))])
        return
    with contextlib.suppress(CommandRejected):
        state.apply(command.decide(state))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_applying_the_events_between_two_states_reaches_the_second(data: st.DataObject) -> None:
    base = demo_state()
    shown, view = copy.deepcopy(base), copy.deepcopy(base)
    for step in range(data.draw(st.integers(0, 12), label="steps on screen")):
        act(shown, data, step)
    for step in range(data.draw(st.integers(0, 12), label="steps in the view")):
        act(view, data, 100 + step)
    events = events_between(shown, view)
    shown.apply(events)
    assert shown == view
    assert events_between(shown, view) == [], "equal states differ by nothing"


def test_the_events_of_one_raised_hand_name_that_hand_alone() -> None:
    shown = demo_state()
    view = copy.deepcopy(shown)
    hand, _events = raise_hand(view, next(iter(view.participants)), "h1", seq=1, at_ms=T0)
    view.apply(_events)
    assert events_between(shown, view) == [HandChanged(hand)]


def test_a_view_of_another_session_is_refused() -> None:
    shown = demo_state()
    other = copy.deepcopy(shown)
    other.session = dataclasses.replace(other.session, id="another")
    with pytest.raises(ValueError, match="another"):
        events_between(shown, other)


def test_storage_writes_the_events_so_the_file_reads_back_as_the_view(tmp_path: Path) -> None:
    """The events are written as a chair command's are, and the file then holds the view."""
    engine = open_database(tmp_path / "c.sqlite3")
    try:
        store = Store(engine)
        shown = demo_state()
        store.save_snapshot(shown, cursor=1, now_ms=T0)
        shown = store.load_session_state(shown.session.id)
        view = copy.deepcopy(shown)
        sid = view.session.id
        first, second = view.entries[0], view.entries[1]
        view.apply(
            command_from(
                "give_floor",
                {"session_id": sid, "entry_id": first.id, "turn_id": "t1", "at_ms": T0},
            ).decide(view)
        )
        view.apply(raise_hand(view, second.participant_id, "h1", seq=1, at_ms=T0)[1])
        view.apply([EntryRemoved(view.entries[-1].id)])
        position = max(i.position for i in view.agenda_items) + 1
        view.apply([AgendaItemAdded(AgendaItem("new-item", sid, position, "Any other business"))])
        store.commit_changes(sid, events_between(shown, view), cursor=7, now_ms=T0)
        assert store.load_session_state(sid) == view
    finally:
        engine.dispose()
