"""Session → Open session… (Ctrl+O), New meeting…, New session…: switching and creating
sessions without restarting the console with ``--session``.

The console runs on an injected clock (Tuesday 10 March 2026, 10:00 in Brussels), so "today"
is the same day whenever the test runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.app import Console
from moderator.domain.timing.clock import ClockStatus
from moderator.services.agenda.demo import SESSION_TITLE, load_demo
from moderator.services.agenda.session_directory import SessionDirectory
from moderator.services.chair.time_source import TimeSource
from moderator.storage.database import open_database
from moderator.storage.repository import Store
from moderator.ui.agenda.agenda_editor import AgendaEditor
from moderator.ui.agenda.new_session_dialog import NewMeetingDialog, NewSessionDialog
from moderator.ui.agenda.open_session_dialog import OpenSessionDialog

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 10:00 in Brussels, 22:00 in Auckland
NOW_MS = int(NOW.timestamp() * 1000)


def _ms(year: int, month: int, day: int, hour: int, minute: int = 0) -> int:
    return int(datetime(year, month, day, hour, minute, tzinfo=UTC).timestamp() * 1000)


@dataclass
class Running:
    console: Console
    store: Store
    path: Path
    ids: dict[str, str]


@pytest.fixture
def running(qtbot: QtBot, tmp_path: Path) -> Iterator[Running]:
    """A database with the demo meeting (today, Madrid), an assembly in Brussels (yesterday,
    today, tomorrow) and a forum in Auckland; the console shows the demo session."""
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    load_demo(store, NOW_MS)
    directory = SessionDirectory(store)
    assembly = directory.create_meeting("Plenary Assembly", "Brussels", "Europe/Brussels")
    forum = directory.create_meeting("Pacific Forum", "Auckland", "Pacific/Auckland")
    ids = {
        "yesterday": directory.create_session(
            assembly.id, "Preparatory meeting", "Room 1", _ms(2026, 3, 9, 14), _ms(2026, 3, 9, 15)
        ).id,
        "plenary": directory.create_session(
            assembly.id, "Opening plenary", "Hall A", _ms(2026, 3, 10, 8), _ms(2026, 3, 10, 11)
        ).id,
        "budget": directory.create_session(
            assembly.id, "Budget committee", "Room 2", _ms(2026, 3, 11, 13), _ms(2026, 3, 11, 15)
        ).id,
        # 09:00 on Wednesday in Auckland (still Tuesday in Brussels): tomorrow in its zone.
        "forum": directory.create_session(
            forum.id, "Pacific dialogue", "Harbour room", _ms(2026, 3, 10, 20), _ms(2026, 3, 10, 22)
        ).id,
    }
    ids["demo"] = next(s.id for s in store.sessions() if s.title == SESSION_TITLE)
    time_source = TimeSource(wall_ns=lambda: NOW_MS * 1_000_000, monotonic_ns=lambda: 0)
    console = Console(QApplication.instance(), path, time_source)
    window = console.show_session(store.load_session_state(ids["demo"]), store)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield Running(console, store, path, ids)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    engine.dispose()


def _fresh_store(path: Path):  # type: ignore[no-untyped-def]
    engine = open_database(path)
    return engine, Store(engine)


def _open_picker(qtbot: QtBot, console: Console) -> OpenSessionDialog:
    # A newly opened session's window takes the keyboard (as the old one had it).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console.window, timeout=2_000)
    qtbot.keyClick(console.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = console.window.findChild(OpenSessionDialog)
    assert dialog is not None and dialog.isVisible(), "Ctrl+O opened no session list"
    return dialog


def _session_texts(dialog: OpenSessionDialog) -> list[str]:
    return [item.text() for item in dialog.session_items()]


def test_ctrl_o_lists_the_sessions_by_day_today_first_in_each_meetings_zone(
    qtbot: QtBot, running: Running
):
    dialog = _open_picker(qtbot, running.console)

    assert dialog.headings() == [
        "Today — Tuesday 10 March 2026",
        "Tomorrow — Wednesday 11 March 2026",
        "Yesterday — Monday 9 March 2026",
    ]
    texts = _session_texts(dialog)
    assert [text.split("  ·  ")[1] for text in texts] == [
        "Opening plenary",
        SESSION_TITLE,
        "Pacific dialogue",  # Wednesday 09:00 in Auckland
        "Budget committee",
        "Preparatory meeting",
    ]
    plenary = next(text for text in texts if "Opening plenary" in text)
    assert plenary.startswith("09:00–12:00  ·  Opening plenary  ·  Plenary Assembly  ·  Hall A")
    assert "local" in plenary and "running" in plenary
    assert "09:00–11:00  ·  Pacific dialogue" in texts[2]
    assert "open now" in texts[1]
    # Today's session running now (not the one already open) is where the chair starts.
    assert dialog.current_session_id() == running.ids["plenary"]
    today = dialog.list.item(0)
    assert today.text().startswith("Today")
    assert today.background().color().name() == "#e3f2fd"  # highlighted


def test_typing_filters_arrows_move_over_the_headings_and_enter_opens_the_session(
    qtbot: QtBot, running: Running
):
    console = running.console
    old_window = console.window
    dialog = _open_picker(qtbot, console)

    qtbot.keyClicks(dialog.filter, "assembly")
    assert [text.split("  ·  ")[1] for text in _session_texts(dialog)] == [
        "Opening plenary",
        "Budget committee",
        "Preparatory meeting",
    ]
    assert dialog.headings() == [
        "Today — Tuesday 10 March 2026",
        "Tomorrow — Wednesday 11 March 2026",
        "Yesterday — Monday 9 March 2026",
    ]
    assert dialog.current_session_id() == running.ids["plenary"]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)  # over the "Tomorrow" heading
    assert dialog.current_session_id() == running.ids["budget"]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    assert console.window is not old_window
    assert not old_window.isVisible()
    assert console.window.isVisible()
    assert console.window.windowTitle() == "Moderator — Budget committee"
    assert console.service.state.session.id == running.ids["budget"]
    assert console.window.list_caption.text() == "No agenda"
    assert console.window.speaker_model.rowCount() == 0


def test_switching_away_keeps_the_running_clock_and_ctrl_o_brings_it_back(
    qtbot: QtBot, running: Running
):
    console = running.console
    qtbot.keyClick(console.window, Qt.Key.Key_N)  # the first speaker has the floor, clock runs
    demo = console.service.state
    assert demo.clock.status is ClockStatus.RUNNING
    speakers = console.window.speaker_model.rowCount()
    assert speakers > 0

    dialog = _open_picker(qtbot, console)
    qtbot.keyClicks(dialog.filter, "opening")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert console.window.windowTitle() == "Moderator — Opening plenary"
    assert "keeps running" in console.window.statusBar().currentMessage()

    engine, store = _fresh_store(running.path)
    try:
        stored = store.load_session_state(running.ids["demo"])
    finally:
        engine.dispose()
    assert stored.clock.status is ClockStatus.RUNNING
    assert stored.current_entry_id == demo.current_entry_id

    dialog = _open_picker(qtbot, console)
    qtbot.keyClicks(dialog.filter, "engaging")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert console.service.state.session.id == running.ids["demo"]
    assert console.service.state.clock.status is ClockStatus.RUNNING
    assert console.service.state.current_entry_id == demo.current_entry_id
    assert console.window.speaker_model.rowCount() == speakers


def test_a_filter_matching_nothing_says_so_and_enter_opens_nothing(qtbot: QtBot, running: Running):
    console = running.console
    old_window = console.window
    dialog = _open_picker(qtbot, console)
    qtbot.keyClicks(dialog.filter, "zzz")
    assert _session_texts(dialog) == []
    assert dialog.note.text() == "No session matches “zzz”"
    assert not dialog.open_button.isEnabled()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert console.window is old_window and old_window.isVisible()


def test_new_meeting_then_its_first_session_are_created_opened_and_read_back(
    qtbot: QtBot, running: Running
):
    console = running.console
    old_window = console.window
    session_menu = console.window.menuBar().actions()[0].menu()
    names = [action.objectName() for action in session_menu.actions()]
    assert names[:3] == ["open_session", "new_meeting", "new_session"]
    console.window.actions["new_meeting"].trigger()
    meeting_form = console.window.findChild(NewMeetingDialog)
    assert meeting_form is not None and meeting_form.isVisible()
    assert meeting_form.zone_box.currentText() == "Europe/Madrid"  # the open meeting's zone
    qtbot.keyClicks(meeting_form.title_edit, "Autumn Assembly")
    qtbot.keyClicks(meeting_form.venue_edit, "Geneva")
    meeting_form.zone_box.setCurrentText("Europe/Zurich")
    assert meeting_form.create_button.isEnabled()
    qtbot.mouseClick(meeting_form.create_button, Qt.MouseButton.LeftButton)

    session_form = console.window.findChild(NewSessionDialog)
    assert session_form is not None and session_form.isVisible()
    assert session_form.meeting_box.currentText() == "Autumn Assembly"
    assert session_form.zone_note.text() == "Europe/Zurich (UTC+01:00)"
    qtbot.keyClicks(session_form.title_edit, "Credentials committee")
    for edit, text in (
        (session_form.date_edit, "2026-03-12"),
        (session_form.start_edit, "14:30"),
        (session_form.end_edit, "16:00"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClicks(session_form.room_edit, "Salle XVII")
    assert session_form.open_it.isChecked() and session_form.fill_agenda.isChecked()
    qtbot.mouseClick(session_form.create_button, Qt.MouseButton.LeftButton)

    engine, store = _fresh_store(running.path)
    try:
        (meeting,) = [m for m in store.meetings() if m.title == "Autumn Assembly"]
        (session,) = store.sessions(meeting.id)
        state = store.load_session_state(session.id)
    finally:
        engine.dispose()
    assert (meeting.venue, meeting.timezone) == ("Geneva", "Europe/Zurich")
    assert (session.title, session.room) == ("Credentials committee", "Salle XVII")
    assert session.scheduled_start_ms == _ms(2026, 3, 12, 13, 30)  # 14:30 in Zurich
    assert session.scheduled_end_ms == _ms(2026, 3, 12, 15)
    assert state.clock.status is ClockStatus.IDLE and state.agenda_items == []
    # Offered and taken: the new session is open, its agenda editor shown on it.
    assert not old_window.isVisible()
    assert console.window.windowTitle() == "Moderator — Credentials committee"
    editor = console.window.findChild(AgendaEditor)
    assert editor is not None and editor.isVisible()


def test_the_forms_name_the_field_that_is_wrong_and_create_nothing(qtbot: QtBot, running: Running):
    console = running.console
    meetings_before = len(running.store.meetings())
    meeting_form = console.open_new_meeting()
    assert meeting_form.error.text() == "Title: a meeting needs a title"
    assert not meeting_form.create_button.isEnabled()
    qtbot.keyClicks(meeting_form.title_edit, "Assembly")
    meeting_form.zone_box.setCurrentText("Mars/Olympus_Mons")
    assert meeting_form.error.text().startswith("Time zone: “Mars/Olympus_Mons” is not")
    assert not meeting_form.create_button.isEnabled()
    meeting_form.create()
    assert len(running.store.meetings()) == meetings_before
    meeting_form.reject()

    session_form = console.open_new_session()
    assert session_form.error.text() == "Title: a session needs a title"
    qtbot.keyClicks(session_form.title_edit, "Evening session")
    assert session_form.error.text() == ""
    session_form.date_edit.setText("2026-02-30")
    assert session_form.error.text() == "Date: 2026-02-30 is not a day of the calendar"
    session_form.date_edit.setText("2026-03-10")
    session_form.start_edit.setText("18:00")
    session_form.end_edit.setText("17:00")
    assert session_form.error.text() == "Ends: the session must end after it starts"
    session_form.start_edit.setText("25:00")
    assert session_form.error.text() == "Starts: 25:00 is not a time of day"
    assert not session_form.create_button.isEnabled()
    session_form.create()
    assert len(running.store.sessions()) == 5


def test_new_session_without_any_meeting_offers_new_meeting_first(
    qtbot: QtBot, running: Running, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(SessionDirectory, "meetings", lambda self: [])
    dialog = running.console.open_new_session()
    assert isinstance(dialog, NewMeetingDialog)
    assert (
        dialog.findChild(type(dialog.error), "newMeetingReason")
        .text()
        .startswith("There is no meeting yet")
    )
    assert dialog.then_session.isChecked()


def test_leaving_a_followed_session_stops_its_sync_and_coming_back_follows_it_again(
    qtbot: QtBot, qasync_loop, live_server, tmp_path: Path
):
    """As the Connect dialog's Follow does: the old session's sync is stopped before its
    window goes; a followed session opened again syncs with the backend the console knows."""
    import asyncio

    from support.following import download_into
    from support.qt_lag import activate

    demo = live_server.load_demo("demo")
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)
    store = Store(engine)
    time_source = TimeSource()

    download_into(qtbot, store, live_server.url, chair, demo.session_id)
    meeting_id = store.load_session_state(demo.session_id).meeting.id
    local = SessionDirectory(store).create_session(
        meeting_id, "Side meeting", "Room 5", time_source.now_ms(), time_source.now_ms() + 3_600_000
    )
    console = Console(QApplication.instance(), path, time_source)
    first = console.show_session(store.load_session_state(demo.session_id), store)
    qtbot.addWidget(first)
    activate(qtbot, first)
    console.prepare_sync(live_server.url, chair)
    console.started()
    try:
        qtbot.waitUntil(lambda: console.sync.status.state == "online", timeout=10_000)
        dialog = _open_picker(qtbot, console)
        followed_row = next(i for i in dialog.session_items() if "Side meeting" not in i.text())
        assert "followed on a backend" in followed_row.text()
        qtbot.keyClicks(dialog.filter, "room 5")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.service.state.session.id == local.id, timeout=10_000)
        assert console.sync is None  # stopped: the local session is not pushed anywhere
        assert not first.isVisible()
        assert console.window.windowTitle() == "Moderator — Side meeting"

        dialog = _open_picker(qtbot, console)
        dialog.filter.setText("engaging")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        assert console.service.state.session.id == demo.session_id
        qtbot.waitUntil(
            lambda: console.sync is not None and console.sync.status.state == "online",
            timeout=10_000,
        )
    finally:
        stopping = asyncio.ensure_future(console.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        engine.dispose()


def test_the_podium_display_goes_on_showing_the_newly_opened_session(
    qtbot: QtBot, running: Running
):
    """The speaker display of the old session must not stay up with its speaker and clock:
    the new session's display takes its place on the podium screen."""
    console = running.console
    qtbot.keyClick(console.window, Qt.Key.Key_F5)
    old_display = console.window.speaker_display
    qtbot.waitUntil(old_display.isVisible, timeout=2_000)

    dialog = _open_picker(qtbot, console)
    qtbot.keyClicks(dialog.filter, "budget")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    assert console.service.state.session.id == running.ids["budget"]
    assert not old_display.isVisible()
    new_display = console.window.speaker_display
    assert new_display is not old_display
    assert new_display.isVisible()


def test_enter_on_the_session_already_open_says_so_and_keeps_the_window(
    qtbot: QtBot, running: Running
):
    console = running.console
    old_window = console.window
    dialog = _open_picker(qtbot, console)
    qtbot.keyClicks(dialog.filter, "engaging")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.note.text() == "That session is the one open now"
    assert console.window is old_window
