"""The big countdown: digits that fill the widget, with a colour, a word and a shape per phase.

The widget paints what it is given (``show_reading``) and never reads a clock itself; the main
window's ``CountdownTicker`` decides when a new reading is due. The digit size follows the
widget's size, so the digits stay as large as the layout allows on any screen; the speaker
display draws the same cue shapes (``paint_cue_shape``), so both read alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import ClockStatus, Phase, format_countdown
from moderator.ui.common.theme import (
    IDLE_STYLE,
    NOBODY_STYLE,
    PAUSED_STYLE,
    PHASE_STYLES,
    CueShape,
    PhaseStyle,
)


@dataclass(frozen=True, slots=True)
class CountdownReading:
    """What the countdown shows at one moment."""

    digits: str
    phase: Phase | None  # None when nobody has the floor
    status: ClockStatus
    style: PhaseStyle
    cue_text: str
    shape: CueShape

    @classmethod
    def of(cls, state: SessionState, now_ms: int) -> CountdownReading:
        clock = state.clock
        if state.current_entry_id is None:
            return cls(
                "",
                None,
                clock.status,
                NOBODY_STYLE,
                QCoreApplication.translate("Phase", "NOBODY HAS THE FLOOR · PRESS N"),
                CueShape.NONE,
            )
        remaining = clock.remaining_ms(now_ms)
        phase = clock.phase(now_ms, state.thresholds)
        phase_style = PHASE_STYLES[phase]
        digits = format_countdown(remaining)
        if clock.status is ClockStatus.RUNNING:
            return cls(
                digits,
                phase,
                clock.status,
                phase_style,
                _cue(phase_style.cue_text),
                phase_style.shape,
            )
        if clock.status is ClockStatus.IDLE:
            return cls(
                digits,
                phase,
                clock.status,
                IDLE_STYLE,
                QCoreApplication.translate("Phase", "READY · SPACE TO START"),
                CueShape.NONE,
            )
        if phase is Phase.NORMAL:
            return cls(
                digits,
                phase,
                clock.status,
                PAUSED_STYLE,
                QCoreApplication.translate("Phase", "PAUSED"),
                CueShape.PAUSE_BARS,
            )
        cue = QCoreApplication.translate("Phase", "PAUSED · {phase}").format(
            phase=_cue(phase_style.cue_text)
        )
        return cls(digits, phase, clock.status, phase_style, cue, CueShape.PAUSE_BARS)


def _cue(text: str) -> str:
    """A phase's word (marked in ``theme``) in the console's language."""
    return QCoreApplication.translate("Phase", text)


#: In overtime the cue inverts this long after each new second, until the next one.
BLINK_MS = 500


class CountdownWidget(QWidget):
    _DIGIT_SHARE = 0.72  # of the height, for the digits; the rest is the cue line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setAccessibleName(self.tr("Countdown"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        # It fills every pixel: Qt need not repaint the parents behind it on each tick.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._reading = CountdownReading(
            "", None, ClockStatus.IDLE, NOBODY_STYLE, "", CueShape.NONE
        )
        self._digit_font = QFont("DejaVu Sans Mono")
        self._digit_font.setStyleHint(QFont.StyleHint.Monospace)
        self._digit_font.setBold(True)
        self._cue_font = QFont("DejaVu Sans")
        self._cue_font.setBold(True)
        self._blink_on = False
        # Overtime blinks: the cue band inverts for the second half of every second (a moving
        # sign that catches the eye; the digits stay still and readable).
        self._blink = QTimer(self, singleShot=True, interval=BLINK_MS)
        self._blink.timeout.connect(lambda: self._set_blink(True))

    @property
    def reading(self) -> CountdownReading:
        return self._reading

    @property
    def blinking(self) -> bool:
        """True while the overtime cue is in its inverted half-second."""
        return self._blink_on

    def _set_blink(self, on: bool) -> None:
        if on != self._blink_on:
            self._blink_on = on
            self.update()

    def show_reading(self, reading: CountdownReading) -> None:
        """Show a reading; in overtime each new second (a tick) starts the blink's cycle."""
        overtime = reading.phase is Phase.OVERTIME and reading.status is ClockStatus.RUNNING
        self._set_blink(False)
        if overtime:
            self._blink.start()
        else:
            self._blink.stop()
        if reading == self._reading:
            return
        previous, self._reading = self._reading, reading
        if (reading.phase, reading.status, reading.cue_text) != (
            previous.phase,
            previous.status,
            previous.cue_text,
        ):
            self._announce(reading)
        self.update()

    def _announce(self, reading: CountdownReading) -> None:
        """Tell screen readers the countdown changed phase ("WARNING 1:00"): an alert at each
        change of phase or of the clock's state, never one a second (a reader saying every
        second would drown the meeting). The description keeps the last announcement."""
        self.setAccessibleDescription(f"{reading.cue_text} {reading.digits}".strip())
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        reading = self._reading
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, reading.style.background)
        if reading.phase in (Phase.TIME_UP, Phase.OVERTIME):
            # A thick frame: a second, colour-independent sign that time is up (time up and
            # overtime are told apart by their word and shape: stop sign, plus; and overtime
            # blinks).
            pen = QPen(reading.style.foreground, max(4.0, rect.height() * 0.03))
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = pen.widthF() / 2
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))

        digit_rect = QRectF(rect.x(), rect.y(), rect.width(), rect.height() * self._DIGIT_SHARE)
        cue_rect = QRectF(
            rect.x(), digit_rect.bottom(), rect.width(), rect.height() - digit_rect.height()
        )
        painter.setPen(reading.style.foreground)
        if reading.digits:
            painter.setFont(_fitted(self._digit_font, reading.digits, digit_rect, 0.92, 0.85))
            # Digits read left to right in every language: "+0:12" must not become "0:12+"
            # when the console is laid out right to left (Arabic).
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            painter.drawText(digit_rect, Qt.AlignmentFlag.AlignCenter, reading.digits)
            painter.setLayoutDirection(self.layoutDirection())
        if reading.cue_text or reading.shape is not CueShape.NONE:
            if self._blink_on:
                painter.fillRect(cue_rect, reading.style.foreground)
                self._paint_cue(painter, cue_rect, reading, colour=reading.style.background)
            else:
                self._paint_cue(painter, cue_rect, reading)
        painter.end()

    def _paint_cue(
        self,
        painter: QPainter,
        rect: QRectF,
        reading: CountdownReading,
        colour: QColor | None = None,
    ) -> None:
        colour = colour or reading.style.foreground
        font = _fitted(self._cue_font, reading.cue_text or "M", rect, 0.7, 0.6)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_width = metrics.horizontalAdvance(reading.cue_text)
        icon_size = metrics.height() * 0.9
        gap = icon_size * 0.4 if reading.shape is not CueShape.NONE else 0.0
        shape_width = icon_size if reading.shape is not CueShape.NONE else 0.0
        left = rect.center().x() - (shape_width + gap + text_width) / 2
        icon_rect = QRectF(left, rect.center().y() - icon_size / 2, icon_size, icon_size)
        _paint_shape(painter, reading.shape, icon_rect, colour)
        text_rect = QRectF(left + shape_width + gap, rect.y(), text_width + 2, rect.height())
        painter.setPen(colour)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, reading.cue_text
        )


