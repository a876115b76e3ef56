"""Screenshots of the main window in each countdown state, and proof the cue is not only colour.

The PNGs land in ``test-artifacts/screenshots/`` (git-ignored) for a human to look at. The
assertion compares the *shape* of what is drawn in the cue line (which pixels are foreground),
independent of colour: two phases must differ there, so a colour-blind chair can tell them apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from support.stepped_clock import SteppedConsole, stepped_console

from moderator.domain.timing.clock import TIME_UP_GRACE_MS, Phase

if TYPE_CHECKING:
    from conftest import Console

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"


def foreground_mask(image: QImage, foreground, top_share: float) -> frozenset[tuple[int, int]]:
    """Grid points (every 3 px) of the image's lower part that are drawn in the cue colour."""
    points = set()
    start = int(image.height() * top_share)
    for y in range(start, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - foreground.red())
                + abs(pixel.green() - foreground.green())
                + abs(pixel.blue() - foreground.blue())
            )
            if distance < 60:
                points.add((x, y))
    return frozenset(points)


def with_final_threshold(console: Console | SteppedConsole, final_ms: int) -> None:
    """The meeting's final threshold, as an agenda file would set it (in the SQLite file), then
    the session re-read."""
    import sqlite3

    with sqlite3.connect(console.path) as connection:
        connection.execute(
            "UPDATE meetings SET final_ms = ? WHERE id = ?",
            (final_ms, console.service.state.meeting.id),
        )
    console.service.reload()


def test_each_timer_state_looks_different_beyond_colour(qtbot: QtBot, tmp_path: Path):
    """Each state is rendered at a moment the test fixes (a stepped clock): time up used to be
    captured after it had already become overtime on a loaded machine."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with stepped_console(qtbot, tmp_path) as console:
        with_final_threshold(console, 30_000)
        window = console.window
        window.resize(1920, 1080)
        qtbot.wait(50)
        key = lambda k: qtbot.keyClick(window, k)  # noqa: E731
        masks = {}

        def capture(name: str) -> None:
            window.grab().save(str(ARTIFACTS / f"main-{name}.png"))
            countdown = window.current_panel.countdown
            reading = countdown.reading
            masks[name] = foreground_mask(
                countdown.grab().toImage(), reading.style.foreground, countdown._DIGIT_SHARE
            )
            assert masks[name], f"no cue drawn in state {name}"

        key(Qt.Key.Key_N)
        capture("normal")
        for _ in range(8):
            key(Qt.Key.Key_Minus)  # 1:00 left: warning
        capture("warning")
        key(Qt.Key.Key_Space)
        capture("paused")
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Minus)  # 0:30 left: final
        assert window.current_panel.countdown.reading.phase.value == "final"
        capture("final")
        key(Qt.Key.Key_Minus)  # 0:00: time up
        console.clock.advance(1000)  # one second past the allotment: still time up
        console.tick()
        assert window.current_panel.countdown.reading.phase is Phase.TIME_UP
        capture("time-up")
        console.clock.advance(TIME_UP_GRACE_MS - 1000)
        console.tick()
        reading = window.current_panel.countdown.reading
        assert (reading.phase, reading.digits) == (Phase.OVERTIME, "+0:05")
        capture("overtime")
        key(Qt.Key.Key_F1)
        window.grab().save(str(ARTIFACTS / "main-help.png"))

        names = list(masks)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                assert masks[first] != masks[second], f"{first} and {second} differ only by colour"
