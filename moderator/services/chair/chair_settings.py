"""The console's own settings and the chair's notes, for the windows that show and edit them.

The meeting's speech-type rules and the chair's notes on speakers and agenda items are kept in
the local file (``storage.chair_store``), written directly and never as commands: notes never
leave this laptop (no command log, no outbox, not in exports), and the rules are this console's
way of placing and timing new speakers. Windows reach them only through ``ChairSettings``,
which reports a write the file refused as ``NotSaved`` with the reason, so a window needs
nothing from the database layer.

The file is reached on first use and this module imports no SQLAlchemy: the notes panel is
built before the first paint, and the settings are read right after it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from moderator.domain.speech_rules import SpeechRules

if TYPE_CHECKING:  # the storage modules import SQLAlchemy: not before the first paint
    from moderator.services.chair.session_service import SessionService
    from moderator.storage.chair_store import ChairStore, NoteKind
    from moderator.storage.repository import Store


class NotSaved(Exception):
    """The file refused the write (locked, read-only, full); nothing changed. The message
    says why."""


class ChairSettings:
    """Speech-type rules per meeting and the chair's notes, in the file of ``store`` (a
    ``Store``, or a function returning it, called when the settings are first used)."""

    def __init__(self, store: Store | Callable[[], Store]) -> None:
        self._source = store
        self._chair_store: ChairStore | None = None

    @classmethod
    def of_session(cls, service: SessionService) -> ChairSettings:
        """The settings in the file of the console's open session; the session service opens
        that file after the first paint, so it is reached only when first used."""
        return cls(lambda: service.store)

    def _store(self) -> ChairStore:
        if self._chair_store is None:
            from moderator.storage.chair_store import ChairStore

            source = self._source
            store = source() if callable(source) else source
            self._chair_store = ChairStore(store.engine)
        return self._chair_store

    # --- speech-type rules -------------------------------------------------------------------

    def speech_rules(self, meeting_id: str) -> SpeechRules:
        """The meeting's rules; the defaults when it has none or its row cannot be read."""
        return self._store().speech_rules(meeting_id)

    def save_speech_rules(self, meeting_id: str, rules: SpeechRules) -> None:
        """Keep ``rules`` for the meeting; raises ``NotSaved`` when the file refuses."""
        store = self._store()
        with _refused_as_not_saved():
            store.save_speech_rules(meeting_id, rules)

    # --- notes -------------------------------------------------------------------------------

    def note(self, kind: NoteKind, entity_id: str) -> str:
        """The chair's note on a speaker entry or an agenda item; "" when there is none."""
        return self._store().note(kind, entity_id)

    def set_note(self, kind: NoteKind, entity_id: str, text: str, now_ms: int) -> None:
        """Write the note (an empty or blank text deletes it). Raises ``ValueError`` for a
        note too long (the message gives the limit) and ``NotSaved`` when the file refuses."""
        store = self._store()
        with _refused_as_not_saved():
            store.set_note(kind, entity_id, text, now_ms)


@contextlib.contextmanager
def _refused_as_not_saved() -> Iterator[None]:
    """The file's refusal of a write (locked, read-only, full) as ``NotSaved``, same message."""
    from sqlalchemy.exc import SQLAlchemyError  # loaded with the store already

    try:
        yield
    except (SQLAlchemyError, OSError) as error:
        raise NotSaved(str(error)) from error
