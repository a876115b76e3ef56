"""The server clock offset, estimated from request round trips (NTP's simplest form).

For a request sent at ``t_send`` and answered at ``t_receive`` (our clock) carrying the server's
time ``t_server``, the offset is ``t_server − (t_send + t_receive) / 2``, wrong by at most half
the round trip. The sample with the smallest round trip is kept; samples age, so that after a
while (a laptop's clock drifts, the network changes) a fresh one can replace it even if slower.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A sample's round trip counts this much more per second of age when compared with a new one.
AGEING_MS_PER_S = 0.5


@dataclass(frozen=True, slots=True)
class OffsetSample:
    offset_ms: float
    round_trip_ms: int
    taken_at_ms: int  # our clock


class ClockOffset:
    def __init__(self) -> None:
        self.best: OffsetSample | None = None

    @property
    def offset_ms(self) -> int:
        return round(self.best.offset_ms) if self.best else 0

    @property
    def uncertainty_ms(self) -> float | None:
        return self.best.round_trip_ms / 2 if self.best else None

    def add(self, send_ms: int, receive_ms: int, server_ms: int) -> bool:
        """Consider one round trip; return True if it became the estimate."""
        if receive_ms < send_ms:
            return False  # our clock went backwards mid-request: the sample means nothing
        sample = OffsetSample(
            offset_ms=server_ms - (send_ms + receive_ms) / 2,
            round_trip_ms=receive_ms - send_ms,
            taken_at_ms=receive_ms,
        )
        if self.best is None or _score(sample, receive_ms) <= _score(self.best, receive_ms):
            self.best = sample
            return True
        return False


def _score(sample: OffsetSample, now_ms: int) -> float:
    age_s = max(0, now_ms - sample.taken_at_ms) / 1000
    return sample.round_trip_ms + age_s * AGEING_MS_PER_S
