"""The Connect dialog's "Test connection": who this token is, and what it may follow.

Network code stays in services; the dialog only shows the report or the error's message.
"""

from __future__ import annotations

from dataclasses import dataclass

from moderator.services.sync.backend_client import BackendClient


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    role: str
    meeting_title: str
    sessions: list[tuple[str, str]]  # (id, title) the token may follow
    can_chair: bool
    offset_ms: int


async def check_connection(url: str, token: str) -> ConnectionReport:
    """Raises ``BackendError`` (refused) or ``Unreachable``; never logs the token."""
    client = BackendClient(url, token)
    try:
        me = await client.whoami()
        meeting = await client.meeting(me["meeting_id"])
    finally:
        await client.close()
    allowed = set(me["session_ids"])
    sessions = [
        (session["id"], session["title"])
        for session in meeting["sessions"]
        if me["role"] != "chair" or session["id"] in allowed
    ]
    return ConnectionReport(
        role=me["role"],
        meeting_title=meeting["meeting"]["title"],
        sessions=sessions,
        can_chair=me["role"] in ("chair", "staff", "admin"),
        offset_ms=client.offset.offset_ms,
    )
