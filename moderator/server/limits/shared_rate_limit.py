"""The hand-raising rate limit kept in PostgreSQL, shared by every server process.

Behind a load balancer, or with ``serve --workers N``, a participant's requests land on any
process: buckets kept per process would let a stuck finger or a script through N times as
often. One statement takes a token or refuses, so two processes never both spend the last
one; the database's clock times the refill, so hosts whose clocks differ agree.
"""

from __future__ import annotations

import math

from sqlalchemy import Engine, text

from moderator.server.limits.rate_limit import RateLimited

_TAKE = text(
    """
    INSERT INTO sync_rate_buckets AS bucket (key, tokens, at_s)
    VALUES (:key, :burst - 1, extract(epoch FROM clock_timestamp()))
    ON CONFLICT (key) DO UPDATE SET
        tokens = LEAST(:burst, bucket.tokens + (excluded.at_s - bucket.at_s) * :rate) - 1,
        at_s = excluded.at_s
    WHERE LEAST(:burst, bucket.tokens + (excluded.at_s - bucket.at_s) * :rate) >= 1
    RETURNING bucket.tokens
    """
)
_LEFT = text(
    """
    SELECT LEAST(:burst, tokens + (extract(epoch FROM clock_timestamp()) - at_s) * :rate)
    FROM sync_rate_buckets WHERE key = :key
    """
)


class SharedRateLimiter:
    def __init__(self, engine: Engine, rate_per_s: float, burst: int) -> None:
        self.engine = engine
        self.rate = rate_per_s
        self.burst = burst

    def take(self, key: str) -> None:
        """Use one token of ``key``'s bucket, or raise ``RateLimited`` with the wait."""
        params = {"key": key, "burst": float(self.burst), "rate": self.rate}
        with self.engine.begin() as connection:
            if connection.execute(_TAKE, params).first() is not None:
                return
            left = connection.execute(_LEFT, params).scalar() or 0.0
        raise RateLimited(max(1, math.ceil((1 - float(left)) / self.rate)))
