"""The readiness check: is this laptop ready to run today's sessions, with or without a network?

Shown in the console (``moderator.ui.readiness.readiness_dialog``) and by ``moderator check``. Three
steps, so the judgement is testable without Qt, a network or a database:

1. **Facts** are gathered: ``gather_local`` (the database file, today's sessions in each
   meeting's time zone with their agenda and speaker counts, changes waiting to be sent, the
   sessions followed on a backend and which backend), where a token for that backend is
   (``SyncFacts``: the environment, the keyring, or the console's own connection),
   ``probe_backend`` (reachable within a short timeout, never hanging; the token's role via
   ``whoami``; the backend's sessions), and what the caller knows of the keyring and the screens
   (``DisplayFacts``: the remembered speaker-display screen and the names Qt gives the connected
   screens, passed in as strings).
2. ``build_report`` turns the facts into items, each ``ok``, ``warning`` or ``problem`` with one
   sentence a tired technical assistant can act on. It is pure: no I/O, no clock reading.
3. The caller shows the items (icons and words, not colour alone) and the summary.

A *problem* means something will not work (no sessions, a refused token, a database that
cannot be written); a *warning* means the day can run but someone should look (the backend is
unreachable, changes are waiting, the podium screen is missing).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.model import EntryState
from moderator.domain.session_state import SessionState

# The QSettings key of the remembered backend address: one constant, kept with the tokens.
from moderator.services.sync.credentials import BACKEND_URL_SETTING as BACKEND_URL_SETTING

#: Reachability and the token are each asked with this timeout; the whole backend probe is
#: bounded by ``PROBE_DEADLINE_S`` however the network misbehaves.
PROBE_TIMEOUT_S = 2.0
PROBE_DEADLINE_S = 5.0
FREE_SPACE_PROBLEM_BYTES = 50 * 1024 * 1024
FREE_SPACE_WARNING_BYTES = 500 * 1024 * 1024
WRITER_ROLES = frozenset({"chair", "staff", "admin"})
#: Unread refusals named one by one in the check (the rest are counted).
REFUSALS_LISTED = 5


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


#: How each status is marked in text (the dialog adds an icon; colour is never the only cue).
SYMBOLS = {Status.OK: "✓", Status.WARNING: "!", Status.PROBLEM: "✗"}
ASCII_SYMBOLS = {Status.OK: "+", Status.WARNING: "!", Status.PROBLEM: "x"}
WORDS = {Status.OK: "Ready", Status.WARNING: "Check", Status.PROBLEM: "Problem"}
_RANK = {Status.OK: 0, Status.WARNING: 1, Status.PROBLEM: 2}


@dataclass(frozen=True, slots=True)
class ReadinessItem:
    key: str
    status: Status
    title: str
    text: str

    def line(self, symbols: dict[Status, str] = SYMBOLS) -> str:
        return f"{symbols[self.status]} {self.title}: {self.text}"


@dataclass(frozen=True, slots=True)
class ReadinessReport:
    items: tuple[ReadinessItem, ...]

    @property
    def status(self) -> Status:
        return max((i.status for i in self.items), key=_RANK.__getitem__, default=Status.OK)

    @property
    def ready(self) -> bool:
        return self.status is Status.OK

    def summary(self) -> str:
        problems = sum(1 for i in self.items if i.status is Status.PROBLEM)
        warnings = sum(1 for i in self.items if i.status is Status.WARNING)
        if not problems and not warnings:
            return f"Ready: all {len(self.items)} checks passed."
        parts = []
        if problems:
            parts.append(_count(problems, "problem"))
        if warnings:
            parts.append(_count(warnings, "warning"))
        verb = "needs" if problems + warnings == 1 else "need"
        return f"Not ready: {' and '.join(parts)} {verb} attention."


# --- facts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionFacts:
    id: str
    title: str
    meeting_title: str
    timezone: str
    scheduled_start_ms: int
    scheduled_end_ms: int
    agenda_items: int = 0
    speakers: int = 0
    participants: int = 0
    linked: bool = False
    is_demo: bool = False


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    path: str
    exists: bool = True
    #: Why the console could not write to it (read-only, locked), or ``None``.
    write_problem: str | None = None
    free_bytes: int | None = None
    #: Something to know about the schema (older: upgraded at the next start).
    schema_note: str | None = None
    #: Who has it open now ("a Moderator console (pid 4242)"), or ``None``.
    in_use_by: str | None = None


@dataclass(frozen=True, slots=True)
class RefusalFacts:
    """One of the chair's actions the backend refused: in the chair's words, and why."""

    label: str
    reason: str
    refused_at_ms: int
    timezone: str = "UTC"


@dataclass(frozen=True, slots=True)
class LocalFacts:
    database: DatabaseFacts
    #: Sessions scheduled today in their meeting's time zone; ``None`` when not readable.
    sessions_today: tuple[SessionFacts, ...] | None = ()
    sessions_total: int = 0
    next_session: SessionFacts | None = None
    #: Changes made here not yet acknowledged by the backend; ``None`` when not readable.
    pending: int | None = 0
    read_problem: str | None = None
    #: How many sessions are followed on a backend, and that backend's address (``None``
    #: when the file does not record it).
    followed_sessions: int = 0
    followed_backend: str | None = None
    #: Actions the backend refused that the chair has not marked seen in the console, newest
    #: first (only the newest few are read).
    unseen_refusals: tuple[RefusalFacts, ...] = ()
    unseen_refusal_count: int = 0


@dataclass(frozen=True, slots=True)
class RemoteSessionFacts:
    id: str
    title: str
    scheduled_start_ms: int
    allowed: bool = True


@dataclass(frozen=True, slots=True)
class BackendFacts:
    url: str
    contacted: bool = True
    reachable: bool | None = None
    unreachable_reason: str | None = None
    round_trip_ms: int | None = None
    health_status: int | None = None
    token_present: bool = False
    token_source: str = ""
    #: ``None`` when the token was not checked (none, unreachable, offline check).
    token_accepted: bool | None = None
    token_refusal: str | None = None
    #: When the token stops working (``None``: until revoked).
    token_expires_at_ms: int | None = None
    role: str | None = None
    meeting_title: str = ""
    timezone: str = "UTC"
    scope_session_ids: tuple[str, ...] = ()
    remote_sessions: tuple[RemoteSessionFacts, ...] | None = None


@dataclass(frozen=True, slots=True)
class DisplayFacts:
    #: The remembered speaker-display screen name ("" when never chosen).
    wanted: str = ""
    #: Names of the connected screens, the main one first; ``None`` when not knowable here
    #: (no graphical session).
    screens: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class SyncFacts:
    """Whether the followed sessions can sync when the console opens them."""

    #: The followed backend's address (the file's record, else the remembered one), or "".
    backend_url: str = ""
    #: Where a token for it is: "environment", "keyring", "this run"; "" when there is none.
    token_source: str = ""
    #: The console asking is syncing the open session right now (``moderator check``: False).
    syncing: bool = False


@dataclass(frozen=True, slots=True)
class ReadinessInputs:
    local: LocalFacts
    backend: BackendFacts | None  # None: no backend address configured
    keyring_persistent: bool
    display: DisplayFacts = field(default_factory=DisplayFacts)
    sync: SyncFacts = field(default_factory=SyncFacts)


# --- the judgement (pure) ---------------------------------------------------------------------


def build_report(inputs: ReadinessInputs, now_ms: int) -> ReadinessReport:
    local, backend = inputs.local, inputs.backend
    items = [
        database_item(local.database),
        sessions_item(local, now_ms),
        pending_item(local.pending, backend),
        backend_url_item(backend),
    ]
    refused = refusals_item(local)
    if refused is not None:
        items.insert(3, refused)
    if backend is not None and backend.contacted:
        items.append(reachable_item(backend))
        items.append(token_item(backend, local))
        remote = remote_sessions_item(backend, local, now_ms)
        if remote is not None:
            items.append(remote)
    following = sync_item(local, inputs.sync, backend)
    if following is not None:
        items.append(following)
    items.append(keyring_item(inputs.keyring_persistent, backend))
    items.append(display_item(inputs.display))
    return ReadinessReport(items=tuple(items))


def database_item(db: DatabaseFacts) -> ReadinessItem:
    title = "Database"
    if not db.exists:
        return ReadinessItem(
            "database",
            Status.PROBLEM,
            title,
            f"There is no database at {db.path}: nothing is prepared on this laptop. Import the "
            "agenda (Ctrl+I) or make sessions available offline, or pass --db with the right "
            "file.",
        )
    if db.write_problem:
        return ReadinessItem("database", Status.PROBLEM, title, db.write_problem)
    free = "" if db.free_bytes is None else f"; {_size(db.free_bytes)} free on its disk"
    note = f" {db.schema_note}" if db.schema_note else ""
    if db.free_bytes is not None and db.free_bytes < FREE_SPACE_PROBLEM_BYTES:
        return ReadinessItem(
            "database",
            Status.PROBLEM,
            title,
            f"{db.path} is writable, but only {_size(db.free_bytes)} is free on its disk: the "
            "chair's actions may fail to save. Free some space now." + _in_use(db) + note,
        )
    if db.free_bytes is not None and db.free_bytes < FREE_SPACE_WARNING_BYTES:
        return ReadinessItem(
            "database",
            Status.WARNING,
            title,
            f"{db.path} is writable, but only {_size(db.free_bytes)} is free on its disk; "
            "free some space before the meeting." + _in_use(db) + note,
        )
    status = Status.WARNING if db.schema_note else Status.OK
    return ReadinessItem(
        "database", status, title, f"{db.path} is writable{free}.{_in_use(db)}{note}"
    )


def _in_use(db: DatabaseFacts) -> str:
    if not db.in_use_by:
        return ""
    return f" It is open in {db.in_use_by}, which saves the chair's actions to it."


def sessions_item(local: LocalFacts, now_ms: int) -> ReadinessItem:
    title = "Today's sessions"
    if local.sessions_today is None:
        return ReadinessItem(
            "sessions",
            Status.PROBLEM if not local.database.exists else Status.WARNING,
            title,
            local.read_problem or "The sessions on this laptop could not be read.",
        )
    today = local.sessions_today
    if not today:
        if local.sessions_total == 0:
            return ReadinessItem(
                "sessions",
                Status.PROBLEM,
                title,
                "No sessions are on this laptop. Import the agenda (Ctrl+I) or make the day's "
                "sessions available offline.",
            )
        following = ""
        if local.next_session is not None:
            following = " The next one is " + _session_when(local.next_session, now_ms) + "."
        return ReadinessItem(
            "sessions",
            Status.WARNING,
            title,
            f"None of the {_count(local.sessions_total, 'session')} on this laptop is "
            f"scheduled for today.{following}",
        )
    if all(s.is_demo for s in today):
        return ReadinessItem(
            "sessions",
            Status.WARNING,
            title,
            "Only the demo meeting is scheduled today ("
            + "; ".join(_session_line(s) for s in today)
            + "). Import the real agenda (Ctrl+I) or make the day's sessions available offline.",
        )
    described = "; ".join(_session_line(s) for s in today)
    zones = sorted({s.timezone for s in today})
    where = f" ({', '.join(zones)})"
    empty = [s for s in today if s.agenda_items == 0]
    no_speakers = [s for s in today if s.agenda_items and s.speakers == 0]
    text = f"{_count(len(today), 'session')} today{where} on this laptop: {described}."
    if empty:
        return ReadinessItem(
            "sessions",
            Status.WARNING,
            title,
            text
            + " "
            + _titles(empty)
            + (" has" if len(empty) == 1 else " have")
            + " no agenda items.",
        )
    if no_speakers:
        return ReadinessItem(
            "sessions",
            Status.WARNING,
            title,
            text
            + " "
            + _titles(no_speakers)
            + (" has" if len(no_speakers) == 1 else " have")
            + " nobody on the list of speakers yet.",
        )
    return ReadinessItem("sessions", Status.OK, title, text)


def pending_item(pending: int | None, backend: BackendFacts | None) -> ReadinessItem:
    title = "Changes to send"
    if pending is None:
        return ReadinessItem(
            "pending", Status.WARNING, title, "Could not count the changes waiting to be sent."
        )
    if pending == 0:
        return ReadinessItem(
            "pending", Status.OK, title, "Nothing is waiting to be sent to the backend."
        )
    when = (
        "they go out as soon as the console is connected"
        if backend is not None
        else "no backend is set up to send them to"
    )
    return ReadinessItem(
        "pending",
        Status.WARNING,
        title,
        f"{_count(pending, 'change')} made on this laptop "
        + ("is" if pending == 1 else "are")
        + f" waiting to be sent; {when}. Do not delete, replace or copy the database meanwhile.",
    )


def refusals_item(local: LocalFacts) -> ReadinessItem | None:
    """Refusals the chair has not read: the console shows them only while it syncs, so a
    laptop restarted without its token would otherwise keep them out of sight."""
    count = local.unseen_refusal_count
    if count == 0:
        return None
    lines = [
        f"{_local(r.refused_at_ms, time_zone(r.timezone)):%a %H:%M} {r.label or 'an action'}: "
        f"{r.reason.rstrip('.')}"
        for r in local.unseen_refusals
    ]
    more = count - len(lines)
    listed = "; ".join(lines) + (f"; and {more} more" if more > 0 else "")
    return ReadinessItem(
        "refusals",
        Status.WARNING,
        "Actions the backend refused",
        f"The backend refused {_count(count, 'action')} made on this laptop, not yet read in "
        f"the console: {listed}. They did not reach the backend; the console's sync details "
        "(the badge in the status bar) list them and mark them read.",
    )


def backend_url_item(backend: BackendFacts | None) -> ReadinessItem:
    title = "Backend address"
    if backend is None:
        return ReadinessItem(
            "backend_url",
            Status.WARNING,
            title,
            "No backend is set up: this laptop runs on its own, nothing syncs and remote "
            "hands cannot arrive. If the meeting has a backend, connect with Ctrl+K (or pass "
            "--backend URL).",
        )
    if not backend.url.startswith(("http://", "https://")):
        return ReadinessItem(
            "backend_url",
            Status.PROBLEM,
            title,
            f"“{backend.url}” is not an http:// or https:// address.",
        )
    plain = " (plain http: only on a trusted venue network)" if _is_http(backend.url) else ""
    suffix = "" if backend.contacted else "; not contacted (offline check)"
    return ReadinessItem("backend_url", Status.OK, title, f"{backend.url}{plain}{suffix}.")


def sync_item(
    local: LocalFacts, sync: SyncFacts, backend: BackendFacts | None = None
) -> ReadinessItem | None:
    """Whether the sessions followed on a backend sync when opened (none followed: no item).
    A token the backend has just refused is not syncing, whatever else says so."""
    if not local.followed_sessions:
        return None
    title = "Sync"
    sessions = _count(local.followed_sessions, "session")
    url = sync.backend_url or local.followed_backend
    where = (
        f"{sessions} followed on {url}"
        if url
        else f"{sessions} followed on a backend whose address this laptop does not know"
    )
    refused = (
        backend is not None
        and backend.token_accepted is False
        and (not url or backend.url.rstrip("/") == url.rstrip("/"))
    )
    if refused:
        reason = f" ({backend.token_refusal})" if backend and backend.token_refusal else ""
        return ReadinessItem(
            "sync",
            Status.PROBLEM,
            title,
            f"{where}: the backend refuses the token{reason}, so nothing syncs — press Ctrl+K "
            "and paste a valid access token.",
        )
    if sync.syncing:
        return ReadinessItem("sync", Status.OK, title, f"{where}: this console is syncing.")
    if sync.token_source and url:
        return ReadinessItem(
            "sync",
            Status.OK,
            title,
            f"{where}, token available ({sync.token_source}): the console syncs a followed "
            "session as soon as it opens it.",
        )
    if local.database.in_use_by:
        # The console open on the file may hold a token it was given (Ctrl+K, not kept in a
        # keyring): this check cannot see it, and must not say that it does not sync.
        return ReadinessItem(
            "sync",
            Status.WARNING,
            title,
            f"{where}; it is open in {local.database.in_use_by}, whose sync badge says whether "
            "it syncs: no token is available to this check (none in the keyring, no "
            "MODERATOR_TOKEN), so after a restart it would not sync until Ctrl+K.",
        )
    return ReadinessItem(
        "sync",
        Status.WARNING,
        title,
        f"{where}, no token available: not syncing — press Ctrl+K in the console and paste "
        "the access token (or start it with MODERATOR_TOKEN set). Remote hands do not arrive "
        "and the chair's actions stay on this laptop until then.",
    )


def reachable_item(backend: BackendFacts) -> ReadinessItem:
    title = "Backend"
    if not backend.reachable:
        return ReadinessItem(
            "backend_reachable",
            Status.WARNING,
            title,
            f"Cannot reach {backend.url} ({backend.unreachable_reason or 'no answer'}). The "
            "console runs from this laptop and catches up when the link returns; remote "
            "hands do not arrive meanwhile.",
        )
    rtt = "" if backend.round_trip_ms is None else f" in {backend.round_trip_ms} ms"
    if backend.health_status not in (None, 200):
        return ReadinessItem(
            "backend_reachable",
            Status.WARNING,
            title,
            f"{backend.url} answers{rtt}, but its health check says HTTP "
            f"{backend.health_status}: ask whoever runs the backend.",
        )
    return ReadinessItem("backend_reachable", Status.OK, title, f"{backend.url} answers{rtt}.")


def token_item(backend: BackendFacts, local: LocalFacts) -> ReadinessItem:
    title = "Token"
    if not backend.token_present:
        return ReadinessItem(
            "token",
            Status.WARNING,
            title,
            f"No token stored for {backend.url}: connect with Ctrl+K and paste the access "
            "token the organisers gave you (for this command: MODERATOR_TOKEN).",
        )
    source = f" (from {backend.token_source})" if backend.token_source else ""
    if backend.token_accepted is None:
        why = (
            f"the backend answered {backend.token_refusal}"
            if backend.token_refusal
            else "the backend did not answer"
        )
        return ReadinessItem(
            "token",
            Status.WARNING,
            title,
            f"A token is stored{source} but could not be checked: {why}.",
        )
    if not backend.token_accepted:
        return ReadinessItem(
            "token",
            Status.PROBLEM,
            title,
            f"The backend refused the token{source}: {backend.token_refusal}. Ask the "
            "organisers for a new one and connect again (Ctrl+K).",
        )
    role = backend.role or "unknown role"
    meeting = f" of “{backend.meeting_title}”" if backend.meeting_title else ""
    if role not in WRITER_ROLES:
        return ReadinessItem(
            "token",
            Status.PROBLEM,
            title,
            f"The token{source} is valid but is a {role} token{meeting}: it can read but "
            "cannot send the chair's actions. Ask for a chair or staff token.",
        )
    text = f"Valid{source}: {role}{meeting}"
    if role == "chair":
        scope = set(backend.scope_session_ids)
        outside = [s for s in local.sessions_today or () if s.linked and s.id not in scope]
        text += f", for {_count(len(scope), 'session')}"
        if outside:
            return ReadinessItem(
                "token",
                Status.WARNING,
                title,
                text + f", but not for {_titles(outside)} (today): its changes would be refused.",
            )
    if backend.token_expires_at_ms is not None:
        expires = backend.token_expires_at_ms
        zone = time_zone(backend.timezone)
        until = f"{_local(expires, zone):%Y-%m-%d %H:%M} ({backend.timezone})"
        cut_short = [
            s for s in local.sessions_today or () if s.linked and s.scheduled_end_ms > expires
        ]
        if cut_short:
            return ReadinessItem(
                "token",
                Status.WARNING,
                title,
                text + f", but it expires at {until}, before {_titles(cut_short)} ends: its "
                "changes would be refused from then on. Ask the organisers for a token that "
                "lasts the day.",
            )
        text += f", expires {until}"
    return ReadinessItem("token", Status.OK, title, text + ".")


def remote_sessions_item(
    backend: BackendFacts, local: LocalFacts, now_ms: int
) -> ReadinessItem | None:
    """Today's sessions on the backend that this laptop does not have (when that is known)."""
    if backend.remote_sessions is None or local.sessions_today is None:
        return None
    title = "Available offline"
    zone = time_zone(backend.timezone)
    today = [
        s
        for s in backend.remote_sessions
        if s.allowed and _same_day(s.scheduled_start_ms, now_ms, zone)
    ]
    have = {s.id for s in local.sessions_today}
    missing = [s for s in today if s.id not in have]
    if not today:
        return ReadinessItem(
            "offline",
            Status.OK,
            title,
            f"The backend has no session today ({backend.timezone}) for this token.",
        )
    if missing:
        names = ", ".join(f"“{s.title}”" for s in missing)
        if len(today) == 1:
            text = f"Today's session on the backend is not on this laptop: {names}."
        else:
            text = (
                f"{len(missing)} of today's {len(today)} sessions on the backend "
                + ("is" if len(missing) == 1 else "are")
                + f" not on this laptop: {names}."
            )
        return ReadinessItem(
            "offline", Status.WARNING, title, text + " Make them available offline."
        )
    text = (
        "Today's session on the backend is on this laptop."
        if len(today) == 1
        else f"All {len(today)} of today's sessions on the backend are on this laptop."
    )
    return ReadinessItem("offline", Status.OK, title, text)


