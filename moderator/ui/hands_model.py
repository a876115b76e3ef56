"""Remote participants' raised hands, in raise order, as a Qt table model.

The waiting time ticks: ``refresh_waiting`` announces only the waiting-time column, so the
once-a-second tick repaints one column rather than every row's every cell.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from moderator.domain.model import Hand
from moderator.services.session_service import SessionService
from moderator.ui.formatting import minutes_seconds

Index = QModelIndex | QPersistentModelIndex
HAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HandColumn(IntEnum):
    ORDER = 0
    NAME = 1
    ORGANISATION = 2
    WHERE = 3
    SOURCE = 4
    WAITING = 5


_HEADERS = {
    HandColumn.ORDER: "#",
    HandColumn.NAME: "Name",
    HandColumn.ORGANISATION: "Organisation",
    HandColumn.WHERE: "Where",
    HandColumn.SOURCE: "Source",
    HandColumn.WAITING: "Waiting",
}


class HandsModel(QAbstractTableModel):
    def __init__(self, service: SessionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._hands: list[Hand] = service.state.open_hands()
        service.sig_state_changed.connect(lambda _events: self.reload())
        service.sig_state_reset.connect(self.reload)

    @property
    def hands(self) -> list[Hand]:
        return list(self._hands)

    def reload(self) -> None:
        hands = self._service.state.open_hands()
        if [h.id for h in hands] == [h.id for h in self._hands]:
            self._hands = hands
            return
        self.beginResetModel()
        self._hands = hands
        self.endResetModel()

    def refresh_waiting(self) -> None:
        if self._hands:
            self.dataChanged.emit(
                self.index(0, HandColumn.WAITING),
                self.index(len(self._hands) - 1, HandColumn.WAITING),
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hands)

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
        if not index.isValid() or index.row() >= len(self._hands):
            return None
        hand = self._hands[index.row()]
        if role == HAND_ID_ROLE:
            return hand.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        participant = self._service.state.participants.get(hand.participant_id)
        match HandColumn(index.column()):
            case HandColumn.ORDER:
                return str(index.row() + 1)
            case HandColumn.NAME:
                return participant.name if participant else self.tr("(unknown participant)")
            case HandColumn.ORGANISATION:
                return participant.organisation if participant else ""
            case HandColumn.WHERE:
                return self.tr(participant.attendance.label) if participant else ""
            case HandColumn.SOURCE:
                return self.tr("Online") if hand.source == "remote" else self.tr("In the room")
            case HandColumn.WAITING:
                waited = self._service.now_ms() - hand.raised_at_ms
                return minutes_seconds(waited)
        return None
