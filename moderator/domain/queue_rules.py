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


#: Entries still to speak: the only ones Alt+↑ / Alt+↓ move.
STILL_TO_SPEAK = (EntryState.WAITING, EntryState.SKIPPED)


class PlaceRefused(ValueError):
    """A move the list's rules refuse; the message is the reason, for the chair."""


def one_place_over(state: SessionState, entry_id: str, step: int) -> str:
    """The order key that moves a speaker still to speak one place up (``step < 0``) or down
    among the speakers still to speak in their own agenda item.

    Alt+↑ / Alt+↓ are quick, repeated keystrokes: a chair pressing them in a hurry must never
    carry a speaker into another agenda item, nor above those who have spoken (done, removed)
    or the speaker who has the floor — the list above that point is a record, not a queue.
    The speaker lands right next to the neighbour they pass (below the done entries above it,
    above the removed ones below it). Another agenda item stays one drag and drop away.
    Raises ``PlaceRefused`` with the reason at the edge."""
    entry = state.entries[state.row_of(entry_id)]
    name = state.participant_of(entry).name
    if entry.state not in STILL_TO_SPEAK:
        raise PlaceRefused(
            f"{name} is {_state_words(entry.state)}: only a speaker still to speak moves up or down"
        )
    listed = state.entries_of(entry.agenda_item_id)
    at = next(i for i, e in enumerate(listed) if e.id == entry_id)
    up = step < 0
    title = state.agenda_item(entry.agenda_item_id).title
    i = at - 1 if up else at + 1
    while 0 <= i < len(listed):
        other = listed[i]
        if other.state in STILL_TO_SPEAK:
            break
        if up and other.state in (EntryState.SPEAKING, EntryState.INTERRUPTED):
            raise PlaceRefused(
                f"{name} already comes right after {state.participant_of(other).name}, "
                "who has the floor"
            )
        i += -1 if up else 1
    else:
        edge = "first" if up else "last"
        raise PlaceRefused(
            f"{name} is already the {edge} still to speak in “{title}” — drag the row to move "
            "them to another agenda item"
        )
    neighbour = listed[i]
    if up:
        low = listed[i - 1].order_key if i > 0 else None
        high = neighbour.order_key
    else:
        low = neighbour.order_key
        high = listed[i + 1].order_key if i + 1 < len(listed) else None
    if low is not None and high is not None and low >= high:
        raise PlaceRefused("Two speakers share a place; move another one first")
    return key_between(low, high)


def _state_words(state: EntryState) -> str:
    return {
        EntryState.SPEAKING: "speaking",
        EntryState.INTERRUPTED: "interrupted, resuming after the intervention",
        EntryState.DONE: "done",
        EntryState.REMOVED: "off the list",
    }.get(state, state.value)
