"""Who may act for whom beyond "this token may write this session".

Two rules the session scope alone does not give:

- A client id (one console database) belongs to the token that first pushed with it. Another
  token may not push under it, nor read its high-water mark: client ids are in every public
  feed change, and a stranger's push would otherwise answer the console's next mutations with
  stored results, so they would silently vanish. A token issued to replace a revoked one,
  with the same role and scope, takes the console's client id over (a rotated token keeps
  exactly-once delivery).
- Meeting-wide data needs a token whose scope is the meeting (staff, admins, a chair of every
  session of it): the timer thresholds, and the roster as uploaded. A chair of some of its
  sessions may add a person (a walk-in) and edit or remove a person a mutation of one of
  their sessions added, as long as no session outside their scope has the person on a list,
  a hand or a turn.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from moderator.domain.commands import (
    Command,
    EditParticipant,
    RemoveParticipant,
    SetParticipantLanguage,
    SetThresholds,
)
from moderator.domain.events import Event, ParticipantAdded
from moderator.domain.session_state import SessionState
from moderator.server.models import ParticipantOriginRow
from moderator.server.tokens.auth import Principal, principal_by_id
from moderator.storage.models import (
    AgendaItemRow,
    HandRow,
    SessionRow,
    SpeakerEntryRow,
    TurnRow,
)
from moderator.storage.repository import dialect_insert

#: Roster commands that change a person already on the roster.
_ROSTER_EDITS = (EditParticipant, RemoveParticipant, SetParticipantLanguage)


def may_use_client(connection: Connection, owner_token_id: str, principal: Principal) -> bool:
    """Whether ``principal`` may push under (or read the mark of) a client id that
    ``owner_token_id`` first pushed with."""
    if owner_token_id == principal.token_id:
        return True
    owner = principal_by_id(connection, owner_token_id)
    if owner is None:
        return False
    previous, still_valid = owner
    return not still_valid and previous.same_scope(principal)


def meeting_wide_refusal(
    connection: Connection, principal: Principal, state: SessionState, command: Command
) -> str | None:
    """Why this token may not make this change to meeting-wide data; ``None`` if it may."""
    if not isinstance(command, (SetThresholds, *_ROSTER_EDITS)):
        return None
    sessions = frozenset(
        connection.execute(
            select(SessionRow.id).where(SessionRow.meeting_id == state.meeting.id)
        ).scalars()
    )
    if principal.covers_meeting(state.meeting.id, sessions):
        return None
    if isinstance(command, SetThresholds):
        return (
            "The timer thresholds are the meeting's: only staff (or a chair of all its "
            "sessions) change them"
        )
    if not isinstance(command, _ROSTER_EDITS):
        return None
    person = command.participant_id
    if person not in state.participants:
        return None  # the command itself answers (unknown person, or nothing to remove)
    origin = connection.execute(
        select(ParticipantOriginRow.session_id).where(ParticipantOriginRow.participant_id == person)
    ).scalar()
    if origin is None or origin not in principal.session_ids:
        return "This person is on the meeting's roster: only staff change them"
    if _elsewhere(connection, person, principal.session_ids):
        return "This person is on another session's list: only staff change them"
    return None


def _elsewhere(connection: Connection, person: str, sessions: frozenset[str]) -> bool:
    """Whether a session outside ``sessions`` names the person (a list entry, removed ones
    included, a hand or a turn)."""
    entry = connection.execute(
        select(SpeakerEntryRow.id)
        .join(AgendaItemRow, AgendaItemRow.id == SpeakerEntryRow.agenda_item_id)
        .where(SpeakerEntryRow.participant_id == person, AgendaItemRow.session_id.not_in(sessions))
        .limit(1)
    ).first()
    if entry is not None:
        return True
    for table in (HandRow, TurnRow):
        found = connection.execute(
            select(table.session_id)
            .where(table.participant_id == person, table.session_id.not_in(sessions))
            .limit(1)
        ).first()
        if found is not None:
            return True
    return False


def record_origins(connection: Connection, session_id: str, events: list[Event]) -> None:
    """Remember the session a mutation added people in (a walk-in, a person put back)."""
    for event in events:
        if not isinstance(event, ParticipantAdded):
            continue
        connection.execute(
            dialect_insert(connection)(ParticipantOriginRow)
            .values(participant_id=event.participant.id, session_id=session_id)
            .on_conflict_do_update(
                index_elements=["participant_id"], set_={"session_id": session_id}
            )
        )
