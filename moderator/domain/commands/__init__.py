"""Chair commands: named, serialisable, decided against a ``SessionState`` into events.

Every action a chair (or the agenda editor) takes is one of these: a frozen dataclass with a
``name`` and plain JSON arguments, whose ``decide(state)`` returns events or raises
``CommandRejected``. ``base`` holds what they share (``Command``, the catalogue that
``command_from`` reads, the rules several kinds of command need); the command modules are
grouped by what they act on: ``clock``, ``floor``, ``speaker_list``, ``hands``, ``agenda``,
``roster``. They import ``base`` and never each other; ``inverse`` (undo and redo) is the one
module that knows them all.

Importing this package imports every command module, so the catalogue is complete wherever a
command is rebuilt from its name; callers import from here.
"""

from moderator.domain.commands.agenda import (
    EARLIEST_MS,
    MAX_DURATION_MS,
    MAX_ROOM,
    MAX_SESSION_TYPE,
    MAX_TITLE,
    MAX_TRACK,
    AddAgendaItem,
    EditAgendaItem,
    EditSession,
    RemoveAgendaItem,
    SetSessionDetails,
)
from moderator.domain.commands.base import (
    COMMAND_TYPES,
    MAX_ALLOTTED_MS,
    MAX_ID,
    MAX_LANGUAGES,
    MAX_SAFE_INTEGER,
    Command,
    CommandRejected,
    InvalidCommand,
    check_storable,
    command_from,
    paused_turn,
    register,
)
from moderator.domain.commands.clock import (
    AdjustTime,
    PauseClock,
    ResetClock,
    SetClock,
    SetThresholds,
    SetTime,
    StartClock,
)
from moderator.domain.commands.floor import EndTurn, GiveFloor, Interpose, RevertFloor, UndoResume
from moderator.domain.commands.hands import LowerHand, RaiseRoomHand, ReraiseHand
from moderator.domain.commands.inverse import (
    again,
    inverse_of,
    inverse_of_agenda,
    inverse_of_roster_add,
)
from moderator.domain.commands.roster import (
    MAX_GENDER,
    MAX_PERSON_FIELD,
    AddParticipant,
    EditParticipant,
    RemoveParticipant,
    RestoreParticipant,
    SetParticipantLanguage,
)
from moderator.domain.commands.speaker_list import (
    AddSpeaker,
    MarkDone,
    MoveEntry,
    RemoveEntry,
    RestoreEntry,
    SetAllotted,
    SetListClosed,
    SetSpeechType,
    SkipEntry,
)

__all__ = [
    "COMMAND_TYPES",
    "EARLIEST_MS",
    "MAX_ALLOTTED_MS",
    "MAX_DURATION_MS",
    "MAX_GENDER",
    "MAX_ID",
    "MAX_LANGUAGES",
    "MAX_PERSON_FIELD",
    "MAX_ROOM",
    "MAX_SAFE_INTEGER",
    "MAX_SESSION_TYPE",
    "MAX_TITLE",
    "MAX_TRACK",
    "AddAgendaItem",
    "AddParticipant",
    "AddSpeaker",
    "AdjustTime",
    "Command",
    "CommandRejected",
    "EditAgendaItem",
    "EditParticipant",
    "EditSession",
    "EndTurn",
    "GiveFloor",
    "Interpose",
    "InvalidCommand",
    "LowerHand",
    "MarkDone",
    "MoveEntry",
    "PauseClock",
    "RaiseRoomHand",
    "RemoveAgendaItem",
    "RemoveEntry",
    "RemoveParticipant",
    "ReraiseHand",
    "ResetClock",
    "RestoreEntry",
    "RestoreParticipant",
    "RevertFloor",
    "SetAllotted",
    "SetClock",
    "SetListClosed",
    "SetParticipantLanguage",
    "SetSessionDetails",
    "SetSpeechType",
    "SetThresholds",
    "SetTime",
    "SkipEntry",
    "StartClock",
    "UndoResume",
    "again",
    "check_storable",
    "command_from",
    "inverse_of",
    "inverse_of_agenda",
    "inverse_of_roster_add",
    "paused_turn",
    "register",
]
