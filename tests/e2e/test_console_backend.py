"""The real console following the real server (``--backend``), through a fault-injecting proxy.

A chair acts while the venue network is down, the console is killed (SIGKILL) before it could
deliver, and is started again after the network heals: the backend ends up with every action,
each applied exactly once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from support.fault_proxy import FaultProxy
from support.live_server import LiveServer


def wait_for_server(
    server: LiveServer, token: str, session_id: str, done: Callable[[list[dict]], bool]
) -> list[dict[str, Any]]:
    """Long-poll the session's feed until ``done(all changes)`` holds (the server wakes us)."""
    changes: list[dict[str, Any]] = []
    cursor = 0
    deadline = time.monotonic() + 30
    with httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=15
    ) as client:
        while not done(changes):
            assert time.monotonic() < deadline, f"the server never got there: {changes[-3:]}"
            answer = client.get(
                f"/api/v1/sessions/{session_id}/changes", params={"since": cursor, "wait": 5}
            ).json()
            changes += answer["changes"]
            cursor = answer["version"]
    return changes


def clock_changes(changes: list[dict]) -> list[dict]:
    return [c["data"] for c in changes if c["entity"] == "clock"]


def test_actions_taken_offline_survive_a_kill_and_reach_the_backend_once(
    live_server: LiveServer, start_console, moderator_env: dict[str, str], tmp_path: Path
):
    demo = live_server.load_demo("demo")
    moderator_env["MODERATOR_TOKEN"] = live_server.create_token("chair", sessions=[demo.session_id])
    proxy = FaultProxy(live_server.port)
    db = tmp_path / "console.sqlite3"
    follow = ("--backend", proxy.url, "--session", demo.session_id)
    try:
        console = start_console(db, *follow)
        console.wait_for_message("console ready")
        console.send("next_speaker")
        changes = wait_for_server(
            live_server, demo.staff_token, demo.session_id, lambda cs: len(clock_changes(cs)) == 1
        )
        allotted = clock_changes(changes)[0]["allotted_ms"]

        proxy.refuse()  # the network drops; the chair goes on
        console.send("add_time", "add_time", "add_time")
        console.wait_until(
            lambda records: (
                sum(
                    1
                    for r in records
                    if r.get("message") == "command applied" and r.get("command") == "adjust_time"
                )
                == 3
            ),
            what="three adjust_time commands",
        )
        console.kill9()

        proxy.heal()
        restarted = start_console(db, *follow)
        restarted.wait_for_message("console ready")
        changes = wait_for_server(
            live_server,
            demo.staff_token,
            demo.session_id,
            lambda cs: (
                bool(clock_changes(cs))
                and clock_changes(cs)[-1]["allotted_ms"] == allotted + 90_000
            ),
        )
        assert len(clock_changes(changes)) == 4, "give floor + three adjustments, each once"
        assert restarted.quit() == 0
        restarted.assert_no_errors()
    finally:
        proxy.close()
