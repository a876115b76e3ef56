"""The agenda tables as the importer and the agenda export need them: rows by id, the links
from a source's stable ids to rows (``import_sources``), and plain inserts and updates.

Everything takes the caller's connection so that an import reads, decides and writes in one
``BEGIN IMMEDIATE`` transaction (all or nothing). Rows come back as domain objects through
``moderator.domain.records``, the same mapping the rest of storage uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SpeakerEntry,
)
from moderator.domain.records import (
    agenda_item_from,
    clock_row,
    entry_from,
    meeting_from,
    participant_details_from,
    participant_from,
    session_details_from,
    session_from,
)
from moderator.domain.timing.clock import ClockStatus, SpeakerClock
from moderator.storage.models import (
    AgendaItemRow,
    ChairNoteRow,
    CommandLogRow,
    ImportSourceRow,
    MeetingRow,
    ParticipantDetailsRow,
    ParticipantRow,
    SessionClockRow,
    SessionDetailsRow,
    SessionRow,
    SpeakerEntryRow,
    SyncSessionRow,
    TurnRow,
)

#: The kinds of record an import creates, in the order they must be written (parents first).
KINDS = ("meeting", "participant", "session", "agenda_item", "speaker_entry")
TABLES: dict[str, Any] = {
    "meeting": MeetingRow,
    "participant": ParticipantRow,
    "session": SessionRow,
    "agenda_item": AgendaItemRow,
    "speaker_entry": SpeakerEntryRow,
}
#: Parameters per ``IN (…)`` list: well under SQLite's limit on bound variables.
_CHUNK = 500


@dataclass(slots=True)
class AgendaRows:
    """Rows of the agenda tables, by id, as domain objects."""

    meetings: dict[str, Meeting] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    participant_details: dict[str, ParticipantDetails] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    session_details: dict[str, SessionDetails] = field(default_factory=dict)
    items: dict[str, AgendaItem] = field(default_factory=dict)
    entries: dict[str, SpeakerEntry] = field(default_factory=dict)

    def by_kind(self, kind: str) -> dict[str, Any]:
        return {
            "meeting": self.meetings,
            "participant": self.participants,
            "session": self.sessions,
            "agenda_item": self.items,
            "speaker_entry": self.entries,
        }[kind]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = list(dict.fromkeys(values))
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def read_links(connection: Connection, kind: str, keys: Iterable[str]) -> dict[str, str]:
    """``source_key → entity_id`` for the keys of ``kind`` that were imported before."""
    found: dict[str, str] = {}
    for chunk in _chunks(keys):
        rows = connection.execute(
            select(ImportSourceRow.source_key, ImportSourceRow.entity_id).where(
                ImportSourceRow.kind == kind, ImportSourceRow.source_key.in_(chunk)
            )
        )
        found.update({row.source_key: row.entity_id for row in rows})
    return found


def keys_of(connection: Connection, kind: str, entity_id: str) -> list[str]:
    """The source keys a row was imported under, the most recent import first."""
    rows = connection.execute(
        select(ImportSourceRow.source_key)
        .where(ImportSourceRow.kind == kind, ImportSourceRow.entity_id == entity_id)
        .order_by(ImportSourceRow.imported_at_ms.desc(), ImportSourceRow.source_key)
    )
    return list(rows.scalars())


def linked_ids(connection: Connection, kind: str, entity_ids: Iterable[str]) -> set[str]:
    """Which of these rows came from an import (have a source key)."""
    found: set[str] = set()
    for chunk in _chunks(entity_ids):
        found.update(
            connection.execute(
                select(ImportSourceRow.entity_id).where(
                    ImportSourceRow.kind == kind, ImportSourceRow.entity_id.in_(chunk)
                )
            ).scalars()
        )
    return found


def read_rows(connection: Connection, kind: str, ids: Iterable[str], into: AgendaRows) -> None:
    """Load the rows of ``kind`` with these ids (and their details) into ``into``."""
    table = TABLES[kind]
    convert = {
        "meeting": meeting_from,
        "participant": participant_from,
        "session": session_from,
        "agenda_item": agenda_item_from,
        "speaker_entry": entry_from,
    }[kind]
    target = into.by_kind(kind)
    for chunk in _chunks(ids):
        for row in connection.execute(select(table).where(table.id.in_(chunk))):
            target[row.id] = convert(row._mapping)
        if kind == "session":
            for row in connection.execute(
                select(SessionDetailsRow).where(SessionDetailsRow.session_id.in_(chunk))
            ):
                into.session_details[row.session_id] = session_details_from(row._mapping)
        elif kind == "participant":
            for row in connection.execute(
                select(ParticipantDetailsRow).where(ParticipantDetailsRow.participant_id.in_(chunk))
            ):
                into.participant_details[row.participant_id] = participant_details_from(
                    row._mapping
                )


def entries_of_items(connection: Connection, item_ids: Iterable[str]) -> list[tuple[str, str]]:
    """``(entry id, agenda item id)`` of every speaker entry of these items."""
    found: list[tuple[str, str]] = []
    for chunk in _chunks(item_ids):
        found.extend(
            (row.id, row.agenda_item_id)
            for row in connection.execute(
                select(SpeakerEntryRow.id, SpeakerEntryRow.agenda_item_id).where(
                    SpeakerEntryRow.agenda_item_id.in_(chunk)
                )
            )
        )
    return found


def followed_sessions(connection: Connection) -> dict[str, str]:
    """Sessions followed on a backend, with their meeting: such a meeting is the backend's,
    and an import reaches it only as synced commands."""
    rows = connection.execute(
        select(SyncSessionRow.session_id, SessionRow.meeting_id)
        .join(SessionRow, SessionRow.id == SyncSessionRow.session_id)
        .order_by(SyncSessionRow.linked_at_ms, SyncSessionRow.session_id)
    )
    return {row.session_id: row.meeting_id for row in rows}


def sessions_in_use(connection: Connection, session_ids: Iterable[str]) -> dict[str, str]:
    """Sessions whose lists of speakers an import must not rearrange, with the reason: the
    chair has acted in them (a command in the journal, a turn, a clock that is not idle)."""
    return dict.fromkeys(_sessions_where(connection, session_ids, journal=True), _STARTED)


def sessions_run(connection: Connection, session_ids: Iterable[str]) -> set[str]:
    """Sessions that have run (a turn, a clock that is not idle). The journal does not count:
    in a followed session every edit is a command, and the import's own are too."""
    return _sessions_where(connection, session_ids, journal=False)


