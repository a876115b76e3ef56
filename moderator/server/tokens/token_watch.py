"""Whether the token behind an open stream or a waiting long-poll still works.

A token is checked when a request arrives; a stream lives on for hours after. Revoking a
token (``moderator-server revoke-token``, another process) or reaching its expiry must end
its streams too, or a lost laptop would keep reading the meeting. Each stream asks between
two heartbeats; the answers share one small query of the revoked tokens, made at most every
``MAX_AGE_S``, so ten thousand streams cost no more than one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from moderator.server.database import ServerDatabase
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import Principal, TokenRefused, expired, revoked

#: How old the list of revoked tokens may be when a stream asks.
MAX_AGE_S = 0.5
#: Revocations older than this before the watch began are not read: every open stream was let
#: in after that, past the door's own check. The margin covers clocks of other machines
#: writing the database (PostgreSQL).
CLOCK_MARGIN_MS = 3_600_000


class TokenWatch:
    def __init__(self, db: ServerDatabase, clock: Callable[[], int]) -> None:
        self._db = db
        self._clock = clock
        self._revoked: dict[str, int] = {}
        self._read_at = float("-inf")
        self._reading: asyncio.Future[dict[str, int]] | None = None
        self._since_ms = clock() - CLOCK_MARGIN_MS

    async def refusal(self, principal: Principal) -> TokenRefused | None:
        """Why ``principal``'s token no longer works, or ``None`` while it does."""
        at = principal.expires_at_ms
        if at is not None and self._clock() >= at:
            return expired(at)
        revoked_at = (await self._revoked_tokens()).get(principal.token_id)
        return None if revoked_at is None else revoked(revoked_at)

    def seconds_left(self, principal: Principal) -> float | None:
        """Until the token expires (a waiting stream wakes then), ``None`` if it never does."""
        if principal.expires_at_ms is None:
            return None
        return max(0.0, (principal.expires_at_ms - self._clock()) / 1000)

    async def _revoked_tokens(self) -> dict[str, int]:
        if time.monotonic() - self._read_at < MAX_AGE_S:
            return self._revoked
        # One query for every stream that asks at once, and all of them resume together when
        # it is answered: a lock would let them through one loop turn after another, spreading
        # the reads that a change's fan-out shares (``ChangeHub.fetch_shared``) over many turns.
        if self._reading is None or self._reading.done():
            self._reading = asyncio.ensure_future(self._refresh())
        return await asyncio.shield(self._reading)

    async def _refresh(self) -> dict[str, int]:
        self._revoked = await run_in_threadpool(self._read)
        self._read_at = time.monotonic()
        return self._revoked

    def _read(self) -> dict[str, int]:
        with self._db.read() as connection:
            rows = connection.execute(
                select(TokenRow.id, TokenRow.revoked_at_ms).where(
                    TokenRow.revoked_at_ms >= self._since_ms
                )
            )
            return {row.id: row.revoked_at_ms for row in rows}
