"""Before doors open: the readiness check, and "Make sessions available offline…".

``ReadinessDialog`` is non-modal: the countdown and every shortcut keep working while it is
open. Each check is a row with an icon, a status word and a sentence (never colour alone);
Refresh runs the check again. Reading the database runs on a worker thread, the keyring on
its own (``TokenStore.consult``) and the backend is asked on the qasync loop, so the window
never waits on a disk, a locked keyring or a network.

``OfflineDownloadDialog`` lists the backend's sessions of the meeting with checkboxes (today's
are ticked), downloads the chosen ones (``services.agenda.offline.download_sessions``) with a
progress bar and says per session what happened: downloaded, updated, refused (local changes kept)
or failed, and why.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from moderator.services.agenda import offline
from moderator.services.common.background import background_task, in_worker_thread
from moderator.services.display.display_settings import DisplaySettings
from moderator.services.readiness import check as readiness
from moderator.services.readiness.check import ReadinessReport, Status
from moderator.services.readiness.local_file import LocalFile
from moderator.services.sync.backend_client import BackendError, Unreachable
from moderator.services.sync.credentials import BACKEND_URL_SETTING, TokenStore
from moderator.ui.common.formatting import zone_label
from moderator.ui.sync.connect_dialog import address_and_token_problem


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


_ICONS = {
    Status.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Status.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def status_icon(widget: QWidget, status: Status) -> QIcon:
    return widget.style().standardIcon(_ICONS[status])


def screen_names() -> tuple[str, ...]:
    """The connected screens as Qt names them, the main one first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = [primary, *(s for s in screens if s is not primary)] if primary else screens
    return tuple(screen.name() for screen in ordered)