def keyring_item(persistent: bool, backend: BackendFacts | None) -> ReadinessItem:
    title = "Keyring"
    if persistent:
        return ReadinessItem(
            "keyring", Status.OK, title, "Tokens are kept in the system keyring across restarts."
        )
    if backend is None:
        return ReadinessItem(
            "keyring",
            Status.OK,
            title,
            "This computer has no keyring; no backend is set up, so no token is needed.",
        )
    return ReadinessItem(
        "keyring",
        Status.WARNING,
        title,
        "This computer has no keyring: a token pasted in the console is kept for that run "
        "only and must be pasted again after a restart.",
    )


def display_item(display: DisplayFacts) -> ReadinessItem:
    title = "Speaker display"
    if display.screens is None:
        return ReadinessItem(
            "display",
            Status.WARNING,
            title,
            "Screens not checked: no graphical session here. Run the check on the laptop's "
            "desktop, or open the console and look.",
        )
    screens = list(display.screens)
    if not screens:
        return ReadinessItem("display", Status.WARNING, title, "No screen was found.")
    listed = ", ".join(f"“{name}”" if name else "an unnamed screen" for name in screens)
    if display.wanted:
        if display.wanted not in screens:
            return ReadinessItem(
                "display",
                Status.WARNING,
                title,
                f"The chosen screen “{display.wanted}” is not connected (connected: {listed}). "
                "Plug in the podium monitor, or choose another screen (Ctrl+Shift+D).",
            )
        if len(screens) == 1:
            return ReadinessItem(
                "display",
                Status.WARNING,
                title,
                f"“{display.wanted}” is the only screen: the speaker display would cover the "
                "console. Connect the podium monitor.",
            )
        return ReadinessItem(
            "display", Status.OK, title, f"The chosen screen “{display.wanted}” is connected."
        )
    if len(screens) == 1:
        return ReadinessItem(
            "display",
            Status.WARNING,
            title,
            f"Only one screen is connected ({listed}): the speaker display would be a window "
            "over the console. Connect the podium monitor.",
        )
    return ReadinessItem(
        "display",
        Status.OK,
        title,
        f"{len(screens)} screens connected ({listed}); no screen chosen yet, so the display "
        f"opens on “{screens[1]}”. Choose one with Ctrl+Shift+D to be sure.",
    )


