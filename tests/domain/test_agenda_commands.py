"""Agenda editing commands: decided against a session, applied, undone; stored; fed; rebased.

Each command is checked four ways: its events against a hand-built ``SessionState`` (and the
refusals, with a reason the editor can show), its undo (``inverse_of_agenda`` puts back what it
touched), its storage (the events written to a real SQLite file read back as the same state),
and its sync (the server's feed changes, applied by another console's ``apply_change``, give
the same state again).
"""

from __future__ import annotations

import copy
import json

import pytest

from moderator.domain.commands import (
    AddAgendaItem,
    AddParticipant,
    Command,
    CommandRejected,
    EditAgendaItem,
    EditParticipant,
    EditSession,
    RemoveAgendaItem,
    RemoveEntry,
    RemoveParticipant,
    RestoreParticipant,
    SetParticipantLanguage,
    SetSessionDetails,
    SetSpeechType,
    command_from,
    inverse_of_agenda,
    inverse_of_roster_add,
)
from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
    SessionChanged,
    SessionDetailsChanged,
)
from moderator.domain.model import (
    AgendaItem,
    Attendance,
    EntryState,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SessionFormat,
    SpeakerEntry,
    SpeechType,
    StakeholderGroup,
    Turn,
)
from moderator.domain.rebase import NeedsSnapshot, apply_change, state_from_snapshot
from moderator.domain.session_state import SessionState
from moderator.server.documents import participant_document, snapshot_document
from moderator.server.sync import PRIVATE_ENTITIES, _changes_of, _roster_before
from moderator.storage.repository import MeetingBundle, Store

T0 = 1_764_316_800_000  # 2025-11-28 08:00 UTC
MIN = 60_000
SID = "s-1"


def make_state() -> SessionState:
    meeting = Meeting(id="m-1", title="Side event", timezone="Europe/Madrid")
    session = Session(
        id=SID,
        meeting_id="m-1",
        title="Panel",
        room="Room 3",
        scheduled_start_ms=T0,
        scheduled_end_ms=T0 + 90 * MIN,
    )
    items = [
        AgendaItem(
            id="i-open", session_id=SID, position=1, title="Opening", planned_duration_ms=10 * MIN
        ),
        AgendaItem(
            id="i-talk", session_id=SID, position=2, title="Panel", planned_duration_ms=40 * MIN
        ),
        AgendaItem(
            id="i-end", session_id=SID, position=3, title="Closing", planned_duration_ms=5 * MIN
        ),
    ]
    participants = {
        "p-ana": Participant(
            id="p-ana",
            meeting_id="m-1",
            name="Ana Ruiz",
            function="Member of Parliament",
            organisation="Parliament of Veloria",
            stakeholder_group=StakeholderGroup.PARLIAMENT,
            gender="woman",
        ),
        "p-ben": Participant(id="p-ben", meeting_id="m-1", name="Ben Okafor"),
        "p-new": Participant(id="p-new", meeting_id="m-1", name="Nadia New"),
    }
    entries = [
        SpeakerEntry("e-ana", "i-open", "p-ana", SpeechType.STATEMENT, 3 * MIN, "V"),
        SpeakerEntry("e-ben", "i-talk", "p-ben", SpeechType.FLOOR, 2 * MIN, "V"),
        SpeakerEntry(
            "e-gone", "i-end", "p-new", SpeechType.STATEMENT, 2 * MIN, "V", EntryState.REMOVED
        ),
    ]
    details = SessionDetails(
        SID, track="Oversight", languages="en, es", format=SessionFormat.HYBRID
    )
    return SessionState(
        meeting, session, items, entries, participants, details=details, languages={"p-ana": "es"}
    )


def order(state: SessionState) -> list[tuple[str, int]]:
    return [(item.id, item.position) for item in state.agenda_items]


def decided(command: Command, state: SessionState) -> list:
    """Decide on a copy and apply; returns the events (the state passed in is changed)."""
    events = command.decide(state)
    state.apply(events)
    return events


