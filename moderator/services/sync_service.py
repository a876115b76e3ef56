"""The Qt face of the sync engine: runs it on the qasync loop, reports through signals.

Created by ``app`` when the console follows a backend (``--backend URL``). It tells the engine
when a chair command was queued, hands the engine's new views to the session service (which
refreshes the UI), adopts the backend's clock offset, and reports status and rejections.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from moderator.domain.session_state import SessionState
from moderator.services.backend_client import BackendClient
from moderator.services.session_service import SessionService
from moderator.services.sync_engine import HEARTBEAT_S, SyncEngine, SyncStatus
from moderator.storage.sync_store import SyncStore

log = logging.getLogger(__name__)


class SyncService(QObject):
    #: The status badge's data (a ``SyncStatus``).
    sig_status = Signal(object)
    #: The backend refused a chair command; carries its reason.
    sig_rejected = Signal(str)

    def __init__(
        self,
        session_service: SessionService,
        sync_store: SyncStore,
        client: BackendClient,
        heartbeat_s: float = HEARTBEAT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_service
        self.engine = SyncEngine(
            session_service._runner,
            sync_store,
            client,
            on_view=self._show_view,
            on_status=self._report,
            on_rejected=self.sig_rejected.emit,
            heartbeat_s=heartbeat_s,
        )
        session_service.sig_command_committed.connect(self.engine.outbox_changed)
        self._connected = True

    @property
    def status(self) -> SyncStatus:
        return self.engine.status

    def start(self) -> None:
        """Start syncing; needs the running (qasync) event loop."""
        self.engine.start()

    async def stop(self) -> None:
        """Stop syncing for good: chair commands no longer reach this engine."""
        if self._connected:
            self._connected = False
            self._session.sig_command_committed.disconnect(self.engine.outbox_changed)
        await self.engine.stop()

    def _show_view(self, state: SessionState) -> None:
        self._session.replace_state(state)

    def _report(self, status: SyncStatus) -> None:
        self.sig_status.emit(status)
