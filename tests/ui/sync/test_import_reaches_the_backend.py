"""A staff spreadsheet imported into a session downloaded from the backend reaches the backend,
and what the backend refuses is named, kept and shown until the chair has seen it.

The real console window follows the real reference server on 127.0.0.1 (real HTTP, a real
SQLite file): the CSV is imported with Ctrl+I's dialog, its people and speakers go to the
backend as the chair's own actions; another console takes a person off the roster before our
queued speaker arrives, and the chair sees the refusal by name, after a restart too.
"""

from __future__ import annotations

import asyncio
import csv
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.following import download_into
from support.live_server import LiveServer

from moderator.app import Console
from moderator.domain.model import AgendaItem, EntryState, SpeechType
from moderator.domain.session_state import SessionState
from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.agenda.import_dialog import ImportDialog

NEW_PEOPLE = ("Nadia Haddad", "Tomás Ruiz")


@dataclass
class Chair:
    server: LiveServer
    path: Path
    token: str
    session_id: str
    consoles: list[Console]

    def open(self, qtbot: QtBot, sync: bool = True) -> Console:
        """The console on the file, as a restart opens it (following when ``sync``)."""
        engine = open_database(self.path)
        store = Store(engine)
        console = Console(qtbot, self.path, TimeSource())
        window = console.show_session(store.load_session_state(self.session_id), store)
        qtbot.addWidget(window)
        self.consoles.append(console)
        if sync:
            self.connect(qtbot, console)
        return console

    def connect(self, qtbot: QtBot, console: Console) -> None:
        console.prepare_sync(self.server.url, self.token)
        console.started()
        qtbot.waitUntil(lambda: console.sync.status.state in ("online", "syncing"), timeout=10_000)

    def close(self, qtbot: QtBot, console: Console) -> None:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        if shiboken6.isValid(console.window):
            console.window.close()
        console.runner.store.engine.dispose()
        self.consoles.remove(console)

    def push_as_another_console(self, name: str, **args: object) -> None:
        """One mutation from another chair's console of the same session, applied."""
        other = self.server.create_token("chair", sessions=[self.session_id])
        mutation = {"id": 1, "name": name, "args": {"session_id": self.session_id, **args}}
        with self.server.client(other) as http:
            answer = http.post(
                "/api/v1/push", json={"client_id": uuid.uuid4().hex, "mutations": [mutation]}
            )
        assert answer.json()["results"][0]["status"] == "applied", answer.text

    def snapshot(self) -> dict:
        staff = self.server.create_token("staff")
        with self.server.client(staff) as http:
            answer = http.get(f"/api/v1/sessions/{self.session_id}/snapshot")
        answer.raise_for_status()
        return answer.json()


@pytest.fixture
def chair(qtbot: QtBot, qasync_loop, live_server: LiveServer, tmp_path: Path) -> Iterator[Chair]:
    """The demo session on the backend, downloaded into the chair's file (not open yet)."""
    demo = live_server.load_demo("demo")
    token = live_server.create_token("chair", sessions=[demo.session_id])
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    download_into(qtbot, Store(engine), live_server.url, token, demo.session_id)
    engine.dispose()
    chair = Chair(live_server, path, token, demo.session_id, [])
    try:
        yield chair
    finally:
        for console in list(chair.consoles):
            chair.close(qtbot, console)


def write_sheet(path: Path, state: SessionState, rows: list[dict[str, str]]) -> Path:
    """A staff spreadsheet for the session as the backend has it (ids, zone, times), with
    ``rows`` of agenda items and speakers."""
    zone = ZoneInfo(state.meeting.timezone)
    start = datetime.fromtimestamp(state.session.scheduled_start_ms / 1000, zone)
    end = datetime.fromtimestamp(state.session.scheduled_end_ms / 1000, zone)
    fixed = {
        "Meeting ID": state.meeting.id,
        "Meeting": state.meeting.title,
        "Timezone": state.meeting.timezone,
        "Session ID": state.session.id,
        "Session": state.session.title,
        "Room": state.session.room,
        "Date": start.strftime("%Y-%m-%d"),
        "Start": start.strftime("%H:%M:%S"),
        "End": end.strftime("%H:%M:%S"),
    }
    columns = [*fixed, "Item ID", "Agenda item", "Participant ID", "Speaker", "Organisation"]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({**fixed, **row})
    return path


