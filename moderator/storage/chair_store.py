"""The chair's own settings and notes in the local file: speech-type rules, notes.

Two console-only tables (migration 0005):

- ``meeting_speech_rules``: the speech-type rules of a meeting (``domain.speech_rules``) as
  JSON; no row means the defaults. A row this version cannot read (edited by hand, written by
  a newer console) gives the defaults and a logged warning naming the meeting: the chair can
  still run the meeting, and saving the settings again replaces the row.
- ``chair_notes``: the chair's notes on a speaker entry (``kind`` "entry") or an agenda item
  ("item").

**Notes never leave the laptop.** They are written here directly, not as commands: no command
log row, no outbox row, so the sync engine never sees them and the backend, other consoles
and the participant page never get them. Exports and reports do not read this table either.
Nor do the speech rules sync: they are this console's way of placing and timing new speakers.

Windows reach it through ``services.chair.chair_settings``, so that a refused write (a locked or
full disk) comes back to them as the service's ``NotSaved`` with the reason, never as a
database exception.
"""

from __future__ import annotations

import logging
from typing import Literal

from sqlalchemy import Connection, Engine, delete, select

from moderator.domain.speech_rules import SpeechRules, SpeechRulesError
from moderator.storage.database import read_only
from moderator.storage.models import ChairNoteRow, MeetingSpeechRulesRow
from moderator.storage.repository import dialect_insert

log = logging.getLogger(__name__)

NoteKind = Literal["entry", "item"]
NOTE_KINDS: tuple[NoteKind, ...] = ("entry", "item")
#: A note is for a glance during a meeting; this only stops a runaway paste filling the file.
MAX_NOTE_CHARS = 20_000


class ChairStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = read_only(engine)

    # --- speech-type rules -------------------------------------------------------------------

    def speech_rules(self, meeting_id: str) -> SpeechRules:
        """The meeting's rules; the defaults when it has none or its row cannot be read."""
        with self._reader.connect() as connection:
            return speech_rules_in(connection, meeting_id)

    def save_speech_rules(self, meeting_id: str, rules: SpeechRules) -> None:
        # Round-trip first, so a row this store writes is always one it can read back.
        text = rules.to_json()
        SpeechRules.from_json(text)
        with self.engine.begin() as connection:
            statement = dialect_insert(connection)(MeetingSpeechRulesRow).values(
                meeting_id=meeting_id, rules_json=text
            )
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[MeetingSpeechRulesRow.meeting_id],
                    set_={"rules_json": statement.excluded.rules_json},
                )
            )

    # --- notes -------------------------------------------------------------------------------

    def note(self, kind: NoteKind, entity_id: str) -> str:
        """The chair's note on a speaker entry or agenda item; "" when there is none."""
        _check_kind(kind)
        with self._reader.connect() as connection:
            text = connection.execute(
                select(ChairNoteRow.text).where(
                    ChairNoteRow.kind == kind, ChairNoteRow.entity_id == entity_id
                )
            ).scalar_one_or_none()
        return text or ""

    def set_note(self, kind: NoteKind, entity_id: str, text: str, now_ms: int) -> None:
        """Write the note; an empty (or blank) text deletes it."""
        _check_kind(kind)
        if len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"A note can hold {MAX_NOTE_CHARS} characters ({len(text)} given)")
        with self.engine.begin() as connection:
            if not text.strip():
                connection.execute(
                    delete(ChairNoteRow).where(
                        ChairNoteRow.kind == kind, ChairNoteRow.entity_id == entity_id
                    )
                )
                return
            statement = dialect_insert(connection)(ChairNoteRow).values(
                kind=kind, entity_id=entity_id, text=text, updated_at_ms=now_ms
            )
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[ChairNoteRow.kind, ChairNoteRow.entity_id],
                    set_={
                        "text": statement.excluded.text,
                        "updated_at_ms": statement.excluded.updated_at_ms,
                    },
                )
            )


def _check_kind(kind: str) -> None:
    if kind not in NOTE_KINDS:
        raise ValueError(f"A note is on an entry or an agenda item, not {kind!r}")


def speech_rules_in(connection: Connection, meeting_id: str) -> SpeechRules:
    """The meeting's rules read through an open connection (an import reads the Q&A reserve
    inside its own transaction); the defaults when it has none or its row cannot be read."""
    text = connection.execute(
        select(MeetingSpeechRulesRow.rules_json).where(
            MeetingSpeechRulesRow.meeting_id == meeting_id
        )
    ).scalar_one_or_none()
    if text is None:
        return SpeechRules()
    try:
        return SpeechRules.from_json(text)
    except SpeechRulesError as error:
        log.warning(
            "speech rules of meeting %s cannot be read, using the defaults: %s",
            meeting_id,
            error,
            extra={"meeting_id": meeting_id},
        )
        return SpeechRules()
