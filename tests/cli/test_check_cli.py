"""``moderator check`` as a real process against the real server on loopback.

Each run gets its own settings folder (``XDG_CONFIG_HOME``) and a keyring that is not the
developer's: the null backend (no keyring), or, for the "ready" run, an in-memory keyring set up
by a two-line wrapper that also reports two connected screens (offscreen Qt has no real screens;
everything else in that run is the real command).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.live_server import LiveServer, demo_upload

from moderator.services.agenda.offline import download_sessions
from moderator.services.sync.backend_client import BackendClient
from moderator.storage.database import open_database
from moderator.storage.repository import Store

REPO = Path(__file__).resolve().parents[2]
MEETING = "real"

READY_WRAPPER = """
import sys
import keyring
from keyring.backend import KeyringBackend

class Memory(KeyringBackend):
    priority = 1
    def __init__(self):
        super().__init__()
        self.saved = {}
    def get_password(self, service, user):
        return self.saved.get((service, user))
    def set_password(self, service, user, password):
        self.saved[(service, user)] = password
    def delete_password(self, service, user):
        self.saved.pop((service, user), None)

keyring.set_keyring(Memory())
import moderator.cli.check
moderator.cli.check._screen_names = lambda: ("eDP-1", "HDMI-1")
from moderator.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def meeting(live_server: LiveServer) -> tuple[str, str]:
    """A real (not demo) meeting with one session today; returns (staff token, session id)."""
    staff = live_server.create_token("staff", MEETING)
    upload = demo_upload(MEETING)
    upload["meeting"]["is_demo"] = False
    with live_server.client(staff) as client:
        client.put(f"/api/v1/meetings/{MEETING}", json=upload).raise_for_status()
    return staff, upload["sessions"][0]["id"]


def prepared_db(tmp_path: Path, server: LiveServer, token: str, session_id: str) -> Path:
    path = tmp_path / "console.sqlite3"
    engine = open_database(path)

    async def fetch() -> None:
        client = BackendClient(server.url, token)
        try:
            report = await download_sessions(
                client, Store(engine), [session_id], int(time.time() * 1000)
            )
            assert report.succeeded
        finally:
            await client.close()

    try:
        asyncio.run(fetch())
    finally:
        engine.dispose()
    return path


def settings_folder(tmp_path: Path, **values: str) -> Path:
    """The console's QSettings file (native format on Linux is INI) with ``values``."""
    folder = tmp_path / "config"
    conf = folder / "Moderator" / "Moderator.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for key, value in values.items():
        group, name = key.split("/")
        lines += [f"[{group}]", f"{name}={value}"]
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run_check(
    *args: str, tmp_path: Path, token: str | None = None, wrapper: bool = False, **settings: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(settings_folder(tmp_path, **settings)),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PYTHONUTF8": "1",
    }
    env.pop("MODERATOR_TOKEN", None)
    if token is not None:
        env["MODERATOR_TOKEN"] = token
    command = (
        [sys.executable, "-c", READY_WRAPPER] if wrapper else [sys.executable, "-m", "moderator"]
    )
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "check", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    return result, time.perf_counter() - started


def lines_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stdout.strip().splitlines()


def test_ready_exits_0(live_server, meeting, tmp_path):
    staff, session_id = meeting
    db = prepared_db(tmp_path, live_server, staff, session_id)

    result, seconds = run_check(
        "--db",
        str(db),
        "--backend",
        live_server.url,
        tmp_path=tmp_path,
        token=staff,
        wrapper=True,
        **{"speakerDisplay/screenName": "HDMI-1"},
    )

    print(f"\n{result.stdout}(ran in {seconds:.2f} s)")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_of(result)
    assert all(line.startswith("✓ ") for line in lines[:-1])
    # The followed session's line (issue 13: the console reconnects with this token).
    assert lines[-1] == "Ready: all 10 checks passed."
    assert any(line.startswith("✓ Token: Valid (from MODERATOR_TOKEN): staff") for line in lines)
    assert (
        f"✓ Sync: 1 session followed on {live_server.url}, token available (environment)"
    ) in result.stdout
    assert staff not in result.stdout + result.stderr


def test_something_to_attend_to_exits_1_and_lists_it(live_server, meeting, tmp_path):
    """No keyring, no screens to check here, nothing downloaded yet."""
    staff, _session_id = meeting
    db = tmp_path / "empty.sqlite3"
    open_database(db).dispose()

    result, _seconds = run_check(
        "--db", str(db), "--backend", live_server.url, tmp_path=tmp_path, token=staff
    )

    print("\n" + result.stdout)
    assert result.returncode == 1, result.stderr
    lines = lines_of(result)
    assert lines[0].startswith("✓ Database: ")
    assert "✗ Today's sessions: No sessions are on this laptop." in lines[1]
    assert any(
        line.startswith("! Available offline: Today's session on the backend is not")
        for line in lines
    )
    assert any(line.startswith("! Keyring: This computer has no keyring") for line in lines)
    assert any(line.startswith("! Speaker display: Screens not checked") for line in lines)
    assert lines[-1] == "Not ready: 1 problem and 3 warnings need attention."
    assert staff not in result.stdout + result.stderr
    assert result.stderr == ""


