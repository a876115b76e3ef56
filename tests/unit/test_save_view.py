"""Writing a synced view to the file: what the view lost leaves the file too.

Both cases were found by the stateful sync test: a turn of a give-floor the backend refused, and
a hand lowered while the console was away (the snapshot lists open hands only).
"""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

from moderator.domain.commands import GiveFloor
from moderator.domain.hands import raise_hand
from moderator.services.demo import load_demo
from moderator.storage.database import open_database
from moderator.storage.repository import Store

T0 = 1_800_000_000_000


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
        store.save_view(shown, confirmed, cursor=5, now_ms=T0)
        on_disk = store.load_session_state(session_id)
        assert on_disk.turns and on_disk.open_hands()

        store.save_view(confirmed, shown, cursor=9, now_ms=T0)  # the backend's view wins
        on_disk = store.load_session_state(session_id)
        assert on_disk.turns == {} and on_disk.hands == {}
        assert on_disk.current_entry_id is None
    finally:
        engine.dispose()
