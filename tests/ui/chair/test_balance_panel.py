"""The live balance panel: the report's shares at the same instant, moving while a turn runs.

The console runs on a stepped clock (``support.stepped_clock``): time moves only when the test
says, and the countdown's tick shows the window that moment. What the panel says (its text,
its tooltip, the parts of its bars) is compared with the report made at the same instant and
laid out as the report window and the files lay it out (``report_tables``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from support.stepped_clock import SteppedConsole, stepped_console

from moderator.domain.report import session_report
from moderator.services.report.report_tables import report_document
from moderator.ui.chair.balance_panel import BalancePanel
from moderator.ui.chair.main_window import BALANCE_SETTING, MainWindow

if TYPE_CHECKING:
    from conftest import Console


def report_lines(console: SteppedConsole) -> str:
    """The balance tables of the report made now, as the report shows them: "Gender: Man
    100.0 % (0:20, 1 turn) · Woman 0.0 % (0:00, 0 turns)", one breakdown a line."""
    document = report_document(session_report(console.service.state, console.service.now_ms()))
    lines = []
    for caption, key in (("Groups", "groups"), ("Gender", "genders"), ("Where", "attendance")):
        table = document.table(key)
        columns = {column.key: column for column in table.columns}
        parts = []
        for row in table.rows:
            cell = dict(zip(columns, row, strict=True))
            turns = cell["turns"]
            parts.append(
                f"{cell['label']} {document.display(cell['share'], columns['share'])} "
                f"({document.display(cell['speaking'], columns['speaking'])}, "
                f"{turns} turn{'' if turns == 1 else 's'})"
            )
        lines.append(f"{caption}: " + " · ".join(parts))
    return "\n".join(lines)


def assert_as_the_report(console: SteppedConsole, qtbot: QtBot) -> None:
    """The panel, once it has caught up with now (it sums at the event loop's next turn),
    says what the report says now."""
    panel = console.window.balance_panel
    now = console.service.now_ms()
    qtbot.waitUntil(lambda: panel.balance is not None and panel.balance.as_of_ms == now)
    report = session_report(console.service.state, console.service.now_ms())
    assert panel.description() == report_lines(console)
    assert panel.toolTip() == panel.accessibleDescription() == panel.description()
    # To the millisecond, not only as printed.
    assert panel.balance is not None
    assert (panel.balance.by_group, panel.balance.by_gender, panel.balance.by_attendance) == (
        report.by_group,
        report.by_gender,
        report.by_attendance,
    )
    assert panel.balance.speaking_ms == report.total_speaking_ms


def test_the_panel_shows_the_reports_shares_now_and_they_move_while_a_turn_runs(
    qtbot: QtBot, tmp_path
):
    with stepped_console(qtbot, tmp_path) as console:
        window, clock = console.window, console.clock
        panel = window.balance_panel
        assert not panel.isVisible(), "hidden until the chair asks for it"
        qtbot.keyClick(window, Qt.Key.Key_F6)
        assert panel.isVisible() and window.actions["balance"].isChecked()
        assert panel.title.text() == "Speaking balance: nobody has spoken yet"
        assert panel.description() == "Nobody has spoken yet."

        qtbot.keyClick(window, "n")  # Amira Haddad (woman, in the room) has the floor
        clock.advance(20_000)
        console.tick()
        assert_as_the_report(console, qtbot)
        assert panel.title.text() == "Speaking balance so far: 0:20 in 1 turn"
        assert panel.bars["by_gender"].segment_texts() == ["Woman 100 %"]
        assert panel.unheard.text().startswith("No time yet: ")
        assert "Remote" in panel.unheard.text()

        qtbot.keyClick(window, "n")  # Hon. Tomás Ferreira (man, in the room)
        clock.advance(10_000)
        console.tick()
        assert_as_the_report(console, qtbot)
        one_third = panel.description()
        assert "Man 33.3 % (0:10, 1 turn)" in one_third
        assert "Woman 66.7 % (0:20, 1 turn)" in one_third

        # The running turn's share grows with its time; the panel shows it at the next tick
        # of the countdown (it keeps no timer of its own).
        clock.advance(10_000)
        qtbot.wait(1)  # a turn of the event loop: nothing was asked of the panel
        assert panel.description() == one_third
        console.tick()
        assert_as_the_report(console, qtbot)
        assert "Man 50.0 % (0:20, 1 turn)" in panel.description()
        assert panel.bars["by_gender"].segment_texts() == ["Man 50 %", "Woman 50 %"]

        # A clock standing still: nothing grows, whatever the time.
        qtbot.keyClick(window, Qt.Key.Key_Space)
        clock.advance(60_000)
        console.tick()
        assert_as_the_report(console, qtbot)
        assert "Man 50.0 % (0:20, 1 turn)" in panel.description()

        # The time started again (Ctrl+R) and run on: whatever the report counts, the panel
        # shows the same at the same instant.
        qtbot.keyClick(window, Qt.Key.Key_Space)
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        clock.advance(5_000)
        console.tick()
        assert_as_the_report(console, qtbot)


def test_a_hidden_panel_computes_nothing_and_catches_up_when_shown(qtbot: QtBot, tmp_path):
    with stepped_console(qtbot, tmp_path) as console:
        window, clock = console.window, console.clock
        qtbot.keyClick(window, "n")
        clock.advance(15_000)
        console.tick()
        qtbot.wait(1)
        assert window.balance_panel.balance is None
        window.actions["balance"].trigger()
        assert_as_the_report(console, qtbot)
        assert "(0:15, 1 turn)" in window.balance_panel.description()


def test_the_choice_is_remembered_and_the_panel_is_reachable_by_keyboard(
    console: Console, qtbot: QtBot
):
    window = console.window
    action = window.actions["balance"]
    assert action.shortcut().toString() == "F6"
    assert action in window.menuBar().actions()[0].menu().actions(), "in the Session menu"
    action.trigger()
    assert QSettings().value(BALANCE_SETTING, type=bool) is True

    again = MainWindow(console.service)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.balance_panel.isVisible() and again.actions["balance"].isChecked()
    panel = again.balance_panel
    assert panel.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert panel.accessibleName() == "Speaking balance so far"
    widget, chain = again.speaker_view.nextInFocusChain(), []
    while widget is not again.speaker_view and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert panel in chain, "Tab reaches the panel"

    again.actions["balance"].trigger()
    assert not panel.isVisible()
    assert QSettings().value(BALANCE_SETTING, type=bool) is False


def test_the_panel_takes_its_room_from_the_countdown_never_from_the_list(
    console: Console, qtbot: QtBot
):
    window = console.window
    window.resize(1280, 660)  # a 1280×720 laptop's screen less the frame and a panel
    qtbot.waitUntil(lambda: window.size().width() == 1280)
    qtbot.keyClick(window, "n")
    list_before = window.speaker_view.geometry()
    hands_before = window.hands_panel.geometry()
    countdown_before = window.current_panel.countdown.height()

    window.actions["balance"].trigger()
    qtbot.waitUntil(lambda: window.current_panel.countdown.height() < countdown_before)

    assert window.speaker_view.geometry() == list_before
    assert window.hands_panel.geometry() == hands_before
    panel: BalancePanel = window.balance_panel
    top_left = panel.mapTo(window, panel.rect().topLeft())
    assert window.rect().contains(panel.rect().translated(top_left))
    assert panel.width() >= 400, "the bars have room for their labels"
    assert window.current_panel.countdown.height() >= 150, "the countdown stays big"