_STARTED = "the chair has started it"


def _sessions_where(connection: Connection, session_ids: Iterable[str], journal: bool) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(session_ids):
        checks = [
            select(TurnRow.session_id).where(TurnRow.session_id.in_(chunk)),
            select(SessionClockRow.session_id).where(
                SessionClockRow.session_id.in_(chunk),
                SessionClockRow.status != ClockStatus.IDLE.value,
            ),
        ]
        if journal:
            checks.append(
                select(CommandLogRow.session_id).where(CommandLogRow.session_id.in_(chunk))
            )
        for query in checks:
            found.update(connection.execute(query.distinct()).scalars())
    return found


def read_all(connection: Connection) -> AgendaRows:
    """Every agenda row (for the export), details included."""
    rows = AgendaRows()
    for row in connection.execute(select(MeetingRow)):
        rows.meetings[row.id] = meeting_from(row._mapping)
    for row in connection.execute(select(ParticipantRow)):
        rows.participants[row.id] = participant_from(row._mapping)
    for row in connection.execute(select(ParticipantDetailsRow)):
        rows.participant_details[row.participant_id] = participant_details_from(row._mapping)
    for row in connection.execute(select(SessionRow)):
        rows.sessions[row.id] = session_from(row._mapping)
    for row in connection.execute(select(SessionDetailsRow)):
        rows.session_details[row.session_id] = session_details_from(row._mapping)
    for row in connection.execute(select(AgendaItemRow)):
        rows.items[row.id] = agenda_item_from(row._mapping)
    for row in connection.execute(select(SpeakerEntryRow)):
        rows.entries[row.id] = entry_from(row._mapping)
    return rows


# --- writing --------------------------------------------------------------------------------------


