"""Builds and wires the console: the one place that creates the database, services and windows.

Start-up order, arranged so the window paints with the day's agenda as early as Qt allows:

1. logging and the ``QApplication``; an excepthook that logs and shows a dialog;
   the file's instance lock (``storage.instance_lock``), before anything is written: a second
   console on the same file asks the first to come forward and quits (``single_instance``);
   the first listens for such requests from its first paint on;
2. the database file is checked with the standard ``sqlite3`` module (ours? schema? writable?);
   an unusable file ends the start with a clear message and is left untouched;
3. *fast path* (schema current, sessions present, no ``--demo``): the session is read with
   ``sqlite3`` (``storage.quick_read``), the window is built, shown and painted; only then is
   SQLAlchemy loaded and the store opened for the chair's first action;
   *full path* (new or older database, or ``--demo``): the store is opened first (Alembic
   migrations, demo meeting), then the window;
4. the qasync event loop until the window closes: network waits (the sync, the Connect dialog)
   run on it as coroutines, so they never block the window.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.cli.main import EXIT_OK, EXIT_UNUSABLE, database_path
from moderator.logging_setup import configure_logging, is_json_logging

if TYPE_CHECKING:  # only for annotations: asyncio is not needed before the loop starts
    import asyncio

log = logging.getLogger(__name__)


class StartupError(Exception):
    """The console cannot open; the message is for the user."""


def run_console(args: argparse.Namespace) -> int:
    configure_logging(args.log_json)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Moderator")
    app.setOrganizationName("Moderator")
    app.setApplicationDisplayName("Moderator")
    app.setWindowIcon(_application_icon())
    install_excepthook()
    _install_languages(getattr(args, "lang", None))

    from moderator.services.chair.time_source import TimeSource

    time_source = TimeSource()
    path = database_path(args)
    # One writer per file, decided before anything is written (migrations, the demo, a
    # download): a second console on the same agenda brings the first forward and quits.
    from moderator.storage.file_check import DatabaseError
    from moderator.storage.instance_lock import AlreadyOpen, InstanceLock

    try:
        lock = InstanceLock.acquire(path, "console")
    except AlreadyOpen as busy:
        from moderator.single_instance import handle_already_open

        return handle_already_open(busy, _has_screen())
    except DatabaseError as error:
        return report_fatal(str(error))
    try:
        return _run_console_holding(app, args, path, time_source)
    finally:
        lock.release()


def _install_languages(override: str | None) -> None:
    """The console's language (``--lang``, else the settings', else the system's) and the
    speaker display's own, before the first window is built."""
    from moderator.ui.common.language import (
        DISPLAY_KEY,
        chosen_language,
        install,
        install_display_language,
        saved_language,
    )

    install(chosen_language(override))
    install_display_language(saved_language(DISPLAY_KEY))


def _run_console_holding(app, args: argparse.Namespace, path: Path, time_source) -> int:  # type: ignore[no-untyped-def]
    """The console's run, while this process holds the file's instance lock."""
    console: Console | None = None
    server = None
    try:
        try:
            backend = _backend_settings(args)
            if backend is not None:
                _download_session_if_missing(path, args, backend, time_source.now_ms())
            state, store_or_opener = _open_session(path, args, time_source.now_ms())
        except StartupError as error:
            return report_fatal(str(error))

        console = Console(app, path, time_source)
        window = console.show_session(state, store_or_opener)
        app.processEvents()  # the first paint, before anything slower is loaded
        # Later starts on this file ask this window to come forward (and then quit).
        from moderator.single_instance import InstanceServer

        server = InstanceServer(path, lambda: console.window if console is not None else None)
        server.window_ready()
        try:
            console.service.ensure_store()
        except Exception as error:  # the write lock, a disk problem: say so, never read-only
            from moderator.storage.file_check import DatabaseError

            message = str(error) if isinstance(error, DatabaseError) else repr(error)
            window.close()
            return report_fatal(message)
        return _run_console_ready(app, args, console, state, backend)
    finally:
        if server is not None:
            server.close()


