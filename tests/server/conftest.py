"""Fixtures of the server tests: the demo meeting uploaded to the real server on loopback
(``live_server``, the suite's one server fixture, is in ``tests/conftest.py``)."""

from __future__ import annotations

import pytest
from support.live_server import DemoMeeting, LiveServer


@pytest.fixture
def demo(live_server: LiveServer) -> DemoMeeting:
    return live_server.load_demo("demo")
