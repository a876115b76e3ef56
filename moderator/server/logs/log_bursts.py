"""Errors that come in bursts are logged once per burst, with a count of the rest.

When the process runs out of file descriptors every accept and every request fails the same
way: 22,485 identical tracebacks (23 MB) buried the one line that said why, and writing them
kept the server busy after the flood had passed. The first error of a kind is logged whole;
the same error within ``window_s`` is counted instead, and the next one logged after the window
says how many were left out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

#: The loggers whose errors come in bursts: the event loop's accept loop, uvicorn's, and the
#: server's own "unexpected server error".
BURSTY_LOGGERS = ("asyncio", "uvicorn.error", "moderator.server.requests")


class BurstFilter(logging.Filter):
    """Lets through the first warning or error of each kind per ``window_s``; the rest are
    counted and the count is added to the next one let through."""

    def __init__(self, window_s: float = 10.0, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.window_s = window_s
        self.clock = clock
        self._last: dict[tuple[str, str, str], float] = {}
        self._left_out: dict[tuple[str, str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        error = record.exc_info[1] if record.exc_info else None
        kind = (record.name, str(record.msg), type(error).__name__ if error else "")
        now = self.clock()
        last = self._last.get(kind)
        if last is not None and now - last < self.window_s:
            self._left_out[kind] = self._left_out.get(kind, 0) + 1
            return False
        self._last[kind] = now
        left_out = self._left_out.pop(kind, 0)
        if left_out:
            record.msg = f"{record.msg} ({left_out} more like it left out of the log)"
            record.repeated = left_out
        return True


def limit_bursts(names: Iterable[str] = BURSTY_LOGGERS, window_s: float = 10.0) -> BurstFilter:
    """Install one ``BurstFilter`` on each of the loggers ``names``."""
    burst = BurstFilter(window_s)
    for name in names:
        logging.getLogger(name).addFilter(burst)
    return burst
