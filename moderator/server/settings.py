"""The settings of one running server, kept on ``app.state.settings`` for the endpoints."""

from __future__ import annotations

from dataclasses import dataclass

PROTOCOL_VERSION = "1"


@dataclass(slots=True)
class ServerSettings:
    max_body_bytes: int = 1024 * 1024
    heartbeat_s: float = 15.0
    hand_toggles_per_minute: int = 12
    hand_burst: int = 6
    retained_changes: int = 200_000
