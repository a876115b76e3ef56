"""Session → Control surfaces: off by default, turned on and off from the dialog, kept; the
servers outlive a session switch."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from support.control_clients import get, receive_json, start, websocket

from moderator.services.agenda.session_directory import SessionDirectory
from moderator.services.chair.command_runner import CommandRunner
from moderator.services.chair.session_service import SessionService
from moderator.services.control.control_settings import ControlConfig, ControlSettings
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.control.control_dialog import ControlDialog
from moderator.ui.control.control_surfaces import ControlSurfaces

pytestmark = pytest.mark.usefixtures("qasync_loop")


@pytest.fixture
def surfaces(console):  # type: ignore[no-untyped-def]
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    yield control
    control.close_now()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_nothing_listens_by_default(console, surfaces):
    assert not ControlSettings().config().enabled
    dialog = ControlDialog(surfaces, console.window)
    assert not dialog.http_enabled.isChecked() and not dialog.osc_enabled.isChecked()
    assert dialog.local_only.isChecked()
    assert "Off" in dialog.status.text()
    assert not console.window.findChild(type(dialog.status), "controlStatus").isVisible()


def test_the_dialog_turns_the_servers_on_and_off_and_remembers(qtbot, console, surfaces):
    dialog = ControlDialog(surfaces, console.window)
    qtbot.addWidget(dialog)
    port = _free_port()
    dialog.http_enabled.setChecked(True)
    dialog.http_port.setValue(port)

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Apply).click()

    qtbot.waitUntil(lambda: surfaces.http_port == port, timeout=10_000)
    assert f":{port}/" in dialog.status.text()
    assert get(qtbot, f"http://127.0.0.1:{port}/state").status_code == 200
    label = console.window.findChild(type(dialog.status), "controlStatus")
    assert label.isVisible() and label.text() == f"Control: HTTP :{port}"
    assert ControlSettings().config() == ControlConfig(http_port=port)  # for the next start

    dialog.http_enabled.setChecked(False)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Apply).click()
    qtbot.waitUntil(lambda: "Off" in dialog.status.text(), timeout=10_000)
    assert not surfaces.running
    assert not ControlSettings().config().enabled


def test_the_network_choice_shows_the_secret_the_servers_ask_for(
    qtbot, console, surfaces, monkeypatch
):
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", "from the environment")
    dialog = ControlDialog(surfaces, console.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.secret_row.isVisible()
    dialog.network.setChecked(True)
    qtbot.waitUntil(lambda: dialog.secret.text() == "from the environment")
    assert dialog.secret_row.isVisible()
    assert dialog.secret.echoMode() != dialog.secret.EchoMode.Normal  # shown on request only


def test_the_servers_outlive_a_session_switch(qtbot, console, surfaces, demo_session):
    start(qtbot, surfaces, ControlConfig(http_port=0))
    url = f"ws://127.0.0.1:{surfaces.http_port}/ws"
    meeting = console.service.state.meeting.id
    now = console.service.now_ms()
    other = SessionDirectory(demo_session.store).create_session(
        meeting, "Afternoon plenary", "Room B", now + 3_600_000, now + 7_200_000
    )
    state = demo_session.store.load_session_state(other.id)
    service = SessionService(
        CommandRunner(demo_session.store, state, console.service.runner.time_source)
    )
    with websocket(qtbot, url) as ws:
        assert receive_json(qtbot, ws)["session"]["id"] == console.service.state.session.id
        window = MainWindow(service, str(demo_session.path))
        qtbot.addWidget(window)
        surfaces.attach(window, service)  # as Console.show_session does
        assert receive_json(qtbot, ws)["session"]["id"] == other.id
    answer = get(qtbot, f"http://127.0.0.1:{surfaces.http_port}/state")
    assert answer.json()["session"]["title"] == other.title


def test_the_secret_is_made_once_and_kept_in_the_keyring(qtbot, console, gated_keyring):
    import asyncio

    from moderator.services.control.control_settings import (
        KEYRING_SERVICE,
        KEYRING_USER,
        ControlSecret,
    )

    first = asyncio.ensure_future(ControlSecret().find())
    qtbot.waitUntil(first.done, timeout=10_000)
    made = first.result()
    assert len(made) >= 20
    assert gated_keyring.saved[(KEYRING_SERVICE, KEYRING_USER)] == made
    # The next start finds the same one; a new one replaces it.
    again = ControlSecret()
    found = asyncio.ensure_future(again.find())
    qtbot.waitUntil(found.done, timeout=10_000)
    assert found.result() == made and again.source == "keyring"
    renewed = asyncio.ensure_future(again.renew())
    qtbot.waitUntil(renewed.done, timeout=10_000)
    assert renewed.result() != made
    assert gated_keyring.saved[(KEYRING_SERVICE, KEYRING_USER)] == renewed.result()
    # Every keyring call ran off the GUI thread.
    assert all(thread != "MainThread" for _call, thread in gated_keyring.calls)


def test_the_dialog_shows_the_ports_a_free_port_start_took(qtbot, console, surfaces):
    # ``--control-port 0 --osc-port 0``: the system chose the ports; the dialog shows those,
    # not the saved defaults, and Apply as it opened keeps the surfaces where they are.
    start(qtbot, surfaces, ControlConfig(http_port=0, osc_port=0))
    http_port, osc_port = surfaces.http_port, surfaces.osc_port
    dialog = ControlDialog(surfaces, console.window)
    qtbot.addWidget(dialog)

    assert dialog.http_enabled.isChecked() and dialog.http_port.value() == http_port
    assert dialog.osc_enabled.isChecked() and dialog.osc_port.value() == osc_port

    changes: list[bool] = []
    surfaces.sig_status.connect(lambda: changes.append(surfaces.running))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Apply).click()
    qtbot.waitUntil(lambda: changes[-2:] == [False, True], timeout=10_000)  # stopped, started
    assert (surfaces.http_port, surfaces.osc_port) == (http_port, osc_port), surfaces.problems
    assert get(qtbot, f"http://127.0.0.1:{http_port}/state").status_code == 200


def test_the_secret_shown_can_be_read_whole_and_nothing_is_cut(
    qtbot, console, surfaces, monkeypatch
):
    # A technician reads the secret off the screen to type it into Companion on another
    # machine: all of it must be visible once shown, and the dialog grows to hold the row.
    secret = "Zq0vA7-rT_4kLm9PxW2yB8cD"  # as long as the one the console makes up
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", secret)
    dialog = ControlDialog(surfaces, console.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network.setChecked(True)
    qtbot.waitUntil(lambda: dialog.secret.text() == secret)
    dialog.show_secret.click()
    qtbot.waitUntil(lambda: dialog.secret.echoMode() == dialog.secret.EchoMode.Normal)

    needed = dialog.secret.fontMetrics().horizontalAdvance(secret)
    assert dialog.secret.contentsRect().width() - 8 >= needed, (dialog.secret.width(), needed)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    qtbot.waitUntil(  # the layout settles on Qt's next turns
        lambda: all(label.height() >= label.heightForWidth(label.width()) for label in wrapped)
    )


def test_every_text_is_whole_when_the_surfaces_already_run(qtbot, console, surfaces):
    # Walking it on a 1366×768 screen: opened while the surfaces ran (two lines of addresses
    # below the choices), the dialog was sized before those lines and cut its introduction.
    start(qtbot, surfaces, ControlConfig(http_port=0, osc_port=0))
    dialog = ControlDialog(surfaces, console.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert wrapped
    qtbot.waitUntil(
        lambda: all(label.height() >= label.heightForWidth(label.width()) for label in wrapped)
    )
