"""The backend's changes reach the chair's window row by row, never by rebuilding the list.

The real console window follows the real reference server on 127.0.0.1. While the chair has a
speaker selected and the list scrolled, a participant raises a hand online, the chair's own
action comes back from the backend (its echo), and another console moves a speaker: the
selection stays on the same speaker (so Enter still acts on the one the chair chose), the
list does not jump, and no model is reset.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.following import download_into
from support.live_server import LiveServer
from support.qt_lag import activate

from moderator.app import Console
from moderator.domain.model import EntryState
from moderator.domain.order_keys import key_between
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.chair.speaker_list_model import ENTRY_ID_ROLE


@dataclass
class Followed:
    console: Console
    server: LiveServer
    session_id: str
    resets: list[str]

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.console.window

    def selected_entry(self) -> str | None:
        return self.window.selected_entry_id()

    def select(self, entry_id: str) -> None:
        view = self.window.speaker_view
        row = self.window.speaker_model.row_of_entry(entry_id)
        view.setCurrentIndex(self.window.speaker_model.index(row, 1))
        view.selectRow(row)
        assert self.selected_entry() == entry_id


@pytest.fixture
def followed(
    qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path
) -> Iterator[Followed]:
    """The chair's window following the demo session on the server, online, in a window small
    enough that the list scrolls."""
    server = live_server
    demo = server.load_demo("demo")
    chair = server.create_token("chair", sessions=[demo.session_id])
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()

    download_into(qtbot, store, server.url, chair, demo.session_id)
    console = Console(qtbot, path, time_source)  # qtbot stands in for the app (unused)
    window = console.show_session(store.load_session_state(demo.session_id), store)
    qtbot.addWidget(window)
    window.resize(1000, 560)
    activate(qtbot, window)
    console.prepare_sync(server.url, chair)
    console.started()
    qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=10_000)
    resets: list[str] = []
    window.speaker_model.modelAboutToBeReset.connect(lambda: resets.append("speaker list"))
    window.hands_panel.model.modelAboutToBeReset.connect(lambda: resets.append("hands"))
    try:
        yield Followed(console, server, demo.session_id, resets)
    finally:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()


def test_a_remote_hand_and_an_echo_keep_the_selection_and_the_scroll(
    followed: Followed, qtbot: QtBot
):
    window, service = followed.window, followed.console.service
    qtbot.keyClick(window, Qt.Key.Key_N)  # the first speaker has the floor
    qtbot.waitUntil(lambda: followed.console.sync.status.pending == 0, timeout=10_000)
    waiting = [e.id for e in service.state.entries if e.state is EntryState.WAITING]
    chosen = waiting[-1]
    followed.select(chosen)
    scroll = window.speaker_view.verticalScrollBar()
    window.speaker_view.scrollToBottom()
    assert scroll.maximum() > 0, "the list must scroll for this test to mean something"
    at_bottom = scroll.value()

    person = next(iter(service.state.participants))
    token = followed.server.create_token("participant", participant=person)
    with httpx.Client(base_url=followed.server.url, timeout=10) as http:
        answer = http.post(
            f"/api/v1/sessions/{followed.session_id}/hands",
            headers={"Authorization": f"Bearer {token}"},
        )
    assert answer.status_code == 201, answer.text
    hand_id = answer.json()["hand"]["id"]
    qtbot.waitUntil(lambda: any(h.id == hand_id for h in window.hands_panel.model.hands))
    assert window.hands_panel.title.text() == "Raised hands: 1"

    before = service.state.clock.allotted_ms
    qtbot.keyClick(window, Qt.Key.Key_Plus)  # the chair's action; then its echo arrives
    qtbot.waitUntil(
        lambda: (
            followed.console.sync.status.pending == 0
            and followed.console.sync.status.state == "online"
        ),
        timeout=10_000,
    )
    assert service.state.clock.allotted_ms == before + 30_000

    assert followed.resets == [], "no model was reset"
    assert followed.selected_entry() == chosen, "the chair's selection stayed on the speaker"
    index = window.speaker_view.currentIndex()
    assert index.data(ENTRY_ID_ROLE) == chosen, "and so did the current row"
    assert scroll.value() == at_bottom, "the list did not jump"


def test_another_consoles_reorder_moves_the_row_and_the_selection_follows_it(
    followed: Followed, qtbot: QtBot
):
    window, service = followed.window, followed.console.service
    state = service.state
    first_item = max(state.agenda_items, key=lambda item: len(state.entries_of(item.id))).id
    entries = state.entries_of(first_item)
    assert len(entries) >= 3
    moved = entries[-1]
    followed.select(moved.id)
    row_before = window.speaker_model.row_of_entry(moved.id)

    other_chair = followed.server.create_token("chair", sessions=[followed.session_id])
    mutation = {
        "id": 1,
        "name": "move_entry",
        "args": {
            "session_id": followed.session_id,
            "entry_id": moved.id,
            "order_key": key_between(None, entries[0].order_key),
            "agenda_item_id": first_item,
        },
    }
    with httpx.Client(
        base_url=followed.server.url,
        timeout=10,
        headers={"Authorization": f"Bearer {other_chair}"},
    ) as http:
        answer = http.post(
            "/api/v1/push", json={"client_id": uuid.uuid4().hex, "mutations": [mutation]}
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied", answer.text

    qtbot.waitUntil(lambda: window.speaker_model.row_of_entry(moved.id) != row_before)
    new_row = window.speaker_model.row_of_entry(moved.id)
    assert service.state.entries[new_row].id == moved.id
    assert new_row == service.state.row_of(entries[0].id) - 1, "it went to the top of its item"
    shown = window.speaker_model.index(new_row, 1).data(ENTRY_ID_ROLE)
    assert shown == moved.id, "the row shows the speaker who moved"
    assert followed.selected_entry() == moved.id, "the selection followed the speaker"
    assert followed.resets == []
