"""A video call's events applied to a session: its users mapped to participants, their
hands raised and lowered with the call as their source.

Who a user is: the participant the join link named (BigBlueButton's external user id, when
it is a participant id of the meeting); else the participant a name was mapped to earlier in
the session; else the one roster participant of that name; else a remote walk-in added by
name, kept for the session (a user who leaves and comes back is the same person). A name
never makes two users in the call at once one participant: the second is a walk-in of their
own (two Zoom users called "iPhone" raise two hands).

Retries change nothing twice: an event already received (same digest) is answered ``noop``,
and an event older (by the call's clock) than one already applied for that user too, so a
late retry of a raise never reopens a hand lowered since. All events of a request are
applied in one transaction: a request refused half-way writes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from moderator.domain.commands import AddParticipant, CommandRejected
from moderator.domain.events import Event
from moderator.domain.hands import lower_own_hand, raise_hand
from moderator.domain.model import Attendance, Hand, HandSource
from moderator.domain.session_state import SessionState
from moderator.server.documents import hand_document
from moderator.server.integrations.call_events import BadCallEvent, CallEvent, CallEventKind
from moderator.server.models import IntegrationEventRow, IntegrationPersonRow
from moderator.server.scope import record_origins
from moderator.server.sync import SyncService
from moderator.storage.repository import dialect_insert

APPLIED, NOOP, IGNORED = "applied", "noop", "ignored"
_NAME_KEY = "name:"
#: A user who is in the call now (joined or heard from, not left), by the call's user key.
_IN_CALL_KEY = "in:"


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """What one event did: ``applied``, ``noop`` (nothing to change, or a retry) or
    ``ignored`` (not about hands, or a user nobody can be named for), and why."""

    event: str
    outcome: str
    reason: str | None = None
    participant_id: str | None = None
    hand: Hand | None = None

    def document(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"event": self.event, "outcome": self.outcome}
        if self.reason is not None:
            answer["reason"] = self.reason
        if self.participant_id is not None:
            answer["participant_id"] = self.participant_id
        if self.hand is not None:
            answer["hand"] = hand_document(self.hand)
        return answer


def apply_call_events(
    sync: SyncService,
    session_id: str,
    source: HandSource,
    events: list[tuple[str, CallEvent | None]],
) -> list[CallOutcome]:
    """Apply ``events`` (``(event name, event)``; ``None``: not about hands) in order.
    Raises ``KeyError`` for an unknown session."""

    def work(connection: Connection, state: SessionState, write: Any) -> list[CallOutcome]:
        call = _Call(connection, state, write, source, sync.now_ms())
        return [call.apply(name, event) for name, event in events]

    return sync.write_outside_push(session_id, work)


class _Call:
    def __init__(
        self, connection: Connection, state: SessionState, write: Any, source: HandSource, now: int
    ) -> None:
        self.connection = connection
        self.state = state
        self.write = write
        self.source = source
        self.now = now

    def apply(self, name: str, event: CallEvent | None) -> CallOutcome:
        if event is None:
            return CallOutcome(name, IGNORED, "not about hands")
        if not self._first_time(event):
            return CallOutcome(name, NOOP, "already received")
        person, last_ms = self._person(event)
        if person is None:
            return CallOutcome(
                name,
                IGNORED,
                "this user is not known in the session: no join with a name was heard for them",
            )
        if event.at_ms and event.at_ms < last_ms:
            return CallOutcome(name, NOOP, "older than an event already applied", person)
        self._remember(event.user_key, person, max(last_ms, event.at_ms))
        self._mark_in_call(event.user_key, person, event.kind is not CallEventKind.LEFT)
        if event.kind is CallEventKind.JOINED:
            return CallOutcome(name, APPLIED, None, person)
        if event.kind is CallEventKind.HAND and event.raised:
            return self._raise(name, person)
        return self._lower(name, person)

    # --- hands --------------------------------------------------------------------------

    def _raise(self, name: str, person: str) -> CallOutcome:
        open_hand = self.state.open_hand_of(person)
        if open_hand is not None:
            where = "here" if open_hand.source == self.source else "elsewhere"
            return CallOutcome(name, NOOP, f"already raised ({where})", person, open_hand)
        seq = max((hand.seq for hand in self.state.hands.values()), default=0) + 1
        hand, events = raise_hand(
            self.state, person, uuid.uuid4().hex, seq=seq, at_ms=self.now, source=self.source
        )
        self.write(events)
        return CallOutcome(name, APPLIED, None, person, hand)

    def _lower(self, name: str, person: str) -> CallOutcome:
        open_hand = self.state.open_hand_of(person)
        if open_hand is None:
            return CallOutcome(name, NOOP, "no hand is raised", person)
        if open_hand.source != self.source:
            # Raised on the page (or another call): leaving this call does not take it back.
            return CallOutcome(name, NOOP, "their raised hand was raised elsewhere", person)
        hand, events = lower_own_hand(self.state, person, at_ms=self.now)
        self.write(events)
        return CallOutcome(name, APPLIED, None, person, hand)

    # --- who the user is ----------------------------------------------------------------

    def _first_time(self, event: CallEvent) -> bool:
        seen = self.connection.execute(
            select(IntegrationEventRow.digest).where(
                IntegrationEventRow.session_id == self.state.session.id,
                IntegrationEventRow.source == self.source.value,
                IntegrationEventRow.digest == event.digest,
            )
        ).first()
        if seen is not None:
            return False
        self.connection.execute(
            insert(IntegrationEventRow).values(
                session_id=self.state.session.id,
                source=self.source.value,
                digest=event.digest,
                received_at_ms=self.now,
            )
        )
        return True

    def _mapped(self, key: str) -> tuple[str, int] | None:
        row = self.connection.execute(
            select(IntegrationPersonRow.participant_id, IntegrationPersonRow.last_event_ms).where(
                IntegrationPersonRow.session_id == self.state.session.id,
                IntegrationPersonRow.source == self.source.value,
                IntegrationPersonRow.external_key == key,
            )
        ).first()
        if row is None or row.participant_id not in self.state.participants:
            return None
        return row.participant_id, int(row.last_event_ms)

    def _person(self, event: CallEvent) -> tuple[str | None, int]:
        """The participant the user is, and the call's time of their newest applied event."""
        known = self._mapped(event.user_key)
        if known is not None:
            return known
        if event.external_id and event.external_id in self.state.participants:
            return event.external_id, 0
        if not event.name:
            return None, 0
        return self._by_name(event.name, event.user_key), 0

    def _by_name(self, name: str, user_key: str) -> str:
        """The participant a new user of that name is: the one the name was mapped to, else
        the roster's one of that name, else a new walk-in. Not one another user of the call
        still is: two people in the call under one name (Zoom's "iPhone") are two walk-ins,
        or the second one's hand would never show."""
        key = _NAME_KEY + " ".join(name.split()).casefold()
        known = self._mapped(key)
        if known is not None and not self._in_call_as(known[0], user_key):
            return known[0]
        same = [
            p.id
            for p in self.state.participants.values()
            if " ".join(p.name.split()).casefold() == key.removeprefix(_NAME_KEY)
        ]
        if known is None and len(same) == 1 and not self._in_call_as(same[0], user_key):
            person = same[0]
        else:
            person = f"{self.source.name.lower()}-{uuid.uuid4().hex}"
            walk_in = AddParticipant(
                session_id=self.state.session.id,
                participant_id=person,
                person_name=name,
                attendance=Attendance.REMOTE.value,
            )
            try:
                events: list[Event] = walk_in.decide(self.state)
            except CommandRejected as refusal:  # a name the roster cannot keep
                raise BadCallEvent("name", str(refusal)) from None
            self.write(events)
            record_origins(self.connection, self.state.session.id, events)
            if known is not None or len(same) == 1:
                return person  # the name stays with the one in the call under it
        self._remember(key, person, 0)
        return person

    def _in_call_as(self, person: str, user_key: str) -> bool:
        """Whether another user of the call, in it now, is ``person``."""
        return (
            self.connection.execute(
                select(IntegrationPersonRow.external_key).where(
                    IntegrationPersonRow.session_id == self.state.session.id,
                    IntegrationPersonRow.source == self.source.value,
                    IntegrationPersonRow.participant_id == person,
                    IntegrationPersonRow.external_key.startswith(_IN_CALL_KEY, autoescape=True),
                    IntegrationPersonRow.external_key != _IN_CALL_KEY + user_key,
                )
            ).first()
            is not None
        )

    def _mark_in_call(self, user_key: str, person: str, present: bool) -> None:
        if present:
            self._remember(_IN_CALL_KEY + user_key, person, 0)
            return
        self.connection.execute(
            delete(IntegrationPersonRow).where(
                IntegrationPersonRow.session_id == self.state.session.id,
                IntegrationPersonRow.source == self.source.value,
                IntegrationPersonRow.external_key == _IN_CALL_KEY + user_key,
            )
        )

    def _remember(self, key: str, person: str, last_ms: int) -> None:
        self.connection.execute(
            dialect_insert(self.connection)(IntegrationPersonRow)
            .values(
                session_id=self.state.session.id,
                source=self.source.value,
                external_key=key,
                participant_id=person,
                last_event_ms=last_ms,
            )
            .on_conflict_do_update(
                index_elements=["session_id", "source", "external_key"],
                set_={"participant_id": person, "last_event_ms": last_ms},
            )
        )
