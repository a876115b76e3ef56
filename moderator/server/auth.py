"""Bearer tokens with a role and a scope; stored only as SHA-256 hashes.

A token is 256 random bits, shown once when created. The server keeps its hash, the role
(admin, staff, chair, participant, display) and the scope (the meeting; for chairs their
sessions; for participants who they are). ``Principal`` answers "may this caller do that".
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, select

from moderator.server.models import TokenRow


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    CHAIR = "chair"
    PARTICIPANT = "participant"
    DISPLAY = "display"


MANAGERS = frozenset({Role.ADMIN, Role.STAFF})
WRITERS = frozenset({Role.ADMIN, Role.STAFF, Role.CHAIR})
ALL_ROLES = frozenset(Role)


@dataclass(frozen=True, slots=True)
class Principal:
    token_id: str
    role: Role
    meeting_id: str
    session_ids: frozenset[str]
    participant_id: str | None

    def can_see_session(self, meeting_id: str, session_id: str) -> bool:
        if meeting_id != self.meeting_id:
            return False
        if self.role is Role.CHAIR or (self.role is Role.DISPLAY and self.session_ids):
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
) -> str:
    """Store a new token's hash and return the token (the only time it is ever seen)."""
    if role is Role.CHAIR and not session_ids:
        raise ValueError("a chair token needs at least one session")
    if role is Role.PARTICIPANT and not participant_id:
        raise ValueError("a participant token needs a participant")
    token = secrets.token_urlsafe(32)
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
        )
    )
    return token


def principal_for(connection: Connection, token: str) -> Principal | None:
    row = connection.execute(
        select(TokenRow).where(TokenRow.token_hash == hash_token(token))
    ).first()
    if row is None or row.revoked_at_ms is not None:
        return None
    return _principal(row)


def principal_by_id(connection: Connection, token_id: str) -> tuple[Principal, bool] | None:
    """The principal of a stored token and whether it still works (not revoked); ``None``
    when no such token is stored."""
    row = connection.execute(select(TokenRow).where(TokenRow.id == token_id)).first()
    if row is None:
        return None
    return _principal(row), row.revoked_at_ms is None


def _principal(row: Any) -> Principal:
    return Principal(
        token_id=row.id,
        role=Role(row.role),
        meeting_id=row.meeting_id,
        session_ids=frozenset(filter(None, row.session_ids.split(","))),
        participant_id=row.participant_id,
    )
