"""The speaker display: a second window for the podium screen or the speaker's confidence monitor.

It follows the session service (who has the floor, the clock) and shows, readable from five
metres: the countdown (digits sized from the window, about half its height on a 1920×1080
screen), a word and a shape for the timer's state (the console's signs: ▶ RUNNING, ▲ WARNING,
◆ FINAL, stop sign TIME UP and ✚ OVERTIME with a thick frame, ❚❚ PAUSED, READY, NO SPEAKER), the
current speaker's name and organisation, "Next: name", a message banner with an icon, and a
blackout. Nothing is told by colour alone. In overtime the cue band blinks once a second; with
"hide overtime" the display shows ``0:00`` and TIME UP instead of ``+m:ss`` (the console's
countdown is not affected).

The window never takes the keyboard: it does not accept focus, shows without activating, and
if a platform activates it anyway it hands activation back to the console. Where the platform
keeps the keyboard on it regardless (a Wayland compositor decides focus itself), the console's
shortcuts are also the display's, and other keys are passed on to the console: F5 followed by N
or Space acts on the session whatever the window manager does. It is not a reason to keep the
application running, and it closes when the console window closes.

What it shows (shown or hidden, blackout, the message) is written to ``DisplaySettings`` at
each change, and ``restore()`` puts it back when the console starts again (after a crash too).

Screens: the chosen screen is remembered by name (``DisplaySettings``). Nothing chosen yet: the
first screen that is not the console's. Full screen only on a screen other than the console's
(there it is a window, so the console stays visible). A remembered screen that is not connected:
a window on the main screen, and ``status`` says so; when it is plugged in again the display
moves back to it, and when the screen it is on is unplugged it becomes a window on the main one.

The console drives it through a small API, so the menu, the shortcuts and the display controls
all do the same thing::

    display = SpeakerDisplay(service, DisplaySettings(), console=main_window)
    display.show_display()          # on the remembered screen (falls back, see ``status``)
    display.show_on_screen(screen)  # choose a screen (QScreen or None = main screen), remember it
    display.hide_display(); display.toggle_display()
    display.send_message(PLEASE_CONCLUDE | TIME_IS_UP | "typed text"); display.clear_message()
    display.set_blackout(True/False); display.toggle_blackout()
    display.set_full_screen(bool); display.set_hide_negative_time(bool)
    display.sig_status   -> str: a sentence for the status bar (where it is shown, fallbacks)
    display.sig_changed  -> the display's options, message, blackout or visibility changed
    DisplayControlsDialog(display, main_window)  # moderator.ui.display.display_messages

Timing: a ``BoundaryTicker`` of its own wakes it exactly when the digits change (and at the
half second in overtime, for the blink); it sleeps while the clock is stopped, the window is
hidden or blacked out. Painting a 1920×1080 frame takes about 2 ms.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import (
    SECOND_MS,
    ClockStatus,
    Phase,
    displayed_seconds,
    ms_until_next_second,
)
from moderator.services.chair.session_service import SessionService
from moderator.services.common.wording import isolated
from moderator.services.display.display_settings import DisplaySettings
from moderator.ui.chair.countdown_widget import CountdownReading, paint_cue_shape
from moderator.ui.common.boundary_ticker import BoundaryTicker
from moderator.ui.common.language import display_text
from moderator.ui.common.theme import (
    NOBODY_STYLE,
    PAUSED_STYLE,
    PHASE_STYLES,
    CueShape,
    PhaseStyle,
)
from moderator.ui.common.watch_events import WatchEvents
from moderator.ui.display.display_messages import PRESET_MESSAGES, DisplayMessage, MessageKind

log = logging.getLogger(__name__)

BLINK_MS = 500  # in overtime the cue band is inverted for the second half of each second
MESSAGE_BACKGROUND = QColor("#ffffff")
MESSAGE_FOREGROUND = QColor("#111111")
MESSAGE_ICON_COLOURS = {
    MessageKind.CONCLUDE: QColor("#8a4b00"),
    MessageKind.TIME_UP: QColor("#b00020"),
    MessageKind.TYPED: QColor("#0d47a1"),
}
# Bands of the screen, as shares of its height: names (or a message), digits, cue, next speaker.
CUE_TOP = 0.75
NEXT_TOP = 0.86
DIGIT_FAMILY = "DejaVu Sans Mono"
TEXT_FAMILY = "DejaVu Sans"


def _tr(text: str) -> str:
    """Text for the podium, in the speaker display's own language."""
    return display_text("SpeakerDisplay", text)


