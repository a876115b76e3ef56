"""A window and its frame kept on the screen it opens on.

Why: on a laptop (1280×720 less a panel) a window sized for a desktop, or a saved geometry from
a larger monitor, puts its buttons below the screen's edge, where a chair cannot reach them.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QWidget

#: The window manager's frame (title bar, borders) as far as it can be guessed before the
#: window is shown; once shown, the real frame is used.
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def fit_inside(window: QRect, available: QRect, frame: QMargins) -> QRect:
    """``window`` (the inside of a window, without its frame) made smaller and moved so that it
    and its ``frame`` lie within ``available`` (the screen less its panels)."""
    width = min(window.width(), available.width() - frame.left() - frame.right())
    height = min(window.height(), available.height() - frame.top() - frame.bottom())
    x = min(
        max(window.x(), available.left() + frame.left()),
        available.right() + 1 - frame.right() - width,
    )
    y = min(
        max(window.y(), available.top() + frame.top()),
        available.bottom() + 1 - frame.bottom() - height,
    )
    return QRect(x, y, width, height)


def place_on_screen(window: QWidget, wanted_width: int, wanted_height: int) -> None:
    """Before show(): ``window`` at the wanted size, or smaller, so that with a frame it fits
    the free area of its screen (the window manager may then place it anywhere inside)."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted_width, wanted_height)
        return
    available = screen.availableGeometry()
    wanted = QRect(available.topLeft(), QRect(0, 0, wanted_width, wanted_height).size())
    window.setGeometry(fit_inside(wanted, available, FRAME_ALLOWANCE))