def snapshot(state: SessionState, gender: bool = True) -> tuple:
    """What the tests compare: everything a command here may touch (the public feed carries
    no gender: ``gender=False`` leaves it out). The session's details and the languages come
    last."""
    return (
        state.session,
        [
            (i.id, i.position, i.title, i.planned_duration_ms, i.list_closed)
            for i in state.agenda_items
        ],
        sorted(
            (
                p.id,
                p.name,
                p.function,
                p.organisation,
                p.stakeholder_group,
                p.attendance,
                p.gender if gender else None,
            )
            for p in state.participants.values()
        ),
        [(e.id, e.agenda_item_id, e.speech_type, e.state) for e in state.entries],
        state.details,
        sorted(state.languages.items()),
    )


# --- every command: JSON, undo, storage, feed -------------------------------------------------

EXAMPLES: list[Command] = [
    EditSession(SID, "Panel on oversight", "Room 4", T0 + 30 * MIN, T0 + 2 * 60 * MIN),
    AddAgendaItem(SID, "i-new", "Questions from the floor", 15 * MIN, 2),
    AddAgendaItem(SID, "i-last", "Any other business"),
    EditAgendaItem(SID, "i-end", "Closing remarks", 8 * MIN, 1),
    EditAgendaItem(SID, "i-talk", "Panel discussion", 45 * MIN, 2),
    RemoveAgendaItem(SID, "i-end"),
    EditParticipant(
        SID, "p-ben", "Dr Ben Okafor", "Director", "CSO Forum", "civil_society", "man", "remote"
    ),
    EditParticipant(
        SID,
        "p-ana",
        "Ana Ruiz",
        "Member of Parliament",
        "Parliament of Veloria",
        "parliament",
        "",
        "in_room",
    ),
    RemoveParticipant(SID, "p-new"),
    RestoreParticipant(SID, "p-x", "Xu Li", "Analyst", "UNODC", "un_entity", "", "remote"),
    SetSpeechType(SID, "e-ben", "statement"),
    SetSessionDetails(SID, "Prevention", "Workshop", "en, fr, ar", "virtual"),
    SetSessionDetails(SID, "", "", "", ""),
    SetParticipantLanguage(SID, "p-ben", "fr"),
    SetParticipantLanguage(SID, "p-ana", ""),
]


EXAMPLE_IDS = [f"{number}-{command.name}" for number, command in enumerate(EXAMPLES)]


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_arguments_round_trip_through_json(command):
    args = json.loads(json.dumps(command.to_args()))
    assert command_from(command.name, args) == command


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_the_inverse_puts_back_what_the_command_changed(command):
    state = make_state()
    before = copy.deepcopy(state)
    inverse = inverse_of_agenda(command, before)
    assert inverse is not None
    assert decided(command, state), "the example changes something"
    assert snapshot(state) != snapshot(before)
    decided(inverse, state)
    # A removed agenda item comes back without the places taken off its list (they were gone
    # from the list already).
    expected = snapshot(before)
    if isinstance(command, RemoveAgendaItem | RemoveParticipant):
        expected = (*expected[:3], [e for e in expected[3] if e[0] != "e-gone"], *expected[4:])
    assert snapshot(state) == expected


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_doing_it_again_changes_nothing(command):
    state = make_state()
    decided(command, state)
    assert command.decide(state) == [], "a retry or another console's copy is a no-op"


def feed_of(command: Command, server: SessionState) -> list[dict]:
    """The feed changes the server writes for ``command`` (applied to ``server``), as JSON."""
    events = command.decide(server)
    before = _roster_before(server, events)
    server.apply(events)
    return [
        {"entity": entity, "id": entity_id, "op": op, "data": json.loads(json.dumps(data))}
        for entity, entity_id, op, data in _changes_of(server, events, before)
    ]


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_the_feed_brings_another_console_to_the_same_state(command):
    server = make_state()
    follower = make_state()
    for change in feed_of(command, server):
        if "gender" in change["data"] or "language" in change["data"]:
            assert change["entity"] in PRIVATE_ENTITIES, "personal data: staff and chairs only"
        apply_change(follower, change)
    assert snapshot(follower) == snapshot(server), "the gender too, through the private change"


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_the_public_feed_brings_everything_but_personal_data(command):
    server = make_state()
    follower = make_state()
    for change in feed_of(command, server):
        if change["entity"] not in PRIVATE_ENTITIES:
            assert "gender" not in change["data"] and "language" not in change["data"]
            apply_change(follower, change)
    expected = snapshot(server, gender=False)
    assert snapshot(follower, gender=False)[:-1] == expected[:-1]


