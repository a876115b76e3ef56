"""Hands from video calls: BigBlueButton's webhooks and the ZoomOSC bridge post here, with
an integration token that may feed the hands of its sessions and nothing else.

The body is bbb-webhooks' own (form-encoded ``domain``, ``event``, ``timestamp``; its
``auth2_0`` mode sends the bearer). An answer other than 2xx makes bbb-webhooks retry, except
401, which it takes as final: a refused body is a 4xx naming what is wrong, and nothing of it
is applied.
"""

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from moderator.domain.model import HandSource
from moderator.server.integrations import bbb
from moderator.server.integrations.call_events import BadCallEvent, CallEvent
from moderator.server.integrations.video_hands import APPLIED, CallOutcome, apply_call_events
from moderator.server.integrations.zoomosc import zoomosc_event
from moderator.server.logs import audit
from moderator.server.routes.deps import Integration, RoleRoute, SessionId, Sync, visible_session
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import CallEventsAnswer, ZoomOscEvents
from moderator.server.sync import ProtocolError, SyncService
from moderator.server.tokens.auth import Principal

router = APIRouter(
    prefix="/api/v1/integrations", route_class=RoleRoute, tags=["integrations"], responses=ERRORS
)

_FORM_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            bbb.FORM: {
                "schema": {
                    "type": "object",
                    "required": ["event"],
                    "properties": {
                        "domain": {"type": "string"},
                        "event": {
                            "type": "string",
                            "description": "a JSON array of bbb-webhooks' mapped events",
                        },
                        "timestamp": {"type": "string"},
                    },
                }
            }
        },
    }
}


@router.post("/bbb/{session_id}", response_model=CallEventsAnswer, openapi_extra=_FORM_BODY)
async def post_bbb_events(
    session_id: SessionId, principal: Integration, sync: Sync, request: Request
) -> dict[str, Any]:
    body = await request.body()
    try:
        events = bbb.read_body(request.headers.get("content-type", ""), body)
    except BadCallEvent as error:
        raise ProtocolError(422, "validation_failed", error.message, field=error.field) from None
    return await _apply(request, sync, principal, session_id, HandSource.BBB, events)


@router.post("/zoomosc/{session_id}", response_model=CallEventsAnswer)
async def post_zoomosc_events(
    session_id: SessionId,
    principal: Integration,
    sync: Sync,
    request: Request,
    body: ZoomOscEvents,
) -> dict[str, Any]:
    events = [(event.kind, zoomosc_event(event)) for event in body.events]
    return await _apply(request, sync, principal, session_id, HandSource.ZOOM, events)


async def _apply(
    request: Request,
    sync: SyncService,
    principal: Principal,
    session_id: str,
    source: HandSource,
    events: list[tuple[str, CallEvent | None]],
) -> dict[str, Any]:
    """Apply the events on a worker thread (the database is written), audit the request."""

    def work() -> list[CallOutcome]:
        visible_session(sync, principal, session_id)
        try:
            return apply_call_events(sync, session_id, source, events)
        except BadCallEvent as error:
            raise ProtocolError(
                422, "validation_failed", error.message, field=error.field
            ) from None
        except KeyError:
            raise ProtocolError(404, "not_found", f"no session {session_id!r}") from None

    outcomes = await run_in_threadpool(work)
    applied = any(outcome.outcome == APPLIED for outcome in outcomes)
    audit.note_outcome(request.state, audit.APPLIED if applied else audit.NOOP)
    return {"results": [outcome.document() for outcome in outcomes]}
