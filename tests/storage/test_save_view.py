"""Writing a synced view to the file: what the view lost leaves the file too.

Both cases were found by the stateful sync test: a turn of a give-floor the backend refused, and
a hand lowered while the console was away (the snapshot lists open hands only).
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from pathlib import Path

from moderator.domain.commands import GiveFloor
from moderator.domain.hands import raise_hand
from moderator.domain.view_changes import events_between
from moderator.services.agenda.demo import load_demo
from moderator.storage import quick_read
from moderator.storage.database import open_database
from moderator.storage.repository import Store

T0 = 1_800_000_000_000


def save_view(store: Store, view, previous, cursor: int) -> None:  # type: ignore[no-untyped-def]
    """What the console does with the sync's new view: its differences, committed."""
    store.commit_changes(view.session.id, events_between(previous, view), cursor, T0)


def test_a_turn_and_a_hand_missing_from_the_new_view_leave_the_file(tmp_path: Path):
    engine = open_database(tmp_path / "c.sqlite3")
    try:
        store = Store(engine)
        load_demo(store, T0)
        session_id = store.sessions()[0].id
        confirmed = store.load_session_state(session_id)
        shown = copy.deepcopy(confirmed)
        shown.apply(GiveFloor(session_id, shown.entries[0].id, uuid.uuid4().hex, T0).decide(shown))
        participant = next(iter(shown.participants))
        shown.apply(raise_hand(shown, participant, "h1", seq=1, at_ms=T0)[1])
        save_view(store, shown, confirmed, cursor=5)
        on_disk = store.load_session_state(session_id)
        assert on_disk.turns and on_disk.open_hands()

        save_view(store, confirmed, shown, cursor=9)  # the backend's view wins
        on_disk = store.load_session_state(session_id)
        assert on_disk.turns == {} and on_disk.hands == {}
        assert on_disk.current_entry_id is None
    finally:
        engine.dispose()


def test_a_gender_only_change_of_the_view_reaches_the_file_and_both_readers(tmp_path: Path):
    """Another console's gender edit arrives as a private feed change: the view's participant
    differs in its gender alone, and that difference is written like any other."""
    path = tmp_path / "c.sqlite3"
    engine = open_database(path)
    try:
        store = Store(engine)
        load_demo(store, T0)
        session_id = store.sessions()[0].id
        shown = store.load_session_state(session_id)
        person = next(p for p in shown.participants.values() if p.gender != "nonbinary")
        changed = copy.deepcopy(shown)
        changed.participants[person.id] = dataclasses.replace(person, gender="nonbinary")
        save_view(store, changed, shown, cursor=5)
        assert store.load_session_state(session_id).participants[person.id].gender == ("nonbinary")
        assert (
            quick_read.load_session_state(path, session_id).participants[person.id]
            == (changed.participants[person.id])
        )
    finally:
        engine.dispose()
