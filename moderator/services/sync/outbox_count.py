"""How many of the chair's actions wait in the outbox while nothing sends them.

When a followed session is open without a sync (no token at start), its actions still queue
for the backend; the chair must see that they pile up, not find out at the next Connect. The
sync's own status counts them while it runs; this counts them while it does not, from the
file, each time an action is queued (from any runner on the store). It also reads the
refusals the chair has not read: only a running sync shows them otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from moderator.storage.repository import Store
from moderator.storage.sync_store import SyncStore


class OutboxCount(QObject):
    #: The number of actions waiting to be sent (an ``int``), after each one is queued.
    sig_count = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync_store = SyncStore(store.engine)
        self._stop_hearing = store.add_outbox_listener(self._queued)

    def count(self) -> int:
        return self._sync_store.pending_count()

    def unread_refusals(self) -> tuple[int, str]:
        """How many refusals the chair has not read, and the newest in words ("" when none):
        "Rename Ada: the backend cannot take it: …"."""
        count = self._sync_store.unseen_refusals()
        if count == 0:
            return 0, ""
        newest = next(r for r in self._sync_store.refusals() if not r.seen)
        return count, f"{newest.label}: {newest.reason.rstrip('.')}"

    def stop(self) -> None:
        """Stop counting (a sync took over, or the window closed)."""
        self._stop_hearing()

    def _queued(self) -> None:
        self.sig_count.emit(self.count())
