"""Actions asked for by a control surface, run exactly as their keys run them.

The surface names an action of the console's list (``ui.shortcuts.actions``, the names
``--control-stdin`` takes); the bridge triggers that ``QAction``, so whatever the key does —
the service's intent, the window's checks, the undo step, the sync — happens the same way. It
answers what became of it:

- ``disabled``: the action cannot run now, and nothing was tried: it is disabled, or a dialog
  on the console waits for an answer (its key would not reach the window either);
- ``refused``: the console refused it, with the reason the status bar shows (nobody waiting,
  no speaker selected…);
- ``opened``: it opened a dialog that waits for the chair (Set the time…);
- ``done`` otherwise.

The action is triggered from a zero-delay timer on Qt's side of the loop, not inside the
request's coroutine: an action that opens a modal dialog runs that dialog's loop there, and the
answer ``opened`` goes out from inside it, while the server keeps serving.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from moderator.services.control.outcome import ActionResult, Outcome
from moderator.ui.chair.main_window import MainWindow
from moderator.ui.shortcuts.actions import ACTION_SPECS

_SPECS = {spec.name: spec for spec in ACTION_SPECS}


def opens_dialog(name: str) -> bool:
    """Actions whose menu text ends with "…" ask the chair something in a dialog."""
    return _SPECS[name].text.endswith("…")


class ActionBridge(QObject):
    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._refusals: list[str] | None = None
        self._pending: set[asyncio.Future[ActionResult]] = set()
        window.sig_refused.connect(self._on_refused)

    def actions(self) -> list[dict[str, object]]:
        return [
            {
                "name": spec.name,
                "text": self._window.actions[spec.name].text().replace("&", ""),
                "description": spec.description,
                "opens_dialog": opens_dialog(spec.name),
                "enabled": self.why_disabled(spec.name) is None,
            }
            for spec in ACTION_SPECS
        ]

    def why_disabled(self, name: str) -> str | None:
        action = self._window.actions[name]
        if not action.isEnabled():
            return f"“{_SPECS[name].text}” cannot be used on the console right now"
        modal = QApplication.activeModalWidget()
        if modal is not None:
            title = modal.windowTitle() or "a dialog"
            return (
                f"A dialog waits for an answer on the console (“{title}”): answer or close it first"
            )
        return None

    async def trigger(self, name: str) -> ActionResult:
        reason = self.why_disabled(name)
        if reason is not None:
            return ActionResult(name, Outcome.DISABLED, reason)
        future: asyncio.Future[ActionResult] = asyncio.get_running_loop().create_future()
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        QTimer.singleShot(0, self, lambda: self._run(name, future))
        return await future

    def detach(self) -> None:
        """The window is being replaced: requests still waiting are told so."""
        for future in list(self._pending):
            if not future.done():
                future.set_result(
                    ActionResult("", Outcome.DISABLED, "The console opened another session")
                )
        with contextlib.suppress(RuntimeError, TypeError):
            self._window.sig_refused.disconnect(self._on_refused)

    def _run(self, name: str, future: asyncio.Future[ActionResult]) -> None:
        if future.done():
            return
        refusals: list[str] = []
        dialog = opens_dialog(name)

        def dialog_waits() -> None:  # runs only inside a modal dialog's own loop
            if not future.done():
                future.set_result(self._result(name, refusals, dialog))

        if dialog:
            QTimer.singleShot(0, self, dialog_waits)
        self._refusals = refusals
        try:
            self._window.actions[name].trigger()
        finally:
            self._refusals = None
        if not future.done():
            future.set_result(self._result(name, refusals, dialog))

    @staticmethod
    def _result(name: str, refusals: list[str], dialog: bool) -> ActionResult:
        if refusals:
            return ActionResult(name, Outcome.REFUSED, refusals[-1])
        return ActionResult(name, Outcome.OPENED if dialog else Outcome.DONE)

    def _on_refused(self, reason: str) -> None:
        if self._refusals is not None:
            self._refusals.append(reason)
