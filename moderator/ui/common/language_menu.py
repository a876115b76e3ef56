"""The Language menu: the console's language and the speaker display's own.

The console's choice is kept and takes effect at the next start (every window is built in
one language); the speaker display's switches at once, since the podium reads it live.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from moderator.ui.common.language import (
    CONSOLE_KEY,
    DISPLAY_KEY,
    LANGUAGES,
    install_display_language,
    save_language,
    saved_language,
)

#: How long the menu's confirmation stays in the status bar.
NOTE_MS = 10_000


class LanguageMenu(QMenu):
    """Radio choices for the console's language and the speaker display's."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Language"), window)
        self.setObjectName("language_menu")
        self._window = window
        self.console_group = self._choices(
            self, CONSOLE_KEY, self.tr("Follow the system"), self._console_chosen
        )
        self.addSeparator()
        display = self.addMenu(self.tr("Speaker &display"))
        display.setObjectName("display_language_menu")
        self.display_group = self._choices(
            display, DISPLAY_KEY, self.tr("Same as the console"), self._display_chosen
        )

    def _choices(self, menu: QMenu, key: str, default_text: str, chosen) -> QActionGroup:  # type: ignore[no-untyped-def]
        group = QActionGroup(menu)
        current = saved_language(key)
        for code, name in (("", default_text), *LANGUAGES.items()):
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.setObjectName(f"{key.replace('/', '_')}_{code or 'default'}")
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(lambda action: chosen(str(action.data() or "")))
        return group

    def _console_chosen(self, code: str) -> None:
        save_language(code, CONSOLE_KEY)
        self._window.statusBar().showMessage(
            self.tr("Language saved: it applies when the console next starts."), NOTE_MS
        )

    def _display_chosen(self, code: str) -> None:
        save_language(code, DISPLAY_KEY)
        install_display_language(code)
        self._window.statusBar().showMessage(
            self.tr("The speaker display's language is changed."), NOTE_MS
        )
