"""Sync rules on the console: apply the backend's changes, then re-apply what is pending.

The backend's state (``confirmed``) is kept apart from what the chair sees. Each change from the
feed updates ``confirmed``; the chair's view is ``confirmed`` with the still-unacknowledged
commands decided again on top of it ("rebase"). A pending command that no longer applies
simply has no effect on the view; the backend will answer it ``rejected`` and it leaves the
outbox. So the chair always sees their own actions, and every console converges on the
backend's state once the outbox is empty.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from moderator.domain.commands import Command, CommandRejected
from moderator.domain.events import (
    ClockChanged,
    EntryAdded,
    EntryChanged,
    HandChanged,
    TurnChanged,
    TurnRemoved,
)
from moderator.domain.records import (
    agenda_item_from,
    clock_from,
    entry_from,
    hand_from,
    meeting_from,
    meeting_row,
    participant_from,
    session_details_from,
    session_from,
    turn_from,
)
from moderator.domain.session_state import SessionState


class NeedsSnapshot(Exception):
    """The change cannot be applied incrementally (e.g. the agenda was replaced)."""


def apply_change(state: SessionState, change: Mapping[str, Any]) -> None:
    """Apply one change of the feed (``docs/protocol.md``) to ``state`` in place.

    A change this console cannot read (a field missing or of another type: a newer or broken
    backend) asks for a snapshot (``NeedsSnapshot``) instead of raising whatever the reading
    raised, which would stop the sync for good: the change would be read again after every
    restart. A snapshot replaces the state whole and moves the cursor past the change."""
    try:
        _apply_change(state, change)
    except NeedsSnapshot:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        what = change.get("entity") if isinstance(change, Mapping) else None
        raise NeedsSnapshot(
            f"unreadable {what} change ({type(error).__name__}: {error})"
        ) from error


def _apply_change(state: SessionState, change: Mapping[str, Any]) -> None:
    entity, op, data = change["entity"], change["op"], change["data"]
    if _applied_in_place(state, entity, op, data):
        return
    if entity == "meeting" and op == "upsert" and data.get("id") == state.meeting.id:
        # The meeting's own fields (its thresholds): taken in place, the demo flag kept.
        meeting = meeting_from({**meeting_row(state.meeting), **data})
        state.meeting = meeting
        return
    if op == "reset" or entity in ("meeting", "session"):
        raise NeedsSnapshot(f"{entity} {op}")
    if entity in ("session_details", "participant_details"):
        _apply_details(state, entity, op, data)
        return
    if entity == "agenda_item":
        item = agenda_item_from(data) if op == "upsert" else None
        if item is None or item.id not in {i.id for i in state.agenda_items}:
            raise NeedsSnapshot(f"{entity} {op}")  # an item added or removed: the agenda changed
        state.replace_agenda_item(item)
        return
    if entity == "participant":
        if op != "upsert":
            raise NeedsSnapshot(f"{entity} {op}")
        _apply_participant(state, data)
        return
    if entity == "entry":
        # The state's own events: a changed entry re-sorts the list only when it moved.
        entry = entry_from(data)
        state.apply([EntryChanged(entry) if state.has_entry(entry.id) else EntryAdded(entry)])
    elif entity == "clock":
        state.apply(
            [
                ClockChanged(
                    session_id=data["session_id"],
                    entry_id=data["entry_id"],
                    turn_id=data["turn_id"],
                    clock=clock_from(data),
                )
            ]
        )
    elif entity == "turn":
        turn_event = TurnRemoved(change["id"]) if op == "delete" else TurnChanged(turn_from(data))
        state.apply([turn_event])
    elif entity == "hand":
        state.apply([HandChanged(hand_from(data))])


def _apply_participant(state: SessionState, data: Mapping[str, Any]) -> None:
    """A participant's public fields (a walk-in, a roster edit). The public change carries no
    gender: the one this console knows stays (the private ``participant_details`` change of the
    same mutation brings a new one), so a name-only edit never clears it."""
    participant = participant_from(data)
    known = state.participants.get(participant.id)
    if known is not None and "gender" not in data:
        participant.gender = known.gender
    if known is not None and "is_demo" not in data:
        participant.is_demo = known.is_demo
    state.participants[participant.id] = participant


def _apply_details(state: SessionState, entity: str, op: str, data: Mapping[str, Any]) -> None:
    """A session's details (public) or a participant's personal data, language and gender
    (staff and chairs only); another session's details, or the data of someone not on this
    roster, are not this state's. A change without ``gender`` (a server older than it) leaves
    the known gender as it is."""
    if op != "upsert":
        raise NeedsSnapshot(f"{entity} {op}")
    if entity == "session_details":
        details = session_details_from(data)
        if details.session_id == state.session.id:
            state.details = details
        return
    participant_id = data.get("participant_id")
    known = state.participants.get(participant_id) if isinstance(participant_id, str) else None
    if known is None:
        return
    if "language" in data:
        state.set_language(known.id, data["language"] or "")
    if "gender" in data:
        gender = (data["gender"] or "").strip() or None
        state.participants[known.id] = dataclasses.replace(known, gender=gender)


def _applied_in_place(state: SessionState, entity: str, op: str, data: Mapping[str, Any]) -> bool:
    """Agenda and roster edits (``commands.agenda``, ``commands.roster``) that need no new
    snapshot: the session edited, an agenda item added, an item or a participant removed.
    Whatever cannot be applied safely (another session, a removal that would take a place
    still on a list) returns ``False`` and takes the usual road (a snapshot)."""
    if entity == "session" and op == "upsert":
        session = session_from(data)
        if session.id != state.session.id or session.meeting_id != state.meeting.id:
            return False
        state.session = session
        return True
    if entity == "agenda_item" and op == "upsert":
        item = agenda_item_from(data)
        if item.session_id != state.session.id:
            return False
        if item.id not in {i.id for i in state.agenda_items}:
            state.add_agenda_item(item)
            return True
        return False  # a known item: replaced in place by the general rule
    if entity == "agenda_item" and op == "delete":
        item_id = data.get("id")
        if item_id not in {i.id for i in state.agenda_items}:
            return True  # already gone here
        leaving = set(data.get("entry_ids") or ())
        if any(e.id not in leaving for e in state.entries_of(item_id)):
            return False
        state.remove_agenda_item(item_id)
        return True
    if entity == "participant" and op == "delete":
        participant_id = data.get("id")
        if participant_id not in state.participants:
            return True
        leaving = set(data.get("entry_ids") or ())
        if any(e.participant_id == participant_id and e.id not in leaving for e in state.entries):
            return False  # a list here still names them: the backend kept them too
        state.remove_participant(participant_id)
        return True
    return False


def rebase(confirmed: SessionState, pending: Iterable[Command]) -> SessionState:
    """The chair's view: ``confirmed`` with ``pending`` decided again, in order, on a copy."""
    view = copy.deepcopy(confirmed)
    for command in pending:
        if command.session_id != view.session.id:
            continue
        try:
            view.apply(command.decide(view))
        except CommandRejected:
            continue
    return view


