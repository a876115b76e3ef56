"""Bearer tokens with a role and a scope; stored only as SHA-256 hashes.

A token is 256 random bits, shown once when created. The server keeps its hash, the role
(admin, staff, chair, participant, display, integration) and the scope (the meeting; for
chairs and integrations their sessions; for participants who they are), and optionally an
expiry. ``Principal`` answers "may this caller do that"; ``authenticate`` says why a token
is refused (unknown, revoked, expired), in words the console and the participant page show
as they are.
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, or_, select, update

from moderator.server.models import TokenRow


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    CHAIR = "chair"
    PARTICIPANT = "participant"
    DISPLAY = "display"
    #: A video-call bridge (BigBlueButton's webhooks, ZoomOSC): feeds the hands of its
    #: sessions and reads nothing else.
    INTEGRATION = "integration"


MANAGERS = frozenset({Role.ADMIN, Role.STAFF})
WRITERS = frozenset({Role.ADMIN, Role.STAFF, Role.CHAIR})
#: The roles of people and their screens, who read what they may see; an integration only
#: feeds hands (and follows its sessions' feed, for the hands the chair lowers).
READERS = frozenset(Role) - {Role.INTEGRATION}
#: The roles whose scope is a list of sessions rather than the whole meeting.
SESSION_SCOPED = frozenset({Role.CHAIR, Role.INTEGRATION})

#: How stale a token's "last used" may be: a request is a read, and writing on every one of
#: them would serialise every participant page's poll behind the database's write lock.
LAST_USED_RESOLUTION_MS = 60_000


@dataclass(frozen=True, slots=True)
class Principal:
    token_id: str
    role: Role
    meeting_id: str
    session_ids: frozenset[str]
    participant_id: str | None
    #: When the token stops working (``None``: never); a stream ends then.
    expires_at_ms: int | None = None

    def can_see_session(self, meeting_id: str, session_id: str) -> bool:
        if meeting_id != self.meeting_id:
            return False
        if self.role in SESSION_SCOPED or (self.role is Role.DISPLAY and self.session_ids):
            return session_id in self.session_ids
        return True

    def can_write_session(self, meeting_id: str, session_id: str) -> bool:
        return self.role in WRITERS and self.can_see_session(meeting_id, session_id)

    def covers_meeting(self, meeting_id: str, meeting_sessions: frozenset[str]) -> bool:
        """Whether the scope is the whole meeting: staff and admins, or a chair of every one of
        its ``meeting_sessions`` (a meeting of one session). What meeting-wide data (the
        thresholds, the roster people uploaded) needs to change."""
        if meeting_id != self.meeting_id:
            return False
        if self.role in MANAGERS:
            return True
        return self.role is Role.CHAIR and meeting_sessions <= self.session_ids

    def same_scope(self, other: Principal) -> bool:
        """Whether ``other`` has this role and scope exactly (a token issued to replace it)."""
        return (self.role, self.meeting_id, self.session_ids, self.participant_id) == (
            other.role,
            other.meeting_id,
            other.session_ids,
            other.participant_id,
        )


class TokenRefused(Exception):
    """A token the server does not accept: ``code`` is the protocol's (``unauthenticated``,
    ``token_revoked``, ``token_expired``), ``message`` says so to a person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def revoked(at_ms: int) -> TokenRefused:
    return TokenRefused(
        "token_revoked",
        f"this token was revoked ({utc_text(at_ms)}); ask the organisers for a new one",
    )


def expired(at_ms: int) -> TokenRefused:
    return TokenRefused(
        "token_expired",
        f"this token expired ({utc_text(at_ms)}); ask the organisers for a new one",
    )


def utc_text(at_ms: int) -> str:
    """An instant for a message read anywhere: the server cannot know the reader's zone."""
    return datetime.fromtimestamp(at_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(
    connection: Connection,
    role: Role,
    meeting_id: str,
    now_ms: int,
    session_ids: list[str] | None = None,
    participant_id: str | None = None,
    label: str = "",
    expires_at_ms: int | None = None,
    secret: str | None = None,
) -> str:
    """Store a new token's hash and return the token (the only time it is ever seen).

    ``secret``: the token's value when the caller cannot send one of ours (bbb-webhooks sends
    its server's shared secret as the bearer); otherwise 256 random bits.

    The scope is not checked against the meeting's data here (tests and tools make tokens for
    a meeting about to be uploaded): ``token_admin.check_scope`` does that for people."""
    if role in SESSION_SCOPED and not session_ids:
        raise ValueError(f"a {role.value} token needs at least one session")
    if role is Role.PARTICIPANT and not participant_id:
        raise ValueError("a participant token needs a participant")
    token = secret if secret is not None else secrets.token_urlsafe(32)
    connection.execute(
        insert(TokenRow).values(
            id=uuid.uuid4().hex,
            token_hash=hash_token(token),
            role=role.value,
            meeting_id=meeting_id,
            session_ids=",".join(session_ids or []),
            participant_id=participant_id,
            label=label,
            created_at_ms=now_ms,
            expires_at_ms=expires_at_ms,
        )
    )
    return token


def authenticate(connection: Connection, token: str, now_ms: int) -> tuple[Principal, bool]:
    """The token's principal, and whether its "last used" is due for an update
    (``touch_last_used``); raises ``TokenRefused`` for an unknown, revoked or expired token."""
    row = connection.execute(
        select(TokenRow).where(TokenRow.token_hash == hash_token(token))
    ).first()
    if row is None:
        raise TokenRefused("unauthenticated", "unknown token")
    refusal = refusal_of(row, now_ms)
    if refusal is not None:
        raise refusal
    stale = row.last_used_at_ms is None or now_ms - row.last_used_at_ms >= LAST_USED_RESOLUTION_MS
    return _principal(row), stale


def principal_for(
    connection: Connection, token: str, now_ms: int | None = None
) -> Principal | None:
    """The token's principal, or ``None`` if it is unknown, revoked or expired."""
    now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    try:
        return authenticate(connection, token, now)[0]
    except TokenRefused:
        return None


def refusal_of(row: Any, now_ms: int) -> TokenRefused | None:
    """Why a stored token no longer works, or ``None`` while it does."""
    if row.revoked_at_ms is not None:
        return revoked(row.revoked_at_ms)
    if row.expires_at_ms is not None and now_ms >= row.expires_at_ms:
        return expired(row.expires_at_ms)
    return None


def touch_last_used(connection: Connection, token_id: str, now_ms: int) -> None:
    """Record a use, unless another request did within ``LAST_USED_RESOLUTION_MS`` (two
    workers racing both find the row fresh and leave it)."""
    connection.execute(
        update(TokenRow)
        .where(
            TokenRow.id == token_id,
            or_(
                TokenRow.last_used_at_ms.is_(None),
                TokenRow.last_used_at_ms <= now_ms - LAST_USED_RESOLUTION_MS,
            ),
        )
        .values(last_used_at_ms=now_ms)
    )


def principal_by_id(connection: Connection, token_id: str) -> tuple[Principal, bool] | None:
    """The principal of a stored token and whether it still works (neither revoked nor
    expired); ``None`` when no such token is stored."""
    row = connection.execute(select(TokenRow).where(TokenRow.id == token_id)).first()
    if row is None:
        return None
    return _principal(row), refusal_of(row, time.time_ns() // 1_000_000) is None


def _principal(row: Any) -> Principal:
    return Principal(
        token_id=row.id,
        role=Role(row.role),
        meeting_id=row.meeting_id,
        session_ids=frozenset(filter(None, row.session_ids.split(","))),
        participant_id=row.participant_id,
        expires_at_ms=row.expires_at_ms,
    )
