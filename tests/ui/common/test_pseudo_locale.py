"""Under a pseudo-locale every visible text of the console comes out marked: a word left
unmarked is a string that never went through translation (built by concatenation, an f-string,
a constant nobody marked) and would stay English in Arabic or Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.console_dialogs import ACTION_OPENERS, OPENERS
from support.pseudo_locale import PseudoTranslator, untranslated

from moderator.domain.session_state import SessionState
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.common.language import LANGUAGES


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[PseudoTranslator]:  # type: ignore[no-untyped-def]
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def meeting_data(state: SessionState, *more: str) -> list[str]:
    """The texts that come from the meeting, not from the program: never translated."""
    data = [state.meeting.title, state.meeting.venue, state.meeting.timezone]
    data += [state.session.title, state.session.room]
    data += [item.title for item in state.agenda_items]
    for person in state.participants.values():
        data += [person.name, person.function, person.organisation, person.gender or ""]
    data += list(state.languages.values())
    # The product's name, and each language named in itself (as a chair looks for their own).
    data += ["Moderator", *LANGUAGES.values(), *more]
    return data


def model_texts(model: QAbstractItemModel | None) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    root = QModelIndex()
    # A list model's column count is private in Qt's bindings: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield "header", header
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"cell {row},{column}", value


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a chair can read or hear in ``top``: labels, buttons,
    tooltips, placeholders, accessible names, menus, tabs, table headers and cells."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} accessible description", widget.accessibleDescription()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield f"{where} text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{where} title", widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} item {index}", widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab {index}", widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for part, text in model_texts(widget.model()):
                yield f"{where} {part}", text
    for action in top.findChildren(QMenu):
        yield f"menu {action.objectName()!r}", action.title()
        for item in action.actions():
            yield f"menu item {item.objectName()!r}", item.text()
            yield f"menu item {item.objectName()!r} tip", item.toolTip()
            yield f"menu item {item.objectName()!r} status tip", item.statusTip()


#: The strings lupdate extracted (every language's source holds the same).
EXTRACTED = Path(__file__).resolve().parents[3] / "translations" / "moderator_fr.ts"


def never_extracted(translator: PseudoTranslator) -> list[str]:
    """What the console asked to translate that lupdate never saw: Qt's own contexts aside
    (they start with Q and come with Qt's translations)."""
    sources = {
        message.findtext("source") for message in ElementTree.parse(EXTRACTED).iter("message")
    }
    return sorted(
        f"{context}: {source!r}"
        for context, source in translator.asked
        if not context.startswith("Q") and source not in sources
    )


def unmarked(top: QWidget, data: list[str]) -> list[str]:
    found = []
    for where, text in visible_texts(top):
        words = untranslated(text or "", data)
        if words:
            found.append(f"{where}: {text!r} → {words}")
    return found


def pseudo_console(qtbot: QtBot, demo_session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_session.service, database_label=str(demo_session.path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_visible_text_of_the_main_window_goes_through_translation(
    qtbot: QtBot, demo_session, pseudo_locale
) -> None:
    window = pseudo_console(qtbot, demo_session)
    data = meeting_data(demo_session.service.state, str(demo_session.path))
    found = unmarked(window, data)
    assert not found, "\n".join(found)

    # With a speaker on the floor, the clock running, the next one announced.
    window.actions["next_speaker"].trigger()
    QApplication.processEvents()
    assert demo_session.service.state.current_entry_id is not None
    found = unmarked(window, data)
    assert not found, "\n".join(found)
    assert never_extracted(pseudo_locale) == []


@pytest.mark.parametrize("name", [*OPENERS, *ACTION_OPENERS])
def test_every_visible_text_of_each_dialog_goes_through_translation(
    qtbot: QtBot, demo_session, pseudo_locale, name: str
) -> None:
    window = pseudo_console(qtbot, demo_session)
    window.actions["next_speaker"].trigger()
    dialog = {**OPENERS, **ACTION_OPENERS}[name](window)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    facts = [value for _, value in getattr(dialog, "facts", [])]  # About: the machine's own
    data = meeting_data(demo_session.service.state, str(demo_session.path), *facts)
    found = unmarked(dialog, data)
    dialog.close()
    assert not found, "\n".join(found)
    assert never_extracted(pseudo_locale) == []


#: Windows the application opens for the main window (``app.Console`` wires them); those
#: that consult the keyring at once (connect, upload, readiness) need the event loop and are
#: not walked here.
CONSOLE_OPENERS = {
    "open session": lambda console: console.open_session_picker(),
    "new meeting": lambda console: console.open_new_meeting(),
    "new session": lambda console: console.open_new_session(),
}


@pytest.mark.parametrize("name", list(CONSOLE_OPENERS))
def test_every_visible_text_of_the_applications_dialogs_goes_through_translation(
    qtbot: QtBot, qapp, demo_session, pseudo_locale, name: str
) -> None:
    from moderator.app import Console

    console = Console(qapp, demo_session.path, demo_session.service.time_source)
    window = console.show_session(demo_session.service.state, demo_session.store)
    qtbot.addWidget(window)
    dialog = CONSOLE_OPENERS[name](console)
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    zones = sorted(available_timezones())  # IANA names, the same in every language
    data = meeting_data(console.service.state, str(demo_session.path), *zones, "UTC")
    found = unmarked(dialog, data)
    dialog.close()
    window.close()
    assert not found, "\n".join(found)
    assert never_extracted(pseudo_locale) == []
