"""Item models of the agenda editor: the tree of meetings → sessions → agenda items, one agenda
item's list of speakers, and a meeting's roster.

The tree loads lazily, one node at a time (``canFetchMore``/``fetchMore``): a meeting's sessions
when it is expanded, a session's agenda when that is. A database with a thousand sessions opens
the editor without reading them all. When an edit changes a node the model updates just that
node's label and children (removals, insertions and moves announced row by row), so the
selection and the expanded branches stay where they were.

Every model here reads through ``AgendaEditing`` (never the database itself) and is checked with
``qtmodeltester``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from moderator.domain.model import (
    AgendaItem,
    Participant,
    Session,
    SpeakerEntry,
    SpeechType,
)
from moderator.domain.session_state import SessionState
from moderator.services.agenda.agenda_editing import AgendaEditing, shown_entries
from moderator.services.common.wording import label_text
from moderator.ui.common.formatting import meeting_zone, minutes_seconds
from moderator.ui.common.row_sync import sync_rows
from moderator.ui.common.time_input import parse_time

Index = QModelIndex | QPersistentModelIndex
#: ``(kind, id)`` of a tree node: ``("meeting" | "session" | "item", id)``.
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The entry or participant id of a table row.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: What a dragged speaker carries: the entry id.
EDITOR_ENTRY_MIME_TYPE = "application/x-moderator-editor-entry"


# --- the tree ---------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class Node:
    kind: str  # "root", "meeting", "session", "item"
    id: str
    label: str = ""
    tooltip: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    fetched: bool = False
    zone: str = "UTC"  # the meeting's time zone (meetings and sessions)


def session_label(session: Session, zone_name: str) -> str:
    """``Fri 28 Nov 2025 · 09:00 · Title`` in the meeting's zone."""
    start = datetime.fromtimestamp(session.scheduled_start_ms / 1000, tz=UTC).astimezone(
        meeting_zone(zone_name)
    )
    return f"{start:%a %d %b %Y · %H:%M} · {session.title}"


def item_label(number: int, item: AgendaItem) -> str:
    minutes = item.planned_duration_ms // 60_000
    planned = f" ({minutes} min)" if item.planned_duration_ms else ""
    return f"{number}. {item.title}{planned}"