@pytest.mark.parametrize("command", EXAMPLES, ids=EXAMPLE_IDS)
def test_the_events_are_stored(command, db_path, open_db):
    store = Store(open_db(db_path))
    state = make_state()
    store.add_meeting(
        MeetingBundle(
            state.meeting,
            list(state.participants.values()),
            [state.session],
            list(state.agenda_items),
            list(state.entries),
            [state.details],
            [ParticipantDetails(pid, language) for pid, language in state.languages.items()],
        )
    )
    events = command.decide(state)
    store.commit(command, events, command_id="c-1", recorded_at_ms=T0)
    state.apply(events)
    assert snapshot(store.load_session_state(SID)) == snapshot(state)


# --- the session -------------------------------------------------------------------------------


def test_edit_session_changes_title_room_and_times():
    state = make_state()
    events = decided(EditSession(SID, "  New title ", " Hall B ", T0 + MIN, T0 + 61 * MIN), state)
    assert events == [SessionChanged(state.session)]
    assert (state.session.title, state.session.room) == ("New title", "Hall B")
    assert (state.session.scheduled_start_ms, state.session.scheduled_end_ms) == (
        T0 + MIN,
        T0 + 61 * MIN,
    )


@pytest.mark.parametrize(
    ("title", "room", "start", "end", "reason"),
    [
        ("", "", T0, T0 + MIN, "needs a title"),
        ("   ", "", T0, T0 + MIN, "needs a title"),
        ("x" * 501, "", T0, T0 + MIN, "longer than 500"),
        ("Panel", "r" * 201, T0, T0 + MIN, "room is longer"),
        ("Panel", "", T0, T0, "end after it starts"),
        ("Panel", "", T0, T0 - MIN, "end after it starts"),
        ("Panel", "", 0, MIN, "not a date"),
        ("Panel", "", T0, T0 + 8 * 24 * 60 * MIN, "more than a week"),
    ],
)
def test_edit_session_is_refused_with_a_reason(title, room, start, end, reason):
    with pytest.raises(CommandRejected, match=reason):
        EditSession(SID, title, room, start, end).decide(make_state())


def test_a_command_for_another_session_is_refused():
    with pytest.raises(CommandRejected, match="session"):
        EditSession("s-other", "Panel", "", T0, T0 + MIN).decide(make_state())


# --- agenda items -------------------------------------------------------------------------------


def test_adding_an_item_renumbers_the_ones_after_it():
    state = make_state()
    events = decided(AddAgendaItem(SID, "i-new", "Questions", 15 * MIN, 2), state)
    assert order(state) == [("i-open", 1), ("i-new", 2), ("i-talk", 3), ("i-end", 4)]
    assert [type(e) for e in events] == [AgendaItemChanged, AgendaItemChanged, AgendaItemAdded]


def test_an_item_added_without_a_position_goes_last():
    state = make_state()
    decided(AddAgendaItem(SID, "i-new", "AOB"), state)
    assert order(state)[-1] == ("i-new", 4)


def test_moving_an_item_renumbers_and_keeps_the_speakers_with_it():
    state = make_state()
    decided(EditAgendaItem(SID, "i-end", "Closing", 5 * MIN, 1), state)
    assert order(state) == [("i-end", 1), ("i-open", 2), ("i-talk", 3)]
    assert [e.id for e in state.entries] == ["e-gone", "e-ana", "e-ben"]


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        (AddAgendaItem(SID, "i-x", ""), "needs a title"),
        (AddAgendaItem(SID, "i-x", "A", -1), "between 0:00 and 24 hours"),
        (AddAgendaItem(SID, "i-x", "A", 25 * 60 * MIN), "between 0:00 and 24 hours"),
        (AddAgendaItem(SID, "i-x", "A", 0, 5), "between 1 and 4"),
        (AddAgendaItem(SID, "", "A"), "id of 1 to 64"),
        (AddAgendaItem(SID, "i-open", "Something else"), "already exists"),
        (EditAgendaItem(SID, "i-nope", "A", 0, 1), "not in this session"),
        (EditAgendaItem(SID, "i-open", "A", 0, 4), "between 1 and 3"),
        (EditAgendaItem(SID, "i-open", "", 0, 1), "needs a title"),
    ],
)
def test_agenda_item_commands_are_refused_with_a_reason(command, reason):
    with pytest.raises(CommandRejected, match=reason):
        command.decide(make_state())