# --- gathering the local facts ------------------------------------------------------------------


def gather_local(path: Path, now_ms: int, store: Any = None) -> LocalFacts:
    """The database's facts. With ``store`` (the console's open ``Store``) it is read from;
    without, the file is read only when its schema is current (never migrated by a check), on
    read-only connections (``open_database_for_reading``: a check must never be able to remove
    a console's ``-wal``), and the console or import holding it is named.

    Raises ``DatabaseError`` for a path that cannot be a Moderator database at all (a folder,
    another program's file, a newer version): the caller reports unusable input.
    """
    from moderator.storage.file_check import (
        SCHEMA_HEAD,
        DatabaseError,
        explain_sqlite_error,
        inspect_existing_file,
    )

    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"The database path {path} is a folder, not a file.")
    if not path.exists():
        return LocalFacts(
            database=DatabaseFacts(str(path), exists=False, free_bytes=_free_bytes(path)),
            sessions_today=None,
            pending=0,
            read_problem="No sessions: there is no database file yet.",
        )
    in_use_by = None
    if store is None:
        try:
            revision = inspect_existing_file(path)
        except sqlite3.Error as error:
            raise explain_sqlite_error(path, error) from error
        in_use_by = _holder(path)
    else:
        revision = SCHEMA_HEAD
    write_problem = _write_problem(path)
    schema_note = None
    if revision != SCHEMA_HEAD:
        schema_note = (
            f"Its schema is older ({revision or 'empty'}): the console upgrades it when it next "
            "starts (a copy is kept)."
        )
    database = DatabaseFacts(
        str(path),
        write_problem=write_problem,
        free_bytes=_free_bytes(path),
        schema_note=schema_note,
        in_use_by=in_use_by,
    )
    if revision != SCHEMA_HEAD:
        return LocalFacts(
            database,
            sessions_today=None,
            pending=None,
            read_problem="Not read: open the console once to upgrade the database, then check "
            "again.",
        )
    try:
        if store is not None:
            return _read_store(database, store, now_ms)
        from moderator.storage.database import open_database_for_reading
        from moderator.storage.repository import Store

        engine = open_database_for_reading(path)
        try:
            return _read_store(database, Store(engine), now_ms)
        finally:
            engine.dispose()
    except (DatabaseError, sqlite3.Error, KeyError, ValueError) as error:
        return LocalFacts(
            database, sessions_today=None, pending=None, read_problem=f"Not readable: {error}"
        )
    except Exception as error:  # SQLAlchemy's errors, without importing it here
        return LocalFacts(
            database,
            sessions_today=None,
            pending=None,
            read_problem=str(explain_sqlite_error(path, error)),
        )


