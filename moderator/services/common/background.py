"""Work off the GUI's path: a blocking call (a disk, the OS keyring) on a worker thread, and a
coroutine left running on the qasync loop whose failure is logged rather than lost.

The worker threads are daemon threads. A ``ThreadPoolExecutor``'s are not: the interpreter's
exit hook joins them even after ``shutdown(wait=False)``, so a keyring waiting on its unlock
prompt (or a hung D-Bus) would keep the console alive after Quit. A daemon thread left blocked
is abandoned when the process ends; the answer it would have given has nobody waiting for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

_lanes: dict[str, queue.SimpleQueue[Callable[[], None]]] = {}
_lanes_lock = threading.Lock()


async def in_worker_thread(
    function: Callable[..., Any], *args: Any, lane: str | None = None
) -> Any:
    """Run ``function(*args)`` on a daemon thread while the event loop keeps running; its result
    (or exception) is this coroutine's.

    Calls given the same ``lane`` run one at a time, in the order they were made, on that
    lane's own thread: two keyring writes (Follow, then an offline download with another
    token) reach the keyring in the order the chair made them. Without a lane, each call has a
    thread of its own. Cancelling the wait never blocks on the worker; a lane's call that has
    not started when its caller gives up is skipped."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Any] = loop.create_future()

    def job() -> None:
        if future.cancelled():  # the caller gave up before the work started
            return
        try:
            result = function(*args)
        except BaseException as error:  # handed to the caller, not swallowed
            _deliver(loop, future, None, error)
        else:
            _deliver(loop, future, result, None)

    if lane is None:
        threading.Thread(target=job, name="moderator-worker", daemon=True).start()
    else:
        _lane_queue(lane).put(job)
    return await future


def _deliver(
    loop: asyncio.AbstractEventLoop,
    future: asyncio.Future[Any],
    result: Any,
    error: BaseException | None,
) -> None:
    """Complete ``future`` on its loop's thread (worker thread; never raises)."""

    def settle() -> None:
        if future.done():  # cancelled while the worker ran
            return
        if error is None:
            future.set_result(result)
        elif isinstance(error, StopIteration):  # a future refuses it (it ends generators)
            future.set_exception(RuntimeError(repr(error)))
        else:
            future.set_exception(error)

    # A closed loop (the console quit) raises RuntimeError: nobody waits for the answer.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(settle)


def _lane_queue(name: str) -> queue.SimpleQueue[Callable[[], None]]:
    with _lanes_lock:
        jobs = _lanes.get(name)
        if jobs is None:
            jobs = _lanes[name] = queue.SimpleQueue()
            threading.Thread(
                target=_run_lane, args=(jobs,), name=f"moderator-{name}", daemon=True
            ).start()
        return jobs


def _run_lane(jobs: queue.SimpleQueue[Callable[[], None]]) -> None:
    """A lane's thread: its calls, one after the other, for the rest of the process."""
    while True:
        job = jobs.get()
        try:
            job()
        except Exception:  # a job hands its own errors over; this is a bug, not the caller's
            log.exception("a worker lane's job failed")


def background_task(coroutine: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
    """Run ``coroutine`` on the (qasync) loop without awaiting it; a failure is logged."""
    task = asyncio.ensure_future(coroutine)

    def report(done: asyncio.Future[Any]) -> None:
        if not done.cancelled() and done.exception() is not None:
            log.error("background task failed", exc_info=done.exception())

    task.add_done_callback(report)
    return task
