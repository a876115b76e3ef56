"""Managing tokens from the command line: check a new token's scope, list, find, revoke.

Why a scope is checked against the meeting's data: a token for a mistyped meeting, session or
participant id was accepted and only failed at the venue, as a 404 on the chair's console at
8:55. A staff or admin token may name a meeting the server does not have yet only when asked
to (``new_meeting``): staff preload an agenda through the console or the API with it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from moderator.server.input_rules import ID_RULE, is_id, text_problem
from moderator.server.models import TokenRow
from moderator.server.tokens.auth import MANAGERS, Role, refusal_of
from moderator.storage.models import MeetingRow, ParticipantRow, SessionRow

LABEL_MAX = 200
#: Fewer characters of an id than this are too likely to match another token's.
ID_PREFIX_MIN = 6
_DURATION_PART = re.compile(r"(\d+)\s*([mhdw])")
_UNIT_MS = {"m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}
#: The longest ``--expires``: a token is for a meeting, not for years.
LONGEST_MS = 366 * 86_400_000


class TokenAdminError(ValueError):
    """A request refused with what is wrong, in words for the technician typing it."""


def parse_duration(text: str) -> int:
    """``90m``, ``12h``, ``3d``, ``2w`` or a sum of them (``1d12h``) in milliseconds."""
    compact = text.strip().lower()
    parts = _DURATION_PART.findall(compact)
    if not compact or _DURATION_PART.sub("", compact).strip():
        raise TokenAdminError(
            f"--expires {text!r} is not a duration: write a number and a unit, "
            "m (minutes), h (hours), d (days) or w (weeks): 90m, 12h, 3d, 2w, 1d12h"
        )
    total = sum(int(number) * _UNIT_MS[unit] for number, unit in parts)
    if total <= 0:
        raise TokenAdminError(f"--expires {text!r} is no time at all: a token would be dead")
    if total > LONGEST_MS:
        raise TokenAdminError(
            f"--expires {text!r} is longer than a year: leave --expires out for a token "
            "that does not expire (and revoke it when the meeting is over)"
        )
    return total


def check_scope(
    connection: Connection,
    role: Role,
    meeting_id: str,
    session_ids: list[str],
    participant_id: str | None,
    label: str,
    new_meeting: bool = False,
) -> list[str]:
    """Refuse (``TokenAdminError``) a scope naming what does not exist; returns notes for
    the technician (nothing wrong, but worth saying)."""
    for name, value in (("--meeting", meeting_id), *(("--session", s) for s in session_ids)):
        if not is_id(value):
            raise TokenAdminError(f"{name} {value!r} is not an id ({ID_RULE})")
    if participant_id is not None and not is_id(participant_id):
        raise TokenAdminError(f"--participant {participant_id!r} is not an id ({ID_RULE})")
    if (problem := text_problem(label)) is not None:
        raise TokenAdminError(f"--label: {problem}")
    if len(label) > LABEL_MAX:
        raise TokenAdminError(f"--label is {len(label)} characters long; at most {LABEL_MAX}")
    if session_ids and role not in (Role.CHAIR, Role.DISPLAY, Role.INTEGRATION):
        raise TokenAdminError(
            f"--session is for chair, display and integration tokens; a {role.value} token "
            "covers the whole meeting"
        )
    if participant_id is not None and role is not Role.PARTICIPANT:
        raise TokenAdminError(f"--participant is for participant tokens, not {role.value}")
    if role is Role.CHAIR and not session_ids:
        raise TokenAdminError("a chair token needs at least one --session")
    if role is Role.INTEGRATION and not session_ids:
        raise TokenAdminError(
            "an integration token needs --session: the session whose hands it feeds"
        )
    if role is Role.PARTICIPANT and participant_id is None:
        raise TokenAdminError("a participant token needs --participant")

    exists = connection.execute(select(MeetingRow.id).where(MeetingRow.id == meeting_id)).first()
    if exists is None:
        return _unknown_meeting(connection, role, meeting_id, new_meeting)
    notes = []
    if new_meeting:
        notes.append(f"meeting {meeting_id} is already on this server (--new-meeting not needed)")
    _check_sessions(connection, meeting_id, session_ids)
    if participant_id is not None:
        _check_participant(connection, meeting_id, participant_id)
    return notes


def _unknown_meeting(
    connection: Connection, role: Role, meeting_id: str, new_meeting: bool
) -> list[str]:
    if new_meeting and role in MANAGERS:
        return [
            f"meeting {meeting_id} is not on this server yet: this token may upload it "
            "(console: Upload to backend; or PUT /api/v1/meetings/{id}; or moderator-server import)"
        ]
    known = list(connection.execute(select(MeetingRow.id).order_by(MeetingRow.id)).scalars())
    message = f"there is no meeting {meeting_id!r} on this server"
    message += _suggestion(meeting_id, known, "meetings")
    if role in MANAGERS:
        message += (
            f". To preload a new meeting's agenda with this token, add --new-meeting "
            f"(create-token --role {role.value} --meeting {meeting_id} --new-meeting)"
        )
    else:
        message += (
            f". A {role.value} token needs the meeting's agenda on the server first: upload "
            "it (a staff token with --new-meeting), then create this token"
        )
    raise TokenAdminError(message)


def _check_sessions(connection: Connection, meeting_id: str, session_ids: list[str]) -> None:
    known = list(
        connection.execute(
            select(SessionRow.id).where(SessionRow.meeting_id == meeting_id).order_by(SessionRow.id)
        ).scalars()
    )
    missing = [s for s in session_ids if s not in known]
    if missing:
        raise TokenAdminError(
            f"meeting {meeting_id} has no session {', '.join(map(repr, missing))}"
            + _suggestion(missing[0], known, "sessions")
        )


def _check_participant(connection: Connection, meeting_id: str, participant_id: str) -> None:
    row = connection.execute(
        select(ParticipantRow.id).where(
            ParticipantRow.meeting_id == meeting_id, ParticipantRow.id == participant_id
        )
    ).first()
    if row is None:
        known = list(
            connection.execute(
                select(ParticipantRow.id).where(ParticipantRow.meeting_id == meeting_id)
            ).scalars()
        )
        raise TokenAdminError(
            f"{participant_id!r} is not on meeting {meeting_id}'s roster"
            + _suggestion(participant_id, known, "ids")
        )


def _suggestion(wrong: str, known: list[str], what: str) -> str:
    """The nearest ids (a typo), else the first few the server has."""
    close = difflib.get_close_matches(wrong, known, n=3, cutoff=0.6)
    if close:
        return f" (did you mean {' or '.join(close)}?)"
    if not known:
        return f" (it has no {what})"
    shown = ", ".join(known[:8]) + (f", … {len(known) - 8} more" if len(known) > 8 else "")
    return f" ({what} there: {shown})"


# --- listing and revoking ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What may be shown of a token: never its secret nor its hash."""

    id: str
    label: str
    role: str
    meeting_id: str
    session_ids: tuple[str, ...]
    participant_id: str | None
    created_at_ms: int
    expires_at_ms: int | None
    last_used_at_ms: int | None
    revoked_at_ms: int | None
    state: str  # active, revoked, expired

    @property
    def scope(self) -> str:
        if self.session_ids:
            noun = "session" if len(self.session_ids) == 1 else "sessions"
            return f"{self.meeting_id}: {noun} {', '.join(self.session_ids)}"
        if self.participant_id:
            return f"{self.meeting_id}: participant {self.participant_id}"
        return self.meeting_id