def state_from_snapshot(
    document: Mapping[str, Any], known: SessionState | None = None
) -> SessionState:
    """A session's state from the backend's snapshot document.

    A server older than the session details (``session_details``, ``participant_details``)
    does not send them: then the ones of ``known`` (this console's own copy) are kept rather
    than emptied."""
    details = document.get("session_details")
    languages = document.get("participant_details")
    state = SessionState(
        meeting=meeting_from(document["meeting"]),
        session=session_from(document["session"]),
        agenda_items=[agenda_item_from(item) for item in document["agenda_items"]],
        entries=[entry_from(entry) for entry in document["entries"]],
        participants={p["id"]: participant_from(p) for p in document["participants"]},
        turns={turn["id"]: turn_from(turn) for turn in document.get("turns", [])},
        hands={hand["id"]: hand_from(hand) for hand in document.get("hands", [])},
        details=session_details_from(details) if details is not None else None,
        languages={row["participant_id"]: row["language"] for row in languages or ()},
    )
    if known is not None and known.session.id == state.session.id:
        if details is None:
            state.details = known.details
        if languages is None:
            state.languages = {
                pid: language
                for pid, language in known.languages.items()
                if pid in state.participants
            }
    clock = document["clock"]
    state.clock = clock_from(clock)
    state.current_entry_id = clock["entry_id"]
    state.current_turn_id = clock["turn_id"]
    return state
