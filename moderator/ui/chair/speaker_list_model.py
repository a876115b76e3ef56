"""The list of speakers of the open session as a Qt table model.

Rows are the session's entries in speaking order (agenda item, then order key). The model keeps
the entry id of each row and reads the entries from the service's ``SessionState`` (no copy).
Every change arrives as the service's ``sig_state_changed`` with its events, whether the chair,
the agenda editor or another console (through the sync) made it: a change of look is a
``dataChanged`` of the rows concerned (a repaint of the visible rows, however long the list); a
change of rows is announced as removed, moved (a layout change whose persistent indexes follow
their entries) and inserted rows (``row_sync``), so the chair's selection and scroll position
stay on the same speakers. Only a session read again whole (an import) resets the model.
Removed speakers are not rows by default: a list the chair works from must not fill up with
people who are no longer on it (undo brings one back as a row). ``set_show_removed`` (Speakers →
Show removed speakers) shows them as struck-through rows, so "put back" can reach them; the
rows come and go through ``row_sync`` too. Drag and drop moves a speaker: the drop becomes a
``move_entry`` intent (the model's rows translated to the list's places).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from moderator.domain.events import (
    ClockChanged,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    EntryStateChanged,
    HandChanged,
    HandRemoved,
    TurnChanged,
    TurnClosed,
    TurnOpened,
    TurnRemoved,
)
from moderator.domain.model import EntryState
from moderator.domain.timing.schedule import Projection, project
from moderator.services.chair.session_service import SessionService
from moderator.services.common.wording import label_text
from moderator.ui.common.formatting import clock_time, minutes_seconds
from moderator.ui.common.row_sync import sync_rows
from moderator.ui.common.theme import CURRENT_ROW_BACKGROUND, DIMMED_TEXT, NEXT_ROW_BACKGROUND

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ITEM = 0
    SPEAKER = 1
    ORGANISATION = 2
    TYPE = 3
    WHERE = 4
    ALLOTTED = 5
    EXPECTED = 6
    STATUS = 7


_HEADERS = {
    Column.ITEM: QT_TRANSLATE_NOOP("SpeakerListModel", "Item"),
    Column.SPEAKER: QT_TRANSLATE_NOOP("SpeakerListModel", "Speaker"),
    Column.ORGANISATION: QT_TRANSLATE_NOOP("SpeakerListModel", "Organisation"),
    Column.TYPE: QT_TRANSLATE_NOOP("SpeakerListModel", "Type"),
    Column.WHERE: QT_TRANSLATE_NOOP("SpeakerListModel", "Where"),
    Column.ALLOTTED: QT_TRANSLATE_NOOP("SpeakerListModel", "Time"),
    Column.EXPECTED: QT_TRANSLATE_NOOP("SpeakerListModel", "Expected"),
    Column.STATUS: QT_TRANSLATE_NOOP("SpeakerListModel", "Status"),
}

#: Custom roles for views and tests that need the entity behind a row.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_STATE_ROLE = Qt.ItemDataRole.UserRole + 2
IS_NEXT_ROLE = Qt.ItemDataRole.UserRole + 3

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
#: Plain ints: the roles a view asks for arrive as ints, and a set of ints answers fastest.
_SERVED_ROLES = frozenset(
    {
        _DISPLAY,
        _TOOLTIP,
        _FOREGROUND,
        _BACKGROUND,
        _FONT,
        _ALIGNMENT,
        int(ENTRY_ID_ROLE),
        int(ENTRY_STATE_ROLE),
        int(IS_NEXT_ROLE),
    }
)
_DIMMED_STATES = frozenset({EntryState.DONE, EntryState.SKIPPED, EntryState.REMOVED})
#: What a dragged speaker carries: the entry id.
ENTRY_MIME_TYPE = "application/x-moderator-entry-id"


class SpeakerListModel(QAbstractTableModel):
    def __init__(self, service: SessionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._show_removed = False
        #: By entry id, what its row shows; dropped whenever the row is announced as changed.
        self._looks: dict[str, _RowLook] = {}
        self._ids: list[str] = self._wanted_ids()  # row → entry id
        self._rows: dict[str, int] = {}  # entry id → row, for the ids in ``_ids``
        self._index_rows()
        self._projection: Projection = project(service.state, service.now_ms())
        self._next_id: str | None = self._find_next_id()
        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self._on_state_reset)

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.tr(_HEADERS[Column(section)])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~1,000 times per repaint of the list: unserved roles are answered before any
        # other work, served ones from the row's look (made once, kept until the row changes).
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        look = self._looks.get(self._ids[row])
        if look is None:
            look = self._look_of(self._ids[row])
            if look is None:
                return None
        if role == _DISPLAY:
            return look.texts[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if index.column() in _RIGHT_ALIGNED_COLUMNS else None
        return look.roles.get(int(role))

    def _look_of(self, entry_id: str) -> _RowLook | None:
        """What the row of ``entry_id`` shows, made from the state and kept (``None`` for an
        entry that just left the state while its row is being taken away)."""
        state = self._service.state
        if not state.has_entry(entry_id):
            return None
        entry = state.entry(entry_id)
        participant = state.participant_of(entry)
        item = state.agenda_item(entry.agenda_item_id)
        texts = tuple(self._display(entry, column) for column in Column)
        parts = [participant.name, participant.function, participant.organisation, item.title]
        roles: dict[int, Any] = {
            _TOOLTIP: "\n".join(part for part in parts if part),
            int(ENTRY_ID_ROLE): entry.id,
            int(ENTRY_STATE_ROLE): entry.state.value,
            int(IS_NEXT_ROLE): entry.id == self._next_id,
        }
        if entry.state in _DIMMED_STATES:
            roles[_FOREGROUND] = DIMMED_TEXT
        if entry.state is EntryState.SPEAKING:
            roles[_BACKGROUND] = CURRENT_ROW_BACKGROUND
            roles[_FONT] = self._bold
        elif entry.id == self._next_id:
            roles[_BACKGROUND] = NEXT_ROW_BACKGROUND
        if entry.state is EntryState.REMOVED:
            roles[_FONT] = self._struck
        look = _RowLook(texts, roles)
        self._looks[entry_id] = look
        return look

    # --- drag and drop -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every painted cell: the flags are made once (combining enums costs more
        # than the rest of a cell's questions).
        return _ROW_FLAGS if index.isValid() else _LIST_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [ENTRY_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows and rows[0] < len(self._ids):
            data.setData(ENTRY_MIME_TYPE, self._ids[rows[0]].encode())
        return data

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A speaker dropped before ``row`` (or onto ``parent``'s row): move them there."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(ENTRY_MIME_TYPE):
            return False
        entry_id = bytes(data.data(ENTRY_MIME_TYPE).data()).decode()
        state = self._service.state
        if not state.has_entry(entry_id):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        # The model's rows may leave removed speakers out: the place is the list's, before the
        # speaker shown on ``row`` (or at the very end).
        if 0 <= row < len(self._ids) and state.has_entry(self._ids[row]):
            row = state.row_of(self._ids[row])
        else:
            row = len(state.entries)
        # ``row`` counts the dragged entry itself; the move counts the others.
        to_row = row - 1 if state.row_of(entry_id) < row else row
        self._service.move_entry(entry_id, to_row)
        return False  # the move is done (or refused, with a reason): nothing for Qt to remove

    # --- helpers ----------------------------------------------------------------------------

    def _display(self, entry, column: Column) -> str:  # type: ignore[no-untyped-def]
        state = self._service.state
        participant = state.participant_of(entry)
        match column:
            case Column.ITEM:
                return str(state.agenda_item(entry.agenda_item_id).position)
            case Column.SPEAKER:
                return participant.name
            case Column.ORGANISATION:
                return participant.organisation
            case Column.TYPE:
                return label_text(entry.speech_type.label)
            case Column.WHERE:
                return label_text(participant.attendance.label)
            case Column.ALLOTTED:
                return minutes_seconds(entry.allotted_ms)
            case Column.EXPECTED:
                return self._expected_text(entry)
            case Column.STATUS:
                return self._status_text(entry)
        return ""

    def _expected_text(self, entry) -> str:  # type: ignore[no-untyped-def]
        zone = self._service.state.meeting.timezone
        if entry.state in (EntryState.SPEAKING, EntryState.DONE) and entry.started_at_ms:
            return clock_time(entry.started_at_ms, zone)
        expected = self._projection.expected_start_ms.get(entry.id)
        return clock_time(expected, zone) if expected is not None else ""

    def _status_text(self, entry) -> str:  # type: ignore[no-untyped-def]
        if entry.state is EntryState.SPEAKING:
            return self.tr("Speaking")
        if entry.id == self._next_id:
            return (
                self.tr("Resumes next")
                if entry.state is EntryState.INTERRUPTED
                else self.tr("Next")
            )
        return label_text(entry.state.label)

    def _find_next_id(self) -> str | None:
        """Who N gives the floor to: during an interposed intervention, the speaker it
        interrupted (they resume); otherwise the first still waiting."""
        state = self._service.state
        interrupted = state.interrupted_entry()
        if interrupted is not None and state.current_entry_id is not None:
            return interrupted.id
        upcoming = state.next_entry()
        return upcoming.id if upcoming else None

    def entry_ids(self) -> Sequence[str]:
        """The entry id of every row, in row order (read it, never change it)."""
        return self._ids

    def row_of_entry(self, entry_id: str) -> int:
        """The entry's row, or -1 when it is not shown (a removed speaker while they are
        hidden)."""
        return self._rows.get(entry_id, -1)

    # --- removed speakers --------------------------------------------------------------------

    @property
    def show_removed(self) -> bool:
        return self._show_removed

    def set_show_removed(self, show: bool) -> None:
        """Show the removed speakers as struck-through rows (to put one back), or hide them;
        announced as inserted or removed rows, so the selection and scroll position stay."""
        if show == self._show_removed:
            return
        self._show_removed = show
        sync_rows(self, self._ids, self._wanted_ids())
        self._index_rows()

    def _wanted_ids(self) -> list[str]:
        entries = self._service.state.entries
        if self._show_removed:
            return [entry.id for entry in entries]
        return [entry.id for entry in entries if entry.state is not EntryState.REMOVED]

    def _index_rows(self) -> None:
        self._rows = {entry_id: row for row, entry_id in enumerate(self._ids)}

    # --- updates ----------------------------------------------------------------------------

    def _on_state_changed(self, events: object) -> None:
        """Rows first (removed, moved, inserted), then only the rows whose look changed: the
        entries the events name, the old and the new "next" row, and the expected starts that
        moved to another minute. A change of the roster, the agenda or the meeting may change
        any row's text: every row is announced then (one signal, no reset)."""
        if all(isinstance(event, _HAND_EVENTS) for event in events):  # type: ignore[attr-defined]
            return  # a remote hand raised or lowered: no speaker's row shows it
        state = self._service.state
        if sync_rows(self, self._ids, self._wanted_ids()):
            self._index_rows()
        old_next = self._next_id if self._next_id and state.has_entry(self._next_id) else None
        self._next_id = self._find_next_id()
        last_column = len(Column) - 1
        if any(not isinstance(event, _ROW_EVENTS) for event in events):  # type: ignore[attr-defined]
            self._looks.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last_column))
        else:
            for entry_id in _entry_ids_in(events):
                self._looks.pop(entry_id, None)  # shown or not (a removed speaker, hidden)
            shown = self._rows
            rows = {shown[i] for i in _entry_ids_in(events) if i in shown}
            if old_next != self._next_id:
                rows |= {shown[e] for e in (old_next, self._next_id) if e in shown}
            for row in sorted(rows):
                self._looks.pop(self._ids[row], None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        self.refresh_projection(self._service.now_ms())

    def _on_state_reset(self) -> None:
        """The session was read again whole (an import): re-read everything."""
        self.beginResetModel()
        self._looks.clear()
        self._ids = self._wanted_ids()
        self._index_rows()
        self._next_id = self._find_next_id()
        self._projection = project(self._service.state, self._service.now_ms())
        self.endResetModel()

    def refresh_projection(self, now_ms: int) -> None:
        """Re-project expected starts (they move while the current speaker runs over)."""
        projection = project(self._service.state, now_ms)
        old, self._projection = self._projection.expected_start_ms, projection
        new = projection.expected_start_ms
        if old == new:
            return  # every second of a speaker within their time: nothing moved
        # Shown to the minute (zone offsets are whole minutes too); -1 for "none": no minute
        # of a real instant is negative.
        old_at, new_at = old.get, new.get
        changed = [
            row
            for row, entry_id in enumerate(self._ids)
            if old_at(entry_id, -1) // MINUTE_MS != new_at(entry_id, -1) // MINUTE_MS
        ]
        for row in changed:
            self._looks.pop(self._ids[row], None)
        for first, last in _runs(changed, _EXPECTED_RUN):
            self.dataChanged.emit(
                self.index(first, Column.EXPECTED), self.index(last, Column.EXPECTED)
            )

    @property
    def projection(self) -> Projection:
        return self._projection


#: Events whose effect on the list's look is confined to the rows of the entries they name (or
#: to none): anything else (a participant renamed, an agenda item moved or retitled, the
#: meeting's time zone) may change the text of any row.
_ROW_EVENTS = (
    EntryStateChanged,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    ClockChanged,
    TurnOpened,
    TurnClosed,
    TurnChanged,
    TurnRemoved,
    HandChanged,
    HandRemoved,
)


class _RowLook(NamedTuple):
    """What one row shows: the text of each column, and the other roles' values by role."""

    texts: tuple[str, ...]
    roles: dict[int, Any]


MINUTE_MS = 60_000
#: Expected starts announced per this many changed rows (a view repaints a range of more than
#: a few hundred cells as the whole list, for a column that changed alone).
_EXPECTED_RUN = 64
#: A row: selectable, draggable, a place to drop; the list itself (below the rows): a place to
#: drop. What ``QAbstractTableModel.flags`` gives, plus drag and drop.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_LIST_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_ALIGNED_COLUMNS = frozenset({Column.ALLOTTED, Column.EXPECTED})


#: Events that change no speaker's row: the remote hands have their own list.
_HAND_EVENTS = (HandChanged, HandRemoved)


def _entry_ids_in(events: object) -> set[str]:
    ids = set()
    for event in events:  # type: ignore[attr-defined]
        if isinstance(event, EntryStateChanged):
            ids.add(event.entry_id)
        elif isinstance(event, EntryChanged | EntryAdded):
            ids.add(event.entry.id)
        elif isinstance(event, EntryRemoved):
            ids.add(event.entry_id)
    return ids


def _runs(rows: list[int], longest: int) -> list[tuple[int, int]]:
    """``rows`` (ascending) as (first, last) runs of consecutive rows, none longer than
    ``longest``: a view repaints a larger range whole, every column of every visible row."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1 and row - runs[-1][0] < longest:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
