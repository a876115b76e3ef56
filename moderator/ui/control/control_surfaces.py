"""The control servers of the running console, kept across session switches, and their status.

The servers listen for the whole run (a Companion page keeps working when the chair opens
another session); what they act on — the window's actions, the session's state document — is
re-attached with each new window. A port that cannot be had (in use, not allowed) is said in
the status bar and the log and in Session → Control surfaces; the console runs on without
that server. The status bar's permanent "Control" label says where the servers listen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from moderator.services.chair.session_service import SessionService
from moderator.services.control.control_hub import ControlHub
from moderator.services.control.control_settings import ControlConfig, ControlSecret
from moderator.services.control.sockets import ListenError, check_host
from moderator.services.control.state_document import ControlState
from moderator.services.display.display_settings import DisplaySettings
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.control.action_bridge import ActionBridge
from moderator.ui.control.reachable import reachable_hosts

log = logging.getLogger(__name__)

#: How long a problem (port in use) stays in the status bar's passing messages.
PROBLEM_MESSAGE_MS = 20_000


class ControlSurfaces(QObject):
    #: The servers started, stopped or failed: ``status_lines()`` changed.
    sig_status = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = ControlHub()
        self.secret = ControlSecret()
        self.config = ControlConfig()
        self._window: MainWindow | None = None
        self._service: SessionService | None = None
        self._bridge: ActionBridge | None = None
        self._state: ControlState | None = None
        self._label: QLabel | None = None
        self._http = None
        self._osc = None
        self._problems: list[str] = []
        self._display_followed = False
        self._lock: asyncio.Lock | None = None  # made on the running loop, at first use

    # --- the open session ------------------------------------------------------------------

    def attach(self, window: MainWindow, service: SessionService) -> None:
        """The window and session the surfaces act on from now on."""
        self._release()
        self._window, self._service = window, service
        self._label = QLabel(window)
        self._label.setObjectName("controlStatus")
        self._label.destroyed.connect(self._label_gone)
        window.statusBar().addPermanentWidget(self._label)
        if self.running:
            self._bind()
        self._show_status()

    def _bind(self) -> None:
        window, service = self._window, self._service
        if window is None or service is None or self._state is not None:
            return
        self._bridge = ActionBridge(window, self)
        self._state = ControlState(service, DisplaySettings(), self)
        self._state.sig_document.connect(self.hub.publish)
        window.sig_display_built.connect(self._follow_display)
        self._display_followed = True
        if window.built_speaker_display is not None:
            self._follow_display(window.built_speaker_display)
        self.hub.attach(self._bridge.actions, self._bridge.trigger, self._state.document)
        self.hub.publish(self._state.document())  # pushed clients see the new session at once

    def _follow_display(self, display) -> None:  # type: ignore[no-untyped-def]
        if self._state is not None:
            display.sig_changed.connect(self._state.display_changed)

    def _release(self) -> None:
        if self._bridge is not None:
            self._bridge.detach()
            self._bridge.deleteLater()
            self._bridge = None
        if self._state is not None:
            self._state.detach()
            self._state.deleteLater()
            self._state = None
        if self._window is not None and self._display_followed:
            self._display_followed = False
            with contextlib.suppress(RuntimeError, TypeError):
                self._window.sig_display_built.disconnect(self._follow_display)
        self._label = None

    # --- the servers -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._http is not None or self._osc is not None

    @property
    def http_port(self) -> int | None:
        return self._http.port if self._http is not None else None

    @property
    def osc_port(self) -> int | None:
        return self._osc.port if self._osc is not None else None

    @property
    def problems(self) -> list[str]:
        return list(self._problems)

    async def start(self, config: ControlConfig) -> None:
        """(Re)start the servers ``config`` asks for; a port that cannot be had is reported.
        Starts and stops run one at a time (Apply pressed twice starts once, then again)."""
        async with self._turn():
            await self._start(config)

    def _turn(self) -> asyncio.Lock:
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _start(self, config: ControlConfig) -> None:
        from moderator.services.control.http_server import HttpControlServer
        from moderator.services.control.osc_server import OscControlServer

        await self._stop()
        self.config = config
        self._problems = []
        if not config.enabled:
            self._show_status()
            return
        try:
            check_host(config.host)
        except ListenError as error:
            self._problem(str(error))
            self._show_status()
            return
        secret = await self.secret.find() if config.needs_secret else None
        self._bind()
        if config.http_port is not None:
            try:
                self._http = HttpControlServer(self.hub, config.host, config.http_port, secret)
                self._http.start()
            except ListenError as error:
                self._http = None
                self._problem(str(error))
            except Exception as error:  # a broken install must not leave the chair guessing
                log.exception("the HTTP control surface could not start")
                if self._http is not None:
                    self._http.close_now()  # the port it had bound
                self._http = None
                self._problem(self.tr("HTTP control could not start: {error}").format(error=error))
        if config.osc_port is not None:
            try:
                self._osc = OscControlServer(self.hub, config.host, config.osc_port, secret)
                await self._osc.start()
            except ListenError as error:
                self._osc = None
                self._problem(str(error))
            except Exception as error:
                log.exception("the OSC control surface could not start")
                self._osc = None
                self._problem(self.tr("OSC control could not start: {error}").format(error=error))
        if self.running:
            log.info(
                "control surfaces listening",
                extra={
                    "host": config.host,
                    "http_port": self.http_port,
                    "osc_port": self.osc_port,
                    "secret": "required" if secret else "none (this computer only)",
                },
            )
        else:
            self._release_session_parts()
        self._show_status()

    async def stop(self) -> None:
        async with self._turn():
            await self._stop()

    async def _stop(self) -> None:
        http, osc, self._http, self._osc = self._http, self._osc, None, None
        if http is not None:
            await http.stop()
        if osc is not None:
            await osc.stop()
        if http is not None or osc is not None:
            log.info("control surfaces stopped")
        self._release_session_parts()
        self._show_status()

    def close_now(self) -> None:
        """Stop listening at once, without the loop (the console, or a test, is ending)."""
        http, osc, self._http, self._osc = self._http, self._osc, None, None
        for server in (http, osc):
            if server is not None:
                server.close_now()
        self._release()

    def _label_gone(self) -> None:
        self._label = None

    def _release_session_parts(self) -> None:
        """No server listens: nothing needs the document (its ticks stop)."""
        window, service, label = self._window, self._service, self._label
        self._release()
        self._window, self._service, self._label = window, service, label

    def _problem(self, message: str) -> None:
        self._problems.append(message)
        log.warning("control surface not listening", extra={"reason": message})
        if self._window is not None:
            # Every problem of this start (HTTP and OSC may both fail): a later one must not
            # hide the first.
            self._window.statusBar().showMessage(" · ".join(self._problems), PROBLEM_MESSAGE_MS)

    # --- status ----------------------------------------------------------------------------

    def status_lines(self) -> list[str]:
        lines = []
        hosts = reachable_hosts(self.config.host)
        either = self.tr(" or ")
        if self._http is not None:
            port = self._http.port
            lines.append(
                self.tr("HTTP and WebSocket: {addresses} ({websocket})").format(
                    addresses=either.join(f"http://{host}:{port}" for host in hosts),
                    websocket=f"ws://{hosts[0]}:{port}/ws",
                )
            )
        if self._osc is not None:
            where = either.join(f"{host}:{self._osc.port}" for host in hosts)
            lines.append(self.tr("OSC: udp {where}, /moderator/<action>").format(where=where))
        lines.extend(self._problems)
        if not lines:
            lines.append(self.tr("Off: no control surface can drive this console"))
        return lines

    def _show_status(self) -> None:
        if self._label is not None:
            parts = []
            if self._http is not None:
                parts.append(f"HTTP :{self._http.port}")
            if self._osc is not None:
                parts.append(f"OSC :{self._osc.port}")
            if self._problems:
                parts.append(self.tr("PORT PROBLEM"))
            # Open to the network is worth a glance: anyone with the secret can drive it.
            if self.running and self.config.needs_secret:
                text = self.tr("Control (network, secret): {parts}")
            else:
                text = self.tr("Control: {parts}")
            self._label.setText(text.format(parts=" · ".join(parts)) if parts else "")
            self._label.setToolTip("\n".join(self.status_lines()))
            self._label.setVisible(bool(parts))
            self._label.setStyleSheet(
                "#controlStatus { color: #b71c1c; font-weight: bold; }" if self._problems else ""
            )
        self.sig_status.emit()
