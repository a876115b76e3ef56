"""The chime's WAV player with real programs: fake players (small Python scripts named
``paplay``, ``pw-play``, ``afplay``) put alone on ``PATH`` note how they were run, and the real
``SoundPlayer`` starts them, never waits for them and reaps them. Also: the committed WAV files
are what ``scripts/make_chime_sounds.py`` makes, and a running clock plays warning.wav."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.timers import timer_armed
from test_chime import WARNING_MS, Setup, wait_for
from test_chime import setup as setup  # the fixture: the demo meeting with short thresholds

from moderator.domain.timing.clock import Phase
from moderator.services.chime.sound import SoundPlayer, sounds_folder
from moderator.services.chime.threshold import ThresholdChime

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "make_chime_sounds.py"
CHIMED = (Phase.WARNING, Phase.FINAL, Phase.TIME_UP)
NAMES = {Phase.WARNING: "warning.wav", Phase.FINAL: "final.wav", Phase.TIME_UP: "time_up.wav"}

# The fake player: notes its name, pid and arguments, sleeps if told to, and exits with the code
# it is told to. -S: no site-packages, a quicker start.
FAKE_PLAYER = """#!{python} -S
import json, os, sys, time
from pathlib import Path
folder = Path({folder!r})
name = Path(sys.argv[0]).name
call = {{"name": name, "pid": os.getpid(), "args": sys.argv[1:]}}
with open(folder / "calls.jsonl", "a") as log:
    log.write(json.dumps(call) + "\\n")
sleep = folder / (name + ".sleep")
if sleep.exists():
    time.sleep(float(sleep.read_text()))
code = folder / (name + ".exit")
sys.exit(int(code.read_text()) if code.exists() else 0)
"""


class FakePlayers:
    """A folder that is the whole ``PATH``, holding fake player programs."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.players: list[SoundPlayer] = []

    def install(self, name: str, sleep_s: float = 0.0, exit_code: int = 0) -> Path:
        path = self.bin / name
        path.write_text(FAKE_PLAYER.format(python=sys.executable, folder=str(self.bin)))
        path.chmod(0o755)
        self.set(name, sleep_s=sleep_s, exit_code=exit_code)
        return path

    def set(self, name: str, sleep_s: float = 0.0, exit_code: int = 0) -> None:
        """How the next runs of ``name`` behave."""
        (self.bin / f"{name}.sleep").write_text(str(sleep_s))
        (self.bin / f"{name}.exit").write_text(str(exit_code))

    def player(self, **options: object) -> SoundPlayer:
        """A real player, reaped at the end of the test."""
        player = SoundPlayer(**options)  # type: ignore[arg-type]
        self.players.append(player)
        return player

    def calls(self) -> list[dict]:
        log = self.bin / "calls.jsonl"
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text().splitlines()]


@pytest.fixture
def fakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakePlayers]:
    fakes = FakePlayers(tmp_path)
    monkeypatch.setenv("PATH", str(fakes.bin))  # no system player can be picked by mistake
    yield fakes
    # Every player started must be collected: a Popen dropped while running is a warning.
    deadline = time.monotonic() + 10
    while any(player.reap() for player in fakes.players):
        assert time.monotonic() < deadline, "a fake player did not finish"
        time.sleep(0.02)


