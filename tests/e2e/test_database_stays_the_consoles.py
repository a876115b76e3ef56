"""Nothing in the console's process or on the laptop takes its database away from it.

The day this was found: ``moderator --db ./day.sqlite`` run from the agenda folder, Ctrl+I's
file dialog listed that folder and opened the database and its ``-wal``/``-shm`` to guess their
types; closing them dropped every SQLite lock of the console on the file. ``moderator check``
then took the file for unused and, closing, deleted the live ``-wal``/``-shm``; later actions
failed with "disk I/O error" under a status bar saying "Saved locally", and a floor given just
before a ``kill -9`` was gone from the file.

Here the real console (a subprocess, offscreen) runs on a database in its current folder, its
own Ctrl+I dialog lists that folder while the chair goes on working, ``moderator check`` runs
on the file, more actions follow, and the console is killed with SIGKILL. The kernel says what
happened meanwhile (inotify: which files were opened; ``/proc/locks``: the console's SQLite
locks), and every action the console acknowledged ("command applied": committed and on
screen) is in the file afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.file_watch import OpenWatch, flock_holders, posix_locks, require_linux

pytestmark = pytest.mark.e2e

DATABASE = "day.sqlite"
COMPANIONS = ("-wal", "-shm")


def _remember_import_folder(moderator_env: dict[str, str], folder: Path) -> None:
    """The console's settings say the last import came from ``folder`` (the staff's agenda
    folder, which holds the database): its Ctrl+I dialog opens there."""
    settings = Path(moderator_env["XDG_CONFIG_HOME"]) / "Moderator" / "Moderator.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[fileDialogs]\nimport={folder}\n", encoding="utf-8")


def _act(console, *names: str) -> None:  # type: ignore[no-untyped-def]
    """Chair actions by their shortcuts' names, each waited for until it is acknowledged."""
    for name in names:
        console.send(name)
        console.wait_for(lambda r: r.get("message") == "command applied", what=f"{name} applied")


def test_a_file_dialog_and_a_check_on_the_database_folder_lose_no_acknowledged_action(
    start_console, run_moderator, export, moderator_env: dict[str, str], tmp_path: Path
) -> None:
    require_linux()
    folder = tmp_path  # the console's current folder, as `moderator --db ./day.sqlite` has it
    (folder / "agenda.csv").write_text("Session ID,Date,Title\n", encoding="utf-8")
    db = folder / DATABASE
    _remember_import_folder(moderator_env, folder)
    console = start_console(db)
    console.wait_for_message("console ready")
    _act(console, "next_speaker", "start_pause")
    pid = console.process.pid
    locks = {name: posix_locks(folder / name, pid) for name in (DATABASE, DATABASE + "-shm")}
    assert all(locks.values()), f"the console holds no SQLite lock to lose: {locks}"
    companions = {s: (folder / (DATABASE + s)).stat().st_ino for s in COMPANIONS}
    assert flock_holders(folder / (DATABASE + ".lock")) == {pid}, "no instance lock on its file"

    watch = OpenWatch(folder)
    try:
        console.send("import_agenda")  # Ctrl+I: the file dialog, modal, in the console
        listed = console.wait_for_message("file dialog listed a folder", purpose="import")
        assert Path(listed["folder"]) == folder, listed
        _act(console, "start_pause", "add_time")  # the chair goes on with the dialog open
        opened = [name for name in watch.opened() if name.startswith(DATABASE)]
    finally:
        watch.close()
    assert opened == [], f"the console's file dialog opened the database's files: {opened}"
    now = {name: posix_locks(folder / name, pid) for name in locks}
    assert now == locks, f"the console's SQLite locks changed: before {locks}, now {now}"

    check = run_moderator("check", "--offline", "--db", DATABASE)
    assert check.returncode in (0, 1), f"moderator check: {check.returncode}\n{check.stderr}"
    assert f"open in a Moderator console (pid {pid})" in check.stdout, check.stdout
    for suffix, inode in companions.items():
        companion = folder / (DATABASE + suffix)
        assert companion.exists() and companion.stat().st_ino == inode, (
            f"moderator check removed or replaced the console's live {companion.name}"
        )

    assert flock_holders(folder / (DATABASE + ".lock")) == {pid}, "the instance lock was lost"

    _act(console, "next_speaker", "add_time", "start_pause", "next_speaker")
    console.assert_alive("before the kill")
    console.kill9()
    console.assert_no_errors()
    acknowledged = [(r["command"], r["command_args"]) for r in console.applied_commands()]
    stored = [(c["name"], c["args"]) for c in export(db)["commands"]]
    assert stored == acknowledged, (
        "the file does not hold exactly the actions the console acknowledged:\n"
        f"  acknowledged: {[name for name, _ in acknowledged]}\n"
        f"  in the file:  {[name for name, _ in stored]}"
    )
