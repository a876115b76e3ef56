"""Alt+↑ / Alt+↓: a speaker still to speak moves one place among those still to speak in the
same agenda item, and never across an item, above the record (done, removed) or above the
speaker who has the floor; at the edge the chair gets the reason."""

from __future__ import annotations

import pytest

from moderator.domain.commands import MoveEntry
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.queue_rules import PlaceRefused, one_place_over
from moderator.domain.session_state import SessionState

WAITING, DONE, SKIPPED = EntryState.WAITING, EntryState.DONE, EntryState.SKIPPED
REMOVED, SPEAKING = EntryState.REMOVED, EntryState.SPEAKING


def make_state(*rows: tuple[str, str, EntryState], current: str | None = None) -> SessionState:
    """Entries ``(id, item, state)`` in speaking order; the participant is named after the id."""
    keys = iter("BCDEFGHIJKLMNOPQ")
    state = SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(id="s", meeting_id="m", title="S"),
        agenda_items=[
            AgendaItem(id="i1", session_id="s", position=1, title="One"),
            AgendaItem(id="i2", session_id="s", position=2, title="Two"),
        ],
        entries=[
            SpeakerEntry(id, item, id, SpeechType.STATEMENT, 60_000, next(keys), state=st)
            for id, item, st in rows
        ],
        participants={id: Participant(id=id, meeting_id="m", name=id.upper()) for id, *_ in rows},
    )
    state.current_entry_id = current
    return state


def moved(state: SessionState, entry_id: str, step: int) -> list[str]:
    """The list's order after the move, as the chair would see it."""
    key = one_place_over(state, entry_id, step)
    state.apply(MoveEntry("s", entry_id, key, state.entry(entry_id).agenda_item_id).decide(state))
    return [e.id for e in state.entries]


def test_up_and_down_swap_with_the_neighbour_in_the_same_item():
    state = make_state(("a", "i1", DONE), ("b", "i1", WAITING), ("c", "i1", WAITING))
    assert moved(state, "c", -1) == ["a", "c", "b"]
    assert moved(state, "c", 1) == ["a", "b", "c"]
    assert state.entry("c").agenda_item_id == "i1"


def test_the_first_of_an_item_does_not_move_up_into_the_previous_item():
    state = make_state(("a", "i1", WAITING), ("b", "i2", WAITING), ("c", "i2", WAITING))
    with pytest.raises(PlaceRefused, match="B is already the first still to speak in “Two”"):
        one_place_over(state, "b", -1)
    with pytest.raises(PlaceRefused, match="A is already the last still to speak in “One”"):
        one_place_over(state, "a", 1)
    assert [e.id for e in state.entries] == ["a", "b", "c"]


def test_nobody_moves_above_those_done_or_the_speaker_who_has_the_floor():
    state = make_state(("a", "i1", DONE), ("b", "i1", WAITING))
    with pytest.raises(PlaceRefused, match="already the first still to speak"):
        one_place_over(state, "b", -1)
    state = make_state(("a", "i1", SPEAKING), ("b", "i1", WAITING), current="a")
    with pytest.raises(PlaceRefused, match="B already comes right after A, who has the floor"):
        one_place_over(state, "b", -1)


def test_those_done_speaking_or_removed_do_not_move():
    state = make_state(("a", "i1", DONE), ("r", "i1", REMOVED), ("c", "i1", WAITING))
    with pytest.raises(PlaceRefused, match="A is done: only a speaker still to speak"):
        one_place_over(state, "a", 1)
    with pytest.raises(PlaceRefused, match="R is off the list"):
        one_place_over(state, "r", 1)


def test_a_skipped_speaker_moves_and_removed_entries_are_passed_over():
    state = make_state(("b", "i1", WAITING), ("r", "i1", REMOVED), ("c", "i1", SKIPPED))
    assert moved(state, "c", -1) == ["c", "b", "r"]
    state = make_state(("b", "i1", WAITING), ("r", "i1", REMOVED), ("c", "i1", WAITING))
    assert moved(state, "b", 1) == ["r", "c", "b"]
