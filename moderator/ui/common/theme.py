"""Colours, cue texts and shapes of the countdown phases, in one place.

Every phase is told apart by three things, never by colour alone (colour-blind chairs, glare on
a podium screen): a colour, a word, and a shape drawn beside the digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from moderator.domain.timing.clock import Phase


class CueShape(StrEnum):
    NONE = "none"
    PLAY = "play"  # running normally
    TRIANGLE = "triangle"  # warning, like a road warning sign
    DIAMOND = "diamond"  # final
    OCTAGON = "octagon"  # time up, like a stop sign
    PLUS = "plus"  # overtime: counting up past zero, like the digits' "+"
    PAUSE_BARS = "pause_bars"


@dataclass(frozen=True, slots=True)
class PhaseStyle:
    background: QColor
    foreground: QColor
    cue_text: str
    shape: CueShape


PHASE_STYLES: dict[Phase, PhaseStyle] = {
    Phase.NORMAL: PhaseStyle(
        QColor("#1d2b22"), QColor("#e8f5e9"), QT_TRANSLATE_NOOP("Phase", "RUNNING"), CueShape.PLAY
    ),
    Phase.WARNING: PhaseStyle(
        QColor("#f2b705"),
        QColor("#1a1a1a"),
        QT_TRANSLATE_NOOP("Phase", "WARNING"),
        CueShape.TRIANGLE,
    ),
    Phase.FINAL: PhaseStyle(
        QColor("#e8590c"), QColor("#ffffff"), QT_TRANSLATE_NOOP("Phase", "FINAL"), CueShape.DIAMOND
    ),
    Phase.TIME_UP: PhaseStyle(
        QColor("#c1121f"),
        QColor("#ffffff"),
        QT_TRANSLATE_NOOP("Phase", "TIME UP"),
        CueShape.OCTAGON,
    ),
    Phase.OVERTIME: PhaseStyle(
        QColor("#8d0801"), QColor("#ffffff"), QT_TRANSLATE_NOOP("Phase", "OVERTIME"), CueShape.PLUS
    ),
}

PAUSED_STYLE = PhaseStyle(
    QColor("#37474f"), QColor("#eceff1"), QT_TRANSLATE_NOOP("Phase", "PAUSED"), CueShape.PAUSE_BARS
)
IDLE_STYLE = PhaseStyle(
    QColor("#263238"), QColor("#cfd8dc"), QT_TRANSLATE_NOOP("Phase", "READY"), CueShape.NONE
)
NOBODY_STYLE = PhaseStyle(QColor("#263238"), QColor("#90a4ae"), "", CueShape.NONE)

DIMMED_TEXT = QColor("#9e9e9e")
CURRENT_ROW_BACKGROUND = QColor("#fff3c4")
NEXT_ROW_BACKGROUND = QColor("#e3f2fd")
