"""Zoom's hands through ZoomOSC: python-osc sends ZoomOSC's own messages (``/zoomosc/user/
handRaised`` with the target index, the user's name, the gallery index and the Zoom id) over
UDP to the real bridge process, which feeds the real server on loopback; when the chair
lowers such a hand, the bridge sends ``/zoom/zoomID/lowerHand`` to the target, here a
python-osc server standing in for ZoomOSC."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from helpers import API, lower_hand, now_ms, push
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer
from pythonosc.udp_client import SimpleUDPClient
from support.live_server import DemoMeeting, LiveServer

ZOOM_ID_ANA, ZOOM_ID_NEW = 16780288, 16781312


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def stand_in_for_zoomosc() -> Iterator[tuple[int, queue.Queue[tuple[str, list[Any]]]]]:
    """A UDP OSC server on loopback that records what it is sent, as ZoomOSC would get it."""
    received: queue.Queue[tuple[str, list[Any]]] = queue.Queue()
    dispatcher = Dispatcher()
    dispatcher.set_default_handler(lambda address, *args: received.put((address, list(args))))
    server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], received
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running_bridge(
    server: LiveServer, session_id: str, token: str, target_port: int
) -> Iterator[tuple[subprocess.Popen[str], int]]:
    port = free_udp_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moderator.server", "bridge", "zoomosc", "--listen", str(port),
         "--session", session_id, "--server", server.url,
         "--target", f"127.0.0.1:{target_port}"],
        env={**os.environ, "MODERATOR_TOKEN": token},
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        seen = []
        for line in process.stderr:  # until it listens and follows the feed (or ends)
            seen.append(line)
            if "listening for ZoomOSC on udp 127.0.0.1" in line:
                break
        else:
            raise AssertionError("the bridge did not start: " + "".join(seen))
        yield process, port
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


def wait_for_hand(client: httpx.Client, session_id: str, since: int, **expected: Any):  # type: ignore[no-untyped-def]
    """The next hand change after ``since`` matching ``expected`` (a long-poll: no sleep)."""
    for _ in range(20):
        answer = client.get(
            f"{API}/sessions/{session_id}/changes", params={"since": since, "wait": 10}
        ).json()
        for change in answer["changes"]:
            data = change["data"]
            if change["entity"] == "hand" and all(data.get(k) == v for k, v in expected.items()):
                return data, answer["version"]
        since = answer["version"]
    raise AssertionError(f"no hand change {expected} arrived")


@pytest.fixture
def zoom(live_server: LiveServer, demo: DemoMeeting):  # type: ignore[no-untyped-def]
    token = live_server.create_token("integration", "demo", sessions=[demo.session_id])
    with (
        stand_in_for_zoomosc() as (target_port, received),
        running_bridge(live_server, demo.session_id, token, target_port) as (_, port),
    ):
        osc = SimpleUDPClient("127.0.0.1", port)
        try:
            yield osc, received
        finally:
            osc._sock.close()  # python-osc's client has no close() before 1.9


def test_zoom_hands_arrive_and_the_chairs_lowering_goes_back_to_zoom(
    live_server: LiveServer, demo: DemoMeeting, zoom
):
    osc, received = zoom
    with live_server.client(demo.staff_token) as staff:
        start = staff.get(f"{API}/sessions/{demo.session_id}/changes").json()["version"]
        roster = {p["name"]: p["id"] for p in demo.upload["participants"]}
        ana_name = demo.upload["participants"][2]["name"]
        # ZoomOSC's arguments: target index, user name, gallery index, Zoom id.
        osc.send_message("/zoomosc/user/handRaised", [-1, ana_name, 3, ZOOM_ID_ANA])
        raised, version = wait_for_hand(staff, demo.session_id, start, state="raised")
        assert raised["participant_id"] == roster[ana_name] and raised["source"] == "zoom"

        # Someone not on the roster: a remote walk-in by their Zoom name.
        osc.send_message("/zoomosc/user/handRaised", [-1, "Zed Zoomer", -1, ZOOM_ID_NEW])
        walk_in, version = wait_for_hand(staff, demo.session_id, version, state="raised")
        people = staff.get(f"{API}/sessions/{demo.session_id}/snapshot").json()["participants"]
        zed = next(p for p in people if p["id"] == walk_in["participant_id"])
        assert (zed["name"], zed["attendance"]) == ("Zed Zoomer", "remote")

        # Zed lowers his own hand in Zoom.
        osc.send_message("/zoomosc/user/handLowered", [-1, "Zed Zoomer", -1, ZOOM_ID_NEW])
        mine, version = wait_for_hand(staff, demo.session_id, version, state="lowered")
        assert mine["lowered_by"] == "participant" and received.empty()

        # The chair lowers Ana's: the bridge lowers it in Zoom.
        chair = live_server.create_token("chair", "demo", sessions=[demo.session_id])
        with live_server.client(chair) as console:
            mutation = lower_hand(1, demo.session_id, raised["id"], now_ms())
            assert push(console, "console-1", [mutation]).status_code == 200
        assert received.get(timeout=20) == ("/zoom/zoomID/lowerHand", [ZOOM_ID_ANA])
        # ZoomOSC then reports the hand lowered: nothing changes twice.
        osc.send_message("/zoomosc/user/handLowered", [-1, ana_name, 3, ZOOM_ID_ANA])
        open_hands = staff.get(f"{API}/sessions/{demo.session_id}/hands").json()["hands"]
        assert open_hands == []


def test_a_message_not_as_zoomosc_sends_it_is_skipped_and_the_bridge_goes_on(
    live_server: LiveServer, demo: DemoMeeting, zoom
):
    osc, _received = zoom
    with live_server.client(demo.staff_token) as staff:
        start = staff.get(f"{API}/sessions/{demo.session_id}/changes").json()["version"]
        osc.send_message("/zoomosc/user/handRaised", ["no zoom id"])  # too few arguments
        osc.send_message("/zoomosc/user/videoOn", [-1, "Someone", 1, 5])  # not about hands
        name = demo.upload["participants"][1]["name"]
        osc.send_message("/zoomosc/user/handRaised", [-1, name, 1, 77])
        raised, _ = wait_for_hand(staff, demo.session_id, start, state="raised")
        assert raised["source"] == "zoom"
        assert [h["id"] for h in staff.get(f"{API}/sessions/{demo.session_id}/hands").json()[
            "hands"]] == [raised["id"]]  # fmt: skip


def test_the_bridge_refuses_to_start_with_a_token_that_cannot_feed_the_session(
    live_server: LiveServer, demo: DemoMeeting
):
    chair = live_server.create_token("chair", "demo", sessions=[demo.session_id])
    command = [sys.executable, "-m", "moderator.server", "bridge", "zoomosc", "--listen",
               str(free_udp_port()), "--session", demo.session_id,
               "--server", live_server.url]  # fmt: skip
    as_chair = subprocess.run(
        command, env={**os.environ, "MODERATOR_TOKEN": chair}, capture_output=True, text=True
    )
    assert as_chair.returncode == 2 and "make an integration token" in as_chair.stderr
    assert chair not in as_chair.stderr
    none = subprocess.run(
        command, env={k: v for k, v in os.environ.items() if k != "MODERATOR_TOKEN"},
        capture_output=True, text=True,
    )  # fmt: skip
    assert none.returncode == 2 and "no token" in none.stderr
    bad_target = subprocess.run(
        [*command, "--target", "zoom-host"], env={**os.environ, "MODERATOR_TOKEN": chair},
        capture_output=True, text=True,
    )  # fmt: skip
    assert bad_target.returncode == 2 and "--target 'zoom-host'" in bad_target.stderr


def test_two_zoom_users_of_one_name_raise_two_hands_and_a_rejoin_is_the_same_person(
    live_server: LiveServer, demo: DemoMeeting, zoom
):
    """Zoom names a phone user "iPhone" unless they say otherwise: two of them in the call
    are two people, and the second one's hand must show, not be taken for the first's."""
    osc, received = zoom
    first, second, back = 16790001, 16790002, 16790003
    with live_server.client(demo.staff_token) as staff:
        version = staff.get(f"{API}/sessions/{demo.session_id}/changes").json()["version"]
        osc.send_message("/zoomosc/user/online", [-1, "iPhone", 1, first])
        osc.send_message("/zoomosc/user/online", [-1, "iPhone", 2, second])
        osc.send_message("/zoomosc/user/handRaised", [-1, "iPhone", 1, first])
        one, version = wait_for_hand(staff, demo.session_id, version, state="raised")
        osc.send_message("/zoomosc/user/handRaised", [-1, "iPhone", 2, second])
        two, version = wait_for_hand(staff, demo.session_id, version, state="raised")
        assert one["participant_id"] != two["participant_id"]
        hands = staff.get(f"{API}/sessions/{demo.session_id}/hands").json()["hands"]
        assert [h["participant_id"] for h in hands] == [
            one["participant_id"],
            two["participant_id"],
        ]
        people = staff.get(f"{API}/sessions/{demo.session_id}/snapshot").json()["participants"]
        assert sum(p["name"] == "iPhone" for p in people) == 2

        # The first leaves (their hand goes down) and comes back with a new Zoom id: the
        # same person again, not a third "iPhone".
        osc.send_message("/zoomosc/user/offline", [-1, "iPhone", 1, first])
        gone, version = wait_for_hand(staff, demo.session_id, version, state="lowered")
        assert gone["participant_id"] == one["participant_id"]
        osc.send_message("/zoomosc/user/online", [-1, "iPhone", 1, back])
        osc.send_message("/zoomosc/user/handRaised", [-1, "iPhone", 1, back])
        again, _ = wait_for_hand(staff, demo.session_id, version, state="raised")
        assert again["participant_id"] == one["participant_id"]
        assert received.empty()
