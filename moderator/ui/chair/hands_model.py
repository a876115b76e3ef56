"""Raised hands, in raise order, as a Qt table model; each says where it was raised (the
participant page, the room, BigBlueButton, Zoom, Jitsi: ``HandSource``).

Hands come and go while the chair works (raised online, lowered, given the floor): the model
keeps the hand id of each row and announces rows inserted and removed (``row_sync``), never a
reset, so the chair's selected hand stays selected. The waiting time ticks:
``refresh_waiting`` announces only the waiting-time column, so the once-a-second tick repaints
one column rather than every cell.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from moderator.domain.model import Hand, HandSource
from moderator.services.chair.session_service import SessionService
from moderator.services.common.wording import label_text
from moderator.ui.common.formatting import minutes_seconds
from moderator.ui.common.row_sync import sync_rows

Index = QModelIndex | QPersistentModelIndex
HAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where the source column says in words what its short label abbreviates.
_SOURCE_TEXT_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


class HandColumn(IntEnum):
    ORDER = 0
    NAME = 1
    ORGANISATION = 2
    WHERE = 3
    SOURCE = 4
    WAITING = 5


_HEADERS = {
    HandColumn.ORDER: QT_TRANSLATE_NOOP("HandsModel", "#"),
    HandColumn.NAME: QT_TRANSLATE_NOOP("HandsModel", "Name"),
    HandColumn.ORGANISATION: QT_TRANSLATE_NOOP("HandsModel", "Organisation"),
    HandColumn.WHERE: QT_TRANSLATE_NOOP("HandsModel", "Where"),
    HandColumn.SOURCE: QT_TRANSLATE_NOOP("HandsModel", "Source"),
    HandColumn.WAITING: QT_TRANSLATE_NOOP("HandsModel", "Waiting"),
}


class HandsModel(QAbstractTableModel):
    #: The open hands changed (one was raised, lowered or taken), once the rows are updated.
    sig_hands_changed = Signal()

    def __init__(self, service: SessionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._by_id: dict[str, Hand] = {}
        self._ids: list[str] = []  # row → hand id
        # The place in the queue shown per hand: renumbered once the rows are in place, so a
        # row keeps its number while rows are inserted or removed around it.
        self._numbers: dict[str, int] = {}
        self._take(service.state.open_hands())
        service.sig_state_changed.connect(lambda _events: self.reload())
        service.sig_state_reset.connect(self.reload)

    @property
    def hands(self) -> list[Hand]:
        """The open hands, in the rows' order (raise order)."""
        return [self._by_id[hand_id] for hand_id in self._ids]

    def reload(self) -> None:
        """Follow the state's open hands: rows in and out, the numbers of the others."""
        hands = self._service.state.open_hands()
        self._by_id.update((hand.id, hand) for hand in hands)
        moved = sync_rows(self, self._ids, [hand.id for hand in hands])
        self._take(hands)
        if moved:
            if self._ids:  # the queue's numbers changed
                last = len(HandColumn) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))
            self.sig_hands_changed.emit()

    def _take(self, hands: list[Hand]) -> None:
        self._by_id = {hand.id: hand for hand in hands}
        self._ids = [hand.id for hand in hands]
        self._numbers = {hand.id: row + 1 for row, hand in enumerate(hands)}

    def refresh_waiting(self) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, HandColumn.WAITING),
                self.index(len(self._ids) - 1, HandColumn.WAITING),
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HandColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HandColumn):
            return self.tr(_HEADERS[HandColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        hand = self._by_id.get(self._ids[index.row()])
        if hand is None:
            return None
        if role == HAND_ID_ROLE:
            return hand.id
        if index.column() == HandColumn.SOURCE and role in _SOURCE_TEXT_ROLES:
            return self._source_text(hand)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        participant = self._service.state.participants.get(hand.participant_id)
        match HandColumn(index.column()):
            case HandColumn.ORDER:
                return str(self._numbers.get(hand.id, index.row() + 1))
            case HandColumn.NAME:
                return participant.name if participant else self.tr("(unknown participant)")
            case HandColumn.ORGANISATION:
                return participant.organisation if participant else ""
            case HandColumn.WHERE:
                return label_text(participant.attendance.label) if participant else ""
            case HandColumn.SOURCE:
                source = HandSource.of(hand.source)
                return self.tr(source.label) if source else hand.source
            case HandColumn.WAITING:
                waited = self._service.now_ms() - hand.raised_at_ms
                return minutes_seconds(waited)
        return None

    def _source_text(self, hand: Hand) -> str:
        """The source in words, for the tooltip and for screen readers ("BBB" read letter by
        letter says little)."""
        source = HandSource.of(hand.source)
        if source is None:
            return hand.source
        if source is HandSource.ROOM:
            return self.tr("Raised in the room (recorded by the chair)")
        if source is HandSource.PAGE:
            return self.tr("Raised on the participant page")
        return self.tr("Raised in {where}").format(where=source.description)