def test_an_item_with_speakers_on_its_list_cannot_be_removed():
    with pytest.raises(CommandRejected, match="“Opening” still has 1 speaker on its list"):
        RemoveAgendaItem(SID, "i-open").decide(make_state())


def test_an_item_whose_speakers_were_all_taken_off_can_be_removed():
    state = make_state()
    decided(RemoveEntry(SID, "e-ana"), state)
    events = decided(RemoveAgendaItem(SID, "i-open"), state)
    assert events[0] == AgendaItemRemoved("i-open", ("e-ana",))
    assert order(state) == [("i-talk", 1), ("i-end", 2)]
    assert not state.has_entry("e-ana")


def test_an_item_someone_spoke_under_stays():
    state = make_state()
    state.turns["t-1"] = Turn("t-1", SID, "e-gone", "p-new", "i-end", SpeechType.STATEMENT, MIN, T0)
    with pytest.raises(CommandRejected, match="spoken under “Closing”"):
        RemoveAgendaItem(SID, "i-end").decide(state)


def test_removing_an_item_that_is_gone_is_a_no_op():
    assert RemoveAgendaItem(SID, "i-nope").decide(make_state()) == []


def test_an_undone_removal_puts_a_closed_list_back_closed():
    state = make_state()
    state.replace_agenda_item(AgendaItem("i-end", SID, 3, "Closing", 5 * MIN, list_closed=True))
    before = copy.deepcopy(state)
    decided(RemoveAgendaItem(SID, "i-end"), state)
    decided(inverse_of_agenda(RemoveAgendaItem(SID, "i-end"), before), state)
    assert state.agenda_item("i-end").list_closed


# --- the roster ---------------------------------------------------------------------------------


def test_edit_participant_changes_every_roster_field():
    state = make_state()
    command = EditParticipant(
        SID, "p-ben", " Ben Okafor ", "Director", "CSO Forum", "civil_society", "man", "remote"
    )
    events = decided(command, state)
    ben = state.participants["p-ben"]
    assert events == [ParticipantChanged(ben)]
    assert (ben.name, ben.function, ben.organisation) == ("Ben Okafor", "Director", "CSO Forum")
    assert ben.stakeholder_group is StakeholderGroup.CIVIL_SOCIETY
    assert ben.attendance is Attendance.REMOTE
    assert ben.gender == "man"


def test_an_empty_gender_means_not_given():
    state = make_state()
    decided(
        EditParticipant(SID, "p-ana", "Ana Ruiz", gender="", stakeholder_group="parliament"), state
    )
    assert state.participants["p-ana"].gender is None


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"person_name": " "}, "name of 1 to 300"),
        ({"person_name": "n" * 301}, "name of 1 to 300"),
        ({"function": "f" * 301}, "function is longer"),
        ({"organisation": "o" * 301}, "organisation is longer"),
        ({"gender": "g" * 33}, "gender is longer"),
        ({"stakeholder_group": "lobby"}, "Unknown stakeholder group 'lobby'"),
        ({"attendance": "moon"}, "Unknown attendance 'moon'"),
        ({"participant_id": "p-nobody"}, "not a participant"),
    ],
)
def test_edit_participant_is_refused_with_a_reason(changes, reason):
    args = {"session_id": SID, "participant_id": "p-ben", "person_name": "Ben", **changes}
    with pytest.raises(CommandRejected, match=reason):
        EditParticipant(**args).decide(make_state())


