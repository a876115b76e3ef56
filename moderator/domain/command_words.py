"""A command in the chair's words: "Add speaker Nadia Haddad to item 2 “Budget”".

A refusal from the backend must say which action it was and whom it was about, long after
the state that named them has moved on (the backend may have removed the very person the
action needed). So the words are made when the action is taken, from the state it was
decided against, and kept with it (the outbox row, then the refusal).

Reads only the command's name and arguments, so it needs no command class and stays in step
with the catalogue: an unknown name reads as its words ("set_list_closed" → "Set list closed").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from moderator.domain.commands import Command
from moderator.domain.session_state import SessionState

#: The chair's verb for each command (the rest is the command's name in words).
_VERBS = {
    "give_floor": "Give the floor to {person}",
    "end_turn": "End the turn",
    "interpose": "Interpose {person}",
    "start_clock": "Start the clock",
    "pause_clock": "Pause the clock",
    "adjust_time": "Adjust the time",
    "set_time": "Set the time",
    "reset_clock": "Reset the clock",
    "add_speaker": "Add speaker {person} to {item}",
    "remove_entry": "Take {person} off the list of {item}",
    "skip_entry": "Pass over {person} in {item}",
    "restore_entry": "Put {person} back on the list of {item}",
    "mark_done": "Mark {person} done in {item}",
    "move_entry": "Move {person} in the list of {item}",
    "set_allotted": "Set the time of {person} in {item}",
    "set_speech_type": "Change the speech type of {person} in {item}",
    "set_list_closed": "Close or reopen the list of {item}",
    "lower_hand": "Lower the hand of {person}",
    "reraise_hand": "Raise the hand of {person} again",
    "raise_room_hand": "Record a raised hand of {person}",
    "edit_session": "Edit the session",
    "set_session_details": "Set the session's details",
    "add_agenda_item": "Add agenda item {title}",
    "edit_agenda_item": "Edit {item}",
    "remove_agenda_item": "Remove {item}",
    "add_participant": "Add participant {name}",
    "edit_participant": "Edit participant {person}",
    "remove_participant": "Remove participant {person}",
    "restore_participant": "Put participant {name} back on the roster",
    "set_participant_language": "Set the language of {person}",
    "set_thresholds": "Set the warning times",
}


def command_words(command: Command, state: SessionState | None) -> str:
    """What ``command`` does, naming the person and the agenda item as ``state`` (the state
    it is decided against) knows them."""
    return words_of(command.name, command.to_args(), state)


def words_of(name: str, args: Mapping[str, Any], state: SessionState | None) -> str:
    """``command_words`` from a command's name and JSON arguments."""
    template = _VERBS.get(name)
    if template is None:
        return name.replace("_", " ").capitalize()
    values = {
        "person": _person(args, state),
        "item": _item(args, state),
        "title": f"“{args.get('title', '')}”",
        "name": str(args.get("person_name") or "?"),
    }
    return template.format(**values)


def _person(args: Mapping[str, Any], state: SessionState | None) -> str:
    participant_id = args.get("participant_id")
    if participant_id is None and state is not None:
        entry_id = args.get("entry_id")
        if isinstance(entry_id, str) and state.has_entry(entry_id):
            participant_id = state.entry(entry_id).participant_id
        hand_id = args.get("hand_id")
        if isinstance(hand_id, str) and hand_id in state.hands:
            participant_id = state.hands[hand_id].participant_id
    if state is not None and participant_id in state.participants:
        return state.participants[participant_id].name
    if isinstance(args.get("person_name"), str):
        return args["person_name"]
    return "someone not on the roster" if participant_id else "a speaker"


def _item(args: Mapping[str, Any], state: SessionState | None) -> str:
    item_id = args.get("agenda_item_id")
    if state is not None and not item_id:
        entry_id = args.get("entry_id")
        if isinstance(entry_id, str) and state.has_entry(entry_id):
            item_id = state.entry(entry_id).agenda_item_id
    if state is not None:
        for item in state.agenda_items:
            if item.id == item_id:
                return f"item {item.position} “{item.title}”"
    return "an agenda item"