def _read_store(database: DatabaseFacts, store: Any, now_ms: int) -> LocalFacts:
    from moderator.storage.sync_store import SyncStore

    sync_store = SyncStore(store.engine)
    linked = set(sync_store.linked_sessions())
    followed_backend = sync_store.backend_url() if linked else None
    meetings = {m.id: m for m in store.meetings()}
    sessions = store.sessions()

    def zone_of(session) -> str:  # type: ignore[no-untyped-def]
        meeting = meetings.get(session.meeting_id)
        return meeting.timezone if meeting is not None else "UTC"

    today, upcoming = _today_and_next(sessions, zone_of, now_ms)
    facts = tuple(session_facts(store.load_session_state(s.id), s.id in linked) for s in today)
    following = None
    if upcoming is not None:
        meeting = meetings.get(upcoming.meeting_id)
        following = SessionFacts(
            id=upcoming.id,
            title=upcoming.title,
            meeting_title=meeting.title if meeting else "",
            timezone=zone_of(upcoming),
            scheduled_start_ms=upcoming.scheduled_start_ms,
            scheduled_end_ms=upcoming.scheduled_end_ms,
            linked=upcoming.id in linked,
        )
    zone_of_session = {s.id: zone_of(s) for s in sessions}
    unseen = [r for r in sync_store.refusals() if not r.seen]
    return LocalFacts(
        database,
        sessions_today=facts,
        sessions_total=len(sessions),
        next_session=following,
        pending=sync_store.pending_count(),
        followed_sessions=len(linked),
        followed_backend=followed_backend,
        unseen_refusals=tuple(
            RefusalFacts(
                r.label,
                r.reason,
                r.refused_at_ms,
                zone_of_session.get(r.session_id, "UTC"),
            )
            for r in unseen[:REFUSALS_LISTED]
        ),
        unseen_refusal_count=sync_store.unseen_refusals(),
    )