def test_someone_on_a_list_cannot_leave_the_roster():
    with pytest.raises(CommandRejected, match="Ana Ruiz is on a list of speakers"):
        RemoveParticipant(SID, "p-ana").decide(make_state())


def test_leaving_the_roster_takes_the_places_taken_off_a_list():
    state = make_state()
    events = decided(RemoveParticipant(SID, "p-new"), state)
    assert events == [ParticipantRemoved("p-new", ("e-gone",))]
    assert "p-new" not in state.participants and not state.has_entry("e-gone")


def test_the_editor_undoes_adding_someone_to_the_roster():
    state = make_state()
    add = AddParticipant(SID, "p-walk", "Walk In", "Forum", "remote")
    inverse = inverse_of_roster_add(add, copy.deepcopy(state))
    decided(add, state)
    assert inverse == RemoveParticipant(SID, "p-walk")
    decided(inverse, state)
    assert "p-walk" not in state.participants
    assert inverse_of_roster_add(AddParticipant(SID, "p-ana", "Ana Ruiz"), state) is None


def test_restore_refuses_to_overwrite_someone_else():
    with pytest.raises(CommandRejected, match="already exists"):
        RestoreParticipant(SID, "p-ben", "Somebody Else").decide(make_state())


# --- session details and languages -------------------------------------------------------------


def test_set_session_details_sets_every_field_trimmed():
    state = make_state()
    command = SetSessionDetails(SID, " Prevention ", " Workshop", " en, fr ", "in_person")
    events = decided(command, state)
    expected = SessionDetails(SID, "Prevention", "Workshop", "en, fr", SessionFormat.IN_PERSON)
    assert events == [SessionDetailsChanged(expected)]
    assert state.details == expected


def test_an_empty_format_means_not_known():
    state = make_state()
    decided(SetSessionDetails(SID, "Oversight", "", "en, es", ""), state)
    assert state.details.format is None
    assert SetSessionDetails.of(SID, state.details).format == ""


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        (SetSessionDetails(SID, "t" * 301, "", ""), r"^Track: at most 300 characters \(301"),
        (SetSessionDetails(SID, "", "y" * 301, ""), r"^Session type: at most 300 characters"),
        (SetSessionDetails(SID, "", "", "l" * 101), r"^Languages: at most 100 characters"),
        (SetSessionDetails(SID, "", "", "", "onsite"), r"^Format: 'onsite' is not one of"),
        (SetSessionDetails("s-other", "", "", ""), "not this one"),
        (SetParticipantLanguage(SID, "p-ben", "l" * 101), r"^Language: at most 100 characters"),
        (SetParticipantLanguage(SID, "p-nobody", "fr"), "not a participant"),
    ],
)
def test_details_are_refused_naming_the_field(command, reason):
    with pytest.raises(CommandRejected, match=reason):
        command.decide(make_state())


def test_a_language_is_set_trimmed_and_an_empty_one_is_none():
    state = make_state()
    assert decided(SetParticipantLanguage(SID, "p-ben", " fr "), state) == [
        ParticipantLanguageChanged("p-ben", "fr")
    ]
    assert state.language_of("p-ben") == "fr"
    decided(SetParticipantLanguage(SID, "p-ben", "  "), state)
    assert "p-ben" not in state.languages and state.language_of("p-ben") == ""


def test_the_inverse_of_a_details_edit_is_the_details_as_they_were():
    state = make_state()
    before = copy.deepcopy(state)
    command = SetSessionDetails(SID, "Prevention", "Workshop", "fr", "virtual")
    inverse = inverse_of_agenda(command, before)
    assert inverse == SetSessionDetails(SID, "Oversight", "", "en, es", "hybrid")
    decided(command, state)
    decided(inverse, state)
    assert state.details == before.details


def test_the_inverse_of_a_language_puts_back_the_old_one_or_none():
    state = make_state()
    before = copy.deepcopy(state)
    assert inverse_of_agenda(SetParticipantLanguage(SID, "p-ana", "pt"), before) == (
        SetParticipantLanguage(SID, "p-ana", "es")
    )
    assert inverse_of_agenda(SetParticipantLanguage(SID, "p-ben", "fr"), before) == (
        SetParticipantLanguage(SID, "p-ben", "")
    )
    assert inverse_of_agenda(SetParticipantLanguage(SID, "p-nobody", "fr"), before) is None


