"""The console's own database as the readiness check and the offline download need it.

The "ready for today?" window asks what the file holds (sessions of today, changes not yet
sent, whether it is writable) and writes downloaded sessions into it. Both need the console's
open ``Store``; handing the window this object instead keeps the window itself away from
storage: it asks, on a worker thread or the event loop, and shows the answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.services.agenda import offline
from moderator.services.readiness import check

if TYPE_CHECKING:  # the repository imports SQLAlchemy: not before the first paint
    from moderator.services.sync.backend_client import BackendClient
    from moderator.storage.repository import Store


class LocalFile:
    """The database at ``path``; ``store`` is the console's open ``Store`` of it (without one,
    the check reads the file only when its schema is current, and nothing can be written)."""

    def __init__(self, path: Path, store: Store | None = None) -> None:
        self.path = Path(path)
        self._store = store

    def facts(self, now_ms: int) -> check.LocalFacts:
        """What the readiness check says of the file (blocking: call it on a worker thread)."""
        return check.gather_local(self.path, now_ms, self._store)

    def cached_and_pending(self) -> tuple[set[str], dict[str, int]]:
        """The sessions the file holds, and per session the changes not yet sent (blocking)."""
        store = self._writable()
        return offline.cached_session_ids(store), offline.pending_by_session(store)

    async def download(
        self,
        client: BackendClient,
        session_ids: Iterable[str],
        now_ms: int,
        *,
        titles: dict[str, str] | None = None,
        open_session_ids: Iterable[str] = (),
        on_progress: Callable[[offline.DownloadProgress], None] | None = None,
    ) -> offline.DownloadReport:
        """Make ``session_ids`` available offline in this file (``offline.download_sessions``)."""
        return await offline.download_sessions(
            client,
            self._writable(),
            session_ids,
            now_ms,
            titles=titles,
            open_session_ids=open_session_ids,
            on_progress=on_progress,
        )

    def _writable(self) -> Store:
        if self._store is None:
            raise RuntimeError(f"{self.path} is not open in this console: nothing can be written")
        return self._store