def session_facts(state: SessionState, linked: bool) -> SessionFacts:
    return SessionFacts(
        id=state.session.id,
        title=state.session.title,
        meeting_title=state.meeting.title,
        timezone=state.meeting.timezone,
        scheduled_start_ms=state.session.scheduled_start_ms,
        scheduled_end_ms=state.session.scheduled_end_ms,
        agenda_items=len(state.agenda_items),
        speakers=sum(1 for e in state.entries if e.state is not EntryState.REMOVED),
        participants=len(state.participants),
        linked=linked,
        is_demo=state.meeting.is_demo,
    )


def _today_and_next(sessions, zone_of, now_ms: int):  # type: ignore[no-untyped-def]
    today = [s for s in sessions if _same_day(s.scheduled_start_ms, now_ms, time_zone(zone_of(s)))]
    later = [s for s in sessions if s.scheduled_start_ms > now_ms and s not in today]
    upcoming = min(later, key=lambda s: s.scheduled_start_ms, default=None)
    return today, upcoming


def _holder(path: Path) -> str | None:
    from moderator.storage.instance_lock import holder

    held = holder(path)
    if held is None:
        return None
    pid = f"pid {held.holder_pid}" if held.holder_pid is not None else "pid unknown"
    if held.holder_kind == "import":
        return f"an import (moderator import, {pid})"
    return f"a Moderator console ({pid})"


