"""Connect to a backend: address, token (kept in the keyring), test, choose a session, follow.

Non-modal: the countdown and every shortcut keep working while it is open. The network calls
run as tasks on the qasync loop; their results come back into the dialog's labels.

Its width follows what it shows (the title, the address, the longest session title), up to the
screen's: a dialog of Qt's default width cut all three on a laptop.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.services.common.background import background_task
from moderator.services.sync.backend_client import BackendError, Unreachable
from moderator.services.sync.connection_check import check_connection
from moderator.services.sync.credentials import BACKEND_URL_SETTING, TokenStore

#: The least width the dialog takes: a form of two fields and a sentence of result.
MIN_WIDTH = 480
#: Beside the title text, the window manager's title bar holds an icon and three buttons.
TITLE_BAR_ALLOWANCE = 160
#: A line edit's frame and inner margins around its text.
FIELD_PADDING = 24
#: Room left between the dialog and the screen's edges.
SCREEN_MARGIN = 40


class ConnectDialog(QDialog):
    #: The chair chose to follow a session: (backend URL, token, session id).
    sig_follow = Signal(str, str, str)

    def __init__(
        self,
        tokens: TokenStore,
        parent: QWidget | None = None,
        *,
        url: str | None = None,
        session_id: str | None = None,
    ) -> None:
        """``url``: the backend to offer (the followed session's), else the one remembered;
        ``session_id``: the session to choose once the backend lists it (the open one)."""
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a backend"))
        self.setModal(False)
        self._tokens = tokens
        self._task: asyncio.Task[None] | None = None
        self._wanted_session = session_id
        if url is None:
            url = str(QSettings().value(BACKEND_URL_SETTING, "") or "")
        self.url = QLineEdit(url, self)
        self.url.setObjectName("backendUrl")
        self.url.setAccessibleName(self.tr("Backend address"))
        self.url.setPlaceholderText("https://moderator.example.org")
        self.token = QLineEdit(self)
        self.token.setObjectName("backendToken")
        self.token.setAccessibleName(self.tr("Access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setText(tokens.recall(self.url.text()) or "")
        #: The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.
        self._token_edited = False
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.result = QLabel(self)
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.sessions = QComboBox(self)
        self.sessions.setObjectName("sessionChoice")
        self.sessions.setAccessibleName(self.tr("Session to follow"))
        self.sessions.setEnabled(False)
        self.sessions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self._describe_keyring(tokens.known_persistent)
        self.buttons = QDialogButtonBox(self)
        self.follow_button = self.buttons.addButton(
            self.tr("Follow session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.follow_button.setObjectName("followSession")
        self.follow_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.form_labels = [
            QLabel(self.tr("Backend address"), self),
            QLabel(self.tr("Access token"), self),
            QLabel(self.tr("Session"), self),
        ]
        fields = (self.url, self.token, self.sessions)
        for label, field in zip(self.form_labels, fields, strict=True):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.form_labels[0], self.url)
        form.addRow(self.form_labels[1], self.token)
        form.addRow("", self.test_button)
        form.addRow(self.form_labels[2], self.sessions)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.follow_button.clicked.connect(self._follow)
        self.buttons.rejected.connect(self.close)
        self.url.textEdited.connect(lambda _text: self._invalidate())
        self.url.textChanged.connect(lambda _text: self.fit_width())
        self.token.textEdited.connect(self._token_was_edited)
        self.fit_width()
        self._keyring_task = background_task(self._consult_keyring(self.url.text()))

    def fit_width(self) -> None:
        """Widen the dialog (never narrow it) to show its title, the address and the chosen
        session whole, as far as the screen allows, and keep it on the screen as it grows."""
        bold = QFont(self.font())
        bold.setBold(True)
        title = QFontMetrics(bold).horizontalAdvance(shown_title(self)) + TITLE_BAR_ALLOWANCE
        metrics = self.url.fontMetrics()
        address = self.url.text() or self.url.placeholderText()
        field = max(
            metrics.horizontalAdvance(address) + FIELD_PADDING,
            self.sessions.sizeHint().width(),
        )
        labels = max(label.sizeHint().width() for label in self.form_labels)
        margins = self.layout().contentsMargins()
        spacing = max(self._form.horizontalSpacing(), 0)
        form = labels + spacing + field + margins.left() + margins.right()
        wanted = max(MIN_WIDTH, title, form)
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is not None:
            wanted = min(wanted, area.width() - SCREEN_MARGIN)
        grows = self.isVisible() and self.width() < wanted
        frame = self.frameGeometry().width() - self.width()  # the window manager's borders
        if wanted > self.minimumWidth():
            self.setMinimumWidth(wanted)
        if self.width() < wanted:
            self.resize(wanted, self.height())
        if area is not None and grows:
            # Grown to the right from where it opened: moved back so it ends on the screen.
            overflow = self.frameGeometry().x() + wanted + frame - 1 - area.right()
            if overflow > 0:
                self.move(max(area.left(), self.x() - overflow), self.y())

    def _token_was_edited(self, _text: str) -> None:
        self._token_edited = True
        self._invalidate()

    async def _consult_keyring(self, url: str) -> None:
        """Whether a keyring exists, and the token it keeps for the remembered address: asked
        on the keyring's worker (it may block), filled in unless the chair touched the token
        field meanwhile (a field the chair cleared stays empty) or changed the address."""
        token, persistent = await self._tokens.consult(url)
        if not shiboken6.isValid(self):  # the console closed the dialog's window meanwhile
            return
        if token and not self._token_edited and self.url.text() == url:
            self.token.setText(token)
        self._describe_keyring(persistent)

    def _describe_keyring(self, persistent: bool | None) -> None:
        if persistent is None:
            text = self.tr("Looking for this computer's keyring…")
        elif persistent:
            text = self.tr("The token is kept in this computer's keyring.")
        else:
            text = self.tr(
                "This computer has no keyring: the token is kept for this run only "
                "and will be asked for again next time."
            )
        self.keyring_note.setText(text)

    def test_connection(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        problem = address_and_token_problem(self, url, token)
        if problem is not None:
            self._say(problem)
            return
        self._say(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self._task = asyncio.ensure_future(self._check(url, token))

    async def _check(self, url: str, token: str) -> None:
        try:
            report = await check_connection(url, token)
        except BackendError as error:
            self._say(self.tr("The backend refused: {message}").format(message=error.message))
            return
        except Unreachable as error:
            self._say(self.tr("Cannot reach {url}: {error}").format(url=url, error=error))
            return
        finally:
            self.test_button.setEnabled(True)
        self.sessions.clear()
        for session_id, title in report.sessions:
            self.sessions.addItem(title, session_id)
        wanted = self.sessions.findData(self._wanted_session)
        if wanted >= 0:
            self.sessions.setCurrentIndex(wanted)
        self.sessions.setEnabled(self.sessions.count() > 0)
        self.fit_width()
        self.follow_button.setEnabled(report.can_chair and self.sessions.count() > 0)
        self._say(
            self.tr("Connected as {role} of “{meeting}”; server clock {offset:+d} ms.").format(
                role=report.role, meeting=report.meeting_title, offset=report.offset_ms
            )
            + ("" if report.can_chair else " " + self.tr("This token cannot chair a session."))
        )

    def _follow(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        session_id = self.sessions.currentData()
        if not session_id:
            return
        self._tokens.keep(url, token)  # the follow never waits on the keyring
        self.sig_follow.emit(url, token, session_id)
        self.close()

    def _invalidate(self) -> None:
        self.follow_button.setEnabled(False)
        self.sessions.setEnabled(False)

    def _say(self, text: str) -> None:
        self.result.setText(text)


def shown_title(window: QWidget) -> str:
    """A window's title as the title bar shows it: Qt adds the application's display name."""
    name = QGuiApplication.applicationDisplayName()
    title = window.windowTitle()
    return f"{title} — {name}" if name and name not in title else title


def address_and_token_problem(widget: QWidget, url: str, token: str) -> str | None:
    """What is wrong with a typed backend address and token, in the chair's words (through
    ``widget``'s translations), or ``None``: the Connect and the offline download windows ask
    alike."""
    if not url.startswith(("http://", "https://")):
        return QCoreApplication.translate(
            "ConnectDialog", "The address must start with https:// (or http:// on a LAN)."
        )
    if not token:
        return QCoreApplication.translate(
            "ConnectDialog", "Paste the access token the organisers gave you."
        )
    return None
