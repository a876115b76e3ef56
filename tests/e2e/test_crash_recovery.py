"""Crash recovery: a console killed with SIGKILL loses nothing the chair has seen.

The console commits each command to SQLite (WAL, ``synchronous=FULL``) *before* it applies it
to the screen and before it logs "command applied". So every command whose "command applied"
line was written must be in the database after a ``kill -9``; the only command that may be there
without its line is the one the kill interrupted between its commit and its log line. A restart
must find everything (and must not load the demo meeting over it), and a clock stored as times
must read the same after the crash: still running (counting on from when it was started) or
still paused (frozen).

The random test is reproducible: its seed is printed and is part of every failure message;
``MODERATOR_E2E_SEED=<seed>`` replays it.
"""

from __future__ import annotations

import copy
import os
import random
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

SEED_VARIABLE = "MODERATOR_E2E_SEED"
ROUNDS = 4
MIN_ACTIONS, MAX_ACTIONS = 5, 40
#: The chair actions the random test sends, with weights: few "next speaker" so that the demo's
#: 15 speakers last for the whole test and most rounds have a clock to start, pause and adjust.
ACTION_WEIGHTS = {"next_speaker": 2, "start_pause": 3, "add_time": 2, "remove_time": 2}
#: Where the kill happens, relative to the last action sent:
#: "race" right after writing it to stdin, "received" once the console logged reading it (so the
#: kill races its commit and its log line), "handled" once it was completely handled.
KILL_MOMENTS = ("race", "received", "handled")
DEMO_FIRST_SPEAKER_MS = 5 * 60_000

Document = dict[str, Any]


def _now_ms() -> int:
    return int(time.time() * 1000)


def _logged_args(record: Document) -> dict[str, Any]:
    """The JSON arguments of a "command applied" log record.

    The field is ``command_args`` (``args`` is a reserved LogRecord attribute and cannot be
    passed as ``extra``); ``args`` is accepted too, the name it had in the first design.
    """
    args = record.get("command_args", record.get("args"))
    assert isinstance(args, dict), f"a 'command applied' line without its arguments: {record}"
    return args


def _only_session(document: Document) -> Document:
    sessions = [s for meeting in document["meetings"] for s in meeting["sessions"]]
    assert len(sessions) == 1, f"expected the demo's one session, found {len(sessions)}"
    return sessions[0]


def _speaker(session: Document, entry_id: str) -> Document:
    for item in session["agenda_items"]:
        for speaker in item["speakers"]:
            if speaker["id"] == entry_id:
                return speaker
    raise AssertionError(f"no speaker entry {entry_id} in the export")


def _durable(document: Document) -> Document:
    """The export without what is computed from "now" (it differs between two exports)."""
    durable = copy.deepcopy(document)
    durable.pop("exported_at_ms", None)
    for meeting in durable["meetings"]:
        for session in meeting["sessions"]:
            session.pop("projected_end_ms", None)
            for key in ("remaining_ms", "display", "phase"):
                session["clock"].pop(key, None)
    return durable


def _commands_text(commands: list[Any]) -> str:
    lines = []
    for c in commands:
        name, args = (c["name"], c["args"]) if isinstance(c, dict) else c
        detail = {k: v for k, v in args.items() if k != "session_id"}
        lines.append(f"    {name} {detail}")
    return "\n".join(lines) or "    (none)"


# --- the random kill test ------------------------------------------------------------------------


def test_no_seen_command_is_lost_when_the_console_is_killed(
    start_console, export, tmp_path: Path
) -> None:
    seed_text = os.environ.get(SEED_VARIABLE)
    seed = int(seed_text) if seed_text else random.SystemRandom().randrange(2**32)
    print(f"crash test seed {seed} (replay: {SEED_VARIABLE}={seed})")
    try:
        _kill_and_restart_rounds(
            random.Random(seed), start_console, export, tmp_path / "meeting.sqlite3"
        )
    except AssertionError as error:
        raise AssertionError(
            f"[seed {seed}; replay with {SEED_VARIABLE}={seed}] {error}"
        ) from error