def _write_problem(path: Path) -> str | None:
    """Permissions only: taking SQLite's write lock to try it would need a read-write
    connection, and closing one can remove a console's ``-wal`` (see
    ``open_database_for_reading``). Another console or import is named by ``_holder``."""
    if not os.access(path, os.W_OK):
        return (
            f"{path} is read-only for this user: the chair's actions could not be saved. "
            "Fix the file's permissions."
        )
    if not os.access(path.parent, os.W_OK):
        return (
            f"The folder {path.parent} is read-only: SQLite needs to create its journal "
            "files there. Fix the folder's permissions."
        )
    return None


def _free_bytes(path: Path) -> int | None:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


# --- probing the backend ------------------------------------------------------------------------


async def probe_backend(
    url: str,
    token: str | None,
    token_source: str = "",
    timeout_s: float = PROBE_TIMEOUT_S,
    deadline_s: float = PROBE_DEADLINE_S,
) -> BackendFacts:
    """Is the backend reachable, and is the token valid? Bounded by ``deadline_s``; never
    raises for network trouble; never puts the token in a message or a log."""
    base = BackendFacts(
        url=url, token_present=bool(token), token_source=token_source if token else ""
    )
    if not url.startswith(("http://", "https://")):
        return BackendFacts(**{**_fields(base), "contacted": False})  # the address item says why
    try:
        return await asyncio.wait_for(_probe(base, token, timeout_s), deadline_s)
    except TimeoutError:
        return BackendFacts(
            **{
                **_fields(base),
                "reachable": False,
                "unreachable_reason": f"no answer within {deadline_s:g} s",
            }
        )


