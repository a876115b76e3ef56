"""Commands on the queue of raised hands: the chair records a hand raised in the room, lowers a
raise, or (an undo) opens a lowered raise again.

Remote participants raise and lower their own hands through the backend; these are the chair's
side of the same queue.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from moderator.domain.commands.base import Command, CommandRejected, register
from moderator.domain.events import Event, HandChanged
from moderator.domain.model import Hand, HandSource, HandState
from moderator.domain.session_state import SessionState
from moderator.domain.translatable import QT_TRANSLATE_NOOP


@register
@dataclass(frozen=True, slots=True)
class LowerHand(Command):
    """The chair lowers one raise. Naming the raise (not the person) makes a stale action on an
    older raise a no-op (no events) instead of cancelling a newer raise."""

    name: ClassVar[str] = "lower_hand"
    hand_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        hand = state.hands.get(self.hand_id)
        if hand is None or hand.state is not HandState.RAISED:
            return []
        return [
            HandChanged(
                dataclasses.replace(
                    hand, state=HandState.LOWERED, lowered_at_ms=self.at_ms, lowered_by="chair"
                )
            )
        ]


@register
@dataclass(frozen=True, slots=True)
class ReraiseHand(Command):
    """Undo of lowering a hand: that raise is open again, in its old place in the queue.

    Refused when the participant has raised again since (one open hand per participant)."""

    name: ClassVar[str] = "reraise_hand"
    hand_id: str

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        hand = state.hands.get(self.hand_id)
        if hand is None:
            raise CommandRejected(QT_TRANSLATE_NOOP("Refusal", "That hand is not on record"))
        if hand.state is HandState.RAISED:
            return []
        other = state.open_hand_of(hand.participant_id)
        if other is not None:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "They have raised their hand again since")
            )
        reopened = dataclasses.replace(
            hand, state=HandState.RAISED, lowered_at_ms=None, lowered_by=None
        )
        return [HandChanged(reopened)]


@register
@dataclass(frozen=True, slots=True)
class RaiseRoomHand(Command):
    """The chair records a hand raised in the room: it joins the same queue as the remote
    hands (``source`` "room"), in the order hands were raised."""

    name: ClassVar[str] = "raise_room_hand"
    hand_id: str
    participant_id: str
    at_ms: int

    def decide(self, state: SessionState) -> list[Event]:
        self._check_session(state)
        if self.participant_id not in state.participants:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "That person is not a participant of this meeting")
            )
        if self.hand_id in state.hands:
            return []
        if state.open_hand_of(self.participant_id) is not None:
            who = state.participants[self.participant_id].name
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Refusal", "{who} already has a hand raised"), who=who
            )
        seq = max((hand.seq for hand in state.hands.values()), default=0) + 1
        hand = Hand(
            id=self.hand_id,
            session_id=state.session.id,
            participant_id=self.participant_id,
            seq=seq,
            raised_at_ms=self.at_ms,
            source=HandSource.ROOM.value,
        )
        return [HandChanged(hand)]
