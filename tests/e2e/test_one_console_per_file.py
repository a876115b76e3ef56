"""One console per database file (issue 12: two consoles opened on the same file both wrote; the
turn log diverged, two turns for one speaker, and each window showed another clock).

Two real consoles on one file: the second asks the first to come forward (seen in the first's
log), says why on stderr and exits without writing a byte. Window-less readers keep working
alongside a running console; ``moderator import``, a writer, is refused while a console holds
the file. Every wait is a blocking read of a log line or a process end, never a sleep.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "agenda-example.xlsx"


def _file_state(db: Path) -> dict[str, tuple[str, int]]:
    """The bytes (hash) and modification time of the database and its WAL."""
    state = {}
    for path in (db, db.with_name(db.name + "-wal")):
        if path.exists():
            state[path.name] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return state


def _command_log(db: Path) -> list[tuple]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT * FROM command_log ORDER BY 1").fetchall()
    finally:
        connection.close()


@pytest.fixture
def running_console(start_console, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A console on a fresh file with the floor given (one command in the log), settled."""
    db = tmp_path / "meeting.sqlite3"
    console = start_console(db)
    console.wait_for_message("console ready")
    console.send("next_speaker")
    console.wait_for_message("command applied", command="give_floor")
    console.barrier()
    return console


def test_a_second_console_on_the_same_file_brings_the_first_forward_and_writes_nothing(
    running_console, start_console
) -> None:
    first = running_console
    db = first.db
    before, log_before = _file_state(db), _command_log(db)
    assert log_before, "the first console's give_floor is in the command log"

    second = start_console(db)
    code = second.wait_exit()

    assert code == 2, second.describe()
    stderr = second.describe(lines=400)
    assert (
        f"This agenda ({db}) is already open in another Moderator window "
        f"(pid {first.process.pid})." in stderr
    ), stderr
    assert "That window was brought forward." in stderr, stderr
    first.wait_for_message("brought forward for another start", requester_pid=second.process.pid)
    assert second.matching("console ready") == [], "the second console opened the file"
    assert second.matching("demo meeting loaded") == []
    assert _file_state(db) == before, "the second console changed the database or its WAL"
    assert _command_log(db) == log_before

    # The first console goes on as before: the chair's next action lands, once.
    first.send("start_pause")
    first.wait_for_message("command applied", command="pause_clock")
    assert first.quit() == 0
    first.assert_no_errors()
    assert len(_command_log(db)) == len(log_before) + 1


def test_the_file_opens_again_after_the_first_console_quits(running_console, start_console) -> None:
    first = running_console
    assert first.quit() == 0
    again = start_console(first.db)
    again.wait_for_message("console ready")
    assert again.quit() == 0
    again.assert_no_errors()


def test_the_file_opens_again_after_the_first_console_is_killed(
    running_console, start_console
) -> None:
    first = running_console
    first.kill9()
    again = start_console(first.db)
    again.wait_for_message("console ready")  # the OS freed the lock: no stale lock
    assert again.quit() == 0


def test_readers_run_alongside_a_console_and_import_is_refused(
    running_console, run_moderator, tmp_path: Path
) -> None:
    first = running_console
    db = first.db
    log_before = _command_log(db)

    exported = run_moderator("export", "--format", "json", "--db", db)
    assert exported.returncode == 0, exported.stderr
    report = run_moderator(
        "report", "--session", "*", "-o", tmp_path / "r.csv", "--db", db
    )  # an unknown session: refused for that reason, not for the lock
    assert "already open" not in report.stderr, report.stderr
    agenda = run_moderator("export-agenda", "--format", "json", "--db", db)
    assert agenda.returncode == 0, agenda.stderr
    check = run_moderator("check", "--db", db, "--offline")
    assert check.returncode in (0, 1), check.stderr  # ready or not: it ran
    assert "already open" not in check.stdout + check.stderr
    dry_run = run_moderator("import", EXAMPLE, "--db", db, "--dry-run")
    assert dry_run.returncode == 0, dry_run.stderr

    before = _file_state(db)
    imported = run_moderator("import", EXAMPLE, "--db", db)
    assert imported.returncode == 2, imported.stdout
    assert imported.stderr.strip() == (
        f"moderator: This agenda ({db}) is already open in another Moderator window "
        f"(pid {first.process.pid}). Close that window (or import from it), then try again. "
        "Nothing was imported."
    )
    assert _file_state(db) == before
    assert _command_log(db) == log_before
    first.assert_alive()
    assert first.quit() == 0
    first.assert_no_errors()


def test_a_holder_that_does_not_answer_still_keeps_the_second_console_out(
    start_console, tmp_path: Path
) -> None:
    """A console that holds the file but does not answer (still opening it, or hung): the
    second start tries for a while, says so, and quits without creating or writing the file."""
    import subprocess
    import sys

    db = tmp_path / "meeting.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from moderator.storage.instance_lock import InstanceLock; "
            "lock = InstanceLock.acquire(Path(sys.argv[1])); print('holding', flush=True); "
            "sys.stdin.readline()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        second = start_console(db)
        assert second.wait_exit() == 2
        stderr = second.describe(lines=400)
        assert f"already open in another Moderator window (pid {holder.pid})." in stderr
        assert "That window did not answer; look for it on the taskbar." in stderr
        assert not db.exists(), "the second console created the database"
        assert second.matching("console ready") == []
    finally:
        holder.kill()
        holder.communicate(timeout=30)
