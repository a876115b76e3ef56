"""Make sessions available offline: download chosen sessions from the backend into SQLite.

Before doors open, technical staff pick the day's sessions; each is downloaded as the backend's
snapshot (session, agenda, list of speakers, clock, turn log and the meeting's participants)
and written to the local database in one transaction, linked for sync from the snapshot's
version on (``sync_sessions``): the chair can then run it with no network, and the chair's
actions queue in the outbox until the backend is reachable again.

Rules:

- Several sessions are fetched concurrently, at most ``concurrency`` at a time; the writes are
  serialised and run on a worker thread, so a Qt event loop driving this never waits on SQLite.
- A session that fails (refused, not found, network, unreadable answer, disk) is reported with
  its title and reason; the others are still downloaded, and nothing already written is undone.
- **Local changes are never overwritten.** A session is *refused* (not downloaded, with a reason
  the technical assistant can act on) when
  - changes made on this laptop are still waiting to be sent to the backend (its outbox rows);
  - it exists on this laptop *without* a link to the backend and has recorded chair actions
    (a session run from an imported agenda: the backend knows nothing of those actions);
  - it is the session open in the console (``open_session_ids``): the window's state would go
    stale under the chair; following it (Connect) keeps it up to date instead.
  Refusing, rather than silently skipping, makes the reason visible in the dialog and the report.
- A session already cached and linked, with nothing pending, is downloaded again and replaces
  the local copy (entries, turns and hands the backend no longer has are removed).

No Qt here: the dialog (``moderator.ui.readiness.readiness_dialog``) runs it on the qasync loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from moderator.domain.model import EntryState
from moderator.domain.rebase import state_from_snapshot
from moderator.domain.session_state import SessionState
from moderator.domain.view_changes import events_between
from moderator.services.sync.backend_client import BackendClient, BackendError, Unreachable
from moderator.storage.database import read_only
from moderator.storage.models import CommandLogRow, OutboxRow, SyncSessionRow
from moderator.storage.repository import Store

log = logging.getLogger(__name__)

#: Snapshots fetched at the same time: enough to hide the round trips on a venue network,
#: few enough that a day of twenty sessions does not hit a small backend all at once.
DEFAULT_CONCURRENCY = 3


class Outcome(StrEnum):
    DOWNLOADED = "downloaded"  # new on this laptop
    UPDATED = "updated"  # was cached, replaced by the backend's current state
    REFUSED = "refused"  # not downloaded, on purpose (local changes would be lost)
    FAILED = "failed"  # not downloaded: the backend, the network or the disk said no


@dataclass(frozen=True, slots=True)
class RemoteSession:
    """A session the backend lists for this token's meeting."""

    id: str
    title: str
    room: str
    scheduled_start_ms: int
    scheduled_end_ms: int
    #: The token may read its snapshot (a chair token covers only its own sessions).
    allowed: bool = True


@dataclass(frozen=True, slots=True)
class BackendSessions:
    role: str
    meeting_id: str
    meeting_title: str
    timezone: str
    sessions: tuple[RemoteSession, ...]
    #: When the token stops working; ``None``: until revoked (or a backend that does not say).
    expires_at_ms: int | None = None


@dataclass(frozen=True, slots=True)
class SessionDownload:
    """What happened to one chosen session."""

    session_id: str
    title: str
    outcome: Outcome
    message: str
    agenda_items: int = 0
    speakers: int = 0
    participants: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.DOWNLOADED, Outcome.UPDATED)


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """Sent after each session is finished (downloaded, refused or failed)."""

    done: int
    total: int
    latest: SessionDownload


@dataclass(frozen=True, slots=True)
class DownloadReport:
    results: tuple[SessionDownload, ...] = field(default_factory=tuple)

    @property
    def succeeded(self) -> tuple[SessionDownload, ...]:
        return tuple(r for r in self.results if r.ok)

    @property
    def refused(self) -> tuple[SessionDownload, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.REFUSED)

    @property
    def failed(self) -> tuple[SessionDownload, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.FAILED)

    def summary(self) -> str:
        parts = [f"{len(self.succeeded)} of {len(self.results)} sessions available offline"]
        if self.refused:
            parts.append(f"{len(self.refused)} refused to keep local changes")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return "; ".join(parts) + "."


# --- what the backend offers ------------------------------------------------------------------


