"""Fixtures of the server tests: the real server on loopback (``support.live_server``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.live_server import (  # noqa: F401 - re-exported for the tests of this folder
    DemoMeeting,
    LiveServer,
    demo_upload,
    free_port,
)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(db_path=tmp_path / "server.sqlite3", log_path=tmp_path / "server.log")
    server.start()
    yield server
    server.kill()


@pytest.fixture
def demo(live_server: LiveServer) -> DemoMeeting:
    return live_server.load_demo("demo")
