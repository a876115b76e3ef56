"""Commands that move the floor: give it to a speaker, end the turn, interpose an intervention,
and the undos that give it back (``revert_floor``, ``undo_resume``).

Each opens or closes turns on record and sets the clock of whoever speaks next. An undo is
refused once the floor has moved on since, so an old undo never takes the floor from a later
speaker.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands.base import (
    MAX_ALLOTTED_MS,
    Command,
    CommandRejected,
    checked_clock,
    close_current_turn,
    existing_entry,
    register,
    speaker_name,
)
from moderator.domain.events import (
    ClockChanged,
    EntryChanged,
    EntryStateChanged,
    Event,
    TurnChanged,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.model import EntryState, SpeakerEntry, Turn
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import SpeakerClock
from moderator.domain.translatable import QT_TRANSLATE_NOOP


@register
@dataclass(frozen=True, slots=True)
class GiveFloor(Command):
    """End the current turn (if any) and give the floor to ``entry_id``, opening ``turn_id``."""

    name: ClassVar[str] = "give_floor"
    entry_id: str
    turn_id: str
    at_ms: int
    start_clock: bool = True

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if not state.has_entry(self.entry_id):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That speaker is not on this session's list")
            )
        entry = state.entry(self.entry_id)
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=state.participant_of(entry).name,
                state=entry.state.value,
            )
        if self.turn_id in state.turns:
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "This turn was already opened"))
        events = close_current_turn(state, self.at_ms)
        clock = SpeakerClock.for_allotment(entry.allotted_ms)
        if self.start_clock:
            clock = clock.start(self.at_ms)
        turn = Turn(
            id=self.turn_id,
            session_id=state.session.id,
            entry_id=entry.id,
            participant_id=entry.participant_id,
            agenda_item_id=entry.agenda_item_id,
            speech_type=entry.speech_type,
            allotted_ms=entry.allotted_ms,
            started_at_ms=self.at_ms,
        )
        events += [
            EntryStateChanged(entry.id, EntryState.SPEAKING, self.at_ms, None),
            TurnOpened(turn),
            ClockChanged(state.session.id, entry.id, turn.id, clock),
        ]
        return events


@register
@dataclass(frozen=True, slots=True)
class EndTurn(Command):
    """The current speaker is done and nobody is given the floor yet (e.g. the last speaker)."""

    name: ClassVar[str] = "end_turn"
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if state.current_entry_id is None:
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "Nobody has the floor"))
        events = close_current_turn(state, self.at_ms, resuming=True)
        if state.interrupted_entry() is None:
            events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
        return events


@register
@dataclass(frozen=True, slots=True)
class Interpose(Command):
    """An interposed question or intervention: ``entry_id`` speaks now (turn ``turn_id``, the
    clock running); the current speaker is paused, their time kept on their turn record, and
    they get the floor back, clock running from where it stopped, when the intervention ends
    ("end turn", "next" or "done")."""

    name: ClassVar[str] = "interpose"
    entry_id: str
    turn_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        entry = existing_entry(state, self.entry_id)
        current = state.current_entry
        if current is None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "Nobody has the floor: there is no one to interrupt")
            )
        if state.interrupted_entry() is not None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "An intervention is already under way")
            )
        if entry.state not in (EntryState.WAITING, EntryState.SKIPPED):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{name} is not waiting ({state})"),
                name=speaker_name(state, entry),
                state=entry.state.value,
            )
        if self.turn_id in state.turns:
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "This turn was already opened"))
        paused_turn = state.turns.get(state.current_turn_id or "")
        events: list[Event] = [
            EntryChanged(dataclasses.replace(current, state=EntryState.INTERRUPTED))
        ]
        if paused_turn is not None:
            # The interrupted speaker's clock is kept on their (still open) turn.
            events.append(
                TurnChanged(
                    dataclasses.replace(
                        paused_turn,
                        allotted_ms=state.clock.allotted_ms,
                        spoken_ms=state.clock.elapsed_ms(self.at_ms),
                    )
                )
            )
        turn = Turn(
            id=self.turn_id,
            session_id=state.session.id,
            entry_id=entry.id,
            participant_id=entry.participant_id,
            agenda_item_id=entry.agenda_item_id,
            speech_type=entry.speech_type,
            allotted_ms=entry.allotted_ms,
            started_at_ms=self.at_ms,
            interposed_in=paused_turn.id if paused_turn is not None else None,
        )
        clock = SpeakerClock.for_allotment(entry.allotted_ms).start(self.at_ms)
        events += [
            EntryStateChanged(entry.id, EntryState.SPEAKING, self.at_ms, None),
            TurnOpened(turn),
            ClockChanged(state.session.id, entry.id, turn.id, clock),
        ]
        return events


@register
@dataclass(frozen=True, slots=True)
class RevertFloor(Command):
    """Undo "give the floor" or "end the turn": the turn ``cancel_turn_id`` (if any) never
    happened, its speaker is back to ``cancel_entry_state``; the speaker before
    (``restore_entry_id``, if any) has the floor again with their turn ``restore_turn_id`` and
    their clock as it was. When that speaker was an interposed intervention, the speaker it had
    interrupted (``reinterrupt_entry_id``, closed by the action) is paused again, their turn
    open and holding the time they had spoken (``reinterrupt_spoken_ms``).

    Refused when the floor has moved on since (someone else speaks now), so an old undo never
    takes the floor from a later speaker.
    """

    name: ClassVar[str] = "revert_floor"
    cancel_turn_id: str
    cancel_entry_id: str
    cancel_entry_state: str
    restore_entry_id: str
    restore_turn_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int = 0
    turn_allotted_ms: int = 0  # the restored turn's allotment as it was while it ran
    reinterrupt_entry_id: str = ""
    reinterrupt_turn_id: str = ""
    reinterrupt_allotted_ms: int = 0
    reinterrupt_spoken_ms: int = 0

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if (state.current_turn_id or "") != self.cancel_turn_id:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The floor has moved on since: this can no longer be undone"
                )
            )
        if self.cancel_entry_id != (state.current_entry_id or "" if self.cancel_turn_id else ""):
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "That speaker does not have the floor: nothing to undo"
                )
            )
        if self.reinterrupt_entry_id and not self.restore_entry_id:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "Nobody to give the floor back to: nothing to pause again"
                )
            )
        _all_different(
            (self.cancel_entry_id, self.restore_entry_id, self.reinterrupt_entry_id),
            (self.cancel_turn_id, self.restore_turn_id, self.reinterrupt_turn_id),
        )
        events: list[Event] = []
        if self.cancel_entry_id:
            entry = existing_entry(state, self.cancel_entry_id)
            try:
                back_to = EntryState(self.cancel_entry_state)
            except ValueError:
                raise CommandRejected(
                    QT_TRANSLATE_NOOP("Refusal", "Unknown entry state {cancel_entry_state!r}"),
                    cancel_entry_state=self.cancel_entry_state,
                ) from None
            if back_to not in (EntryState.WAITING, EntryState.SKIPPED):
                raise CommandRejected(
                    QT_TRANSLATE_NOOP("Refusal", "Cannot put an entry back to {state!r}"),
                    state=back_to.value,
                )
            events.append(
                EntryChanged(
                    dataclasses.replace(entry, state=back_to, started_at_ms=None, ended_at_ms=None)
                )
            )
        if self.cancel_turn_id:
            events.append(TurnRemoved(self.cancel_turn_id))
        if self.reinterrupt_entry_id:
            events += _paused_again(
                state,
                self.reinterrupt_entry_id,
                self.reinterrupt_turn_id,
                self.reinterrupt_allotted_ms,
                self.reinterrupt_spoken_ms,
                closed_by_the_action=True,
            )
        if self.restore_entry_id:
            clock = checked_clock(
                self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms
            )
            events += _floor_back(
                state, self.restore_entry_id, self.restore_turn_id, clock, self.turn_allotted_ms
            )
        else:
            events.append(ClockChanged(state.session.id, None, None, SpeakerClock()))
        return events


@register
@dataclass(frozen=True, slots=True)
class UndoResume(Command):
    """Undo the end of an interposed intervention ("end turn", "next" or "done" while it ran):
    the intervention (``intervention_entry_id``) has the floor again with its turn and its
    clock as they were, and the speaker who had resumed (``resumed_entry_id``) is paused again
    with the time they had spoken before the intervention.

    Refused when the floor has moved on since the resumed speaker got it back."""

    name: ClassVar[str] = "undo_resume"
    intervention_entry_id: str
    intervention_turn_id: str
    status: str
    allotted_ms: int
    accumulated_ms: int
    running_since_ms: int
    turn_allotted_ms: int
    resumed_entry_id: str
    resumed_turn_id: str
    resumed_allotted_ms: int
    resumed_spoken_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if not self.resumed_turn_id or (state.current_turn_id or "") != self.resumed_turn_id:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The floor has moved on since: this can no longer be undone"
                )
            )
        _all_different(
            (self.intervention_entry_id, self.resumed_entry_id),
            (self.intervention_turn_id, self.resumed_turn_id),
        )
        clock = checked_clock(
            self.status, self.allotted_ms, self.accumulated_ms, self.running_since_ms
        )
        return [
            *_paused_again(
                state,
                self.resumed_entry_id,
                self.resumed_turn_id,
                self.resumed_allotted_ms,
                self.resumed_spoken_ms,
                closed_by_the_action=False,
            ),
            *_floor_back(
                state,
                self.intervention_entry_id,
                self.intervention_turn_id,
                clock,
                self.turn_allotted_ms,
            ),
        ]


def _floor_back(
    state: SessionState, entry_id: str, turn_id: str, clock: SpeakerClock, turn_allotted_ms: int
) -> list[Event]:
    """``entry_id`` speaks again in its turn ``turn_id`` (reopened), with ``clock``: the
    speaker the undone action had closed (done, their turn ended) or interrupted (an undone
    intervention: their turn still open)."""
    entry, turn = _entry_and_turn(state, entry_id, turn_id)
    closed = entry.state is EntryState.DONE and turn.ended_at_ms is not None
    paused = entry.state is EntryState.INTERRUPTED and turn.ended_at_ms is None
    if not (closed or paused):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "{name} cannot have the floor back from here"),
            name=speaker_name(state, entry),
        )
    return [
        EntryChanged(
            dataclasses.replace(
                entry, state=EntryState.SPEAKING, started_at_ms=turn.started_at_ms, ended_at_ms=None
            )
        ),
        TurnChanged(
            dataclasses.replace(
                turn,
                ended_at_ms=None,
                allotted_ms=turn_allotted_ms or turn.allotted_ms,
                spoken_ms=0,
                paused_ms=0,
                overrun_ms=0,
            )
        ),
        ClockChanged(state.session.id, entry.id, turn.id, clock),
    ]


def _paused_again(
    state: SessionState,
    entry_id: str,
    turn_id: str,
    allotted_ms: int,
    spoken_ms: int,
    closed_by_the_action: bool,
) -> list[Event]:
    """``entry_id`` is interrupted again: its turn open, holding its paused clock. The speaker
    is either done (``closed_by_the_action``: the floor went elsewhere during the intervention)
    or speaking again, in ``turn_id``, after the intervention ended."""
    entry, turn = _entry_and_turn(state, entry_id, turn_id)
    if state.interrupted_entry() is not None:
        raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "Someone is already interrupted"))
    if closed_by_the_action:
        expected = entry.state is EntryState.DONE and turn.ended_at_ms is not None
    else:
        expected = entry.id == state.current_entry_id and turn.ended_at_ms is None
    if not expected:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "{name} cannot be paused again from here"),
            name=speaker_name(state, entry),
        )
    if not (0 <= allotted_ms <= MAX_ALLOTTED_MS and 0 <= spoken_ms <= MAX_ALLOTTED_MS):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "The time must be between 0:00 and 24 hours")
        )
    return [
        EntryChanged(dataclasses.replace(entry, state=EntryState.INTERRUPTED, ended_at_ms=None)),
        TurnChanged(
            dataclasses.replace(
                turn,
                ended_at_ms=None,
                allotted_ms=allotted_ms,
                spoken_ms=spoken_ms,
                paused_ms=0,
                overrun_ms=0,
            )
        ),
    ]


def _entry_and_turn(state: SessionState, entry_id: str, turn_id: str) -> tuple[SpeakerEntry, Turn]:
    """The entry and its own turn, or the reason the pair is not on record."""
    entry = existing_entry(state, entry_id)
    turn = state.turns.get(turn_id)
    if turn is None or turn.entry_id != entry.id:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Refusal", "That turn of {name} is not on record"),
            name=speaker_name(state, entry),
        )
    return entry, turn


def _all_different(*groups: tuple[str, ...]) -> None:
    """Refuse a command naming one speaker (or one turn) in two roles at once."""
    for ids in groups:
        named = [i for i in ids if i]
        if len(named) != len(set(named)):
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "One speaker or turn is named twice")
            )
