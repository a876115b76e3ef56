"""The console's windows and dialogs, opened as the chair opens them from the main window
(for tests that walk every one of them: translation, accessible names)."""

from __future__ import annotations

#: The console's windows and dialogs, as the chair opens them from the main window.
OPENERS = {
    "speech rules": lambda window: window.open_speech_rules(),
    "session report": lambda window: window.open_report(False),
    "meeting report": lambda window: window.open_report(True),
    "agenda editor": lambda window: window.open_agenda_editor(),
    "thresholds": lambda window: window.open_thresholds(),
    "fit to the end": lambda window: window.open_fit_to_end(),
    "add speaker": lambda window: window.open_add_speaker(),
    "room request": lambda window: window.open_room_request(),
    "about": lambda window: window.open_about(),
    "help": lambda window: (window.help_overlay.toggle(), window.help_overlay)[1],
}
