"""The control API over HTTP and a WebSocket, served inside the console's process.

- ``POST /actions/{name}``: the action, as its key would trigger it. 200 ``done``; 202
  ``opened`` (it opened a dialog that waits for the chair); 409 ``refused`` or ``disabled``
  with the reason; 404 for an unknown name, with the nearest names; 401 without the secret;
  403 on 127.0.0.1 for a web page's request or another host name (``access``). Nothing is
  done on a 401 or 403.
- ``GET /actions``: every action with its description and whether it can run now.
- ``GET /state``: the state document (``services.control.state_document``);
  ``GET /state/{field}`` one field as plain text (``/state/remaining`` → ``4:59``,
  ``/state/speaker.name``), for surfaces that store a response as it is.
- ``/ws``: a WebSocket that receives the document at once and again at each change (and each
  second while the clock runs); a message naming an action triggers it and is answered with
  the result (binary messages are read as text; NUL bytes alone are a keepalive).

Starlette on uvicorn, on the console's own asyncio loop (qasync): requests are served between
the window's events, and an action runs on Qt's side of the loop (``ui.control``), never
inside a request's coroutine, so a dialog it opens does not hold the server. The socket is
bound before the server starts (``sockets.bind_socket``): a port in use is an answer, not a
crash. Uvicorn's signal handling is left out: the console owns its signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from typing import Any

from moderator.services.control.access import (
    local_request_refusal,
    presented_secret,
    secret_matches,
)
from moderator.services.control.control_hub import ControlHub
from moderator.services.control.log_redaction import hide_secrets_in_server_logs
from moderator.services.control.outcome import Outcome, nearest_names
from moderator.services.control.paths import single_slashes
from moderator.services.control.sockets import bind_socket, bound_port, is_loopback

log = logging.getLogger(__name__)

#: The largest WebSocket message accepted (an action name is a few dozen bytes).
WS_MAX_BYTES = 4096

_STATUS = {
    Outcome.DONE: 200,
    Outcome.OPENED: 202,
    Outcome.REFUSED: 409,
    Outcome.DISABLED: 409,
}


def build_app(hub: ControlHub, secret: str | None, local_only: bool):  # type: ignore[no-untyped-def]
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route, WebSocketRoute
    from starlette.websockets import WebSocket, WebSocketDisconnect

    def refused_access(request: Request) -> Response | None:
        if local_only and (reason := local_request_refusal(request.headers)) is not None:
            log.warning(
                "control request refused", extra={"path": request.url.path, "reason": reason}
            )
            return JSONResponse({"error": "forbidden", "message": reason}, status_code=403)
        if secret_matches(presented_secret(request.headers, request.query_params), secret):
            return None
        log.warning(
            "control request without the right secret",
            extra={"path": request.url.path, "client": _client(request)},
        )
        return JSONResponse(
            {
                "error": "unauthorized",
                "message": "This console asks for its control secret "
                "(Authorization: Bearer <secret>, X-Moderator-Secret, or ?secret=)",
            },
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    async def run_action(request: Request) -> Response:
        if (refusal := refused_access(request)) is not None:
            return refusal
        name = request.path_params["name"]
        names = hub.action_names()
        if name not in names:
            nearest = nearest_names(name, names)
            log.warning("unknown control action", extra={"action": name[:80], "source": "http"})
            return JSONResponse(
                {
                    "error": "unknown_action",
                    "message": f"There is no action {name[:80]!r}"
                    + (f"; did you mean {', '.join(nearest)}?" if nearest else ""),
                    "nearest": nearest,
                    "actions": "/actions",
                },
                status_code=404,
            )
        result = await hub.trigger(name)
        log.info(
            "control action",
            extra={"action": name, "source": "http", "outcome": result.outcome.value},
        )
        body: dict[str, Any] = result.as_json()
        body["state"] = hub.document()
        return JSONResponse(body, status_code=_STATUS[result.outcome])

    async def list_actions(request: Request) -> Response:
        if (refusal := refused_access(request)) is not None:
            return refusal
        return JSONResponse({"actions": hub.actions()})

    async def state(request: Request) -> Response:
        if (refusal := refused_access(request)) is not None:
            return refusal
        return JSONResponse(hub.document())

    async def state_field(request: Request) -> Response:
        if (refusal := refused_access(request)) is not None:
            return refusal
        path = request.path_params["field"]
        found, value = _field(hub.document(), path)
        if not found:
            return JSONResponse(
                {"error": "unknown_field", "message": f"The state has no field {path[:80]!r}"},
                status_code=404,
            )
        return PlainTextResponse(_as_text(value))

    async def websocket(ws: WebSocket) -> None:
        if local_only and (reason := local_request_refusal(ws.headers)) is not None:
            log.warning("control WebSocket refused", extra={"reason": reason})
            await ws.close(code=1008)
            return
        if not secret_matches(presented_secret(ws.headers, ws.query_params), secret):
            log.warning("control WebSocket without the right secret", extra={"client": _client(ws)})
            await ws.close(code=1008)
            return
        await ws.accept()
        listener = hub.listen()
        sender = asyncio.get_running_loop().create_task(_push(ws, listener))
        try:
            await ws.send_json(hub.document())
            while True:
                message = await ws.receive()
                if message["type"] == "websocket.disconnect":
                    break
                text = _message_text(message)
                if text.strip(_KEEPALIVE):
                    await ws.send_json(await _ws_action(hub, text))
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            hub.forget(listener)
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender

    async def not_found(request: Request, exc: Exception) -> Response:
        return JSONResponse(
            {
                "error": "not_found",
                "message": f"No such address: {request.url.path[:80]}. The console answers "
                "POST /actions/{name}, GET /actions, GET /state, GET /state/{field} and /ws",
            },
            status_code=404,
        )

    async def wrong_method(request: Request, exc: Exception) -> Response:
        hint = (
            "use POST to run an action"
            if request.url.path.startswith("/actions/")
            else "use GET to read it"
        )
        return JSONResponse(
            {
                "error": "method_not_allowed",
                "message": f"{request.method} {request.url.path[:80]}: {hint}",
            },
            status_code=405,
        )

    return Starlette(
        exception_handlers={404: not_found, 405: wrong_method},
        routes=[
            Route("/actions", list_actions, methods=["GET"]),
            Route("/actions/{name}", run_action, methods=["POST"]),
            Route("/state", state, methods=["GET"]),
            Route("/state/{field:path}", state_field, methods=["GET"]),
            WebSocketRoute("/ws", websocket),
        ],
    )


async def _push(ws, listener) -> None:  # type: ignore[no-untyped-def]
    while True:
        document = await listener.next_document()
        await ws.send_json(document)


#: What a message that only keeps the connection alive holds: Companion's WebSocket module,
#: with *Enable Ping*, sends the bytes ``00`` every few seconds; a terminator alone is nothing.
_KEEPALIVE = "\x00 \t\r\n"


def _message_text(message: dict[str, Any]) -> str:
    """A text message, or a binary one read as UTF-8 (Companion's *Send hex command* sends a
    plain value as binary)."""
    if message.get("text") is not None:
        return str(message["text"])
    return bytes(message.get("bytes") or b"").decode("utf-8", errors="replace")


async def _ws_action(hub: ControlHub, text: str) -> dict[str, Any]:
    """A WebSocket message: an action name, or ``{"action": name}``."""
    name = text.strip(_KEEPALIVE)
    if name.startswith("{"):
        try:
            name = str(json.loads(name).get("action", ""))
        except (ValueError, AttributeError):
            return {"error": "bad_message", "message": 'Send an action name or {"action": name}'}
    names = hub.action_names()
    if name not in names:
        return {
            "error": "unknown_action",
            "message": f"There is no action {name[:80]!r}",
            "nearest": nearest_names(name, names),
        }
    result = await hub.trigger(name)
    log.info(
        "control action", extra={"action": name, "source": "ws", "outcome": result.outcome.value}
    )
    return {"reply": result.as_json()}


def _field(document: dict[str, Any], path: str) -> tuple[bool, Any]:
    value: Any = document
    for part in path.strip("/").replace("/", ".").split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return False, None
    return True, value


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _client(request) -> str:  # type: ignore[no-untyped-def]
    return f"{request.client.host}:{request.client.port}" if request.client else ""


class HttpControlServer:
    """The control API on ``host:port``, started and stopped on the running loop."""

    def __init__(self, hub: ControlHub, host: str, port: int, secret: str | None) -> None:
        self._hub, self._host, self._secret = hub, host, secret
        self._socket = bind_socket(host, port, socket.SOCK_STREAM, "HTTP control")
        self.port = bound_port(self._socket)
        self._server = None
        self._task: asyncio.Task[None] | None = None

    @property
    def host(self) -> str:
        return self._host

    def start(self) -> None:
        import uvicorn

        hide_secrets_in_server_logs()
        config = uvicorn.Config(
            single_slashes(build_app(self._hub, self._secret, is_loopback(self._host))),
            log_config=None,
            access_log=False,
            lifespan="off",
            ws="websockets-sansio",
            ws_max_size=WS_MAX_BYTES,
            ws_ping_interval=20.0,
            ws_ping_timeout=20.0,
            timeout_graceful_shutdown=2,
            server_header=False,
        )
        self._server = _ConsoleServer(config)
        self._task = asyncio.get_running_loop().create_task(
            self._server.serve(sockets=[self._socket])
        )

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.request_exit()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(self._task), timeout=5)
            if not self._task.done():
                self._task.cancel()
        self._socket.close()

    def close_now(self) -> None:
        """Stop listening at once, without waiting on the loop (the console is going away)."""
        if self._server is not None:
            for server in getattr(self._server, "servers", []):
                server.close()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._socket.close()


def _console_server_class():  # type: ignore[no-untyped-def]
    import uvicorn

    class ConsoleServer(uvicorn.Server):
        """Uvicorn without its signal handlers (Ctrl+C and SIGTERM stay the console's), and
        awake once a second instead of ten times (it keeps its date header current; a stop
        wakes it at once): the console's loop is also the window's, and idles."""

        exit_requested: asyncio.Event | None = None

        @contextlib.contextmanager
        def capture_signals(self):  # type: ignore[no-untyped-def]
            yield

        def request_exit(self) -> None:
            self.should_exit = True
            if self.exit_requested is not None:
                self.exit_requested.set()

        async def main_loop(self) -> None:
            self.exit_requested = asyncio.Event()
            if self.should_exit:
                return
            while not await self.on_tick(0):  # 0: a multiple of ten, the date is renewed
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.exit_requested.wait(), timeout=1.0)

    return ConsoleServer


def _ConsoleServer(config):  # type: ignore[no-untyped-def]  # noqa: N802 - a class, made late
    return _console_server_class()(config)
