"""The Connect window shows its title, the backend's address and the session whole on a laptop
(issue 13, finding 8: it opened 256 px wide and cut all three, so staff could not read which
backend and which session they were about to follow).

The scenario runs in a subprocess whose offscreen screen is a 1280×720 laptop (the test
process's own offscreen screen is 800 px wide), against the real server, whose demo session
has a real, long title.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.live_server import LiveServer

from moderator.services.sync.credentials import TokenStore
from moderator.ui.sync.connect_dialog import TITLE_BAR_ALLOWANCE, ConnectDialog, shown_title

LAPTOP_ENV = "MODERATOR_TEST_LAPTOP_SCREEN"
#: A venue's backend address of a realistic length.
VENUE_ADDRESS = "https://moderator.conference-of-the-parties.example.org"


def test_the_connect_window_fits_its_title_address_and_session_on_a_1280x720_laptop(
    tmp_path: Path,
):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "LAPTOP", "x": 0, "y": 0, "width": 1280, "height": 720}]})
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env[LAPTOP_ENV] = "1"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_laptop_scenario",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, result.stdout[-2000:]


def cut_off(dialog: QWidget) -> list[str]:
    """What the dialog shows only in part: each text wider than the room it is drawn in."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(f"label {label.text()!r}: {label.height()} px high, needs more")
        elif label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
            cut.append(f"label {label.text()!r} in {label.contentsRect().width()} px")
    for line in dialog.findChildren(QLineEdit):
        if line.isVisible() and line.echoMode() == QLineEdit.EchoMode.Normal:
            option = QStyleOptionFrame()
            line.initStyleOption(option)
            room = (
                line.style()
                .subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
                .width()
            )
            needed = line.fontMetrics().horizontalAdvance(line.text())
            if needed > room - 4:  # the line edit's own side margins inside its contents
                cut.append(f"field {line.text()!r}: {needed} px of text in {room} px")
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible() and combo.currentText():
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            room = (
                combo.style()
                .subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    combo,
                )
                .width()
            )
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            if needed > room:
                cut.append(f"choice {combo.currentText()!r}: {needed} px of text in {room} px")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if needed > button.width():
                cut.append(f"button {button.text()!r} in {button.width()} px")
    bold = QFont(dialog.font())
    bold.setBold(True)
    title = QFontMetrics(bold).horizontalAdvance(shown_title(dialog)) + TITLE_BAR_ALLOWANCE
    if dialog.width() < title:
        cut.append(f"title {shown_title(dialog)!r}: {title} px of title bar in {dialog.width()}")
    return cut


@pytest.mark.skipif(not os.environ.get(LAPTOP_ENV), reason="runs on a 1280×720 screen")
def test_laptop_scenario(qtbot: QtBot, qasync_loop, live_server: LiveServer, no_keyring):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1280, 720)
    demo = live_server.load_demo("demo")
    title = next(s["title"] for s in demo.upload["sessions"] if s["id"] == demo.session_id)
    assert len(title) > 80, "the demo's title is long: the test would prove little otherwise"
    chair = live_server.create_token("chair", sessions=[demo.session_id])

    QGuiApplication.setApplicationDisplayName("Moderator")  # as the console names itself
    dialog = ConnectDialog(TokenStore(), url=VENUE_ADDRESS)
    qtbot.addWidget(dialog)
    dialog.move(400, 250)  # where it opens over the console's window (centred on it)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert cut_off(dialog) == [], "as it opens"

    dialog.url.setText(live_server.url)
    dialog.token.setText(chair)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.follow_button.isEnabled, timeout=10_000)
    assert dialog.sessions.currentText() == title
    dialog.url.setText(VENUE_ADDRESS)  # the address the staff typed, whole beside the session
    qtbot.waitUntil(lambda: not cut_off(dialog), timeout=2_000)
    # It grew to the right from where it opened: it is moved back onto the screen.
    assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)
    print(f"Connect window: {dialog.width()}×{dialog.height()} px on a 1280×720 screen")
