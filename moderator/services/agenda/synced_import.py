"""An import into a meeting that is on a backend: the file's changes as synced commands.

A session followed on a backend is the backend's: writing its rows directly would change this
laptop only (imported people never reach the backend, and speakers added for them are refused
there). So for a meeting with a followed session, the import becomes the very commands a
chair's or the agenda editor's actions are (``domain.commands``: roster, agenda items,
speakers), decided here one after the other against the sessions' states, and written by the
import's one transaction with their journal and outbox rows: the sync pushes them like any
chair action, roster additions first (a speaker needs their person on the backend's roster).

What no command can carry is refused, in the preview, with the reason: a session of the
meeting this console does not have (it would be created here only), a meeting's time zone
that differs from the file's (its times would be read in the wrong zone), an action the
domain refuses (taking a speaker who has spoken off a list). A refused change blocks the
whole import: it is never half-applied. A session of the meeting that is only on this
laptop (a duplicate) is written as any local session is. Fields the backend owns that the
file merely states differently (the meeting's title, venue, warning times) are kept, with
the reason, in plain view.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderator.domain.command_words import command_words
from moderator.domain.commands import (
    AddAgendaItem,
    AddParticipant,
    AddSpeaker,
    Command,
    CommandRejected,
    EditAgendaItem,
    EditParticipant,
    EditSession,
    MoveEntry,
    RemoveEntry,
    SetAllotted,
    SetParticipantLanguage,
    SetSessionDetails,
    SetSpeechType,
)
from moderator.domain.events import Event
from moderator.domain.model import (
    Attendance,
    EntryState,
    Meeting,
    SessionDetails,
    SpeakerEntry,
    StakeholderGroup,
)
from moderator.domain.order_keys import key_between
from moderator.domain.session_state import SessionState
from moderator.importers.plan import (
    PlannedItem,
    PlannedMeeting,
    PlannedParticipant,
    PlannedSession,
)
from moderator.storage import agenda_store as store
from moderator.storage.repository import load_session_state

if TYPE_CHECKING:
    from moderator.services.agenda.agenda_import import _Reconciler

#: Why a change of this kind cannot reach the backend from a console.
NOT_FOLLOWED = (
    "not on this laptop: the meeting is on a backend, and this console changes only the "
    "sessions it follows; upload the whole file with 'moderator-server import', or import "
    "a file with only the sessions followed here"
)
STARTED = "the chair has started it"


@dataclass(slots=True)
class QueuedCommand:
    """A command of the import, decided, with its events and its words (for a refusal)."""

    command: Command
    events: list[Event]
    words: str
    at_ms: int = 0


@dataclass(slots=True)
class SyncedMeeting:
    """The commands importing ``planned`` into a meeting that is on a backend."""

    reconciler: _Reconciler
    planned: PlannedMeeting
    meeting_id: str
    followed: list[str]  # the meeting's followed sessions, in a stable order
    states: dict[str, SessionState] = field(default_factory=dict)
    commands: list[QueuedCommand] = field(default_factory=list)

    def run(self, stored_meeting: Meeting | None) -> None:
        from moderator.services.agenda.agenda_import import Action, Change

        r = self.reconciler
        for session_id in self.followed:
            self.states[session_id] = load_session_state(r.connection, session_id)
        planned = self.planned
        meeting = stored_meeting
        if meeting is not None:
            if planned.timezone != meeting.timezone:
                r.preview.changes.append(
                    Change(
                        "meeting",
                        Action.REFUSED,
                        meeting.title,
                        meeting.id,
                        ("timezone",),
                        reason=(
                            f"the file's times are in {planned.timezone}, the meeting's in "
                            f"{meeting.timezone}: give the file a Timezone column saying "
                            f"{meeting.timezone}"
                        ),
                    )
                )
            kept = [
                name
                for name, value in (
                    ("title", planned.title),
                    ("venue", planned.venue),
                    ("warning_ms", planned.warning_ms),
                    ("final_ms", planned.final_ms),
                )
                if value is not None and value != getattr(meeting, name)
            ]
            action = Action.KEEP if kept else Action.UNCHANGED
            reason = "the meeting's own fields are the backend's" if kept else ""
            r.preview.changes.append(
                Change("meeting", action, meeting.title, meeting.id, tuple(kept), reason)
            )
        roster_session = self._roster_session()
        participant_ids: dict[str, str] = {}
        for person in planned.participants:
            participant_ids[person.key] = self._participant(person, roster_session)
        for session in planned.sessions:
            self._session(session, participant_ids)

    # --- the roster ------------------------------------------------------------------------------

    def _roster_session(self) -> str:
        """The session roster commands travel with: a followed one the file names, else the
        meeting's first followed one (the backend checks the token may write it)."""
        r = self.reconciler
        for session in self.planned.sessions:
            session_id = r.links["session"].get(session.key) or session.local_id
            if session_id in self.states:
                return session_id
        return self.followed[0]

    def _participant(self, planned: PlannedParticipant, session_id: str) -> str:
        from moderator.services.agenda.agenda_import import Action, Change, _given

        r = self.reconciler
        participant_id, stored = r._resolve(
            "participant", planned.key, planned.local_id, self.meeting_id
        )
        state = self.states[session_id]
        known = state.participants.get(participant_id) if stored is not None else None
        fields = {
            "function": _given(planned.function, known, "function", ""),
            "organisation": _given(planned.organisation, known, "organisation", ""),
            "stakeholder_group": _given(
                planned.stakeholder_group, known, "stakeholder_group", StakeholderGroup.OTHER
            ).value,
            "gender": (
                planned.gender
                if planned.gender is not None
                else (known.gender if known is not None else None)
            )
            or "",
            "attendance": _given(planned.attendance, known, "attendance", Attendance.IN_ROOM).value,
        }
        language = planned.language
        edit = EditParticipant(session_id, participant_id, planned.name, **fields)
        if known is None:
            ok = self._run(
                AddParticipant(
                    session_id,
                    participant_id,
                    planned.name,
                    fields["organisation"],
                    fields["attendance"],
                ),
                "participant",
                planned.name,
                participant_id,
                Action.CREATE,
            )
            if ok and (
                fields["function"] or fields["gender"] or fields["stakeholder_group"] != "other"
            ):
                self._run(edit, None, planned.name, participant_id)
            if ok and language:
                self._run(
                    SetParticipantLanguage(session_id, participant_id, language),
                    None,
                    planned.name,
                    participant_id,
                )
            return participant_id
        changed = tuple(
            name
            for name, value in (("name", planned.name), *fields.items())
            if _text(value) != _text(getattr(known, name))
        )
        if language is not None and language != state.language_of(participant_id):
            changed += ("language",)
        if not changed:
            r.preview.changes.append(
                Change("participant", Action.UNCHANGED, planned.name, participant_id)
            )
            return participant_id
        r.preview.changes.append(
            Change("participant", Action.UPDATE, planned.name, participant_id, changed)
        )
        if set(changed) - {"language"}:
            self._run(edit, "participant", planned.name, participant_id, Action.UPDATE, False)
        if "language" in changed and language is not None:
            command = SetParticipantLanguage(session_id, participant_id, language)
            self._run(command, "participant", planned.name, participant_id, Action.UPDATE, False)
        return participant_id

    # --- sessions ------------------------------------------------------------------------------

    def _session(self, planned: PlannedSession, participant_ids: dict[str, str]) -> None:
        from moderator.services.agenda.agenda_import import Action, Change

        r = self.reconciler
        session_id, stored = r._resolve("session", planned.key, planned.local_id, self.meeting_id)
        state = self.states.get(session_id)
        if state is None and stored is not None:
            # Only on this laptop (a duplicate, say): its rows, as any local session's.
            r.local_session(planned, session_id, stored, self.meeting_id, participant_ids)
            return
        if state is None:
            r.preview.changes.append(
                Change("session", Action.REFUSED, planned.title, session_id, reason=NOT_FOLLOWED)
            )
            return
        session = state.session
        # A file without rooms says "": that is not stating one (it never clears one).
        planned = dataclasses.replace(planned, room=planned.room or session.room)
        changed = tuple(
            name
            for name, value in (
                ("title", planned.title),
                ("room", planned.room),
                ("scheduled_start_ms", planned.start_ms),
                ("scheduled_end_ms", planned.end_ms),
            )
            if value != getattr(session, name)
        )
        if changed:
            command = EditSession(
                session_id, planned.title, planned.room, planned.start_ms, planned.end_ms
            )
            self._run(command, None, planned.title, session_id)
        details = SessionDetails(
            session_id=session_id,
            track=_or(planned.track, state.details.track),
            session_type=_or(planned.session_type, state.details.session_type),
            languages=_or(planned.languages, state.details.languages),
            format=planned.format if planned.format is not None else state.details.format,
        )
        if details != state.details:
            changed += tuple(
                f.name
                for f in dataclasses.fields(details)
                if getattr(details, f.name) != getattr(state.details, f.name)
            )
            self._run(SetSessionDetails.of(session_id, details), None, planned.title, session_id)
        action = Action.UPDATE if changed else Action.UNCHANGED
        r.preview.changes.append(Change("session", action, planned.title, session_id, changed))
        started = session_id in r.started
        previous: str | None = None
        for item in planned.items:
            previous = self._item(item, previous, state, participant_ids, started)

    def _item(
        self,
        planned: PlannedItem,
        previous: str | None,
        state: SessionState,
        participant_ids: dict[str, str],
        started: bool,
    ) -> str:
        """The item as the file has it, in the file's order relative to the file's other
        items (a sheet with some of the agenda does not reorder the rest): a new item goes
        right after the file's previous one (the first, at the end of the agenda), an item
        found before the file's previous one moves right after it. Returns its id."""
        from moderator.services.agenda.agenda_import import Action, Change

        r = self.reconciler
        session_id = state.session.id
        item_id, _stored = r._resolve("agenda_item", planned.key, planned.local_id, session_id)
        known = next((i for i in state.agenda_items if i.id == item_id), None)
        after = next((i.position for i in state.agenda_items if i.id == previous), None)
        if known is None:
            place = after + 1 if after is not None else 0
        elif after is not None and known.position < after:
            place = after
        else:
            place = known.position
        # A sheet without durations says 0: that is not stating one (it never clears one).
        duration = planned.planned_duration_ms or (known.planned_duration_ms if known else 0)
        planned = dataclasses.replace(planned, planned_duration_ms=duration)
        if known is None:
            command: Command = AddAgendaItem(
                session_id, item_id, planned.title, planned.planned_duration_ms, place
            )
            self._run(command, "agenda_item", planned.title, item_id, Action.CREATE)
        else:
            changed = tuple(
                name
                for name, value in (
                    ("title", planned.title),
                    ("planned_duration_ms", planned.planned_duration_ms),
                    ("position", place),
                )
                if value != getattr(known, name)
            )
            action = Action.UNCHANGED
            if changed:
                command = EditAgendaItem(
                    session_id, item_id, planned.title, planned.planned_duration_ms, place
                )
                if self._run(command, "agenda_item", planned.title, item_id, report=False):
                    action = Action.UPDATE
            if action is Action.UPDATE or not changed:
                r.preview.changes.append(
                    Change("agenda_item", action, planned.title, item_id, changed)
                )
        if started:
            for entry in planned.entries:
                r._keep_entry(entry, r.names, state.session.title, STARTED)
        else:
            self._entries(planned, item_id, state, participant_ids)
        return item_id

    def _entries(
        self,
        planned: PlannedItem,
        item_id: str,
        state: SessionState,
        participant_ids: dict[str, str],
    ) -> None:
        """The item's list as the file has it: new speakers added, changed ones changed, the
        file's order kept (a speaker out of it is moved once), and the speakers an earlier
        import added that the file no longer lists taken off; speakers added by hand stay."""
        from moderator.services.agenda.agenda_import import Action, Change

        r = self.reconciler
        session_id = state.session.id
        if not any(i.id == item_id for i in state.agenda_items):
            return  # the item was refused: its speakers cannot go anywhere
        matched: set[str] = set()
        previous: str | None = None
        for planned_entry in planned.entries:
            entry_id, _stored = r._resolve(
                "speaker_entry", planned_entry.key, planned_entry.local_id, item_id
            )
            participant_id = participant_ids[planned_entry.participant_key]
            name = f"{r.names.get(planned_entry.participant_key, '?')} ({planned.title})"
            matched.add(entry_id)
            known = state.entry(entry_id) if state.has_entry(entry_id) else None
            if known is None or known.agenda_item_id != item_id:
                key = key_between(previous, _next_key(state, item_id, previous))
                command: Command = AddSpeaker(
                    session_id,
                    entry_id,
                    item_id,
                    participant_id,
                    planned_entry.speech_type.value,
                    planned_entry.allotted_ms,
                    key,
                )
                if self._run(command, "speaker_entry", name, entry_id, Action.CREATE):
                    previous = key
                continue
            if known.participant_id != participant_id:
                r.preview.changes.append(
                    Change(
                        "speaker_entry",
                        Action.REFUSED,
                        name,
                        entry_id,
                        reason="a place on the list cannot be given to someone else: "
                        "the file names another person for it",
                    )
                )
                continue
            changed: list[str] = []
            if known.speech_type is not planned_entry.speech_type:
                changed.append("speech_type")
                self._run(
                    SetSpeechType(session_id, entry_id, planned_entry.speech_type.value),
                    None,
                    name,
                    entry_id,
                )
            if known.allotted_ms != planned_entry.allotted_ms:
                changed.append("allotted_ms")
                self._run(
                    SetAllotted(session_id, entry_id, planned_entry.allotted_ms),
                    None,
                    name,
                    entry_id,
                )
            key = state.entry(entry_id).order_key
            if previous is not None and key <= previous:
                changed.append("order")
                key = key_between(previous, _next_key(state, item_id, previous))
                self._run(MoveEntry(session_id, entry_id, key, item_id), None, name, entry_id)
            previous = key
            action = Action.UPDATE if changed else Action.UNCHANGED
            r.preview.changes.append(
                Change("speaker_entry", action, name, entry_id, tuple(changed))
            )
        self._drop_entries(item_id, planned.title, matched, state)

    def _drop_entries(
        self, item_id: str, title: str, matched: set[str], state: SessionState
    ) -> None:
        from moderator.services.agenda.agenda_import import Action

        r = self.reconciler
        listed = [
            e
            for e in state.entries_of(item_id)
            if e.id not in matched and e.state is not EntryState.REMOVED
        ]
        imported = store.linked_ids(r.connection, "speaker_entry", [e.id for e in listed])
        for entry in listed:
            if entry.id in imported:
                name = f"{_name(state, entry)} ({title})"
                command = RemoveEntry(state.session.id, entry.id)
                self._run(command, "speaker_entry", name, entry.id, Action.REMOVE)

    # --- deciding ------------------------------------------------------------------------------

    def _run(
        self,
        command: Command,
        kind: str | None,
        name: str,
        entity_id: str,
        action: object = None,
        report: bool = True,
    ) -> bool:
        """Decide ``command`` against its session (a roster change: every followed session
        of the meeting learns it); record it, and the change the preview shows (``kind``,
        ``action``) when ``report``; a refusal is a refused change with the domain's reason."""
        from moderator.services.agenda.agenda_import import Action, Change

        state = self.states[command.session_id]
        words = command_words(command, state)
        try:
            events = command.decide(state)
        except CommandRejected as rejection:
            self.reconciler.preview.changes.append(
                Change(
                    kind or _KINDS.get(command.name, "session"),
                    Action.REFUSED,
                    name,
                    entity_id,
                    reason=f"{words}: {rejection}",
                )
            )
            return False
        state.apply(events)
        if command.name in ROSTER_COMMANDS:
            for other in self.states.values():
                if other is not state:
                    other.apply(events)
        if events:
            self.commands.append(QueuedCommand(command, events, words))
        if kind is not None and report and action is not None:
            self.reconciler.preview.changes.append(Change(kind, action, name, entity_id))
        return True


ROSTER_COMMANDS = frozenset({"add_participant", "edit_participant", "set_participant_language"})
_KINDS = {
    "add_participant": "participant",
    "edit_participant": "participant",
    "set_participant_language": "participant",
    "add_agenda_item": "agenda_item",
    "edit_agenda_item": "agenda_item",
}


def _next_key(state: SessionState, item_id: str, after: str | None) -> str | None:
    """The smallest key of the item's list above ``after`` (a new place goes before it)."""
    keys = [e.order_key for e in state.entries_of(item_id) if after is None or e.order_key > after]
    return min(keys) if keys else None


def _name(state: SessionState, entry: SpeakerEntry) -> str:
    person = state.participants.get(entry.participant_id)
    return person.name if person is not None else "?"


def _or(value: str | None, stored: str) -> str:
    return value if value is not None else stored


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.value if hasattr(value, "value") else str(value)
