"""Staff put an agenda file on the backend: the console's importers and preview, on one meeting.

The import's matching and its rules for sessions in use (``services.agenda.agenda_import``)
are written against the console's tables. The backend holds the same meeting tables but not
the console's bookkeeping (import links, followed sessions), so the meeting's rows are copied
into an in-memory console database, the import decides there (``decide_import``), and its
writes are made on the backend's rows in the transaction that read them: what the preview
says is what is applied, and an upload is all or nothing.

What the backend adds to the console's rules:

* The file's one meeting becomes the meeting named by the caller (``--meeting``, the URL).
* A session the backend has seen used (a chair's command, a turn, a clock that is not idle)
  keeps its lists of speakers, as a session the chair has started does in the console.
* In the other sessions the file is the truth for the agenda items it lists: a speaker the
  file no longer has on an item's list is removed (no chair has touched those lists).
* Ids are global on the backend: an id another meeting holds is never taken over; the record
  gets an id derived from the meeting and the file's key instead, the same at every upload.
* Followers see the change: every existing session whose rows changed (all of the meeting's
  when the meeting or its roster changed) gets one ``reset`` change in the feed, as ``PUT``
  does, and consoles following it download it again; a session the import creates has no
  followers yet and gets none.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from moderator.domain.model import (
    AgendaItem,
    Meeting,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.records import (
    agenda_item_from,
    entry_from,
    meeting_from,
    participant_details_from,
    participant_from,
    session_details_from,
    session_from,
)
from moderator.domain.timing.clock import ClockStatus
from moderator.importers.plan import ImportPlan
from moderator.server.meetings import append_reset
from moderator.server.models import ChangeRow
from moderator.server.sync import ProtocolError, SyncService
from moderator.services.agenda.agenda_import import ImportPreview, decide_import, derived_id
from moderator.storage import agenda_store
from moderator.storage.models import (
    AgendaItemRow,
    Base,
    CommandLogRow,
    ImportSourceRow,
    MeetingRow,
    ParticipantDetailsRow,
    ParticipantRow,
    SessionClockRow,
    SessionDetailsRow,
    SessionRow,
    SpeakerEntryRow,
    TurnRow,
)
from moderator.storage.repository import MeetingBundle, insert_meeting_bundle

#: Tables whose change concerns every session of the meeting (their copies of the roster).
_MEETING_WIDE = (MeetingRow, ParticipantRow, ParticipantDetailsRow)


@dataclass(slots=True)
class UploadResult:
    """What an upload does (``applied`` false: a dry run) and, applied, the feed after it."""

    meeting_id: str
    preview: ImportPreview
    applied: bool
    sessions_reset: list[str] = field(default_factory=list)
    version: int = 0


def upload_plan(
    sync: SyncService, meeting_id: str, plan: ImportPlan, dry_run: bool
) -> UploadResult:
    """Import ``plan`` into the backend's meeting ``meeting_id`` (created when new).

    Raises ``ProtocolError`` (422) when the file holds no meeting or several."""
    plan = _for_meeting(plan, meeting_id)
    now = sync.now_ms()
    with _transaction(sync, dry_run) as connection:
        current = _read_meeting(connection, meeting_id, lock=not dry_run)
        scratch = _scratch_copy(connection, current, plan)
        try:
            with scratch.connect() as scratch_connection, scratch_connection.begin():
                preview, writes = decide_import(scratch_connection, plan, now)
        finally:
            scratch.dispose()
        result = UploadResult(meeting_id, preview, applied=not dry_run)
        if dry_run:
            return result
        touched = _write(connection, current, writes)
        result.sessions_reset = sorted(touched)
        result.version = _reset_changes(connection, meeting_id, touched, now)
        if not result.version and writes:
            result.version = _newest_version(connection)
    if touched:
        sync.invalidate(touched)
        sync.on_commit(touched)
    return result


@contextmanager
def _transaction(sync: SyncService, dry_run: bool) -> Iterator[Connection]:
    if dry_run:
        with sync.db.read() as connection:
            yield connection
    else:
        with sync.db.write() as connection:
            yield connection


def _for_meeting(plan: ImportPlan, meeting_id: str) -> ImportPlan:
    """The plan's one meeting as ``meeting_id``, its keys namespaced by that meeting (so the
    same file uploaded to two meetings gives each its own derived ids)."""
    if len(plan.meetings) != 1:
        titles = ", ".join(repr(m.title) for m in plan.meetings[:5])
        found = f"{len(plan.meetings)} meetings ({titles})" if plan.meetings else "no meeting"
        raise ProtocolError(
            422,
            "validation_failed",
            f"{plan.source}: the file holds {found}; upload one meeting at a time "
            f"(moderator export-agenda --meeting ID writes one)",
        )
    (meeting,) = plan.meetings

    def key(value: str) -> str:
        return f"{meeting_id}\x1f{value}"

    participants = [replace(p, key=key(p.key)) for p in meeting.participants]
    sessions = [
        replace(
            s,
            key=key(s.key),
            items=[
                replace(
                    i,
                    key=key(i.key),
                    entries=[
                        replace(e, key=key(e.key), participant_key=key(e.participant_key))
                        for e in i.entries
                    ],
                )
                for i in s.items
            ],
        )
        for s in meeting.sessions
    ]
    moved = replace(
        meeting,
        key=key(meeting.key),
        local_id=meeting_id,
        participants=participants,
        sessions=sessions,
    )
    return replace(plan, meetings=[moved])


# --- the backend's meeting ------------------------------------------------------------------------


@dataclass(slots=True)
class _Current:
    bundle: MeetingBundle | None
    in_use: set[str]
    #: Ids of rows of other meetings that the plan could take, by kind.
    elsewhere: dict[str, set[str]] = field(default_factory=dict)

    @property
    def session_ids(self) -> set[str]:
        return {s.id for s in self.bundle.sessions} if self.bundle else set()


def _read_meeting(connection: Connection, meeting_id: str, lock: bool) -> _Current:
    row = connection.execute(select(MeetingRow).where(MeetingRow.id == meeting_id)).first()
    if row is None:
        return _Current(None, set())
    sessions_query = select(SessionRow).where(SessionRow.meeting_id == meeting_id)
    if lock and connection.dialect.name != "sqlite":
        # Pushes lock a session's row while they decide; an upload waits for them, and they
        # for it (SQLite serialises writers already).
        sessions_query = sessions_query.with_for_update()
    sessions = [session_from(r._mapping) for r in connection.execute(sessions_query)]
    session_ids = [s.id for s in sessions]
    participants = [
        participant_from(r._mapping)
        for r in connection.execute(
            select(ParticipantRow).where(ParticipantRow.meeting_id == meeting_id)
        )
    ]
    items = [
        agenda_item_from(r._mapping)
        for r in connection.execute(
            select(AgendaItemRow).where(AgendaItemRow.session_id.in_(session_ids))
        )
    ]
    entries = [
        entry_from(r._mapping)
        for r in connection.execute(
            select(SpeakerEntryRow).where(SpeakerEntryRow.agenda_item_id.in_([i.id for i in items]))
        )
    ]
    session_details = [
        session_details_from(r._mapping)
        for r in connection.execute(
            select(SessionDetailsRow).where(SessionDetailsRow.session_id.in_(session_ids))
        )
    ]
    participant_details = [
        participant_details_from(r._mapping)
        for r in connection.execute(
            select(ParticipantDetailsRow).where(
                ParticipantDetailsRow.participant_id.in_([p.id for p in participants])
            )
        )
    ]
    in_use: set[str] = set()
    for query in (
        select(CommandLogRow.session_id).where(CommandLogRow.session_id.in_(session_ids)),
        select(TurnRow.session_id).where(TurnRow.session_id.in_(session_ids)),
        select(SessionClockRow.session_id).where(
            SessionClockRow.session_id.in_(session_ids),
            SessionClockRow.status != ClockStatus.IDLE.value,
        ),
    ):
        in_use.update(connection.execute(query.distinct()).scalars())
    bundle = MeetingBundle(
        meeting=meeting_from(row._mapping),
        participants=participants,
        sessions=sessions,
        agenda_items=items,
        entries=entries,
        session_details=session_details,
        participant_details=participant_details,
    )
    return _Current(bundle, in_use)


def _taken_elsewhere(connection: Connection, current: _Current, plan: ImportPlan) -> MeetingBundle:
    """The rows of other meetings whose ids the plan could take, as a placeholder meeting: in
    the scratch database they are taken, so the import gives the records other ids."""
    (meeting,) = plan.meetings
    wanted: dict[str, set[str]] = {kind: set() for kind in agenda_store.KINDS}

    def want(kind: str, key: str, local_id: str | None) -> None:
        wanted[kind].add(derived_id(kind, key))
        if local_id:
            wanted[kind].add(local_id)

    for participant in meeting.participants:
        want("participant", participant.key, participant.local_id)
    for session in meeting.sessions:
        want("session", session.key, session.local_id)
        for item in session.items:
            want("agenda_item", item.key, item.local_id)
            for entry in item.entries:
                want("speaker_entry", entry.key, entry.local_id)
    own: dict[str, set[str]] = {kind: set() for kind in agenda_store.KINDS}
    if current.bundle is not None:
        own["participant"] = {p.id for p in current.bundle.participants}
        own["session"] = current.session_ids
        own["agenda_item"] = {i.id for i in current.bundle.agenda_items}
        own["speaker_entry"] = {e.id for e in current.bundle.entries}
    taken: dict[str, set[str]] = {}
    for kind in ("participant", "session", "agenda_item", "speaker_entry"):
        table = agenda_store.TABLES[kind]
        found: set[str] = set()
        ids = sorted(wanted[kind] - own[kind])
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(connection.execute(select(table.id).where(table.id.in_(chunk))).scalars())
        taken[kind] = found
    current.elsewhere = taken
    stand_in = f"~elsewhere-{uuid.uuid4()}"
    return MeetingBundle(
        meeting=Meeting(id=stand_in, title="(other meetings)"),
        participants=[
            Participant(id=pid, meeting_id=stand_in, name="(elsewhere)")
            for pid in taken["participant"] | {stand_in}
        ],
        sessions=[
            Session(id=sid, meeting_id=stand_in, title="(elsewhere)")
            for sid in taken["session"] | {stand_in}
        ],
        agenda_items=[
            AgendaItem(id=iid, session_id=stand_in, position=0, title="(elsewhere)")
            for iid in taken["agenda_item"] | {stand_in}
        ],
        entries=[
            SpeakerEntry(
                id=eid,
                agenda_item_id=stand_in,
                participant_id=stand_in,
                speech_type=SpeechType.STATEMENT,
                allotted_ms=0,
                order_key="V",
            )
            for eid in taken["speaker_entry"]
        ],
    )


def _scratch_copy(connection: Connection, current: _Current, plan: ImportPlan) -> Engine:
    """An in-memory console database with the meeting as the backend has it."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    Base.metadata.create_all(engine)
    elsewhere = _taken_elsewhere(connection, current, plan)
    with engine.begin() as scratch:
        insert_meeting_bundle(scratch, elsewhere)
        bundle = current.bundle
        if bundle is None:
            return engine
        insert_meeting_bundle(scratch, bundle)
        if current.in_use:
            # The console's sign of a session the chair has started: a clock that is not idle.
            scratch.execute(
                update(SessionClockRow)
                .where(SessionClockRow.session_id.in_(current.in_use))
                .values(status=ClockStatus.PAUSED.value)
            )
        items = {i.id: i.session_id for i in bundle.agenda_items}
        free_lists = [e.id for e in bundle.entries if items[e.agenda_item_id] not in current.in_use]
        if free_lists:
            # Lists no chair has touched are the file's: speakers it drops are removed.
            scratch.execute(
                insert(ImportSourceRow),
                [
                    {
                        "kind": "speaker_entry",
                        "source_key": f"backend\x1f{entry_id}",
                        "entity_id": entry_id,
                        "origin": "backend",
                        "imported_at_ms": 0,
                    }
                    for entry_id in free_lists
                ],
            )
    return engine


