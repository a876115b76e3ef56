"""A database the console cannot use is refused clearly, quickly and without touching it.

For each unusable file (not SQLite, damaged SQLite, a folder, another program's SQLite file,
locked by another program, written by a newer Moderator), both the console and ``moderator export``:

- exit with code 2, quickly (the lock case after the 3 s busy timeout);
- print one line on stderr, ``moderator: ...``, that names the path and the problem, no traceback;
- leave the file byte-identical, with no journal, WAL frames or backup added next to it.

Except that ``moderator export`` reads a file another program is writing (it reads what is
committed, read-only: a reader never waits for nor refuses a writer, the console writing the
file being the usual case).

The console runs as a chair starts it (offscreen, without ``--log-json``): what it prints is what
a technical assistant would read.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SQLITE_MAGIC = b"SQLite format 3\x00"
#: A refusal must come at once (start-up only); a lock is waited for up to the app's 3 s busy
#: timeout first. Generous for slow shared runners, far below "the console hangs".
QUICK_S = 10.0
LOCKED_S = 15.0


@dataclass
class Problem:
    kind: str
    path: Path
    #: Regular expressions (case-insensitive) the message must match: it says what is wrong.
    patterns: tuple[str, ...]
    max_seconds: float = QUICK_S
    #: The folder's contents before the test (taken before the lock is taken, for "locked").
    before: dict[str, str] = field(default_factory=dict)
    holder: sqlite3.Connection | None = None
    original_titles: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def release(self) -> None:
        """Let go of the lock another program holds (rolling back its pending write)."""
        if self.holder is not None:
            self.holder.execute("ROLLBACK")
            self.holder.close()
            self.holder = None


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder below ``folder`` with a hash of its bytes."""
    contents: dict[str, str] = {}
    for item in sorted(folder.rglob("*")):
        name = str(item.relative_to(folder))
        if item.is_dir():
            contents[name] = "<folder>"
        else:
            contents[name] = hashlib.sha256(item.read_bytes()).hexdigest()
    return contents


def _make_moderator_database(path: Path) -> None:
    """A real Moderator database with the demo meeting, closed cleanly (no WAL left behind)."""
    from moderator.services.agenda.demo import load_demo
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store

    engine = open_database(path)
    try:
        load_demo(Store(engine), int(time.time() * 1000))
    finally:
        engine.dispose()


def _meeting_titles(path: Path) -> list[str]:
    # A read-write connection, though it only reads: as the last one to close it removes the
    # WAL and shared-memory files, so the folder is as it was (a read-only one leaves them).
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM meetings ORDER BY id")]
    finally:
        connection.close()


PROBLEMS = (
    "garbage",
    "damaged-sqlite",
    "directory",
    "other-program-sqlite",
    "locked",
    "newer-schema",
    "newer-schema-rollback-journal",
)


@pytest.fixture(params=PROBLEMS)
def problem(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Problem]:
    kind: str = request.param
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "meeting.sqlite3"
    rng = random.Random(20_221_025)
    if kind == "garbage":
        data = rng.randbytes(16_384)
        assert not data.startswith(SQLITE_MAGIC[:1])
        path.write_bytes(data)
        found = Problem(kind, path, (r"not a SQLite database",))
    elif kind == "damaged-sqlite":
        path.write_bytes(SQLITE_MAGIC + rng.randbytes(8_192))
        found = Problem(kind, path, (r"damaged",))
    elif kind == "directory":
        path.mkdir()
        found = Problem(kind, path, (r"folder|directory",))
    elif kind == "other-program-sqlite":
        # Another program's SQLite file (rollback journal, as SQLite creates it by default).
        connection = sqlite3.connect(path)
        try:
            connection.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)")
            connection.execute("INSERT INTO places (url) VALUES ('https://example.org/')")
            connection.commit()
        finally:
            connection.close()
        found = Problem(kind, path, (r"another program",))
    elif kind == "locked":
        _make_moderator_database(path)
        found = Problem(kind, path, (r"locked",), max_seconds=LOCKED_S)
        found.original_titles = _meeting_titles(path)
        assert found.original_titles, "the demo meeting was not written"
    elif kind.startswith("newer-schema"):
        _make_moderator_database(path)
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
            if kind == "newer-schema-rollback-journal":
                # As a copy made by another tool may be: not in WAL mode. Opening it must not
                # switch it to WAL, which rewrites the file's header.
                assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
        finally:
            connection.close()
        found = Problem(kind, path, (r"newer version", r"9999"))
    else:  # pragma: no cover - PROBLEMS and this list go together
        raise AssertionError(kind)
    found.before = _snapshot(folder)
    if kind == "locked":
        # Another program writes to the file and keeps its transaction open.
        holder = sqlite3.connect(path, isolation_level=None, timeout=1)
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE meetings SET title = title || ' (being edited elsewhere)'")
        found.holder = holder
    yield found
    found.release()