class AgendaTreeModel(QAbstractItemModel):
    """Meetings → sessions → agenda items, read lazily through ``AgendaEditing``."""

    def __init__(self, editing: AgendaEditing, parent: Any = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._root = Node("root", "", fetched=True)
        self._root.children = self._children_of(self._root)

    # --- Qt interface ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        grand = parent.parent
        assert grand is not None
        return self.createIndex(grand.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        node = self._node(parent)
        if node.kind == "item" or (parent.isValid() and parent.column() != 0):
            return False
        return bool(node.children) or not node.fetched

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        node = self._node(parent)
        return node.kind in ("meeting", "session") and not node.fetched

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        node = self._node(parent)
        if node.fetched or node.kind not in ("meeting", "session"):
            return
        node.fetched = True
        children = self._children_of(node)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or node.label
        if role == NODE_ROLE:
            return (node.kind, node.id)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Meetings, sessions and agenda items")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- finding and refreshing nodes -------------------------------------------------------

    def node_of(self, index: Index) -> tuple[str, str] | None:
        return index.data(NODE_ROLE) if index.isValid() else None

    def meeting_of(self, index: Index) -> str | None:
        """The meeting a node belongs to (itself for a meeting)."""
        if not index.isValid():
            return None
        node: Node | None = index.internalPointer()
        while node is not None and node.kind != "meeting":
            node = node.parent
        return node.id if node is not None else None

    def session_of(self, index: Index) -> str | None:
        """The session a node belongs to (itself for a session; none for a meeting)."""
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if node.kind == "item" and node.parent is not None:
            return node.parent.id
        return node.id if node.kind == "session" else None

    def find(self, kind: str, node_id: str) -> QModelIndex:
        """The index of a loaded node (an invalid index when it is not loaded)."""
        for meeting_row, meeting in enumerate(self._root.children):
            if kind == "meeting" and meeting.id == node_id:
                return self.createIndex(meeting_row, 0, meeting)
            for session_row, session in enumerate(meeting.children):
                if kind == "session" and session.id == node_id:
                    return self.createIndex(session_row, 0, session)
                for item_row, item in enumerate(session.children):
                    if kind == "item" and item.id == node_id:
                        return self.createIndex(item_row, 0, item)
        return QModelIndex()

    def refresh_session(self, session_id: str) -> None:
        """Re-read one session's label (and its place: sessions go by start time) and, if
        loaded, its agenda items."""
        index = self.find("session", session_id)
        if not index.isValid():
            return
        node: Node = index.internalPointer()
        assert node.parent is not None
        self.refresh_meeting(node.parent.id)
        index = self.find("session", session_id)
        if index.isValid() and node.fetched:
            self._sync_children(index, node, self._children_of(node))

    def refresh_meeting(self, meeting_id: str) -> None:
        """Re-read a meeting's sessions (one was duplicated, or a duplicate undone)."""
        index = self.find("meeting", meeting_id)
        if not index.isValid():
            return
        node: Node = index.internalPointer()
        if node.fetched:
            self._sync_children(index, node, self._children_of(node))

    def refresh_all(self) -> None:
        """Re-read every loaded node (the file changed wholesale: an import added meetings,
        sessions, agenda items). What was not loaded stays so; the selection and the
        expanded branches stay on their nodes."""
        self._sync_children(QModelIndex(), self._root, self._children_of(self._root))
        for meeting_row, meeting in enumerate(list(self._root.children)):
            if not meeting.fetched:
                continue
            meeting_index = self.index(meeting_row, 0)
            self._sync_children(meeting_index, meeting, self._children_of(meeting))
            for session_row, session in enumerate(list(meeting.children)):
                if session.fetched:
                    session_index = self.index(session_row, 0, meeting_index)
                    self._sync_children(session_index, session, self._children_of(session))

    def _children_of(self, node: Node) -> list[Node]:
        if node.kind == "root":
            return [
                Node(
                    "meeting",
                    meeting.id,
                    meeting.title,
                    tooltip=f"{meeting.title}\n{meeting.venue}\n{meeting.timezone}".strip(),
                    parent=node,
                    zone=meeting.timezone,
                )
                for meeting in self._editing.meetings()
            ]
        if node.kind == "meeting":
            return [
                Node(
                    "session",
                    session.id,
                    session_label(session, node.zone),
                    tooltip=f"{session.title}\n{session.room}".strip(),
                    parent=node,
                    zone=node.zone,
                )
                for session in self._editing.sessions(node.id)
            ]
        if node.kind == "session":
            return [
                Node("item", item.id, item_label(number, item), parent=node, fetched=True)
                for number, item in enumerate(self._editing.agenda_items(node.id), start=1)
            ]
        return []

    def _sync_children(self, parent: QModelIndex, node: Node, wanted: list[Node]) -> None:
        """Make ``node``'s children ``wanted`` row by row: removals, then insertions and moves
        in the new order, then labels. Persistent indexes (the selection) follow their node."""
        wanted_ids = [child.id for child in wanted]
        for row in reversed(range(len(node.children))):
            if node.children[row].id not in wanted_ids:
                self.beginRemoveRows(parent, row, row)
                del node.children[row]
                self.endRemoveRows()
        for row, fresh in enumerate(wanted):
            current = next((i for i, c in enumerate(node.children) if c.id == fresh.id), -1)
            if current == -1:
                fresh.parent = node
                if not fresh.fetched:
                    # Loaded now (one new node: cheap), so that nobody reacting to the insertion
                    # fetches its children while the insertion is still being announced.
                    fresh.children = self._children_of(fresh)
                    fresh.fetched = True
                self.beginInsertRows(parent, row, row)
                node.children.insert(row, fresh)
                self.endInsertRows()
                continue
            if current != row:  # always further down: the rows above are in place already
                self.beginMoveRows(parent, current, current, parent, row)
                node.children.insert(row, node.children.pop(current))
                self.endMoveRows()
            child = node.children[row]
            if (child.label, child.tooltip) != (fresh.label, fresh.tooltip):
                child.label, child.tooltip = fresh.label, fresh.tooltip
                changed = self.index(row, 0, parent)
                self.dataChanged.emit(changed, changed)

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root


# --- one agenda item's list of speakers ---------------------------------------------------------


class SpeakerColumn(IntEnum):
    ORDER = 0
    PARTICIPANT = 1
    ORGANISATION = 2
    TYPE = 3
    ALLOTTED = 4
    STATE = 5


_SPEAKER_HEADERS = {
    SpeakerColumn.ORDER: QT_TRANSLATE_NOOP("SpeakersModel", "#"),
    SpeakerColumn.PARTICIPANT: QT_TRANSLATE_NOOP("SpeakersModel", "Participant"),
    SpeakerColumn.ORGANISATION: QT_TRANSLATE_NOOP("SpeakersModel", "Organisation"),
    SpeakerColumn.TYPE: QT_TRANSLATE_NOOP("SpeakersModel", "Speech type"),
    SpeakerColumn.ALLOTTED: QT_TRANSLATE_NOOP("SpeakersModel", "Allotted"),
    SpeakerColumn.STATE: QT_TRANSLATE_NOOP("SpeakersModel", "State"),
}


class SpeakersModel(QAbstractTableModel):
    """The list of speakers of one agenda item (entries taken off the list left out). Speech
    type and allotted time are edited in place; rows move by drag and drop.

    The same list shown again (an edit, the chair's action, another console's change) updates
    rows step by step (``row_sync``) and announces only the rows whose entry changed, so an
    editor open on another row keeps what is being typed."""

    #: A value typed in the list could not be read, so it never reached the service: carries
    #: the reason, for the person editing.
    sig_rejected = Signal(str)

    def __init__(self, editing: AgendaEditing, parent: Any = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._state: SessionState | None = None
        self._item_id: str | None = None
        self._ids: list[str] = []  # row → entry id
        self._by_id: dict[str, SpeakerEntry] = {}
        # The "#" shown per entry: renumbered once the rows are in place, so a row keeps its
        # number while rows are inserted or removed around it.
        self._numbers: dict[str, int] = {}

    @property
    def session_id(self) -> str | None:
        return self._state.session.id if self._state is not None else None

    @property
    def item_id(self) -> str | None:
        return self._item_id

    @property
    def state(self) -> SessionState | None:
        """The session the list shown belongs to, as it was shown."""
        return self._state

    def show_item(self, state: SessionState | None, item_id: str | None) -> None:
        """Show ``item_id``'s list from ``state`` (or nothing)."""
        rows = shown_entries(state, item_id) if state is not None and item_id else []
        same_list = (
            item_id == self._item_id
            and state is not None
            and self._state is not None
            and state.session.id == self._state.session.id
        )
        if not same_list:  # another list: nothing of the old one stays
            self.beginResetModel()
            self._state, self._item_id = state, item_id
            self._ids, self._by_id = [e.id for e in rows], {e.id: e for e in rows}
            self._numbers = {e.id: row + 1 for row, e in enumerate(rows)}
            self.endResetModel()
            return
        old = self._by_id
        self._state = state
        self._by_id = {**old, **{e.id: e for e in rows}}
        moved = sync_rows(self, self._ids, [e.id for e in rows])
        self._by_id = {e.id: e for e in rows}
        last = len(SpeakerColumn) - 1
        for row, entry in enumerate(rows):
            if old.get(entry.id) != entry:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if moved:
            self._numbers = {e.id: row + 1 for row, e in enumerate(rows)}
            if rows:  # the numbers of the rows (not editable: no editor is touched)
                order = SpeakerColumn.ORDER
                self.dataChanged.emit(self.index(0, order), self.index(len(rows) - 1, order))

    def entry_at(self, row: int) -> SpeakerEntry | None:
        return self._by_id.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: str) -> int:
        return self._ids.index(entry_id) if entry_id in self._by_id else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(SpeakerColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(SpeakerColumn):
            return self.tr(_SPEAKER_HEADERS[SpeakerColumn(section)])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or self._state is None:
            return None
        column = SpeakerColumn(index.column())
        if role == ID_ROLE:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column, index.row())
        if role == Qt.ItemDataRole.EditRole:
            if column is SpeakerColumn.TYPE:
                return entry.speech_type.value
            if column is SpeakerColumn.ALLOTTED:
                return minutes_seconds(entry.allotted_ms)
            return self._display(entry, column, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SpeakerColumn.ORDER,
            SpeakerColumn.ALLOTTED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: SpeakerEntry, column: SpeakerColumn, row: int) -> str:
        assert self._state is not None
        participant = self._state.participants.get(entry.participant_id)
        match column:
            case SpeakerColumn.ORDER:
                return str(self._numbers.get(entry.id, row + 1))
            case SpeakerColumn.PARTICIPANT:
                return participant.name if participant else "?"
            case SpeakerColumn.ORGANISATION:
                return participant.organisation if participant else ""
            case SpeakerColumn.TYPE:
                return label_text(entry.speech_type.label)
            case SpeakerColumn.ALLOTTED:
                return minutes_seconds(entry.allotted_ms)
            case SpeakerColumn.STATE:
                return label_text(entry.state.label)
        return ""  # pragma: no cover

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        entry = self.entry_at(index.row())
        if entry is not None and entry.state.value in ("waiting", "skipped"):
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (SpeakerColumn.TYPE, SpeakerColumn.ALLOTTED):
                base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or role != Qt.ItemDataRole.EditRole or self._state is None:
            return False
        session_id = self._state.session.id
        if index.column() == SpeakerColumn.TYPE:
            try:
                speech_type = SpeechType(str(value))
            except ValueError:
                return False
            return self._editing.set_speech_type(session_id, entry.id, speech_type)
        if index.column() == SpeakerColumn.ALLOTTED:
            allotted = parse_time(str(value))
            if allotted is None:
                self.sig_rejected.emit(
                    self.tr("Allotted: “{text}” is not a time (m:ss or minutes)").format(text=value)
                )
                return False
            return self._editing.set_allotted(session_id, entry.id, allotted)
        return False

    # --- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [EDITOR_ENTRY_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows and (entry := self.entry_at(rows[0])) is not None:
            data.setData(EDITOR_ENTRY_MIME_TYPE, entry.id.encode())
        return data

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A speaker dropped before ``row`` (or onto ``parent``'s row): move them there."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(EDITOR_ENTRY_MIME_TYPE) or self._state is None:
            return False
        entry_id = bytes(data.data(EDITOR_ENTRY_MIME_TYPE).data()).decode()
        current = self.row_of(entry_id)
        if current < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        to_row = row - 1 if current < row else row  # ``row`` counts the dragged one itself
        self._editing.move_speaker(self._state.session.id, entry_id, to_row)
        return False  # moved (or refused, with a reason): nothing for Qt to remove


# --- a meeting's roster ---------------------------------------------------------------------------


class RosterColumn(IntEnum):
    NAME = 0
    FUNCTION = 1
    ORGANISATION = 2
    GROUP = 3
    GENDER = 4
    ATTENDANCE = 5
    LANGUAGE = 6


_ROSTER_HEADERS = {
    RosterColumn.NAME: QT_TRANSLATE_NOOP("RosterModel", "Name"),
    RosterColumn.FUNCTION: QT_TRANSLATE_NOOP("RosterModel", "Title or function"),
    RosterColumn.ORGANISATION: QT_TRANSLATE_NOOP("RosterModel", "Organisation"),
    RosterColumn.GROUP: QT_TRANSLATE_NOOP("RosterModel", "Stakeholder group"),
    RosterColumn.GENDER: QT_TRANSLATE_NOOP("RosterModel", "Gender"),
    RosterColumn.ATTENDANCE: QT_TRANSLATE_NOOP("RosterModel", "Attends"),
    RosterColumn.LANGUAGE: QT_TRANSLATE_NOOP("RosterModel", "Language"),
}


class RosterModel(QAbstractTableModel):
    """The participants of one meeting, by name, with their language (staff and chairs only:
    never in the public feed)."""

    def __init__(self, editing: AgendaEditing, parent: Any = None) -> None:
        super().__init__(parent)
        self._editing = editing
        self._meeting_id: str | None = None
        self._rows: list[Participant] = []
        self._languages: dict[str, str] = {}

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def show_meeting(self, meeting_id: str | None) -> None:
        rows = self._editing.roster(meeting_id) if meeting_id else []
        languages = self._editing.languages(meeting_id) if meeting_id else {}
        if meeting_id == self._meeting_id and [p.id for p in rows] == [p.id for p in self._rows]:
            self._rows, self._languages = rows, languages
            if rows:
                last = self.index(len(rows) - 1, len(RosterColumn) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._meeting_id, self._rows, self._languages = meeting_id, rows, languages
        self.endResetModel()

    def participant_at(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def language_of(self, participant_id: str) -> str:
        return self._languages.get(participant_id, "")

    def row_of(self, participant_id: str) -> int:
        return next((row for row, p in enumerate(self._rows) if p.id == participant_id), -1)

    def participants(self) -> list[Participant]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(RosterColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(RosterColumn):
            return self.tr(_ROSTER_HEADERS[RosterColumn(section)])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        participant = self.participant_at(index.row()) if index.isValid() else None
        if participant is None:
            return None
        if role == ID_ROLE:
            return participant.id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        match RosterColumn(index.column()):
            case RosterColumn.NAME:
                return participant.name
            case RosterColumn.FUNCTION:
                return participant.function
            case RosterColumn.ORGANISATION:
                return participant.organisation
            case RosterColumn.GROUP:
                return label_text(participant.stakeholder_group.label)
            case RosterColumn.GENDER:
                return participant.gender or ""
            case RosterColumn.ATTENDANCE:
                return label_text(participant.attendance.label)
            case RosterColumn.LANGUAGE:
                return self._languages.get(participant.id, "")
        return None  # pragma: no cover

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
