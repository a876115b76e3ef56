"""The control secret as a technician types it, and where it must never show up.

Real console, real servers on 127.0.0.1, real HTTP, WebSocket and OSC clients; the log is read
as the records the console's handlers would write.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

import pytest
from support.control_clients import get, post, receive_json, send_osc, start, websocket

from moderator.services.control.control_settings import ControlConfig
from moderator.ui.control.control_surfaces import ControlSurfaces

pytestmark = pytest.mark.usefixtures("qasync_loop")

#: What a technician may well choose: accents, spaces, signs that mean something in an address.
ODD_SECRET = "Grüße & co+1/?#"

#: Loggers of the test's own clients (they log what they send; the console does not run them).
_THE_TESTS_CLIENTS = ("websockets.client", "httpx", "httpcore")


@pytest.fixture
def surfaces(qtbot, console, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MODERATOR_CONTROL_SECRET", ODD_SECRET)
    control = ControlSurfaces()
    control.attach(console.window, console.service)
    start(qtbot, control, ControlConfig(http_port=0, osc_port=0, require_secret=True))
    assert control.http_port, control.problems
    yield control
    control.close_now()


def test_a_secret_with_accents_and_signs_is_accepted_wherever_it_can_be_sent(
    qtbot, console, surfaces
):
    base = f"http://127.0.0.1:{surfaces.http_port}"
    utf8 = ODD_SECRET.encode("utf-8")  # what curl, a script or a shell sends in a header

    by_header = post(qtbot, f"{base}/actions/next_speaker", headers={"X-Moderator-Secret": utf8})
    assert by_header.status_code == 200, by_header.text
    bearer = get(qtbot, f"{base}/state", headers={"Authorization": b"Bearer " + utf8})
    assert bearer.status_code == 200, bearer.text
    assert get(qtbot, f"{base}/state/running?secret={quote(ODD_SECRET)}").text == "true"
    with websocket(
        qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws?secret={quote(ODD_SECRET)}"
    ) as ws:
        assert receive_json(qtbot, ws)["running"] is True
    send_osc(surfaces.osc_port, "/moderator/start_pause", ODD_SECRET)
    qtbot.waitUntil(lambda: not console.service.state.clock.is_running)
    # A near miss is still refused.
    near = post(
        qtbot, f"{base}/actions/next_speaker", headers={"X-Moderator-Secret": "Grusse & co+1/?#"}
    )
    assert near.status_code == 401


def test_the_secret_never_reaches_the_log(qtbot, console, surfaces, caplog):
    caplog.set_level(logging.DEBUG)
    base = f"http://127.0.0.1:{surfaces.http_port}"
    in_address = quote(ODD_SECRET)

    with websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws?secret={in_address}") as ws:
        receive_json(qtbot, ws)
    with (
        pytest.raises(Exception, match="403"),
        websocket(qtbot, f"ws://127.0.0.1:{surfaces.http_port}/ws?secret={in_address}x"),
    ):
        pass
    post(qtbot, f"{base}/actions/nxt?secret={in_address}")
    post(qtbot, f"{base}/actions/add_time?secret=wrong-{in_address}")
    send_osc(surfaces.osc_port, "/moderator/nothing_such", ODD_SECRET)
    send_osc(surfaces.osc_port, "/moderator/toggle_list_closed", ODD_SECRET)
    qtbot.waitUntil(lambda: console.window.list_caption.text().endswith("LIST CLOSED"))

    handler = logging.StreamHandler()  # the words a log line would carry, args and extras too
    lines = [
        handler.format(record) + repr(record.__dict__)
        for record in caplog.records
        if not record.name.startswith(_THE_TESTS_CLIENTS)
    ]
    assert any("WebSocket" in line for line in lines)  # the connections were logged…
    for line in lines:  # …without the secret, in any spelling
        for spelling in (ODD_SECRET, in_address, quote(ODD_SECRET, safe=""), "Gr%C3%BC"):
            assert spelling not in line, line
