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


def opened_by(action: str):  # type: ignore[no-untyped-def]
    """An opener that triggers the main window's action and returns the window it opened."""

    def open_it(window):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        before = set(QApplication.topLevelWidgets())
        window.actions[action].trigger()
        QApplication.processEvents()
        opened = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget not in before and widget.isVisible()
        ]
        return opened[0] if opened else None

    return open_it


#: Windows the main window opens itself through an action (the others an action opens are
#: wired by the application, ``app.Console``).
ACTION_OPENERS = {name: opened_by(name) for name in ("display_controls",)}
