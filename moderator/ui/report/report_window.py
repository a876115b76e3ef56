"""The report window: a session's or a meeting's report on screen, and its exports.

Organisers and the chair look here after (or during) a session: sessions against their
schedule, every turn planned against actual, agenda items, and how the floor was shared
between stakeholder groups, genders and the room and remote participants, with the chart.
The tables are ``QTableView``s over ``ReportTableModel`` (one model class for every table of
the shared layout, ``services.report.report_tables``), so the screen shows exactly what the files
say.

Reading the database (``services.report.report_reading.ReportReader``) and writing files happen on a
worker thread (a ``QThreadPool`` of one thread owned by the window), never on the GUI thread:
the chair's countdown keeps ticking while a meeting-sized report is read or a PDF is painted.
Files are written atomically (``report_export.write_atomically``). The window is non-modal;
"Refresh" recomputes the report as of now (a running turn's time grows).

``open_report_window(window, reports, session_id=...)`` or ``meeting_id=...`` opens it, with
``now_ms=service.now_ms`` so the report uses the console's clock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from html import escape
from itertools import zip_longest
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator.services.common.errors import DatabaseError
from moderator.services.report.report_chart import chart_description, chart_height, paint_chart
from moderator.services.report.report_export import ReportFormat, ReportNotFound, write_report
from moderator.services.report.report_reading import ReportReader
from moderator.services.report.report_tables import (
    ChartSeries,
    ReportDocument,
    ReportTable,
    local_time,
)
from moderator.ui.common.file_dialogs import choose_file_to_save
from moderator.ui.common.screen_fit import place_on_screen

Index = QModelIndex | QPersistentModelIndex
#: The raw value of a cell (milliseconds, epoch milliseconds, counts, shares): what a column
#: sorts by, not its text.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1

_FORMAT_FILTERS = {
    ReportFormat.CSV: "CSV (*.csv)",
    ReportFormat.XLSX: "Excel workbook (*.xlsx)",
    ReportFormat.PDF: "PDF (*.pdf)",
}

FileChooser = Callable[[QWidget, ReportFormat, str], Path | None]


class ReportTableModel(QAbstractTableModel):
    """One table of the report; the total row (if any) stays last whatever the sort."""

    def __init__(
        self, document: ReportDocument, table: ReportTable, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._table = table
        self._rows: list[tuple[Any, ...]] = list(table.rows)

    @property
    def table(self) -> ReportTable:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._table.total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._table.columns)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._table.columns):
            return None
        column = self._table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.is_numeric else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        if row == len(self._rows) and self._table.total is not None:
            return self._table.total
        return None

    def is_total_row(self, row: int) -> bool:
        return self._table.total is not None and row == len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._table.columns):
            return None
        values = self._row(index.row())
        if values is None:
            return None
        column = self._table.columns[index.column()]
        value = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._document.display(value, column)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and not column.is_numeric and value:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.is_numeric else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and self.is_total_row(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the data rows by their raw values (cells without a value last, either way);
        the total row stays last."""
        if not 0 <= column < len(self._table.columns):
            return
        self.layoutAboutToBeChanged.emit()
        valued = [i for i, row in enumerate(self._rows) if row[column] is not None]
        empty = [i for i, row in enumerate(self._rows) if row[column] is None]
        valued.sort(
            key=lambda i: _sort_key(self._rows[i][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        order_now = valued + empty
        new_row = {old: new for new, old in enumerate(order_now)}
        self._rows = [self._rows[i] for i in order_now]
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_row[i.row()], i.column()) if i.row() in new_row else i
            for i in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, str):
        return (1, value.casefold())
    return (0, value)


class SpeakingTimeChart(QWidget):
    """The speaking-time chart (``report_chart``), sized to its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setAccessibleName(self.tr("Speaking time per group"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._series: tuple[ChartSeries, ...] = ()

    @property
    def series(self) -> tuple[ChartSeries, ...]:
        return self._series

    def set_series(self, series: tuple[ChartSeries, ...]) -> None:
        self._series = series
        self.setAccessibleDescription(chart_description(series))
        self.setFixedHeight(int(chart_height(series, self.font(), self)) + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, int(chart_height(self._series, self.font(), self)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            area = self.rect().adjusted(8, 4, -8, -4)
            paint_chart(painter, area.toRectF(), self._series, self.font())
        finally:
            painter.end()


class _WorkerSignals(QObject):
    """Created on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    loaded = Signal(object)  # ReportDocument
    exported = Signal(str)  # the path written
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


def choose_report_file(parent: QWidget, fmt: ReportFormat, suggested: str) -> Path | None:
    """Ask where to save the report; ``None`` when cancelled. Adds the extension if missing."""
    path = choose_file_to_save(
        parent,
        "report",
        QCoreApplication.translate("ReportWindow", "Export the report"),
        _FORMAT_FILTERS[fmt],
        suggested,
    )
    if path is None:
        return None
    return path if path.suffix.lower() == fmt.suffix else path.with_name(path.name + fmt.suffix)


class ReportWindow(QWidget):
    """The report of one session (``session_id``) or of a meeting (``meeting_id``)."""

    #: The report is on screen (after opening or "Refresh"); carries the ``ReportDocument``.
    sig_loaded = Signal(object)
    #: A file was written; carries its path.
    sig_exported = Signal(str)
    #: Reading or writing failed; carries the message shown in the window.
    sig_failed = Signal(str)

    def __init__(
        self,
        reports: ReportReader,
        session_id: str | None = None,
        meeting_id: str | None = None,
        parent: QWidget | None = None,
        now_ms: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if (session_id is None) == (meeting_id is None):
            raise ValueError("name exactly one of a session or a meeting")
        self.setObjectName("reportWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Report"))
        place_on_screen(self, 1100, 720)
        self._reports = reports
        self._session_id = session_id
        self._meeting_id = meeting_id
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self.choose_file: FileChooser = choose_report_file
        self.document: ReportDocument | None = None
        self.models: dict[str, ReportTableModel] = {}
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _WorkerSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.exported.connect(self._on_exported)
        self._signals.failed.connect(self._on_failed)
        self._build()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self, objectName="reportTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.header_label = QLabel(self, objectName="reportHeader")
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_label.setAccessibleName(self.tr("Report header"))
        # A long session title wraps instead of widening the window past a laptop's screen.
        self.header_label.setWordWrap(True)
        self.header_label.setMinimumWidth(1)
        self.notes_label = QLabel(self, objectName="reportNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(self.tr("Report notes"))
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The notes (a running turn, the definitions) scroll within about five lines, so the
        # tables keep the room on a 1280×720 screen.
        self.notes_area = QScrollArea(self, objectName="reportNotesArea")
        self.notes_area.setAccessibleName(self.tr("Report notes"))
        self.notes_area.setWidget(self.notes_label)
        self.notes_area.setWidgetResizable(True)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 6)
        self.tabs = QTabWidget(self, objectName="reportTabs")
        self.tabs.setAccessibleName(self.tr("Report tables"))
        self.tabs.tabBar().setAccessibleName(self.tr("Report tables"))
        self.views: dict[str, QTableView] = {}
        #: Views as tall as their rows (the small balance tables, on one scrolling page).
        self._fitted: set[str] = set()
        for key, title in (
            ("sessions", self.tr("Sessions")),
            ("speakers", self.tr("Speakers")),
            ("agenda_items", self.tr("Agenda items")),
        ):
            view = self._table_view(key)
            self.tabs.addTab(view, title)
        self.chart = SpeakingTimeChart(self)
        balance = QWidget(self)
        balance_layout = QVBoxLayout(balance)
        balance_layout.addWidget(self.chart)
        for key in ("groups", "genders", "attendance"):
            caption = QLabel(balance, objectName=f"caption_{key}")
            caption_font = caption.font()
            caption_font.setBold(True)
            caption_font.setPointSizeF(caption_font.pointSizeF() * 1.15)
            caption.setFont(caption_font)
            balance_layout.addWidget(caption)
            view = self._table_view(key)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.horizontalHeader().setStretchLastSection(False)
            self._fitted.add(key)
            balance_layout.addWidget(view)
        balance_layout.addStretch(1)
        scroll = QScrollArea(self, objectName="reportBalance")
        scroll.setWidgetResizable(True)
        scroll.setWidget(balance)
        self.tabs.addTab(scroll, self.tr("Balance"))

        self.status = QLabel(self, objectName="reportStatus")
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self, objectName="reportRefresh")
        self.refresh_button.setToolTip(self.tr("Compute the report again as of now"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_buttons: dict[ReportFormat, QPushButton] = {}
        for fmt, text in (
            (ReportFormat.PDF, self.tr("Export &PDF…")),
            (ReportFormat.XLSX, self.tr("Export &XLSX…")),
            (ReportFormat.CSV, self.tr("Export &CSV…")),
        ):
            button = QPushButton(text, self, objectName=f"reportExport_{fmt.value}")
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        close = QPushButton(self.tr("Close"), self, objectName="reportClose")
        close.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.header_label)
        layout.addWidget(self.notes_area)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _table_view(self, key: str) -> QTableView:
        view = QTableView(self, objectName=f"reportTable_{key}")
        view.setAccessibleName(self.tr("Report table"))  # its title once the report is read
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(False)  # enabled once a model is set (sorting needs one)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        self.views[key] = view
        return view

    # --- reading ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        """Compute the report again as of now, on the worker."""
        if self._busy:
            return
        reports, session_id, meeting_id = self._reports, self._session_id, self._meeting_id
        now = self._now_ms()

        def work() -> None:
            try:
                document = reports.document(now, session_id=session_id, meeting_id=meeting_id)
                self._signals.loaded.emit(document)
            except (ReportNotFound, DatabaseError) as error:
                self._signals.failed.emit(str(error))
            except Exception as error:  # the window must not stay "busy" on a surprise
                self._signals.failed.emit(f"The report could not be made: {error}")

        self._start(work, self.tr("Reading the record…"))

    def _on_loaded(self, document: ReportDocument) -> None:
        self._busy = False
        self.document = document
        self._set_buttons()
        report = document.report
        subject = (
            report.sessions[0].title
            if len(report.sessions) == 1 and self._session_id
            else report.meeting.title
        )
        self.setWindowTitle(
            self.tr("{title}: {subject}").format(title=document.title, subject=subject)
        )
        self.title_label.setText(document.title)
        self.header_label.setText(_header_html(document.header))
        self.notes_label.setText("\n".join(document.notes))
        for key, view in self.views.items():
            table = document.table(key)
            old = view.model()
            model = ReportTableModel(document, table, view)
            self.models[key] = model
            view.setModel(model)
            # No sort indicator: the rows stay in the report's own order until a click.
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
            view.setAccessibleName(table.title)
            view.resizeColumnsToContents()
            if key in self._fitted:
                _fit_height(view)
            if old is not None:
                old.deleteLater()
            caption = self.findChild(QLabel, f"caption_{key}")
            if caption is not None:
                caption.setText(table.title)
        self.chart.set_series(document.chart)
        self.status.setText(
            self.tr("Report as of {time}").format(
                time=local_time(report.generated_at_ms, document.zone).strftime("%H:%M:%S")
            )
        )
        self.sig_loaded.emit(document)

    # --- exporting -------------------------------------------------------------------------

    def export(self, fmt: ReportFormat) -> None:
        """Ask for a file, then write the report shown to it on the worker."""
        if self._busy or self.document is None:
            return
        path = self.choose_file(self, fmt, self.suggested_name(fmt))
        if path is None:
            return
        document = self.document

        def work() -> None:
            try:
                write_report(document, path, fmt)
                self._signals.exported.emit(str(path))
            except OSError as error:
                self._signals.failed.emit(f"Cannot write {path}: {error.strerror or error}")
            except Exception as error:
                self._signals.failed.emit(f"Cannot write {path}: {error}")

        self._start(work, self.tr("Writing {name}…").format(name=path.name))

    def suggested_name(self, fmt: ReportFormat) -> str:
        """``report-<session or meeting>-<date>.<ext>``, safe as a file name everywhere."""
        if self.document is None:
            return "report" + fmt.suffix
        report = self.document.report
        subject = report.sessions[0].title if self._session_id and report.sessions else ""
        subject = subject or report.meeting.title
        day = local_time(report.generated_at_ms, self.document.zone).strftime("%Y-%m-%d")
        slug = re.sub(r"[^\w]+", "-", subject.casefold()).strip("-")[:60].strip("-")
        return f"report-{slug or 'session'}-{day}{fmt.suffix}"

    def _on_exported(self, path: str) -> None:
        self._busy = False
        self._set_buttons()
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.sig_exported.emit(path)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self._set_buttons()
        self.status.setText(message)
        self.sig_failed.emit(message)

    # --- worker ----------------------------------------------------------------------------

    def _start(self, work: Callable[[], None], status: str) -> None:
        self._busy = True
        self._set_buttons()
        self.status.setText(status)
        self._pool.start(_Task(work))

    def _set_buttons(self) -> None:
        self.refresh_button.setEnabled(not self._busy)
        for button in self.export_buttons.values():
            button.setEnabled(not self._busy and self.document is not None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # A read or a write in progress finishes first (short: the worker never waits for
        # anything but the disk), so no worker outlives the window it reports to.
        self._pool.waitForDone()
        super().closeEvent(event)


def _fit_height(view: QTableView) -> None:
    """Make ``view`` exactly as tall as its header and rows (no inner scrolling)."""
    view.resizeRowsToContents()
    rows = sum(view.rowHeight(row) for row in range(view.model().rowCount()))
    header = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(rows + header + 2 * view.frameWidth() + 2)


def _header_html(fields: tuple[tuple[str, str], ...]) -> str:
    """The header fields as a compact table of two label–value pairs per line."""
    shown = [(label, value) for label, value in fields if value]
    half = (len(shown) + 1) // 2
    lines = []
    for left, right in zip_longest(shown[:half], shown[half:]):
        cells = []
        for pair in (left, right):
            if pair is not None:
                cells.append(
                    f"<td><b>{escape(pair[0])}</b>&nbsp;&nbsp;</td><td>{escape(pair[1])}</td>"
                )
        lines.append("<tr>" + '<td width="32"></td>'.join(cells) + "</tr>")
    return '<table cellspacing="0" cellpadding="1">' + "".join(lines) + "</table>"


def open_report_window(
    parent: QWidget | None,
    reports: ReportReader,
    session_id: str | None = None,
    meeting_id: str | None = None,
    now_ms: Callable[[], int] | None = None,
) -> ReportWindow:
    """Open (and show) the report of a session or of a whole meeting; returns the window."""
    window = ReportWindow(reports, session_id, meeting_id, parent, now_ms)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