def test_someone_who_leaves_the_roster_takes_their_language_along():
    state = make_state()
    decided(SetParticipantLanguage(SID, "p-new", "ar"), state)
    decided(RemoveParticipant(SID, "p-new"), state)
    assert "p-new" not in state.languages


def test_a_language_is_in_the_staff_feed_only():
    server = make_state()
    (change,) = feed_of(SetParticipantLanguage(SID, "p-ben", "fr"), server)
    assert (change["entity"], change["id"], change["op"]) == (
        "participant_details",
        "p-ben",
        "upsert",
    )
    assert change["data"] == {"participant_id": "p-ben", "language": "fr", "gender": None}
    assert change["entity"] in PRIVATE_ENTITIES


def ana_edited(name: str = "Ana Ruiz", gender: str = "woman") -> EditParticipant:
    return EditParticipant(
        SID, "p-ana", name, "Member of Parliament", "Parliament of Veloria", "parliament", gender
    )


def feed_entities(command: Command, server: SessionState) -> list[tuple[str, dict]]:
    return [(change["entity"], change["data"]) for change in feed_of(command, server)]


def test_a_gender_edit_is_told_in_private_after_the_public_change():
    server = make_state()
    public, private = feed_entities(ana_edited("Ana María Ruiz", gender="nonbinary"), server)
    assert public[0] == "participant" and "gender" not in public[1]
    assert private == (
        "participant_details",
        {"participant_id": "p-ana", "language": "es", "gender": "nonbinary"},
    )
    # Only the gender changes: told in private alone (an identical public upsert would show
    # everyone that something private changed).
    ((entity, cleared),) = feed_entities(ana_edited("Ana María Ruiz", gender=""), server)
    assert entity == "participant_details"
    assert cleared["gender"] is None, "a cleared gender is told too"


def test_a_name_only_edit_tells_no_gender():
    server = make_state()
    assert [entity for entity, _ in feed_entities(ana_edited("Ana Ruiz Díaz"), server)] == [
        "participant"
    ]


def test_someone_added_with_a_gender_is_told_in_private_and_a_walk_in_is_not():
    server = make_state()
    restore = RestoreParticipant(SID, "p-x", "Xu Li", gender="woman")
    assert feed_entities(restore, server) == [
        ("participant", participant_document(server.participants["p-x"], full=False)),
        ("participant_details", {"participant_id": "p-x", "language": "", "gender": "woman"}),
    ]
    walk_in = AddParticipant(SID, "p-walk", "Walk In")
    assert [entity for entity, _ in feed_entities(walk_in, server)] == ["participant"]


def test_session_details_are_public_in_the_feed_and_the_snapshot():
    server = make_state()
    (change,) = feed_of(SetSessionDetails(SID, "Prevention", "", "en", "virtual"), server)
    assert (change["entity"], change["id"]) == ("session_details", SID)
    assert change["entity"] not in PRIVATE_ENTITIES
    public = snapshot_document(server, version=7, full=False)
    assert public["session_details"] == change["data"]
    assert public["participant_details"] == [], "languages are not public"
    staff = snapshot_document(server, version=7, full=True)
    assert staff["participant_details"] == [{"participant_id": "p-ana", "language": "es"}]


def test_another_sessions_details_and_a_stranger_s_language_are_not_this_state_s():
    state = make_state()
    before = snapshot(state)
    other = {
        "session_id": "s-other",
        "track": "X",
        "session_type": "",
        "languages": "",
        "format": "",
    }
    apply_change(
        state, {"entity": "session_details", "op": "upsert", "id": "s-other", "data": other}
    )
    stranger = {"participant_id": "p-nobody", "language": "fr"}
    change = {"entity": "participant_details", "op": "upsert", "id": "p-nobody", "data": stranger}
    apply_change(state, change)
    assert snapshot(state) == before


