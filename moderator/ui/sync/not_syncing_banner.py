"""The banner across the console while a followed session is open and nothing syncs it.

A session followed on a backend that does not sync is the quiet failure of the day: remote
hands stop arriving and the chair's actions pile up on the laptop while the screen looks
normal. So the window says it in plain view, above the lists, until a sync runs: why nothing
syncs (no token at start, the token is looked for, the backend refused), how many actions wait
to be sent, and Connect, as a button, a click anywhere on the banner and its shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_STYLE = """
#notSyncingBanner { background: #fff3cd; border-left: 6px solid #e65100; }
#notSyncingBanner QLabel { color: #3e2723; }
#notSyncingHeadline, #notSyncingWaiting { font-weight: bold; }
"""


class NotSyncingBanner(QFrame):
    #: The chair asked to connect (the button, or a click on the banner).
    sig_connect = Signal()

    def __init__(self, connect_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notSyncingBanner")
        self.setAccessibleName(self.tr("Not syncing"))
        self.setStyleSheet(_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        shortcut = connect_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        #: The refusal shown (``None`` unless the backend refused).
        self.refusal: str | None = None
        self.headline = QLabel(self)
        self.headline.setObjectName("notSyncingHeadline")
        self.headline.setText(
            self.tr("⚠ Not syncing — Connect ({shortcut})").format(shortcut=shortcut)
            if shortcut
            else self.tr("⚠ Not syncing — Connect")
        )
        self.detail = QLabel(self)
        self.detail.setObjectName("notSyncingDetail")
        self.detail.setWordWrap(True)
        self.unread = QLabel(self)
        self.unread.setObjectName("notSyncingUnread")
        self.unread.setWordWrap(True)
        self.unread.hide()
        self.waiting = QLabel(self)
        self.waiting.setObjectName("notSyncingWaiting")
        self.connect_button = QPushButton(self.tr("Connect…"), self)
        self.connect_button.setObjectName("notSyncingConnect")
        self.connect_button.setAccessibleName(self.tr("Connect to the backend"))
        self.connect_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.connect_button.clicked.connect(self.sig_connect.emit)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.detail)
        words.addWidget(self.unread)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addLayout(words, 1)
        row.addWidget(self.waiting)
        row.addWidget(self.connect_button)

    def show_searching(self, url: str) -> None:
        """The token of ``url`` is being looked for in the keyring (it may wait for an unlock)."""
        self.refusal = None
        self._say(
            self.tr("Looking for the access token of {url} in this computer's keyring…").format(
                url=url
            )
        )

    def show_no_token(self, url: str | None) -> None:
        """No token for the followed backend (``None``: its address is not known either)."""
        self.refusal = None
        if url:
            text = self.tr(
                "This session is followed on {url}, but no access token is available on this "
                "laptop (none in the keyring, no MODERATOR_TOKEN): remote hands do not arrive "
                "and your actions stay here until you connect."
            ).format(url=url)
        else:
            text = self.tr(
                "This session is followed on a backend whose address this laptop does not "
                "know: remote hands do not arrive and your actions stay here until you connect."
            )
        self._say(text)

    def show_refused(self, url: str, reason: str) -> None:
        """The backend answered, but refused this session or token."""
        self.refusal = reason
        self._say(
            self.tr(
                "The backend {url} refused: {reason}. Connect with a valid access token; "
                "your actions stay here meanwhile."
            ).format(url=url, reason=reason.rstrip(".") or self.tr("no reason given"))
        )

    def show_waiting(self, count: int) -> None:
        """How many of the chair's actions wait to be sent."""
        if count == 0:
            text = self.tr("Nothing waiting")
        elif count == 1:
            text = self.tr("1 action waiting")
        else:
            text = self.tr("{n} actions waiting").format(n=count)
        self.waiting.setText(text)
        self._describe()

    def show_unread_refusals(self, count: int, newest: str) -> None:
        """Refusals kept from an earlier run that the chair has not read: nothing else shows
        them until a sync runs again."""
        if count == 0:
            self.unread.hide()
            self.unread.clear()
        else:
            text = (
                self.tr("The backend refused an earlier action, not yet read: {newest}.")
                if count == 1
                else self.tr(
                    "The backend refused {n} earlier actions, not yet read; the newest: {newest}."
                )
            )
            self.unread.setText(text.format(n=count, newest=newest))
            self.unread.show()
        self._describe()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.sig_connect.emit()
        event.accept()

    def _say(self, text: str) -> None:
        self.detail.setText(text)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            f"{self.headline.text()}. {self.detail.text()} {self.unread.text()} "
            f"{self.waiting.text()}."
        )
