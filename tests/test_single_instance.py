"""The second start on a held agenda: the "bring that window forward" conversation, in process.

The holder's server runs on this test's Qt event loop; the second start's blocking request runs
on a thread, as it does in a process of its own. Waits are ``qtbot.waitUntil`` on what happened,
never on time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from moderator import single_instance
from moderator.single_instance import InstanceServer, ask_to_come_forward, server_name
from moderator.storage.instance_lock import AlreadyOpen


class Request:
    """``ask_to_come_forward`` as the second start does it: blocking, in a process of its own
    (a thread would hold the interpreter in Qt's blocking wait while the server needs it)."""

    SCRIPT = (
        "import sys; from pathlib import Path; "
        "from moderator.single_instance import ask_to_come_forward; "
        "print(ask_to_come_forward(Path(sys.argv[1]), 30_000), flush=True)"
    )

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(db)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    @property
    def done(self) -> bool:
        return self.process.poll() is not None

    @property
    def answered(self) -> bool:
        out, _ = self.process.communicate(timeout=30)
        return out.strip() == "True"

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=30)


def test_one_name_per_file_however_it_is_spelled(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.sqlite3").touch()
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("a.sqlite3")) == server_name(tmp_path / "a.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")


def test_a_request_before_the_window_exists_is_answered_when_it_shows(
    qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "meeting.sqlite3"
    window: list[QWidget] = []
    server = InstanceServer(db, lambda: window[0] if window else None)
    try:
        request = Request(db)
        try:
            # The request arrives and waits: the console is still opening its file.
            qtbot.waitUntil(lambda: len(server._pending) == 1, timeout=30_000)
            assert not request.done

            widget = QWidget()
            qtbot.addWidget(widget)
            widget.showMinimized()
            window.append(widget)
            with caplog.at_level("INFO", logger="moderator.single_instance"):
                server.window_ready()
                qtbot.waitUntil(lambda: request.done, timeout=30_000)
            assert request.answered is True
        finally:
            request.close()
        assert not widget.isMinimized(), "the window was not brought back from the taskbar"
        assert widget.isVisible()
        records = [
            r for r in caplog.records if r.getMessage() == "brought forward for another start"
        ]
        assert len(records) == 1
    finally:
        server.close()


def test_nobody_listening_is_no_answer(tmp_path: Path) -> None:
    assert ask_to_come_forward(tmp_path / "nobody.sqlite3", connect_ms=0) is False


def test_quit_in_the_dialog_asks_nothing_and_explains(
    tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "meeting.sqlite3"
    monkeypatch.setattr(single_instance, "_ask", lambda message, can_bring: False)
    monkeypatch.setattr(
        single_instance, "ask_to_come_forward", lambda *a: pytest.fail("asked after Quit")
    )
    code = single_instance.handle_already_open(AlreadyOpen(db, 4711, "console"), True)
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        f"moderator: This agenda ({db}) is already open in another Moderator window (pid 4711)."
    )


def test_the_dialog_offers_bring_forward_by_default_and_quit(qtbot, monkeypatch) -> None:
    shown: dict[str, object] = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["buttons"] = [b.text() for b in box.buttons()]
        shown["default"] = box.defaultButton().text() if box.defaultButton() else None
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert single_instance._ask("This agenda (x) is already open …", True) is True
    assert shown["default"] == "Bring that window forward"
    assert sorted(shown["buttons"]) == ["Bring that window forward", "Quit"]
    assert shown["text"] == "This agenda (x) is already open …"
