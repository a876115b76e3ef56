"""The console's state as a control surface reads it: one JSON document, pushed when it changes.

A Stream Deck button shows who speaks, the countdown, whether the list is closed and how many
hands are up; it needs one small document, never the whole session. The document is built
from the session service's state (the same state every view draws from) and from what the
speaker display shows (``DisplaySettings``, written by the display at each change), so what a
surface shows and what the chair sees cannot differ.

When it is pushed: after every change of the session (``sig_state_changed``,
``sig_state_reset``) or of the display, once per burst of changes; and, while the clock runs,
once per second *at the instant the shown countdown changes* (the console's own countdown
ticks at the same boundaries), so a Companion button counts down in step with the console. A
stopped clock pushes nothing: a surface connected all day while nobody speaks gets one
document per change, not one per second. A document equal to the last one pushed is not
pushed again.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from moderator.domain.queue_rules import current_item_id
from moderator.domain.session_state import SessionState
from moderator.domain.timing.clock import format_countdown
from moderator.services.chair.session_service import SessionService
from moderator.services.display.display_settings import DisplaySettings

#: Bumped when a field changes meaning or goes away (new fields keep the number).
DOCUMENT_VERSION = 1


def state_document(
    state: SessionState, now_ms: int, display: DisplaySettings | None = None
) -> dict[str, Any]:
    """The document for ``state`` at ``now_ms``: plain JSON types, stable field names."""
    current = state.current_entry
    clock = state.clock
    speaker = None
    remaining_ms = None
    phase = "none"
    if current is not None:
        person = state.participant_of(current)
        speaker = {
            "entry_id": current.id,
            "name": person.name,
            "organisation": person.organisation,
            "speech_type": current.speech_type.value,
        }
        remaining_ms = clock.remaining_ms(now_ms)
        phase = clock.phase(now_ms, state.thresholds).value
    upcoming = state.interrupted_entry() if current is not None else None
    resumes = upcoming is not None
    upcoming = upcoming or state.next_entry()
    next_speaker = None
    if upcoming is not None:
        next_speaker = {
            "entry_id": upcoming.id,
            "name": state.participant_of(upcoming).name,
            "resumes": resumes,
        }
    item_id = current_item_id(state)
    item = state.agenda_item(item_id) if item_id is not None else None
    hands = [
        {
            "hand_id": hand.id,
            "name": _participant_name(state, hand.participant_id),
            "raised_at_ms": hand.raised_at_ms,
            "source": hand.source,
        }
        for hand in state.open_hands()
    ]
    return {
        "version": DOCUMENT_VERSION,
        "session": {"id": state.session.id, "title": state.session.title},
        "speaker": speaker,
        "speaker_name": speaker["name"] if speaker else "",
        "clock": clock.status.value if current is not None else "none",
        "running": current is not None and clock.is_running,
        "allotted_ms": clock.allotted_ms if current is not None else None,
        "remaining_ms": remaining_ms,
        "remaining": format_countdown(remaining_ms) if remaining_ms is not None else "",
        "phase": phase,
        "next": next_speaker,
        "next_name": next_speaker["name"] if next_speaker else "",
        "item": (
            {"id": item.id, "position": item.position, "title": item.title}
            if item is not None
            else None
        ),
        "list_closed": bool(item.list_closed) if item is not None else False,
        "display": _display(display),
        "hands": hands,
        "hands_count": len(hands),
    }


def _participant_name(state: SessionState, participant_id: str) -> str:
    person = state.participants.get(participant_id)
    return person.name if person is not None else ""


def _display(display: DisplaySettings | None) -> dict[str, Any]:
    if display is None:
        return {"shown": False, "blackout": False, "message": None}
    message = display.message
    return {
        "shown": display.shown,
        "blackout": display.blackout,
        "message": {"kind": message[0], "text": message[1]} if message else None,
    }


class ControlState(QObject):
    """The open session's document, re-read at each change and pushed as ``sig_document``."""

    #: The document, when it differs from the last one pushed.
    sig_document = Signal(object)

    def __init__(
        self,
        service: SessionService,
        display: DisplaySettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._display = display if display is not None else DisplaySettings()
        self._last: dict[str, Any] | None = None
        self._pending = False
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick)
        service.sig_state_changed.connect(self._changed)
        service.sig_state_reset.connect(self._changed)
        self._rearm()

    @property
    def service(self) -> SessionService:
        return self._service

    def document(self) -> dict[str, Any]:
        """The document as of now (not necessarily pushed yet)."""
        return state_document(self._service.state, self._service.now_ms(), self._display)

    @property
    def ticking(self) -> bool:
        """Whether a push is armed for the next displayed second (only while the clock runs)."""
        return self._tick.isActive()

    def display_changed(self) -> None:
        """What the speaker display shows changed (shown, blackout, message)."""
        self._changed()

    def detach(self) -> None:
        """The session was replaced: this document says nothing more."""
        self._tick.stop()
        for signal in (self._service.sig_state_changed, self._service.sig_state_reset):
            with contextlib.suppress(RuntimeError, TypeError):  # gone with its service
                signal.disconnect(self._changed)

    def _changed(self, *_args: object) -> None:
        # One push per burst: an action (or a sync) may apply several changes in a row.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._push)

    def _push(self) -> None:
        self._pending = False
        self._publish()
        self._rearm()

    def _on_tick(self) -> None:
        self._publish()
        self._rearm()

    def _publish(self) -> None:
        document = self.document()
        if document != self._last:
            self._last = document
            self.sig_document.emit(document)

    def _rearm(self) -> None:
        state = self._service.state
        if state.current_entry_id is None:
            self._tick.stop()
            return
        wait = state.clock.ms_until_display_change(self._service.now_ms())
        if wait is None:
            self._tick.stop()
        else:
            self._tick.start(max(1, wait))
