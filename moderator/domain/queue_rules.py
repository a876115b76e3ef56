"""Where a new speaker goes in the list, by their speech type's placement.

A floor request (a hand raised in the room or remotely) goes either right after the current
speaker (the chair gives them the floor now) or at the end of the current agenda item's list
(before its rights of reply). ``place_new_speaker`` applies a speech type's ``Placement``
(``speech_rules``): end of the item, top (after the current speaker), the replies' queue at the
very end, or interposed.
"""

from __future__ import annotations

from moderator.domain.model import EntryState, SpeechType
from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState
from moderator.domain.speech_rules import Placement

#: Default speaking time of a question or comment from the floor.
FLOOR_REQUEST_MS = 2 * 60_000


def current_item_id(state: SessionState) -> str | None:
    """The agenda item a new speaker joins by default: the current speaker's, else the next
    waiting speaker's, else the last; ``None`` without an agenda."""
    anchor = state.current_entry or state.next_entry()
    if anchor is not None:
        return anchor.agenda_item_id
    return state.agenda_items[-1].id if state.agenda_items else None


def place_new_speaker(
    state: SessionState, placement: Placement, agenda_item_id: str | None = None
) -> tuple[str, str] | None:
    """``(agenda_item_id, order_key)`` for a new speaker placed by ``placement``, or ``None``
    without an agenda."""
    item_id = agenda_item_id or current_item_id(state)
    if item_id is None:
        return None
    listed = [e for e in state.entries_of(item_id)]
    keys = sorted({e.order_key for e in listed})
    current = state.current_entry
    if placement in (Placement.TOP, Placement.INTERPOSED):
        if current is not None and current.agenda_item_id == item_id:
            after = [k for k in keys if k > current.order_key]
            return item_id, key_between(current.order_key, after[0] if after else None)
        waiting = [e.order_key for e in listed if e.state is EntryState.WAITING]
        first = min(waiting) if waiting else None
        below = [k for k in keys if first is not None and k < first]
        return item_id, key_between(max(below) if below else None, first)
    if placement is Placement.REPLY_QUEUE:
        return item_id, key_between(keys[-1] if keys else None, None)
    # End of the item, but before the rights of reply (taken at the end of the item).
    replies = [
        e.order_key
        for e in listed
        if e.speech_type is SpeechType.RIGHT_OF_REPLY
        and e.state in (EntryState.WAITING, EntryState.SKIPPED)
    ]
    first_reply = min(replies) if replies else None
    before = [k for k in keys if first_reply is None or k < first_reply]
    return item_id, key_between(before[-1] if before else None, first_reply)


def place_for_floor_request(
    state: SessionState, right_after_current: bool
) -> tuple[str, str] | None:
    """``(agenda_item_id, order_key)`` for a new floor request, or ``None`` without an agenda."""
    placement = Placement.TOP if right_after_current else Placement.END_OF_ITEM
    return place_new_speaker(state, placement)
