"""The FastAPI application of the reference backend (``docs/protocol.md``).

``create_app(settings)`` builds one app around one database. Endpoints that touch the database
are plain functions (FastAPI runs them in its thread pool); the long-poll and the event stream
are coroutines that wait on the ``ChangeHub``. Every response carries the server time and the
protocol version; every error uses the one error format; every endpoint declares its roles in
``x-moderator-roles`` and checks them.
"""

# No `from __future__ import annotations` here: FastAPI must see the real types of the
# endpoint parameters, which refer to names local to create_app (the Caller dependency).

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from moderator import __version__
from moderator.server.auth import ALL_ROLES, MANAGERS, WRITERS, Principal, Role, principal_for
from moderator.server.database import ServerDatabase
from moderator.server.documents import hand_document, meeting_document, participant_document
from moderator.server.documents import session_document as session_doc
from moderator.server.hub import ChangeHub
from moderator.server.meetings import bundle_from_upload, replace_meeting
from moderator.server.middleware import BodySizeLimit, ProtocolHeaders, RequestLog
from moderator.server.rate_limit import RateLimiter
from moderator.server.schemas import (
    ChangesAnswer,
    ErrorResponse,
    HandAnswer,
    HandsAnswer,
    Health,
    MeetingAnswer,
    MeetingUpload,
    MeetingUploadAnswer,
    ParticipantsAnswer,
    PushAnswer,
    PushRequest,
    ServerTime,
    Snapshot,
    WhoAmI,
)
from moderator.server.sync import Mutation, ProtocolError, SyncService

PROTOCOL_VERSION = "1"
STATIC_DIR = Path(__file__).resolve().parent / "static"
log = logging.getLogger("moderator.server")


#: The participant page: its own scripts and styles only, never framed (clickjacking), no
#: referrer (the page's URL carries the token in its fragment), no content sniffing.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


class RevalidatedStaticFiles(StaticFiles):
    """Static files that browsers revalidate, so an upgraded page never runs an old script."""

    def file_response(self, *args: Any, **kwargs: Any) -> Any:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


@dataclass(slots=True)
class ServerSettings:
    max_body_bytes: int = 1024 * 1024
    heartbeat_s: float = 15.0
    hand_toggles_per_minute: int = 12
    hand_burst: int = 6
    retained_changes: int = 200_000


def now_ms() -> int:
    return time.time_ns() // 1_000_000


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 410, 413, 422, 429)
}


def roles(*allowed: Role | str) -> dict[str, Any]:
    """OpenAPI extra naming who may call an operation (the role matrix test reads it)."""
    return {"x-moderator-roles": sorted(str(role) for role in allowed)}


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    details: dict[str, Any] | None = None,
    retry_after_s: int | None = None,
) -> JSONResponse:
    """The protocol's one error format."""
    body: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    if details:
        body["details"] = details
    headers = {"Retry-After": str(retry_after_s)} if retry_after_s is not None else None
    return JSONResponse(
        {"error": body, "server_time_ms": now_ms()}, status_code=status, headers=headers
    )


