"""The console's HTTP client of the sync protocol (``docs/protocol.md``), on httpx.

Every answer's ``X-Server-Time-Ms`` feeds the clock-offset estimate. Errors come back as
``BackendError`` with the protocol's code and message; a network problem is ``Unreachable``.
TLS certificates are verified (httpx's default); nothing here logs the token.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
from httpx_sse import aconnect_sse

from moderator.domain.timing.clock_offset import ClockOffset

PROTOCOL_VERSION = "1"


class BackendError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.field = field  # the request's part it is about ("mutations.2.args.entry_id")


class Unreachable(Exception):
    """The backend could not be reached (or the connection broke); try again later."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class BackendClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout_s: float = 10.0,
        clock: Callable[[], int] = _now_ms,
    ) -> None:
        """``clock`` times the round trips for the offset estimate: pass the console's own
        monotonic-anchored clock, so a jump of the laptop's wall clock cannot skew it."""
        self.base_url = base_url.rstrip("/")
        self._clock = clock
        self._timeout_s = timeout_s
        self.offset = ClockOffset()
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers={
                "Authorization": f"Bearer {token}",
                "X-Moderator-Protocol": PROTOCOL_VERSION,
            },
            timeout=httpx.Timeout(timeout_s),
            transport=transport,
        )

    async def close(self) -> None:
        await self._client.aclose()

    # --- calls -------------------------------------------------------------------------------

    async def whoami(self) -> dict[str, Any]:
        return await self._call("GET", "/api/v1/whoami")

    async def meeting(self, meeting_id: str) -> dict[str, Any]:
        return await self._call("GET", f"/api/v1/meetings/{meeting_id}")

    async def import_agenda(
        self, meeting_id: str, document: bytes, dry_run: bool
    ) -> dict[str, Any]:
        """Import Moderator's agenda JSON (``document``, already encoded: a congress is most
        of a megabyte, encoded off the event loop) into the backend's meeting (staff,
        admins): what it changes, and with ``dry_run`` only that."""
        return await self._call(
            "POST",
            f"/api/v1/meetings/{meeting_id}/agenda",
            params={"dry_run": "true" if dry_run else "false"},
            content=document,
            headers={"Content-Type": "application/json"},
            timeout=httpx.Timeout(max(self._timeout_s, 60.0)),
        )

    async def snapshot(self, session_id: str, client_id: str | None = None) -> dict[str, Any]:
        """The session now; with ``client_id``, also how many of its mutations it includes."""
        params = {"client_id": client_id} if client_id else None
        return await self._call("GET", f"/api/v1/sessions/{session_id}/snapshot", params=params)

    async def push(self, client_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return await self._call(
            "POST", "/api/v1/push", json={"client_id": client_id, "mutations": mutations}
        )

    async def changes(
        self, session_id: str, since: int, wait_s: float = 0, timeout_s: float | None = None
    ) -> dict[str, Any]:
        """Changes after ``since``; with ``wait_s``, a long-poll that answers as soon as there
        are any (or empty after ``wait_s``)."""
        return await self._call(
            "GET",
            f"/api/v1/sessions/{session_id}/changes",
            params={"since": since, "wait": wait_s},
            timeout=httpx.Timeout((timeout_s or self._timeout_s) + wait_s),
        )

    async def events(
        self, session_id: str, since: int, heartbeat_s: float
    ) -> AsyncIterator[dict[str, Any] | None]:
        """Changes from the event stream; ``None`` for each heartbeat or comment-only gap.

        The read timeout is well above the heartbeat, so a half-open connection (a laptop that
        slept, a dead Wi-Fi) ends the stream with ``Unreachable`` instead of hanging.
        """
        import json

        timeout = httpx.Timeout(self._timeout_s, read=max(2.0, heartbeat_s * 2.5))
        # The round trip of the offset sample: sent before connecting, received when the
        # headers arrive (a sample taken after the answer would claim a 0 ms round trip and
        # always win, biased by the one-way delay).
        sent = self._clock()
        try:
            async with aconnect_sse(
                self._client,
                "GET",
                f"/api/v1/sessions/{session_id}/events",
                params={"heartbeat": heartbeat_s},
                headers={"Last-Event-ID": str(since)},
                timeout=timeout,
            ) as source:
                response = source.response
                self._sample(response, sent, self._clock())
                if response.status_code >= 400:
                    await response.aread()
                    raise _error_of(response)
                async for event in source.aiter_sse():
                    if event.event == "change":
                        yield json.loads(event.data)
                    elif event.event == "reset":
                        raise BackendError(410, "cursor_too_old", "the stream asked for a reset")
                    elif event.event == "refused":  # the token was revoked or expired
                        raise _refusal_of(event.data)
                    else:
                        yield None
        except httpx.HTTPError as error:
            raise Unreachable(str(error) or type(error).__name__) from error

    # --- plumbing ----------------------------------------------------------------------------

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        sent = self._clock()
        try:
            response = await self._client.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise Unreachable(str(error) or type(error).__name__) from error
        self._sample(response, sent, self._clock())
        if response.status_code >= 400:
            raise _error_of(response)
        try:
            return response.json()
        except ValueError as error:
            raise BackendError(
                response.status_code, "bad_response", "the backend's answer is not JSON"
            ) from error

    def _sample(self, response: httpx.Response, sent_ms: int, received_ms: int) -> None:
        server = response.headers.get("x-server-time-ms")
        if server is not None and server.isdigit():
            self.offset.add(sent_ms, received_ms, int(server))


def _refusal_of(data: str) -> BackendError:
    """The backend ending a stream because its token no longer works: the same error as the
    next request would get, so the console says it at once."""
    import json

    try:
        refusal = json.loads(data)
        return BackendError(int(refusal["status"]), str(refusal["code"]), str(refusal["message"]))
    except (ValueError, KeyError, TypeError):
        return BackendError(401, "unauthenticated", "the backend no longer accepts this token")


def _error_of(response: httpx.Response) -> BackendError:
    try:
        error = response.json()["error"]
        return BackendError(
            response.status_code,
            error.get("code", "error"),
            error.get("message", ""),
            error.get("details"),
            error.get("field"),
        )
    except (ValueError, KeyError, TypeError):
        return BackendError(response.status_code, "http_error", response.reason_phrase)