async def _probe(base: BackendFacts, token: str | None, timeout_s: float) -> BackendFacts:
    import httpx

    from moderator.services.agenda.offline import list_backend_sessions
    from moderator.services.sync.backend_client import BackendClient, BackendError, Unreachable

    values = _fields(base)
    started = time.monotonic()
    try:
        async with httpx.AsyncClient(timeout=httpx.Timeout(timeout_s)) as http:
            answer = await http.get(base.url.rstrip("/") + "/healthz")
    except httpx.HTTPError as error:
        values.update(reachable=False, unreachable_reason=_network_reason(error, timeout_s))
        return BackendFacts(**values)
    values.update(
        reachable=True,
        round_trip_ms=round((time.monotonic() - started) * 1000),
        health_status=answer.status_code,
    )
    if not token:
        return BackendFacts(**values)
    client = BackendClient(base.url, token, timeout_s=timeout_s)
    try:
        offered = await list_backend_sessions(client)
    except BackendError as error:
        if error.status in (401, 403):
            values.update(
                token_accepted=False, token_refusal=f"{error.status} {error.code}, {error.message}"
            )
        else:
            values.update(token_refusal=f"{error.status} {error.code}, {error.message}")
        return BackendFacts(**values)
    except Unreachable:
        return BackendFacts(**values)
    finally:
        await client.close()
    values.update(
        token_accepted=True,
        token_expires_at_ms=offered.expires_at_ms,
        role=offered.role,
        meeting_title=offered.meeting_title,
        timezone=offered.timezone,
        scope_session_ids=tuple(
            s.id for s in offered.sessions if s.allowed and offered.role == "chair"
        ),
        remote_sessions=tuple(
            RemoteSessionFacts(s.id, s.title, s.scheduled_start_ms, s.allowed)
            for s in offered.sessions
        ),
    )
    return BackendFacts(**values)