def create_app(db: ServerDatabase, settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    hub = ChangeHub()
    sync = SyncService(
        db, now_ms, on_commit=hub.notify_threadsafe, retained_changes=settings.retained_changes
    )
    limiter = RateLimiter(settings.hand_toggles_per_minute / 60.0, settings.hand_burst)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        hub.attach(asyncio.get_running_loop())
        log.info("server started", extra={"protocol": PROTOCOL_VERSION, "version": __version__})
        yield
        hub.close()
        log.info("server stopped")

    app = FastAPI(
        title="Moderator sync protocol",
        version=PROTOCOL_VERSION,
        description="Reference backend for Moderator consoles. See docs/protocol.md.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.sync = sync
    app.state.hub = hub
    app.state.db = db
    app.add_middleware(RequestLog)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(ProtocolHeaders, protocol_version=PROTOCOL_VERSION, clock=now_ms)

    # --- errors ------------------------------------------------------------------------------

    @app.exception_handler(ProtocolError)
    async def _protocol_error(_request: Request, error: ProtocolError) -> JSONResponse:
        return error_response(
            error.status, error.code, error.message, field=error.field, details=error.details
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": "invalid request"}
        location = [str(part) for part in first.get("loc", ())]
        if location and location[0] in ("body", "query", "path", "header"):
            location = location[1:]
        field = ".".join(location) or None
        message = f"{field}: {first.get('msg')}" if field else str(first.get("msg"))
        if first.get("type") == "json_invalid":
            return error_response(400, "bad_request", f"malformed JSON: {first.get('msg')}")
        return error_response(422, "validation_failed", message, field=field)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        codes = {
            400: "bad_request",
            401: "unauthenticated",
            404: "not_found",
            405: "method_not_allowed",
        }
        return error_response(
            error.status_code, codes.get(error.status_code, "http_error"), str(error.detail)
        )

    # --- who is calling ----------------------------------------------------------------------

    def caller(
        authorization: Annotated[str | None, Header()] = None,
    ) -> Principal:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise ProtocolError(401, "unauthenticated", "a bearer token is required")
        token = authorization[7:].strip()
        with db.read() as connection:
            principal = principal_for(connection, token)
        if principal is None:
            raise ProtocolError(401, "unauthenticated", "unknown or revoked token")
        return principal

    Caller = Annotated[Principal, Depends(caller)]  # noqa: N806 - a type alias

    def require(principal: Principal, allowed: frozenset[Role]) -> None:
        if principal.role not in allowed:
            raise ProtocolError(
                403, "forbidden", f"the {principal.role.value} role may not do this"
            )

    def visible_session(principal: Principal, session_id: str) -> str:
        """The session's meeting id, if the caller may see the session; else 404."""
        meeting_id = sync.meeting_of(session_id)
        if meeting_id is None or not principal.can_see_session(meeting_id, session_id):
            raise ProtocolError(404, "not_found", f"no session {session_id!r} for this token")
        return meeting_id

    def own_meeting(principal: Principal, meeting_id: str) -> None:
        if meeting_id != principal.meeting_id:
            raise ProtocolError(404, "not_found", f"no meeting {meeting_id!r} for this token")

    # --- endpoints ---------------------------------------------------------------------------

    @app.get("/healthz", response_model=Health, openapi_extra=roles("public"), tags=["server"])
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "server_time_ms": now_ms()}

    @app.get(
        "/api/v1/whoami",
        response_model=WhoAmI,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["session"],
    )
    def whoami(principal: Caller) -> dict[str, Any]:
        return {
            "role": principal.role.value,
            "meeting_id": principal.meeting_id,
            "session_ids": sorted(principal.session_ids),
            "participant_id": principal.participant_id,
            "server_time_ms": now_ms(),
        }

    @app.get(
        "/api/v1/time",
        response_model=ServerTime,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["session"],
    )
    def server_time(principal: Caller) -> dict[str, Any]:
        return {"server_time_ms": now_ms()}

    @app.get(
        "/api/v1/meetings/{meeting_id}",
        response_model=MeetingAnswer,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["meetings"],
    )
    def get_meeting(meeting_id: str, principal: Caller) -> dict[str, Any]:
        own_meeting(principal, meeting_id)
        from moderator.storage.repository import Store

        store = Store(db.engine)
        meeting = next((m for m in store.meetings() if m.id == meeting_id), None)
        if meeting is None:
            raise ProtocolError(404, "not_found", f"no meeting {meeting_id!r}")
        sessions = [
            s
            for s in store.sessions(meeting_id)
            if principal.role is not Role.DISPLAY
            or not principal.session_ids
            or s.id in principal.session_ids
        ]
        return {
            "meeting": meeting_document(meeting),
            "sessions": [session_doc(s) for s in sessions],
            "server_time_ms": now_ms(),
        }

    @app.put(
        "/api/v1/meetings/{meeting_id}",
        response_model=MeetingUploadAnswer,
        responses=ERRORS,
        openapi_extra=roles(*MANAGERS),
        tags=["meetings"],
    )
    def put_meeting(meeting_id: str, upload: MeetingUpload, principal: Caller) -> dict[str, Any]:
        require(principal, MANAGERS)
        own_meeting(principal, meeting_id)
        answer = replace_meeting(sync, bundle_from_upload(meeting_id, upload))
        return {**answer, "server_time_ms": now_ms()}

    @app.get(
        "/api/v1/meetings/{meeting_id}/participants",
        response_model=ParticipantsAnswer,
        responses=ERRORS,
        openapi_extra=roles(*WRITERS),
        tags=["meetings"],
    )
    def get_participants(meeting_id: str, principal: Caller) -> dict[str, Any]:
        require(principal, WRITERS)
        own_meeting(principal, meeting_id)
        from moderator.storage.repository import Store

        participants = Store(db.engine).participants(meeting_id)
        return {
            "participants": [participant_document(p, full=True) for p in participants],
            "server_time_ms": now_ms(),
        }

    @app.get(
        "/api/v1/sessions/{session_id}/snapshot",
        response_model=Snapshot,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["session"],
    )
    def get_snapshot(
        session_id: str,
        principal: Caller,
        client_id: Annotated[
            str | None, Query(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
        ] = None,
    ) -> dict[str, Any]:
        visible_session(principal, session_id)
        full = principal.role in WRITERS
        mark_for = client_id if full else None
        return {**sync.snapshot(session_id, full, mark_for), "server_time_ms": now_ms()}

    @app.get(
        "/api/v1/sessions/{session_id}/hands",
        response_model=HandsAnswer,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["hands"],
    )
    def get_hands(session_id: str, principal: Caller) -> dict[str, Any]:
        visible_session(principal, session_id)
        snapshot = sync.snapshot(session_id, full=False)
        return {"hands": snapshot["hands"], "server_time_ms": now_ms()}

    @app.post(
        "/api/v1/sessions/{session_id}/hands",
        response_model=HandAnswer,
        status_code=201,
        responses={**ERRORS, 200: {"model": HandAnswer, "description": "already raised"}},
        openapi_extra=roles(Role.PARTICIPANT),
        tags=["hands"],
    )
    def post_hand(session_id: str, principal: Caller) -> JSONResponse:
        require(principal, frozenset({Role.PARTICIPANT}))
        visible_session(principal, session_id)
        limiter.take(principal.token_id)
        hand, created = sync.raise_hand(principal, session_id)
        return JSONResponse(
            {"hand": hand_document(hand), "server_time_ms": now_ms()},
            status_code=201 if created else 200,
        )

    @app.delete(
        "/api/v1/sessions/{session_id}/hands/mine",
        response_model=HandAnswer,
        responses=ERRORS,
        openapi_extra=roles(Role.PARTICIPANT),
        tags=["hands"],
    )
    def delete_own_hand(session_id: str, principal: Caller) -> dict[str, Any]:
        require(principal, frozenset({Role.PARTICIPANT}))
        visible_session(principal, session_id)
        limiter.take(principal.token_id)
        hand = sync.lower_own_hand(principal, session_id)
        if hand is None:
            raise ProtocolError(404, "not_found", "your hand is not raised")
        return {"hand": hand_document(hand), "server_time_ms": now_ms()}

    @app.post(
        "/api/v1/push",
        response_model=PushAnswer,
        response_model_exclude_none=True,
        responses=ERRORS,
        openapi_extra=roles(*WRITERS),
        tags=["sync"],
    )
    def push(request_body: PushRequest, principal: Caller) -> dict[str, Any]:
        require(principal, WRITERS)
        mutations = [Mutation(m.id, m.name, m.args) for m in request_body.mutations]
        outcome = sync.push(principal, request_body.client_id, mutations)
        if outcome.error is not None:
            raise outcome.error
        return {
            "results": [result.document() for result in outcome.results],
            "last_mutation_id": outcome.last_mutation_id,
            "server_time_ms": now_ms(),
        }

    @app.get(
        "/api/v1/sessions/{session_id}/changes",
        response_model=ChangesAnswer,
        responses=ERRORS,
        openapi_extra=roles(*ALL_ROLES),
        tags=["sync"],
    )
    async def get_changes(
        session_id: str,
        principal: Caller,
        since: Annotated[int, Query(ge=0, le=2**53)] = 0,
        wait: Annotated[float, Query(ge=0, le=60)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> dict[str, Any]:
        meeting_id = await run_in_threadpool(visible_session, principal, session_id)
        full = principal.role in WRITERS  # personal data only for staff and chairs
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            event = hub.event_for(session_id)
            changes, version = await run_in_threadpool(
                sync.changes, meeting_id, session_id, since, limit, full
            )
            remaining = deadline - asyncio.get_running_loop().time()
            if changes or remaining <= 0 or hub.closing.is_set():
                return {"changes": changes, "version": version, "server_time_ms": now_ms()}
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout=remaining)

    @app.get(
        "/api/v1/sessions/{session_id}/events",
        responses={
            **ERRORS,
            200: {"content": {"text/event-stream": {}}, "description": "the event stream"},
        },
        response_class=StreamingResponse,
        openapi_extra=roles(*ALL_ROLES),
        tags=["sync"],
    )
    async def get_events(
        session_id: str,
        principal: Caller,
        since: Annotated[int | None, Query(ge=0, le=2**53)] = None,
        heartbeat: Annotated[float | None, Query(ge=0.05, le=60)] = None,
        last_event_id: Annotated[str | None, Header()] = None,
    ) -> StreamingResponse:
        meeting_id = await run_in_threadpool(visible_session, principal, session_id)
        full = principal.role in WRITERS  # personal data only for staff and chairs
        cursor = _resume_point(last_event_id, since)
        if cursor is None:
            cursor = await run_in_threadpool(sync.current_version)
        else:  # a bad cursor is answered before the stream starts: 410, like the long-poll
            await run_in_threadpool(sync.changes, meeting_id, session_id, cursor, 1, full)
        interval = heartbeat or settings.heartbeat_s
        stream = _event_stream(sync, hub, meeting_id, session_id, cursor, interval, full)
        return StreamingResponse(
            stream,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.get("/participant", include_in_schema=False)
    def participant_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "participant.html", headers=PAGE_HEADERS)

    if STATIC_DIR.is_dir():
        app.mount("/static", RevalidatedStaticFiles(directory=STATIC_DIR), name="static")

    _reject_rate_limited(app, limiter)
    return app


def _reject_rate_limited(app: FastAPI, limiter: RateLimiter) -> None:
    from moderator.server.rate_limit import RateLimited

    @app.exception_handler(RateLimited)
    async def _rate_limited(_request: Request, error: RateLimited) -> JSONResponse:
        return error_response(
            429,
            "rate_limited",
            "too many hand changes; try again shortly",
            retry_after_s=error.retry_after_s,
        )


def _resume_point(last_event_id: str | None, since: int | None) -> int | None:
    if last_event_id:
        try:
            value = int(last_event_id)
        except ValueError:
            raise ProtocolError(
                422,
                "validation_failed",
                "Last-Event-ID must be a version number",
                field="Last-Event-ID",
            ) from None
        if value < 0:
            raise ProtocolError(
                422,
                "validation_failed",
                "Last-Event-ID must not be negative",
                field="Last-Event-ID",
            )
        return value
    return since


async def _event_stream(
    sync: SyncService,
    hub: ChangeHub,
    meeting_id: str,
    session_id: str,
    cursor: int,
    heartbeat_s: float,
    full: bool,
) -> AsyncIterator[bytes]:
    """Changes as SSE events from ``cursor`` on, heartbeats in between, reset when too old;
    ``full``: with the changes only staff and chairs may read."""
    yield f": connected {now_ms()}\nretry: 2000\n\n".encode()
    while not hub.closing.is_set():
        event = hub.event_for(session_id)

        def fetch(since: int = cursor) -> Callable[[], Any]:
            return lambda: run_in_threadpool(
                sync.changes, meeting_id, session_id, since, 1000, full
            )

        try:
            changes, version = await hub.fetch_shared(session_id, cursor, fetch(), full)
        except ProtocolError as error:
            data = json.dumps({"reason": error.code, "message": error.message})
            yield f"event: reset\ndata: {data}\n\n".encode()
            return
        for change in changes:
            data = json.dumps(change, separators=(",", ":"))
            yield f"id: {change['version']}\nevent: change\ndata: {data}\n\n".encode()
        cursor = max(cursor, version)
        if changes:
            continue
        try:
            await asyncio.wait_for(event.wait(), timeout=heartbeat_s)
        except TimeoutError:
            yield f": heartbeat {now_ms()}\n\n".encode()
