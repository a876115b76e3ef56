"""The state of one session as the chair works it: agenda, speakers, participants, clock.

``SessionState`` is the aggregate commands are decided against. It is loaded from storage once
and then kept current by applying the events of each committed command, so a keystroke never
re-reads the whole list from disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from moderator.domain.events import (
    AgendaItemAdded,
    AgendaItemChanged,
    AgendaItemRemoved,
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    EntryStateChanged,
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
    TurnClosed,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.model import (
    AgendaItem,
    EntryState,
    Hand,
    HandState,
    Meeting,
    Participant,
    Session,
    SessionDetails,
    SpeakerEntry,
    Turn,
)
from moderator.domain.timing.clock import SpeakerClock, Thresholds


@dataclass(slots=True)
class SessionState:
    meeting: Meeting
    session: Session
    agenda_items: list[AgendaItem]
    entries: list[SpeakerEntry]
    participants: dict[str, Participant]
    clock: SpeakerClock = field(default_factory=SpeakerClock)
    current_entry_id: str | None = None
    current_turn_id: str | None = None
    turns: dict[str, Turn] = field(default_factory=dict)
    hands: dict[str, Hand] = field(default_factory=dict)
    #: Format, languages, track and type; ``None`` when built means none are known (empty ones
    #: are filled in), so a caller that has none need not make them up.
    details: SessionDetails = None  # type: ignore[assignment]
    #: Participant id → language, for the participants of the roster that have one (an empty
    #: language is no entry: every copy of the state compares equal however it was built).
    languages: dict[str, str] = field(default_factory=dict)
    _entry_index: dict[str, int] = field(default_factory=dict, repr=False)
    _item_index: dict[str, AgendaItem] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.details is None:
            self.details = SessionDetails(self.session.id)
        self.languages = {pid: language for pid, language in self.languages.items() if language}
        self.agenda_items.sort(key=lambda item: item.position)
        self._item_index = {item.id: item for item in self.agenda_items}
        self.sort_entries()

    # --- ordering ----------------------------------------------------------------------------

    def sort_entries(self) -> None:
        """Entries in speaking order: agenda item position, then order key."""
        position = {item.id: item.position for item in self.agenda_items}
        # Two consoles can pick the same key offline (both "after the last"): the id breaks the
        # tie, so every console and the backend agree on one order.
        self.entries.sort(key=lambda e: (position.get(e.agenda_item_id, 0), e.order_key, e.id))
        self._entry_index = {entry.id: i for i, entry in enumerate(self.entries)}

    def replace_agenda_item(self, item: AgendaItem) -> None:
        """An item as it now is (same id); the order is kept by position (lists are re-sorted
        only when the item moved: closing a list or a new title moves no speaker)."""
        previous = self._item_index.get(item.id)
        self.agenda_items = [item if i.id == item.id else i for i in self.agenda_items]
        self._item_index[item.id] = item
        if previous is None or previous.position != item.position:
            self.agenda_items.sort(key=lambda i: i.position)
            self.sort_entries()

    def add_agenda_item(self, item: AgendaItem) -> None:
        """A new item (the agenda editor, or a feed change naming an item not known yet)."""
        self.agenda_items.append(item)
        self.replace_agenda_item(item)

    def remove_agenda_item(self, item_id: str) -> None:
        """The item leaves the agenda, and with it every entry of its list."""
        self.agenda_items = [i for i in self.agenda_items if i.id != item_id]
        self._item_index.pop(item_id, None)
        self.entries = [e for e in self.entries if e.agenda_item_id != item_id]
        self.sort_entries()

    def remove_participant(self, participant_id: str) -> None:
        """Off the roster, and with them their language and the (removed) entries that still
        named them."""
        self.participants.pop(participant_id, None)
        self.languages.pop(participant_id, None)
        if any(e.participant_id == participant_id for e in self.entries):
            self.entries = [e for e in self.entries if e.participant_id != participant_id]
            self.sort_entries()

    def set_language(self, participant_id: str, language: str) -> None:
        """A participant's language; ``""`` takes it away."""
        if language:
            self.languages[participant_id] = language
        else:
            self.languages.pop(participant_id, None)

    # --- queries -----------------------------------------------------------------------------

    def language_of(self, participant_id: str) -> str:
        """The participant's language, ``""`` when none is given."""
        return self.languages.get(participant_id, "")

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(warning_ms=self.meeting.warning_ms, final_ms=self.meeting.final_ms)

    def entry(self, entry_id: str) -> SpeakerEntry:
        return self.entries[self._entry_index[entry_id]]

    def has_entry(self, entry_id: str) -> bool:
        return entry_id in self._entry_index

    def row_of(self, entry_id: str) -> int:
        return self._entry_index[entry_id]

    def participant_of(self, entry: SpeakerEntry) -> Participant:
        return self.participants[entry.participant_id]

    def agenda_item(self, item_id: str) -> AgendaItem:
        return self._item_index[item_id]

    @property
    def current_entry(self) -> SpeakerEntry | None:
        return self.entry(self.current_entry_id) if self.current_entry_id else None

    def entries_of(self, agenda_item_id: str) -> list[SpeakerEntry]:
        """One agenda item's list, in speaking order (removed entries included)."""
        return [e for e in self.entries if e.agenda_item_id == agenda_item_id]

    def interrupted_entry(self) -> SpeakerEntry | None:
        """The speaker paused by an interposed intervention, who resumes after it."""
        # Asked several times per chair action over the whole list: a plain loop with the
        # state looked up once runs three times faster than a generator looking it up per entry.
        interrupted = EntryState.INTERRUPTED
        for entry in self.entries:
            if entry.state is interrupted:
                return entry
        return None

    def waiting_entries(self) -> Iterator[SpeakerEntry]:
        waiting = EntryState.WAITING
        return (e for e in self.entries if e.state is waiting)

    def next_entry(self) -> SpeakerEntry | None:
        """Who gets the floor on "next": the first waiting entry after the current one.

        Speaking order runs through the agenda items in turn; an entry waiting *before* the
        current one (someone skipped over by giving the floor out of order) still comes first,
        because nobody should silently lose their place.
        """
        return next(self.waiting_entries(), None)

    def open_hands(self) -> list[Hand]:
        """Raised hands in the order they were raised."""
        return sorted(
            (hand for hand in self.hands.values() if hand.state is HandState.RAISED),
            key=lambda hand: hand.seq,
        )

    def open_hand_of(self, participant_id: str) -> Hand | None:
        return next(
            (hand for hand in self.open_hands() if hand.participant_id == participant_id), None
        )

    # --- applying events ---------------------------------------------------------------------

    def apply(self, events: list[Event]) -> None:
        for event in events:
            self._apply_one(event)

    def _apply_one(self, event: Event) -> None:
        match event:
            case EntryStateChanged():
                index = self._entry_index[event.entry_id]
                self.entries[index] = replace(
                    self.entries[index],
                    state=event.state,
                    started_at_ms=event.started_at_ms,
                    ended_at_ms=event.ended_at_ms,
                )
            case EntryAdded():
                self.entries.append(event.entry)
                self.sort_entries()
            case EntryChanged():
                index = self._entry_index[event.entry.id]
                previous, self.entries[index] = self.entries[index], event.entry
                if (previous.order_key, previous.agenda_item_id) != (
                    event.entry.order_key,
                    event.entry.agenda_item_id,
                ):
                    self.sort_entries()
            case EntryRemoved():
                if event.entry_id in self._entry_index:
                    del self.entries[self._entry_index[event.entry_id]]
                    self._entry_index = {entry.id: i for i, entry in enumerate(self.entries)}
            case TurnChanged():
                self.turns[event.turn.id] = event.turn
            case TurnRemoved():
                self.turns.pop(event.turn_id, None)
            case ClockChanged():
                self.clock = event.clock
                self.current_entry_id = event.entry_id
                self.current_turn_id = event.turn_id
            case TurnOpened():
                self.turns[event.turn.id] = event.turn
            case TurnClosed():
                turn = self.turns[event.turn_id]
                self.turns[event.turn_id] = replace(
                    turn,
                    ended_at_ms=event.ended_at_ms,
                    allotted_ms=event.allotted_ms,
                    spoken_ms=event.spoken_ms,
                    paused_ms=event.paused_ms,
                    overrun_ms=event.overrun_ms,
                )
            case HandChanged():
                self.hands[event.hand.id] = event.hand
            case HandRemoved():
                self.hands.pop(event.hand_id, None)
            case ParticipantAdded():
                self.participants[event.participant.id] = event.participant
            case AgendaItemChanged():
                self.replace_agenda_item(event.item)
            case SessionChanged():
                self.session = event.session
            case MeetingChanged():
                self.meeting = event.meeting
            case AgendaItemAdded():
                self.add_agenda_item(event.item)
            case AgendaItemRemoved():
                self.remove_agenda_item(event.item_id)
            case ParticipantChanged():
                self.participants[event.participant.id] = event.participant
            case ParticipantRemoved():
                self.remove_participant(event.participant_id)
            case SessionDetailsChanged():
                self.details = event.details
            case ParticipantLanguageChanged():
                self.set_language(event.participant_id, event.language)
            case _:  # pragma: no cover - exhaustive over Event
                raise TypeError(f"unknown event {event!r}")
