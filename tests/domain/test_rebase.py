"""Sync rules on the console: remote changes, pending commands re-applied on top, the offset."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from moderator.domain.commands import AdjustTime, GiveFloor, PauseClock
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.rebase import NeedsSnapshot, apply_change, rebase
from moderator.domain.records import clock_row, entry_row, participant_row
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock_offset import ClockOffset

T0 = 1_800_000_000_000


def make_state() -> SessionState:
    return SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(id="s", meeting_id="m", title="S"),
        agenda_items=[AgendaItem(id="i", session_id="s", position=1, title="Item")],
        entries=[
            SpeakerEntry("a", "i", "ana", SpeechType.STATEMENT, 60_000, "F"),
            SpeakerEntry("b", "i", "ben", SpeechType.STATEMENT, 60_000, "V"),
        ],
        participants={
            "ana": Participant(id="ana", meeting_id="m", name="Ana"),
            "ben": Participant(id="ben", meeting_id="m", name="Ben"),
        },
    )


def feed_of(events_state: SessionState) -> list[dict]:
    """The changes a backend would publish for ``events_state``'s entries and clock."""
    changes = [
        {"entity": "entry", "op": "upsert", "id": e.id, "data": entry_row(e)}
        for e in events_state.entries
    ]
    clock = clock_row(
        "s", events_state.current_entry_id, events_state.current_turn_id, events_state.clock
    )
    changes.append({"entity": "clock", "op": "upsert", "id": "s", "data": clock})
    return changes


def test_applying_the_backends_changes_reproduces_its_state():
    server = make_state()
    server.apply(GiveFloor("s", "a", "t1", T0).decide(server))
    console = make_state()
    for change in feed_of(server):
        apply_change(console, change)
    assert console.entries == server.entries
    assert console.clock == server.clock
    assert console.current_entry_id == "a"


def test_pending_commands_stay_visible_on_top_of_remote_changes():
    confirmed = make_state()
    pending = [GiveFloor("s", "b", "t-local", T0 + 5_000), AdjustTime("s", 30_000)]
    # Meanwhile another console gave the floor to Ana; the backend says so.
    other = make_state()
    other.apply(GiveFloor("s", "a", "t-remote", T0).decide(other))
    for change in feed_of(other):
        apply_change(confirmed, change)
    view = rebase(confirmed, pending)
    assert view.current_entry_id == "b", "the chair's own action is what they see"
    assert view.entry("a").state is EntryState.DONE
    assert view.clock.allotted_ms == 90_000
    assert confirmed.current_entry_id == "a", "the confirmed state is left alone"


def test_a_pending_command_that_no_longer_applies_has_no_effect_on_the_view():
    confirmed = make_state()
    view = rebase(confirmed, [PauseClock("s", T0)])  # nothing runs: rejected locally
    assert view.clock == confirmed.clock
    before = copy.deepcopy(confirmed)
    rebase(confirmed, [GiveFloor("s", "a", "t", T0)])
    assert confirmed == before


def test_an_agenda_reset_asks_for_a_new_snapshot():
    with pytest.raises(NeedsSnapshot):
        apply_change(make_state(), {"entity": "session", "op": "reset", "id": "s", "data": {}})


def test_the_offset_keeps_the_sample_with_the_shortest_round_trip():
    offset = ClockOffset()
    assert offset.offset_ms == 0
    assert offset.add(send_ms=1000, receive_ms=1100, server_ms=6050)  # rtt 100, offset 5000
    assert offset.offset_ms == 5000
    assert not offset.add(send_ms=2000, receive_ms=2400, server_ms=7500)  # rtt 400: worse
    assert offset.offset_ms == 5000
    assert offset.add(send_ms=3000, receive_ms=3010, server_ms=8015)  # rtt 10: better
    assert offset.offset_ms == 5010
    assert offset.uncertainty_ms == 5
    assert not offset.add(send_ms=5000, receive_ms=4990, server_ms=9000), "clock went back"


def test_an_old_sample_gives_way_to_a_fresh_one_in_time():
    offset = ClockOffset()
    offset.add(send_ms=0, receive_ms=10, server_ms=5)
    # An hour later a sample with a 20 ms round trip beats the 10 ms one from long ago.
    assert offset.add(send_ms=3_600_000, receive_ms=3_600_020, server_ms=3_600_510)
    assert offset.offset_ms == 500