async def list_backend_sessions(client: BackendClient) -> BackendSessions:
    """The sessions of this token's meeting. Raises ``BackendError`` or ``Unreachable``."""
    me = await client.whoami()
    meeting = await client.meeting(me["meeting_id"])
    scope = set(me.get("session_ids") or ())
    role = str(me["role"])
    sessions = tuple(
        RemoteSession(
            id=str(s["id"]),
            title=str(s.get("title") or s["id"]),
            room=str(s.get("room") or ""),
            scheduled_start_ms=int(s.get("scheduled_start_ms") or 0),
            scheduled_end_ms=int(s.get("scheduled_end_ms") or 0),
            allowed=role != "chair" or s["id"] in scope,
        )
        for s in meeting["sessions"]
    )
    return BackendSessions(
        role=role,
        meeting_id=str(me["meeting_id"]),
        meeting_title=str(meeting["meeting"].get("title") or me["meeting_id"]),
        timezone=str(meeting["meeting"].get("timezone") or "UTC"),
        sessions=tuple(sorted(sessions, key=lambda s: (s.scheduled_start_ms, s.title))),
        expires_at_ms=_instant(me.get("expires_at_ms")),
    )


def _instant(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- downloading ----------------------------------------------------------------------------


async def download_sessions(
    client: BackendClient,
    store: Store,
    session_ids: Iterable[str],
    now_ms: int,
    *,
    titles: dict[str, str] | None = None,
    open_session_ids: Iterable[str] = (),
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: Callable[[DownloadProgress], None] | None = None,
) -> DownloadReport:
    """Download each of ``session_ids`` (in one call) and report per session.

    ``titles`` names sessions in messages before their snapshot arrives (from
    ``list_backend_sessions``). ``on_progress`` is called on the caller's loop after each
    session. Never raises for one session's failure; cancelling stops what is not written yet.
    """
    wanted = list(dict.fromkeys(session_ids))  # unique, in the order given
    titles = dict(titles or {})
    busy = set(open_session_ids)
    semaphore = asyncio.Semaphore(max(1, concurrency))
    write_lock = asyncio.Lock()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="offline-download")
    loop = asyncio.get_running_loop()
    results: dict[str, SessionDownload] = {}
    done = 0

    async def in_worker(function: Callable[..., Any], *args: Any) -> Any:
        return await loop.run_in_executor(executor, function, *args)

    async def one(session_id: str) -> None:
        nonlocal done
        title = titles.get(session_id, session_id)
        try:
            result = await _download_one(
                client, store, session_id, title, now_ms, busy, semaphore, write_lock, in_worker
            )
        except asyncio.CancelledError:
            raise
        except Exception as error:  # one session's bug must not lose the others' results
            log.exception("offline download failed", extra={"session_id": session_id})
            result = SessionDownload(
                session_id, title, Outcome.FAILED, f"“{title}”: unexpected error: {error!r}"
            )
        results[session_id] = result
        done += 1
        if on_progress is not None:
            on_progress(DownloadProgress(done=done, total=len(wanted), latest=result))

    try:
        await asyncio.gather(*(one(session_id) for session_id in wanted))
    finally:
        executor.shutdown(wait=False)
    return DownloadReport(results=tuple(results[s] for s in wanted))


async def _download_one(
    client: BackendClient,
    store: Store,
    session_id: str,
    title: str,
    now_ms: int,
    busy: set[str],
    semaphore: asyncio.Semaphore,
    write_lock: asyncio.Lock,
    in_worker: Callable[..., Any],
) -> SessionDownload:
    if session_id in busy:
        return SessionDownload(
            session_id,
            title,
            Outcome.REFUSED,
            f"“{title}” is open in the console: it was not replaced under the chair. "
            "Follow it from Connect (Ctrl+K) to bring it up to date.",
        )
    reason = await in_worker(_local_changes_reason, store, session_id, title)
    if reason is not None:
        return SessionDownload(session_id, title, Outcome.REFUSED, reason)
    async with semaphore:
        try:
            snapshot = await client.snapshot(session_id)
        except BackendError as error:
            return SessionDownload(
                session_id,
                title,
                Outcome.FAILED,
                f"“{title}”: the backend refused ({error.status} {error.code}: {error.message}).",
            )
        except Unreachable as error:
            return SessionDownload(
                session_id, title, Outcome.FAILED, f"“{title}”: cannot reach the backend: {error}"
            )
    async with write_lock:
        backend_url = getattr(client, "base_url", None)  # a stand-in client may have none
        return await in_worker(
            _write_snapshot, store, snapshot, session_id, title, now_ms, backend_url
        )


def _known_details(store: Store, snapshot: dict[str, Any], session_id: str) -> SessionState | None:
    """The session as this file has it, when the snapshot carries no session details (a
    server older than them): its details are kept, not emptied. ``None`` otherwise."""
    if "session_details" in snapshot or not _exists(store, session_id):
        return None
    return store.load_session_state(session_id)


