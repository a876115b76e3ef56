"""One console per database file, as the chair experiences it.

``storage.instance_lock`` makes sure that only one process writes a file. This module is what the
chair sees when they open the same agenda twice (a second double-click, a shortcut and a recent
file): not a second window that writes a diverging turn log, but

    This agenda is already open in another Moderator window (pid 4711).
    [Bring that window forward]  [Quit]

"Bring that window forward" asks the first console, over a local socket named after the file
(``QLocalServer``/``QLocalSocket``), to raise and activate its window; the second process then
quits without having written anything. Without a screen to ask on (the offscreen platform of
tests and automation) the second start brings the first forward and quits, and says so on stderr.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long the second start waits for the first to answer. The first answers from its event
#: loop; a console busy opening a large file answers late, and the second need not wait for it.
ANSWER_TIMEOUT_MS = 10_000
#: How long the second start keeps trying to reach a holder that is still opening its file.
CONNECT_TIMEOUT_MS = 5_000
_REQUEST = b"come-forward\n"


def server_name(database: Path) -> str:
    """The local socket's name for this file: the same for every spelling of its path, private
    to this user (``UserAccessOption``), short enough for a Unix socket path."""
    resolved = str(Path(database).expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]
    return f"moderator-{digest}"


class InstanceServer(QObject):
    """In the console that holds the file: answers "come forward" requests of later starts.

    Listening starts with the first paint (Qt's network module is not worth its load time
    before it); a request that still comes before the window exists is answered once it is up.
    """

    def __init__(self, database: Path, window: Callable[[], object | None]) -> None:
        super().__init__()
        self._window = window
        self._pending: list[tuple[QLocalSocket, int | None]] = []
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(database)
        # We hold the file's lock, so no live console listens on this name: whatever is there
        # was left by one that crashed.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning(
                "cannot listen for other starts", extra={"error": self._server.errorString()}
            )
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).strip()
        command, _, pid_text = line.decode("utf-8", "replace").partition(" ")
        if command != _REQUEST.strip().decode():
            socket.disconnectFromServer()
            return
        pid = int(pid_text) if pid_text.isdigit() else None
        self._pending.append((socket, pid))
        self.window_ready()

    def window_ready(self) -> None:
        """Answer the requests that came while there was no window yet (called when it shows)."""
        window = self._window()
        if window is None:
            return
        pending, self._pending = self._pending, []
        for socket, pid in pending:
            bring_forward(window)
            log.info("brought forward for another start", extra={"requester_pid": pid})
            socket.write(f"forward {os.getpid()}\n".encode())
            socket.flush()
            socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def bring_forward(window) -> None:  # type: ignore[no-untyped-def]
    """Un-minimise, raise and activate the window (the window manager may only flash it)."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def ask_to_come_forward(
    database: Path, timeout_ms: int = ANSWER_TIMEOUT_MS, connect_ms: int = CONNECT_TIMEOUT_MS
) -> bool:
    """From the second start: ask the holder to raise its window; ``True`` when it answered.

    The holder listens from its first paint on; one that holds the file but is still opening
    it is tried again for up to ``connect_ms``.
    """
    from PySide6.QtCore import QDeadlineTimer, QThread

    socket = QLocalSocket()
    connecting = QDeadlineTimer(connect_ms)
    while True:
        socket.connectToServer(server_name(database))
        if socket.waitForConnected(max(0, connecting.remainingTime())):
            break
        if connecting.hasExpired():
            return False
        QThread.msleep(50)  # a blocking client with nothing else to do: the holder is starting
    socket.write(_REQUEST.strip() + f" {os.getpid()}\n".encode())
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    # The answer may arrive in pieces, or together with the holder hanging up (then it is
    # already buffered and no further readyRead comes): read what is there before waiting.
    answer = b""
    while b"\n" not in answer:
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer.startswith(b"forward")


def handle_already_open(error, interactive: bool) -> int:  # type: ignore[no-untyped-def]
    """The second start on a held file: ask (on a screen) or bring forward, then quit.

    Returns the exit code: the console did not open, so 2 ("the database cannot be used now"),
    after the chair had their say. Nothing is written to the file in any case.
    """
    import sys

    from moderator.cli.main import EXIT_UNUSABLE

    message = str(error)
    bring = error.holder_kind != "import"  # an import has no window to bring forward
    if interactive:
        bring = _ask(message, bring)
    if not bring:
        print(f"moderator: {message}", file=sys.stderr)
        return EXIT_UNUSABLE
    answered = ask_to_come_forward(error.path)
    outcome = (
        "That window was brought forward."
        if answered
        else "That window did not answer; look for it on the taskbar."
    )
    log.info("already open elsewhere", extra={"holder_pid": error.holder_pid, "answered": answered})
    print(f"moderator: {message} {outcome}", file=sys.stderr)
    if interactive and not answered:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, "Moderator", f"{message}\n\n{outcome}")
    return EXIT_UNUSABLE


def _ask(message: str, can_bring_forward: bool) -> bool:
    """The dialog: "Bring that window forward" (the default) or "Quit"."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Moderator")
    box.setText(message)
    box.setInformativeText(
        "Only one window may change an agenda at a time, so that its turn log and its clock "
        "stay one. This window will not open it."
    )
    forward = None
    if can_bring_forward:
        forward = box.addButton("Bring that window forward", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(forward)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    box.exec()
    return forward is not None and box.clickedButton() is forward
