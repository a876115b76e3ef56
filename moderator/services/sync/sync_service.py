"""The Qt face of the sync engine: runs it on the qasync loop, reports through signals.

The engine is asyncio without Qt; the console needs its status and the backend's refusals as
signals, and the engine needs to hear at once when a command was queued (from any runner on the
store: the chair's or the agenda editor's) so it pushes without waiting. The backend's changes
need no relay: the engine hands its views to the session's ``CommandRunner``, which commits and
applies them and tells the views the events, exactly as for a chair action.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from moderator.services.chair.session_service import SessionService
from moderator.services.sync.backend_client import BackendClient
from moderator.services.sync.sync_engine import HEARTBEAT_S, SyncEngine, SyncStatus
from moderator.storage.sync_store import SyncStore

log = logging.getLogger(__name__)


class SyncService(QObject):
    #: The status badge's data (a ``SyncStatus``).
    sig_status = Signal(object)
    #: The backend refused a chair command; carries the action in words and the reason
    #: ("Add speaker Nadia Haddad to item 2 “Budget”: That person is not …").
    sig_rejected = Signal(str)
    #: A command was queued (from any thread: an import writes on its worker); the engine
    #: hears it on the thread of the event loop.
    _sig_outbox_changed = Signal()

    def __init__(
        self,
        session_service: SessionService,
        sync_store: SyncStore,
        client: BackendClient,
        heartbeat_s: float = HEARTBEAT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._last_state = ""
        runner = session_service.runner
        self.engine = SyncEngine(
            runner,
            sync_store,
            client,
            on_status=self._report,
            on_refusal=self.sig_rejected.emit,
            heartbeat_s=heartbeat_s,
        )
        self._sig_outbox_changed.connect(self.engine.outbox_changed)
        self._stop_hearing_outbox = runner.store.add_outbox_listener(self._sig_outbox_changed.emit)

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    def start(self) -> None:
        """Start syncing; needs the running (qasync) event loop."""
        self.engine.start()

    async def stop(self) -> None:
        """Stop syncing for good: chair commands no longer reach this engine."""
        self._stop_hearing_outbox()
        await self.engine.stop()

    def mark_refusals_seen(self) -> None:
        """The chair has read the refusals listed: the badge stops counting them; they stay
        in the details (and in the file) as seen."""
        self.engine.mark_refusals_seen()

    def _report(self, status: SyncStatus) -> None:
        if status.state != self._last_state:  # the link's changes, not every count
            self._last_state = status.state
            log.info("sync state", extra={"state": status.state, "pending": status.pending})
        self.sig_status.emit(status)
