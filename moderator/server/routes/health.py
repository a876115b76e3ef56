"""``GET /healthz``: is the server up (for load balancers and the console's address check)."""

from typing import Any

from fastapi import APIRouter

from moderator.server.routes.deps import PUBLIC, RoleRoute
from moderator.server.schemas import Health

router = APIRouter(route_class=RoleRoute, tags=["server"])


@router.get("/healthz", response_model=Health, dependencies=[PUBLIC])
def healthz() -> dict[str, Any]:
    return {"status": "ok"}
