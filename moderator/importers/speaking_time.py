"""How long imported speakers speak when the file gives no time of their own.

A talk's speakers share its slot: one speaker gets the whole slot less the meeting's Q&A
reserve (the minutes kept for questions at the end, a meeting setting, 0 by default), several
share what remains equally in whole seconds, after any speaker whose time the file does give.
A 60-minute keynote with one speaker is a 60-minute clock, not the 3-minute default of a
statement from a list; the default stays for items whose slot the file does not tell.
"""

from __future__ import annotations

from dataclasses import replace

from moderator.domain.model import SpeechType
from moderator.importers.plan import PlannedItem, PlannedMeeting
from moderator.importers.values import split_evenly

#: Speech types that are never given a share of a talk: a question from the floor keeps its
#: own short default.
UNSHARED = {SpeechType.FLOOR, SpeechType.POINT_OF_ORDER, SpeechType.INTERVENTION}


def share_slot(item: PlannedItem, reserve_ms: int = 0) -> None:
    """Give the item's speakers without a time of their own their share of its slot."""
    if item.speaking_slot_ms is None:
        return
    sharing = [e for e in item.entries if not e.allotted_given and e.speech_type not in UNSHARED]
    if not sharing:
        return
    given = sum(e.allotted_ms for e in item.entries if e not in sharing)
    remaining = max(0, item.speaking_slot_ms - reserve_ms - given)
    for entry, share in zip(sharing, split_evenly(remaining, len(sharing)), strict=True):
        entry.allotted_ms = share


def with_reserve(meeting: PlannedMeeting, reserve_ms: int) -> PlannedMeeting:
    """A copy of the meeting whose shared speaking times leave ``reserve_ms`` for Q&A in every
    item with a slot (the plan itself is left as parsed: a preview may be redone)."""
    if not reserve_ms:
        return meeting
    sessions = []
    for session in meeting.sessions:
        items = []
        for item in session.items:
            copy = replace(item, entries=[replace(e) for e in item.entries])
            share_slot(copy, reserve_ms)
            items.append(copy)
        sessions.append(replace(session, items=items))
    return replace(meeting, sessions=sessions)


def has_shared_slots(meeting: PlannedMeeting) -> bool:
    return any(
        item.speaking_slot_ms is not None and any(not e.allotted_given for e in item.entries)
        for session in meeting.sessions
        for item in session.items
    )
