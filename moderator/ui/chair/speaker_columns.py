"""How the list of speakers shares its width: names first.

At laptop size the list pane is ~600 px for eight columns. With the speaker stretched into what
fixed columns left, names were cut to "Amira …" while the organisation kept a wide fixed column.
The chair reads names; so the short columns (item, type, where, times, status) get what their
texts need, the speaker column gets what its longest name needs (and never less than most of the
room left), and the organisation takes the rest, cut with "…" (the whole row is in the tooltip).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from moderator.ui.chair.speaker_list_model import Column, SpeakerListModel

#: The share of the list's width the speaker column gets first (all of it if its names need less).
SPEAKER_SHARE = 0.4
#: Below this the organisation column is not worth drawing; it keeps this much while it can.
ORGANISATION_MIN = 48
#: The narrowest a short column is squeezed to when the list is narrow (its text then cut).
SHORT_MIN = 36
#: Cell padding (the style's margins and a little air), per column.
PADDING = 14
#: Rows read to measure texts (a list is rarely longer; beyond it the widths are ample).
SAMPLE_ROWS = 300


def share_columns(
    available: int, wants: Mapping[Column, int], speaker_share: float = SPEAKER_SHARE
) -> dict[Column, int]:
    """The width of every column for ``available`` pixels, given what each column's texts want.

    In order of what the chair reads: the speaker gets what its longest name wants, up to
    ``speaker_share`` of the width; the short columns get what they want, squeezed in proportion
    (not below ``SHORT_MIN``) when the rest cannot hold them; the organisation gets what is left,
    never more than the speaker; anything still left goes to the speaker. The widths add up to
    ``available`` (or to the short columns' minimums when even they do not fit)."""
    short = [column for column in Column if column not in _FLEXIBLE]
    speaker = min(wants[Column.SPEAKER], int(available * speaker_share))
    short_room = max(available - speaker - ORGANISATION_MIN, 0)
    short_wants = sum(wants[column] for column in short)
    ratio = min(1.0, short_room / short_wants) if short_wants else 1.0
    widths = {column: max(SHORT_MIN, int(wants[column] * ratio)) for column in short}
    left = max(available - speaker - sum(widths.values()), 0)
    organisation = min(wants[Column.ORGANISATION], left, max(speaker, ORGANISATION_MIN))
    speaker += left - organisation
    organisation = min(organisation, speaker)
    widths[Column.SPEAKER] = speaker
    widths[Column.ORGANISATION] = available - speaker - sum(widths[c] for c in short)
    if widths[Column.ORGANISATION] < 0:
        widths[Column.ORGANISATION] = 0
    return widths


_FLEXIBLE = (Column.SPEAKER, Column.ORGANISATION)


class SpeakerTableView(QTableView):
    """The list's table view; it tells its ``SpeakerColumns`` when it is resized (a resize
    method, not an event filter: a Python filter on the viewport is called while Qt tears the
    view down, and crashed)."""

    columns: SpeakerColumns | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.columns is not None:
            self.columns.on_resized()


class SpeakerColumns(QObject):
    """Keeps the list's columns shared by ``share_columns``: when the view is resized and when
    rows come or go (measured once per event-loop turn, not per change). What a row's texts
    need is kept by entry id, and measured again only when the row is announced as changed:
    pressing N changes three rows of a thousand, and measuring all the sampled rows again took
    longer than the press itself."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        if isinstance(view, SpeakerTableView):
            view.columns = self
        self._view = view
        self._wants: dict[Column, int] | None = None
        #: By entry id, the pixels each column's text needs on that row (plain or bold).
        self._measured: dict[str, tuple[int, ...]] = {}
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(0)  # share_columns decides how narrow
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.apply)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._remeasure)
        model.modelReset.connect(self._forget_all)
        model.dataChanged.connect(self._on_data_changed)
        # A scroll bar shown or hidden changes the viewport's width without resizing the view.
        view.verticalScrollBar().rangeChanged.connect(self._pending.start)

    def on_resized(self) -> None:
        """The view was resized: shared again now, and once more when it has settled."""
        self.apply()
        self._pending.start()

    def _on_data_changed(self, top_left, bottom_right, _roles=None) -> None:  # type: ignore[no-untyped-def]
        """A status or a name changed ("Waiting" became "Speaking", in bold): measured again.
        The expected times that change every minute are the same width; they are not."""
        if top_left.column() == bottom_right.column() == Column.EXPECTED:
            return
        if top_left.row() < SAMPLE_ROWS:
            for entry_id in self._model().entry_ids()[top_left.row() : bottom_right.row() + 1]:
                self._measured.pop(entry_id, None)
            self._remeasure()

    def _remeasure(self, *_args: object) -> None:
        self._wants = None
        self._pending.start()

    def _forget_all(self) -> None:
        """The model was read again whole: every row's texts may have changed."""
        self._measured.clear()
        self._remeasure()

    def _model(self) -> SpeakerListModel:
        return self._view.model()  # type: ignore[return-value]

    def wants(self) -> dict[Column, int]:
        """What each column's texts (its heading and the rows' values) need, in pixels."""
        if self._wants is None:
            view, model = self._view, self._view.model()
            # Metrics of the fonts, not of the widgets: a widget's own metrics ask its screen,
            # which may be going away while the list is measured.
            plain = QFontMetrics(view.font())
            bold_font = QFont(view.font())
            bold_font.setBold(True)
            header_metrics = QFontMetrics(view.horizontalHeader().font())
            bold = QFontMetrics(bold_font)  # the speaking row is bold
            sampled = list(self._model().entry_ids()[:SAMPLE_ROWS])
            measured = {}
            for row, entry_id in enumerate(sampled):
                widths = self._measured.get(entry_id)
                if widths is None:
                    texts = [model.index(row, column).data() or "" for column in Column]
                    widths = tuple(
                        max(bold.horizontalAdvance(text), plain.horizontalAdvance(text))
                        for text in texts
                    )
                measured[entry_id] = widths
            self._measured = measured  # the rows no longer sampled are forgotten
            wants = {}
            for column in Column:
                heading = header_metrics.horizontalAdvance(
                    str(model.headerData(column, Qt.Orientation.Horizontal))
                )
                widest = max((widths[column] for widths in measured.values()), default=0)
                wants[column] = max(heading, widest) + PADDING
            self._wants = wants
        return self._wants

    def apply(self) -> None:
        # The header spans the viewport. (Not ``viewport()``: reading it here made a later
        # test's teardown crash in Qt, painting through a dead screen; cause not found.)
        available = self._view.horizontalHeader().width()
        if available <= 0 or not self._view.isVisible():
            return  # a hidden list is shared when it is shown (a closed one: never)
        for column, width in share_columns(available, self.wants()).items():
            if self._view.columnWidth(column) != width:
                self._view.setColumnWidth(column, width)
