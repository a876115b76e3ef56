"""When the event stream cannot work on a network, the console long-polls instead.

Some venue and hotel networks sit behind proxies that rewrite a streamed answer (a "blocked"
page instead of the event stream) or hold it back until it ends, which an endless stream never
does. Plain requests still work there. The console must notice, follow the session by
long-polling, keep pushing, and try the stream again later.

The broken proxy is an httpx transport wrapper around the real transport: every request still
goes over real HTTP to the real server on 127.0.0.1, except that the answer to the event stream
is rewritten or held back.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest
from support.live_server import DemoMeeting, LiveServer
from sync_console import HeadlessConsole

from moderator.domain.commands import AdjustTime, GiveFloor


class StreamBreakingTransport(httpx.AsyncBaseTransport):
    """Real HTTP, but the event stream is broken the way ``mode`` says, until ``heal()``.

    - ``rewrite``: the proxy answers the stream with its own HTML page (status 200);
    - ``buffer``: the proxy reads the whole answer before passing it on, so the stream's
      headers never arrive; the client's read timeout ends the wait.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.inner = httpx.AsyncHTTPTransport()
        self.stream_attempts = 0

    def heal(self) -> None:
        self.mode = "pass"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/events") or self.mode == "pass":
            return await self.inner.handle_async_request(request)
        self.stream_attempts += 1
        if self.mode == "rewrite":
            return httpx.Response(
                200,
                headers={"content-type": "text/html"},
                content=b"<html><body>Streaming is not allowed on this network</body></html>",
                request=request,
            )
        response = await self.inner.handle_async_request(request)
        read_timeout = request.extensions.get("timeout", {}).get("read") or 5.0
        try:
            await asyncio.wait_for(response.aread(), timeout=read_timeout)
        except TimeoutError:
            await response.aclose()
            raise httpx.ReadTimeout("no answer within the read timeout", request=request) from None
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize("mode", ["rewrite", "buffer"])
def test_the_console_long_polls_when_the_stream_is_broken(
    mode: str, live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    transport = StreamBreakingTransport(mode)

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3",
            live_server.url,
            chair,
            demo.session_id,
            heartbeat_s=0.5,
            timeout_s=2.0,
            transport=transport,
            long_poll_sticky_s=3.0,
        )
        b = await HeadlessConsole.start(
            tmp_path / "b.sqlite3", live_server.url, demo.staff_token, demo.session_id
        )
        try:
            await a.until(lambda: a.sync.status.transport == "long-poll", timeout=30)
            assert transport.stream_attempts >= 2, "switched before the stream failed twice"
            attempts_when_switched = transport.stream_attempts

            # Another console's action reaches this one through the long-poll, promptly.
            entry = b.state.entries[0].id
            b.execute(GiveFloor(demo.session_id, entry, uuid.uuid4().hex, b.time_source.now_ms()))
            loop = asyncio.get_running_loop()
            acted_at = loop.time()
            await a.until(lambda: a.state.current_entry_id == entry, timeout=10)
            delay_s = loop.time() - acted_at
            assert delay_s < 2.0, f"long-poll brought the change after {delay_s:.2f} s"
            assert a.sync.status.state in ("online", "syncing")

            # This console's own actions still reach the backend.
            a.execute(AdjustTime(demo.session_id, 30_000))
            expected = b.state.entry(entry).allotted_ms + 30_000
            await b.until(lambda: b.state.clock.allotted_ms == expected, timeout=10)
            await a.until(lambda: a.sync_store.pending_count() == 0, timeout=10)
            assert transport.stream_attempts == attempts_when_switched, (
                "the stream was retried during the long-poll period"
            )

            # The network is fixed: after the long-poll period the stream is used again.
            transport.heal()
            await a.until(lambda: a.sync.status.transport == "stream", timeout=15)
            a.execute(AdjustTime(demo.session_id, -10_000))
            await b.until(lambda: b.state.clock.allotted_ms == expected - 10_000, timeout=10)
            b.execute(AdjustTime(demo.session_id, 5_000))
            await a.until(lambda: a.state.clock.allotted_ms == expected - 5_000, timeout=10)
            assert a.rejections == [] and b.rejections == []
        finally:
            await a.close()
            await b.close()

    asyncio.run(scenario())


def test_a_dead_network_is_not_mistaken_for_a_broken_stream(
    live_server: LiveServer, demo: DemoMeeting, tmp_path: Path
):
    """When nothing gets through at all, the console reconnects (with backoff) and does not
    switch to long-polling: the stream is fine, the network is not."""
    from support.fault_proxy import FaultProxy

    chair = live_server.create_token("chair", sessions=[demo.session_id])
    proxy = FaultProxy(live_server.port)

    async def scenario() -> None:
        a = await HeadlessConsole.start(
            tmp_path / "a.sqlite3",
            proxy.url,
            chair,
            demo.session_id,
            heartbeat_s=0.5,
            timeout_s=2.0,
        )
        try:
            await a.until(lambda: a.sync.status.state == "online", timeout=15)
            proxy.refuse()
            await a.until(
                lambda: a.sync.status.state == "reconnecting" and a.sync.status.attempt >= 3,
                timeout=30,
            )
            assert a.sync.status.transport == "stream"
            proxy.heal()
            await a.until(lambda: a.sync.status.state == "online", timeout=15)
            assert a.sync.status.transport == "stream"
        finally:
            await a.close()

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