def _cue(phase_word: str, paused: bool) -> str:
    """A phase's word (marked in ``theme``) for the podium, "PAUSED · " before it when the
    clock is paused in that phase."""
    word = display_text("Phase", phase_word)
    if not paused:
        return word
    return display_text("Phase", "PAUSED · {phase}").format(phase=word)


# --- what is shown -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DisplayReading:
    """The timer part of the display at one moment."""

    digits: str
    cue_text: str
    shape: CueShape
    style: PhaseStyle
    phase: Phase | None  # None when nobody has the floor
    framed: bool  # time up or overtime: a thick frame around the screen
    blink_on: bool  # overtime, second half of a second: the cue band is inverted

    @classmethod
    def of(cls, state: SessionState, now_ms: int, hide_negative_time: bool) -> DisplayReading:
        console = CountdownReading.of(state, now_ms)
        if console.phase is None:
            return cls(
                "",
                _tr(QT_TRANSLATE_NOOP("SpeakerDisplay", "NO SPEAKER")),
                CueShape.NONE,
                NOBODY_STYLE,
                None,
                False,
                False,
            )
        clock = state.clock
        if console.status is ClockStatus.IDLE:
            # The console says "READY · SPACE TO START": the key is for the chair, not the speaker.
            return cls(
                console.digits,
                _tr(QT_TRANSLATE_NOOP("SpeakerDisplay", "READY")),
                CueShape.NONE,
                console.style,
                console.phase,
                False,
                False,
            )
        running = console.status is ClockStatus.RUNNING
        overtime = console.phase is Phase.OVERTIME
        blink_on = running and overtime and (-clock.remaining_ms(now_ms)) % SECOND_MS >= BLINK_MS
        framed = console.phase in (Phase.TIME_UP, Phase.OVERTIME)
        # Hidden negative time: no "+m:ss" at all, also during time up's grace (+0:01…+0:04).
        if hide_negative_time and displayed_seconds(clock.remaining_ms(now_ms)) < 0:
            time_up = PHASE_STYLES[Phase.TIME_UP]
            cue = _cue(time_up.cue_text, not running)
            shape = CueShape.OCTAGON if running else CueShape.PAUSE_BARS
            return cls("0:00", cue, shape, time_up, Phase.TIME_UP, framed, blink_on)
        paused_in_phase = not running and console.style is not PAUSED_STYLE
        return cls(
            console.digits,
            _cue(console.style.cue_text, paused_in_phase),
            console.shape,
            console.style,
            console.phase,
            framed,
            blink_on,
        )


@dataclass(frozen=True, slots=True)
class DisplayNames:
    """Who speaks and who is next; changes only with the state, not with the clock."""

    headline: str  # the current speaker, or the session's title when nobody speaks
    details: str  # function · organisation
    next_line: str

    @classmethod
    def of(cls, state: SessionState) -> DisplayNames:
        current = state.current_entry
        if current is None:
            headline, details = state.session.title, ""
        else:
            person = state.participant_of(current)
            headline = person.name
            details = " · ".join(part for part in (person.function, person.organisation) if part)
        upcoming = state.next_entry()
        if upcoming is None:
            next_line = _tr(QT_TRANSLATE_NOOP("SpeakerDisplay", "Next: nobody is waiting"))
        else:
            person = state.participant_of(upcoming)
            next_line = _tr(QT_TRANSLATE_NOOP("SpeakerDisplay", "Next: {name}")).format(
                name=isolated(person.name)
            )
            if person.organisation:
                next_line += f" — {isolated(person.organisation)}"
        return cls(headline, details, next_line)


@dataclass(frozen=True, slots=True)
class DisplayView:
    """Everything the speaker display paints: one immutable value, also used by the preview."""

    reading: DisplayReading
    names: DisplayNames
    message: DisplayMessage | None = None
    blackout: bool = False


# --- painting ------------------------------------------------------------------------------