def import_through_dialog(qtbot: QtBot, console: Console, sheet: Path) -> ImportDialog:
    dialog = console.window.open_import(sheet)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    return dialog


def numbered(state: SessionState, number: int) -> AgendaItem:
    return next(item for item in state.agenda_items if item.position == number)


def item_row(state: SessionState, number: int, **speaker: str) -> dict[str, str]:
    item = numbered(state, number)
    return {"Item ID": item.id, "Agenda item": item.title, **speaker}


def test_an_imported_sheet_reaches_the_backend_as_the_chairs_own_actions(
    chair: Chair, qtbot: QtBot, tmp_path: Path
):
    console = chair.open(qtbot)
    state = console.service.state
    assert not any(p.name in NEW_PEOPLE for p in state.participants.values())
    sheet = write_sheet(
        tmp_path / "day.csv",
        state,
        [
            item_row(state, 2, Speaker="Nadia Haddad", Organisation="Lebanon"),
            item_row(state, 2, Speaker="Tomás Ruiz", Organisation="Chile"),
            {"Agenda item": "Any other business", "Speaker": "Nadia Haddad"},
        ],
    )
    dialog = import_through_dialog(qtbot, console, sheet)
    notice = dialog.notice.text()
    assert dialog.notice.isVisible() and "sent there as" in notice, notice
    assert "Refused" not in notice
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    now = console.service.state
    shown = {now.participants[e.participant_id].name for e in now.entries}
    assert set(NEW_PEOPLE) <= shown, "the chair's window shows the imported speakers at once"

    qtbot.waitUntil(
        lambda: console.sync.status.pending == 0 and console.sync.status.state == "online",
        timeout=20_000,
    )
    snapshot = chair.snapshot()
    people = {p["name"]: p["id"] for p in snapshot["participants"]}
    assert set(NEW_PEOPLE) <= set(people), "the people are on the backend's roster"
    items = {i["title"]: i["id"] for i in snapshot["agenda_items"]}
    assert "Any other business" in items, "the new agenda item is on the backend"
    listed = {(e["agenda_item_id"], e["participant_id"]) for e in snapshot["entries"]}
    second = numbered(state, 2).id
    assert (second, people["Nadia Haddad"]) in listed
    assert (second, people["Tomás Ruiz"]) in listed
    assert (items["Any other business"], people["Nadia Haddad"]) in listed
    # A sheet with part of the agenda adds to it, never reorders nor blanks the rest.
    positions = {i["id"]: i["position"] for i in snapshot["agenda_items"]}
    for item in state.agenda_items:
        moved = 1 if item.position > 2 else 0  # the new item went right after item 2
        assert positions[item.id] == item.position + moved, item.title
    assert positions[items["Any other business"]] == 3
    durations = {i["id"]: i["planned_duration_ms"] for i in snapshot["agenda_items"]}
    assert durations[second] == numbered(state, 2).planned_duration_ms
    assert console.sync.status.unseen_refusals == 0
    assert console.sync.status.rejections == ()

    # Added by hand in the agenda editor afterwards, an imported person's speech reaches the
    # backend too: the person is on its roster.
    editing = AgendaEditing.of_session(console.service)
    third = numbered(state, 3)
    entry = editing.add_speaker(
        chair.session_id, third.id, people["Tomás Ruiz"], SpeechType.STATEMENT, 120_000
    )
    assert entry is not None
    qtbot.waitUntil(
        lambda: console.sync.status.pending == 0 and console.sync.status.state == "online",
        timeout=20_000,
    )
    assert entry in {e["id"] for e in chair.snapshot()["entries"]}
    assert console.sync.status.rejections == ()


