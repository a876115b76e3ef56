"""Upload to backend: staff send this console's meeting to a backend meeting.

The backend's preview comes first (what it will add, change or remove, and what it will not
do and why); Upload sends exactly what was previewed, and is offered again only after a new
preview when the address, token or meeting changed. Non-modal, and every call runs as a task
on the qasync loop (the meeting is read on a worker thread), so the console never freezes.
"""

from __future__ import annotations

import asyncio
import os

import shiboken6
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.services.common.background import background_task
from moderator.services.sync.agenda_upload import AgendaUpload, UploadAnswer, UploadRefused
from moderator.services.sync.credentials import BACKEND_URL_SETTING, TokenStore
from moderator.ui.sync.connect_dialog import address_and_token_problem

#: The environment variable ``--backend`` and ``moderator check`` take the token from.
TOKEN_VARIABLE = "MODERATOR_TOKEN"


class UploadDialog(QDialog):
    #: A preview or an upload has its answer (or its refusal) on screen.
    sig_answered = Signal()

    def __init__(
        self,
        tokens: TokenStore,
        upload: AgendaUpload,
        meeting_id: str,
        meeting_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadDialog")
        self.setWindowTitle(self.tr("Upload to backend"))
        self.setModal(False)
        self.setMinimumWidth(560)
        self._tokens = tokens
        self._upload = upload
        self._meeting_id = meeting_id
        self._task: asyncio.Future[None] | None = None
        #: (address, token, backend meeting) of the last good preview: what Upload sends to.
        self._previewed: tuple[str, str, str] | None = None
        self.source = QLabel(
            self.tr("“{title}” from this console").format(title=meeting_title), self
        )
        self.source.setWordWrap(True)
        self.url = QLineEdit(str(QSettings().value(BACKEND_URL_SETTING, "") or ""), self)
        self.url.setObjectName("uploadUrl")
        self.url.setAccessibleName(self.tr("Backend address"))
        self.token = QLineEdit(self)
        self.token.setObjectName("uploadToken")
        self.token.setAccessibleName(self.tr("Staff access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        from_environment = os.environ.get(TOKEN_VARIABLE, "").strip()
        self.token.setText(from_environment or tokens.recall(self.url.text()) or "")
        self._token_edited = bool(from_environment)
        self.target = QLineEdit(meeting_id, self)
        self.target.setObjectName("uploadMeeting")
        self.target.setAccessibleName(self.tr("Meeting id on the backend"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("uploadPreview")
        self.status = QLabel(
            self.tr("Preview first: the backend says what it will change before anything is sent."),
            self,
        )
        self.status.setObjectName("uploadStatus")
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("uploadDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the upload changes"))
        self.buttons = QDialogButtonBox(self)
        self.upload_button = self.buttons.addButton(
            self.tr("Upload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.upload_button.setObjectName("uploadSend")
        self.upload_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.source)
        form.addRow(self.tr("Backend address"), self.url)
        form.addRow(self.tr("Staff access token"), self.token)
        form.addRow(self.tr("Meeting id on the backend"), self.target)
        form.addRow("", self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.preview)
        self.upload_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.close)
        self.url.textEdited.connect(lambda _text: self._invalidate())
        self.target.textEdited.connect(lambda _text: self._invalidate())
        self.token.textEdited.connect(self._token_was_edited)
        if not self.token.text():
            self._keyring_task = background_task(self._consult_keyring(self.url.text()))

    # --- the token ---------------------------------------------------------------------------

    def _token_was_edited(self, _text: str) -> None:
        self._token_edited = True
        self._invalidate()

    async def _consult_keyring(self, url: str) -> None:
        """The token kept for the remembered address, asked on the keyring's worker; filled in
        unless the staff typed one meanwhile."""
        token, _persistent = await self._tokens.consult(url)
        if not shiboken6.isValid(self):
            return
        if token and not self._token_edited and self.url.text() == url:
            self.token.setText(token)

    # --- preview and upload ------------------------------------------------------------------

    def _fields(self) -> tuple[str, str, str] | None:
        url, token, target = (
            self.url.text().strip(),
            self.token.text().strip(),
            self.target.text().strip(),
        )
        problem = address_and_token_problem(self, url, token)
        if problem is None and not target:
            problem = self.tr("Type the meeting id the backend knows this meeting by.")
        if problem is not None:
            self._say(problem)
            return None
        return url, token, target

    def preview(self) -> None:
        fields = self._fields()
        if fields is None or self._busy():
            return
        self._invalidate()
        self._say(self.tr("Asking the backend what the upload would change…"))
        self.preview_button.setEnabled(False)
        self._task = background_task(self._run(fields, dry_run=True))

    def send(self) -> None:
        if self._previewed is None or self._busy():
            return
        self._say(self.tr("Uploading…"))
        self.preview_button.setEnabled(False)
        self.upload_button.setEnabled(False)
        self._task = background_task(self._run(self._previewed, dry_run=False))

    async def _run(self, fields: tuple[str, str, str], dry_run: bool) -> None:
        url, token, target = fields
        try:
            answer = await self._upload.send(url, token, self._meeting_id, target, dry_run)
        except UploadRefused as refusal:
            if shiboken6.isValid(self):
                self._previewed = None
                self._say(str(refusal))
                self.preview_button.setEnabled(True)
                self.sig_answered.emit()
            return
        if not shiboken6.isValid(self):
            return
        self._tokens.keep(url, token)  # it worked: remembered for the next upload and Connect
        self._show(answer)
        if dry_run:
            self._previewed = fields if answer.writes else None
            self.upload_button.setEnabled(answer.writes > 0)
        else:
            self._previewed = None
        self.preview_button.setEnabled(True)
        self.sig_answered.emit()

    def _show(self, answer: UploadAnswer) -> None:
        self.details.setPlainText("\n".join(answer.lines()))
        refused = len(answer.refusals)
        if answer.applied:
            text = self.tr(
                "Uploaded to meeting “{meeting}”: {count} session(s) sent again to the "
                "consoles following them."
            ).format(meeting=answer.meeting_id, count=len(answer.sessions_reset))
        elif answer.writes:
            text = self.tr("The backend will make {count} change(s). Upload sends them.").format(
                count=answer.writes
            )
        else:
            text = self.tr("Nothing to upload: the backend already has this meeting as it is.")
        if refused:
            text += " " + self.tr(
                "{count} thing(s) will not be changed; the reasons are listed below."
            ).format(count=refused)
        self._say(text)

    def _busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _invalidate(self) -> None:
        self._previewed = None
        self.upload_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._busy():
            assert self._task is not None
            self._task.cancel()
        super().closeEvent(event)
