"""Every control a keyboard can reach has an accessible name a screen reader can say: the
main window and each of its dialogs, walked focusable widget by focusable widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from support.console_dialogs import OPENERS

from moderator.ui.chair.main_window import MainWindow


def nameless(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        reachable = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if not reachable or not widget.isVisibleTo(top):  # the keyboard never lands there
            continue
        if not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")  # a button is named by its text
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def console(qtbot: QtBot, demo_session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_session.service, database_label=str(demo_session.path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_focusable_control_of_the_main_window_has_an_accessible_name(
    qtbot: QtBot, demo_session
) -> None:
    window = console(qtbot, demo_session)
    found = nameless(window)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_focusable_control_of_each_dialog_has_an_accessible_name(
    qtbot: QtBot, demo_session, name: str
) -> None:
    window = console(qtbot, demo_session)
    window.actions["next_speaker"].trigger()
    dialog = OPENERS[name](window)
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    found = nameless(dialog)
    dialog.close()
    assert found == [], "\n".join(found)


def test_every_action_is_reachable_by_keyboard(qtbot: QtBot, demo_session) -> None:
    """Each action has a key of its own or sits in a menu (Alt opens the menu bar)."""
    window = console(qtbot, demo_session)
    in_menus = {
        id(action) for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
    }
    unreachable = [
        name
        for name in window.actions.names()
        if window.actions[name].shortcut().isEmpty() and id(window.actions[name]) not in in_menus
    ]
    assert unreachable == []
    for menu in window.menuBar().actions():  # each menu opens with Alt and its letter
        assert "&" in menu.text(), menu.text()
