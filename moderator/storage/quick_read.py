"""The console's first screen, read with the standard ``sqlite3`` module.

Start-up must paint the window with the day's agenda in about the time Qt alone needs to show
an empty window; importing SQLAlchemy takes longer than that by itself. So when the schema is
current, the first screen is read here (read-only, same mapping functions as the repository),
and SQLAlchemy is loaded right after the first paint for the chair's first action.
``tests/storage/test_quick_read.py`` checks this reader and the repository agree.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from moderator.domain.model import Session
from moderator.domain.records import (
    agenda_item_from,
    clock_from,
    entry_from,
    hand_from,
    meeting_from,
    participant_from,
    session_details_from,
    session_from,
    turn_from,
)
from moderator.domain.session_state import SessionState
from moderator.storage.file_check import BUSY_TIMEOUT_MS


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    connection.row_factory = sqlite3.Row
    return connection


def sessions(path: Path) -> list[Session]:
    """All sessions, by scheduled start (the same order as ``Store.sessions``)."""
    connection = _connect(path)
    try:
        rows = connection.execute("SELECT * FROM sessions ORDER BY scheduled_start_ms, title")
        return [session_from(row) for row in rows]
    finally:
        connection.close()


def load_session_state(path: Path, session_id: str) -> SessionState:
    """One session's aggregate in one read transaction; ``KeyError`` if there is no such one."""
    connection = _connect(path)
    try:
        connection.execute("BEGIN")
        one = connection.execute
        session_row = one("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if session_row is None:
            raise KeyError(f"no session with id {session_id!r}")
        session = session_from(session_row)
        meeting = meeting_from(
            one("SELECT * FROM meetings WHERE id = ?", (session.meeting_id,)).fetchone()
        )
        items = [
            agenda_item_from(row)
            for row in one("SELECT * FROM agenda_items WHERE session_id = ?", (session_id,))
        ]
        entries = [
            entry_from(row)
            for row in one(
                "SELECT e.* FROM speaker_entries e JOIN agenda_items i ON i.id = e.agenda_item_id"
                " WHERE i.session_id = ?",
                (session_id,),
            )
        ]
        participants = {
            row["id"]: participant_from(row)
            for row in one("SELECT * FROM participants WHERE meeting_id = ?", (meeting.id,))
        }
        turns = {
            row["id"]: turn_from(row)
            for row in one(
                "SELECT * FROM turns WHERE session_id = ? ORDER BY started_at_ms", (session_id,)
            )
        }
        hands = {
            row["id"]: hand_from(row)
            for row in one("SELECT * FROM hands WHERE session_id = ? ORDER BY seq", (session_id,))
        }
        clock_row = one(
            "SELECT * FROM session_clocks WHERE session_id = ?", (session_id,)
        ).fetchone()
        details_row = one(
            "SELECT * FROM session_details WHERE session_id = ?", (session_id,)
        ).fetchone()
        languages = {
            row["participant_id"]: row["language"]
            for row in one(
                "SELECT d.participant_id, d.language FROM participant_details d"
                " JOIN participants p ON p.id = d.participant_id WHERE p.meeting_id = ?",
                (meeting.id,),
            )
        }
    finally:
        connection.close()
    state = SessionState(
        meeting=meeting,
        session=session,
        agenda_items=items,
        entries=entries,
        participants=participants,
        turns=turns,
        hands=hands,
        details=session_details_from(details_row) if details_row is not None else None,
        languages=languages,
    )
    if clock_row is not None:
        state.clock = clock_from(clock_row)
        state.current_entry_id = clock_row["entry_id"]
        state.current_turn_id = clock_row["turn_id"]
    return state


def followed(path: Path) -> tuple[str | None, list[str]]:
    """The backend this file's sessions are followed on (``None`` when never recorded) and
    the followed sessions' ids, as ``SyncStore`` reads them."""
    connection = _connect(path)
    try:
        meta = connection.execute("SELECT backend_url FROM sync_meta WHERE id = 1").fetchone()
        ids = [row[0] for row in connection.execute("SELECT session_id FROM sync_sessions")]
        return (meta[0] if meta is not None else None), ids
    finally:
        connection.close()
