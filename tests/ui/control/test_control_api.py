"""The control API on a real console: real HTTP, WebSocket and OSC clients on 127.0.0.1."""

from __future__ import annotations

import socket
import sys
import threading

import httpx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from support.control_clients import (
    get,
    post,
    receive_json,
    send_osc,
    start,
    taken_port,
    websocket,
)

from moderator.services.control.control_settings import ControlConfig
from moderator.ui.control.control_surfaces import ControlSurfaces

pytestmark = pytest.mark.usefixtures("qasync_loop")


@pytest.fixture
def surfaces(qtbot, console):  # type: ignore[no-untyped-def]
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    yield control
    control.close_now()  # without spinning Qt: the test's widgets are being closed


def _listening(qtbot, surfaces, **config) -> str:  # type: ignore[no-untyped-def]
    start(qtbot, surfaces, ControlConfig(http_port=0, **config))
    assert surfaces.http_port, surfaces.problems
    return f"http://127.0.0.1:{surfaces.http_port}"


def _next_name(console) -> str:  # type: ignore[no-untyped-def]
    state = console.service.state
    return state.participant_of(state.next_entry()).name


def test_an_http_action_runs_as_its_key_and_the_console_shows_it(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    expected = _next_name(console)

    answer = post(qtbot, f"{base}/actions/next_speaker")

    assert answer.status_code == 200
    body = answer.json()
    assert body["outcome"] == "done"
    assert body["state"]["speaker"]["name"] == expected
    assert body["state"]["running"] is True
    # The chair's window shows the new speaker, and the file has the turn (one path for state).
    assert console.window.current_panel.speaker_name.text() == expected
    reopened = console.reopen_state()
    assert reopened.participant_of(reopened.current_entry).name == expected
    # It is an ordinary chair action: Ctrl+Z undoes it.
    assert console.service.undo_stack.count() == 1


def test_the_state_document_and_one_field_as_text(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    post(qtbot, f"{base}/actions/next_speaker")
    post(qtbot, f"{base}/actions/start_pause")  # paused: the digits stand still

    document = get(qtbot, f"{base}/state").json()
    state = console.service.state
    assert document["speaker_name"] == state.participant_of(state.current_entry).name
    assert document["clock"] == "paused" and document["running"] is False
    assert document["remaining"] == console.window.current_panel.countdown.reading.digits
    assert document["phase"] == "normal"
    assert document["list_closed"] is False
    assert document["next_name"] == _next_name(console)
    assert document["hands_count"] == len(state.open_hands()) == len(document["hands"])
    assert document["display"] == {"shown": False, "blackout": False, "message": None}

    remaining = get(qtbot, f"{base}/state/remaining")
    assert remaining.headers["content-type"].startswith("text/plain")
    assert remaining.text == document["remaining"]
    assert get(qtbot, f"{base}/state/speaker.name").text == document["speaker_name"]
    assert get(qtbot, f"{base}/state/list_closed").text == "false"
    missing = get(qtbot, f"{base}/state/nothing_here")
    assert missing.status_code == 404


def test_closing_the_list_shows_in_the_document(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    answer = post(qtbot, f"{base}/actions/toggle_list_closed")
    assert answer.status_code == 200
    assert answer.json()["state"]["list_closed"] is True
    assert "LIST CLOSED" in console.window.list_caption.text()


def test_a_refused_action_answers_409_with_the_consoles_reason(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    before = console.service.state.entries

    answer = post(qtbot, f"{base}/actions/skip_entry")  # nobody selected in the list

    assert answer.status_code == 409
    assert answer.json()["outcome"] == "refused"
    assert "Select a speaker" in answer.json()["reason"]
    assert console.service.state.entries == before


def test_a_disabled_action_answers_409_and_does_nothing(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    console.window.actions["next_speaker"].setEnabled(False)

    answer = post(qtbot, f"{base}/actions/next_speaker")

    assert answer.status_code == 409
    assert answer.json()["outcome"] == "disabled"
    assert "Next speaker" in answer.json()["reason"]
    assert console.service.state.current_entry_id is None
    listed = {a["name"]: a for a in get(qtbot, f"{base}/actions").json()["actions"]}
    assert listed["next_speaker"]["enabled"] is False
    assert listed["start_pause"]["enabled"] is True


def test_a_waiting_dialog_disables_actions_and_the_server_stays_responsive(
    qtbot, console, surfaces
):
    base = _listening(qtbot, surfaces)
    post(qtbot, f"{base}/actions/next_speaker")
    answered: dict[str, httpx.Response] = {}
    seen: dict[str, object] = {}

    def set_time() -> None:
        answered["set_time"] = httpx.post(f"{base}/actions/set_time", timeout=10)

    def while_the_dialog_waits() -> None:  # runs inside the modal dialog's own loop
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, while_the_dialog_waits)
            return
        # The answer went out while the dialog waits for the chair…
        qtbot.waitUntil(lambda: "set_time" in answered, timeout=10_000)
        # …the server answers meanwhile, and actions wait for the dialog as the keys do.
        seen["state"] = get(qtbot, f"{base}/state").status_code
        seen["blocked"] = post(qtbot, f"{base}/actions/add_time")
        seen["allotted"] = console.service.state.clock.allotted_ms
        dialog.reject()

    allotted = console.service.state.clock.allotted_ms
    QTimer.singleShot(0, while_the_dialog_waits)
    threading.Thread(target=set_time, daemon=True).start()
    qtbot.waitUntil(lambda: "blocked" in seen, timeout=20_000)

    assert answered["set_time"].status_code == 202
    assert answered["set_time"].json()["outcome"] == "opened"
    assert seen["state"] == 200
    blocked = seen["blocked"]
    assert blocked.status_code == 409
    assert blocked.json()["outcome"] == "disabled"
    assert "Set the time" in blocked.json()["reason"]
    assert seen["allotted"] == allotted
    # Once the dialog is answered, the actions run again.
    assert post(qtbot, f"{base}/actions/add_time").status_code == 200
    assert console.service.state.clock.allotted_ms == allotted + 30_000


def test_an_unknown_action_answers_404_with_the_nearest_names(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)

    answer = post(qtbot, f"{base}/actions/next_speker")

    assert answer.status_code == 404
    assert answer.json()["nearest"][0] == "next_speaker"
    assert "next_speaker" in answer.json()["message"]
    assert console.service.state.current_entry_id is None


def test_every_action_of_the_list_is_offered(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    listed = [a["name"] for a in get(qtbot, f"{base}/actions").json()["actions"]]
    assert listed == console.window.actions.names()


def test_the_websocket_pushes_the_state_on_change(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    url = base.replace("http://", "ws://") + "/ws"
    with websocket(qtbot, url) as ws:
        first = receive_json(qtbot, ws)
        assert first["speaker"] is None

        expected = _next_name(console)
        console.window.actions["next_speaker"].trigger()  # the chair presses N
        pushed = receive_json(qtbot, ws)
        assert pushed["speaker_name"] == expected and pushed["running"] is True

        # While the clock runs, the countdown comes once a second, as the console shows it.
        ticked = receive_json(qtbot, ws)
        assert ticked["remaining_ms"] < pushed["remaining_ms"]
        assert ticked["remaining"] != pushed["remaining"]

        # A message names an action: it runs, and the reply says so.
        ws.send("start_pause")
        replies = [receive_json(qtbot, ws) for _ in range(2)]
        reply = next(r for r in replies if "reply" in r)
        assert reply["reply"] == {"action": "start_pause", "outcome": "done"}
        assert console.service.state.clock.is_running is False


def test_osc_messages_trigger_actions(qtbot, console, surfaces):
    start(qtbot, surfaces, ControlConfig(osc_port=0))
    expected = _next_name(console)

    send_osc(surfaces.osc_port, "/moderator/next_speaker")

    qtbot.waitUntil(lambda: console.service.state.current_entry_id is not None)
    state = console.service.state
    assert state.participant_of(state.current_entry).name == expected
    send_osc(surfaces.osc_port, "/moderator/start_pause")
    qtbot.waitUntil(lambda: not console.service.state.clock.is_running)


def test_with_a_secret_nothing_runs_without_it(qtbot, console, surfaces, monkeypatch):
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", "correct horse")
    start(qtbot, surfaces, ControlConfig(http_port=0, osc_port=0, require_secret=True))
    base = f"http://127.0.0.1:{surfaces.http_port}"

    assert post(qtbot, f"{base}/actions/next_speaker").status_code == 401
    wrong = post(qtbot, f"{base}/actions/next_speaker", headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401
    assert get(qtbot, f"{base}/state").status_code == 401
    send_osc(surfaces.osc_port, "/moderator/next_speaker", "wrong")
    send_osc(surfaces.osc_port, "/moderator/next_speaker")
    # A message with the secret, sent after them, arrives after them: by then they were dropped.
    send_osc(surfaces.osc_port, "/moderator/toggle_list_closed", "correct horse")
    qtbot.waitUntil(lambda: console.window.list_caption.text().endswith("LIST CLOSED"))
    assert console.service.state.current_entry_id is None
    with (
        pytest.raises(Exception, match="403"),
        websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws"),
    ):
        pass

    right = post(
        qtbot, f"{base}/actions/next_speaker", headers={"X-Moderator-Secret": "correct horse"}
    )
    assert right.status_code == 200
    assert get(qtbot, f"{base}/state?secret=correct%20horse").status_code == 200
    with websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws?secret=correct%20horse") as ws:
        assert receive_json(qtbot, ws)["running"] is True
    send_osc(surfaces.osc_port, "/moderator/start_pause", "correct horse")
    qtbot.waitUntil(lambda: not console.service.state.clock.is_running)


def test_a_port_in_use_is_reported_not_a_crash(qtbot, console, surfaces):
    tcp, udp = taken_port(socket.SOCK_STREAM), taken_port(socket.SOCK_DGRAM)
    try:
        http_port, osc_port = tcp.getsockname()[1], udp.getsockname()[1]
        start(qtbot, surfaces, ControlConfig(http_port=http_port, osc_port=osc_port))
    finally:
        tcp.close()
        udp.close()

    assert not surfaces.running
    problems = surfaces.problems
    assert len(problems) == 2
    assert f"port {http_port} is in use" in problems[0]
    assert f"port {osc_port} is in use" in problems[1]
    assert "in use" in console.window.statusBar().currentMessage()
    # The console goes on: the chair's keys work.
    console.window.actions["next_speaker"].trigger()
    assert console.service.state.current_entry_id is not None


def test_an_address_that_is_not_this_computers_is_reported(
    qtbot, console, surfaces, monkeypatch, no_keyring
):
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", "s")
    start(qtbot, surfaces, ControlConfig(host="192.0.2.1", http_port=0))  # TEST-NET: not ours
    assert not surfaces.running
    assert "no network interface with the address 192.0.2.1" in surfaces.problems[0]
    start(qtbot, surfaces, ControlConfig(host="stage-laptop", http_port=0))
    assert "must be an IP address" in surfaces.problems[0]


def test_web_pages_cannot_drive_the_console_on_this_computer(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    # A page of another site posting to 127.0.0.1 (its browser sends the page's origin)…
    from_page = post(
        qtbot, f"{base}/actions/next_speaker", headers={"Origin": "https://example.org"}
    )
    # …or reaching it under a name of its own that resolves to 127.0.0.1 (DNS rebinding).
    rebound = post(qtbot, f"{base}/actions/next_speaker", headers={"Host": "rebind.example:80"})
    assert (from_page.status_code, rebound.status_code) == (403, 403)
    assert "Web pages may not drive the console" in from_page.json()["message"]
    with (
        pytest.raises(Exception, match="403"),
        websocket(qtbot, base.replace("http://", "ws://") + "/ws", origin="https://example.org"),
    ):
        pass
    assert console.service.state.current_entry_id is None
    # Companion's WebSocket module, made to look like a browser, sends the console's own address.
    local = post(qtbot, f"{base}/actions/next_speaker", headers={"Origin": base})
    assert local.status_code == 200


def test_a_wrong_address_or_method_is_answered_in_words(qtbot, console, surfaces):
    base = _listening(qtbot, surfaces)
    wrong_method = get(qtbot, f"{base}/actions/next_speaker")
    assert wrong_method.status_code == 405
    assert "use POST to run an action" in wrong_method.json()["message"]
    nowhere = get(qtbot, f"{base}/speakers")
    assert nowhere.status_code == 404 and "POST /actions/{name}" in nowhere.json()["message"]
    assert console.service.state.current_entry_id is None


def test_a_restart_on_the_same_ports_keeps_osc_listening(qtbot, console, surfaces):
    # Apply pressed again, or the network choice changed: the servers restart where they were;
    # the OSC port is the console's own, not "in use by another program".
    start(qtbot, surfaces, ControlConfig(http_port=0, osc_port=0))
    ports = ControlConfig(http_port=surfaces.http_port, osc_port=surfaces.osc_port)

    start(qtbot, surfaces, ports)

    assert surfaces.problems == []
    assert (surfaces.http_port, surfaces.osc_port) == (ports.http_port, ports.osc_port)
    send_osc(surfaces.osc_port, "/moderator/toggle_list_closed")
    qtbot.waitUntil(lambda: console.window.list_caption.text().endswith("LIST CLOSED"))


def test_both_ports_in_use_are_both_said_in_the_status_bar(qtbot, console, surfaces):
    # The chair sees the status bar's message, not the log: the second problem must not hide
    # the first.
    tcp, udp = taken_port(socket.SOCK_STREAM), taken_port(socket.SOCK_DGRAM)
    try:
        http_port, osc_port = tcp.getsockname()[1], udp.getsockname()[1]
        start(qtbot, surfaces, ControlConfig(http_port=http_port, osc_port=osc_port))
    finally:
        tcp.close()
        udp.close()

    message = console.window.statusBar().currentMessage()
    assert f"port {http_port} is in use" in message
    assert f"port {osc_port} is in use" in message


def test_the_status_bar_says_when_the_network_can_drive_the_console(
    qtbot, console, surfaces, monkeypatch
):
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", "venue-secret")
    label = console.window.findChild(QLabel, "controlStatus")
    start(qtbot, surfaces, ControlConfig(http_port=0))
    assert label.text() == f"Control: HTTP :{surfaces.http_port}"

    start(qtbot, surfaces, ControlConfig(host="0.0.0.0", http_port=0))

    assert label.text() == f"Control (network, secret): HTTP :{surfaces.http_port}"


def test_a_server_library_that_cannot_load_is_said_and_the_other_surface_still_starts(
    qtbot, console, surfaces, monkeypatch
):
    # A broken install (the bundle once left out a library uvicorn imports): the chair sees
    # why in the status bar, OSC still listens, and the console goes on.
    for name in [n for n in sys.modules if n == "uvicorn" or n.startswith("uvicorn.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn → ImportError
    start(qtbot, surfaces, ControlConfig(http_port=0, osc_port=0))

    assert surfaces.http_port is None and surfaces.osc_port is not None
    assert "HTTP control could not start" in surfaces.problems[0]
    assert "HTTP control could not start" in console.window.statusBar().currentMessage()
    send_osc(surfaces.osc_port, "/moderator/next_speaker")
    qtbot.waitUntil(lambda: console.service.state.current_entry_id is not None)