def insert_rows(connection: Connection, table: Any, rows: list[dict]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def update_row(connection: Connection, table: Any, key: str, values: dict) -> None:
    column = getattr(table, key)
    fields = {name: value for name, value in values.items() if name != key}
    connection.execute(update(table).where(column == values[key]).values(**fields))


def upsert_details(connection: Connection, table: Any, key: str, rows: list[dict]) -> None:
    """Insert or replace details rows (one statement for the whole batch)."""
    from moderator.storage.repository import dialect_insert

    if not rows:
        return
    statement = dialect_insert(connection)(table)
    statement = statement.on_conflict_do_update(
        index_elements=[key],
        set_={name: statement.excluded[name] for name in rows[0] if name != key},
    )
    connection.execute(statement, rows)


def idle_clock_rows(session_ids: Iterable[str]) -> list[dict]:
    return [clock_row(session_id, None, None, SpeakerClock()) for session_id in session_ids]


def write_links(connection: Connection, rows: list[dict]) -> None:
    """Record ``(kind, source_key) → entity_id``, replacing an older link of the same key."""
    from moderator.storage.repository import dialect_insert

    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        statement = dialect_insert(connection)(ImportSourceRow)
        statement = statement.on_conflict_do_update(
            index_elements=["kind", "source_key"],
            set_={
                "entity_id": statement.excluded.entity_id,
                "origin": statement.excluded.origin,
                "imported_at_ms": statement.excluded.imported_at_ms,
            },
        )
        connection.execute(statement, chunk)


def delete_entries(connection: Connection, entry_ids: list[str]) -> None:
    for chunk in _chunks(entry_ids):
        connection.execute(delete(SpeakerEntryRow).where(SpeakerEntryRow.id.in_(chunk)))
        _forget(connection, "speaker_entry", chunk)


def linked_under(connection: Connection, kind: str, key_prefix: str) -> dict[str, str]:
    """``source_key → entity_id`` of every record of ``kind`` an import made under keys that
    start with ``key_prefix`` (the sessions of one imported meeting, say), to find what a
    file no longer lists."""
    rows = connection.execute(
        select(ImportSourceRow.source_key, ImportSourceRow.entity_id).where(
            ImportSourceRow.kind == kind,
            ImportSourceRow.source_key.startswith(key_prefix, autoescape=True),
        )
    )
    return {row.source_key: row.entity_id for row in rows}


def entry_speakers(connection: Connection, entry_ids: Iterable[str]) -> dict[str, str]:
    """The name of the participant each of these speaker entries gives the floor to."""
    found: dict[str, str] = {}
    for chunk in _chunks(entry_ids):
        rows = connection.execute(
            select(SpeakerEntryRow.id, ParticipantRow.name)
            .join(ParticipantRow, ParticipantRow.id == SpeakerEntryRow.participant_id)
            .where(SpeakerEntryRow.id.in_(chunk))
        )
        found.update({row.id: row.name for row in rows})
    return found


def delete_sessions(connection: Connection, session_ids: list[str]) -> None:
    """Sessions with their agenda items, lists, clocks and details (the foreign keys cascade),
    and the import links and chair notes of all of them, so a later import creates them
    afresh instead of pointing at rows that are gone."""
    for chunk in _chunks(session_ids):
        item_ids = list(
            connection.execute(
                select(AgendaItemRow.id).where(AgendaItemRow.session_id.in_(chunk))
            ).scalars()
        )
        _forget(connection, "session", chunk)
        delete_items(connection, item_ids)
        connection.execute(delete(SessionRow).where(SessionRow.id.in_(chunk)))


def delete_items(connection: Connection, item_ids: list[str]) -> None:
    """Agenda items with their lists of speakers, their import links and chair notes."""
    for chunk in _chunks(item_ids):
        entry_ids = list(
            connection.execute(
                select(SpeakerEntryRow.id).where(SpeakerEntryRow.agenda_item_id.in_(chunk))
            ).scalars()
        )
        delete_entries(connection, entry_ids)
        _forget(connection, "agenda_item", chunk)
        connection.execute(delete(AgendaItemRow).where(AgendaItemRow.id.in_(chunk)))


def _forget(connection: Connection, kind: str, entity_ids: list[str]) -> None:
    connection.execute(
        delete(ImportSourceRow).where(
            ImportSourceRow.kind == kind, ImportSourceRow.entity_id.in_(entity_ids)
        )
    )
    note_kind = {"agenda_item": "item", "speaker_entry": "entry"}.get(kind)
    if note_kind is not None:
        connection.execute(
            delete(ChairNoteRow).where(
                ChairNoteRow.kind == note_kind, ChairNoteRow.entity_id.in_(entity_ids)
            )
        )