def _assert_one_clear_line(stderr: str, problem: Problem, what: str) -> None:
    assert "Traceback" not in stderr, f"{what} printed a traceback:\n{stderr}"
    lines = [line for line in stderr.splitlines() if line.strip()]
    messages = [line for line in lines if line.startswith("moderator: ")]
    assert messages, f"{what} printed no 'moderator: ...' line; stderr:\n{stderr}"
    message = messages[0]
    assert str(problem.path) in message, f"{what}: the message does not name the path: {message}"
    for pattern in problem.patterns:
        assert re.search(pattern, message, re.IGNORECASE), (
            f"{what}: the message does not say what is wrong (/{pattern}/): {message}"
        )
    assert lines == [message], f"{what} must print exactly one line on stderr, not:\n{stderr}"


def _assert_untouched(problem: Problem, what: str) -> None:
    """The file has the same bytes and nothing that holds data was added next to it.

    SQLite itself may leave an *empty* ``-wal`` and a ``-shm`` (its shared-memory index, no
    data) after a read-only look at a WAL-mode file; a journal, a backup or a WAL with frames
    in it would mean the refusal wrote something.
    """
    after = _snapshot(problem.folder)
    main = str(problem.path.relative_to(problem.folder))
    assert after.get(main) == problem.before.get(main), (
        f"{what} changed the {problem.kind} database's bytes"
    )
    changed = {
        name: (problem.before.get(name), after.get(name))
        for name in set(problem.before) | set(after)
        if problem.before.get(name) != after.get(name)
    }
    empty = hashlib.sha256(b"").hexdigest()
    harmless = {f"{main}-shm": None, f"{main}-wal": empty}
    unexpected = {
        name: change
        for name, change in changed.items()
        if not (name in harmless and change[0] is None and harmless[name] in (None, change[1]))
    }
    assert not unexpected, (
        f"{what} changed the folder of the {problem.kind} database (name: before, after): "
        f"{unexpected}"
    )


def _check_lock_released_data_intact(problem: Problem, export: Callable[[Path], dict]) -> None:
    if problem.kind != "locked":
        return
    assert _meeting_titles(problem.path) == problem.original_titles
    document = export(problem.path)
    assert [m["title"] for m in document["meetings"]] == problem.original_titles


def test_the_console_refuses_an_unusable_database(problem: Problem, run_moderator, export) -> None:
    started = time.monotonic()
    result = run_moderator("--db", problem.path, timeout=60)
    elapsed = time.monotonic() - started
    what = f"the console on a {problem.kind} database"
    assert result.returncode == 2, (
        f"{what} exited with {result.returncode}, not 2; stderr:\n{result.stderr}"
    )
    assert elapsed < problem.max_seconds, f"{what} took {elapsed:.1f} s to give up"
    problem.release()
    _assert_untouched(problem, what)
    _check_lock_released_data_intact(problem, export)
    _assert_one_clear_line(result.stderr, problem, what)


@pytest.mark.parametrize(
    # A file another program is writing is not unusable to a reader: see the test below.
    "problem",
    [kind for kind in PROBLEMS if kind != "locked"],
    indirect=True,
)
def test_export_refuses_an_unusable_database(problem: Problem, run_moderator, export) -> None:
    started = time.monotonic()
    result = run_moderator("export", "--format", "json", "--db", problem.path, timeout=60)
    elapsed = time.monotonic() - started
    what = f"moderator export on a {problem.kind} database"
    assert result.returncode == 2, (
        f"{what} exited with {result.returncode}, not 2; stderr:\n{result.stderr}"
    )
    assert result.stdout == "", f"{what} printed something on stdout: {result.stdout[:300]!r}"
    assert elapsed < problem.max_seconds, f"{what} took {elapsed:.1f} s to give up"
    problem.release()
    _assert_untouched(problem, what)
    _check_lock_released_data_intact(problem, export)
    _assert_one_clear_line(result.stderr, problem, what)


@pytest.mark.parametrize("problem", ["locked"], indirect=True)
def test_export_reads_what_is_committed_while_another_program_writes(
    problem: Problem, run_moderator
) -> None:
    """A reader never waits for, nor refuses, a writer (the console writing the file is the
    usual case): it reads what is committed, read-only, and changes nothing."""
    result = run_moderator("export", "--format", "json", "--db", problem.path, timeout=60)
    assert result.returncode == 0, f"export exited with {result.returncode}: {result.stderr}"
    document = json.loads(result.stdout)
    assert [m["title"] for m in document["meetings"]] == problem.original_titles
    problem.release()
    _assert_untouched(problem, "moderator export while another program writes")


def test_export_of_a_missing_file_says_there_is_no_database(run_moderator, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "nothing-here.sqlite3"
    result = run_moderator("export", "--format", "json", "--db", path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines() == [f"moderator: no database at {path}"], (
        result.stderr
    )
    assert list(folder.iterdir()) == [], "export created a file"


@pytest.mark.parametrize("how", ["python -m moderator", "moderator script"])
def test_version(how: str, run_moderator) -> None:
    from moderator import __version__

    program = None
    if how == "moderator script":
        script = Path(sys.executable).with_name("moderator")
        if not script.exists():
            pytest.skip(f"no console script next to {sys.executable}")
        program = [str(script)]
    result = run_moderator("--version", program=program)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"moderator {__version__}\n"
    assert re.fullmatch(r"moderator \d+\.\d+\.\d+\S*\n", result.stdout)
    assert result.stderr == ""
