"""The console on a real X server, measured as a person sees it; run by ``tests/ui/xserver``.

Run as ``python tests/support/xserver_console.py ARTIFACT_DIR`` with ``QT_QPA_PLATFORM=xcb`` and
``DISPLAY`` set to an X server with a window manager. It opens the demo meeting in the real main
window, waits for the window manager's frame, presses real keys (``xdotool``, through the X
server; Qt's own key events when it is absent), changes the data behind the window (long titles
and names, as an import would), and prints one JSON object of geometries for the test to assert
on. Screenshots of the whole screen land in ARTIFACT_DIR for a human to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QElapsedTimer, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

WAIT_MS = 20_000  # generous: the machine may be loaded; never an assertion on speed


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def wait_until(condition, timeout_ms: int = WAIT_MS) -> bool:  # type: ignore[no-untyped-def]
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout_ms:
            return False
        QApplication.processEvents()
        QTest.qWait(20)
    return True


def settle() -> None:
    """A few event-loop turns: layouts and posted resizes done."""
    for _ in range(10):
        QApplication.processEvents()
        QTest.qWait(20)


def press(window: QWidget, keys: list[str]) -> str:
    """Keys as a person presses them: through the X server to the focused window."""
    xdotool = shutil.which("xdotool")
    if xdotool:
        wid = str(int(window.winId()))
        subprocess.run([xdotool, "windowactivate", "--sync", wid], timeout=30, check=False)
        wait_until(lambda: window.isActiveWindow(), 10_000)
        for key in keys:
            subprocess.run([xdotool, "key", "--clearmodifiers", key], timeout=30, check=True)
            settle()
        return "xdotool"
    names = {
        "n": Qt.Key.Key_N,
        "plus": Qt.Key.Key_Plus,
        "minus": Qt.Key.Key_Minus,
        "F6": Qt.Key.Key_F6,
    }
    for key in keys:
        QTest.keyClick(window, names[key])
        settle()
    return "qtest"


def inside(child: QWidget, window: QWidget) -> bool:
    top_left = child.mapTo(window, child.rect().topLeft())
    return window.rect().contains(QRect(top_left, child.size()))


def measure(window, tag: str, artifacts: Path) -> dict:  # type: ignore[no-untyped-def]
    settle()
    screen = window.screen()
    view = window.speaker_view
    from moderator.ui.chair.speaker_list_model import Column

    widgets = {
        "header": window.header,
        "session_title": window.header.session_title,
        "lateness": window.header.lateness,
        "current_panel": window.current_panel,
        "next_speaker": window.current_panel.next_speaker,
        "countdown": window.current_panel.countdown,
        "speaker_view": view,
        "list_caption": window.list_caption,
        "hands_panel": window.hands_panel,
        "notes_panel": window.notes_panel,
        "balance_panel": window.balance_panel,
        "menu_bar": window.menuBar(),
        "status_bar": window.statusBar(),
    }
    if hasattr(window, "database_label"):
        widgets["database_label"] = window.database_label
    next_line = window.current_panel.next_speaker
    shown = getattr(next_line, "shown_text", next_line.text)()
    name = f"{screen.geometry().width()}x{screen.geometry().height()}-{tag}.png"
    screen.grabWindow(0).save(str(artifacts / name))
    return {
        "screen": rect(screen.geometry()),
        "available": rect(screen.availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "minimum_hint": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "outside": [n for n, w in widgets.items() if w.isVisible() and not inside(w, window)],
        "speaker_view": rect(QRect(view.mapTo(window, view.rect().topLeft()), view.size())),
        "countdown_height": window.current_panel.countdown.height(),
        "balance_shown": window.balance_panel.isVisible(),
        "balance_bars": {
            name: bar.segment_texts() for name, bar in window.balance_panel.bars.items()
        },
        "speaker_width": view.columnWidth(Column.SPEAKER),
        "organisation_width": view.columnWidth(Column.ORGANISATION),
        "columns_total": sum(view.columnWidth(c) for c in Column),
        "viewport_width": view.horizontalHeader().width(),
        "title_height": window.header.session_title.height(),
        "header_height": window.header.height(),
        "next_text": window.current_panel.next_speaker.text(),
        "next_shown": shown,
        "next_name": next_name(window),
        "screenshot": name,
    }


def next_name(window) -> str:  # type: ignore[no-untyped-def]
    state = window._service.state
    upcoming = state.next_entry()
    return state.participant_of(upcoming).name if upcoming is not None else ""


def control_dialog(window, service, artifacts: Path) -> dict:  # type: ignore[no-untyped-def]
    """Session → Control surfaces… as the window manager frames it: its wrapped texts whole?"""
    from PySide6.QtWidgets import QLabel

    from moderator.ui.control.control_dialog import ControlDialog
    from moderator.ui.control.control_surfaces import ControlSurfaces

    surfaces = ControlSurfaces()
    surfaces.attach(window, service)
    dialog = ControlDialog(surfaces, window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog, WAIT_MS)
    wait_until(lambda: dialog.frameGeometry() != dialog.geometry())
    settle()
    shot = artifacts / "control-dialog.png"
    window.screen().grabWindow(0).save(str(shot))
    cut = [
        [label.text()[:40], label.height(), label.heightForWidth(label.width())]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    dialog.close()
    return {"cut": cut, "screenshot": str(shot)}


def main() -> int:
    artifacts = Path(sys.argv[1])
    artifacts.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="moderator-xserver-"))
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))

    from moderator.services.agenda.demo import load_demo
    from moderator.services.chair.command_runner import CommandRunner
    from moderator.services.chair.session_service import SessionService
    from moderator.services.chair.time_source import TimeSource
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store
    from moderator.ui.chair.main_window import MainWindow

    path = home / "moderator.sqlite3"
    store = Store(open_database(path))
    time_source = TimeSource()
    load_demo(store, time_source.now_ms())
    state = store.load_session_state(store.sessions()[0].id)
    service = SessionService(CommandRunner(store, state, time_source))
    window = MainWindow(service, database_label=str(path))
    window.show()
    result: dict = {"platform": app.platformName()}
    result["exposed"] = QTest.qWaitForWindowExposed(window, WAIT_MS)
    # The window manager reparents the window into its frame a moment after mapping it.
    result["framed"] = wait_until(lambda: window.frameGeometry() != window.geometry())
    settle()
    result["opened"] = measure(window, "opened", artifacts)

    result["keys_by"] = press(window, ["n", "n", "plus", "plus", "plus"])
    result["after_keys"] = measure(window, "after-keys", artifacts)
    result["balance_by"] = press(window, ["F6"])
    result["balance"] = measure(window, "balance", artifacts)

    # The data behind the window changes as an import or another console would change it:
    # very long titles and names must be cut, never widen the window.
    long = "Extraordinarily Long Name of a Delegation from a Far Away Federation of Islands"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meetings SET title = ?", (long + " — annual assembly",))
        connection.execute("UPDATE sessions SET title = ?, room = ?", (long, "Plenary hall B"))
        connection.execute(
            "UPDATE participants SET name = name || ' Wolfeschlegelsteinhausenberger',"
            " organisation = ?",
            (long,),
        )
    service.reload()
    result["after_data"] = measure(window, "after-data", artifacts)
    result["keys_after_data_by"] = press(window, ["n", "minus"])
    result["end"] = measure(window, "end", artifacts)
    result["control_dialog"] = control_dialog(window, service, artifacts)
    window.close()
    deadline = QDeadlineTimer(2000)
    while not deadline.hasExpired() and window.isVisible():
        QApplication.processEvents()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # no teardown noise from the store's threads: the JSON is the answer


if __name__ == "__main__":
    sys.exit(main())
