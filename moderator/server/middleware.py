"""ASGI middleware: protocol headers on every response, a body size limit, a request log.

Written as plain ASGI (not ``BaseHTTPMiddleware``) so streaming responses pass through
untouched and the headers reach the event stream too.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
log = logging.getLogger("moderator.server.requests")


class ProtocolHeaders:
    """``X-Server-Time-Ms`` and ``X-Moderator-Protocol`` on every HTTP response."""

    def __init__(self, app: Any, protocol_version: str, clock: Callable[[], int]) -> None:
        self.app = app
        self.protocol_version = protocol_version.encode()
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-server-time-ms", str(self.clock()).encode()))
                headers.append((b"x-moderator-protocol", self.protocol_version))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimit:
    """Refuse bodies over ``max_bytes`` with 413, by Content-Length or while streaming in."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _too_large(send, self.max_bytes)
            return
        received = 0
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    refused = True
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            if refused:
                await _too_large(send, self.max_bytes)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Any, max_bytes: int) -> None:
    body = json.dumps(
        {
            "error": {
                "code": "payload_too_large",
                "message": f"request body over {max_bytes} bytes",
            },
            "server_time_ms": time.time_ns() // 1_000_000,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestLog:
    """One structured log line per request: method, path, status, duration. Never headers
    (the bearer token) and never query strings."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            log.info(
                "request",
                extra={
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
