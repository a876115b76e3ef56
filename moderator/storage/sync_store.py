"""The console's side of sync bookkeeping: its client identity, followed sessions, the outbox.

The outbox row of a chair command is written by ``Store.commit`` in the same transaction as the
command's local effects (``enqueue``), so a command the chair saw is either both applied and
queued, or neither. Mutation ids are consecutive per client id; the backend's high-water mark
for that id makes delivery exactly-once in effect.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from moderator.domain.command_words import words_of
from moderator.domain.commands import Command
from moderator.storage.database import read_only
from moderator.storage.models import OutboxRow, SyncMetaRow, SyncRefusalRow, SyncSessionRow


@dataclass(frozen=True, slots=True)
class PendingMutation:
    mutation_id: int
    session_id: str
    name: str
    args: dict[str, Any]
    attempts: int
    created_at_ms: int = 0
    last_error: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class StoredRefusal:
    """An action the backend refused, as kept in the file until the chair has seen it."""

    id: int
    mutation_id: int
    session_id: str
    name: str
    label: str
    reason: str
    refused_at_ms: int
    seen: bool


#: Refusals the chair has seen are kept this many (the newest); unseen ones are all kept.
REFUSALS_KEPT = 200


def file_identity(path: Path) -> str:
    """Device and inode: stable while the file is used in place, new for a copy or restore."""
    stat = os.stat(path)
    return f"{stat.st_dev}:{stat.st_ino}"


def enqueue(connection: Connection, command: Command, now_ms: int, label: str | None = None) -> int:
    """Queue ``command`` for the backend inside the caller's transaction; return its id.
    ``label`` is the action in the chair's words, kept for a refusal to name it."""
    mutation_id = (
        connection.execute(
            update(SyncMetaRow)
            .where(SyncMetaRow.id == 1)
            .values(next_mutation_id=SyncMetaRow.next_mutation_id + 1)
            .returning(SyncMetaRow.next_mutation_id)
        ).scalar_one()
        - 1
    )
    connection.execute(
        insert(OutboxRow).values(
            mutation_id=mutation_id,
            session_id=command.session_id,
            name=command.name,
            args_json=json.dumps(command.to_args(), sort_keys=True),
            created_at_ms=now_ms,
            label=label,
        )
    )
    return mutation_id


class SyncStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = read_only(engine)
        self.path = Path(str(engine.url.database))

    # --- identity ----------------------------------------------------------------------------

    def client_id(self) -> str:
        """This database's client id, made new if the file is a copy (or has none yet)."""
        identity = file_identity(self.path)
        with self.engine.begin() as connection:
            row = connection.execute(select(SyncMetaRow).where(SyncMetaRow.id == 1)).first()
            if row is None:
                client_id = _new_client_id()
                connection.execute(
                    insert(SyncMetaRow).values(
                        id=1, client_id=client_id, file_identity=identity, next_mutation_id=1
                    )
                )
                return client_id
            if row.file_identity == identity:
                return row.client_id
            # A copied or restored file: never reuse the original's id (its mutation ids would
            # clash); what is still pending is renumbered from 1 under the new id.
            client_id = _new_client_id()
            _renumber(connection, first_id=1)
            connection.execute(
                update(SyncMetaRow)
                .where(SyncMetaRow.id == 1)
                .values(client_id=client_id, file_identity=identity)
            )
            return client_id

    def new_client_id(self) -> str:
        """Take a new identity (the backend saw our ids with other content): renumber from 1."""
        client_id = _new_client_id()
        with self.engine.begin() as connection:
            _renumber(connection, first_id=1)
            connection.execute(
                update(SyncMetaRow).where(SyncMetaRow.id == 1).values(client_id=client_id)
            )
        return client_id

    def restart_numbering(self, first_id: int) -> None:
        """Renumber pending mutations from ``first_id`` (the backend expects that id next)."""
        with self.engine.begin() as connection:
            _renumber(connection, first_id)

    # --- followed sessions -------------------------------------------------------------------

    def linked_sessions(self) -> dict[str, int]:
        """Followed sessions and their feed cursors."""
        with self._reader.connect() as connection:
            rows = connection.execute(select(SyncSessionRow)).all()
        return {row.session_id: row.cursor for row in rows}

    def backend_url(self) -> str | None:
        """The backend this database's sessions are followed on (the last one linked or
        synced with), or ``None`` when it was never recorded (a file older than the record)."""
        with self._reader.connect() as connection:
            return connection.execute(
                select(SyncMetaRow.backend_url).where(SyncMetaRow.id == 1)
            ).scalar_one_or_none()

    def follow_backend(self, backend_url: str) -> None:
        """Record ``backend_url`` as the backend this file follows, so the next start knows
        where to reconnect without asking the chair."""
        with self.engine.begin() as connection:
            ensure_meta(connection)
            record_backend(connection, backend_url)

    # --- the outbox ---------------------------------------------------------------------------

    def pending(self, limit: int = 100) -> list[PendingMutation]:
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(OutboxRow).order_by(OutboxRow.mutation_id).limit(limit)
            ).all()
        return [
            PendingMutation(
                mutation_id=row.mutation_id,
                session_id=row.session_id,
                name=row.name,
                args=json.loads(row.args_json),
                attempts=row.attempts,
                created_at_ms=row.created_at_ms,
                last_error=row.last_error,
                label=row.label,
            )
            for row in rows
        ]

    def pending_after(self, mutation_id: int) -> list[PendingMutation]:
        """Queued mutations with a larger id than ``mutation_id``, in order."""
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(OutboxRow)
                .where(OutboxRow.mutation_id > mutation_id)
                .order_by(OutboxRow.mutation_id)
            ).all()
        return [
            PendingMutation(
                mutation_id=row.mutation_id,
                session_id=row.session_id,
                name=row.name,
                args=json.loads(row.args_json),
                attempts=row.attempts,
                created_at_ms=row.created_at_ms,
                last_error=row.last_error,
                label=row.label,
            )
            for row in rows
        ]

    def pending_count(self) -> int:
        with self._reader.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(OutboxRow)).scalar())

    def acknowledge(
        self,
        up_to_mutation_id: int,
        refused: dict[int, str] | None = None,
        now_ms: int = 0,
        words: Callable[[str, dict[str, Any]], str] | None = None,
    ) -> list[StoredRefusal]:
        """The backend has answered every mutation up to this id: they leave the outbox. Those
        it ``refused`` (mutation id → its reason) are kept as refusals, in the same
        transaction, so none is lost to a crash between the answer and its display; returns
        them. ``words`` names an action queued without its words (by an older version)."""
        words = words or (lambda name, args: words_of(name, args, state=None))
        kept: list[StoredRefusal] = []
        with self.engine.begin() as connection:
            if refused:
                rows = connection.execute(
                    select(OutboxRow).where(OutboxRow.mutation_id.in_(list(refused)))
                ).all()
                for row in sorted(rows, key=lambda r: r.mutation_id):
                    values = {
                        "mutation_id": row.mutation_id,
                        "session_id": row.session_id,
                        "name": row.name,
                        "label": row.label or words(row.name, json.loads(row.args_json)),
                        "reason": refused[row.mutation_id][:2000],
                        "refused_at_ms": now_ms,
                        "seen": False,
                    }
                    result = connection.execute(insert(SyncRefusalRow).values(**values))
                    kept.append(StoredRefusal(id=int(result.inserted_primary_key[0]), **values))
                _forget_old_refusals(connection)
            connection.execute(delete(OutboxRow).where(OutboxRow.mutation_id <= up_to_mutation_id))
        return kept

    # --- refusals ----------------------------------------------------------------------------

    def refusals(self, limit: int = REFUSALS_KEPT) -> list[StoredRefusal]:
        """The refusals kept, newest first."""
        with self._reader.connect() as connection:
            rows = connection.execute(
                select(SyncRefusalRow).order_by(SyncRefusalRow.id.desc()).limit(limit)
            ).all()
        return [
            StoredRefusal(
                id=row.id,
                mutation_id=row.mutation_id,
                session_id=row.session_id,
                name=row.name,
                label=row.label,
                reason=row.reason,
                refused_at_ms=row.refused_at_ms,
                seen=bool(row.seen),
            )
            for row in rows
        ]

    def unseen_refusals(self) -> int:
        with self._reader.connect() as connection:
            return int(
                connection.execute(
                    select(func.count())
                    .select_from(SyncRefusalRow)
                    .where(SyncRefusalRow.seen.is_(False))
                ).scalar()
            )

    def mark_refusals_seen(self, up_to_id: int) -> None:
        """The chair has seen the refusals up to this one (those newer stay unseen)."""
        with self.engine.begin() as connection:
            connection.execute(
                update(SyncRefusalRow).where(SyncRefusalRow.id <= up_to_id).values(seen=True)
            )
            _forget_old_refusals(connection)

    def record_failure(self, mutation_ids: list[int], error: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(OutboxRow)
                .where(OutboxRow.mutation_id.in_(mutation_ids))
                .values(attempts=OutboxRow.attempts + 1, last_error=error[:1000])
            )


