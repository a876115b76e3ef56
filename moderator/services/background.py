"""Work off the GUI's path: a blocking call (a disk, the OS keyring) on a worker thread, and a
coroutine left running on the qasync loop whose failure is logged rather than lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


async def in_worker_thread(function: Callable[..., Any], *args: Any) -> Any:
    """Run ``function`` on a worker thread of its own while the event loop keeps running.
    Cancelling the wait never blocks the GUI thread on the worker, as closing a shared
    executor would (``shutdown(wait=False)``)."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="moderator-worker")
    try:
        return await asyncio.get_running_loop().run_in_executor(executor, function, *args)
    finally:
        executor.shutdown(wait=False)


def background_task(coroutine: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
    """Run ``coroutine`` on the (qasync) loop without awaiting it; a failure is logged."""
    task = asyncio.ensure_future(coroutine)

    def report(done: asyncio.Future[Any]) -> None:
        if not done.cancelled() and done.exception() is not None:
            log.error("background task failed", exc_info=done.exception())

    task.add_done_callback(report)
    return task
