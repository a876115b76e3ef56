"""ASGI middleware: protocol headers on every response, a body size limit, a request log
and the audit lines of refusals.

Written as plain ASGI (not ``BaseHTTPMiddleware``) so streaming responses pass through
untouched and the headers reach the event stream too.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from moderator.server.logs import audit

Scope = dict[str, Any]
Message = dict[str, Any]
log = logging.getLogger("moderator.server.requests")


class ProtocolHeaders:
    """``X-Server-Time-Ms`` and ``X-Moderator-Protocol`` on every HTTP response; a request for
    another protocol version is refused; an unexpected failure still answers in the protocol's
    error format (with the headers), never as a bare text page."""

    def __init__(self, app: Any, protocol_version: str, clock: Callable[[], int]) -> None:
        self.app = app
        self.protocol_version = protocol_version.encode()
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.append((b"x-server-time-ms", str(self.clock()).encode()))
                headers.append((b"x-moderator-protocol", self.protocol_version))
                message = {**message, "headers": headers}
            await send(message)

        asked_all = [
            value for name, value in scope.get("headers", []) if name == b"x-moderator-protocol"
        ]
        if len(asked_all) > 1:
            # Two versions asked: answering either would be a guess (a proxy adding its own).
            await send_error(
                send_with_headers,
                400,
                "protocol_version_ambiguous",
                f"X-Moderator-Protocol is given {len(asked_all)} times; send it once",
                self.clock(),
            )
            return
        asked = asked_all[0] if asked_all else None
        if asked is not None and asked.strip() != self.protocol_version:
            await send_error(
                send_with_headers,
                400,
                "protocol_version_unsupported",
                f"this server speaks protocol {self.protocol_version.decode()}, "
                f"not {asked.decode(errors='replace')}",
                self.clock(),
            )
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unexpected server error", extra={"path": scope.get("path")})
            if not started:
                await send_error(
                    send_with_headers,
                    500,
                    "internal_error",
                    "unexpected server error",
                    self.clock(),
                )


async def send_error(send: Any, status: int, code: str, message: str, now_ms: int) -> None:
    """Answer in the protocol's error format from below the application."""
    body = json.dumps(
        {"error": {"code": code, "message": message}, "server_time_ms": now_ms}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


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
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Answer now; the application sees the client gone, and whatever it tries
                    # to send afterwards is dropped.
                    refused = True
                    await _too_large(send, self.max_bytes)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, limited_receive, guarded_send)


async def _too_large(send: Any, max_bytes: int) -> None:
    await send_error(
        send,
        413,
        "payload_too_large",
        f"request body over {max_bytes} bytes",
        time.time_ns() // 1_000_000,
    )


class RequestLog:
    """One log line per request: method, path, status, duration and the caller (token id and
    role, never the token); and the audit line of a refused request or of a change made
    outside a push (``audit``). Never headers and never query strings.

    The outermost layer, so refusals made below the application (a body too large, a
    protocol version it cannot speak, a crash) are logged like any other."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        error_body = b""
        # Made here, so what the endpoint notes reaches this layer even through a copied scope.
        state = scope.setdefault("state", {})

        async def watch(message: Message) -> None:
            nonlocal status, error_body
            if message["type"] == "http.response.start":
                status = message["status"]
            elif (
                message["type"] == "http.response.body"
                and status >= 400
                and len(error_body) < _ERROR_BODY_MAX  # an error answer is small JSON
            ):
                error_body += message.get("body", b"")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            principal = state.get(audit.PRINCIPAL)
            log.info(
                "request",
                extra={
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    **audit.caller_fields(principal),
                },
            )
            _audit(scope, state, principal, status, error_body)


_ERROR_BODY_MAX = 16 * 1024
_WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def _audit(scope: Scope, state: dict[str, Any], principal: Any, status: int, body: bytes) -> None:
    """The request's audit line: every refusal; a write's success unless the endpoint wrote
    its own lines (a push, one per mutation)."""
    method = scope.get("method") or "?"
    if status < 400 and not (method in _WRITES and 200 <= status < 300):
        return  # a read, a redirect, or no answer at all: nothing changed
    outcome = state.get(audit.OUTCOME, audit.APPLIED) if status < 400 else _error_code(body)
    if outcome is None:
        return
    operation = f"{method} {audit.route_of(scope.get('route'), scope.get('path'))}"
    audit.request(principal, operation, scope.get("path_params") or {}, status, outcome)


def _error_code(body: bytes) -> str:
    """The protocol error's code (never its message: it may quote what was sent)."""
    try:
        code = json.loads(body)["error"]["code"]
    except (ValueError, TypeError, KeyError):
        return "unknown_error"
    return code if isinstance(code, str) and audit.safe_id(code) else "unknown_error"
