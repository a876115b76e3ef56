"""What a console asks when it connects: who its token is, and the server's clock."""

from typing import Any

from fastapi import APIRouter

from moderator.server.routes.deps import Anyone, Follower, RoleRoute
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import ServerTime, WhoAmI

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["session"], responses=ERRORS)


@router.get("/whoami", response_model=WhoAmI)
def whoami(principal: Follower) -> dict[str, Any]:
    return {
        "role": principal.role.value,
        "meeting_id": principal.meeting_id,
        "session_ids": sorted(principal.session_ids),
        "participant_id": principal.participant_id,
        "expires_at_ms": principal.expires_at_ms,
    }


@router.get("/time", response_model=ServerTime)
def server_time(principal: Anyone) -> dict[str, Any]:
    return {}  # the answer is its server_time_ms alone
