"""Connect to a backend: address, token (kept in the keyring), test, choose a session, follow.

Non-modal: the countdown and every shortcut keep working while it is open. The network calls
run as tasks on the qasync loop; their results come back into the dialog's labels.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QSettings, Signal
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


class ConnectDialog(QDialog):
    #: The chair chose to follow a session: (backend URL, token, session id).
    sig_follow = Signal(str, str, str)

    def __init__(self, tokens: TokenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a backend"))
        self.setModal(False)
        self._tokens = tokens
        self._task: asyncio.Task[None] | None = None
        self.url = QLineEdit(str(QSettings().value(BACKEND_URL_SETTING, "") or ""), self)
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
        form = QFormLayout()
        form.addRow(self.tr("Backend address"), self.url)
        form.addRow(self.tr("Access token"), self.token)
        form.addRow("", self.test_button)
        form.addRow(self.tr("Session"), self.sessions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.follow_button.clicked.connect(self._follow)
        self.buttons.rejected.connect(self.close)
        self.url.textEdited.connect(lambda _text: self._invalidate())
        self.token.textEdited.connect(self._token_was_edited)
        self._keyring_task = background_task(self._consult_keyring(self.url.text()))

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
        self.sessions.setEnabled(self.sessions.count() > 0)
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


def address_and_token_problem(widget: QWidget, url: str, token: str) -> str | None:
    """What is wrong with a typed backend address and token, in the chair's words (through
    ``widget``'s translations), or ``None``: the Connect and the offline download windows ask
    alike."""
    if not url.startswith(("http://", "https://")):
        return widget.tr("The address must start with https:// (or http:// on a LAN).")
    if not token:
        return widget.tr("Paste the access token the organisers gave you.")
    return None
