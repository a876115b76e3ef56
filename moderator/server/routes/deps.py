"""What the endpoints depend on: the server's shared objects, the caller, and who may call.

The shared objects live on ``app.state`` (one set per app, so several apps in one process
never share a database or a hub); the dependencies here hand them to the endpoints.

Each operation names the roles that may call it exactly once, in the type of its principal
parameter (``principal: Writer``) or in ``dependencies=[PUBLIC]``. That one object both
refuses every other role (403) and, through ``RoleRoute``, writes the operation's
``x-moderator-roles`` into the OpenAPI document, so what clients read (and the role matrix
test checks) cannot drift from what the server enforces. A route that declares no roles, or
two different sets, is refused when the router is built.
"""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Header, Path, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from moderator.server.database import ServerDatabase
from moderator.server.fanout.hub import ChangeHub
from moderator.server.input_rules import ID_MAX, ID_PATTERN
from moderator.server.limits.rate_limit import RateLimiter
from moderator.server.logs import audit
from moderator.server.schemas import now_ms
from moderator.server.settings import ServerSettings
from moderator.server.sync import ProtocolError, SyncService
from moderator.server.tokens.auth import (
    MANAGERS,
    READERS,
    WRITERS,
    Principal,
    Role,
    TokenRefused,
    authenticate,
    touch_last_used,
)

# --- the server's shared objects ---------------------------------------------------------------
# Coroutines, so FastAPI calls them on the event loop instead of a worker thread.


async def _database(request: Request) -> ServerDatabase:
    return request.app.state.db


async def _sync_service(request: Request) -> SyncService:
    return request.app.state.sync


async def _change_hub(request: Request) -> ChangeHub:
    return request.app.state.hub


async def _rate_limiter(request: Request) -> RateLimiter:
    return request.app.state.limiter


async def _settings(request: Request) -> ServerSettings:
    return request.app.state.settings


Database = Annotated[ServerDatabase, Depends(_database)]
Sync = Annotated[SyncService, Depends(_sync_service)]
Hub = Annotated[ChangeHub, Depends(_change_hub)]
Limiter = Annotated[RateLimiter, Depends(_rate_limiter)]
Settings = Annotated[ServerSettings, Depends(_settings)]


# --- ids in a path ------------------------------------------------------------------------------
# The protocol's id rule, checked before the id reaches a query: a NUL or a 5,000-character id
# is a 422 naming the parameter, never a database error.

SessionId = Annotated[str, Path(min_length=1, max_length=ID_MAX, pattern=ID_PATTERN)]
MeetingId = Annotated[str, Path(min_length=1, max_length=ID_MAX, pattern=ID_PATTERN)]


# --- who is calling ----------------------------------------------------------------------------


def caller(db: Database, authorization: Annotated[str | None, Header()] = None) -> Principal:
    """The token's principal; 401 without a token or with an unknown one, and with a code
    that says so (``token_revoked``, ``token_expired``) for a token that no longer works.

    A plain function: FastAPI runs it in a worker thread, as it reads the database (and, at
    most once a minute per token, writes when it was last used)."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ProtocolError(401, "unauthenticated", "a bearer token is required")
    token = authorization[7:].strip()
    now = now_ms()
    try:
        with db.read() as connection:
            principal, stale = authenticate(connection, token, now)
    except TokenRefused as refusal:
        raise ProtocolError(401, refusal.code, refusal.message) from None
    if stale:
        with db.write_if_free() as connection:
            if connection is not None:  # else a later request records it
                touch_last_used(connection, principal.token_id, now)
    return principal


class Allow:
    """A dependency that lets only ``roles`` through (403 for the others) and hands on the
    caller; its ``names`` are what the operation documents in ``x-moderator-roles``."""

    def __init__(self, *roles: Role) -> None:
        if not roles:
            raise ValueError("name at least one role (PUBLIC is for operations without a token)")
        self.roles = frozenset(Role(role) for role in roles)
        self.names = tuple(sorted(role.value for role in self.roles))

    async def __call__(
        self, request: Request, principal: Annotated[Principal, Depends(caller)]
    ) -> Principal:
        audit.note_caller(request.state, principal)  # the request's log lines name the caller
        if principal.role not in self.roles:
            raise ProtocolError(
                403, "forbidden", f"the {principal.role.value} role may not do this"
            )
        return principal

    def __repr__(self) -> str:
        return f"Allow({', '.join(self.names)})"


class Public:
    """The declaration of an operation anyone may call, without a token."""

    names = ("public",)

    async def __call__(self) -> None:
        return None

    def __repr__(self) -> str:
        return "Public()"


PUBLIC = Depends(Public())
Anyone = Annotated[Principal, Depends(Allow(*READERS))]  # everyone but integrations
Writer = Annotated[Principal, Depends(Allow(*WRITERS))]  # staff, chairs, admins
Manager = Annotated[Principal, Depends(Allow(*MANAGERS))]  # staff and admins
Participant = Annotated[Principal, Depends(Allow(Role.PARTICIPANT))]
Integration = Annotated[Principal, Depends(Allow(Role.INTEGRATION))]
#: Who follows a session's feed: its readers, and the integrations that must hear the chair
#: lower the hands they raised.
Follower = Annotated[Principal, Depends(Allow(*READERS, Role.INTEGRATION))]


def declared_roles(dependant: Dependant) -> list[Allow | Public]:
    """The role declarations among an operation's dependencies (at any depth)."""

    def walk(node: Dependant) -> Iterator[Any]:
        for child in node.dependencies:
            yield child.call
            yield from walk(child)

    found: list[Allow | Public] = []
    for call in walk(dependant):
        if isinstance(call, Allow | Public) and all(call is not seen for seen in found):
            found.append(call)
    return found


class RoleRoute(APIRoute):
    """A route whose ``x-moderator-roles`` come from the role dependency it enforces."""

    def __init__(self, path: str, endpoint: Any, **options: Any) -> None:
        super().__init__(path, endpoint, **options)
        declared = declared_roles(self.dependant)
        if len(declared) != 1:
            raise TypeError(
                f"{sorted(self.methods)} {path}: declare the roles exactly once "
                f"(a principal typed Anyone/Writer/Manager/Participant/Integration, or PUBLIC); "
                f"found {declared}"
            )
        names = list(declared[0].names)
        written = (self.openapi_extra or {}).get("x-moderator-roles", names)
        if written != names:
            raise TypeError(f"{sorted(self.methods)} {path}: x-moderator-roles written by hand")
        self.openapi_extra = {**(self.openapi_extra or {}), "x-moderator-roles": names}


# --- what the caller may see -------------------------------------------------------------------


def visible_session(sync: SyncService, principal: Principal, session_id: str) -> str:
    """The session's meeting id, if the caller may see the session; else 404."""
    meeting_id = sync.meeting_of(session_id)
    if meeting_id is None or not principal.can_see_session(meeting_id, session_id):
        raise ProtocolError(404, "not_found", f"no session {session_id!r} for this token")
    return meeting_id


def own_meeting(principal: Principal, meeting_id: str) -> None:
    """404 unless the meeting is the token's own (another meeting's is not even confirmed)."""
    if meeting_id != principal.meeting_id:
        raise ProtocolError(404, "not_found", f"no meeting {meeting_id!r} for this token")


def reads_personal_data(principal: Principal) -> bool:
    """Staff, chairs and admins read participants' personal data; participants and displays
    do not."""
    return principal.role in WRITERS
