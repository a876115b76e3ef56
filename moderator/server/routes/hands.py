"""Raised hands: everyone who sees a session reads them; a participant raises and lowers their
own, at a limited rate per person (a stuck finger or a script must not flood the chair's list;
several tokens of one person share the rate)."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response

from moderator.domain.model import HandSource
from moderator.server.documents import hand_document
from moderator.server.logs import audit
from moderator.server.routes.deps import (
    Anyone,
    Limiter,
    Participant,
    RoleRoute,
    SessionId,
    Sync,
    visible_session,
)
from moderator.server.routes.errors import ERRORS
from moderator.server.schemas import HandAnswer, HandsAnswer
from moderator.server.sync import ProtocolError
from moderator.server.tokens.auth import Principal

router = APIRouter(prefix="/api/v1", route_class=RoleRoute, tags=["hands"], responses=ERRORS)


@router.get("/sessions/{session_id}/hands", response_model=HandsAnswer)
def get_hands(session_id: SessionId, principal: Anyone, sync: Sync) -> dict[str, Any]:
    visible_session(sync, principal, session_id)
    return {"hands": sync.snapshot(session_id, full=False)["hands"]}


@router.post(
    "/sessions/{session_id}/hands",
    response_model=HandAnswer,
    status_code=201,
    responses={200: {"model": HandAnswer, "description": "already raised"}},
)
def post_hand(
    session_id: SessionId,
    principal: Participant,
    sync: Sync,
    limiter: Limiter,
    response: Response,
    request: Request,
    source: Annotated[
        Literal["remote", "jitsi"],
        Query(description="where the hand was raised: the page's button, or its Jitsi call"),
    ] = "remote",
) -> dict[str, Any]:
    visible_session(sync, principal, session_id)
    limiter.take(_person(principal))
    hand, created = sync.raise_hand(principal, session_id, HandSource(source))
    response.status_code = 201 if created else 200
    audit.note_outcome(request.state, audit.APPLIED if created else audit.NOOP)
    return {"hand": hand_document(hand)}


@router.delete("/sessions/{session_id}/hands/mine", response_model=HandAnswer)
def delete_own_hand(
    session_id: SessionId, principal: Participant, sync: Sync, limiter: Limiter
) -> dict[str, Any]:
    visible_session(sync, principal, session_id)
    limiter.take(_person(principal))
    hand = sync.lower_own_hand(principal, session_id)
    if hand is None:
        raise ProtocolError(404, "not_found", "your hand is not raised")
    return {"hand": hand_document(hand)}


def _person(principal: Principal) -> str:
    """The rate limit's key: the person, whichever of their tokens calls."""
    return principal.participant_id or principal.token_id
