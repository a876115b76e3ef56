"""The issue's walk, keystroke by keystroke on the real window: N, 20 s, Ctrl+R (start the
time again), 5 s, N. The clock never stopped, so the report read from the file says 0:25
spoken and nothing paused (it said 0:05 spoken, 0:20 paused), and the countdown showed the
full time again after Ctrl+R.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.stepped_clock import stepped_console

from moderator.services.report.report_reading import ReportReader

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_restart_with_ctrl_r_is_reported_as_spoken_time_not_as_a_pause(
    qtbot: QtBot, tmp_path: Path
):
    with stepped_console(qtbot, tmp_path) as console:
        service, window = console.service, console.window
        first = service.state.entries[0]
        qtbot.keyClick(window, KEY.Key_N)
        console.clock.advance(20_000)
        qtbot.keyClick(window, KEY.Key_R, CTRL)
        console.tick()
        assert window.current_panel.countdown.reading.digits == "5:00"  # the full time again
        console.clock.advance(5_000)
        qtbot.keyClick(window, KEY.Key_N)
        assert service.state.current_entry_id != first.id

        document = ReportReader.of_session(service).document(
            service.now_ms(), session_id=service.state.session.id
        )

    speakers = document.table("speakers")
    titles = [column.key for column in speakers.columns]
    row = dict(zip(titles, speakers.rows[0], strict=True))
    assert (row["planned"], row["allotted"], row["spoken"], row["paused"], row["overrun"]) == (
        300_000,
        320_000,  # 20 s given back by the restart
        25_000,
        0,
        0,
    )
    assert row["status"] == "Done"