_COLUMNS = (
    TokenRow.id,
    TokenRow.label,
    TokenRow.role,
    TokenRow.meeting_id,
    TokenRow.session_ids,
    TokenRow.participant_id,
    TokenRow.created_at_ms,
    TokenRow.expires_at_ms,
    TokenRow.last_used_at_ms,
    TokenRow.revoked_at_ms,
)


def list_tokens(
    connection: Connection, now_ms: int, meeting_id: str | None = None
) -> list[TokenInfo]:
    query = select(*_COLUMNS).order_by(TokenRow.meeting_id, TokenRow.created_at_ms, TokenRow.id)
    if meeting_id is not None:
        query = query.where(TokenRow.meeting_id == meeting_id)
    return [_info(row, now_ms) for row in connection.execute(query)]


def _info(row, now_ms: int) -> TokenInfo:  # type: ignore[no-untyped-def]
    refusal = refusal_of(row, now_ms)
    state = "active" if refusal is None else refusal.code.removeprefix("token_")
    return TokenInfo(
        id=row.id,
        label=row.label,
        role=row.role,
        meeting_id=row.meeting_id,
        session_ids=tuple(filter(None, row.session_ids.split(","))),
        participant_id=row.participant_id,
        created_at_ms=row.created_at_ms,
        expires_at_ms=row.expires_at_ms,
        last_used_at_ms=row.last_used_at_ms,
        revoked_at_ms=row.revoked_at_ms,
        state=state,
    )


def find_token(
    connection: Connection,
    now_ms: int,
    token_id: str | None = None,
    label: str | None = None,
    meeting_id: str | None = None,
) -> TokenInfo:
    """The one token an id (or a prefix of at least ``ID_PREFIX_MIN`` characters, as
    ``list-tokens`` shows) or a label names; several are refused with the candidates.

    A label names the tokens not yet revoked: revoking a lost laptop's token, then making a
    new one with the same label, leaves one candidate the next time."""
    tokens = list_tokens(connection, now_ms, meeting_id)
    if token_id is not None:
        token_id = token_id.strip().lower()
        exact = [t for t in tokens if t.id == token_id]
        if exact:
            return exact[0]
        if len(token_id) < ID_PREFIX_MIN:
            raise TokenAdminError(
                f"--id {token_id!r} is too short: give at least {ID_PREFIX_MIN} characters "
                "of the id list-tokens shows"
            )
        found = [t for t in tokens if t.id.startswith(token_id)]
        what = f"id {token_id!r}"
    else:
        assert label is not None
        named = [t for t in tokens if t.label == label]
        found = [t for t in named if t.state != "revoked"] or named
        what = f"label {label!r}"
    where = f" in meeting {meeting_id}" if meeting_id else ""
    if not found:
        hint = "see list-tokens"
        if label is not None:
            labels = {t.label.casefold(): t.label for t in tokens if t.label}
            close = difflib.get_close_matches(label.casefold(), list(labels), n=3, cutoff=0.6)
            if close:
                hint = "did you mean " + " or ".join(repr(labels[c]) for c in close) + "?"
        raise TokenAdminError(f"no token with {what}{where} ({hint})")
    if len(found) > 1:
        lines = "\n".join(f"  {t.id}  {t.role:<11} {t.scope}  ({t.state})" for t in found)
        raise TokenAdminError(
            f"{len(found)} tokens have {what}{where}; revoke one with --id:\n{lines}"
        )
    return found[0]


def revoke(connection: Connection, token_id: str, now_ms: int) -> bool:
    """Revoke the token; ``False`` if it already was (its first revocation time stays)."""
    done = connection.execute(
        update(TokenRow)
        .where(TokenRow.id == token_id, TokenRow.revoked_at_ms.is_(None))
        .values(revoked_at_ms=now_ms)
    )
    return bool(done.rowcount)
