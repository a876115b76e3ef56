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
from collections.abc import Iterable, Mapping
from typing import Any

from moderator.domain.commands import Command, CommandRejected
from moderator.domain.events import ClockChanged, EntryAdded, HandChanged
from moderator.domain.records import (
    agenda_item_from,
    clock_from,
    entry_from,
    hand_from,
    meeting_from,
    participant_from,
    session_from,
    turn_from,
)
from moderator.domain.session_state import SessionState


class NeedsSnapshot(Exception):
    """The change cannot be applied incrementally (e.g. the agenda was replaced)."""


def apply_change(state: SessionState, change: Mapping[str, Any]) -> None:
    """Apply one change of the feed (``docs/protocol.md``) to ``state`` in place."""
    entity, op, data = change["entity"], change["op"], change["data"]
    if op == "reset" or entity in ("meeting", "session"):
        raise NeedsSnapshot(f"{entity} {op}")
    if entity == "agenda_item":
        item = agenda_item_from(data) if op == "upsert" else None
        if item is None or item.id not in {i.id for i in state.agenda_items}:
            raise NeedsSnapshot(f"{entity} {op}")  # an item added or removed: the agenda changed
        state.replace_agenda_item(item)
        return
    if entity == "participant":
        if op != "upsert":
            raise NeedsSnapshot(f"{entity} {op}")
        participant = participant_from(data)
        known = state.participants.get(participant.id)
        if known is not None and participant.gender is None:
            # The feed carries public fields only: keep what this console knew.
            participant.gender = known.gender
        state.participants[participant.id] = participant
        return
    if entity == "entry":
        entry = entry_from(data)
        if state.has_entry(entry.id):
            state.entries[state.row_of(entry.id)] = entry
            state.sort_entries()
        else:
            state.apply([EntryAdded(entry)])
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
        if op == "delete":
            state.turns.pop(change["id"], None)
        else:
            state.turns[data["id"]] = turn_from(data)
    elif entity == "hand":
        state.apply([HandChanged(hand_from(data))])


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


def state_from_snapshot(document: Mapping[str, Any]) -> SessionState:
    """A session's state from the backend's snapshot document."""
    state = SessionState(
        meeting=meeting_from(document["meeting"]),
        session=session_from(document["session"]),
        agenda_items=[agenda_item_from(item) for item in document["agenda_items"]],
        entries=[entry_from(entry) for entry in document["entries"]],
        participants={p["id"]: participant_from(p) for p in document["participants"]},
        turns={turn["id"]: turn_from(turn) for turn in document.get("turns", [])},
        hands={hand["id"]: hand_from(hand) for hand in document.get("hands", [])},
    )
    clock = document["clock"]
    state.clock = clock_from(clock)
    state.current_entry_id = clock["entry_id"]
    state.current_turn_id = clock["turn_id"]
    return state
