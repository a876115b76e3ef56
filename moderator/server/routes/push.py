"""``POST /push``: a console's batch of mutations, applied in order, idempotent by id."""

from typing import Any

from fastapi import APIRouter, Request

from moderator.server.logs import audit
from moderator.server.routes.deps import RoleRoute, Sync, Writer
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import PushAnswer, PushRequest
from moderator.server.sync import Mutation

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["sync"], responses=ERRORS)


@router.post("/push", response_model=PushAnswer, response_model_exclude_none=True)
def push(
    request_body: PushRequest, principal: Writer, sync: Sync, request: Request
) -> dict[str, Any]:
    mutations = [Mutation(m.id, m.name, m.args) for m in request_body.mutations]
    outcome = sync.push(principal, request_body.client_id, mutations)
    # What was answered is committed (a batch refused part-way keeps the ones before).
    audit.mutations(
        principal,
        [(m.name, m.args) for m in mutations],
        [(r.id, audit.DUPLICATE if r.repeat else r.status) for r in outcome.results],
    )
    audit.note_outcome(request.state, None)
    if outcome.error is not None:
        raise outcome.error
    return {
        "results": [result.document() for result in outcome.results],
        "last_mutation_id": outcome.last_mutation_id,
    }