class _Fonts:
    """Fonts fitted to boxes, cached: sizes change with the window or the text, not per tick."""

    def __init__(self) -> None:
        self._digits = QFont(DIGIT_FAMILY)
        self._digits.setStyleHint(QFont.StyleHint.Monospace)
        self._digits.setBold(True)
        self._bold = QFont(TEXT_FAMILY)
        self._bold.setBold(True)
        self._plain = QFont(TEXT_FAMILY)
        self._cache: dict[tuple[object, ...], QFont] = {}

    def digits(self, text: str, width: float, height: float) -> QFont:
        """The largest digits whose ink fits ``width`` × ``height`` (monospace: only the
        number of characters matters, so the size holds steady while the clock runs)."""
        key = ("digits", len(text), round(width), round(height))
        if key not in self._cache:
            font = QFont(self._digits)
            font.setPixelSize(100)
            metrics = QFontMetricsF(font)
            ink = metrics.tightBoundingRect("0" * len(text)).height()
            scale = min(width / metrics.horizontalAdvance(text), height / max(1.0, ink))
            font.setPixelSize(max(8, int(100 * scale)))
            self._store(key, font)
        return self._cache[key]

    def line(self, text: str, width: float, height: float, bold: bool = True) -> QFont:
        """The largest font whose line box is ``height`` and whose text fits ``width``."""
        key = ("line", text, round(width), round(height), bold)
        if key not in self._cache:
            font = QFont(self._bold if bold else self._plain)
            font.setPixelSize(100)
            metrics = QFontMetricsF(font)
            scale = min(
                width / max(1.0, metrics.horizontalAdvance(text)), height / metrics.height()
            )
            font.setPixelSize(max(8, int(100 * scale)))
            self._store(key, font)
        return self._cache[key]

    def shrunk(self, text: str, width: float, height: float, bold: bool = True) -> QFont:
        """A font whose line box is ``height``, made smaller (down to two thirds) when the text
        is too wide; what is still too wide is elided by the caller."""
        key = ("shrunk", text, round(width), round(height), bold)
        if key not in self._cache:
            font = QFont(self._bold if bold else self._plain)
            font.setPixelSize(100)
            metrics = QFontMetricsF(font)
            full = height / metrics.height()
            fitting = width / max(1.0, metrics.horizontalAdvance(text))
            scale = max(min(full, fitting), full * 2 / 3)
            font.setPixelSize(max(8, int(100 * scale)))
            self._store(key, font)
        return self._cache[key]

    def wrapped(self, text: str, width: float, height: float, max_lines: int = 2) -> QFont:
        """The largest bold font that fits ``text`` in the box on at most ``max_lines`` lines."""
        key = ("wrapped", text, round(width), round(height), max_lines)
        if key not in self._cache:
            font = QFont(self._bold)
            size = max(8, int(height / 1.2))
            while size > 8:
                font.setPixelSize(size)
                metrics = QFontMetricsF(font)
                box = metrics.boundingRect(
                    QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text
                )
                lines = round(box.height() / metrics.lineSpacing())
                if box.width() <= width and box.height() <= height and lines <= max_lines:
                    break
                size = int(size * 0.92)
            font.setPixelSize(size)
            self._store(key, font)
        return self._cache[key]

    def _store(self, key: tuple[object, ...], font: QFont) -> None:
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = font


@dataclass(frozen=True, slots=True)
class _Layout:
    head: QRectF
    digits: QRectF
    cue: QRectF
    next_line: QRectF

    @classmethod
    def of(cls, rect: QRectF, has_message: bool) -> _Layout:
        top = 0.28 if has_message else 0.20

        def band(start: float, end: float) -> QRectF:
            return QRectF(
                rect.x(),
                rect.y() + start * rect.height(),
                rect.width(),
                (end - start) * rect.height(),
            )

        return cls(band(0.0, top), band(top, CUE_TOP), band(CUE_TOP, NEXT_TOP), band(NEXT_TOP, 1.0))


