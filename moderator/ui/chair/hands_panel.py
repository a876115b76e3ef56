"""The raised-hands panel: who asked for the floor, in order, and for how long.

G gives the floor to the selected hand (the first in line if none is selected), A adds it to
the list, L lowers it. A new hand shows a quiet, non-modal notice in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import HandSource
from moderator.services.chair.session_service import SessionService
from moderator.ui.chair.hands_model import HAND_ID_ROLE, HandColumn, HandsModel


class HandsPanel(QWidget):
    #: A hand was raised that was not there before: carries a notice for the status bar.
    sig_new_hand = Signal(str)
    #: G, A or L found no hand to act on: carries the reason, for the status bar.
    sig_refused = Signal(str)

    def __init__(self, service: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handsPanel")
        self._service = service
        self.model = HandsModel(service, self)
        self.title = QLabel(self)
        self.title.setObjectName("handsTitle")
        self.title.setStyleSheet("#handsTitle { font-weight: bold; font-size: 14px; }")
        self.view = QTableView(self)
        self.view.setObjectName("handsList")
        self.view.setAccessibleName(self.tr("Raised hands"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            HandColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.setColumnWidth(HandColumn.ORDER, 30)
        self.view.setColumnWidth(HandColumn.WAITING, 70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self._known = {hand.id for hand in self.model.hands}
        self.model.sig_hands_changed.connect(self._on_hands_changed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.refresh_waiting)
        self._on_hands_changed()

    def selected_hand_id(self) -> str | None:
        """The selected hand, or the first in line."""
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if row >= self.model.rowCount():
            return None
        return self.model.data(self.model.index(row, 0), HAND_ID_ROLE)

    def give_floor(self) -> None:
        self._with_hand(self._service.give_floor_to_hand)

    def add_to_list(self) -> None:
        self._with_hand(self._service.queue_hand)

    def lower(self) -> None:
        self._with_hand(self._service.lower_hand)

    def _with_hand(self, action) -> None:  # type: ignore[no-untyped-def]
        hand_id = self.selected_hand_id()
        if hand_id is None:
            self.sig_refused.emit(self.tr("No hand is raised."))
            return
        action(hand_id)

    def _on_hands_changed(self) -> None:
        hands = self.model.hands
        count = len(hands)
        self.title.setText(
            self.tr("Raised hands: {count}").format(count=count)
            if count
            else self.tr("No raised hands")
        )
        if count:
            self._ticker.start()
        else:
            self._ticker.stop()
        new = [hand for hand in hands if hand.id not in self._known]
        self._known = {hand.id for hand in hands}
        for hand in new:
            participant = self._service.state.participants.get(hand.participant_id)
            name = participant.name if participant else self.tr("Someone")
            source = HandSource.of(hand.source)
            if source is None or source is HandSource.ROOM:
                message = self.tr("✋ {name} raised a hand").format(name=name)
            else:
                message = self.tr("✋ {name} raised a hand ({where})").format(
                    name=name, where=self.tr(source.description)
                )
            self.sig_new_hand.emit(message)
