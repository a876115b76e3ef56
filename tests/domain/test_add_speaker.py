"""Adding a speaker to a list: the new entry lands where its order key puts it."""

from __future__ import annotations

import pytest

from moderator.domain.commands import AddSpeaker, CommandRejected
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState


def make_state() -> SessionState:
    return SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(id="s", meeting_id="m", title="S"),
        agenda_items=[
            AgendaItem(id="i1", session_id="s", position=1, title="One"),
            AgendaItem(id="i2", session_id="s", position=2, title="Two"),
        ],
        entries=[
            SpeakerEntry("a", "i1", "ana", SpeechType.STATEMENT, 60_000, "F"),
            SpeakerEntry("b", "i1", "ben", SpeechType.STATEMENT, 60_000, "V"),
            SpeakerEntry("c", "i2", "ana", SpeechType.STATEMENT, 60_000, "F"),
        ],
        participants={
            "ana": Participant(id="ana", meeting_id="m", name="Ana"),
            "ben": Participant(id="ben", meeting_id="m", name="Ben"),
        },
    )


def test_a_speaker_added_between_two_others_speaks_between_them():
    state = make_state()
    command = AddSpeaker("s", "new", "i1", "ben", "floor", 90_000, key_between("F", "V"))
    state.apply(command.decide(state))
    assert [e.id for e in state.entries] == ["a", "new", "b", "c"]
    added = state.entry("new")
    assert added.state is EntryState.WAITING and added.speech_type is SpeechType.FLOOR


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"entry_id": "a"}, "already exists"),
        ({"agenda_item_id": "nope"}, "agenda item"),
        ({"participant_id": "nobody"}, "participant"),
        ({"speech_type": "song"}, "speech type"),
        ({"allotted_ms": -1}, "allotted"),
        ({"order_key": "0"}, "place"),
    ],
)
def test_a_bad_addition_is_rejected_with_a_reason(change, reason):
    args = {
        "session_id": "s",
        "entry_id": "new",
        "agenda_item_id": "i1",
        "participant_id": "ben",
        "speech_type": "floor",
        "allotted_ms": 60_000,
        "order_key": "K",
    }
    args.update(change)
    with pytest.raises(CommandRejected, match=reason):
        AddSpeaker(**args).decide(make_state())


def test_two_speakers_added_at_the_same_place_keep_one_order_everywhere():
    """Two consoles offline can both add "after the last" with the same key; the order must not
    depend on which addition a console happened to apply first (found by the stateful test)."""
    first, second = make_state(), make_state()
    x = AddSpeaker("s", "x1", "i1", "ana", "floor", 60_000, "Z")
    y = AddSpeaker("s", "x0", "i1", "ben", "floor", 60_000, "Z")
    first.apply(x.decide(first))
    first.apply(y.decide(first))
    second.apply(y.decide(second))
    second.apply(x.decide(second))
    assert [e.id for e in first.entries] == [e.id for e in second.entries]
    assert [e.id for e in first.entries][2:4] == ["x0", "x1"]
