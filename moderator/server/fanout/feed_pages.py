"""Reading a session's change feed: for one follower, or for every follower of a meeting
that one change woke (an event stream's fan-out).

A session's feed is its own changes and its meeting's meeting-wide ones (the roster, the
thresholds), in version order. A meeting-wide change wakes the followers of every session of
the meeting at once: read one session at a time, that was fifty reads per process for a
meeting of fifty rooms. ``meeting_pages`` reads the meeting's changes once, from the oldest
cursor among the woken followers, and cuts each follower's page out of them; only a backlog
larger than one read (``MEETING_READ_ROWS``) falls back to reading its sessions one by one.
The public feed (participants' pages, displays) leaves out personal data
(``public_reading``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, or_, select

from moderator.server.models import ChangeRow

#: A follower's read: its session, its cursor, and whether it reads the full feed (staff and
#: chairs) or the public one.
FeedKey = tuple[str, int, bool]
#: Rows of one session's feed after a version, at most so many, oldest first.
PageSource = Callable[[int, int], list[Any]]
#: The most rows one meeting-wide read takes; more (a long-lagging follower) and each session
#: is read on its own, a page at a time.
MEETING_READ_ROWS = 2000

#: Feed entities that are personal data (a participant's language and gender): only staff and
#: chairs read them (``changes``).
PRIVATE_ENTITIES = frozenset({"participant_details"})


def session_page(
    connection: Connection, meeting_id: str, session_id: str, since: int, limit: int
) -> list[Any]:
    """Up to ``limit`` rows of a session's feed after ``since``, oldest first: the session's
    changes and its meeting's roster changes."""
    query = select(ChangeRow).where(
        ChangeRow.version > since,
        or_(
            ChangeRow.session_id == session_id,
            (ChangeRow.session_id.is_(None)) & (ChangeRow.meeting_id == meeting_id),
        ),
    )
    return connection.execute(query.order_by(ChangeRow.version).limit(limit)).all()


def public_page(
    page: PageSource, since: int, limit: int
) -> tuple[list[dict[str, Any]], int | None]:
    """The public feed after ``since``, and the version it was read through (``None``: to
    the end). Pages that hold private changes only are read past, so an empty answer means
    that nothing public is there yet (a long-poll or a stream waits then)."""
    while True:
        rows = page(since, limit)
        if len(rows) < limit:
            return public_reading(rows), None
        rows = whole_mutations(rows)
        changes = public_reading(rows)
        if changes:
            return changes, rows[-1].version
        since = rows[-1].version


def public_reading(rows: list[Any]) -> list[dict[str, Any]]:
    """The public feed of ``rows``: the private changes left out. A mutation's last change
    carries its ``mutation_done`` marker; when that change is private, the marker moves to the
    mutation's last public change, so a public follower also sees where the mutation's run
    ends (a console waits for it before showing the run: ``sync_engine``)."""
    public: list[dict[str, Any]] = []
    last_public: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        mutation = (row.client_id, row.mutation_id)
        # The entity as well as the flag: a row of personal data is never public, whatever
        # wrote it (a database that went down to an older server and back up).
        if not row.private and row.entity not in PRIVATE_ENTITIES:
            document = change_document(row)
            public.append(document)
            if row.client_id is not None:
                last_public[mutation] = document
        elif row.mutation_done and mutation in last_public:
            last_public[mutation]["mutation_done"] = True
    return public


def whole_mutations(rows: list[Any]) -> list[Any]:
    """A full page of the public feed ends before the run of a mutation it would cut (the
    next read starts at that run), so the run's marker can move onto a public change of it
    (``public_reading``); a run that alone fills the page is read as it is."""
    last = rows[-1]
    if last.mutation_id is None or last.mutation_done:
        return rows
    cut = len(rows)
    while cut and (rows[cut - 1].client_id, rows[cut - 1].mutation_id) == (
        last.client_id,
        last.mutation_id,
    ):
        cut -= 1
    return rows[:cut] or rows


def change_document(row: Any) -> dict[str, Any]:
    document = {
        "version": row.version,
        "entity": row.entity,
        "id": row.entity_id,
        "op": row.op,
        "data": json.loads(row.data_json),
        "server_time_ms": row.server_time_ms,
    }
    if row.client_id is not None:
        document["client_id"] = row.client_id
        document["mutation_id"] = row.mutation_id
        document["mutation_done"] = bool(row.mutation_done)
    return document


def read_page(
    page: PageSource, since: int, limit: int, full: bool
) -> tuple[list[dict[str, Any]], int | None]:
    """A follower's page after ``since`` and the version it was read through (``None``: to
    the end): the full feed, or the public one."""
    if not full:
        return public_page(page, since, limit)
    rows = page(since, limit)
    return [change_document(row) for row in rows], rows[-1].version if len(rows) == limit else None


def database_pages(connection: Connection, meeting_id: str, session_id: str) -> PageSource:
    """The session's feed, a page at a time from the database."""
    return lambda since, limit: session_page(connection, meeting_id, session_id, since, limit)


def meeting_pages(
    connection: Connection, meeting_id: str, keys: Iterable[FeedKey]
) -> Callable[[str], PageSource]:
    """Page sources for the sessions of ``keys``, all cut from one read of the meeting's
    changes after the oldest of their cursors (or, past ``MEETING_READ_ROWS``, each from the
    database)."""
    oldest = min(since for _session, since, _full in keys)
    rows = connection.execute(
        select(ChangeRow)
        .where(ChangeRow.meeting_id == meeting_id, ChangeRow.version > oldest)
        .order_by(ChangeRow.version)
        .limit(MEETING_READ_ROWS)
    ).all()
    if len(rows) == MEETING_READ_ROWS:
        return lambda session_id: database_pages(connection, meeting_id, session_id)

    def pages_of(session_id: str) -> PageSource:
        feed = [row for row in rows if row.session_id is None or row.session_id == session_id]

        def page(since: int, limit: int) -> list[Any]:
            return [row for row in feed if row.version > since][:limit]

        return page

    return pages_of
