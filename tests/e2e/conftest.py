"""Fixtures for the end-to-end tests: the real console as a subprocess, driven through stdin.

The console runs exactly as a chair starts it (``python -m moderator``), on the offscreen Qt
platform, with a private HOME and XDG folders so that QSettings and platformdirs write into the
test's temporary folder, never into the developer's profile. It is driven with
``--control-stdin`` (one action name a line) and observed through ``--log-json`` (one JSON object
a line on stderr), read by a background thread.

Nothing here sleeps: every wait is a blocking read of the console's log lines with a deadline.

- ``start_console(db)`` starts a ``ConsoleProcess``; every console started is killed at teardown.
- ``export(db)`` runs ``moderator export --format json`` and returns the parsed document.
- ``run_moderator(*args)`` runs any other ``moderator`` command line and returns its result.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

#: How long a console may take to answer (start-up, an action, exiting) on a slow shared runner.
DEFAULT_TIMEOUT_S = 20.0
#: How long a window-less command (export, --version) may take before the test gives up.
COMMAND_TIMEOUT_S = 30.0

Record = dict[str, Any]
_EOF = object()


def _parse_json_line(line: str) -> Record | None:
    if not line.startswith("{"):
        return None
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _format_error(record: Record) -> str:
    detail = record.get("traceback") or record.get("error") or ""
    return f"{record.get('message')}\n{detail}".rstrip()


class ConsoleProcess:
    """One running console; its JSON log records arrive in ``records`` as they are read."""

    def __init__(
        self,
        db: Path,
        *,
        env: dict[str, str],
        cwd: Path,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.db = Path(db)
        self.argv = [
            sys.executable, "-m", "moderator", "--db", str(self.db),
            "--log-json", "--control-stdin", *extra_args,
        ]  # fmt: skip
        self.process = subprocess.Popen(
            self.argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            cwd=cwd,
        )
        #: Every JSON record read so far, in order (filled by the test thread from the queue).
        self.records: list[Record] = []
        self._lines: deque[str] = deque(maxlen=400)  # raw stderr, for failure messages
        self._queue: queue.Queue[object] = queue.Queue()
        self._cursor = 0  # records before this were already looked at by ``wait_for``
        self._eof = False
        self._barriers = 0
        self._reader = threading.Thread(
            target=self._read_stderr, name=f"console-{self.process.pid}-stderr", daemon=True
        )
        self._reader.start()

    # --- reading the log -----------------------------------------------------------------------

    def _read_stderr(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        try:
            for raw in iter(stream.readline, b""):
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                self._lines.append(line)
                record = _parse_json_line(line)
                if record is not None:
                    self._queue.put(record)
        finally:
            self._queue.put(_EOF)

    def _take(self, timeout: float) -> None:
        """Move one item from the reader's queue to ``records``, waiting at most ``timeout``."""
        try:
            item = self._queue.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return
        if item is _EOF:
            self._eof = True
        else:
            self.records.append(item)  # type: ignore[arg-type]

    def _take_available(self) -> None:
        while not self._eof:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is _EOF:
                self._eof = True
            else:
                self.records.append(item)  # type: ignore[arg-type]

    def wait_for(
        self,
        predicate: Callable[[Record], bool],
        timeout: float = DEFAULT_TIMEOUT_S,
        what: str = "the expected log line",
        *,
        fail_on_error: bool = True,
    ) -> Record:
        """The next record (after those earlier calls looked at) that matches ``predicate``.

        Gives up at once when the console logs an error first (unless ``fail_on_error`` is off):
        an unexpected error usually means the awaited line will never come.
        """
        deadline = time.monotonic() + timeout
        while True:
            while self._cursor < len(self.records):
                record = self.records[self._cursor]
                self._cursor += 1
                if predicate(record):
                    return record
                if fail_on_error and record.get("level") in ("error", "critical"):
                    raise AssertionError(
                        f"the console logged an error while waiting for {what}: "
                        f"{_format_error(record)}\n{self.describe()}"
                    )
            if self._eof:
                raise AssertionError(f"the console ended before {what}. {self.describe()}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {what} within {timeout:.0f} s. {self.describe()}")
            self._take(remaining)

    def wait_for_message(
        self, message: str, timeout: float = DEFAULT_TIMEOUT_S, **fields: Any
    ) -> Record:
        """The next record with this ``message`` and these field values."""

        def matches(record: Record) -> bool:
            return record.get("message") == message and all(
                record.get(key) == value for key, value in fields.items()
            )

        detail = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        return self.wait_for(
            matches, timeout, f"log line {message!r}" + (f" ({detail})" if detail else "")
        )

    def wait_until(
        self,
        condition: Callable[[list[Record]], bool],
        timeout: float = DEFAULT_TIMEOUT_S,
        what: str = "the expected log lines",
    ) -> None:
        """Wait until ``condition(records)`` holds for all the records read so far."""
        deadline = time.monotonic() + timeout
        self._take_available()
        while not condition(self.records):
            if self._eof:
                raise AssertionError(f"the console ended before {what}. {self.describe()}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {what} within {timeout:.0f} s. {self.describe()}")
            self._take(remaining)

    def matching(self, message: str, **fields: Any) -> list[Record]:
        """The records read so far with this message and these field values."""
        self._take_available()
        return [
            r
            for r in self.records
            if r.get("message") == message and all(r.get(k) == v for k, v in fields.items())
        ]

    def applied_commands(self) -> list[Record]:
        """Every "command applied" record read so far, in the order the console wrote them."""
        return self.matching("command applied")

    def errors(self) -> list[Record]:
        self._take_available()
        return [r for r in self.records if r.get("level") in ("error", "critical")]

    def assert_no_errors(self) -> None:
        errors = self.errors()
        if errors:
            others = "".join(f"\n- then: {r.get('message')}" for r in errors[1:4])
            raise AssertionError(
                f"the console logged {len(errors)} error(s); the first: "
                f"{_format_error(errors[0])}{others}\n{self.describe()}"
            )

    def describe(self, lines: int = 30) -> str:
        state = "running" if self.alive else f"exited with code {self.process.returncode}"
        tail = list(self._lines)[-lines:]
        return (
            f"Console pid {self.process.pid} on {self.db} is {state}; "
            f"last {len(tail)} stderr line(s):\n" + "\n".join(tail)
        )

    # --- driving the console -------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def assert_alive(self, context: str = "") -> None:
        if not self.alive:
            self._finish_reading()
            raise AssertionError(
                f"the console died by itself{(' ' + context) if context else ''}. {self.describe()}"
            )

    def send(self, *actions: str) -> None:
        """Write action names to the console's stdin (one a line) without waiting for them."""
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write("".join(f"{action}\n" for action in actions).encode())
            stdin.flush()
        except (BrokenPipeError, OSError) as error:
            self._finish_reading()
            raise AssertionError(f"cannot send {actions} ({error}). {self.describe()}") from error

    def barrier(self, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        """Return once the console has handled every action sent before.

        Sends a unique unknown action name: the console handles stdin lines one after the other
        and logs an unknown name as a warning, so once that warning is read every earlier action
        has been handled (committed and logged, or rejected).
        """
        self._barriers += 1
        token = f"e2e-barrier-{self._barriers}"
        self.send(token)
        self.wait_for_message("unknown action on stdin", timeout, action=token)

    def kill9(self) -> int:
        """SIGKILL the console (a crash or a power cut), wait for it and read its last lines."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        returncode = self.process.wait(timeout=DEFAULT_TIMEOUT_S)
        self._finish_reading()
        return returncode

    def quit(self, timeout: float = DEFAULT_TIMEOUT_S) -> int:
        """Trigger the ``quit`` action and return the exit code."""
        self.send("quit")
        return self.wait_exit(timeout)

    def wait_exit(self, timeout: float = DEFAULT_TIMEOUT_S) -> int:
        try:
            returncode = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"the console did not exit within {timeout:.0f} s. {self.describe()}"
            ) from None
        self._finish_reading()
        return returncode

    def _finish_reading(self) -> None:
        """After the process ended: read everything it wrote before it died, up to EOF."""
        self._reader.join(timeout=DEFAULT_TIMEOUT_S)
        self._take_available()

    def close(self) -> None:
        """Teardown: kill the console if it still runs; release its pipes and reader thread."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=DEFAULT_TIMEOUT_S)
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        self._reader.join(timeout=DEFAULT_TIMEOUT_S)
        if self.process.stderr is not None:
            self.process.stderr.close()


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def moderator_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of every ``moderator`` subprocess: offscreen, private HOME and XDG."""
    home = tmp_path_factory.mktemp("home")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONWARNINGS"):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONIOENCODING="utf-8",
        # A console that dies of a fatal signal by itself leaves its Python stack on stderr.
        PYTHONFAULTHANDLER="1",
    )
    return env


@pytest.fixture
def start_console(
    moderator_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[..., ConsoleProcess]]:
    """``start_console(db, *extra_args)``: a console on ``db``; all are killed at teardown."""
    started: list[ConsoleProcess] = []

    def start(db: Path, *extra_args: str) -> ConsoleProcess:
        console = ConsoleProcess(db, env=moderator_env, cwd=tmp_path, extra_args=extra_args)
        started.append(console)
        return console

    yield start
    for console in started:
        console.close()


@pytest.fixture
def run_moderator(
    moderator_env: dict[str, str], tmp_path: Path
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_moderator(*args)``: run ``python -m moderator ARGS`` to the end, output captured."""

    def run(
        *args: object, program: list[str] | None = None, timeout: float = COMMAND_TIMEOUT_S
    ) -> subprocess.CompletedProcess[str]:
        argv = [*(program or [sys.executable, "-m", "moderator"]), *map(str, args)]
        try:
            return subprocess.run(
                argv,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=moderator_env,
                cwd=tmp_path,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as error:
            raise AssertionError(
                f"{argv} did not finish within {timeout:.0f} s; stderr so far:\n{error.stderr!r}"
            ) from None

    return run


@pytest.fixture
def export(
    run_moderator: Callable[..., subprocess.CompletedProcess[str]],
) -> Callable[[Path], Record]:
    """``export(db)``: the parsed output of ``moderator export --format json --db DB``."""

    def export_state(db: Path) -> Record:
        result = run_moderator("export", "--format", "json", "--db", db)
        assert result.returncode == 0, (
            f"moderator export --db {db} failed with exit code {result.returncode}; "
            f"stderr:\n{result.stderr}"
        )
        try:
            document = json.loads(result.stdout)
        except ValueError as error:
            raise AssertionError(
                f"moderator export printed no valid JSON ({error}); stdout starts with "
                f"{result.stdout[:300]!r}; stderr:\n{result.stderr}"
            ) from None
        assert isinstance(document, dict), document
        return document

    return export_state
