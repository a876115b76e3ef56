"""Requests exactly as Companion's generic modules build them from docs/companion.md.

The generic HTTP module joins its *Base URL* and a button's URL as they are typed
(``prefix + url``), sends the body field's default ``{}`` as JSON, and follows nothing. A Base
URL copied from Session → Control surfaces… (``http://127.0.0.1:8765/``) or typed with a
slash gives ``//actions/…``.
"""

from __future__ import annotations

import pytest
from support.control_clients import (
    get,
    off_the_gui_thread,
    post,
    receive_json,
    start,
    websocket,
)

from moderator.services.control.control_settings import ControlConfig
from moderator.ui.control.control_surfaces import ControlSurfaces

pytestmark = pytest.mark.usefixtures("qasync_loop")


@pytest.fixture
def surfaces(qtbot, console):  # type: ignore[no-untyped-def]
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    start(qtbot, control, ControlConfig(http_port=0))
    assert control.http_port, control.problems
    yield control
    control.close_now()


@pytest.mark.parametrize("base_url_ends_with", ["", "/", "//"])
def test_a_base_url_with_a_slash_drives_the_console_as_without(
    qtbot, console, surfaces, base_url_ends_with
):
    prefix = f"http://127.0.0.1:{surfaces.http_port}{base_url_ends_with}"

    pressed = post(
        qtbot,
        prefix + "/actions/next_speaker",
        json={},  # the module's default body
    )

    assert pressed.status_code == 200, pressed.text
    assert console.service.state.current_entry_id is not None
    remaining = get(qtbot, prefix + "/state/remaining")
    assert remaining.status_code == 200, remaining.text
    assert remaining.text == console.window.current_panel.countdown.reading.digits
    with websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}{base_url_ends_with}/ws") as ws:
        assert receive_json(qtbot, ws)["running"] is True


def test_the_address_the_dialog_shows_is_a_base_url_as_companion_joins_it(qtbot, console, surfaces):
    shown = surfaces.status_lines()[0].split(": ", 1)[1].split(" ")[0]
    assert not shown.endswith("/"), shown  # Base URL + "/actions/…" gives one slash
    assert post(qtbot, shown + "/actions/next_speaker", json={}).status_code == 200


def test_the_websocket_modules_keepalive_and_hex_commands_keep_the_connection(
    qtbot, console, surfaces
):
    # "Enable Ping" sends the bytes 00 as a binary message every 3 s; "Send hex command" with a
    # plain value sends its text as binary; "Send generic command" appends \r\n.
    with websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws") as ws:
        assert receive_json(qtbot, ws)["speaker"] is None
        off_the_gui_thread(qtbot, lambda: ws.send(b"\x00"))
        off_the_gui_thread(qtbot, lambda: ws.send(b"next_speaker"))
        answer = receive_json(qtbot, ws)
        while "reply" not in answer:  # the pushed document of the change may come first
            answer = receive_json(qtbot, ws)
        assert answer["reply"] == {"action": "next_speaker", "outcome": "done"}
        off_the_gui_thread(qtbot, lambda: ws.send("start_pause\r\n"))
        qtbot.waitUntil(lambda: not console.service.state.clock.is_running)
    assert console.service.state.current_entry_id is not None


def test_an_ipv6_address_is_shown_as_an_address_one_can_paste(qtbot, console):
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    try:
        start(qtbot, control, ControlConfig(host="::1", http_port=0, osc_port=0))
        http_line, osc_line = control.status_lines()
        shown = http_line.split(": ", 1)[1].split(" ")[0]
        assert shown == f"http://[::1]:{control.http_port}"
        assert f"(ws://[::1]:{control.http_port}/ws)" in http_line
        assert f"udp [::1]:{control.osc_port}" in osc_line
        assert post(qtbot, shown + "/actions/next_speaker", json={}).status_code == 200
    finally:
        control.close_now()


def test_on_the_network_the_dialog_names_addresses_companion_can_reach(qtbot, console, monkeypatch):
    # "http://0.0.0.0:8765" is where the console listens, not an address another machine can
    # type into Companion: the laptop's own network addresses are shown instead.
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", "venue-secret")
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    try:
        start(qtbot, control, ControlConfig(host="0.0.0.0", http_port=0, osc_port=0))
        http_line, osc_line = control.status_lines()[:2]
        assert "0.0.0.0" not in http_line + osc_line
        ipv4 = QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
        own = [
            address.toString()
            for address in QNetworkInterface.allAddresses()
            if address.protocol() == ipv4 and not address.isLoopback()
        ] or ["127.0.0.1"]
        for address in own:
            assert f"http://{address}:{control.http_port}" in http_line
            assert f"{address}:{control.osc_port}" in osc_line
        shown = http_line.split(": ", 1)[1].split(" ")[0]
        answer = get(qtbot, shown + "/state", headers={"X-Moderator-Secret": "venue-secret"})
        assert answer.status_code == 200
    finally:
        control.close_now()
