"""The header's "Late by" / "Ahead by" cue: red or green whether it was set before the window
was first shown (start-up styles it at the first paint) or changed while it is on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from moderator.domain.model import Meeting, Session
from moderator.domain.schedule import Projection
from moderator.domain.session_state import SessionState
from moderator.ui.chair.session_header import SessionHeader

RED, GREEN = QColor("#b71c1c"), QColor("#1b5e20")
MINUTE = 60_000
T0 = 1_800_000_000_000


def make_state() -> SessionState:
    return SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(id="s", meeting_id="m", title="S"),
        agenda_items=[],
        entries=[],
        participants={},
    )


def projection(late_by_ms: int) -> Projection:
    return Projection({}, {}, T0, T0 + late_by_ms)


def text_colour(header: SessionHeader) -> QColor:
    return header.lateness.palette().color(QPalette.ColorRole.WindowText)


def test_late_before_the_first_paint_is_red_once_shown_and_follows_changes(qtbot: QtBot):
    header = SessionHeader()
    qtbot.addWidget(header)
    state = make_state()
    header.show_timing(state, projection(5 * MINUTE), T0)  # before show: start-up's order
    header.show()
    qtbot.waitExposed(header)
    assert header.lateness.text().startswith("▲ ")
    assert text_colour(header) == RED
    header.show_timing(state, projection(-5 * MINUTE), T0)  # on screen: re-styled at once
    assert header.lateness.text().startswith("▼ ")
    assert text_colour(header) == GREEN
    header.show_timing(state, projection(3 * MINUTE), T0)
    assert text_colour(header) == RED