def _kill_and_restart_rounds(rng: random.Random, start_console, export, db: Path) -> None:
    names = list(ACTION_WEIGHTS)
    weights = list(ACTION_WEIGHTS.values())
    confirmed: list[Document] = []  # the command log as the previous export showed it
    session_id = None
    for round_number in range(1, ROUNDS + 1):
        console = start_console(db)
        ready = console.wait_for_message("console ready")
        demo_loads = console.matching("demo meeting loaded")
        if round_number == 1:
            assert demo_loads, "the first start on an empty database loads the demo meeting"
            session_id = ready["session_id"]
        else:
            assert not demo_loads, f"round {round_number}: the demo was loaded over the meeting"
            assert ready["session_id"] == session_id, "the console opened another session"

        count = rng.randint(MIN_ACTIONS, MAX_ACTIONS)
        last = rng.randrange(count)  # index of the last action sent before the kill
        moment = rng.choice(KILL_MOMENTS)
        plan: list[str] = []
        for index in range(last + 1):
            action = rng.choices(names, weights)[0]
            console.send(action)
            plan.append(action)
            if index < last:
                if rng.random() < 0.5:
                    console.barrier()
                    plan.append("|")
                continue
            if moment == "received":
                sent = len(plan) - plan.count("|")
                console.wait_until(
                    lambda records, sent=sent: (
                        sum(r.get("message") == "stdin action" for r in records) >= sent
                    ),
                    what=f"'stdin action' line for action {sent}",
                )
            elif moment == "handled":
                console.barrier()
        context = (
            f"round {round_number}: sent {' '.join(plan)} ('|' = waited until handled), "
            f"killed {moment!r}"
        )
        console.assert_alive(f"before the kill ({context})")
        console.kill9()
        console.assert_no_errors()
        seen = [(r["command"], _logged_args(r)) for r in console.applied_commands()]

        after_kill = export(db)
        _check_command_log(
            confirmed,
            seen,
            after_kill["commands"],
            max_unseen=0 if moment == "handled" else 1,
            context=context,
        )
        _check_turns_match_commands(after_kill, context)
        unseen = len(after_kill["commands"]) - len(confirmed) - len(seen)
        print(f"{context}: {len(seen)} command(s) seen, {unseen} stored without a log line")

        restarted = start_console(db)
        again = restarted.wait_for_message("console ready")
        assert not restarted.matching("demo meeting loaded"), (
            f"{context}: the restart loaded the demo meeting over the data"
        )
        assert again["session_id"] == session_id, f"{context}: the restart opened another session"
        returncode = restarted.quit()
        assert returncode == 0, f"{context}: the restarted console exited with {returncode}. " + (
            restarted.describe()
        )
        restarted.assert_no_errors()
        after_restart = export(db)
        assert after_restart["commands"] == after_kill["commands"], (
            f"{context}: the restart changed the command log"
        )
        assert _durable(after_restart) == _durable(after_kill), (
            f"{context}: the restart changed the stored meeting"
        )
        confirmed = after_restart["commands"]
    assert confirmed, "four rounds of random actions committed no command at all"


def _check_command_log(
    confirmed: list[Document],
    seen: list[tuple[str, dict]],
    exported: list[Document],
    *,
    max_unseen: int,
    context: str,
) -> None:
    """The export holds the earlier log unchanged, then every command seen, in order.

    After the seen commands there may be ``max_unseen`` more: the command the kill interrupted
    after its commit and before its log line (commands are handled one at a time, so at most one).
    """
    seqs = [c["seq"] for c in exported]
    assert seqs == sorted(set(seqs)), f"{context}: journal numbers not increasing: {seqs}"
    ids = [c["id"] for c in exported]
    assert len(ids) == len(set(ids)), f"{context}: a command id appears twice"
    assert exported[: len(confirmed)] == confirmed, (
        f"{context}: commands confirmed by the previous export changed or vanished.\n"
        f"  before:\n{_commands_text(confirmed)}\n  now:\n{_commands_text(exported)}"
    )
    new = [(c["name"], c["args"]) for c in exported[len(confirmed) :]]
    assert new[: len(seen)] == seen, (
        f"{context}: the export does not hold every command whose 'command applied' line was "
        f"written, in order.\n  seen in the log:\n{_commands_text(seen)}\n"
        f"  exported (this round):\n{_commands_text(new)}"
    )
    unseen = new[len(seen) :]
    assert len(unseen) <= max_unseen, (
        f"{context}: {len(unseen)} command(s) stored without their 'command applied' line "
        f"(at most {max_unseen} may be in flight at a kill):\n{_commands_text(unseen)}"
    )


def _check_turns_match_commands(document: Document, context: str) -> None:
    """Every give_floor stored opened exactly its turn: the state agrees with the log."""
    opened = [c["args"]["turn_id"] for c in document["commands"] if c["name"] == "give_floor"]
    turns = [t["id"] for t in _only_session(document)["turns"]]
    assert sorted(turns) == sorted(opened), (
        f"{context}: turns {turns} do not match the give_floor commands {opened}"
    )


# --- the clock after a crash ---------------------------------------------------------------------


