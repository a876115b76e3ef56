"""The database's meetings and sessions as the chair picks and creates them from the Session menu.

Open session (Ctrl+O) lists every session with its meeting, room and whether it is followed on
a backend; New meeting and New session create rows through the store's own insert paths (a
meeting as a ``MeetingBundle`` with ``Store.add_meeting``; a session as the duplicate does it:
its row, an idle clock and empty details, in one transaction), so a fresh ``Store`` reads them
back like any imported ones. A new session is local until its meeting is uploaded (Upload to
backend, ``services.sync.agenda_upload``), as a duplicated one is. The widgets never see the
store: they hold this object.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from moderator.domain.model import Meeting, Session, SessionDetails
from moderator.domain.records import session_details_row, session_row
from moderator.storage.agenda_store import idle_clock_rows, insert_rows, upsert_details
from moderator.storage.models import SessionClockRow, SessionDetailsRow, SessionRow
from moderator.storage.repository import MeetingBundle, Store


class NotSaved(Exception):
    """The file refused the new row (locked, full disk); nothing was written."""


@dataclass(frozen=True, slots=True)
class SessionListing:
    """One session as the Open session dialog lists it."""

    session: Session
    meeting: Meeting
    #: Followed on a backend (its actions are synced).
    followed: bool


class SessionDirectory:
    """Lists the sessions of the console's database and creates meetings and sessions in it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def listings(self) -> list[SessionListing]:
        """Every session, by scheduled start, with its meeting (one read of each table)."""
        meetings = {meeting.id: meeting for meeting in self._store.meetings()}
        followed = self._store.linked_sessions()
        return [
            SessionListing(session, meetings[session.meeting_id], session.id in followed)
            for session in self._store.sessions()
            if session.meeting_id in meetings
        ]

    def meetings(self) -> list[Meeting]:
        return self._store.meetings()

    def create_meeting(self, title: str, venue: str, timezone: str) -> Meeting:
        """A new, empty meeting (its roster and sessions come later); the fields are checked
        by the form."""
        meeting = Meeting(uuid.uuid4().hex, title.strip(), venue.strip(), timezone.strip())
        try:
            self._store.add_meeting(MeetingBundle(meeting, [], [], [], []))
        except SQLAlchemyError as error:
            raise NotSaved(f"Not saved, nothing changed: {error}") from error
        return meeting

    def create_session(
        self, meeting_id: str, title: str, room: str, start_ms: int, end_ms: int
    ) -> Session:
        """A new session without an agenda in ``meeting_id``: its row, an idle clock and empty
        details, in one transaction (all or nothing)."""
        session = Session(
            uuid.uuid4().hex, meeting_id, title.strip(), room.strip(), start_ms, end_ms
        )
        try:
            with self._store.engine.begin() as connection:
                insert_rows(connection, SessionRow, [session_row(session)])
                insert_rows(connection, SessionClockRow, idle_clock_rows([session.id]))
                details = [session_details_row(SessionDetails(session.id))]
                upsert_details(connection, SessionDetailsRow, "session_id", details)
        except SQLAlchemyError as error:
            raise NotSaved(f"Not saved, nothing changed: {error}") from error
        return session