def paint_view(painter: QPainter, rect: QRectF, view: DisplayView, fonts: _Fonts) -> None:
    """Paint the whole speaker display into ``rect`` (the window, the preview, a screenshot)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if view.blackout:
        painter.fillRect(rect, Qt.GlobalColor.black)
        painter.restore()
        return
    reading = view.reading
    style = reading.style
    painter.fillRect(rect, style.background)
    layout = _Layout.of(rect, view.message is not None)
    margin = rect.width() * 0.03
    if view.message is not None:
        _paint_message(painter, layout.head, view.message, fonts)
    else:
        _paint_names(painter, layout.head.adjusted(margin, 0, -margin, 0), view.names, style, fonts)
    if reading.digits:
        _paint_digits(painter, layout.digits, reading, fonts)
    else:
        waiting = _tr(QT_TRANSLATE_NOOP("SpeakerDisplay", "Waiting for the next speaker"))
        box = layout.digits.adjusted(margin, layout.digits.height() * 0.3, -margin, 0)
        box.setHeight(layout.digits.height() * 0.25)
        painter.setPen(style.foreground)
        painter.setFont(fonts.line(waiting, box.width(), box.height()))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, waiting)
    _paint_cue(painter, layout.cue, reading, fonts)
    _paint_next(painter, layout.next_line.adjusted(margin, 0, -margin, 0), view.names, style, fonts)
    if reading.framed:
        # A thick frame: a second, colour-independent sign that time is up (as on the console).
        pen = QPen(style.foreground, max(4.0, rect.height() * 0.025))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


def _paint_names(
    painter: QPainter, rect: QRectF, names: DisplayNames, style: PhaseStyle, fonts: _Fonts
) -> None:
    h = rect.height()
    name_box = QRectF(rect.x(), rect.y() + h * 0.12, rect.width(), h * 0.52)
    details_box = QRectF(rect.x(), name_box.bottom(), rect.width(), h * 0.32)
    painter.setPen(style.foreground)
    if not names.details:  # a session title: long, and it may take two lines
        box = name_box.united(details_box)
        font = fonts.wrapped(names.headline, box.width(), box.height(), max_lines=2)
        if (
            font.pixelSize()
            > fonts.shrunk(names.headline, box.width(), name_box.height()).pixelSize()
        ):
            font = fonts.shrunk(names.headline, box.width(), name_box.height())
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box, int(flags), names.headline)
        return
    for text, box, bold in ((names.headline, name_box, True), (names.details, details_box, False)):
        _draw_line(painter, box, text, fonts.shrunk(text, box.width(), box.height(), bold))


def _paint_digits(painter: QPainter, rect: QRectF, reading: DisplayReading, fonts: _Fonts) -> None:
    font = fonts.digits(reading.digits, rect.width() * 0.94, rect.height() * 0.86)
    metrics = QFontMetricsF(font)
    ink = metrics.tightBoundingRect(reading.digits)
    # Centre the ink, not the line box: digits have no descenders, and a line box would put
    # them visibly high on the screen.
    baseline = rect.center().y() - (ink.top() + ink.bottom()) / 2
    left = rect.center().x() - metrics.horizontalAdvance(reading.digits) / 2
    painter.setFont(font)
    painter.setPen(reading.style.foreground)
    # Left to right in every language: "+0:12", never "0:12+" on an Arabic display.
    direction = painter.layoutDirection()
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.drawText(QPointF(left, baseline), reading.digits)
    painter.setLayoutDirection(direction)


def _paint_cue(painter: QPainter, rect: QRectF, reading: DisplayReading, fonts: _Fonts) -> None:
    style = reading.style
    foreground = style.foreground
    if reading.blink_on:
        painter.fillRect(rect, foreground)
        foreground = style.background
    if not reading.cue_text and reading.shape is CueShape.NONE:
        return
    text = reading.cue_text or "M"
    font = fonts.line(text, rect.width() * 0.7, rect.height() * 0.72)
    metrics = QFontMetricsF(font)
    text_width = metrics.horizontalAdvance(reading.cue_text)
    has_shape = reading.shape is not CueShape.NONE
    icon = metrics.capHeight() * 1.35 if has_shape else 0.0
    gap = icon * 0.45 if has_shape else 0.0
    left = rect.center().x() - (icon + gap + text_width) / 2
    if has_shape:
        icon_rect = QRectF(left, rect.center().y() - icon / 2, icon, icon)
        paint_cue_shape(painter, reading.shape, icon_rect, foreground)
    painter.setFont(font)
    painter.setPen(foreground)
    text_rect = QRectF(left + icon + gap, rect.y(), text_width + 2, rect.height())
    painter.drawText(
        text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, reading.cue_text
    )


def _paint_next(
    painter: QPainter, rect: QRectF, names: DisplayNames, style: PhaseStyle, fonts: _Fonts
) -> None:
    separator = QColor(style.foreground)
    separator.setAlphaF(0.45)
    painter.setPen(QPen(separator, max(1.0, rect.height() * 0.03)))
    painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()))
    # Clear of the thick time-up frame at the bottom (2.5 % of the screen's height).
    box = rect.adjusted(0, rect.height() * 0.1, 0, -rect.height() * 0.26)
    painter.setPen(style.foreground)
    font = fonts.shrunk(names.next_line, box.width(), box.height(), bold=False)
    _draw_line(painter, box, names.next_line, font)


def _draw_line(painter: QPainter, box: QRectF, text: str, font: QFont) -> None:
    """One centred line, elided when it does not fit even in the shrunk font."""
    painter.setFont(font)
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)


def _paint_message(painter: QPainter, head: QRectF, message: DisplayMessage, fonts: _Fonts) -> None:
    """A white banner with a black border, an icon for the kind of message, and the words."""
    # Clear of the thick time-up frame (2.5 % of the height) on every side.
    margin_x, margin_y = head.width() * 0.03, head.height() * 0.14
    banner = head.adjusted(margin_x, margin_y, -margin_x, -margin_y * 0.4)
    border = max(3.0, head.height() * 0.035)
    painter.setPen(QPen(MESSAGE_FOREGROUND, border))
    painter.setBrush(MESSAGE_BACKGROUND)
    painter.drawRoundedRect(banner, border * 2, border * 2)
    inner = banner.adjusted(border * 2, border * 2, -border * 2, -border * 2)
    icon_size = inner.height() * 0.8
    icon_rect = QRectF(inner.x(), inner.center().y() - icon_size / 2, icon_size, icon_size)
    _paint_message_icon(painter, message.kind, icon_rect)
    text_box = inner.adjusted(icon_size * 1.3, 0, 0, 0)
    text = message.podium_label
    painter.setFont(fonts.wrapped(text, text_box.width(), text_box.height()))
    painter.setPen(MESSAGE_FOREGROUND)
    painter.drawText(
        text_box,
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        text,
    )


def _paint_message_icon(painter: QPainter, kind: MessageKind, rect: QRectF) -> None:
    painter.save()
    colour = MESSAGE_ICON_COLOURS[kind]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind is MessageKind.CONCLUDE:  # an hourglass, sand running into the lower bulb
        _paint_hourglass(painter, rect, colour)
    elif kind is MessageKind.TIME_UP:  # a stop sign with a white bar
        paint_cue_shape(painter, CueShape.OCTAGON, rect, colour)
        bar = QRectF(0, 0, rect.width() * 0.62, rect.height() * 0.18)
        bar.moveCenter(rect.center())
        painter.setBrush(MESSAGE_BACKGROUND)
        painter.drawRect(bar)
    else:  # a speech bubble
        body = QRectF(rect.x(), rect.y() + rect.height() * 0.08, rect.width(), rect.height() * 0.66)
        path = QPainterPath()
        path.addRoundedRect(body, rect.width() * 0.16, rect.width() * 0.16)
        tail = QPolygonF(
            [
                QPointF(rect.x() + rect.width() * 0.22, body.bottom() - 1),
                QPointF(rect.x() + rect.width() * 0.18, rect.bottom()),
                QPointF(rect.x() + rect.width() * 0.5, body.bottom() - 1),
            ]
        )
        path.addPolygon(tail)
        path.setFillRule(Qt.FillRule.WindingFill)
        painter.drawPath(path)
        painter.setBrush(MESSAGE_BACKGROUND)
        dot = rect.width() * 0.12
        for share in (0.28, 0.5, 0.72):
            centre = QPointF(rect.x() + rect.width() * share, body.center().y())
            painter.drawEllipse(centre, dot / 2, dot / 2)
    painter.restore()


def _paint_hourglass(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    h = rect.height()
    x, mid = rect.center().x(), rect.center().y()
    half = rect.width() * 0.34  # half the width of a bulb
    bar = h * 0.1
    top, bottom = rect.top() + bar, rect.bottom() - bar
    waist = half * 0.14
    painter.drawRoundedRect(QRectF(x - half * 1.25, rect.top(), half * 2.5, bar), bar / 3, bar / 3)
    painter.drawRoundedRect(QRectF(x - half * 1.25, bottom, half * 2.5, bar), bar / 3, bar / 3)
    glass = QPainterPath(QPointF(x - half, top))
    glass.cubicTo(
        QPointF(x - half, mid - h * 0.12),
        QPointF(x - waist, mid - h * 0.05),
        QPointF(x - waist, mid),
    )
    glass.cubicTo(
        QPointF(x - waist, mid + h * 0.05),
        QPointF(x - half, mid + h * 0.12),
        QPointF(x - half, bottom),
    )
    glass.lineTo(QPointF(x + half, bottom))
    glass.cubicTo(
        QPointF(x + half, mid + h * 0.12),
        QPointF(x + waist, mid + h * 0.05),
        QPointF(x + waist, mid),
    )
    glass.cubicTo(
        QPointF(x + waist, mid - h * 0.05),
        QPointF(x + half, mid - h * 0.12),
        QPointF(x + half, top),
    )
    glass.closeSubpath()
    pen = QPen(colour, max(1.5, rect.width() * 0.07))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(glass)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    sand_top = mid - h * 0.13
    painter.drawPolygon(  # what is left above
        QPolygonF(
            [
                QPointF(x - half * 0.55, sand_top),
                QPointF(x + half * 0.55, sand_top),
                QPointF(x, mid),
            ]
        )
    )
    painter.drawRect(QRectF(x - waist * 0.35, mid, waist * 0.7, h * 0.2))  # the falling stream
    painter.drawPolygon(  # the heap below
        QPolygonF(
            [
                QPointF(x - half * 0.9, bottom),
                QPointF(x + half * 0.9, bottom),
                QPointF(x, bottom - h * 0.2),
            ]
        )
    )


# --- the window ----------------------------------------------------------------------------


def _screen_label(screen: QScreen) -> str:
    """A screen's name for the chair; some platforms give none, then its size says which."""
    size = screen.geometry().size()
    return screen.name() or f"{size.width()}×{size.height()}"


