"""The speaking-time chart, painted with ``QPainter`` for the report window and the PDF alike.

QtCharts lives in PySide6-Addons, which the console does not ship (see the README's dependency
table), and a few labelled horizontal bars are easily painted by hand. One function paints on
any ``QPainter`` (a widget, a ``QPdfWriter`` page, an image), so the screen and the printed
report show the same chart. Every bar carries its label and its numbers as text, so the chart
reads without colour, and its colours (Okabe–Ito) stay distinct for colour-blind readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from moderator.domain.timing.clock import format_duration
from moderator.services.common.wording import translate
from moderator.services.report.report_tables import ChartSeries, ReportWords

#: One colour per panel (Okabe–Ito palette: distinguishable with every kind of colour vision).
PANEL_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
TRACK_COLOUR = "#E8E8E8"
TEXT_COLOUR = "#202020"

#: What a panel without bars says (no gender recorded yet, nobody spoke yet).
EMPTY_PANEL_TEXT = "No turns yet"
#: Rows are this many text lines high; panels are separated by half a row.
ROW_LINES = 1.6


def bar_text(speaking_ms: int, share: float, turns: int) -> str:
    """The numbers written beside a bar: ``6:20 · 42.0 % · 2 turns``."""
    return ReportWords().bar(format_duration(speaking_ms), f"{share * 100:.1f}", turns)


def chart_height(
    series: Sequence[ChartSeries], font: QFont, device: QPaintDevice | None = None
) -> float:
    """The height ``paint_chart`` needs for ``series`` in ``font`` on ``device`` (a PDF page
    has another resolution than the screen: pass it)."""
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    row = metrics.height() * ROW_LINES
    rows = sum(1 + max(1, len(panel.bars)) for panel in series)
    return rows * row + max(0, len(series) - 1) * row / 2


def paint_chart(
    painter: QPainter, rect: QRectF, series: Sequence[ChartSeries], font: QFont
) -> None:
    """Paint one panel per series into ``rect``: a title, then a labelled bar per group.

    All panels share one scale (the largest share of any bar), so bars compare across panels.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(font, painter.device())
    row = metrics.height() * ROW_LINES
    labels = [bar.label for panel in series for bar in panel.bars]
    values = [
        bar_text(bar.speaking_ms, bar.share, bar.turns) for panel in series for bar in panel.bars
    ]
    label_width = min(
        rect.width() * 0.3, max((metrics.horizontalAdvance(t) for t in labels), default=0) + row
    )
    value_width = max((metrics.horizontalAdvance(t) for t in values), default=0) + row / 2
    bar_left = rect.left() + label_width
    bar_span = max(1.0, rect.width() - label_width - value_width)
    top_share = max((bar.share for panel in series for bar in panel.bars), default=0.0)
    bold = QFont(font)
    bold.setBold(True)
    y = rect.top()
    for index, panel in enumerate(series):
        colour = QColor(PANEL_COLOURS[index % len(PANEL_COLOURS)])
        painter.setFont(bold)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            panel.title,
        )
        y += row
        painter.setFont(font)
        if not panel.bars:
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(rect.left() + row / 2, y, rect.width() - row / 2, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                EMPTY_PANEL_TEXT,
            )
            y += row
        for bar in panel.bars:
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(rect.left() + row / 2, y, label_width - row, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - row),
            )
            track = QRectF(bar_left, y + row * 0.2, bar_span, row * 0.6)
            painter.fillRect(track, QColor(TRACK_COLOUR))
            length = bar_span * (bar.share / top_share) if top_share > 0 else 0.0
            if length > 0:
                painter.fillRect(QRectF(track.left(), track.top(), length, track.height()), colour)
                painter.setPen(QPen(colour.darker(140), 0))
                painter.drawRect(QRectF(track.left(), track.top(), length, track.height()))
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(bar_left + bar_span + row / 4, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar_text(bar.speaking_ms, bar.share, bar.turns),
            )
            y += row
        y += row / 2
    painter.restore()


def chart_description(series: Sequence[ChartSeries]) -> str:
    """The chart as text, for screen readers (the widget's accessible description)."""
    parts = []
    for panel in series:
        bars = "; ".join(
            f"{bar.label}: {bar_text(bar.speaking_ms, bar.share, bar.turns)}" for bar in panel.bars
        )
        parts.append(f"{panel.title}: {bars or translate('Report', 'none')}.")
    return " ".join(parts)
