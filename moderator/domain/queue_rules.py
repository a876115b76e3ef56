"""Where a new speaker goes in the list (the speech-type queue rules grow here).

A floor request (a hand raised in the room or remotely) goes either right after the current
speaker (the chair gives them the floor now) or at the end of the current agenda item's list.
"""

from __future__ import annotations

from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState

#: Default speaking time of a question or comment from the floor.
FLOOR_REQUEST_MS = 2 * 60_000


def place_for_floor_request(
    state: SessionState, right_after_current: bool
) -> tuple[str, str] | None:
    """``(agenda_item_id, order_key)`` for a new floor request, or ``None`` without an agenda.

    The agenda item is the current speaker's, else the next waiting speaker's, else the last.
    """
    anchor = state.current_entry or state.next_entry()
    if anchor is not None:
        item_id = anchor.agenda_item_id
    elif state.agenda_items:
        item_id = state.agenda_items[-1].id
    else:
        return None
    keys = [e.order_key for e in state.entries if e.agenda_item_id == item_id]
    if right_after_current and state.current_entry is not None:
        current_key = state.current_entry.order_key
        following = [key for key in keys if key > current_key]
        return item_id, key_between(current_key, min(following) if following else None)
    return item_id, key_between(max(keys) if keys else None, None)
