"""Worker threads: results and errors come back, a lane keeps its calls in order, and a call
still blocked (a keyring waiting for its unlock prompt) never keeps the console from quitting."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from moderator.services.common.background import in_worker_thread

#: Well under the 5 s the abandoned call blocks, with room for a slow interpreter start.
QUIT_BOUND_S = 3.0


@pytest.mark.parametrize("lane", [None, "keyring"])
def test_a_blocked_worker_call_does_not_keep_the_process_alive_after_main_returns(
    lane: str | None,
):
    on_lane = "" if lane is None else f", lane={lane!r}"
    program = textwrap.dedent(
        f"""
        import asyncio, time
        from moderator.services.common.background import in_worker_thread

        async def main():
            call = asyncio.ensure_future(in_worker_thread(time.sleep, 5{on_lane}))
            await asyncio.sleep(0.1)  # the call is blocked in its thread now
            call.cancel()

        asyncio.run(main())
        print("main returned", flush=True)
        """
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=30
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "main returned" in done.stdout
    assert elapsed < QUIT_BOUND_S, f"the process outlived main by {elapsed:.1f} s"


def test_the_result_and_the_exception_come_back_and_the_work_ran_off_the_loop_thread():
    def where(x: int) -> tuple[int, str]:
        return x * 2, threading.current_thread().name

    def fail() -> None:
        raise ValueError("no keyring here")

    async def main() -> tuple[int, str]:
        result = await in_worker_thread(where, 21)
        with pytest.raises(ValueError, match="no keyring here"):
            await in_worker_thread(fail)
        with pytest.raises(ValueError, match="no keyring here"):
            await in_worker_thread(fail, lane="test-errors")
        assert await in_worker_thread(where, 1, lane="test-errors") == (2, "moderator-test-errors")
        return result

    value, thread = asyncio.run(main())
    assert value == 42 and thread != threading.current_thread().name


def test_calls_on_one_lane_run_one_at_a_time_in_the_order_they_were_made():
    finished: list[str] = []

    def write(name: str, seconds: float) -> str:
        time.sleep(seconds)  # the slow first write must still land first
        finished.append(name)
        return name

    async def main() -> list[str]:
        return await asyncio.gather(
            in_worker_thread(write, "first", 0.3, lane="test-order"),
            in_worker_thread(write, "second", 0.0, lane="test-order"),
            in_worker_thread(write, "third", 0.1, lane="test-order"),
        )

    assert asyncio.run(main()) == ["first", "second", "third"]
    assert finished == ["first", "second", "third"]


def test_a_blocked_lane_does_not_hold_up_another_lane_or_a_call_without_one():
    gate = threading.Event()

    async def main() -> list[str]:
        blocked = asyncio.ensure_future(in_worker_thread(gate.wait, 10, lane="test-blocked"))
        others = await asyncio.wait_for(
            asyncio.gather(
                in_worker_thread(lambda: "other lane", lane="test-free"),
                in_worker_thread(lambda: "own thread"),
            ),
            timeout=5,
        )
        assert not blocked.done()
        gate.set()
        assert await blocked is True
        return others

    assert asyncio.run(main()) == ["other lane", "own thread"]


def test_an_answer_after_its_caller_gave_up_or_its_loop_closed_is_dropped_quietly():
    """Quitting cancels the waits and closes the loop while keyring calls are still blocked;
    their late answers must raise nowhere (no "exception in callback", no thread error)."""
    gates = [threading.Event(), threading.Event()]
    arrived = [threading.Event(), threading.Event()]
    workers: list[threading.Thread] = []
    loop_errors: list[dict] = []
    thread_errors: list[threading.ExceptHookArgs] = []

    def blocked(n: int) -> str:
        workers.append(threading.current_thread())
        arrived[n].set()
        gates[n].wait(10)
        return "late"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _loop, context: loop_errors.append(context))
        given_up = asyncio.ensure_future(in_worker_thread(blocked, 0))
        abandoned = asyncio.ensure_future(in_worker_thread(blocked, 1))
        assert await in_worker_thread(lambda: all(event.wait(5) for event in arrived))
        given_up.cancel()
        gates[0].set()  # answers while the loop still runs: to a cancelled future
        # Its answer was queued on the loop before the join's: handled by the time we resume.
        await in_worker_thread(workers[0].join, 5)
        abandoned.cancel()

    previous_hook = threading.excepthook
    threading.excepthook = thread_errors.append
    try:
        asyncio.run(main())
        gates[1].set()  # answers after asyncio.run closed the loop
        workers[1].join(5)
    finally:
        threading.excepthook = previous_hook
    assert not any(worker.is_alive() for worker in workers)
    assert loop_errors == [] and thread_errors == []
