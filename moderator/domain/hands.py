"""Rules for participants' own hands: raise (a new raise each time) and lower.

These are not chair commands: the backend applies them when a participant presses the button
on their page or raises their hand in a video call the backend hears from (``HandSource``),
and assigns the hand's id and its sequence number (raise order). The chair's side is
``commands.LowerHand``.
"""

from __future__ import annotations

import dataclasses

from moderator.domain.events import Event, HandChanged
from moderator.domain.model import Hand, HandSource, HandState
from moderator.domain.session_state import SessionState


def raise_hand(
    state: SessionState,
    participant_id: str,
    hand_id: str,
    seq: int,
    at_ms: int,
    source: HandSource = HandSource.PAGE,
) -> tuple[Hand, list[Event]]:
    """Raise ``participant_id``'s hand, raised where ``source`` says; an already open raise is
    returned unchanged (no events), wherever it was raised."""
    if participant_id not in state.participants:
        raise KeyError(f"participant {participant_id!r} is not in this meeting")
    current = state.open_hand_of(participant_id)
    if current is not None:
        return current, []
    hand = Hand(
        id=hand_id,
        session_id=state.session.id,
        participant_id=participant_id,
        seq=seq,
        raised_at_ms=at_ms,
        source=source.value,
    )
    return hand, [HandChanged(hand)]


def lower_own_hand(
    state: SessionState, participant_id: str, at_ms: int
) -> tuple[Hand | None, list[Event]]:
    """Lower the participant's open raise, if any."""
    current = state.open_hand_of(participant_id)
    if current is None:
        return None, []
    lowered = dataclasses.replace(
        current, state=HandState.LOWERED, lowered_at_ms=at_ms, lowered_by="participant"
    )
    return lowered, [HandChanged(lowered)]
