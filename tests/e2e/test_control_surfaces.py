"""The real console started with ``--control-port 0 --osc-port 0``: real HTTP and OSC clients
drive it, what they did is in the file, and a taken port leaves the console running."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from support.control_clients import send_osc

pytestmark = pytest.mark.e2e


def test_the_console_serves_its_actions_and_state_from_the_command_line(
    start_console, export, tmp_path: Path
) -> None:
    db = tmp_path / "meeting.sqlite3"
    console = start_console(db, "--control-port", "0", "--osc-port", "0")
    listening = console.wait_for_message("control surfaces listening", host="127.0.0.1")
    base = f"http://127.0.0.1:{listening['http_port']}"

    answer = httpx.post(f"{base}/actions/next_speaker", timeout=10)
    assert answer.status_code == 200, answer.text
    speaker = answer.json()["state"]["speaker_name"]
    console.wait_for_message("command applied", command="give_floor")
    assert httpx.get(f"{base}/state/speaker_name", timeout=10).text == speaker

    send_osc(listening["osc_port"], "/moderator/start_pause")
    console.wait_for_message("control action", action="start_pause", source="osc")
    unknown = httpx.post(f"{base}/actions/nxt_speaker", timeout=10)
    assert unknown.status_code == 404 and "next_speaker" in unknown.json()["nearest"]

    assert console.quit() == 0
    console.assert_no_errors()
    document = export(db)
    sessions = [s for meeting in document["meetings"] for s in meeting["sessions"]]
    given = [s for s in sessions if s["clock"]["entry_id"] is not None]
    assert len(given) == 1
    # The floor given over HTTP, then the clock paused over OSC: both in the file.
    assert [turn["name"] for turn in given[0]["turns"]] == [speaker]
    assert given[0]["clock"]["status"] == "paused"


def test_a_port_in_use_is_reported_and_the_console_runs_on(start_console, tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        console = start_console(tmp_path / "meeting.sqlite3", "--control-port", str(port))
        warning = console.wait_for_message("control surface not listening")
        assert f"port {port} is in use" in warning["reason"]
        console.send("next_speaker")
        console.wait_for_message("command applied", command="give_floor")
        assert console.quit() == 0
