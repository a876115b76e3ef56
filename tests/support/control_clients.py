"""Real clients for the console's control servers, run off the GUI thread while the test spins
Qt (the servers live on the console's own loop, as in the running console)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from pytestqt.qtbot import QtBot
from websockets.sync.client import ClientConnection, connect

from moderator.services.control.control_settings import ControlConfig
from moderator.ui.control.control_surfaces import ControlSurfaces


def off_the_gui_thread(qtbot: QtBot, work: Callable[[], Any], timeout_ms: int = 10_000) -> Any:
    """``work()`` on a thread of its own while Qt (and so the servers) keep running here."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as error:  # handed to the test
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if "error" in box:
        raise box["error"]
    return box["value"]


def start(qtbot: QtBot, surfaces: ControlSurfaces, config: ControlConfig) -> None:
    task = asyncio.ensure_future(surfaces.start(config))
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()


def stop(qtbot: QtBot, surfaces: ControlSurfaces) -> None:
    task = asyncio.ensure_future(surfaces.stop())
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()


def post(qtbot: QtBot, url: str, **kwargs: Any) -> httpx.Response:
    return off_the_gui_thread(qtbot, lambda: httpx.post(url, timeout=10, **kwargs))


def get(qtbot: QtBot, url: str, **kwargs: Any) -> httpx.Response:
    return off_the_gui_thread(qtbot, lambda: httpx.get(url, timeout=10, **kwargs))


@contextmanager
def websocket(qtbot: QtBot, url: str, origin: str | None = None) -> Iterator[ClientConnection]:
    def open_it() -> tuple[Any, ClientConnection]:
        opening = connect(url, open_timeout=10, origin=origin)  # connects: off the GUI thread
        return opening, opening.__enter__()  # as ``with connect(…)`` does

    opening, connection = off_the_gui_thread(qtbot, open_it)
    try:
        yield connection
    finally:
        off_the_gui_thread(qtbot, lambda: opening.__exit__(None, None, None))


def receive_json(qtbot: QtBot, connection: ClientConnection) -> dict[str, Any]:
    import json

    return json.loads(off_the_gui_thread(qtbot, lambda: connection.recv(timeout=10)))


def taken_port(kind: socket.SocketKind) -> socket.socket:
    """A port another program holds on 127.0.0.1."""
    holder = socket.socket(socket.AF_INET, kind)
    holder.bind(("127.0.0.1", 0))
    if kind == socket.SOCK_STREAM:
        holder.listen(1)
    return holder


def send_osc(port: int, address: str, *arguments: Any) -> None:
    """One OSC message over UDP to 127.0.0.1, built by python-osc as any OSC sender builds it."""
    from pythonosc.osc_message_builder import OscMessageBuilder

    builder = OscMessageBuilder(address=address)
    for argument in arguments:
        builder.add_arg(argument)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(builder.build().dgram, ("127.0.0.1", port))