def test_a_snapshot_of_a_server_without_details_keeps_the_consoles_own():
    known = make_state()
    document = json.loads(json.dumps(snapshot_document(known, version=3, full=True)))
    del document["session_details"], document["participant_details"]
    kept = state_from_snapshot(document, known=known)
    assert (kept.details, kept.languages) == (known.details, known.languages)
    emptied = state_from_snapshot(document)
    assert (emptied.details, emptied.languages) == (SessionDetails(SID), {})


# --- speech types --------------------------------------------------------------------------------


def test_set_speech_type_changes_a_waiting_speaker():
    state = make_state()
    decided(SetSpeechType(SID, "e-ben", "right_of_reply"), state)
    assert state.entry("e-ben").speech_type is SpeechType.RIGHT_OF_REPLY


@pytest.mark.parametrize(
    ("prepare", "command", "reason"),
    [
        (None, SetSpeechType(SID, "e-ben", "song"), "Unknown speech type 'song'"),
        (None, SetSpeechType(SID, "e-nobody", "floor"), "not on this session's list"),
        ("done", SetSpeechType(SID, "e-ben", "statement"), "not waiting"),
        ("closed", SetSpeechType(SID, "e-ben", "statement"), "is closed"),
    ],
)
def test_set_speech_type_is_refused_with_a_reason(prepare, command, reason):
    state = make_state()
    if prepare == "done":
        state.entries[state.row_of("e-ben")].state = EntryState.DONE
    if prepare == "closed":
        item = state.agenda_item("i-talk")
        state.replace_agenda_item(
            AgendaItem(item.id, SID, item.position, item.title, list_closed=True)
        )
    with pytest.raises(CommandRejected, match=reason):
        command.decide(state)


# --- the feed on a console that cannot apply a change in place ---------------------------------


def test_an_item_removed_elsewhere_while_this_console_lists_someone_under_it_asks_for_a_snapshot():
    state = make_state()
    change = {
        "entity": "agenda_item",
        "op": "delete",
        "id": "i-open",
        "data": {"id": "i-open", "entry_ids": []},
    }
    with pytest.raises(NeedsSnapshot):
        apply_change(state, change)


def test_a_participant_removed_elsewhere_but_named_here_asks_for_a_snapshot():
    state = make_state()
    change = {"entity": "participant", "op": "delete", "id": "p-ana", "data": {"id": "p-ana"}}
    with pytest.raises(NeedsSnapshot):
        apply_change(state, change)


def test_another_session_edited_asks_for_a_snapshot():
    state = make_state()
    data = {
        "id": "s-other",
        "meeting_id": "m-1",
        "title": "Other",
        "room": "",
        "scheduled_start_ms": T0,
        "scheduled_end_ms": T0 + MIN,
    }
    with pytest.raises(NeedsSnapshot):
        apply_change(state, {"entity": "session", "op": "upsert", "id": "s-other", "data": data})


def test_a_roster_edit_keeps_what_the_public_feed_leaves_out():
    state = make_state()
    state.participants["p-ana"].is_demo = True
    data = {
        "id": "p-ana",
        "meeting_id": "m-1",
        "name": "Ana Ruiz-Soto",
        "function": "",
        "organisation": "",
        "stakeholder_group": "parliament",
        "attendance": "remote",
    }
    apply_change(state, {"entity": "participant", "op": "upsert", "id": "p-ana", "data": data})
    ana = state.participants["p-ana"]
    assert (ana.name, ana.gender, ana.is_demo) == ("Ana Ruiz-Soto", "woman", True)


@pytest.mark.parametrize("text", ["Bad\x00Name", "Line\x1bfeed", "half \ud800 pair"])
def test_a_text_the_file_and_the_backend_cannot_store_is_refused_by_name(text):
    """A NUL pasted from a spreadsheet (or half a surrogate pair) is refused before it is
    queued: the backend would refuse the action as malformed, never to be sent."""
    from moderator.domain.commands import check_storable

    with pytest.raises(CommandRejected, match=r"^Track: a character that cannot be stored"):
        check_storable(SetSessionDetails(SID, text, "", ""))
    check_storable(SetSessionDetails(SID, "Tab\tand\nnewline are fine", "", ""))
