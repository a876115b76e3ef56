"""The speaker display at a chosen moment, as a value and as an image, without racing the clock.

A state that lasts one second (time up) or half a second (the overtime blink) is captured for
the moment the test names, from the display's own options, and painted by the display's own
painter off screen, rather than waited for on a wall clock.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from moderator.domain.session_state import SessionState
from moderator.ui.display.speaker_display import (
    DisplayReading,
    DisplayView,
    SpeakerDisplay,
    _Fonts,
    paint_view,
)


def view_at(display: SpeakerDisplay, state: SessionState, now_ms: int) -> DisplayView:
    """What ``display`` shows for ``state`` at ``now_ms`` (nothing is repainted)."""
    reading = DisplayReading.of(state, now_ms, display.hide_negative_time)
    return replace(display.view, reading=reading)


def render_view(view: DisplayView, size: QSize) -> QImage:
    """``view`` painted as the display paints it, into an image of ``size``."""
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_view(painter, QRectF(0, 0, size.width(), size.height()), view, _Fonts())
    painter.end()
    return image