def _run_console_ready(app, args: argparse.Namespace, console, state, backend) -> int:  # type: ignore[no-untyped-def]
    window = console.window
    path = console.path
    # Frozen, not collected: at this point a full collection found nothing to free (0 of
    # ~78,000 objects, measured) and held the chair's first action back 40–80 ms.
    settle_memory(collect=False)
    controller = None
    if args.control_stdin:
        from moderator.ui.shortcuts.stdin_control import StdinControl

        controller = StdinControl(window.actions, window)
    console.control_at_start(args)
    console.connect_at_start(backend)
    log.info("console ready", extra={"session_id": state.session.id, "database": str(path)})
    _run_event_loop(app, console)
    del controller
    console.dispose()
    return EXIT_OK


#: Seconds after the window is up before the keyring is found (and, when not following yet,
#: the network code loaded) in the background.
WARM_UP_AFTER_S = 2.0


async def _warm_up_connecting(tokens, following: bool) -> None:  # type: ignore[no-untyped-def]
    """What the first Connect, Follow and readiness check need and are slow to get the first
    time (100-500 ms on a cold disk): the keyring backend, found once on the keyring's worker,
    and, when not following (the network code is loaded already then), the network code, on a
    worker thread of its own so a locked keyring does not hold it up."""
    import asyncio

    from moderator.services.common.background import in_worker_thread

    jobs = [tokens.is_persistent()]
    if not following:
        jobs.append(in_worker_thread(_import_network_code))
    await asyncio.gather(*jobs)


def _import_network_code() -> None:
    import moderator.services.sync.connection_check
    import moderator.services.sync.sync_engine  # noqa: F401


def settle_memory(collect: bool = True) -> None:
    """Move everything built so far out of the garbage collector's sight (``gc.freeze``).

    What the console builds at start-up or when it opens a session lives until it is replaced;
    left in the collector's oldest generation, a full collection walks it all (about 90 ms over
    ~170,000 objects, measured in the fault tests), and such a pause can land on a keystroke or
    a tick while the network fails. Called at moments the chair chose (start, opening a
    session), where one collection now costs less than many later. ``collect=False`` freezes
    without collecting first: the collection itself is the pause (hundreds of ms on a large
    heap), and the little garbage it would have freed is a fair price while the chair waits
    for a session to open.
    """
    if collect:
        gc.collect()
    gc.freeze()