def test_a_refused_speaker_is_named_kept_across_a_restart_until_seen(
    chair: Chair, qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    # A walk-in another console added reaches this console (the roster is the meeting's).
    console = chair.open(qtbot)
    walk_in = uuid.uuid4().hex
    chair.push_as_another_console(
        "add_participant", participant_id=walk_in, person_name="Karim Saleh"
    )
    qtbot.waitUntil(lambda: walk_in in console.service.state.participants, timeout=10_000)
    chair.close(qtbot, console)

    console = chair.open(qtbot, sync=False)  # offline: the import waits in the queue
    state = console.service.state
    leaving = state.participants[walk_in]
    sheet = write_sheet(
        tmp_path / "day.csv",
        state,
        [
            item_row(state, 2, Speaker="Nadia Haddad"),
            item_row(state, 2, **{"Participant ID": leaving.id, "Speaker": leaving.name}),
        ],
    )
    dialog = import_through_dialog(qtbot, console, sheet)
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert leaving.id in {e.participant_id for e in console.service.state.entries}

    # Meanwhile another console takes that person off the roster.
    chair.push_as_another_console("remove_participant", participant_id=leaving.id)

    caplog.set_level(logging.WARNING, logger="moderator.services.sync.sync_engine")
    chair.connect(qtbot, console)
    qtbot.waitUntil(lambda: console.sync.status.unseen_refusals == 1, timeout=20_000)
    qtbot.waitUntil(lambda: console.sync.status.pending == 0, timeout=20_000)
    item = numbered(state, 2)
    words = f"Add speaker {leaving.name} to item 2 “{item.title}”"
    reason = "That person is not a participant of this meeting"
    (refusal,) = console.sync.status.rejections
    assert (refusal.label, refusal.reason) == (words, reason)
    qtbot.waitUntil(
        lambda: (
            not any(
                e.participant_id == leaving.id and e.state is not EntryState.REMOVED
                for e in console.service.state.entries
            )
        ),
        timeout=10_000,
    )
    nadia = next(p for p in chair.snapshot()["participants"] if p["name"] == "Nadia Haddad")
    assert nadia, "the rest of the import went through"
    # The log names the mutation and the reason (ids and the command, no names).
    logged = [r.getMessage() for r in caplog.records if "mutation rejected" in r.getMessage()]
    assert any("add_speaker" in line and reason in line for line in logged), logged

    badge = _badge(console)
    assert "⚠ 1 refused" in badge.text()
    details = badge.open_details()
    assert details.refusal_list.item(0, 1).text() == words
    assert details.refusal_list.item(0, 2).text() == reason
    assert f"Last error: refused by the backend: {words}: {reason}" in details.summary.text()
    details.close()

    # A restart: the refusal is still there, still unseen, the details agree.
    chair.close(qtbot, console)
    console = chair.open(qtbot)
    badge = _badge(console)
    assert "⚠ 1 refused" in badge.text()
    details = badge.open_details()
    assert details.refusal_list.rowCount() == 1
    assert details.refusal_list.item(0, 1).text() == words
    assert "1 not seen yet" in details.refusals.text()
    assert f"{words}: {reason}" in details.summary.text()
    qtbot.mouseClick(details.seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" not in badge.text())
    qtbot.waitUntil(lambda: details.refusals.text() == "Refused by the backend (seen):")
    assert details.refusal_list.rowCount() == 1, "seen, and still listed"
    assert not details.seen_button.isEnabled()
    details.close()

    chair.close(qtbot, console)
    console = chair.open(qtbot)
    assert console.sync.status.unseen_refusals == 0, "seen stays seen after a restart"
    assert console.sync.status.rejections[-1].label == words


def _badge(console: Console):  # type: ignore[no-untyped-def]
    from moderator.ui.sync.sync_badge import SyncBadge

    (badge,) = console.window.findChildren(SyncBadge)
    return badge