def _fitted(base: QFont, text: str, rect: QRectF, width_share: float, height_share: float) -> QFont:
    """``base`` at the largest pixel size that fits ``text`` in a share of ``rect``."""
    font = QFont(base)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    width = max(1.0, metrics.horizontalAdvance(text))
    height = max(1.0, metrics.height())
    scale = min(rect.width() * width_share / width, rect.height() * height_share / height)
    font.setPixelSize(max(8, int(100 * scale)))
    return font


def _paint_shape(painter: QPainter, shape: CueShape, rect: QRectF, colour: QColor) -> None:
    if shape is CueShape.NONE:
        return
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    c, r = rect.center(), rect.width() / 2
    if shape is CueShape.PLAY:
        painter.drawPolygon(
            QPolygonF([rect.topLeft(), QPointF(rect.right(), c.y()), rect.bottomLeft()])
        )
    elif shape is CueShape.TRIANGLE:
        painter.drawPolygon(
            QPolygonF([QPointF(c.x(), rect.top()), rect.bottomRight(), rect.bottomLeft()])
        )
    elif shape is CueShape.DIAMOND:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), rect.top()),
                    QPointF(rect.right(), c.y()),
                    QPointF(c.x(), rect.bottom()),
                    QPointF(rect.left(), c.y()),
                ]
            )
        )
    elif shape is CueShape.OCTAGON:
        k = r * 0.414  # tan(22.5°): half the side of a regular octagon of inner radius r
        points = [(-k, -r), (k, -r), (r, -k), (r, k), (k, r), (-k, r), (-r, k), (-r, -k)]
        painter.drawPolygon(QPolygonF([QPointF(c.x() + x, c.y() + y) for x, y in points]))
    elif shape is CueShape.PLUS:
        # Overtime: a heavy plus, as in "+1:05", so it never reads as time up's stop sign.
        bar = rect.width() * 0.34
        painter.drawRect(QRectF(c.x() - bar / 2, rect.top(), bar, rect.height()))
        painter.drawRect(QRectF(rect.left(), c.y() - bar / 2, rect.width(), bar))
    elif shape is CueShape.PAUSE_BARS:
        bar = rect.width() * 0.32
        painter.drawRect(QRectF(rect.left(), rect.top(), bar, rect.height()))
        painter.drawRect(QRectF(rect.right() - bar, rect.top(), bar, rect.height()))
    painter.restore()


def paint_cue_shape(painter: QPainter, shape: CueShape, rect: QRectF, colour: QColor) -> None:
    """Draw a phase's cue shape in ``rect``: the speaker display draws the same shapes as the
    console, so the chair and the speaker learn one set of signs."""
    _paint_shape(painter, shape, rect, colour)
