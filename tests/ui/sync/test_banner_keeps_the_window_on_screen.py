"""The "Not syncing" banner takes its room from the lists, never from the screen.

Walking the staff's day at 1280×720: with the banner shown the window grew to 718 px under a
title bar and its status bar (where "NOT SAVED" and the sync badge are) went below the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

from moderator.ui.chair.main_window import MainWindow
from moderator.ui.common.screen_fit import FRAME_ALLOWANCE
from moderator.ui.sync.not_syncing_banner import NotSyncingBanner

if TYPE_CHECKING:
    from conftest import DemoSession

LAPTOP_HEIGHT = 720 - 24  # a 1280×720 screen less a panel


def test_the_banner_never_makes_the_window_taller_than_a_laptop_screen(
    qtbot: QtBot, demo_session: DemoSession
):
    window = MainWindow(demo_session.service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions["balance"].trigger()  # the live balance shown too (F6)
    banner = NotSyncingBanner(window.actions["connect"], window)
    banner.show_waiting(3)
    banner.show_no_token("https://backend.example")
    window.add_banner(banner)
    qtbot.waitUntil(banner.isVisible)
    room = LAPTOP_HEIGHT - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    assert window.minimumSizeHint().height() <= room, window.minimumSizeHint()
    assert window.minimumHeight() <= room
