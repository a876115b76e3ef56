"""One chair action on the undo stack (``QUndoStack``): done, undone and redone as commands.

``redo`` runs the action (the first time as given, later as ``commands.again``: now, with a
new turn id); before running it, it computes the inverse from the state as it is then
(``commands.inverse_of``). ``undo`` runs that inverse. Both go through the session service,
so each is committed, synced and shown like any keystroke.

An action that was refused, or that cannot be undone, marks itself obsolete and Qt drops it
from the stack; so does an undo the state no longer allows (the floor moved on): the chair
reads the reason in the status bar and the stack never lies about what it can undo.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from moderator.domain.commands import Command, again, inverse_of

if TYPE_CHECKING:
    from moderator.services.chair.session_service import SessionService


class ChairAction(QUndoCommand):
    def __init__(self, service: SessionService, command: Command, text: str) -> None:
        super().__init__(text)
        self._service = service
        self._command = command
        self._first = True
        self._inverse: Command | None = None
        self.succeeded = False

    def redo(self) -> None:
        command = self._command
        if not self._first:
            command = again(command, self._service.now_ms(), uuid.uuid4().hex)
        self._first = False
        try:
            inverse = inverse_of(command, self._service.state)
        except KeyError:  # it names something that is not there: the command is refused below
            inverse = None
        self.succeeded = self._service.execute(command, changed_anything=True, what=self.text())
        self._inverse = inverse
        if not self.succeeded or inverse is None:
            self.setObsolete(True)

    def undo(self) -> None:
        undo = f"Undo {self.text()}"
        if self._inverse is None or not self._service.execute(self._inverse, what=undo):
            self.setObsolete(True)


@contextlib.contextmanager
def undo_macro(stack: QUndoStack, text: str) -> Iterator[None]:
    """Several actions as one undo step. A step in which nothing was done (every action
    refused) leaves no empty entry behind on the stack."""
    stack.beginMacro(text)
    try:
        yield
    finally:
        stack.endMacro()
        macro = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if macro is not None and macro.text() == text and macro.childCount() == 0:
            macro.setObsolete(True)
            stack.undo()  # an obsolete command leaves the stack when undone
