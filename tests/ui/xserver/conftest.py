"""A real X server for the console: Xvfb at a laptop's resolution with a window manager.

pytest-qt's offscreen QApplication already lives in the test process, so the console runs in a
subprocess on the xcb platform against this server (``tests/support/xserver_console.py``).
Without Xvfb or openbox (a developer's machine) the tests skip with the reason;
``scripts/setup.sh`` installs them, so CI runs them.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "test-artifacts" / "xserver"
DRIVER = ROOT / "tests" / "support" / "xserver_console.py"
START_TIMEOUT_S = 30  # bounds, not expectations: the machine may be loaded
RUN_TIMEOUT_S = 300


@dataclass
class XServer:
    display: str
    width: int
    height: int

    def run_console(self) -> dict:
        """The console on this server, as ``xserver_console.py`` measured it."""
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        done = subprocess.run(
            [sys.executable, str(DRIVER), str(ARTIFACTS)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        assert done.returncode == 0 and lines, (
            f"the console did not run on {self.display}: rc={done.returncode}\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
        return json.loads(lines[-1])


def _window_manager_running(env: dict) -> bool:
    answer = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return "window id" in answer.stdout


def _start_window_manager(env: dict, display: str) -> subprocess.Popen:
    """openbox on ``display``, running once the root window names it (a start that dies or
    does not come up is tried again: once in a while openbox exits at once on a new server)."""
    log = ARTIFACTS / f"openbox-{display.strip(':')}.log"
    for _attempt in range(3):
        with log.open("w") as stderr:
            openbox = subprocess.Popen(
                ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
        if shutil.which("xprop") is None:
            return openbox
        deadline = time.monotonic() + START_TIMEOUT_S / 3
        while time.monotonic() < deadline and openbox.poll() is None:
            if _window_manager_running(env):
                return openbox
            time.sleep(0.05)
        _stop(openbox)
    pytest.fail(f"openbox did not start on {display}: {log.read_text()[-2000:]}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(params=[(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def xserver(request: pytest.FixtureRequest) -> Iterator[XServer]:
    """Xvfb at the parameter's resolution, with openbox managing its windows."""
    width, height = request.param
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"no {' or '.join(missing)} (scripts/setup.sh installs them)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    processes = [xvfb]
    try:
        number = b""
        deadline = time.monotonic() + START_TIMEOUT_S
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                break
            chunk = os.read(read_end, 16)  # Xvfb writes its display number when ready
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        if not number.strip():
            pytest.fail("Xvfb did not report a display")
        display = f":{number.decode().strip()}"
        env = dict(os.environ, DISPLAY=display)
        processes.append(_start_window_manager(env, display))
        yield XServer(display, width, height)
    finally:
        for process in reversed(processes):
            _stop(process)
