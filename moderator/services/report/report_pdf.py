"""The printed report: the header, the tables and the speaking-time chart on A4 landscape pages.

Painted with Qt's own ``QPdfWriter`` and ``QPainter`` (no extra PDF library): text stays text,
so the PDF can be searched and copied from. The layout runs twice: once without painting to
count the pages ("page 2 of 5"), once to paint. Long tables continue on the next page under
their repeated column titles. Works on any thread (the report window writes on a worker), but
needs a ``QGuiApplication`` for fonts; ``moderator report`` makes an offscreen one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from moderator import __version__
from moderator.services.common.wording import translate
from moderator.services.report.report_chart import chart_height, paint_chart
from moderator.services.report.report_tables import ReportDocument, ReportTable

RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(12, 12, 12, 10)
#: The order of the printed tables: the summary first, the long turn log last.
PRINT_ORDER = ("sessions", "chart", "groups", "genders", "attendance", "agenda_items", "speakers")
CHART_WIDTH_MM = 190
#: A table is as wide as its columns' weights at this many millimetres each, at most the page.
TABLE_MM_PER_WEIGHT = 24
#: Names, organisations and titles wrap onto at most this many lines in a cell; the last
#: line of a longer text ends in "…" (the CSV and XLSX files have it whole).
MAX_CELL_LINES = 3
#: A word longer than this may be cut in a table cell rather than widen its column further.
MAX_WORD_MM = 32

HEADER_FILL = "#DCE4EE"
STRIPE_FILL = "#F3F3F3"
RULE_COLOUR = "#9A9A9A"
TEXT_COLOUR = "#1A1A1A"
MUTED_COLOUR = "#5A5A5A"


def write_pdf(document: ReportDocument, path: Path) -> None:
    """Paint ``document`` into a PDF at ``path`` (overwritten). Raises ``OSError`` when the
    file cannot be written and ``RuntimeError`` without a ``QGuiApplication``."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication (for its fonts)")
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{document.title}: {document.report.meeting.title}")
    writer.setCreator(f"Moderator {__version__}")
    pages = _Renderer(document, writer, None).run()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write a PDF to {path}")
    try:
        _Renderer(document, writer, painter, pages).run()
    finally:
        finished = painter.end()
    if not finished or not _is_complete_pdf(path):
        raise OSError(f"cannot finish the PDF at {path}")


def _is_complete_pdf(path: Path) -> bool:
    """Qt's PDF engine does not report every write error (a full disk): a complete file
    starts with the PDF signature and ends with the end-of-file marker."""
    with Path(path).open("rb") as file:
        head = file.read(5)
        file.seek(0, 2)
        size = file.tell()
        file.seek(max(0, size - 1024))
        tail = file.read()
    return head == b"%PDF-" and b"%%EOF" in tail