# --- writing on the backend -----------------------------------------------------------------------


def _write(
    connection: Connection, current: _Current, writes: list[tuple[str, Any, list[dict]]]
) -> set[str]:
    """Make the import's writes on the backend's rows; return the sessions followers must
    download again (those whose rows changed; all of them when the meeting or its roster
    did), of the ones that existed before."""
    bundle = current.bundle
    item_session = {i.id: i.session_id for i in bundle.agenda_items} if bundle else {}
    entry_item = {e.id: e.agenda_item_id for e in bundle.entries} if bundle else {}
    sessions = set(current.session_ids)
    touched: set[str] = set()
    meeting_wide = False
    for op, table, rows in writes:
        if op == "links":
            continue  # the backend keeps no import links; its keys are namespaced instead
        if op == "delete_entries":
            ids = [row["id"] for row in rows]
            touched.update(item_session[entry_item[i]] for i in ids)
            connection.execute(delete(SpeakerEntryRow).where(SpeakerEntryRow.id.in_(ids)))
            continue
        if op == "insert":
            agenda_store.insert_rows(connection, table, rows)
        elif op == "update":
            for row in rows:
                agenda_store.update_row(connection, table, _key_of(table), row)
        elif op == "details":
            agenda_store.upsert_details(connection, table, _key_of(table), rows)
        else:  # pragma: no cover - decide_import makes only the operations above
            raise ValueError(op)
        if table in _MEETING_WIDE:
            meeting_wide = True
        elif table is SessionRow:
            touched.update(row["id"] for row in rows)
        elif table in (SessionDetailsRow, SessionClockRow):
            touched.update(row["session_id"] for row in rows)
        elif table is AgendaItemRow:
            item_session.update({row["id"]: row["session_id"] for row in rows})
            touched.update(row["session_id"] for row in rows)
        elif table is SpeakerEntryRow:
            touched.update(item_session[row["agenda_item_id"]] for row in rows)
    # A session this import creates has no followers yet: no reset for it.
    return (sessions if meeting_wide else touched) & set(current.session_ids)


