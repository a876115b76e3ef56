"""The real console, restarted on a file whose session it follows on the real server (issue 13,
finding 4: after a restart without a keyring, sync was silently off).

Each start is ``python -m moderator --db FILE`` as a chair runs it, with no keyring backend at
all (``PYTHON_KEYRING_BACKEND`` = keyring's null backend, as on a bare kiosk):

1. the session is followed from the command line (``--backend``, ``--session``), then quit;
2. restarted with ``MODERATOR_TOKEN`` only: it reconnects by itself and a hand raised online
   reaches it;
3. restarted with no token anywhere: it says it does not sync, the chair's action queues, and
   ``moderator check`` says "no token available: not syncing — press Ctrl+K";
4. restarted with the token again: the queued action reaches the backend.
"""

from __future__ import annotations

from pathlib import Path

from support.live_server import LiveServer
from test_console_backend import clock_changes, wait_for_server

NO_KEYRING = "keyring.backends.null.Keyring"


def test_a_followed_session_reconnects_after_a_restart_or_says_it_does_not(
    live_server: LiveServer, start_console, run_moderator, moderator_env, tmp_path: Path
):
    demo = live_server.load_demo("demo")
    chair = live_server.create_token("chair", sessions=[demo.session_id])
    db = tmp_path / "console.sqlite3"
    moderator_env["PYTHON_KEYRING_BACKEND"] = NO_KEYRING
    moderator_env["MODERATOR_TOKEN"] = chair

    first = start_console(db, "--backend", live_server.url, "--session", demo.session_id)
    first.wait_for_message("sync state", state="online")
    assert first.quit() == 0

    second = start_console(db)  # no --backend: the file knows where its session is followed
    second.wait_for_message(
        "followed session reconnects", session_id=demo.session_id, token_source="environment"
    )
    second.wait_for_message("sync state", state="online")
    participant = live_server.create_token("participant", participant=demo.participant_ids[0])
    with live_server.client(participant) as client:
        answer = client.post(f"/api/v1/sessions/{demo.session_id}/hands")
    assert answer.status_code == 201, answer.text
    second.wait_for(
        lambda r: r.get("message") == "backend changes shown" and "HandChanged" in r["events"],
        what="the hand raised online",
    )
    assert second.quit() == 0
    second.assert_no_errors()

    del moderator_env["MODERATOR_TOKEN"]
    third = start_console(db)
    third.wait_for_message(
        "followed session not syncing", backend=live_server.url, reason="no token"
    )
    third.send("next_speaker")
    third.wait_for_message("command applied", command="give_floor")
    third.barrier()
    assert third.matching("sync state") == [], "nothing syncs without a token"
    assert third.quit() == 0
    check = run_moderator("check", "--db", db, "--offline")
    assert (
        f"! Sync: 1 session followed on {live_server.url}, no token available: "
        "not syncing — press Ctrl+K"
    ) in check.stdout, check.stdout
    assert "! Changes to send: 1 change made on this laptop is waiting" in check.stdout
    assert chair not in (check.stdout + check.stderr)

    moderator_env["MODERATOR_TOKEN"] = chair
    fourth = start_console(db)
    changes = wait_for_server(
        live_server,
        demo.staff_token,
        demo.session_id,
        lambda cs: any(c.get("entry_id") for c in clock_changes(cs)),
    )
    assert [c["entry_id"] for c in clock_changes(changes)][-1] == demo.entry_ids[0]
    assert fourth.quit() == 0
    for console in (first, second, third, fourth):
        console.assert_no_errors()
        assert chair not in console.describe(lines=400), "the token is never logged"
