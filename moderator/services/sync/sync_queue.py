"""The chair's actions still waiting to be sent, as the sync details window lists them.

``SyncService.sig_status`` tells the badge what it shows at every change (the link's state, how
many actions wait, the last error), many times a second during a catch-up; the waiting actions
themselves are read from the outbox only when the details window is open and due to redraw,
through the reader ``queue_reader`` makes. The window gets ``QueuedAction``s: what it shows of
each action, never the outbox's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from moderator.storage.sync_store import SyncStore


@dataclass(frozen=True, slots=True)
class QueuedAction:
    """One chair action the backend has not acknowledged yet."""

    name: str
    args: Mapping[str, Any]
    attempts: int
    created_at_ms: int
    last_error: str | None = None


#: The first ``limit`` waiting actions, oldest first.
QueueReader = Callable[[int], Sequence[QueuedAction]]


def queue_reader(sync_store: SyncStore) -> QueueReader:
    """Reads the waiting actions from the outbox of ``sync_store``'s file."""

    def read(limit: int) -> list[QueuedAction]:
        return [
            QueuedAction(
                name=mutation.name,
                args=mutation.args,
                attempts=mutation.attempts,
                created_at_ms=mutation.created_at_ms,
                last_error=mutation.last_error,
            )
            for mutation in sync_store.pending(limit)
        ]

    return read
