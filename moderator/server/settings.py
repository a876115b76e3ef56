"""The settings of one running server, kept on ``app.state.settings`` for the endpoints."""

from __future__ import annotations

from dataclasses import dataclass, field

from moderator.server.limits.stream_limits import DEFAULT_PER_TOKEN, default_max_streams

PROTOCOL_VERSION = "1"
#: The shortest heartbeat a stream may ask for: each one wakes the stream's coroutine, and
#: 500 streams at 0.05 s took most of a core. A shorter ``heartbeat`` is served at this one.
MIN_HEARTBEAT_S = 1.0


@dataclass(slots=True)
class ServerSettings:
    max_body_bytes: int = 1024 * 1024
    heartbeat_s: float = 15.0
    hand_toggles_per_minute: int = 12
    hand_burst: int = 6
    retained_changes: int = 200_000
    max_streams: int = field(default_factory=default_max_streams)
    max_streams_per_token: int = DEFAULT_PER_TOKEN
    #: The Jitsi Meet server the participant page embeds its session's call from (``None``:
    #: no call on the page); ``jitsi_room`` names the room, ``{meeting}`` and ``{session}``
    #: replaced by their ids.
    jitsi_domain: str | None = None
    jitsi_room: str = "moderator-{meeting}-{session}"
