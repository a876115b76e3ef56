"""Preview and apply an import plan: what the file will create, update or leave alone.

``preview_import`` reads; ``apply_import`` decides again and writes inside one ``BEGIN
IMMEDIATE`` transaction, so the preview can never be stale and an import is all or nothing
(an error, or a cancel before the commit, leaves the file exactly as it was). Both may run on
a worker thread and report progress as ``(done, total)``.

Matching (re-importing updates instead of duplicating): a record is the row its source key
was imported as before (``import_sources``), else the row whose id the file gives (a file
exported by Moderator), in both cases only within the same parent (a session of the same
meeting…). New rows get the file's own id when it is free, else an id derived from the
source key, so importing one file into two databases gives the same ids. A calendar, whose
file names itself unreliably, is first given the key its meeting had (``import_identity``).

Fields the file leaves unstated keep their local value. Rules for sessions the chair is
using (``docs/import-formats.md``): a meeting with a session followed on a backend is the
backend's: the file's changes to it become synced commands (``synced_import``), queued in the
same transaction, and what no command can carry is refused in the preview, blocking the whole
import (``ImportRefused``); in a session the chair has started (a command, a turn, a running or
paused clock) titles, times, room and agenda items are updated, but its lists of speakers are
not touched at all: nothing added, changed or removed, so no chair action is lost. In other
sessions a speaker that an earlier import added and the file no longer lists is removed.
Nothing else is ever deleted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from moderator.domain.model import (
    DEFAULT_FINAL_MS,
    DEFAULT_WARNING_MS,
    AgendaItem,
    Attendance,
    Meeting,
    Participant,
    ParticipantDetails,
    Session,
    SessionDetails,
    SpeakerEntry,
    StakeholderGroup,
)
from moderator.domain.order_keys import evenly_spaced_keys
from moderator.domain.records import (
    entry_row,
    item_row,
    meeting_row,
    participant_details_row,
    participant_row,
    session_details_row,
    session_row,
)
from moderator.importers.plan import (
    ImportPlan,
    PlanCounts,
    PlannedEntry,
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.importers.speaking_time import has_shared_slots, with_reserve
from moderator.services.agenda.import_identity import adopt_earlier_keys
from moderator.services.agenda.synced_import import (
    ROSTER_COMMANDS,
    QueuedCommand,
    SyncedMeeting,
)
from moderator.storage import agenda_store as store
from moderator.storage.chair_store import speech_rules_in
from moderator.storage.database import read_only
from moderator.storage.models import (
    AgendaItemRow,
    MeetingRow,
    ParticipantDetailsRow,
    ParticipantRow,
    SessionClockRow,
    SessionDetailsRow,
    SessionRow,
    SpeakerEntryRow,
)
from moderator.storage.repository import write_command

if TYPE_CHECKING:
    from moderator.services.chair.session_service import SessionService

Progress = Callable[[int, int], None]
#: Namespace of ids derived from source keys (uuid5), fixed forever: changing it would make
#: re-imports into other databases disagree.
ID_NAMESPACE = uuid.UUID("6f1d7c3e-2b0a-5e4f-9a51-7c8d2e6b4f10")
#: Rows written per statement between progress reports and cancel checks.
BATCH = 200


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    KEEP = "keep"  # differs from the file, left as it is (session in use)
    REMOVE = "remove"
    GONE = "gone"  # imported before, no longer in the file: kept unless the import prunes
    REFUSED = "refused"  # cannot reach the backend: the import is refused as a whole


KIND_LABELS = {
    "meeting": ("meeting", "meetings"),
    "participant": ("participant", "participants"),
    "session": ("session", "sessions"),
    "agenda_item": ("agenda item", "agenda items"),
    "speaker_entry": ("speaker entry", "speaker entries"),
}


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    action: Action
    name: str
    entity_id: str
    fields: tuple[str, ...] = ()
    reason: str = ""


@dataclass(slots=True)
class ImportPreview:
    """What an import does (or, from ``apply_import``, did), record by record."""

    source: str
    format: str
    counts: PlanCounts
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def totals(self) -> Counter[Action]:
        return Counter(change.action for change in self.changes)

    #: Commands queued for the backend (a meeting that is on a backend is changed by them).
    queued: int = 0

    def writes(self) -> int:
        totals = self.totals()
        return totals[Action.CREATE] + totals[Action.UPDATE] + totals[Action.REMOVE]

    def refused(self) -> list[Change]:
        """The changes no command can carry to the backend: while there is one, nothing is
        imported (never half-applied)."""
        return [change for change in self.changes if change.action is Action.REFUSED]

    def kept(self) -> list[Change]:
        """What the file says otherwise and the import leaves as it is, with the reason."""
        return [change for change in self.changes if change.action is Action.KEEP]

    def gone(self) -> list[Change]:
        """Sessions and agenda items an earlier import made that the file no longer lists,
        left in place (an import removes them only when asked to prune)."""
        return [change for change in self.changes if change.action is Action.GONE]

    def prunable(self) -> list[Change]:
        """The ``gone`` records pruning would remove (not those the chair has started)."""
        return [change for change in self.gone() if not change.reason]


class ImportCancelled(Exception):
    """The import was cancelled before its commit; nothing was written."""


class ImportRefused(Exception):
    """The file changes what cannot reach the backend (the preview lists it); nothing was
    written."""

    def __init__(self, refused: list[Change]) -> None:
        lines = [f"{change.name}: {change.reason}" for change in refused[:10]]
        if len(refused) > 10:
            lines.append(f"… and {len(refused) - 10} more")
        super().__init__(
            "Nothing was imported: the backend cannot take these changes from a console:\n"
            + "\n".join(lines)
        )
        self.refused = refused


def preview_import(
    engine: Engine, plan: ImportPlan, prune: bool = False, keep: Iterable[str] = ()
) -> ImportPreview:
    """What importing ``plan`` would do; ``prune`` and ``keep`` as for ``apply_import``."""
    with read_only(engine).connect() as connection, connection.begin():
        return _Reconciler(connection, plan, now_ms=0, prune=prune, keep=keep).run()[0]


def apply_import(
    engine: Engine,
    plan: ImportPlan,
    now_ms: int,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    prune: bool = False,
    keep: Iterable[str] = (),
) -> ImportPreview:
    """Write the plan in one transaction; return what was done.

    ``cancelled()`` is asked between batches and once more just before the commit; when it
    answers true, ``ImportCancelled`` is raised and the transaction rolls back. ``prune``
    removes the sessions and agenda items an earlier import of this source made that the
    file no longer lists (without it they are only listed, as ``Action.GONE``), except the
    sessions in ``keep`` (the one open in the console) and those the chair has started.
    """
    is_cancelled = cancelled or (lambda: False)
    try:
        with engine.begin() as connection:
            reconciler = _Reconciler(connection, plan, now_ms, prune=prune, keep=keep)
            preview, writes = reconciler.run()
            if preview.refused():
                raise ImportRefused(preview.refused())
            commands = reconciler.queued_commands()
            if commands:  # first: a local session's speaker may name a person they add
                writes.insert(0, ("commands", None, commands))
            total = sum(max(1, len(rows)) for _op, _table, rows in writes)
            done = 0
            if progress is not None:
                progress(0, total)
            for op, table, rows in writes:
                if is_cancelled():
                    raise ImportCancelled()
                _execute(connection, op, table, rows)
                done += max(1, len(rows))
                if progress is not None:
                    progress(done, total)
            if is_cancelled():
                raise ImportCancelled()
    except DBAPIError as error:
        from moderator.storage.database import explain_sqlite_error

        raise explain_sqlite_error(engine.url.database or "database", error) from error
    return preview


def decide_import(
    connection: Connection, plan: ImportPlan, now_ms: int
) -> tuple[ImportPreview, list[tuple[str, Any, list[dict]]]]:
    """What importing ``plan`` into the database behind ``connection`` would do, and the
    writes that would do it, ``(operation, table, rows)`` in order, without making them.

    For a caller that makes the writes on other rows than the ones decided against: the
    backend decides against a copy of one meeting and writes its own tables. The operations
    are ``insert``, ``update`` (by the table's key), ``details`` (insert or replace), ``links``
    (``import_sources`` rows) and ``delete_entries`` (speaker entries by id)."""
    return _Reconciler(connection, plan, now_ms).run()


class AgendaImporter:
    """Previews and applies plans against one file, for the import dialog (which runs them on
    its worker thread). ``target`` is an ``Engine``, a ``Store`` (its engine is used) or a
    function returning either, called at the first preview: a dialog opened from the console
    reaches the file the session service opened."""

    def __init__(self, target: Any, service: SessionService | None = None) -> None:
        self._target = target
        self._service = service

    @classmethod
    def of_session(cls, service: SessionService) -> AgendaImporter:
        """Imports into the file of the console's open session."""
        return cls(lambda: service.store, service)

    def settle(self, done: ImportPreview) -> None:
        """After an import (on the GUI thread): the open session reads the file again, then
        the sync hears of the commands the import queued, in that order, so the view the
        sync rebuilds is never compared with a session read before the import."""
        if self._service is not None:
            self._service.reload()
            if done.queued:
                self._service.store.announce_outbox()

    def _engine(self) -> Engine:
        target = self._target() if callable(self._target) else self._target
        return target.engine  # a Store's engine; an Engine's ``engine`` is itself

    def preview(self, plan: ImportPlan, prune: bool = False) -> ImportPreview:
        """What importing ``plan`` would do (``preview_import``)."""
        return preview_import(self._engine(), plan, prune, self._open_sessions())

    def apply(
        self,
        plan: ImportPlan,
        now_ms: int,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        prune: bool = False,
    ) -> ImportPreview:
        """Import ``plan`` in one transaction (``apply_import``); raises ``ImportCancelled``
        when cancelled before the commit and ``DatabaseError`` when the file refuses."""
        return apply_import(
            self._engine(), plan, now_ms, progress, cancelled, prune, self._open_sessions()
        )

    def _open_sessions(self) -> list[str]:
        """The session the console shows is never pruned from under the chair."""
        state = getattr(self._service, "state", None)
        session = getattr(state, "session", None)
        return [session.id] if session is not None else []


def _execute(connection: Connection, op: str, table: Any, rows: list[dict]) -> None:
    if op == "insert":
        store.insert_rows(connection, table, rows)
    elif op == "update":
        for row in rows:
            store.update_row(connection, table, _key_of(table), row)
    elif op == "details":
        store.upsert_details(connection, table, _key_of(table), rows)
    elif op == "links":
        store.write_links(connection, rows)
    elif op == "delete_entries":
        store.delete_entries(connection, [row["id"] for row in rows])
    elif op == "delete_items":
        store.delete_items(connection, [row["id"] for row in rows])
    elif op == "delete_sessions":
        store.delete_sessions(connection, [row["id"] for row in rows])
    elif op == "commands":
        for queued in rows:
            write_command(
                connection,
                queued.command,
                queued.events,
                command_id=uuid.uuid4().hex,
                recorded_at_ms=queued.at_ms,
                queued=True,
                label=queued.words,
            )
    else:  # pragma: no cover - the reconciler writes only the operations above
        raise ValueError(op)


def _key_of(table: Any) -> str:
    if table is SessionDetailsRow or table is SessionClockRow:
        return "session_id"
    if table is ParticipantDetailsRow:
        return "participant_id"
    return "id"


# --- deciding ------------------------------------------------------------------------------------


class _Reconciler:
    """Compares a plan with the database through one connection; collects changes and writes."""

    def __init__(
        self,
        connection: Connection,
        plan: ImportPlan,
        now_ms: int,
        prune: bool = False,
        keep: Iterable[str] = (),
    ) -> None:
        self.connection = connection
        self.plan = plan
        self.now_ms = now_ms
        self.prune = prune
        self.keep = set(keep)
        #: Sessions and agenda items the file no longer lists that pruning removes.
        self.removed_sessions: list[dict] = []
        self.removed_items: list[dict] = []
        #: The file's sessions as resolved: (source key, session id, why its agenda stays).
        self.resolved_sessions: list[tuple[str, str, str]] = []
        self.preview = ImportPreview(
            source=plan.source, format=plan.format, counts=plan.counts(), notes=list(plan.notes)
        )
        self.rows = store.AgendaRows()
        self.links: dict[str, dict[str, str]] = {}
        self.taken: dict[str, set[str]] = {kind: set() for kind in store.KINDS}
        self.inserts: dict[Any, list[dict]] = {}
        self.updates: dict[Any, list[dict]] = {}
        self.details: dict[Any, list[dict]] = {}
        self.new_links: list[dict] = []
        self.removed_entries: list[dict] = []
        self.in_use: dict[str, str] = {}
        self.claimed: dict[str, set[str]] = {kind: set() for kind in store.KINDS}
        self.names = {p.key: p.name for m in plan.meetings for p in m.participants}
        #: Items already in the database whose lists were rewritten: (item id, entries kept).
        self.rewritten_items: list[tuple[str, set[str], str]] = []
        #: Followed sessions (→ their meeting), sessions that have run, and the commands of
        #: the meetings that are on a backend.
        self.followed: dict[str, str] = {}
        self.started: set[str] = set()
        self.synced: list[SyncedMeeting] = []

    def run(self) -> tuple[ImportPreview, list[tuple[str, Any, list[dict]]]]:
        adopt_earlier_keys(self.connection, self.plan)  # before any key is looked up
        self.names = {p.key: p.name for m in self.plan.meetings for p in m.participants}
        self._load()
        for meeting in self.plan.meetings:
            self._meeting(meeting)
        self._remove_dropped_entries()
        return self.preview, self._writes()

    # --- loading everything the plan may match, in a few queries ------------------------------

    def _load(self) -> None:
        keys: dict[str, list[tuple[str, str | None]]] = {kind: [] for kind in store.KINDS}
        for meeting in self.plan.meetings:
            keys["meeting"].append((meeting.key, meeting.local_id))
            for participant in meeting.participants:
                keys["participant"].append((participant.key, participant.local_id))
            for session in meeting.sessions:
                keys["session"].append((session.key, session.local_id))
                for item in session.items:
                    keys["agenda_item"].append((item.key, item.local_id))
                    for entry in item.entries:
                        keys["speaker_entry"].append((entry.key, entry.local_id))
        for kind, pairs in keys.items():
            links = store.read_links(self.connection, kind, (key for key, _ in pairs))
            self.links[kind] = links
            candidates = [*links.values()]
            for key, local_id in pairs:
                if local_id:
                    candidates.append(local_id)
                candidates.append(derived_id(kind, key))
            store.read_rows(self.connection, kind, candidates, self.rows)
            self.taken[kind].update(self.rows.by_kind(kind))
        self.in_use = store.sessions_in_use(self.connection, self.rows.sessions)
        self.followed = store.followed_sessions(self.connection)
        self.started = store.sessions_run(self.connection, self.followed)

    def queued_commands(self) -> list[QueuedCommand]:
        """The synced commands, roster changes first (a speaker needs their person on the
        backend's roster), each with the moment of the import."""
        commands = [c for meeting in self.synced for c in meeting.commands]
        roster = [c for c in commands if c.command.name in ROSTER_COMMANDS]
        rest = [c for c in commands if c.command.name not in ROSTER_COMMANDS]
        return [replace(c, at_ms=self.now_ms) for c in roster + rest]

    def _resolve(
        self, kind: str, key: str, local_id: str | None, parent_id: str | None
    ) -> tuple[str, Any | None]:
        """The id of the row this record is, and that row (``None`` when it is new)."""
        stored = self.rows.by_kind(kind)
        for candidate in (self.links[kind].get(key), local_id, derived_id(kind, key)):
            row = stored.get(candidate) if candidate else None
            if (
                row is not None
                and _parent(kind, row) == parent_id
                and row.id not in self.claimed[kind]
            ):
                self.claimed[kind].add(row.id)
                return row.id, row
        for candidate in (local_id, derived_id(kind, key)):
            if candidate and candidate not in self.taken[kind]:
                break
        else:
            candidate = str(uuid.uuid4())
        self.taken[kind].add(candidate)
        self.new_links.append(
            {
                "kind": kind,
                "source_key": key,
                "entity_id": candidate,
                "origin": self.plan.source[-500:],
                "imported_at_ms": self.now_ms,
            }
        )
        return candidate, None

    # --- records ------------------------------------------------------------------------------

    def _meeting(self, planned: PlannedMeeting) -> None:
        meeting_id, stored = self._resolve("meeting", planned.key, planned.local_id, None)
        if stored is not None:  # a new meeting has no settings yet: no reserve
            reserve = speech_rules_in(self.connection, meeting_id).qa_reserve_ms
            if reserve and has_shared_slots(planned):
                planned = with_reserve(planned, reserve)
                self.preview.notes.append(
                    f"{planned.title}: speakers share each talk's time less the meeting's "
                    f"Q&A reserve of {_minutes(reserve)}"
                )
        followed = [sid for sid, mid in self.followed.items() if mid == meeting_id]
        if followed:
            synced = SyncedMeeting(self, planned, meeting_id, followed)
            synced.run(stored)
            self.synced.append(synced)
            self.preview.queued += len(synced.commands)
            self._gone(planned, meeting_id, on_backend=True)
            return
        title, zone = planned.title, planned.timezone
        if stored is not None:  # what the file does not state stays as it is
            title = title if planned.title_given else stored.title
            zone = zone if planned.timezone_given else stored.timezone
        wanted = Meeting(
            id=meeting_id,
            title=title,
            venue=_given(planned.venue, stored, "venue", ""),
            timezone=zone,
            is_demo=stored.is_demo if stored else False,
            warning_ms=_given(planned.warning_ms, stored, "warning_ms", DEFAULT_WARNING_MS),
            final_ms=_given(planned.final_ms, stored, "final_ms", DEFAULT_FINAL_MS),
        )
        self._record("meeting", planned.title, stored, wanted, MeetingRow, meeting_row)
        participant_ids: dict[str, str] = {}
        for participant in planned.participants:
            participant_ids[participant.key] = self._participant(participant, meeting_id)
        for session in planned.sessions:
            if zone != planned.timezone:  # the file's wall-clock times, in the meeting's zone
                session = replace(
                    session,
                    start_ms=session.start_ms
                    if session.start_absolute
                    else in_zone(session.start_ms, planned.timezone, zone),
                    end_ms=session.end_ms
                    if session.end_absolute
                    else in_zone(session.end_ms, planned.timezone, zone),
                )
            self._session(session, meeting_id, participant_ids)
        self._gone(planned, meeting_id, on_backend=False)

    def _participant(self, planned: PlannedParticipant, meeting_id: str) -> str:
        participant_id, stored = self._resolve(
            "participant", planned.key, planned.local_id, meeting_id
        )
        wanted = Participant(
            id=participant_id,
            meeting_id=meeting_id,
            name=planned.name,
            function=_given(planned.function, stored, "function", ""),
            organisation=_given(planned.organisation, stored, "organisation", ""),
            stakeholder_group=_given(
                planned.stakeholder_group, stored, "stakeholder_group", StakeholderGroup.OTHER
            ),
            attendance=_given(planned.attendance, stored, "attendance", Attendance.IN_ROOM),
            gender=planned.gender
            if planned.gender is not None
            else getattr(stored, "gender", None),
            is_demo=stored.is_demo if stored else False,
        )
        old_details = self.rows.participant_details.get(participant_id)
        details = ParticipantDetails(
            participant_id=participant_id,
            language=_given(planned.language, old_details, "language", ""),
        )
        extra = self._details(ParticipantDetailsRow, old_details, details, participant_details_row)
        self._record(
            "participant", planned.name, stored, wanted, ParticipantRow, participant_row, extra
        )
        return participant_id

    def _session(
        self, planned: PlannedSession, meeting_id: str, participant_ids: dict[str, str]
    ) -> None:
        session_id, stored = self._resolve("session", planned.key, planned.local_id, meeting_id)
        self.local_session(planned, session_id, stored, meeting_id, participant_ids)

    def local_session(
        self,
        planned: PlannedSession,
        session_id: str,
        stored: Session | None,
        meeting_id: str,
        participant_ids: dict[str, str],
    ) -> None:
        """A session only on this laptop: its rows are written as the file says."""
        reason = self.in_use.get(session_id, "")
        self.resolved_sessions.append((planned.key, session_id, reason))
        wanted = Session(
            id=session_id,
            meeting_id=meeting_id,
            title=planned.title,
            room=planned.room,
            scheduled_start_ms=planned.start_ms,
            scheduled_end_ms=planned.end_ms,
        )
        old_details = self.rows.session_details.get(session_id)
        details = SessionDetails(
            session_id=session_id,
            track=_given(planned.track, old_details, "track", ""),
            session_type=_given(planned.session_type, old_details, "session_type", ""),
            languages=_given(planned.languages, old_details, "languages", ""),
            format=planned.format
            if planned.format is not None
            else getattr(old_details, "format", None),
        )
        extra = self._details(SessionDetailsRow, old_details, details, session_details_row)
        self._record("session", planned.title, stored, wanted, SessionRow, session_row, extra)
        if stored is None:
            self.inserts.setdefault(SessionClockRow, []).extend(store.idle_clock_rows([session_id]))
        for position, item in enumerate(planned.items, start=1):
            self._item(item, position, session_id, participant_ids, reason, planned.title)

    def _item(
        self,
        planned: PlannedItem,
        position: int,
        session_id: str,
        participant_ids: dict[str, str],
        in_use: str,
        session_title: str,
    ) -> None:
        item_id, stored = self._resolve("agenda_item", planned.key, planned.local_id, session_id)
        wanted = AgendaItem(
            id=item_id,
            session_id=session_id,
            position=position,
            title=planned.title,
            planned_duration_ms=planned.planned_duration_ms,
        )
        self._record("agenda_item", planned.title, stored, wanted, AgendaItemRow, item_row)
        names = self.names
        if in_use:
            for entry in planned.entries:
                self._keep_entry(entry, names, session_title, in_use)
            return
        keys = self._order_keys(planned, item_id if stored is not None else None)
        matched: set[str] = set()
        for entry, order_key in zip(planned.entries, keys, strict=True):
            matched.add(
                self._entry(entry, order_key, item_id, participant_ids, names, planned.title)
            )
        if stored is not None:
            self.rewritten_items.append((item_id, matched, planned.title))

    def _order_keys(self, planned: PlannedItem, item_id: str | None) -> list[str]:
        """Fresh evenly spaced keys, unless the stored list already has exactly the file's
        speakers in the file's order: then its keys stay (an identical file changes nothing)."""
        fresh = evenly_spaced_keys(len(planned.entries))
        if item_id is None:
            return fresh
        stored_keys = []
        for entry in planned.entries:
            entry_id = self.links["speaker_entry"].get(entry.key) or entry.local_id
            if entry_id is None:
                entry_id = derived_id("speaker_entry", entry.key)
            row = self.rows.entries.get(entry_id)
            if row is None or row.agenda_item_id != item_id:
                return fresh
            stored_keys.append(row.order_key)
        if all(a < b for a, b in pairwise(stored_keys)):
            return stored_keys
        return fresh

    def _entry(
        self,
        planned: PlannedEntry,
        order_key: str,
        item_id: str,
        participant_ids: dict[str, str],
        names: dict[str, str],
        item_title: str,
    ) -> str:
        entry_id, stored = self._resolve("speaker_entry", planned.key, planned.local_id, item_id)
        wanted = SpeakerEntry(
            id=entry_id,
            agenda_item_id=item_id,
            participant_id=participant_ids[planned.participant_key],
            speech_type=planned.speech_type,
            allotted_ms=planned.allotted_ms,
            order_key=order_key,
        )
        if stored is not None:
            wanted = replace(
                wanted,
                state=stored.state,
                started_at_ms=stored.started_at_ms,
                ended_at_ms=stored.ended_at_ms,
            )
        name = f"{names.get(planned.participant_key, '?')} ({item_title})"
        self._record("speaker_entry", name, stored, wanted, SpeakerEntryRow, entry_row)
        return entry_id

    def _remove_dropped_entries(self) -> None:
        """Speakers an earlier import put on a rewritten list and the file no longer lists."""
        items = {item_id: (matched, title) for item_id, matched, title in self.rewritten_items}
        present = store.entries_of_items(self.connection, items)
        dropped = [
            (entry_id, item_id)
            for entry_id, item_id in present
            if entry_id not in items[item_id][0]
        ]
        imported = store.linked_ids(self.connection, "speaker_entry", [e for e, _ in dropped])
        speakers = store.entry_speakers(self.connection, imported)
        for entry_id, item_id in dropped:
            if entry_id in imported:
                self.preview.changes.append(
                    Change(
                        "speaker_entry",
                        Action.REMOVE,
                        f"{speakers.get(entry_id, '?')} ({items[item_id][1]})",
                        entry_id,
                        reason="no longer in the file",
                    )
                )
                self.removed_entries.append({"id": entry_id})

    def _gone(self, planned: PlannedMeeting, meeting_id: str, on_backend: bool) -> None:
        """Sessions, and agenda items of the file's sessions, that an earlier import of this
        source made and the file no longer lists: listed, and removed when pruning."""
        linked = store.linked_under(self.connection, "session", f"{planned.key}/")
        gone = [i for i in linked.values() if i not in self.claimed["session"]]
        store.read_rows(self.connection, "session", gone, self.rows)
        started = store.sessions_in_use(self.connection, gone)
        meeting = self.rows.meetings.get(meeting_id)
        zone = ZoneInfo(meeting.timezone) if meeting is not None else None
        for session_id in gone:
            row = self.rows.sessions.get(session_id)
            if row is None or row.meeting_id != meeting_id:
                continue
            name = f"{row.title} ({_when(row.scheduled_start_ms, zone)})"
            why = self._why_not_removed(session_id, started, on_backend)
            self._gone_record("session", name, session_id, why, self.removed_sessions)
        items = store.linked_under(self.connection, "agenda_item", f"{planned.key}/")
        by_session = {key: (sid, reason) for key, sid, reason in self.resolved_sessions}
        stale = {
            item_id: key
            for key, item_id in items.items()
            if item_id not in self.claimed["agenda_item"]
            and key.rpartition("/item")[0] in by_session
        }
        store.read_rows(self.connection, "agenda_item", stale, self.rows)
        for item_id, key in stale.items():
            session_id, reason = by_session[key.rpartition("/item")[0]]
            row = self.rows.items.get(item_id)
            if row is None or row.session_id != session_id:
                continue
            why = self._why_not_removed(session_id, {session_id} if reason else set(), on_backend)
            self._gone_record("agenda_item", row.title, item_id, why, self.removed_items)

    def _why_not_removed(self, session_id: str, started: Iterable[str], on_backend: bool) -> str:
        if on_backend:
            return "on a backend: remove it from the console"
        if session_id in started:
            return "kept: the chair has started this session"
        if session_id in self.keep:
            return "kept: the session is open in this console"
        return ""

    def _gone_record(
        self, kind: str, name: str, entity_id: str, why: str, removals: list[dict]
    ) -> None:
        if self.prune and not why:
            self.preview.changes.append(
                Change(kind, Action.REMOVE, name, entity_id, reason="no longer in the file")
            )
            removals.append({"id": entity_id})
        else:
            self.preview.changes.append(Change(kind, Action.GONE, name, entity_id, reason=why))

    def _keep_entry(
        self, planned: PlannedEntry, names: dict[str, str], session_title: str, reason: str
    ) -> None:
        links = self.links["speaker_entry"]
        entry_id = (
            links.get(planned.key) or planned.local_id or derived_id("speaker_entry", planned.key)
        )
        exists = entry_id in self.rows.entries
        self.preview.changes.append(
            Change(
                "speaker_entry",
                Action.UNCHANGED if exists else Action.KEEP,
                f"{names.get(planned.participant_key, '?')} ({session_title})",
                entry_id if exists else "",
                reason="" if exists else f"not added: {reason}",
            )
        )

    # --- bookkeeping ----------------------------------------------------------------------------

    def _details(
        self, table: Any, old: Any, new: Any, to_row: Callable[[Any], dict]
    ) -> tuple[str, ...]:
        """Queue the details row when it differs; return the names of the fields that do."""
        owner_field = fields(new)[0].name
        reference = (
            old if old is not None else type(new)(**{owner_field: getattr(new, owner_field)})
        )
        if new == reference:
            return ()
        self.details.setdefault(table, []).append(to_row(new))
        return tuple(
            f.name for f in fields(new) if getattr(new, f.name) != getattr(reference, f.name)
        )

    def _record(
        self,
        kind: str,
        name: str,
        stored: Any,
        wanted: Any,
        table: Any,
        to_row: Callable[[Any], dict],
        extra_changes: tuple[str, ...] = (),
    ) -> None:
        if stored is None:
            self.inserts.setdefault(table, []).append(to_row(wanted))
            self.preview.changes.append(Change(kind, Action.CREATE, name, wanted.id))
            return
        changed = tuple(
            f.name for f in fields(wanted) if getattr(wanted, f.name) != getattr(stored, f.name)
        )
        if changed:
            self.updates.setdefault(table, []).append(to_row(wanted))
        all_changed = changed + extra_changes
        action = Action.UPDATE if all_changed else Action.UNCHANGED
        self.preview.changes.append(Change(kind, action, name, wanted.id, all_changed))

    def _writes(self) -> list[tuple[str, Any, list[dict]]]:
        writes: list[tuple[str, Any, list[dict]]] = []
        order = (
            MeetingRow,
            ParticipantRow,
            ParticipantDetailsRow,
            SessionRow,
            SessionDetailsRow,
            SessionClockRow,
            AgendaItemRow,
            SpeakerEntryRow,
        )
        if self.removed_entries:
            writes.append(("delete_entries", SpeakerEntryRow, self.removed_entries))
        if self.removed_items:
            writes.append(("delete_items", AgendaItemRow, self.removed_items))
        if self.removed_sessions:
            writes.append(("delete_sessions", SessionRow, self.removed_sessions))
        for table in order:
            for op, source in (
                ("insert", self.inserts),
                ("update", self.updates),
                ("details", self.details),
            ):
                rows = source.get(table, [])
                for start in range(0, len(rows), BATCH):
                    writes.append((op, table, rows[start : start + BATCH]))
        for start in range(0, len(self.new_links), BATCH):
            writes.append(("links", None, self.new_links[start : start + BATCH]))
        return writes


def derived_id(kind: str, key: str) -> str:
    """The id a new row imported under ``key`` gets when the file gives none of its own."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}\x1f{key}"))


def _parent(kind: str, row: Any) -> str | None:
    return {
        "meeting": lambda r: None,
        "participant": lambda r: r.meeting_id,
        "session": lambda r: r.meeting_id,
        "agenda_item": lambda r: r.session_id,
        "speaker_entry": lambda r: r.agenda_item_id,
    }[kind](row)


def in_zone(epoch_ms: int, read_in: str, zone: str) -> int:
    """The instant whose wall-clock time in ``zone`` is that of ``epoch_ms`` in ``read_in``."""
    wall = datetime.fromtimestamp(epoch_ms / 1000, ZoneInfo(read_in)).replace(tzinfo=None)
    return round(wall.replace(tzinfo=ZoneInfo(zone)).timestamp() * 1000)


def _when(epoch_ms: int, zone: ZoneInfo | None) -> str:
    """A session's start as the preview names it (in the meeting's zone when the file says)."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, zone or UTC)
    return f"{moment:%Y-%m-%d %H:%M}" + ("" if zone else " UTC")


def _minutes(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes}:{seconds:02d} min"


def _given(value: Any, stored: Any, name: str, default: Any) -> Any:
    """The file's value; when the file does not say, the stored one, else the default."""
    if value is not None:
        return value
    if stored is not None:
        return getattr(stored, name)
    return default