def offline_backend(url: str, token: str | None, token_source: str = "") -> BackendFacts:
    """Backend facts for an offline check: the address is known, nothing is contacted."""
    return BackendFacts(
        url=url,
        contacted=False,
        token_present=bool(token),
        token_source=token_source if token else "",
    )


def _network_reason(error: Exception, timeout_s: float) -> str:
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return f"no answer within {timeout_s:g} s"
    if isinstance(error, httpx.ConnectError):
        text = str(error).lower()
        if "refused" in text:
            return "connection refused"
        if "name" in text or "resolve" in text or "nodename" in text:
            return "the name does not resolve"
        return "cannot connect"
    return type(error).__name__


def _fields(facts: BackendFacts) -> dict[str, Any]:
    return {name: getattr(facts, name) for name in BackendFacts.__slots__}


# --- wording helpers ----------------------------------------------------------------------------


def time_zone(name: str) -> dt.tzinfo:
    """The named time zone; UTC for a name this system does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _same_day(instant_ms: int, now_ms: int, zone: dt.tzinfo) -> bool:
    return _local(instant_ms, zone).date() == _local(now_ms, zone).date()


def _local(instant_ms: int, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(instant_ms / 1000, tz=zone)


def _session_line(s: SessionFacts) -> str:
    zone = time_zone(s.timezone)
    start = _local(s.scheduled_start_ms, zone).strftime("%H:%M")
    span = start
    if s.scheduled_end_ms > s.scheduled_start_ms:
        span += "–" + _local(s.scheduled_end_ms, zone).strftime("%H:%M")
    notes = [_count(s.agenda_items, "agenda item"), _count(s.speakers, "speaker")]
    if not s.linked:
        notes.append("local copy, not synced")
    if s.is_demo:
        notes.append("demo")
    return f"{span} “{s.title}” ({', '.join(notes)})"


def _session_when(s: SessionFacts, now_ms: int) -> str:
    zone = time_zone(s.timezone)
    start = _local(s.scheduled_start_ms, zone)
    day = f"{start:%A} {start.day} {start:%B}"
    if start.year != _local(now_ms, zone).year:
        day += f" {start.year}"
    return f"“{s.title}” on {day} at {start:%H:%M} ({s.timezone})"


def _titles(sessions: Sequence[SessionFacts]) -> str:
    return ", ".join(f"“{s.title}”" for s in sessions)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _size(n: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _is_http(url: str) -> bool:
    return url.startswith("http://") and not url.startswith(
        ("http://127.0.0.1", "http://localhost", "http://[::1]")
    )
