"""Staff send a meeting of this console to a backend: first the backend's preview, then the
import (``POST /meetings/{id}/agenda``, the code ``moderator-server import`` runs).

The meeting travels as Moderator's agenda JSON (``export-agenda --format json``), read on a
worker thread; the calls run on the event loop, so the window never waits for the network.
The backend decides what changes (its meeting may already hold sessions a chair is running),
so the preview is always the backend's, never a guess of the console's. Refusals come back
as ``UploadRefused`` in the staff's words; the token is never logged nor kept in a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from moderator.services.sync.backend_client import BackendClient, BackendError, Unreachable

#: Names shown per kind and action before "… and N more".
NAMES_SHOWN = 4
_KINDS = (
    ("meeting", "meeting", "meetings"),
    ("participant", "participant", "participants"),
    ("session", "session", "sessions"),
    ("agenda_item", "agenda item", "agenda items"),
    ("speaker_entry", "speaker", "speakers"),
)
_VERBS = {
    "create": ("to add", "added"),
    "update": ("to change", "changed"),
    "remove": ("to remove", "removed"),
    "keep": ("not changed", "not changed"),
    "unchanged": ("already so", "already so"),
}


class UploadRefused(Exception):
    """The backend (or the way to it) refused; ``str()`` is the sentence for the staff."""


@dataclass(slots=True)
class UploadAnswer:
    """The backend's answer: its preview (``applied`` false) or what it did."""

    meeting_id: str
    applied: bool
    totals: dict[str, int]
    changes: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    sessions_reset: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return sum(self.totals.get(action, 0) for action in ("create", "update", "remove"))

    @property
    def refusals(self) -> list[dict[str, Any]]:
        """What the file asks for and the backend will not do, with the reason."""
        return [c for c in self.changes if c["action"] == "keep"]

    def lines(self) -> list[str]:
        """The answer as the dialog shows it: one line per kind and action, then every
        refusal with its reason (never folded away)."""
        verb = 1 if self.applied else 0
        lines: list[str] = []
        for kind, one, many in _KINDS:
            for action in ("create", "update", "remove"):
                changes = [c for c in self.changes if c["kind"] == kind and c["action"] == action]
                if not changes:
                    continue
                names = ", ".join(c["name"] for c in changes[:NAMES_SHOWN])
                more = len(changes) - NAMES_SHOWN
                names += f" and {more} more" if more > 0 else ""
                label = one if len(changes) == 1 else many
                # A removed speaker is named by the item whose list no longer has them.
                where = ", from" if kind == "speaker_entry" and action == "remove" else ""
                lines.append(f"{len(changes)} {label} {_VERBS[action][verb]}{where}: {names}")
        for change in self.refusals:
            lines.append(f"Not done: {change['name']} — {change['reason']}")
        unchanged = self.totals.get("unchanged", 0)
        if unchanged:
            lines.append(f"{unchanged} record(s) already as in this console.")
        lines.extend(f"Note: {note}" for note in self.notes)
        if not self.writes:
            lines.append("The backend already has this meeting as it is here: nothing to send.")
        return lines


def answer_from(document: dict[str, Any]) -> UploadAnswer:
    return UploadAnswer(
        meeting_id=document["meeting_id"],
        applied=bool(document["applied"]),
        totals=dict(document["totals"]),
        changes=list(document["changes"]),
        notes=list(document.get("notes", [])),
        sessions_reset=list(document.get("sessions_reset", [])),
    )


class AgendaUpload:
    """One meeting of this console's file, sent to one backend meeting. ``engine`` is the
    console's database (or a function returning it, asked on the worker thread)."""

    def __init__(self, engine: Engine | Callable[[], Engine], client_factory=BackendClient) -> None:  # type: ignore[no-untyped-def]
        self._engine = engine
        self._client_factory = client_factory

    def read_meeting(self, meeting_id: str) -> bytes:
        """The meeting as Moderator's agenda JSON, encoded (blocking: a worker thread)."""
        import json

        from moderator.services.agenda.agenda_export import export_agenda_json
        from moderator.storage.repository import Store

        engine = self._engine() if callable(self._engine) else self._engine
        meeting = next((m for m in Store(engine).meetings() if m.id == meeting_id), None)
        if meeting is not None and meeting.is_demo:
            # Its fictional speakers, venue and zone would replace a real meeting's on the
            # backend, and the chairs following it would see them without a DEMO badge.
            raise UploadRefused(
                "This is the demo meeting (fictional speakers): it is never uploaded. Open "
                "the real meeting (Ctrl+O) and upload that."
            )
        document = export_agenda_json(engine, meeting_id)
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()

    async def send(
        self, url: str, token: str, local_meeting: str, target_meeting: str, dry_run: bool
    ) -> UploadAnswer:
        """The backend's preview (``dry_run``) or its import of the meeting."""
        from moderator.services.common.background import in_worker_thread

        try:
            document = await in_worker_thread(self.read_meeting, local_meeting)
        except KeyError as error:
            raise UploadRefused(
                f"This console's file has no meeting {local_meeting!r} any more."
            ) from error
        client = self._client_factory(url, token)
        try:
            answer = await client.import_agenda(target_meeting, document, dry_run)
        except BackendError as error:
            raise UploadRefused(refusal_text(error, target_meeting)) from error
        except Unreachable as error:
            raise UploadRefused(f"Cannot reach {url}: {error}") from error
        finally:
            await client.close()
        return answer_from(answer)


def refusal_text(error: BackendError, meeting_id: str) -> str:
    """A refusal of the backend in the staff's words."""
    if error.status == 401 and error.code in ("token_revoked", "token_expired"):
        return f"The backend refused the token: {error.message}."
    if error.status == 401:
        return "The backend does not know this token (mistyped, or revoked)."
    if error.status == 403:
        return (
            f"This token may not upload a meeting ({error.message}). "
            "Ask the organisers for a staff token of the meeting."
        )
    if error.status == 404:
        return (
            f"This token is not for meeting “{meeting_id}” on the backend: "
            "use the meeting id the token was made for."
        )
    if error.status == 409:
        return f"The backend refused: {error.message}."
    if error.status == 413:
        return "The meeting is larger than the backend accepts in one upload."
    if error.status == 422:
        return f"The backend cannot read this meeting: {error.message}"
    return f"The backend answered {error.status}: {error.message or error.code}"