def _write_snapshot(
    store: Store,
    snapshot: dict[str, Any],
    session_id: str,
    title: str,
    now_ms: int,
    backend_url: str | None = None,
) -> SessionDownload:
    """On the worker thread: check again that nothing is pending, then write in one go."""
    try:
        state = state_from_snapshot(snapshot, _known_details(store, snapshot, session_id))
        cursor = int(snapshot["version"])
    except (KeyError, TypeError, ValueError) as error:
        return SessionDownload(
            session_id,
            title,
            Outcome.FAILED,
            f"“{title}”: the backend's answer could not be read ({type(error).__name__}: "
            f"{error}). Nothing was written for this session.",
        )
    title = state.session.title or title
    # Checked again right before writing: a chair action may have been queued meanwhile.
    reason = _local_changes_reason(store, session_id, title)
    if reason is not None:
        return SessionDownload(session_id, title, Outcome.REFUSED, reason)
    existed = _exists(store, session_id)
    try:
        store.save_snapshot(state, cursor=cursor, now_ms=now_ms, backend_url=backend_url)
        if existed:
            _drop_what_the_backend_no_longer_has(store, state, cursor, now_ms)
    except Exception as error:  # the disk, a lock: this session fails, the others go on
        log.warning(
            "offline download not written",
            extra={"session_id": session_id, "error": type(error).__name__},
        )
        return SessionDownload(
            session_id,
            title,
            Outcome.FAILED,
            f"“{title}”: could not be written to the database: {error}",
        )
    speakers = sum(1 for e in state.entries if e.state is not EntryState.REMOVED)
    outcome = Outcome.UPDATED if existed else Outcome.DOWNLOADED
    verb = "updated" if existed else "available offline"
    return SessionDownload(
        session_id,
        title,
        outcome,
        f"“{title}” {verb}: {_count(len(state.agenda_items), 'agenda item')}, "
        f"{_count(speakers, 'speaker')}, {_count(len(state.participants), 'participant')}.",
        agenda_items=len(state.agenda_items),
        speakers=speakers,
        participants=len(state.participants),
    )


def _drop_what_the_backend_no_longer_has(
    store: Store, state: SessionState, cursor: int, now_ms: int
) -> None:
    """A snapshot write only upserts; a second pass commits the differences between what is
    now on disk and the snapshot, which removes what the snapshot no longer has (entries,
    turns, hands, agenda items). Each pass is one transaction; a crash between them leaves
    extra rows that the sync's next download removes the same way."""
    on_disk = store.load_session_state(state.session.id)
    store.commit_changes(state.session.id, events_between(on_disk, state), cursor, now_ms)


def _local_changes_reason(store: Store, session_id: str, title: str) -> str | None:
    """Why downloading ``session_id`` again would lose work done on this laptop, if it would."""
    with read_only(store.engine).connect() as connection:
        pending = connection.execute(
            select(func.count()).select_from(OutboxRow).where(OutboxRow.session_id == session_id)
        ).scalar_one()
        if pending:
            return (
                f"“{title}” was not downloaded again: {_count(pending, 'change')} made on this "
                "laptop "
                + ("is" if pending == 1 else "are")
                + " still waiting to be sent to the backend. Connect (Ctrl+K) and let them "
                "sync first; downloading now would overwrite them."
            )
        linked = connection.execute(
            select(SyncSessionRow.session_id).where(SyncSessionRow.session_id == session_id)
        ).first()
        if linked is not None:
            return None
        recorded = connection.execute(
            select(func.count())
            .select_from(CommandLogRow)
            .where(CommandLogRow.session_id == session_id)
        ).scalar_one()
    if recorded and _exists(store, session_id):
        return (
            f"“{title}” was not downloaded: this laptop has its own copy with "
            f"{_count(recorded, 'recorded chair action')} that the backend does not have "
            "(it was never followed on the backend). Keep it, or export its report first."
        )
    return None


def _exists(store: Store, session_id: str) -> bool:
    return any(s.id == session_id for s in store.sessions())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def cached_session_ids(store: Store) -> set[str]:
    """Sessions this laptop has (downloaded, imported or demo)."""
    return {s.id for s in store.sessions()}


def pending_by_session(store: Store) -> dict[str, int]:
    """Changes waiting to be sent, per session (what would block a new download)."""
    with read_only(store.engine).connect() as connection:
        rows = connection.execute(
            select(OutboxRow.session_id, func.count()).group_by(OutboxRow.session_id)
        ).all()
    return {row[0]: int(row[1]) for row in rows}


@contextlib.asynccontextmanager
async def backend_client(url: str, token: str, timeout_s: float = 10.0):  # type: ignore[no-untyped-def]
    """A ``BackendClient`` closed on the way out (network code never leaks connections)."""
    client = BackendClient(url, token, timeout_s=timeout_s)
    try:
        yield client
    finally:
        await client.close()


def titles_of(sessions: Sequence[RemoteSession]) -> dict[str, str]:
    return {s.id: s.title for s in sessions}