def _key_of(table: Any) -> str:
    if table in (SessionDetailsRow, SessionClockRow):
        return "session_id"
    if table is ParticipantDetailsRow:
        return "participant_id"
    return "id"


def _reset_changes(connection: Connection, meeting_id: str, session_ids: set[str], now: int) -> int:
    """One ``reset`` change per session: its followers download it again. Returns the feed
    version after them (0 when there were none)."""
    version = 0
    rows = connection.execute(
        select(SessionRow).where(SessionRow.id.in_(sorted(session_ids))).order_by(SessionRow.id)
    )
    for row in rows:
        version = append_reset(connection, meeting_id, session_from(row._mapping), now)
    return version


def _newest_version(connection: Connection) -> int:
    from sqlalchemy import func

    return connection.execute(select(func.max(ChangeRow.version))).scalar() or 0


def preview_document(result: UploadResult) -> dict[str, Any]:
    """The answer of the upload endpoint: the preview, record by record, and the totals."""
    preview = result.preview
    counts = preview.counts
    totals = preview.totals()
    return {
        "meeting_id": result.meeting_id,
        "applied": result.applied,
        "source": preview.source,
        "format": preview.format,
        "counts": {
            "meetings": counts.meetings,
            "sessions": counts.sessions,
            "rooms": counts.rooms,
            "agenda_items": counts.agenda_items,
            "participants": counts.participants,
            "speakers": counts.speakers,
            "entries": counts.entries,
        },
        "notes": list(preview.notes),
        "changes": [
            {
                "kind": c.kind,
                "action": c.action.value,
                "name": c.name,
                "entity_id": c.entity_id,
                "fields": list(c.fields),
                "reason": c.reason,
            }
            for c in preview.changes
        ],
        "totals": {action.value: count for action, count in totals.items()},
        "sessions_reset": result.sessions_reset,
        "version": result.version,
    }
