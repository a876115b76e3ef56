"""The change feed of a session: a long-poll (``/changes``) and an event stream (``/events``).

Both are coroutines that wait on the ``ChangeHub`` and read the database in worker threads;
both answer a cursor the feed no longer holds with 410 (the stream does so before it starts).
A stream holds one of its token's slots (``stream_limits``) from before its first read until
it ends; past the caps it is refused with 429 before it reads anything. Between heartbeats
both ask the ``TokenWatch`` whether their token still works: a token revoked or expired ends
its streams (an ``event: refused`` naming why, then the end) and its waiting long-polls (401)
within a heartbeat.
"""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from moderator.server.fanout.hub import ChangeHub, FeedKey, ReadPages
from moderator.server.limits.stream_limits import StreamSlots
from moderator.server.routes.deps import (
    Follower,
    Hub,
    RoleRoute,
    SessionId,
    Settings,
    Sync,
    reads_personal_data,
    visible_session,
)
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import ChangesAnswer, now_ms
from moderator.server.settings import MIN_HEARTBEAT_S
from moderator.server.sync import ProtocolError, SyncService
from moderator.server.tokens.auth import Principal
from moderator.server.tokens.token_watch import TokenWatch

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["sync"], responses=ERRORS)


@router.get("/sessions/{session_id}/changes", response_model=ChangesAnswer)
async def get_changes(
    request: Request,
    session_id: SessionId,
    principal: Follower,
    sync: Sync,
    hub: Hub,
    settings: Settings,
    since: Annotated[int, Query(ge=0, le=2**53)] = 0,
    wait: Annotated[float, Query(ge=0, le=60)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    # A long-poll that waits holds a connection like a stream, so it takes a stream's slot:
    # otherwise the caps would be dodged by polling instead of streaming.
    release = request.app.state.streams.take(principal.token_id) if wait > 0 else None
    watch: TokenWatch = request.app.state.tokens
    beat = settings.heartbeat_s
    try:
        return await _changes(sync, hub, watch, beat, principal, session_id, since, wait, limit)
    finally:
        if release is not None:
            release()


async def _changes(
    sync: SyncService,
    hub: ChangeHub,
    watch: TokenWatch,
    heartbeat_s: float,
    principal: Principal,
    session_id: str,
    since: int,
    wait: float,
    limit: int,
) -> dict[str, Any]:
    meeting_id = await run_in_threadpool(visible_session, sync, principal, session_id)
    full = reads_personal_data(principal)
    deadline = asyncio.get_running_loop().time() + wait
    first = True
    while True:
        if not first and (refusal := await watch.refusal(principal)) is not None:
            raise ProtocolError(401, refusal.code, refusal.message)
        first = False
        event = hub.event_for(session_id, meeting_id)
        changes, version = await run_in_threadpool(
            sync.changes, meeting_id, session_id, since, limit, full
        )
        remaining = deadline - asyncio.get_running_loop().time()
        if changes or remaining <= 0 or hub.closing.is_set():
            return {"changes": changes, "version": version}
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(_nap(remaining, heartbeat_s, watch, principal)):
                await event.wait()


def _nap(longest: float, heartbeat_s: float, watch: TokenWatch, principal: Principal) -> float:
    """How long a waiting feed sleeps before it looks again: at most a heartbeat, and not past
    its token's expiry."""
    left = watch.seconds_left(principal)
    return min(longest, heartbeat_s, longest if left is None else left)


async def _room_for_a_stream(request: Request) -> None:
    """A full server refuses a stream before the token is even looked up."""
    request.app.state.streams.check_room()


@router.get(
    "/sessions/{session_id}/events",
    responses={200: {"content": {"text/event-stream": {}}, "description": "the event stream"}},
    response_class=StreamingResponse,
    dependencies=[Depends(_room_for_a_stream)],
)
async def get_events(
    request: Request,
    session_id: SessionId,
    principal: Follower,
    sync: Sync,
    hub: Hub,
    settings: Settings,
    since: Annotated[int | None, Query(ge=0, le=2**53)] = None,
    heartbeat: Annotated[
        float | None,
        Query(
            gt=0,
            le=60,
            description=f"seconds between heartbeats; below {MIN_HEARTBEAT_S:g} s the stream "
            f"beats every {MIN_HEARTBEAT_S:g} s",
        ),
    ] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    slots: StreamSlots = request.app.state.streams
    release = slots.take(principal.token_id)
    try:
        meeting_id = await run_in_threadpool(visible_session, sync, principal, session_id)
        full = reads_personal_data(principal)
        cursor = _resume_point(last_event_id, since)
        if cursor is None:
            cursor = await run_in_threadpool(sync.current_version)
        else:  # a bad cursor is answered before the stream starts: 410, like the long-poll
            await run_in_threadpool(sync.changes, meeting_id, session_id, cursor, 1, full)
    except BaseException:
        release()
        raise
    interval = max(MIN_HEARTBEAT_S, heartbeat) if heartbeat else settings.heartbeat_s
    watch: TokenWatch = request.app.state.tokens
    stream = _event_stream(hub, watch, principal, meeting_id, session_id, cursor, interval, full)
    return _HeldStream(
        release,
        stream,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


class _HeldStream(StreamingResponse):
    """A stream that gives its slot back however it ends: the client gone, the server
    stopping, or the response never sent."""

    def __init__(self, release: Callable[[], None], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._release = release

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


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
    hub: ChangeHub,
    watch: TokenWatch,
    principal: Principal,
    meeting_id: str,
    session_id: str,
    cursor: int,
    heartbeat_s: float,
    full: bool,
) -> AsyncIterator[bytes]:
    """Changes as SSE events from ``cursor`` on, heartbeats in between, reset when too old;
    ``full``: with the changes only staff and chairs may read. Ends with ``event: refused``
    once the token no longer works."""
    yield f": connected {now_ms()}\nretry: 2000\n\n".encode()
    beat = False
    while not hub.closing.is_set():
        refusal = await watch.refusal(principal)
        if refusal is not None:
            data = json.dumps({"status": 401, "code": refusal.code, "message": refusal.message})
            yield f"event: refused\ndata: {data}\n\n".encode()
            return
        if beat:
            yield f": heartbeat {now_ms()}\n\n".encode()
            beat = False
        event = hub.event_for(session_id, meeting_id)
        try:
            events, version, at_end = await hub.fetch_shared(meeting_id, session_id, cursor, full)
        except ProtocolError as error:
            data = json.dumps({"reason": error.code, "message": error.message})
            yield f"event: reset\ndata: {data}\n\n".encode()
            return
        cursor = max(cursor, version)
        if events:
            yield events
        if not at_end:
            continue  # a backlog: the next page at once
        # Read to the end: what came since is told by ``event``, taken before the read.
        # A timeout scope, not ``wait_for``: no task per wait for each of thousands of streams.
        try:
            async with asyncio.timeout(_nap(heartbeat_s, heartbeat_s, watch, principal)):
                await event.wait()
        except TimeoutError:
            beat = True


#: The most changes one read of a stream's feed hands it; a longer backlog comes in turns.
STREAM_PAGE = 1000


def feed_reader(sync: SyncService) -> ReadPages:
    """Reads the pages of a meeting's woken streams together (``ChangeHub.fetch_shared``):
    one query in a worker thread, each page encoded there once as the events every stream at
    that cursor sends as they are."""

    async def read(meeting_id: str, keys: list[FeedKey]) -> dict[FeedKey, Any]:
        return await run_in_threadpool(_stream_pages, sync, meeting_id, keys)

    return read


def _stream_pages(sync: SyncService, meeting_id: str, keys: list[FeedKey]) -> dict[FeedKey, Any]:
    answers: dict[FeedKey, Any] = {}
    for key, answer in sync.followers_changes(meeting_id, keys, STREAM_PAGE).items():
        if isinstance(answer, ProtocolError):
            answers[key] = answer
            continue
        changes, version, at_end = answer
        answers[key] = (b"".join(_sse_event(change) for change in changes), version, at_end)
    return answers


def _sse_event(change: dict[str, Any]) -> bytes:
    data = json.dumps(change, separators=(",", ":"))
    return f"id: {change['version']}\nevent: change\ndata: {data}\n\n".encode()