def _remembered_message(stored: tuple[str, str] | None) -> DisplayMessage | None:
    """The message kept in the settings, as the preset itself when it is one."""
    if stored is None:
        return None
    kind_value, text = stored
    try:
        kind = MessageKind(kind_value)
    except ValueError:
        return None
    if kind is MessageKind.TYPED:
        return DisplayMessage.typed(text)  # cleaned and cut as when it was typed
    message = DisplayMessage(text, kind)
    return next((preset for preset in PRESET_MESSAGES if preset == message), message)


class SpeakerDisplay(QWidget):
    #: A sentence for the chair about where the display is (or why not where it was asked).
    sig_status = Signal(str)
    #: Visibility, screen, options, message or blackout changed: controls refresh.
    sig_changed = Signal()
    #: What the display shows changed (carries the ``DisplayView``): the preview repaints.
    sig_view_changed = Signal(object)

    WINDOW_SHARE = 0.5  # of the screen's width, in window mode

    def __init__(
        self,
        service: SessionService,
        settings: DisplaySettings,
        console: QWidget | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("speakerDisplay")
        self.setWindowTitle(self.tr("Moderator — speaker display"))
        self.setAccessibleName(self.tr("Speaker display"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self._service = service
        self._settings = settings
        # Read once: the display asks on every tick, and QSettings reads are not free.
        self._hide_negative = settings.hide_negative_time
        self._console = console
        self._fonts = _Fonts()
        # What the podium showed when the console last ran: a restart puts it back.
        self._message: DisplayMessage | None = _remembered_message(settings.message)
        self._blackout = settings.blackout
        self._status = ""
        self._placed_on: QScreen | None = None
        now = service.now_ms()
        self._view = DisplayView(
            DisplayReading.of(service.state, now, settings.hide_negative_time),
            DisplayNames.of(service.state),
            self._message,
            self._blackout,
        )
        self.ticker = BoundaryTicker(self._ms_until_change, service.now_ms, self)
        self.ticker.sig_tick.connect(self._refresh_reading)
        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self._on_state_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screen_added)
            app.screenRemoved.connect(self._on_screen_removed)
        if console is not None:
            WatchEvents(console, self._console_event, owner=self)
            console.destroyed.connect(self.close)
            # Where a platform ignores the flags and keeps the keyboard on the display (Wayland
            # compositors decide focus themselves and refuse the hand-back), the chair's
            # shortcuts still act: the console's actions are the display's too. (``actions``
            # is shadowed on the console by its action collection: the QWidget method.)
            self.addActions(QWidget.actions(console))

    # --- state, read by the display controls -------------------------------------------------

    @property
    def view(self) -> DisplayView:
        return self._view

    @property
    def message(self) -> DisplayMessage | None:
        return self._message

    @property
    def blackout(self) -> bool:
        return self._blackout

    @property
    def status(self) -> str:
        return self._status

    @property
    def full_screen(self) -> bool:
        return self._settings.full_screen

    @property
    def hide_negative_time(self) -> bool:
        return self._hide_negative

    @property
    def chosen_screen_name(self) -> str:
        """The screen the chair chose (remembered), even when it is not connected now."""
        return self._settings.screen_name

    @property
    def current_screen_name(self) -> str:
        return self._placed_on.name() if self._placed_on is not None else ""

    @property
    def current_screen_label(self) -> str:
        """The screen it is placed on as the chair knows it (its name, else its size)."""
        return _screen_label(self._placed_on) if self._placed_on is not None else ""

    def create_preview(self, parent: QWidget | None = None) -> DisplayPreview:
        return DisplayPreview(self, parent)

    # --- showing and placing ------------------------------------------------------------------

    def restore(self) -> None:
        """Put the podium back as the chair left it (shown or not; blackout and message are
        already restored at construction): the console calls it once at start."""
        if self._settings.shown and not self.isVisible():
            self.show_display()

    def show_display(self) -> str:
        """Show on the remembered screen, or say why elsewhere; returns the status sentence."""
        self._remember(shown=True)
        self._place()
        return self._status

    def show_on_screen(self, screen: QScreen | None) -> str:
        """The chair chose ``screen`` (``None``: the main screen): remember it and show there."""
        self._settings.screen_name = screen.name() if screen is not None else ""
        self._settings.sync()
        return self.show_display()

    def hide_display(self) -> None:
        self._remember(shown=False)
        self.hide()

    def _remember(self, **values: object) -> None:
        """Write what the podium shows to the settings at once: after a crash the next start
        reads them (a later, lazy write would be lost with the process)."""
        changed = False
        for key, value in values.items():
            if getattr(self._settings, key) != value:
                setattr(self._settings, key, value)
                changed = True
        if changed:
            self._settings.sync()

    def toggle_display(self) -> None:
        if self.isVisible():
            self.hide_display()
        else:
            self.show_display()

    def set_full_screen(self, full_screen: bool) -> None:
        self._settings.full_screen = full_screen
        self._settings.sync()
        if self.isVisible():
            self._place()
        else:
            self.sig_changed.emit()

    def set_hide_negative_time(self, hide: bool) -> None:
        self._hide_negative = hide
        self._settings.hide_negative_time = hide
        self._settings.sync()
        self._refresh_reading(self._service.now_ms())
        self.sig_changed.emit()

    def _place(self, gone: QScreen | None = None) -> None:
        screens = [s for s in QGuiApplication.screens() if s is not gone]
        if not screens:
            return
        primary = QGuiApplication.primaryScreen()
        if primary is None or primary is gone:
            primary = screens[0]
        console_screen = self._console.screen() if self._console is not None else primary
        if console_screen is gone or console_screen not in screens:
            console_screen = primary
        wanted = self._settings.screen_name
        target = next((s for s in screens if s.name() == wanted), None) if wanted else None
        full_screen = self._settings.full_screen
        if wanted and target is None:
            target, full_screen = primary, False
            status = self.tr(
                "The screen “{wanted}” chosen for the speaker display is not connected: "
                "the display is a window on the main screen “{screen}”."
            ).format(wanted=wanted, screen=_screen_label(primary))
        else:
            if target is None:  # never chosen: the first screen that is not the console's
                target = next((s for s in screens if s is not console_screen), primary)
            if full_screen and target is console_screen:
                full_screen = False
                status = self.tr(
                    "The speaker display is a window on “{screen}”: that screen also shows the "
                    "console, which must stay visible."
                ).format(screen=_screen_label(target))
            elif full_screen:
                size = target.geometry().size()
                status = self.tr("Speaker display: full screen on “{screen}” ({w}×{h}).").format(
                    screen=_screen_label(target), w=size.width(), h=size.height()
                )
            else:
                status = self.tr("Speaker display: a window on “{screen}”.").format(
                    screen=_screen_label(target)
                )
        self._show_on(target, full_screen)
        self._set_status(status)

    def _show_on(self, screen: QScreen, full_screen: bool) -> None:
        if self.windowState() & Qt.WindowState.WindowFullScreen:
            # A full-screen window cannot move: leave full screen first.
            self.setWindowState(Qt.WindowState.WindowNoState)
        self.setScreen(screen)
        if full_screen:
            self.setGeometry(screen.geometry())
            # Not showFullScreen(): it activates the window, taking the keyboard from the chair.
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            area = screen.availableGeometry()
            width = int(area.width() * self.WINDOW_SHARE)
            height = width * 9 // 16
            margin = 24
            self.setGeometry(
                QRect(
                    area.right() - width - margin,
                    area.bottom() - height - margin,
                    width,
                    height,
                )
            )
            self.unsetCursor()
        self._placed_on = screen
        self.show()  # WA_ShowWithoutActivating: the console keeps the keyboard

    def _set_status(self, status: str) -> None:
        self._status = status
        log.info("speaker display placed", extra={"status": status})
        self.sig_status.emit(status)
        self.sig_changed.emit()

    def _on_screen_added(self, screen: QScreen) -> None:
        """The chosen screen is back, or (nothing chosen) a first screen beside the console's
        appeared: move there."""
        if not self.isVisible():
            return
        wanted = self._settings.screen_name
        beside_console = self._console is not None and screen is not self._console.screen()
        if (wanted and screen.name() == wanted) or (not wanted and beside_console):
            self._place()

    def _on_screen_removed(self, screen: QScreen) -> None:
        if self.isVisible() and screen is self._placed_on:
            # Before Qt moves the window to the main screen on its own, in full screen (which
            # would hide the console): place it as a window, and say so.
            self._place(gone=screen)

    # --- messages and blackout ----------------------------------------------------------------

    def send_message(self, message: DisplayMessage | str) -> None:
        """Show a banner until ``clear_message``; a string is a typed message."""
        if isinstance(message, str):
            typed = DisplayMessage.typed(message)
            if typed is None:
                return
            message = typed
        self._message = message
        self._remember(message=(message.kind.value, message.text))
        log.info("speaker display message", extra={"kind": message.kind.value})
        self._show_view(replace(self._view, message=message))
        self.sig_changed.emit()

    def clear_message(self) -> None:
        if self._message is None:
            return
        self._message = None
        self._remember(message=None)
        self._show_view(replace(self._view, message=None))
        self.sig_changed.emit()

    def set_blackout(self, blackout: bool) -> None:
        if blackout == self._blackout:
            return
        self._blackout = blackout
        self._remember(blackout=blackout)
        log.info("speaker display blackout", extra={"blackout": blackout})
        self._show_view(replace(self._view, blackout=blackout))
        self.ticker.reschedule()
        if not blackout:
            self._refresh_all()
        self.sig_changed.emit()

    def toggle_blackout(self) -> None:
        self.set_blackout(not self._blackout)

    # --- following the session ----------------------------------------------------------------

    def _ms_until_change(self, now_ms: int) -> int | None:
        clock = self._service.state.clock
        if not self.isVisible() or self._blackout or not clock.is_running:
            return None
        if self._service.state.current_entry_id is None:
            return None
        remaining = clock.remaining_ms(now_ms)
        until = ms_until_next_second(remaining)
        if remaining <= -SECOND_MS:  # overtime: the blink flips at each half second
            until = min(until, BLINK_MS - (-remaining) % BLINK_MS)
        return until

    def _on_state_changed(self, *_args: object) -> None:
        self._refresh_all()

    def _refresh_all(self) -> None:
        state = self._service.state
        now = self._service.now_ms()
        reading = DisplayReading.of(state, now, self._hide_negative)
        self._show_view(DisplayView(reading, DisplayNames.of(state), self._message, self._blackout))
        self.ticker.reschedule()

    def _refresh_reading(self, now_ms: int) -> None:
        reading = DisplayReading.of(self._service.state, now_ms, self._hide_negative)
        self._show_view(replace(self._view, reading=reading))

    def _show_view(self, view: DisplayView) -> None:
        if view == self._view:
            return
        self._view = view
        self.setAccessibleDescription(
            " ".join(
                part
                for part in (
                    view.reading.digits,
                    view.reading.cue_text,
                    view.message.label if view.message else "",
                )
                if part
            )
        )
        self.update()
        self.sig_view_changed.emit(view)

    # --- Qt events ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_view(painter, QRectF(self.rect()), self._view, self._fonts)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._refresh_all()
        self.sig_changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.ticker.reschedule()  # not visible: the ticker sleeps
        self.sig_changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # Some platforms activate every new window whatever its flags (offscreen, some window
        # managers): the keyboard belongs to the console, give it back.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self._console is not None
            and self._console.isVisible()
        ):
            self._console.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """A key that reached the display anyway (not a shortcut) goes on to the console."""
        self._forward_key(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        self._forward_key(event)

    def _forward_key(self, event: QKeyEvent) -> None:
        console = self._console
        if console is None or not console.isVisible():
            event.ignore()
            return
        target = console.focusWidget() or console
        forwarded = QKeyEvent(
            event.type(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QCoreApplication.sendEvent(target, forwarded)
        event.accept()

    def _console_event(self, event: QEvent) -> bool:
        """The console hidden on purpose (closed, not minimised) closes the display too."""
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.close()
        return False


class DisplayPreview(QWidget):
    """A small live copy of the speaker display for the chair (16:9, letterboxed)."""

    def __init__(self, display: SpeakerDisplay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayPreview")
        self.setAccessibleName(self.tr("Preview of the speaker display"))
        self.setFixedSize(320, 180)
        self._display = display
        self._fonts = _Fonts()
        display.sig_view_changed.connect(self.update)
        display.sig_changed.connect(self.update)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = QRectF(self.rect())
        paint_view(painter, rect, self._display.view, self._fonts)
        notes = []
        if self._display.blackout:
            notes.append(self.tr("BLACKOUT"))
        if not self._display.isVisible():
            notes.append(self.tr("NOT SHOWN"))
        if notes:
            painter.fillRect(QRectF(0, 0, rect.width(), 22), QColor(0, 0, 0, 170))
            painter.setPen(QColor("#ffffff"))
            font = QFont(TEXT_FAMILY)
            font.setBold(True)
            font.setPixelSize(14)
            painter.setFont(font)
            painter.drawText(
                QRectF(6, 0, rect.width() - 12, 22),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                " · ".join(notes),
            )
        painter.end()