def test_the_remembered_backend_is_checked_and_a_bad_token_is_named(live_server, meeting, tmp_path):
    staff, session_id = meeting
    db = prepared_db(tmp_path, live_server, staff, session_id)
    bad = "bad-token-" + "z" * 30

    result, _seconds = run_check(
        "--db", str(db), tmp_path=tmp_path, token=bad, **{"backend/url": live_server.url}
    )

    assert result.returncode == 1
    token_line = next(line for line in lines_of(result) if line.startswith("✗ Token:"))
    assert "refused the token (from MODERATOR_TOKEN): 401 unauthenticated" in token_line
    assert f"✓ Backend address: {live_server.url}." in result.stdout
    assert bad not in result.stdout + result.stderr


def test_a_stopped_backend_is_reported_quickly(live_server, meeting, tmp_path):
    staff, session_id = meeting
    db = prepared_db(tmp_path, live_server, staff, session_id)
    live_server.kill()

    result, seconds = run_check(
        "--db", str(db), "--backend", live_server.url, tmp_path=tmp_path, token=staff
    )

    print(f"\ncheck with the backend down: {seconds:.2f} s")
    assert result.returncode == 1
    assert f"! Backend: Cannot reach {live_server.url}" in result.stdout
    assert "! Token: A token is stored (from MODERATOR_TOKEN) but could not be checked" in (
        result.stdout
    )
    assert "✓ Today's sessions: 1 session today (Europe/Madrid)" in result.stdout
    assert seconds < 20


def test_offline_does_not_contact_the_backend(live_server, meeting, tmp_path):
    staff, session_id = meeting
    db = prepared_db(tmp_path, live_server, staff, session_id)
    live_server.kill()

    result, _seconds = run_check(
        "--db", str(db), "--backend", live_server.url, "--offline", tmp_path=tmp_path, token=staff
    )

    assert result.returncode == 1  # no keyring, no screens here
    assert f"✓ Backend address: {live_server.url}; not contacted (offline check)." in result.stdout
    assert "Backend:" not in result.stdout and "Token:" not in result.stdout


def test_no_token_and_no_backend(tmp_path):
    db = tmp_path / "empty.sqlite3"
    open_database(db).dispose()

    result, _seconds = run_check("--db", str(db), tmp_path=tmp_path)

    assert result.returncode == 1
    assert "! Backend address: No backend is set up" in result.stdout


def test_no_token_stored(live_server, meeting, tmp_path):
    db = tmp_path / "empty.sqlite3"
    open_database(db).dispose()

    result, _seconds = run_check("--db", str(db), "--backend", live_server.url, tmp_path=tmp_path)

    assert result.returncode == 1
    assert f"! Token: No token stored for {live_server.url}" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "{tmp}"], "is a folder, not a file"),
        (["--db", "{tmp}/notes.txt"], "is not a Moderator database"),
        (
            ["--db", "{tmp}/x.sqlite3", "--backend", "ftp://example.org"],
            "--backend must be an http",
        ),
    ],
)
def test_unusable_input_exits_2_with_one_line(tmp_path, args, message):
    (tmp_path / "notes.txt").write_text("shopping list", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]

    result, _seconds = run_check(*args, tmp_path=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("moderator: ") and message in line


def test_a_followed_session_without_a_token_is_said_not_to_sync(live_server, meeting, tmp_path):
    """Issue 13, finding 4: no keyring, no MODERATOR_TOKEN, and no address remembered by a
    Connect: the file itself says where its session is followed, and the check says that the
    console will not sync it and what to press."""
    staff, session_id = meeting
    db = prepared_db(tmp_path, live_server, staff, session_id)

    result, _seconds = run_check("--db", str(db), "--offline", tmp_path=tmp_path)

    print("\n" + result.stdout)
    assert result.returncode == 1
    assert f"✓ Backend address: {live_server.url}; not contacted (offline check)." in (
        result.stdout
    )
    assert (
        f"! Sync: 1 session followed on {live_server.url}, no token available: "
        "not syncing — press Ctrl+K"
    ) in result.stdout

    with_token, _seconds = run_check("--db", str(db), "--offline", tmp_path=tmp_path, token=staff)
    assert (
        f"✓ Sync: 1 session followed on {live_server.url}, token available (environment)"
    ) in with_token.stdout
    assert staff not in with_token.stdout + with_token.stderr
