"""``GET /sessions/{id}/snapshot``: a session's whole state at one feed version."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from moderator.server.routes.deps import (
    Anyone,
    RoleRoute,
    SessionId,
    Sync,
    reads_personal_data,
    visible_session,
)
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import Snapshot

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["session"], responses=ERRORS)

ClientId = Annotated[str | None, Query(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


@router.get("/sessions/{session_id}/snapshot", response_model=Snapshot)
def get_snapshot(
    session_id: SessionId, principal: Anyone, sync: Sync, client_id: ClientId = None
) -> dict[str, Any]:
    visible_session(sync, principal, session_id)
    full = reads_personal_data(principal)
    # Only a writing console's snapshot carries its last acknowledged mutation.
    return sync.snapshot(session_id, full, client_id if full else None, principal)