def process_state(pid: int) -> str | None:
    """The process's state letter (``Z`` for a zombie), ``None`` when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def test_each_phase_plays_its_own_wav_with_the_player_found(qtbot: QtBot, fakes: FakePlayers):
    paplay = fakes.install("paplay")
    player = fakes.player(platform="linux")
    assert player.program == str(paplay)
    for phase in CHIMED:
        player(phase)  # as ThresholdChime calls it
    qtbot.waitUntil(lambda: len(fakes.calls()) == 3, timeout=5000)
    # The three players run at once, so they note their calls in any order.
    assert {call["name"] for call in fakes.calls()} == {"paplay"}
    played_files = sorted(arg for call in fakes.calls() for arg in call["args"])
    assert played_files == sorted(str(player.sound_path(phase)) for phase in CHIMED)
    for phase in CHIMED:
        played = str(player.sound_path(phase))
        assert Path(played) == sounds_folder() / NAMES[phase]
        with wave.open(played, "rb") as sound:
            assert sound.getnchannels() == 1
            assert sound.getsampwidth() == 2
            assert sound.getframerate() == 44_100
            assert 0 < sound.getnframes() / sound.getframerate() < 1.0
        assert Path(played).stat().st_size < 100_000


def test_playing_returns_at_once_while_the_sound_goes_on(fakes: FakePlayers):
    fakes.install("paplay", sleep_s=2.0)
    player = fakes.player(platform="linux")
    assert player.program is not None  # the look-up is not part of the measured call
    started = time.monotonic()
    player(Phase.TIME_UP)
    elapsed = time.monotonic() - started
    assert elapsed < 0.5, f"play() blocked for {elapsed:.2f} s"
    assert player.reap() == 1  # still playing, and nobody waited for it


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_finished_players_are_reaped_on_the_next_play_and_by_reap(qtbot: QtBot, fakes: FakePlayers):
    fakes.install("paplay")
    player = fakes.player(platform="linux")
    player(Phase.WARNING)
    player(Phase.FINAL)
    qtbot.waitUntil(lambda: len(fakes.calls()) == 2, timeout=5000)
    first = [call["pid"] for call in fakes.calls()]
    # Finished and not yet collected: zombies, which is what reaping is for.
    qtbot.waitUntil(lambda: all(process_state(pid) == "Z" for pid in first), timeout=5000)
    player(Phase.TIME_UP)
    assert [process_state(pid) for pid in first] == [None, None]
    qtbot.waitUntil(lambda: len(fakes.calls()) == 3, timeout=5000)
    last = fakes.calls()[2]["pid"]
    qtbot.waitUntil(lambda: process_state(last) == "Z", timeout=5000)
    assert player.reap() == 0
    assert process_state(last) is None


def test_without_any_player_the_chime_falls_back_to_the_bell(
    qapp, fakes: FakePlayers, caplog: pytest.LogCaptureFixture
):
    player = fakes.player(platform="linux")  # PATH holds no player at all
    assert player.program is None
    with caplog.at_level("INFO", logger="moderator.services.chime.sound"):
        for phase in CHIMED:
            player(phase)  # the real system bell: silent offscreen, and no exception
    assert [record.levelname for record in caplog.records] == ["INFO"]  # said once
    assert "no sound player" in caplog.records[0].getMessage()

    heard: list[Phase] = []
    quiet = fakes.player(platform="linux", fallback=heard.append)
    quiet(Phase.FINAL)
    assert heard == [Phase.FINAL]


def test_a_player_that_cannot_be_started_falls_back(fakes: FakePlayers):
    broken = fakes.bin / "paplay"
    broken.write_text("#!/nonexistent/interpreter\n")  # exec fails: OSError in Popen
    broken.chmod(0o755)
    heard: list[Phase] = []
    player = fakes.player(platform="linux", fallback=heard.append)
    assert player.program == str(broken)
    player(Phase.WARNING)
    player(Phase.TIME_UP)
    assert heard == [Phase.WARNING, Phase.TIME_UP]


def test_players_are_preferred_in_order_and_one_that_never_worked_is_set_aside(
    qtbot: QtBot, fakes: FakePlayers
):
    fakes.install("aplay")
    fakes.install("paplay")
    pw_play = fakes.install("pw-play", exit_code=1)  # installed, but PipeWire is not running
    player = fakes.player(platform="linux")
    assert player.program == str(pw_play)
    player(Phase.WARNING)
    qtbot.waitUntil(lambda: player.reap() == 0, timeout=5000)
    assert player.program == str(fakes.bin / "paplay")
    player(Phase.FINAL)
    qtbot.waitUntil(lambda: player.reap() == 0, timeout=5000)
    # A player that has worked stays, even if it fails once (a busy device, say).
    fakes.set("paplay", exit_code=1)
    player(Phase.TIME_UP)
    qtbot.waitUntil(lambda: player.reap() == 0, timeout=5000)
    assert player.program == str(fakes.bin / "paplay")
    calls = [(call["name"], Path(call["args"][-1]).name) for call in fakes.calls()]
    assert calls == [("pw-play", "warning.wav"), ("paplay", "final.wav"), ("paplay", "time_up.wav")]


def test_macos_plays_with_afplay_and_windows_without_winsound_falls_back(
    qtbot: QtBot, fakes: FakePlayers
):
    fakes.install("paplay")  # never a macOS player
    afplay = fakes.install("afplay")
    mac = fakes.player(platform="darwin")
    assert mac.program == str(afplay)
    mac(Phase.FINAL)
    qtbot.waitUntil(lambda: len(fakes.calls()) == 1, timeout=5000)
    assert fakes.calls()[0]["args"] == [str(mac.sound_path(Phase.FINAL))]

    heard: list[Phase] = []
    windows = fakes.player(platform="win32", fallback=heard.append)
    if sys.platform != "win32":  # no winsound here: the bell
        assert windows.program is None
        windows(Phase.WARNING)
        assert heard == [Phase.WARNING]


def test_a_running_clock_crossing_the_warning_plays_warning_wav(
    qtbot: QtBot,
    fakes: FakePlayers,
    setup: Setup,  # the fixture imported from test_chime
):
    fakes.install("paplay")
    player = fakes.player()
    chime = ThresholdChime(setup.service, enabled=True, settings=setup.settings(), play=player)
    setup.give_floor_with(WARNING_MS + 300)
    wait_for(qtbot, chime, Phase.WARNING)
    qtbot.waitUntil(lambda: len(fakes.calls()) == 1, timeout=5000)
    assert fakes.calls()[0]["args"] == [str(sounds_folder() / "warning.wav")]
    chime.set_enabled(False)  # no late chime (final) after the test, from a player never reaped
    assert not timer_armed(chime)


def generate(folder: Path) -> dict[str, bytes]:
    subprocess.run([sys.executable, str(SCRIPT), str(folder)], check=True, capture_output=True)
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.wav"))}


def test_the_committed_sounds_are_what_the_script_makes(tmp_path: Path):
    first = generate(tmp_path / "first")
    second = generate(tmp_path / "second")
    assert sorted(first) == ["final.wav", "time_up.wav", "warning.wav"]
    assert first == second
    committed = {path.name: path.read_bytes() for path in sorted(sounds_folder().glob("*.wav"))}
    assert committed == first, "run scripts/make_chime_sounds.py and commit the result"
