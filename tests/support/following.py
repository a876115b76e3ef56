"""Following a session on the live backend from a test, as the Connect dialog's Follow does."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from moderator.services.chair.time_source import TimeSource
from moderator.services.sync.backend_client import BackendClient
from moderator.services.sync.sync_engine import download_session
from moderator.storage.repository import Store


def download_into(qtbot: QtBot, store: Store, url: str, token: str, session_id: str) -> None:
    """Download ``session_id`` from the backend into ``store``, as a first Follow does (the
    qasync loop runs the download while Qt spins)."""

    async def download() -> None:
        client = BackendClient(url, token)
        try:
            await download_session(client, store, session_id, TimeSource().now_ms())
        finally:
            await client.close()

    downloading = asyncio.ensure_future(download())
    qtbot.waitUntil(downloading.done, timeout=10_000)
    downloading.result()
