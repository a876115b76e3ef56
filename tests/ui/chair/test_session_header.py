"""The header's "Late by" / "Ahead by" cue: red or green whether it was set before the window
was first shown (start-up styles it at the first paint) or changed while it is on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from moderator.domain.model import Meeting, Session
from moderator.domain.session_state import SessionState
from moderator.domain.timing.schedule import Projection
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


def test_during_an_intervention_the_header_counts_the_interrupted_speakers_remaining_time(
    qtbot: QtBot,
):
    """Alice (5 min) is interrupted 40 s in: her 4:20 still to speak keeps the header late."""
    from moderator.domain.commands import AddSpeaker, GiveFloor, Interpose
    from moderator.domain.model import AgendaItem, Participant, SpeakerEntry, SpeechType
    from moderator.domain.timing.schedule import project

    start = 1_764_316_800_000  # 2025-11-28 08:00 UTC
    state = SessionState(
        meeting=Meeting(id="m", title="M"),
        session=Session(
            id="s",
            meeting_id="m",
            title="S",
            scheduled_start_ms=start,
            scheduled_end_ms=start + 7 * MINUTE,
        ),
        agenda_items=[AgendaItem(id="i", session_id="s", position=1, title="Opening")],
        entries=[
            SpeakerEntry("e-alice", "i", "p-alice", SpeechType.STATEMENT, 5 * MINUTE, "a"),
            SpeakerEntry("e-bob", "i", "p-bob", SpeechType.STATEMENT, 2 * MINUTE, "b"),
        ],
        participants={
            pid: Participant(id=pid, meeting_id="m", name=pid) for pid in ("p-alice", "p-bob")
        },
    )
    for command in (
        GiveFloor("s", "e-alice", "t-1", start),
        AddSpeaker("s", "e-int", "i", "p-bob", "intervention", MINUTE, "aa"),
        Interpose("s", "e-int", "t-2", start + 40_000),
    ):
        state.apply(command.decide(state))
    header = SessionHeader()
    qtbot.addWidget(header)
    now = start + 50_000  # 50 s of the intervention left, then Alice's 4:20, then Bob's 2:00:
    # 08:08, where leaving out her 4:20 said "Ahead by 3 min"
    header.show_timing(state, project(state, now), now)
    assert header.scheduled_end.text() == "Scheduled end 08:07"
    assert header.projected_end.text() == "Projected end 08:08"
    assert header.lateness.text() == "▲ Late by 1 min"