def ensure_meta(connection: Connection) -> None:
    """Give the database its client identity if it has none yet (first followed session)."""
    if connection.execute(select(SyncMetaRow.id).where(SyncMetaRow.id == 1)).first() is None:
        connection.execute(
            insert(SyncMetaRow).values(
                id=1,
                client_id=_new_client_id(),
                file_identity=file_identity(Path(str(connection.engine.url.database))),
                next_mutation_id=1,
            )
        )


def link_session(
    connection: Connection,
    session_id: str,
    cursor: int,
    now_ms: int,
    backend_url: str | None = None,
) -> None:
    """Follow ``session_id`` (its commands go to the outbox) with the feed applied to ``cursor``;
    with ``backend_url``, that is the backend it is followed on."""
    ensure_meta(connection)
    if backend_url:
        record_backend(connection, backend_url)
    existing = connection.execute(
        select(SyncSessionRow.session_id).where(SyncSessionRow.session_id == session_id)
    ).first()
    if existing is None:
        connection.execute(
            insert(SyncSessionRow).values(session_id=session_id, cursor=cursor, linked_at_ms=now_ms)
        )
    else:
        set_cursor(connection, session_id, cursor)


def record_backend(connection: Connection, backend_url: str) -> None:
    connection.execute(
        update(SyncMetaRow)
        .where(SyncMetaRow.id == 1)
        .values(backend_url=normal_backend_url(backend_url))
    )


def normal_backend_url(url: str) -> str:
    """A backend address as it is recorded and looked up: no spaces, no trailing slash."""
    return url.strip().rstrip("/")


def set_cursor(connection: Connection, session_id: str, cursor: int) -> None:
    connection.execute(
        update(SyncSessionRow).where(SyncSessionRow.session_id == session_id).values(cursor=cursor)
    )


def _renumber(connection: Connection, first_id: int) -> None:
    rows = connection.execute(select(OutboxRow.mutation_id).order_by(OutboxRow.mutation_id)).all()
    # Two passes through negative ids, so no new id collides with an old one on the way.
    for offset, row in enumerate(rows):
        connection.execute(
            update(OutboxRow)
            .where(OutboxRow.mutation_id == row.mutation_id)
            .values(mutation_id=-(first_id + offset))
        )
    connection.execute(update(OutboxRow).values(mutation_id=-OutboxRow.mutation_id))
    connection.execute(
        update(SyncMetaRow).where(SyncMetaRow.id == 1).values(next_mutation_id=first_id + len(rows))
    )


def _forget_old_refusals(connection: Connection) -> None:
    """Keep every unseen refusal and the newest ``REFUSALS_KEPT`` seen ones."""
    cutoff = connection.execute(
        select(SyncRefusalRow.id)
        .where(SyncRefusalRow.seen.is_(True))
        .order_by(SyncRefusalRow.id.desc())
        .offset(REFUSALS_KEPT)
        .limit(1)
    ).scalar()
    if cutoff is not None:
        connection.execute(
            delete(SyncRefusalRow).where(SyncRefusalRow.seen.is_(True), SyncRefusalRow.id <= cutoff)
        )


def _new_client_id() -> str:
    return "c-" + uuid.uuid4().hex