def test_a_running_clock_keeps_running_after_a_kill(start_console, export, tmp_path: Path) -> None:
    db = tmp_path / "running.sqlite3"
    console = start_console(db)
    console.wait_for_message("console ready")
    console.send("next_speaker")
    give = console.wait_for_message("command applied", command="give_floor")
    at_ms = _logged_args(give)["at_ms"]
    entry_id, turn_id = _logged_args(give)["entry_id"], _logged_args(give)["turn_id"]

    # An export while the console runs (WAL lets a reader in); it takes a few hundred ms, so
    # the clock has been running for a while when the console is killed.
    live = _only_session(export(db))
    allotted = _speaker(live, entry_id)["allotted_ms"]
    assert allotted == DEMO_FIRST_SPEAKER_MS, "the demo's first speaker has 5:00"
    assert live["clock"]["status"] == "running", live["clock"]
    console.assert_alive("while its clock was running")
    console.kill9()
    console.assert_no_errors()

    before = _now_ms()
    document = export(db)
    now = _now_ms()
    clock = _only_session(document)["clock"]
    exported_at = document["exported_at_ms"]
    assert clock["status"] == "running", f"the clock stopped with the crash: {clock}"
    assert (clock["entry_id"], clock["turn_id"]) == (entry_id, turn_id), clock
    assert clock["running_since_ms"] == at_ms, "the clock runs since the give_floor's at_ms"
    assert clock["accumulated_ms"] == 0, clock
    assert clock["allotted_ms"] == allotted, clock
    assert before - 250 <= exported_at <= now + 250, (
        f"exported_at_ms {exported_at} is not the time of the export ({before}..{now})"
    )
    assert clock["remaining_ms"] == allotted - (exported_at - clock["running_since_ms"]), clock
    expected_now = allotted - (now - at_ms)
    assert abs(clock["remaining_ms"] - expected_now) <= 1000, (
        f"remaining {clock['remaining_ms']} ms, but {allotted} ms allotted at {at_ms} leaves "
        f"{expected_now} ms now"
    )
    assert clock["remaining_ms"] < allotted, "the clock did not run before the kill"

    _check_restart_agrees(start_console, export, db, document, clock_running=True)


def test_a_paused_clock_stays_frozen_after_a_kill(start_console, export, tmp_path: Path) -> None:
    db = tmp_path / "paused.sqlite3"
    console = start_console(db)
    console.wait_for_message("console ready")
    console.send("next_speaker")
    give = console.wait_for_message("command applied", command="give_floor")
    console.send("start_pause")
    pause = console.wait_for_message("command applied", command="pause_clock")
    console.assert_alive("after the pause")
    console.kill9()
    console.assert_no_errors()

    first = export(db)
    second = export(db)
    assert second["exported_at_ms"] > first["exported_at_ms"]
    clocks = [_only_session(doc)["clock"] for doc in (first, second)]
    give_args, pause_args = _logged_args(give), _logged_args(pause)
    allotted = _speaker(_only_session(first), give_args["entry_id"])["allotted_ms"]
    spoken = pause_args["at_ms"] - give_args["at_ms"]
    for clock in clocks:
        assert clock["status"] == "paused", f"the pause was lost with the crash: {clock}"
        assert clock["running_since_ms"] is None, clock
        assert clock["turn_id"] == give_args["turn_id"], clock
        assert clock["accumulated_ms"] == spoken, clock
        assert clock["remaining_ms"] == allotted - spoken, clock
    assert clocks[0] == clocks[1], (
        f"a paused clock moved between two exports "
        f"{second['exported_at_ms'] - first['exported_at_ms']} ms apart: {clocks}"
    )

    _check_restart_agrees(start_console, export, db, first, clock_running=False)


def _check_restart_agrees(
    start_console, export, db: Path, after_kill: Document, *, clock_running: bool
) -> None:
    """A console restarted on the file shows what the export showed, and changes nothing."""
    restarted = start_console(db)
    ready = restarted.wait_for_message("console ready")
    assert not restarted.matching("demo meeting loaded"), "the restart reloaded the demo"
    assert ready["session_id"] == _only_session(after_kill)["id"], (
        "the restart opened another session"
    )
    restarted.wait_until(
        lambda records: any(r.get("message") == "first paint" for r in records),
        what="'first paint' line",
    )

    live_document = export(db)  # while the restarted console runs
    restarted.assert_alive("after restarting on the crashed file")
    live = _only_session(live_document)["clock"]
    assert _durable(live_document) == _durable(after_kill), "the restart changed the stored state"
    if clock_running:
        assert live["status"] == "running", live
        assert live["remaining_ms"] == live["allotted_ms"] - (
            live_document["exported_at_ms"] - live["running_since_ms"]
        ), live
        assert live["remaining_ms"] < _only_session(after_kill)["clock"]["remaining_ms"], (
            "the restarted clock did not run on"
        )
    else:
        assert live == _only_session(after_kill)["clock"], "a paused clock moved after a restart"

    returncode = restarted.quit()
    assert returncode == 0, (
        f"the restarted console exited with {returncode}. {restarted.describe()}"
    )
    restarted.assert_no_errors()
    final = export(db)
    assert _durable(final) == _durable(after_kill), "closing the restarted console changed the data"