class _Renderer:
    """Lays the document out page by page; paints only when given a painter."""

    def __init__(
        self,
        document: ReportDocument,
        writer: QPdfWriter,
        painter: QPainter | None,
        total_pages: int = 0,
    ) -> None:
        self.document = document
        self.writer = writer
        self.painter = painter
        self.total_pages = total_pages
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        self.width = page.width()
        self.base = _font(7.5)
        self.bold = _font(7.5, bold=True)
        self.italic = _font(7.5, italic=True)
        self.small = _font(6.5)
        self.heading = _font(10.5, bold=True)
        self.title = _font(16, bold=True)
        self.subtitle = _font(12, bold=True)
        self.line = self._metrics(self.base).height()
        footer = self._metrics(self.small).height() * 1.8
        self.page_height = page.height()
        self.bottom = page.height() - footer
        self.page = 1
        self.y = 0.0

    # --- the document ------------------------------------------------------------------------

    def run(self) -> int:
        self._header()
        for key in PRINT_ORDER:
            if key == "chart":
                self._chart()
            else:
                self._table(self.document.table(key))
        self._footer()
        return self.page

    def _header(self) -> None:
        document = self.document
        self._text_line(document.title, self.title, 1.5)
        self._text_line(document.report.meeting.title, self.subtitle, 1.6, wrap=True)
        label_width = self._mm(30)
        for label, value in document.header:
            if label == "Meeting" or not value:
                continue
            height = self._wrapped_height(value, self.base, self.width - label_width)
            self._draw(QRectF(0, self.y, label_width, height), label, self.bold)
            self._draw(
                QRectF(label_width, self.y, self.width - label_width, height),
                value,
                self.base,
                wrap=True,
            )
            self.y += height + self.line * 0.15
        self.y += self.line * 0.4
        for note in document.notes:
            height = self._wrapped_height(note, self.italic, self.width)
            self._draw(
                QRectF(0, self.y, self.width, height), note, self.italic, MUTED_COLOUR, wrap=True
            )
            self.y += height
        self.y += self.line

    def _chart(self) -> None:
        series = self.document.chart
        height = chart_height(series, self.base, self.writer)
        heading = self._metrics(self.heading).height() * 1.5
        self._keep_together(heading + height)
        self._text_line("Speaking time per group", self.heading, 1.5)
        if self.painter is not None:
            width = min(self.width, self._mm(CHART_WIDTH_MM))
            paint_chart(self.painter, QRectF(0, self.y, width, height), series, self.base)
        self.y += height + self.line

    def _table(self, table: ReportTable) -> None:
        widths = self._column_widths(table)
        header_height = self._header_height(table, widths)
        heading = self._metrics(self.heading).height() * 1.5
        heights = [self._row_height(table, row, widths, self.base) for row in table.rows]
        total_height = (
            self._row_height(table, table.total, widths, self.bold) if table.total else 0.0
        )
        whole = heading + header_height + sum(heights) + total_height
        if whole <= (self.bottom) / 3:
            self._keep_together(whole)  # a small table is never split
        else:
            self._keep_together(heading + header_height + sum(heights[:3]))
        self._text_line(table.title, self.heading, 1.5)
        self._column_titles(table, widths, header_height)
        if not table.rows:
            height = self.line * 1.45
            self._draw(QRectF(0, self.y, self.width, height), table.empty_text, self.italic)
            self.y += height
        for index, (row, height) in enumerate(zip(table.rows, heights, strict=True)):
            if self.y + height > self.bottom:
                self._new_page()
                self._text_line(
                    translate("Report", "{table} (continued)").format(table=table.title),
                    self.heading,
                    1.5,
                )
                self._column_titles(table, widths, header_height)
            if index % 2 and self.painter is not None:
                self.painter.fillRect(QRectF(0, self.y, sum(widths), height), QColor(STRIPE_FILL))
            self._cells(table, row, widths, height, self.base)
        if table.total is not None:
            if self.y + total_height > self.bottom:
                self._new_page()
                self._column_titles(table, widths, header_height)
            self._rule(self.y, sum(widths))
            self._cells(table, table.total, widths, total_height, self.bold)
        self.y += self.line * 1.2

    # --- tables ------------------------------------------------------------------------------

    def _column_widths(self, table: ReportTable) -> list[float]:
        """Widths by the columns' weights, but never narrower than a column's longest word
        (title or cell; numbers and times are one word); a table of few columns takes only
        the width it needs."""
        weights = [
            column.weight * (1.7 if column.dated and self.document.with_dates else 1.0)
            for column in table.columns
        ]
        width = min(self.width, self._mm(TABLE_MM_PER_WEIGHT) * sum(weights))
        least = self._least_widths(table)
        if sum(least) >= width:
            return [width * low / sum(least) for low in least]
        fixed: set[int] = set()
        while True:
            rest = width - sum(least[i] for i in fixed)
            rest_weight = sum(w for i, w in enumerate(weights) if i not in fixed)
            widths = [
                least[i] if i in fixed else rest * weights[i] / rest_weight
                for i in range(len(weights))
            ]
            narrow = {i for i in range(len(widths)) if widths[i] < least[i]} - fixed
            if not narrow:
                return widths
            fixed |= narrow

    def _least_widths(self, table: ReportTable) -> list[float]:
        pad = 2 * self.line * 0.3
        bold = self._metrics(self.bold)
        base = self._metrics(self.base)
        longest_word = self._mm(MAX_WORD_MM)
        rows = [*table.rows, *([table.total] if table.total is not None else [])]
        least = []
        for index, column in enumerate(table.columns):
            words = [bold.horizontalAdvance(word) for word in column.title.split()]
            for row in rows:
                text = self.document.display(row[index], column)
                if column.is_numeric:
                    words.append(bold.horizontalAdvance(text))
                else:
                    words += [min(longest_word, base.horizontalAdvance(w)) for w in text.split()]
            least.append(max(words, default=0.0) + pad)
        return least

    def _row_height(
        self, table: ReportTable, row: tuple, widths: list[float], font: QFont
    ) -> float:
        """As tall as the cell with the most lines (text cells wrap, up to
        ``MAX_CELL_LINES`` lines; numbers stay on one line), plus a little air."""
        pad = self.line * 0.3
        lines = 1
        for value, column, width in zip(row, table.columns, widths, strict=True):
            if column.is_numeric or value is None:
                continue
            text = self.document.display(value, column)
            lines = max(lines, len(self._cell_lines(text, font, width - 2 * pad)))
        return self._metrics(font).height() * lines + self.line * 0.45

    def _cell_lines(self, text: str, font: QFont, width: float) -> list[str]:
        """The lines a text cell prints: wrapped between words (inside a word only when it
        is wider than the cell), at most ``MAX_CELL_LINES``, the last cut with "…" when the
        text goes on. Each line is whole: a row never shows half a line, nor a line that
        belongs below it."""
        text = " ".join(text.split())
        if not text:
            return []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, font, self.writer)
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        ends = [*starts[1:], len(text)]
        lines = [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
        if len(lines) > MAX_CELL_LINES:
            rest = text[starts[MAX_CELL_LINES - 1] :].strip()
            last = self._metrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
            lines = [*lines[: MAX_CELL_LINES - 1], last]
        return lines

    def _header_height(self, table: ReportTable, widths: list[float]) -> float:
        pad = self.line * 0.3
        return (
            max(
                self._wrapped_height(column.title, self.bold, width - 2 * pad)
                for column, width in zip(table.columns, widths, strict=True)
            )
            + 2 * pad
        )

    def _column_titles(self, table: ReportTable, widths: list[float], height: float) -> None:
        if self.painter is not None:
            self.painter.fillRect(QRectF(0, self.y, sum(widths), height), QColor(HEADER_FILL))
        pad = self.line * 0.3
        x = 0.0
        for column, width in zip(table.columns, widths, strict=True):
            align = Qt.AlignmentFlag.AlignRight if column.is_numeric else Qt.AlignmentFlag.AlignLeft
            self._draw(
                QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad),
                column.title,
                self.bold,
                align=align | Qt.AlignmentFlag.AlignBottom,
                wrap=True,
            )
            x += width
        self.y += height
        self._rule(self.y, sum(widths))

    def _cells(
        self,
        table: ReportTable,
        row: tuple,
        widths: list[float],
        height: float,
        font: QFont,
    ) -> None:
        pad = self.line * 0.3
        line_height = self._metrics(font).height()
        x = 0.0
        for value, column, width in zip(row, table.columns, widths, strict=True):
            text = self.document.display(value, column)
            rect = QRectF(x + pad, self.y, width - 2 * pad, height)
            if column.is_numeric:
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                self._draw(rect, text, font, align=align, elide=True)
            else:
                # Whole lines only, as many as the row was made tall for, centred in it.
                lines = self._cell_lines(text, font, rect.width())
                top = self.y + (height - line_height * len(lines)) / 2
                for number, line in enumerate(lines):
                    self._draw(
                        QRectF(rect.x(), top + number * line_height, rect.width(), line_height),
                        line,
                        font,
                        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    )
            x += width
        self.y += height

    # --- pages -------------------------------------------------------------------------------

    def _keep_together(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one (a title with its first
        rows, the whole chart)."""
        if self.y > 0 and self.y + height > self.bottom:
            self._new_page()

    def _new_page(self) -> None:
        self._footer()
        if self.painter is not None:
            self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def _footer(self) -> None:
        document = self.document
        height = self._metrics(self.small).height()
        top = self.page_height - height
        left = f"{document.report.meeting.title} · {document.title}"
        right = (
            translate("Report", "Moderator · page {page} of {pages}").format(
                page=self.page, pages=self.total_pages
            )
            if self.total_pages
            else translate("Report", "Moderator · page {page}").format(page=self.page)
        )
        right_width = self._metrics(self.small).horizontalAdvance(right) + self.line
        self._draw(
            QRectF(0, top, self.width - right_width, height),
            left,
            self.small,
            MUTED_COLOUR,
            elide=True,
        )
        self._draw(
            QRectF(self.width - right_width, top, right_width, height),
            right,
            self.small,
            MUTED_COLOUR,
            align=Qt.AlignmentFlag.AlignRight,
        )

    # --- drawing -----------------------------------------------------------------------------

    def _text_line(self, text: str, font: QFont, spacing: float, wrap: bool = False) -> None:
        metrics = self._metrics(font)
        height = (
            self._wrapped_height(text, font, self.width) if wrap else metrics.height()
        ) + metrics.height() * (spacing - 1)
        self._draw(QRectF(0, self.y, self.width, height), text, font, wrap=wrap, elide=not wrap)
        self.y += height

    def _rule(self, y: float, width: float) -> None:
        if self.painter is not None:
            self.painter.setPen(QPen(QColor(RULE_COLOUR), self._mm(0.2)))
            self.painter.drawLine(0, round(y), round(width), round(y))

    def _draw(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: str = TEXT_COLOUR,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        wrap: bool = False,
        elide: bool = False,
    ) -> None:
        """Draw ``text`` in ``rect``, on one line cut with "…" (``elide``) or wrapped."""
        if self.painter is None or not text:
            return
        if elide:
            text = self._metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(rect, flags, text)

    def _wrapped_height(self, text: str, font: QFont, width: float) -> float:
        bounds = self._metrics(font).boundingRect(
            QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text or " "
        )
        return bounds.height()

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def _mm(self, millimetres: float) -> float:
        return millimetres * self.writer.resolution() / 25.4


#: The report's typeface: the same metrics on every machine that has it (pages break in the
#: same places), and glyphs it lacks (Arabic, Chinese) come from the system's fallback fonts.
REPORT_FAMILY = "DejaVu Sans"


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(REPORT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font