class ReadinessDialog(QDialog):
    #: Sessions were made available offline (their ids): the console may list them anew.
    sig_sessions_downloaded = Signal(list)

    def __init__(
        self,
        local: LocalFile,
        tokens: TokenStore,
        parent: QWidget | None = None,
        *,
        open_session_id: str | None = None,
        connection: tuple[str, str] | None = None,
        display_settings: DisplaySettings | None = None,
        clock: Callable[[], int] = _wall_clock_ms,
    ) -> None:
        """``local`` is the console's own database; ``connection`` the (URL, token) the
        console follows with now, if any (else the remembered address and keyring token);
        ``open_session_id`` the session on screen, which a download never replaces."""
        super().__init__(parent)
        self.setObjectName("readinessDialog")
        self.setWindowTitle(self.tr("Ready for today?"))
        self.setModal(False)
        self.resize(720, 460)
        self._local = local
        self._tokens = tokens
        self._open_session_id = open_session_id
        self._connection = connection
        self._display_settings = display_settings or DisplaySettings()
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._download_dialog: OfflineDownloadDialog | None = None
        #: The backend address and token the last check used (its keyring answer included).
        self._found: tuple[str, str | None] | None = None
        self.report: ReadinessReport | None = None

        self.summary_icon = QLabel(self)
        self.summary_icon.setObjectName("readinessSummaryIcon")
        self.summary = QLabel(self.tr("Checking…"), self)
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.items = QListWidget(self)
        self.items.setObjectName("readinessItems")
        self.items.setAccessibleName(self.tr("Readiness checks"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshReadiness")
        self.offline_button = QPushButton(self.tr("Make sessions available offline…"), self)
        self.offline_button.setObjectName("makeAvailableOffline")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        header = QHBoxLayout()
        header.addWidget(self.summary_icon)
        header.addWidget(self.summary, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.offline_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self.offline_button.clicked.connect(self.open_download_dialog)
        buttons.rejected.connect(self.close)

    # --- the check ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        super().showEvent(event)
        self.refresh()  # every time it is shown: the state of the laptop now

    def refresh(self) -> None:
        """Run the check again (on the loop and a worker thread; returns at once)."""
        if self._task is not None and not self._task.done():
            return
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self._task = asyncio.ensure_future(self._check())

    async def _check(self) -> None:
        try:
            now = self._clock()
            local_job = in_worker_thread(self._local.facts, now)
            local, (backend, persistent) = await asyncio.gather(local_job, self._ask_backend())
            inputs = readiness.ReadinessInputs(
                local=local,
                backend=backend,
                keyring_persistent=persistent,
                display=readiness.DisplayFacts(
                    wanted=self._display_settings.screen_name, screens=screen_names()
                ),
                sync=await self._sync_facts(local),
            )
            self.show_report(readiness.build_report(inputs, now))
        except asyncio.CancelledError:
            raise
        except Exception as error:  # a check must never take the console down
            self.summary.setText(self.tr("The check itself failed: {error}").format(error=error))
        finally:
            self.refresh_button.setEnabled(True)

    async def _ask_backend(self) -> tuple[readiness.BackendFacts | None, bool]:
        """The backend's facts (None when none is set up) and whether a keyring exists. The
        keyring may block (a locked Secret Service): it is asked on its worker, never here."""
        if self._connection is not None:
            url, token = self._connection
            persistent = await self._tokens.is_persistent()
            source = self.tr("this console's connection")
        else:
            url = _remembered_url()
            token, persistent = await self._tokens.consult(url)
            source = self.tr("the keyring") if persistent else self.tr("this run")
        self._found = (url, token)
        backend = await readiness.probe_backend(url, token, source) if url else None
        return backend, persistent

    async def _sync_facts(self, local: readiness.LocalFacts) -> readiness.SyncFacts:
        """Whether the followed sessions sync: this console's connection, else a token that
        the console would reconnect with (the environment's, this run's, the keyring's)."""
        if not local.followed_sessions:
            return readiness.SyncFacts()
        if self._connection is not None:
            return readiness.SyncFacts(backend_url=self._connection[0], syncing=True)
        url = local.followed_backend or _remembered_url()
        if not url:
            return readiness.SyncFacts()
        _token, source = await self._tokens.find(url)
        return readiness.SyncFacts(backend_url=url, token_source=source)

    def use_connection(self, connection: tuple[str, str] | None) -> None:
        """The (URL, token) the console follows with now (it may have connected since the
        window was made); the next check uses it."""
        self._connection = connection

    def show_report(self, report: ReadinessReport) -> None:
        self.report = report
        self.items.clear()
        for item in report.items:
            word = readiness.WORDS[item.status]
            text = f"{readiness.SYMBOLS[item.status]} {word} — {item.title}: {item.text}"
            row = QListWidgetItem(status_icon(self, item.status), text)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{word}. {item.title}: {item.text}")
            row.setToolTip(item.text)
            self.items.addItem(row)
        self.summary.setText(report.summary())
        self.summary_icon.setPixmap(status_icon(self, report.status).pixmap(24, 24))

    # --- making sessions available offline ------------------------------------------------------

    def open_download_dialog(self) -> OfflineDownloadDialog:
        if self._download_dialog is None:
            # What the console follows with, else what the last check found, else the address
            # alone: the download dialog asks the keyring itself, never on this thread.
            url, token = self._connection or self._found or (_remembered_url(), None)
            dialog = OfflineDownloadDialog(
                self._local,
                self._tokens,
                self,
                url=url,
                token=token or "",
                open_session_id=self._open_session_id,
                clock=self._clock,
            )
            dialog.sig_finished.connect(self._downloaded)
            self._download_dialog = dialog
        self._download_dialog.show()
        self._download_dialog.raise_()
        return self._download_dialog

    def _downloaded(self, report: offline.DownloadReport) -> None:
        done = [r.session_id for r in report.succeeded]
        if done:
            self.sig_sessions_downloaded.emit(done)
        self.refresh()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().closeEvent(event)


def _remembered_url() -> str:
    return str(QSettings().value(BACKEND_URL_SETTING, "") or "").strip()


class OfflineDownloadDialog(QDialog):
    #: The download ended (every chosen session downloaded, refused or failed).
    sig_finished = Signal(object)

    def __init__(
        self,
        local: LocalFile,
        tokens: TokenStore,
        parent: QWidget | None = None,
        *,
        url: str = "",
        token: str = "",
        open_session_id: str | None = None,
        clock: Callable[[], int] = _wall_clock_ms,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offlineDownloadDialog")
        self.setWindowTitle(self.tr("Make sessions available offline"))
        self.setModal(False)
        self.resize(640, 480)
        self._local = local
        self._tokens = tokens
        self._open_session_id = open_session_id
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._offered: offline.BackendSessions | None = None
        self._listed_with: tuple[str, str] | None = None
        self._downloading = False
        self.report: offline.DownloadReport | None = None

        self.url = QLineEdit(url, self)
        self.url.setObjectName("offlineBackendUrl")
        self.url.setAccessibleName(self.tr("Backend address"))
        self.url.setPlaceholderText("https://moderator.example.org")
        self.token = QLineEdit(token or tokens.recall(url) or "", self)
        self.token.setObjectName("offlineBackendToken")
        self.token.setAccessibleName(self.tr("Access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        #: The chair edited the token (typed, pasted, cleared): the keyring never overwrites it.
        self._token_edited = False
        self.list_button = QPushButton(self.tr("List the sessions"), self)
        self.list_button.setObjectName("listBackendSessions")
        self.sessions = QListWidget(self)
        self.sessions.setObjectName("backendSessions")
        self.sessions.setAccessibleName(self.tr("Sessions to make available offline"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("downloadProgress")
        self.progress.setFormat(self.tr("%v of %m sessions"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(False)  # until a download starts
        self.status = QLabel(self)
        self.status.setObjectName("downloadStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = QListWidget(self)
        self.results.setObjectName("downloadResults")
        self.results.setAccessibleName(self.tr("What happened to each session"))
        self.results.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.download_button = buttons.addButton(
            self.tr("Download the ticked sessions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.download_button.setObjectName("downloadSessions")
        self.download_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("Backend address"), self.url)
        form.addRow(self.tr("Access token"), self.token)
        form.addRow("", self.list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sessions, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.list_button.clicked.connect(self.list_sessions)
        self.download_button.clicked.connect(self.download)
        buttons.rejected.connect(self.close)
        self.sessions.itemChanged.connect(lambda _item: self._update_download_button())
        self.token.textEdited.connect(self._token_was_edited)
        self._keyring_task: asyncio.Future[None] | None = None
        if url and not self.token.text():
            self._keyring_task = background_task(self._consult_keyring(url))

    def _token_was_edited(self, _text: str) -> None:
        self._token_edited = True

    async def _consult_keyring(self, url: str) -> None:
        """The keyring's token for ``url``, asked on its worker (it may block: a locked Secret
        Service), filled in unless the chair touched the token field or the address meanwhile."""
        token, _persistent = await self._tokens.consult(url)
        if not shiboken6.isValid(self):  # the console closed the window meanwhile
            return
        if token and not self._token_edited and self.url.text().strip() == url:
            self.token.setText(token)

    # --- listing ---------------------------------------------------------------------------------

    def list_sessions(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        problem = address_and_token_problem(self, url, token)
        if problem is not None:
            self._say(problem)
            return
        if self._busy():
            return
        self._say(self.tr("Asking the backend for its sessions…"))
        self.list_button.setEnabled(False)
        self._task = asyncio.ensure_future(self._list(url, token))

    async def _list(self, url: str, token: str) -> None:
        try:
            async with offline.backend_client(url, token) as client:
                offered = await offline.list_backend_sessions(client)
            cached = await in_worker_thread(self._local.cached_and_pending)
        except BackendError as error:
            self._say(self.tr("The backend refused: {message}").format(message=error.message))
            return
        except Unreachable as error:
            self._say(self.tr("Cannot reach {url}: {error}").format(url=url, error=error))
            return
        except (KeyError, TypeError, ValueError) as error:
            self._say(
                self.tr("The backend's answer could not be read ({error}).").format(error=error)
            )
            return
        finally:
            self.list_button.setEnabled(True)
        self._offered = offered
        self._listed_with = (url, token)
        self._fill(offered, *cached)
        self._say(
            (
                self.tr("“{meeting}”: 1 session, times in {zone}; today's are ticked.")
                if len(offered.sessions) == 1
                else self.tr("“{meeting}”: {count} sessions, times in {zone}; today's are ticked.")
            ).format(
                meeting=offered.meeting_title, count=len(offered.sessions), zone=offered.timezone
            )
        )

    def _fill(
        self, offered: offline.BackendSessions, cached: set[str], pending: dict[str, int]
    ) -> None:
        self.sessions.blockSignals(True)
        self.sessions.clear()
        zone = readiness.time_zone(offered.timezone)
        today = dt.datetime.fromtimestamp(self._clock() / 1000, tz=zone).date()
        for session in offered.sessions:
            start = dt.datetime.fromtimestamp(session.scheduled_start_ms / 1000, tz=zone)
            end = dt.datetime.fromtimestamp(session.scheduled_end_ms / 1000, tz=zone)
            notes = []
            if session.id == self._open_session_id:
                notes.append(self.tr("open in the console"))
            elif pending.get(session.id):
                notes.append(
                    self.tr("{n} changes waiting to be sent: kept").format(n=pending[session.id])
                )
            elif session.id in cached:
                notes.append(self.tr("on this laptop: will be updated"))
            if not session.allowed:
                notes.append(self.tr("not in this token's sessions"))
            # The meeting's zone beside its times: staff downloading the day from a laptop
            # in another zone (or at home the evening before) must not guess.
            zone_name = zone_label(start, offered.timezone)
            text = f"{start:%a %d %b %H:%M}–{end:%H:%M} {zone_name}  {session.title}"
            if session.room:
                text += f" · {session.room}"
            if notes:
                text += f"  ({'; '.join(notes)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            if not session.allowed:
                flags = Qt.ItemFlag.ItemIsUserCheckable  # shown, not choosable
            item.setFlags(flags)
            chosen = session.allowed and start.date() == today and not pending.get(session.id)
            chosen = chosen and session.id != self._open_session_id
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        self._update_download_button()

    def chosen_session_ids(self) -> list[str]:
        return [
            self.sessions.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.sessions.count())
            if self.sessions.item(row).checkState() == Qt.CheckState.Checked
        ]

    # --- downloading ----------------------------------------------------------------------

    def download(self) -> None:
        chosen = self.chosen_session_ids()
        if not chosen or self._listed_with is None or self._busy():
            return
        url, token = self._listed_with
        self._downloading = True
        self.download_button.setEnabled(False)
        self.list_button.setEnabled(False)
        self.results.clear()
        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Downloading {n} sessions…").format(n=len(chosen)))
        self._task = asyncio.ensure_future(self._download(url, token, chosen))

    async def _download(self, url: str, token: str, chosen: list[str]) -> None:
        titles = offline.titles_of(self._offered.sessions if self._offered else ())
        try:
            async with offline.backend_client(url, token) as client:
                report = await self._local.download(
                    client,
                    chosen,
                    self._clock(),
                    titles=titles,
                    open_session_ids=[self._open_session_id] if self._open_session_id else [],
                    on_progress=self._progressed,
                )
        finally:
            self._downloading = False
            self.list_button.setEnabled(True)
            self._update_download_button()
        self.report = report
        if report.succeeded:
            # The token worked: keep it with the address (the keyring in the background).
            self._tokens.keep(url, token)
        self._say(report.summary())
        self.sig_finished.emit(report)

    def _progressed(self, progress: offline.DownloadProgress) -> None:
        self.progress.setValue(progress.done)
        result = progress.latest
        status = {
            offline.Outcome.DOWNLOADED: Status.OK,
            offline.Outcome.UPDATED: Status.OK,
            offline.Outcome.REFUSED: Status.WARNING,
            offline.Outcome.FAILED: Status.PROBLEM,
        }[result.outcome]
        word = {
            offline.Outcome.DOWNLOADED: self.tr("Downloaded"),
            offline.Outcome.UPDATED: self.tr("Updated"),
            offline.Outcome.REFUSED: self.tr("Not downloaded"),
            offline.Outcome.FAILED: self.tr("Failed"),
        }[result.outcome]
        row = QListWidgetItem(
            status_icon(self, status),
            f"{readiness.SYMBOLS[status]} {word} — {result.message}",
        )
        row.setData(Qt.ItemDataRole.UserRole, result.session_id)
        self.results.addItem(row)
        self._say(
            self.tr("{done} of {total} sessions done…").format(
                done=progress.done, total=progress.total
            )
        )

    # --- plumbing ---------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _update_download_button(self) -> None:
        self.download_button.setEnabled(
            bool(self.chosen_session_ids())
            and self._listed_with is not None
            and not self._downloading
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        # A download in progress goes on (each session is written whole or not at all) and
        # reports to the readiness window; only a listing is abandoned.
        if self._busy() and not self._downloading:
            self._task.cancel()  # type: ignore[union-attr]
        super().closeEvent(event)