def test_a_session_format_this_version_does_not_know_reads_as_not_known():
    """A newer backend sends a format this console cannot name: the details still arrive, the
    format is shown as not known, and the sync goes on."""
    state = make_state()
    data = {
        "session_id": "s",
        "track": "Policy",
        "session_type": "Panel",
        "languages": "en, fr",
        "format": "metaverse",
    }
    apply_change(state, {"entity": "session_details", "op": "upsert", "id": "s", "data": data})
    assert state.details.track == "Policy" and state.details.languages == "en, fr"
    assert state.details.format is None


# --- a participant's gender: public upsert without it, private details with it -----------------


def public_upsert(participant: Participant) -> dict:
    """A ``participant`` change as the backend's feed carries it: public fields, no gender."""
    data = participant_row(participant)
    del data["gender"], data["is_demo"]
    return {"entity": "participant", "op": "upsert", "id": participant.id, "data": data}


def private_details(participant_id: str, **fields: str | None) -> dict:
    data = {"participant_id": participant_id, "language": "", **fields}
    return {"entity": "participant_details", "op": "upsert", "id": participant_id, "data": data}


def with_gender(gender: str | None) -> SessionState:
    state = make_state()
    state.participants["ana"] = dataclasses.replace(state.participants["ana"], gender=gender)
    return state


def test_the_private_details_set_and_clear_a_gender():
    state = make_state()
    apply_change(state, private_details("ana", language="es", gender="woman"))
    assert state.participants["ana"].gender == "woman"
    assert state.language_of("ana") == "es"
    apply_change(state, private_details("ana", language="es", gender=None))
    assert state.participants["ana"].gender is None, "cleared on the other console"
    apply_change(state, private_details("ana", language="es", gender=""))
    assert state.participants["ana"].gender is None


def test_a_public_upsert_keeps_the_gender_this_console_knows():
    """A name-only edit is one public change: the known gender must not read as cleared."""
    state = with_gender("woman")
    renamed = dataclasses.replace(state.participants["ana"], name="Ana María", gender=None)
    apply_change(state, public_upsert(renamed))
    assert state.participants["ana"].name == "Ana María"
    assert state.participants["ana"].gender == "woman"


@pytest.mark.parametrize("public_first", [True, False])
def test_an_edit_s_two_changes_give_the_new_gender_in_either_order(public_first: bool):
    state = with_gender("woman")
    edited = dataclasses.replace(state.participants["ana"], name="A. Ruiz", gender="nonbinary")
    changes = [public_upsert(edited), private_details("ana", gender="nonbinary")]
    for change in changes if public_first else changes[::-1]:
        apply_change(state, change)
    assert state.participants["ana"] == edited


def test_details_from_a_server_older_than_the_gender_leave_it_alone():
    state = with_gender("woman")
    apply_change(state, private_details("ana", language="fr"))
    assert state.participants["ana"].gender == "woman"
    assert state.language_of("ana") == "fr"


def test_a_stranger_s_details_are_not_this_state_s():
    state = make_state()
    before = copy.deepcopy(state)
    apply_change(state, private_details("nobody", language="fr", gender="man"))
    assert state.participants == before.participants and state.languages == {}


def test_a_walk_in_arrives_without_a_gender_then_gets_it_from_the_details():
    state = make_state()
    walk_in = Participant(id="cy", meeting_id="m", name="Cy", gender="man")
    apply_change(state, public_upsert(walk_in))
    assert state.participants["cy"].gender is None
    apply_change(state, private_details("cy", gender="man"))
    assert state.participants["cy"] == walk_in


@pytest.mark.parametrize(
    "change",
    [
        {"entity": "session_details", "op": "upsert", "id": "s", "data": {"session_id": "s"}},
        {
            "entity": "participant_details",
            "op": "upsert",
            "id": "ana",
            "data": {"participant_id": "ana", "gender": 5},
        },
        {"entity": "participant_details", "op": "upsert", "id": "ana", "data": None},
        {"entity": "entry", "op": "upsert", "id": "a", "data": {"id": "a"}},
        {"entity": "clock", "op": "upsert"},
    ],
    ids=["details-without-fields", "gender-a-number", "no-data", "entry-half", "no-data-key"],
)
def test_a_change_the_console_cannot_read_asks_for_a_snapshot_instead_of_stopping_the_sync(
    change,
):
    with pytest.raises(NeedsSnapshot, match="unreadable"):
        apply_change(make_state(), change)


def test_personal_data_without_a_language_keeps_the_known_language():
    state = make_state()
    state.set_language("ana", "fr")
    data = {"participant_id": "ana", "gender": "woman"}  # a writer that sent the gender only
    apply_change(
        state, {"entity": "participant_details", "op": "upsert", "id": "ana", "data": data}
    )
    assert state.languages["ana"] == "fr"
    assert state.participants["ana"].gender == "woman"
