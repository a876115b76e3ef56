"""How many event streams may be open: per token and for the whole server.

Every stream holds a socket (a file descriptor) and a coroutine for as long as it lives. One
token opening thousands exhausted the server's descriptors: a chair's snapshot got no answer.
A participant page needs one stream, two while it reconnects; a console one per session it
follows; a wall display one per screen. Past a cap the stream is refused with 429 before it
reads anything, and the streams already open go on.
"""

from __future__ import annotations

import resource
import threading
from collections.abc import Callable

#: A token's open streams, unless ``serve --max-streams-per-token`` says otherwise: a
#: participant's page on a phone and a laptop, each reconnecting once, or a room's screens
#: sharing one display token.
DEFAULT_PER_TOKEN = 8
#: Descriptors kept for everything else (the database, the log, requests, accepting).
RESERVED_FDS = 256
#: Streams beyond this are refused whatever the descriptor limit (about 40 kB of memory each).
MOST_STREAMS = 10_000
#: What a refused client is told to wait before trying again.
RETRY_AFTER_S = 10


class TooManyStreams(Exception):
    """A stream refused: ``scope`` is ``token`` or ``server``; ``limit`` the cap reached."""

    def __init__(self, scope: str, limit: int) -> None:
        super().__init__(f"{scope} stream limit {limit} reached")
        self.scope = scope
        self.limit = limit
        self.retry_after_s = RETRY_AFTER_S


def default_max_streams() -> int:
    """The server's cap from the process's descriptor limit (its soft limit, as raised by
    ``raise_descriptor_limit``), leaving room for everything else."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MOST_STREAMS
    return max(16, min(MOST_STREAMS, soft - RESERVED_FDS))


def raise_descriptor_limit(wanted: int = MOST_STREAMS + 2 * RESERVED_FDS) -> int:
    """Raise the soft descriptor limit towards ``wanted`` (never past the hard limit): a
    distribution's default of 1,024 would cap a big meeting's participant pages far below
    what the machine can serve. Returns the soft limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass  # a container that forbids it: the cap follows the limit as it is
    return soft


class StreamSlots:
    """Counts open streams per token and in all; ``take`` hands out a slot or refuses."""

    def __init__(self, per_token: int, total: int) -> None:
        self.per_token = per_token
        self.total = total
        self._open: dict[str, int] = {}
        self._count = 0
        self._lock = threading.Lock()

    @property
    def open_streams(self) -> int:
        return self._count

    def check_room(self) -> None:
        """Refuse at once when the server is full (before the token is even looked up)."""
        if self._count >= self.total:
            raise TooManyStreams("server", self.total)

    def take(self, token_id: str) -> Callable[[], None]:
        """A slot for one stream of ``token_id``; returns its release (safe to call twice)."""
        with self._lock:
            if self._count >= self.total:
                raise TooManyStreams("server", self.total)
            held = self._open.get(token_id, 0)
            if held >= self.per_token:
                raise TooManyStreams("token", self.per_token)
            self._open[token_id] = held + 1
            self._count += 1
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if released:
                    return
                released = True
                self._count -= 1
                left = self._open.get(token_id, 1) - 1
                if left > 0:
                    self._open[token_id] = left
                else:
                    self._open.pop(token_id, None)

        return release