class Console:
    """The open session's window, services and (when following a backend) sync, replaceable
    as a whole when the chair follows another session from the Connect dialog."""

    def __init__(self, app, path: Path, time_source) -> None:  # type: ignore[no-untyped-def]
        from moderator.services.sync.credentials import TokenStore

        self.app = app
        self.path = path
        self.time_source = time_source
        self.tokens = TokenStore()
        self.window = None
        self.service = None
        self.runner = None
        self.sync = None
        self._connection: tuple[str, str] | None = None
        self._loop_running = False
        self._warm_up: asyncio.Future[None] | None = None
        #: While a followed session is open and nothing syncs it: the window's banner and the
        #: count of the actions waiting that it shows.
        self._banner = None
        self._outbox_count = None
        #: A followed session's backend whose kept token is looked up once the loop runs.
        self._token_wanted: str | None = None
        self._token_search: asyncio.Future[None] | None = None
        #: Control surfaces (HTTP, WebSocket, OSC): made when first turned on, kept for the
        #: run (their servers outlive a session switch), with the configuration to start.
        self.control = None
        self._control_wanted = None

    def show_session(self, state, store_or_opener):  # type: ignore[no-untyped-def]
        from moderator.services.chair.command_runner import CommandRunner
        from moderator.services.chair.session_service import SessionService
        from moderator.ui.chair.main_window import MainWindow

        self._forget_not_syncing()  # the banner belongs to the window being replaced
        self.runner = CommandRunner(store_or_opener, state, self.time_source)
        self.service = SessionService(self.runner)
        previous, self.window = self.window, MainWindow(self.service, str(self.path))
        self.window.actions["connect"].triggered.connect(self.open_connect_dialog)
        self.window.actions["upload_agenda"].triggered.connect(self.open_upload_dialog)
        self.window.actions["readiness"].triggered.connect(self.open_readiness_dialog)
        self.window.actions["open_session"].triggered.connect(self.open_session_picker)
        self.window.actions["new_meeting"].triggered.connect(lambda: self.open_new_meeting())
        self.window.actions["new_session"].triggered.connect(lambda: self.open_new_session())
        self.window.actions["control_surfaces"].triggered.connect(self.open_control_dialog)
        if self.control is not None:
            self.control.attach(self.window, self.service)
        podium = []
        if previous is not None:  # the new session takes the old one's place on the screen
            self.window.restoreGeometry(previous.saveGeometry())
            podium = _shown_speaker_displays()
        self.window.show()
        if previous is not None:
            _close_windows_of(previous)
            for display in podium:  # it showed the old session's speaker and clock
                display.close()
                display.deleteLater()
            previous.close()
            if podium:  # the podium keeps a display, now the new session's, on its screen
                self.window.speaker_display.show_display()
            self.window.raise_()  # the keys go on working in the new window
            self.window.activateWindow()
        return self.window

    # --- switching and creating sessions (Session menu) ----------------------------------------

    def _directory(self):  # type: ignore[no-untyped-def]
        from moderator.services.agenda.session_directory import SessionDirectory

        return SessionDirectory(self.runner.store)

    def open_session_picker(self):  # type: ignore[no-untyped-def]
        """Open session (Ctrl+O): the database's sessions by day; the chosen one is opened."""
        from PySide6.QtCore import Qt

        from moderator.ui.agenda.open_session_dialog import OpenSessionDialog

        dialog = OpenSessionDialog(
            self._directory().listings(),
            self.service.state.session.id,
            self.time_source.now_ms(),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open.connect(self.open_session)
        dialog.open()
        return dialog

    def open_session(self, session_id: str, fill_agenda: bool = False) -> None:
        """Replace the window with ``session_id``'s, as following does: a running sync is
        stopped first (on the event loop), and a followed session syncs again when the console
        knows its backend. ``fill_agenda``: then show the agenda editor on it."""
        if self.sync is None:
            self._switch_to(session_id, fill_agenda)
            return
        from moderator.services.common.background import background_task

        background_task(self._switch_after_stopping_sync(session_id, fill_agenda))

    async def _switch_after_stopping_sync(self, session_id: str, fill_agenda: bool) -> None:
        if self.sync is not None:
            await self.sync.stop()
            self.sync.deleteLater()  # stopped and disconnected: nothing may still drive it
            self.sync = None
        self._switch_to(session_id, fill_agenda)

    def _switch_to(self, session_id: str, fill_agenda: bool) -> None:
        store = self.runner.store
        before = self.service.state
        try:
            state = store.load_session_state(session_id)
        except KeyError:
            self.window.statusBar().showMessage("That session is no longer in this database", 8000)
            return
        window = self.show_session(state, store)
        notices = []
        if before.clock.status.value == "running" and before.session.id != session_id:
            notices.append(
                f"The clock of “{before.session.title}” keeps running (it is saved): "
                "Ctrl+O brings it back"
            )
        if session_id in store.linked_sessions():
            if self._connection is not None:
                self.prepare_sync(*self._connection)
            else:
                self.resume_following()
        if notices:
            window.statusBar().showMessage(" · ".join(notices), 15_000)
        log.info("session opened", extra={"session_id": session_id})
        if fill_agenda:
            editor = window.open_agenda_editor()
            editor.select_session(session_id)
        settle_memory(collect=False)  # the new window and session live on: out of sight

    def open_new_meeting(self, reason: str = ""):  # type: ignore[no-untyped-def]
        """New meeting…; by default it goes on to the meeting's first session."""
        from PySide6.QtCore import Qt

        from moderator.ui.agenda.new_session_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(
            self._directory(), self.service.state.meeting.timezone, self.window, reason
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self._meeting_created)
        dialog.open()
        return dialog

    def _meeting_created(self, meeting_id: str, then_session: bool) -> None:
        if then_session:
            self.open_new_session(meeting_id)
        else:
            self.window.statusBar().showMessage("Meeting created: Session → New session…", 8000)

    def open_new_session(self, meeting_id: str | None = None):  # type: ignore[no-untyped-def]
        """New session… in ``meeting_id`` (else the open session's meeting); with no meeting
        in the database, New meeting comes first."""
        from PySide6.QtCore import Qt

        from moderator.ui.agenda.new_session_dialog import NewSessionDialog

        directory = self._directory()
        meetings = directory.meetings()
        if not meetings:
            return self.open_new_meeting(
                "There is no meeting yet, and a session belongs to a meeting: create the "
                "meeting first; its first session comes next."
            )
        dialog = NewSessionDialog(
            directory,
            meetings,
            meeting_id or self.service.state.meeting.id,
            self.time_source.now_ms(),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self._session_created)
        dialog.open()
        return dialog

    def _session_created(self, session_id: str, opening: bool, fill_agenda: bool) -> None:
        if opening:
            self.open_session(session_id, fill_agenda)
        else:
            self.window.statusBar().showMessage("Session created: Ctrl+O opens it", 8000)

    # --- following a backend -----------------------------------------------------------------

    def prepare_sync(self, url: str, token: str) -> None:
        """Create the sync for the open session; it starts with the event loop (or now)."""
        from moderator.services.sync.backend_client import BackendClient
        from moderator.services.sync.sync_queue import queue_reader
        from moderator.services.sync.sync_service import SyncService
        from moderator.storage.sync_store import SyncStore
        from moderator.ui.sync.sync_badge import SyncBadge

        window, service = self.window, self.service
        self._forget_not_syncing()
        self._connection = (url, token)
        client = BackendClient(url, token, clock=self.time_source.base_ms)
        sync_store = SyncStore(self.runner.store.engine)
        try:  # where the next start reconnects; a failure here must not stop the sync
            sync_store.follow_backend(url)
        except Exception as error:
            log.warning("followed backend not recorded", extra={"error": repr(error)})
        self.sync = SyncService(service, sync_store, client, parent=window)
        # One badge per window: following again (a new token) replaces the earlier one.
        for earlier in window.findChildren(SyncBadge):
            window.statusBar().removeWidget(earlier)
            earlier.deleteLater()
        badge = SyncBadge(
            service.state.meeting.timezone,
            queue_reader(sync_store),
            window,
            mark_seen=self.sync.mark_refusals_seen,
        )
        # Permanent: a passing status message (a new hand, a refusal) never hides the link's
        # state; first among the permanent widgets, so it sits next to the messages.
        window.statusBar().insertPermanentWidget(0, badge)
        self.sync.sig_status.connect(badge.show_status)
        self.sync.sig_status.connect(lambda status: self._sync_status_changed(url, status))
        badge.show_status(self.sync.status)  # refusals kept from an earlier run show at once
        self.sync.sig_rejected.connect(
            lambda reason: window.statusBar().showMessage(f"The backend refused: {reason}", 10_000)
        )
        if self._loop_running:
            self.sync.start()

    async def follow(self, url: str, token: str, session_id: str) -> None:
        """From the Connect dialog: download the session if needed, open it, sync it."""
        from moderator.services.sync.backend_client import BackendClient
        from moderator.services.sync.sync_engine import download_session

        store = self.runner.store
        if self.sync is not None:
            await self.sync.stop()
            self.sync.deleteLater()  # stopped and disconnected: nothing may still drive it
            self.sync = None
        if session_id not in {s.id for s in store.sessions()}:
            client = BackendClient(url, token)
            try:
                await download_session(client, store, session_id, self.time_source.now_ms())
            finally:
                await client.close()
        if session_id != self.service.state.session.id:
            self.show_session(store.load_session_state(session_id), store)
        self.prepare_sync(url, token)
        settle_memory(collect=False)  # the new window and session live on: out of sight

    def open_readiness_dialog(self):  # type: ignore[no-untyped-def]
        """Ready for today? (non-modal): the checks, and making sessions available offline."""
        from moderator.services.readiness.local_file import LocalFile
        from moderator.ui.readiness.readiness_dialog import ReadinessDialog

        dialog = self.window.findChild(ReadinessDialog, "readinessDialog") or ReadinessDialog(
            LocalFile(self.path, self.runner.store),
            self.tokens,
            self.window,
            open_session_id=self.service.state.session.id,
            connection=self._connection,
            clock=self.time_source.now_ms,
        )
        dialog.use_connection(self._connection)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_connect_dialog(self) -> None:
        from moderator.services.common.background import background_task
        from moderator.ui.sync.connect_dialog import ConnectDialog

        # An open followed session that does not sync: its backend, and it chosen at once.
        session_id = self.service.state.session.id
        followed = session_id in self.runner.store.linked_sessions()
        dialog = ConnectDialog(
            self.tokens,
            self.window,
            url=self.followed_backend() if followed else None,
            session_id=session_id if followed else None,
        )
        dialog.sig_follow.connect(
            lambda url, token, session_id: background_task(self.follow(url, token, session_id))
        )
        dialog.show()

    def open_upload_dialog(self):  # type: ignore[no-untyped-def]
        """Upload to backend: the open session's meeting, to a backend meeting (staff)."""
        from PySide6.QtCore import Qt

        from moderator.services.sync.agenda_upload import AgendaUpload
        from moderator.ui.sync.upload_dialog import UploadDialog

        service = self.service
        meeting = service.state.meeting
        upload = AgendaUpload(lambda: service.store.engine)
        dialog = UploadDialog(self.tokens, upload, meeting.id, meeting.title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- control surfaces ---------------------------------------------------------------------

    def control_at_start(self, args: argparse.Namespace) -> None:
        """The control servers the settings or the command line ask for; they start with the
        event loop."""
        from moderator.services.control.control_settings import ControlSettings

        config = ControlSettings().config(
            getattr(args, "control_port", None),
            getattr(args, "osc_port", None),
            getattr(args, "control_host", None),
        )
        if config.enabled:
            self._control_wanted = config
            self.control_surfaces()

    def control_surfaces(self):  # type: ignore[no-untyped-def]
        """The console's control surfaces, made on first use."""
        if self.control is None:
            from moderator.ui.control.control_surfaces import ControlSurfaces

            self.control = ControlSurfaces(self.app)
            self.control.attach(self.window, self.service)
        return self.control

    def open_control_dialog(self):  # type: ignore[no-untyped-def]
        """Session → Control surfaces: turn the servers on or off, ports, network, secret."""
        from moderator.ui.control.control_dialog import ControlDialog

        dialog = self.window.findChild(ControlDialog, "controlDialog") or ControlDialog(
            self.control_surfaces(), self.window
        )
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- reconnecting a followed session -----------------------------------------------------

    def connect_at_start(self, backend: tuple[str, str] | None) -> None:
        """``--backend`` syncs the open session with its address and token; without it, a
        session followed on a backend reconnects by itself (``resume_following``)."""
        if backend is not None:
            self.prepare_sync(*backend)
        else:
            self.resume_following()

    def followed_backend(self) -> str | None:
        """The backend this file's sessions are followed on, as the file records it; for a
        file from before that record, the address the last Connect remembered; else None."""
        from PySide6.QtCore import QSettings

        from moderator.services.sync.credentials import BACKEND_URL_SETTING
        from moderator.storage.sync_store import SyncStore

        recorded = SyncStore(self.runner.store.engine).backend_url()
        remembered = str(QSettings().value(BACKEND_URL_SETTING, "") or "").strip()
        return recorded or remembered or None

    def resume_following(self) -> None:
        """The open session is followed on a backend and nothing syncs it: sync it with the
        token of ``MODERATOR_TOKEN``, of this run or of the keyring (looked up on its worker
        once the loop runs); until then, and for good when there is none, the window says in a
        banner that nothing syncs, how many actions wait, and offers Connect."""
        from moderator.services.sync.credentials import (
            FROM_ENVIRONMENT,
            FROM_THIS_RUN,
            environment_token,
        )

        if self.sync is not None:
            return
        if self.service.state.session.id not in self.runner.store.linked_sessions():
            return
        url = self.followed_backend()
        if url is None:
            self._not_syncing(None)
            return
        from_environment = environment_token()
        kept = from_environment or self.tokens.recall(url)
        if kept:
            self._reconnect(url, kept, FROM_ENVIRONMENT if from_environment else FROM_THIS_RUN)
            return
        self._not_syncing(url, searching=True)
        self._token_wanted = url
        if self._loop_running:
            self._search_token()

    def _search_token(self) -> None:
        from moderator.services.common.background import background_task

        url, self._token_wanted = self._token_wanted, None
        if url is not None:
            session_id = self.service.state.session.id
            self._token_search = background_task(self._reconnect_with_kept_token(url, session_id))

    async def _reconnect_with_kept_token(self, url: str, session_id: str) -> None:
        token, source = await self.tokens.find(url)
        if self.sync is not None or self.service.state.session.id != session_id:
            return  # the chair connected, or opened another session, meanwhile
        if token:
            self._reconnect(url, token, source)
        else:
            self._not_syncing(url)

    def _reconnect(self, url: str, token: str, source: str) -> None:
        log.info(
            "followed session reconnects",
            extra={
                "session_id": self.service.state.session.id,
                "backend": url,
                "token_source": source,
            },
        )
        self.prepare_sync(url, token)

    def _sync_status_changed(self, url: str, status) -> None:  # type: ignore[no-untyped-def]
        """The backend refusing the session (a revoked token, a session it no longer has) is
        not syncing either: the banner says so until the sync gets through again."""
        if status.state == "refused":
            self._not_syncing(url, refusal=status.last_error or "")
        elif self._banner is not None and status.state in ("online", "syncing"):
            self._forget_not_syncing()

    def _not_syncing(
        self, url: str | None, *, searching: bool = False, refusal: str | None = None
    ) -> None:
        from moderator.services.sync.outbox_count import OutboxCount
        from moderator.ui.sync.not_syncing_banner import NotSyncingBanner

        if self._banner is None:
            banner = NotSyncingBanner(self.window.actions["connect"], self.window)
            banner.sig_connect.connect(self.open_connect_dialog)
            counter = OutboxCount(self.runner.store, banner)
            counter.sig_count.connect(banner.show_waiting)
            banner.show_waiting(counter.count())
            banner.show_unread_refusals(*counter.unread_refusals())
            self.window.add_banner(banner)
            self._banner, self._outbox_count = banner, counter
        elif refusal is not None and self._banner.refusal == refusal:
            return  # the sync retries every few seconds: said once is enough
        if refusal is not None:
            self._banner.show_refused(url or "", refusal)
        elif searching:
            self._banner.show_searching(url or "")
        else:
            self._banner.show_no_token(url)
        if not searching:
            log.info(
                "followed session not syncing",
                extra={
                    "session_id": self.service.state.session.id,
                    "backend": url,
                    "reason": "refused" if refusal is not None else "no token",
                },
            )

    def _forget_not_syncing(self) -> None:
        """The banner goes (a sync runs, or its window is replaced), and stops counting."""
        if self._banner is not None:
            self._outbox_count.stop()
            self._banner.hide()
            self._banner.deleteLater()
            self._banner = self._outbox_count = None

    # --- life cycle --------------------------------------------------------------------------

    def started(self) -> None:
        from moderator.services.common.background import background_task

        self._loop_running = True
        following = self.sync is not None
        if self.sync is not None:
            self.sync.start()
        self._search_token()
        if self._control_wanted is not None:
            config, self._control_wanted = self._control_wanted, None
            background_task(self.control_surfaces().start(config))
        # While the chair reads the agenda, find the keyring (and load the network code) off
        # the GUI thread, so the first Connect, Follow or check does not wait on them. A task
        # from the start (not a timer that makes one later): stopping cancels it, and nothing
        # is left to fire after the loop is gone.
        self._warm_up = background_task(self._warm_up_after_a_moment(following))

    async def _warm_up_after_a_moment(self, following: bool) -> None:
        import asyncio

        await asyncio.sleep(WARM_UP_AFTER_S)
        await _warm_up_connecting(self.tokens, following)

    async def stop(self) -> None:
        if self._warm_up is not None:
            self._warm_up.cancel()
        if self._token_search is not None:
            self._token_search.cancel()
        if self.sync is not None:
            await self.sync.stop()
        if self.control is not None:
            await self.control.stop()

    def dispose(self) -> None:
        if self.runner is not None:
            self.runner.store.engine.dispose()


def _shown_speaker_displays() -> list:
    """The speaker displays on screen (one console per process: the open window's)."""
    from PySide6.QtWidgets import QApplication

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.objectName() == "speakerDisplay" and widget.isVisible()
    ]


def _close_windows_of(window) -> None:  # type: ignore[no-untyped-def]
    """Close the windows a replaced main window opened (agenda editor, report, speaker
    display): they act on the session that is no longer open."""
    from PySide6.QtWidgets import QWidget

    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()


def _open_session(path: Path, args: argparse.Namespace, now_ms: int):  # type: ignore[no-untyped-def]
    """The session to show and the store (or a function opening it after the first paint)."""
    import sqlite3

    from moderator.storage import file_check, quick_read

    try:
        file_check.check_file_before_opening(path)
        revision = file_check.inspect_existing_file(path)
        if revision == file_check.SCHEMA_HEAD and not args.demo:
            file_check.probe_write_lock(path)
            sessions = quick_read.sessions(path)
            if sessions:
                session = choose_session(sessions, args.session, now_ms)
                if session is None:
                    raise StartupError(f"There is no session with id {args.session!r} in {path}.")
                state = quick_read.load_session_state(path, session.id)
                return state, lambda: _open_store(path)
    except file_check.DatabaseError as error:
        raise StartupError(str(error)) from error
    except sqlite3.Error as error:
        raise StartupError(str(file_check.explain_sqlite_error(path, error))) from error
    except (ValueError, KeyError) as error:  # a row with a value this version cannot read
        raise StartupError(
            f"The database {path} holds data this version cannot read: {error}"
        ) from error
    return _open_session_full(path, args, now_ms)


def _open_session_full(path: Path, args: argparse.Namespace, now_ms: int):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import SQLAlchemyError

    from moderator.services.agenda.demo import load_demo
    from moderator.storage.file_check import DatabaseError, explain_sqlite_error

    store = _open_store(path)
    try:
        if args.demo or store.is_empty():
            load_demo(store, now_ms)
            log.info("demo meeting loaded")
        session = choose_session(store.sessions(), args.session, now_ms)
        if session is None:
            raise StartupError(f"There is no session with id {args.session!r} in {path}.")
        return store.load_session_state(session.id), store
    except SQLAlchemyError as error:
        store.engine.dispose()
        raise StartupError(str(explain_sqlite_error(path, error))) from error
    except DatabaseError as error:
        store.engine.dispose()
        raise StartupError(str(error)) from error
    except (ValueError, KeyError) as error:
        store.engine.dispose()
        raise StartupError(
            f"The database {path} holds data this version cannot read: {error}"
        ) from error
    except StartupError:
        store.engine.dispose()
        raise


def _open_store(path: Path):  # type: ignore[no-untyped-def]
    from moderator.storage.database import DatabaseError, open_database
    from moderator.storage.repository import Store

    try:
        return Store(open_database(path))
    except DatabaseError as error:
        raise StartupError(str(error)) from error


def _backend_settings(args: argparse.Namespace) -> tuple[str, str] | None:
    """``(url, token)`` for ``--backend``; the token comes from ``MODERATOR_TOKEN``."""
    import os

    if not args.backend:
        return None
    token = os.environ.get("MODERATOR_TOKEN", "").strip()
    if not token:
        raise StartupError(
            "--backend needs the access token in the MODERATOR_TOKEN environment variable."
        )
    if not args.backend.startswith(("http://", "https://")):
        raise StartupError(f"--backend must be an http:// or https:// address: {args.backend}")
    return args.backend, token


def _download_session_if_missing(
    path: Path, args: argparse.Namespace, backend: tuple[str, str], now_ms: int
) -> None:
    """``--backend`` with a session this database does not have yet: download it first."""
    import asyncio

    from moderator.services.sync.backend_client import BackendClient, BackendError, Unreachable
    from moderator.services.sync.sync_engine import download_session

    store = _open_store(path)
    try:
        if args.session is None:
            raise StartupError("--backend needs --session ID (the session to follow).")
        if args.session in {s.id for s in store.sessions()}:
            return

        async def download() -> None:
            client = BackendClient(*backend)
            try:
                await download_session(client, store, args.session, now_ms)
            finally:
                await client.close()

        try:
            asyncio.run(download())
        except (BackendError, Unreachable) as error:
            raise StartupError(
                f"Could not download session {args.session} from {backend[0]}: {error}"
            ) from error
    finally:
        store.engine.dispose()


def _run_event_loop(app, console: Console) -> None:  # type: ignore[no-untyped-def]
    import asyncio
    import contextlib

    import qasync

    async def until_quit() -> None:
        # The last window closing ends this coroutine (and so the loop) *after* the sync has
        # stopped cleanly; letting Qt quit by itself would stop the loop under our feet.
        app.setQuitOnLastWindowClosed(False)
        finished = asyncio.get_running_loop().create_future()
        app.lastWindowClosed.connect(lambda: finished.done() or finished.set_result(None))
        app.aboutToQuit.connect(lambda: finished.done() or finished.set_result(None))
        console.started()
        try:
            await finished
        finally:
            await console.stop()
        from moderator.services.display.display_settings import DisplaySettings

        DisplaySettings().forget_the_moment()  # quit on purpose (a crash never gets here)

    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(until_quit())


def choose_session(sessions, session_id: str | None, now_ms: int):  # type: ignore[no-untyped-def]
    """The session to open: the one asked for, else running now, else next, else the latest."""
    if session_id is not None:
        return next((s for s in sessions if s.id == session_id), None)
    running = [s for s in sessions if s.scheduled_start_ms <= now_ms < s.scheduled_end_ms]
    if running:
        return running[0]
    upcoming = [s for s in sessions if s.scheduled_start_ms > now_ms]
    if upcoming:
        return upcoming[0]
    return sessions[-1] if sessions else None


def _application_icon():  # type: ignore[no-untyped-def]
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    return QIcon(str(files("moderator") / "resources" / "moderator.svg"))


def _has_screen() -> bool:
    """A real screen to ask the chair on (not the offscreen platform of tests and automation)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def report_fatal(message: str) -> int:
    """Tell the user why the console cannot start: once on stderr, and in a dialog on a real
    screen. (The JSON log, when on, gets it as a record too; the plain log would repeat it.)"""
    if is_json_logging():
        log.error(message)
    print(f"moderator: {message}", file=sys.stderr)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "Moderator cannot start", message)
    return EXIT_UNUSABLE


def install_excepthook() -> None:
    """Log unexpected errors (also those raised in Qt slots) and tell the user, never silently."""

    def hook(exc_type, exc_value, exc_traceback):  # type: ignore[no-untyped-def]
        log.critical("unexpected error", exc_info=(exc_type, exc_value, exc_traceback))
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QMessageBox

        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            text = "".join(traceback.format_exception_only(exc_type, exc_value)).strip()
            QMessageBox.warning(
                None,
                "Moderator — unexpected error",
                "Something went wrong; your meeting data is saved.\n\n" + text,
            )

    sys.excepthook = hook
