"""Every chair action the console offers, with its default keyboard shortcuts, in one place.

The help (F1: a searchable table of every action) and the README's shortcut table are
generated from this list, so they cannot drift from what the keys really do. Actions live on
the main window with window-wide shortcut context: they work whatever widget has focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

ADJUST_STEP_MS = 30_000
ADJUST_MINUTE_MS = 60_000


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    description: str


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "start_pause", "Start / pause", ("Space",), "Start the countdown, or pause it while it runs"
    ),
    ActionSpec(
        "next_speaker",
        "Next speaker",
        ("N", "Right"),
        "The current speaker is done; give the floor to the next one and start the clock",
    ),
    ActionSpec(
        "add_time", "Add 30 s", ("+", "=", "Num++"), "Give the current speaker 30 seconds more"
    ),
    ActionSpec(
        "remove_time", "Remove 30 s", ("-", "Num+-"), "Take 30 seconds from the current speaker"
    ),
    ActionSpec(
        "add_minute",
        "Add 1 min",
        ("Ctrl++", "Ctrl+=", "Ctrl+Num++"),
        "Give the current speaker one minute more",
    ),
    ActionSpec(
        "remove_minute",
        "Remove 1 min",
        ("Ctrl+-", "Ctrl+Num+-"),
        "Take one minute from the current speaker",
    ),
    ActionSpec(
        "set_time",
        "Set the time…",
        ("T",),
        "Set the current speaker's remaining time exactly (e.g. 2:30)",
    ),
    ActionSpec(
        "reset_clock",
        "Reset the time",
        ("Ctrl+R",),
        "Start the current speaker's time again from their full allotment",
    ),
    ActionSpec(
        "add_speaker",
        "Add a speaker…",
        ("Ins", "Ctrl+N"),
        "Add a participant or a walk-in to the list, placed by their speech type",
    ),
    ActionSpec(
        "room_request",
        "Floor request in the room…",
        ("H",),
        "Record a hand raised in the room (H then Enter for the selected speaker)",
    ),
    ActionSpec(
        "toggle_list_closed",
        "Close / reopen the list",
        ("Ctrl+L",),
        "Close the current agenda item's list of speakers, or open it again",
    ),
    ActionSpec(
        "interpose",
        "Interposed intervention",
        ("I",),
        "The selected speaker interrupts the current one, who resumes afterwards",
    ),
    ActionSpec(
        "give_floor_selected",
        "Give the floor to the selected speaker",
        ("Return", "Enter"),
        "Give the floor to the speaker selected in the list, out of order if need be",
    ),
    ActionSpec(
        "skip_entry",
        "Skip",
        ("S",),
        "Pass over the selected speaker; they keep their place and can be put back",
    ),
    ActionSpec(
        "restore_entry",
        "Put back",
        ("B",),
        "Put the selected skipped or removed speaker back on the list",
    ),
    ActionSpec(
        "mark_done",
        "Mark as done",
        ("D",),
        "The selected speaker is done (for the one speaking: end of their turn)",
    ),
    ActionSpec(
        "remove_entry",
        "Remove from the list",
        ("Delete",),
        "Take the selected speaker off the list (Ctrl+Z brings them back)",
    ),
    ActionSpec(
        "show_removed",
        "Show removed speakers",
        (),
        "Show the speakers taken off the list, struck through, to put one back (B)",
    ),
    ActionSpec("move_up", "Move up", ("Alt+Up",), "Move the selected speaker one place up"),
    ActionSpec("move_down", "Move down", ("Alt+Down",), "Move the selected speaker one place down"),
    ActionSpec(
        "move_to_top",
        "Move to the top",
        ("Alt+Home",),
        "Make the selected speaker the next to speak",
    ),
    ActionSpec(
        "undo",
        "Undo",
        ("Ctrl+Z",),
        "Undo the last action (list or clock); it syncs like any action",
    ),
    ActionSpec("redo", "Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Do the undone action again"),
    ActionSpec(
        "hand_give_floor",
        "Give the floor to the hand",
        ("G",),
        "Give the floor now to the selected raised hand (or the first in line)",
    ),
    ActionSpec(
        "hand_add_to_list",
        "Add the hand to the list",
        ("A",),
        "Add the selected raised hand (or the first) at the end of this item's list",
    ),
    ActionSpec(
        "hand_lower",
        "Lower the hand",
        ("L",),
        "Lower the selected raised hand (or the first in line)",
    ),
    ActionSpec(
        "fit_to_end",
        "Fit to the end…",
        ("Ctrl+Shift+F",),
        "Preview shortening the waiting speakers' times so the session ends on time",
    ),
    ActionSpec(
        "note_speaker",
        "Note on the speaker…",
        ("Ctrl+E",),
        "Write a note on the selected (or current) speaker, for the chair only",
    ),
    ActionSpec(
        "note_item",
        "Note on the agenda item…",
        ("Ctrl+Shift+E",),
        "Write a note on the current agenda item, for the chair only",
    ),
    ActionSpec(
        "speech_rules",
        "Speech types…",
        ("Ctrl+,",),
        "This meeting's default times and rules per speech type",
    ),
    ActionSpec(
        "thresholds",
        "Timer thresholds…",
        ("Ctrl+Shift+T",),
        "When the countdown turns to warning and final, for this meeting",
    ),
    ActionSpec(
        "chime",
        "Chime at the thresholds",
        ("Ctrl+Shift+C",),
        "Sound a chime when the time reaches the warning, final and time-up thresholds "
        "(off by default)",
    ),
    ActionSpec(
        "session_report",
        "Report of this session…",
        ("Ctrl+Shift+R",),
        "Who spoke, for how long, and the balance between groups; export as PDF, CSV, XLSX",
    ),
    ActionSpec(
        "meeting_report",
        "Report of the meeting…",
        (),
        "The same report over every session of the meeting",
    ),
    ActionSpec(
        "balance",
        "Speaking balance",
        ("F6",),
        "Show or hide the live share of speaking time so far by stakeholder group, gender, "
        "and in the room or remote (the report's numbers, as the turns run)",
    ),
    ActionSpec(
        "toggle_display",
        "Speaker display",
        ("F5",),
        "Show or hide the speaker display (podium screen or confidence monitor)",
    ),
    ActionSpec(
        "display_controls",
        "Speaker display controls…",
        ("Ctrl+Shift+D",),
        "Choose the display's screen, send messages, blackout",
    ),
    ActionSpec("blackout", "Blackout", ("Ctrl+B",), "Black out the speaker display, or undo it"),
    ActionSpec(
        "message_conclude",
        "Show “Please conclude”",
        ("Ctrl+1",),
        "Show “Please conclude” on the speaker display",
    ),
    ActionSpec(
        "message_time_up", "Show “Time is up”", ("Ctrl+2",), "Show “Time is up” on the display"
    ),
    ActionSpec(
        "message_type",
        "Type a message…",
        ("Ctrl+M",),
        "Type a message for the speaker display",
    ),
    ActionSpec(
        "message_clear", "Clear the message", ("Ctrl+0",), "Take the message off the display"
    ),
    ActionSpec(
        "import_agenda",
        "Import an agenda…",
        ("Ctrl+I",),
        "Import a schedule (CSV, XLSX, pretalx/frab JSON or XML, iCalendar); "
        "files can also be dropped on the window",
    ),
    ActionSpec(
        "agenda_editor",
        "Agenda editor…",
        ("Ctrl+Shift+A",),
        "Edit meetings, sessions, agenda items, lists of speakers and the participants roster",
    ),
    ActionSpec(
        "upload_agenda",
        "Upload to backend…",
        (),
        "Staff: send this session's meeting to a backend meeting (the backend's preview "
        "first; needs a staff token)",
    ),
    ActionSpec(
        "readiness",
        "Ready for today?…",
        ("Ctrl+Shift+K",),
        "Check that this laptop is ready for today and make sessions available offline",
    ),
    ActionSpec(
        "control_surfaces",
        "Control surfaces…",
        (),
        "Let a Stream Deck (Bitfocus Companion) or a script drive this console over HTTP, "
        "WebSocket or OSC; off by default",
    ),
    ActionSpec(
        "open_session",
        "Open session…",
        ("Ctrl+O",),
        "Switch to another session of this database: by day, type to filter, Enter opens",
    ),
    ActionSpec(
        "new_meeting",
        "New meeting…",
        (),
        "Create a meeting (title, venue, time zone), then its first session",
    ),
    ActionSpec(
        "new_session",
        "New session…",
        (),
        "Create a session in a meeting (date, times, room), open it and fill its agenda",
    ),
    ActionSpec(
        "connect",
        "Connect to a backend…",
        ("Ctrl+K",),
        "Connect to a conference backend and follow a session",
    ),
    ActionSpec(
        "show_help",
        "Keyboard shortcuts",
        ("F1",),
        "Show or hide this list of every action (Ctrl+F searches it)",
    ),
    ActionSpec(
        "about",
        "About Moderator",
        (),
        "The version of Moderator, Qt and PySide, and where the data file and the logs are",
    ),
    ActionSpec(
        "quit",
        "Quit",
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        "Close the console (everything is already saved)",
    ),
)


#: The console's actions that also work while the agenda editor is the active window (and are in
#: its Session menu): what staff reach for while preparing the day (import, connect, the
#: readiness check, switching the session) and the speaker display's controls, which must
#: answer whatever window is in front. Plain keys (N, Space, Delete…) mean typing or editing
#: there, and the editor has its own undo, so those stay the main window's; so does Ctrl+Q,
#: which in the editor would close the whole console.
EDITOR_WINDOW_ACTIONS: tuple[str, ...] = (
    "import_agenda",
    "connect",
    "readiness",
    "open_session",
    "toggle_display",
    "display_controls",
    "blackout",
    "message_conclude",
    "message_time_up",
    "message_type",
    "message_clear",
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(shortcut))
        else:
            sequences.append(QKeySequence(shortcut))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def shortcut_text(spec: ActionSpec) -> str:
    """The shortcuts as a chair reads them: "N or →"."""
    names = []
    for sequence in key_sequences(spec):
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        keypad = QCoreApplication.translate("Action", "{key} (keypad)")
        text = {
            "Right": "→",
            "Num++": keypad.format(key="+"),
            "Num+-": keypad.format(key="−"),
            "-": "−",
            "Ctrl+-": "Ctrl+−",
            "Ctrl+Num++": keypad.format(key="Ctrl++"),
            "Ctrl+Num+-": keypad.format(key="Ctrl+−"),
            "Alt+Up": "Alt+↑",
            "Alt+Down": "Alt+↓",
        }.get(text, text)
        if text not in names:
            names.append(text)
    if not names:
        return QCoreApplication.translate("Action", "— (menu)")
    joined = names[0]
    for name in names[1:]:
        joined = QCoreApplication.translate("Action", "{keys} or {key}").format(
            keys=joined, key=name
        )
    return joined


class ActionCollection(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in ACTION_SPECS:
            action = QAction(QCoreApplication.translate("Action", spec.text), parent)
            action.setObjectName(spec.name)
            action.setShortcuts(key_sequences(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(QCoreApplication.translate("Action", spec.description))
            action.setStatusTip(QCoreApplication.translate("Action", spec.description))
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.values())

    def names(self) -> list[str]:
        return list(self._actions)
