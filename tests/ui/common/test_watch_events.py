"""``WatchEvents``: an event filter that dies with what it watches and stops asking a handler
whose owner is gone (a widget filtering another one crashed the suite once in teardown)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from moderator.ui.common.watch_events import WatchEvents


def test_the_handler_sees_the_watched_events_and_may_keep_one(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    seen: list[QEvent.Type] = []

    def handler(event: QEvent) -> bool:
        seen.append(event.type())
        return event.type() == QEvent.Type.Show  # kept from the field

    WatchEvents(field, handler)
    field.show()
    field.hide()
    assert QEvent.Type.Show in seen and QEvent.Type.Hide in seen


def test_an_owner_gone_first_is_never_asked_again_and_the_filter_goes_with_the_watched(qtbot):
    owner, watched = QWidget(), QWidget()
    qtbot.addWidget(watched)
    calls: list[QEvent.Type] = []
    watcher = WatchEvents(watched, lambda event: bool(calls.append(event.type())), owner=owner)
    watched.show()
    assert calls

    calls.clear()
    shiboken6.delete(owner)  # the owner's C++ object is destroyed first
    watched.hide()
    watched.show()
    assert calls == []

    shiboken6.delete(watched)
    assert not shiboken6.isValid(watcher), "the filter is a child of what it watches"
