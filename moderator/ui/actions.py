"""Every chair action the console offers, with its default keyboard shortcuts, in one place.

The help overlay (F1) and the README's shortcut table are generated from this list, so they
cannot drift from what the keys really do. Actions live on the main window with window-wide
shortcut context: they work whatever widget has focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

ADJUST_STEP_MS = 30_000


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
        "connect",
        "Connect to a backend…",
        ("Ctrl+K",),
        "Connect to a conference backend and follow a session",
    ),
    ActionSpec("show_help", "Keyboard shortcuts", ("F1",), "Show or hide this list"),
    ActionSpec(
        "quit",
        "Quit",
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        "Close the console (everything is already saved)",
    ),
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
        text = {"Right": "→", "Num++": "+ (keypad)", "Num+-": "− (keypad)", "-": "−"}.get(
            text, text
        )
        if text not in names:
            names.append(text)
    return " or ".join(names)


class ActionCollection(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in ACTION_SPECS:
            action = QAction(self.tr(spec.text), parent)
            action.setObjectName(spec.name)
            action.setShortcuts(key_sequences(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(self.tr(spec.description))
            action.setStatusTip(self.tr(spec.description))
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.values())

    def names(self) -> list[str]:
        return list(self._actions)
