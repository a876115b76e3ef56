"""What changed between two states of one session, as the events a command would produce.

The sync rebuilds the chair's view from the backend's state and the commands still queued
(``rebase``); that view arrives as a whole state. Turning it into events here lets it take the
same path as a chair action: storage writes the events (with the feed cursor) in one
transaction, the in-memory state applies them, and the views update the rows that changed — a
raised hand or another console's reorder never rebuilds the whole list, so the chair's
selection, scroll position and open editors stay where they were.

``previous.apply(events_between(previous, view))`` leaves ``previous`` equal to ``view``. The
events come in an order that storage's foreign keys accept: what others point to (the meeting,
the session, participants, agenda items) before what points to it (entries), and removals in
the reverse order.
"""

from __future__ import annotations

from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    Event,
    HandChanged,
    HandRemoved,
    MeetingChanged,
    ParticipantAdded,
    ParticipantChanged,
    ParticipantLanguageChanged,
    ParticipantRemoved,
    SessionChanged,
    SessionDetailsChanged,
    TurnChanged,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.session_state import SessionState


def events_between(previous: SessionState, view: SessionState) -> list[Event]:
    """The events that turn ``previous`` into ``view`` (the same session); none when equal."""
    if previous.session.id != view.session.id:
        raise ValueError(
            f"a view of session {view.session.id} cannot follow session {previous.session.id}"
        )
    events: list[Event] = []
    if view.meeting != previous.meeting:
        events.append(MeetingChanged(view.meeting))
    if view.session != previous.session:
        events.append(SessionChanged(view.session))
    if view.details != previous.details:
        events.append(SessionDetailsChanged(view.details))
    events += _participant_changes(previous, view)
    old_items = {item.id: item for item in previous.agenda_items}
    for item in view.agenda_items:
        if item.id not in old_items:
            events.append(AgendaItemAdded(item))
        elif old_items[item.id] != item:
            events.append(AgendaItemChanged(item))
    old_entries = {entry.id: entry for entry in previous.entries}
    for entry in view.entries:
        if entry.id not in old_entries:
            events.append(EntryAdded(entry))
        elif old_entries[entry.id] != entry:
            events.append(EntryChanged(entry))
    for turn in view.turns.values():
        if turn.id not in previous.turns:
            events.append(TurnOpened(turn))
        elif previous.turns[turn.id] != turn:
            events.append(TurnChanged(turn))
    clock = (view.clock, view.current_entry_id, view.current_turn_id)
    if clock != (previous.clock, previous.current_entry_id, previous.current_turn_id):
        events.append(
            ClockChanged(view.session.id, view.current_entry_id, view.current_turn_id, view.clock)
        )
    for hand in view.hands.values():
        if previous.hands.get(hand.id) != hand:
            events.append(HandChanged(hand))
    # What the view no longer has: a command the backend refused, a hand lowered while this
    # console was away (a snapshot lists open hands only), an item or person taken away.
    events += [HandRemoved(hand_id) for hand_id in previous.hands if hand_id not in view.hands]
    events += [TurnRemoved(turn_id) for turn_id in previous.turns if turn_id not in view.turns]
    view_entries = {entry.id for entry in view.entries}
    events += [EntryRemoved(e.id) for e in previous.entries if e.id not in view_entries]
    view_items = {item.id for item in view.agenda_items}
    events += [AgendaItemRemoved(i.id) for i in previous.agenda_items if i.id not in view_items]
    events += [
        ParticipantRemoved(participant_id)
        for participant_id in previous.participants
        if participant_id not in view.participants
    ]
    return events


def _participant_changes(previous: SessionState, view: SessionState) -> list[Event]:
    """New and changed roster entries, then the languages that changed."""
    events: list[Event] = []
    for participant in view.participants.values():
        known = previous.participants.get(participant.id)
        if known is None:
            events.append(ParticipantAdded(participant))
        elif known != participant:
            events.append(ParticipantChanged(participant))
    # A participant who leaves takes their language along (``ParticipantRemoved``).
    for participant_id in sorted(set(view.languages) | set(previous.languages)):
        language = view.language_of(participant_id)
        if participant_id in view.participants and previous.language_of(participant_id) != language:
            events.append(ParticipantLanguageChanged(participant_id, language))
    return events
