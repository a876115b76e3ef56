"""The sync details window: what a technical assistant reads when the badge is not green."""

from __future__ import annotations

from moderator.services.sync.sync_engine import Rejection, SyncStatus
from moderator.services.sync.sync_queue import QueuedAction
from moderator.ui.sync.sync_badge import SyncBadge

AT_MS = 1_700_000_000_000


def queued(count: int) -> list[QueuedAction]:
    return [
        QueuedAction(
            name="adjust_time" if i % 2 else "give_floor",
            args={"delta_ms": -60_000} if i % 2 else {},
            attempts=i % 3,
            created_at_ms=AT_MS + i * 1000,
            last_error="connection refused" if i % 3 else None,
        )
        for i in range(1, count + 1)
    ]


def test_the_details_list_the_queue_refusals_and_the_long_poll(qtbot):
    rows = queued(250)
    badge = SyncBadge("UTC", read_queue=lambda limit: rows[:limit])
    qtbot.addWidget(badge)
    status = SyncStatus(
        state="online",
        pending=250,
        transport="long-poll",
        last_error="stream: not an event stream",
        rejections=(Rejection(7, "give_floor", "That speaker is not waiting (done)", AT_MS),),
    )
    badge.show_status(status)
    assert "long-polling" in badge.text()
    details = badge.open_details()
    qtbot.waitUntil(lambda: details.queue.rowCount() == 200)
    assert "250 actions waiting to be sent (the first 200 shown)" in details.queue_title.text()
    assert details.queue.item(0, 1).text() == "Adjust the time −1:00"
    assert details.queue.item(1, 1).text() == "Give the floor"
    assert details.queue.item(0, 0).text() == "22:13:21"
    assert details.queue.item(0, 3).text() == "connection refused"
    assert "long-polling" in details.summary.text()
    assert "Last error: stream: not an event stream" in details.summary.text()
    # The refusals are a list of their own (which action, why), marked until seen.
    assert "1 not seen yet" in details.refusals.text()
    assert details.refusal_list.item(0, 1).text() == "Give the floor"
    assert details.refusal_list.item(0, 2).text() == "That speaker is not waiting (done)"
    assert badge.open_details() is details, "a second click raises the same window"

    rows.clear()
    badge.show_status(SyncStatus(state="online"))
    qtbot.waitUntil(lambda: details.queue.rowCount() == 0)
    assert details.queue_title.text() == "Nothing is waiting to be sent."
    assert details.refusals.text() == "Nothing was refused by the backend."
    details.close()
    qtbot.waitUntil(lambda: badge.details is None)
