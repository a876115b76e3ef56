"""The console's permanent word on what the podium shows: "Display: off", "Display: on (screen
HDMI-1)", "Display: BLACKOUT (HDMI-1)", "Display: message “Please conclude” (HDMI-1)".

The chair cannot see the podium screen from the chair's seat; before this indicator a hidden
display, a forgotten blackout or a message left up were invisible in the console. It sits in
the status bar (always visible, at any window size), changes with every change of the display
(``SpeakerDisplay.sig_changed``), and a click opens the display controls. It never takes the
keyboard (no focus), so the chair's shortcuts keep working.

States are told by words first; blackout is also drawn inverted (white on black) and a message
in bold, so they catch the eye, never by colour alone. The text is built by ``describe_display``
(no widget needed), so the console can show "off" before the display window is ever built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton, QWidget

if TYPE_CHECKING:
    from moderator.ui.display.speaker_display import SpeakerDisplay

#: A typed message longer than this is cut in the status bar (in full in the tooltip).
MESSAGE_CHARS = 32


@dataclass(frozen=True, slots=True)
class DisplayState:
    """What the indicator needs to know about the podium screen."""

    shown: bool = False
    screen: str = ""  # the screen it is on, when shown
    full_screen: bool = False
    blackout: bool = False
    message: str | None = None  # the words of the message on it

    @classmethod
    def of(cls, display: SpeakerDisplay) -> DisplayState:
        message = display.message
        return cls(
            shown=display.isVisible(),
            screen=display.current_screen_label,
            full_screen=display.isFullScreen(),
            blackout=display.blackout,
            message=message.label if message is not None else None,
        )

    @property
    def kind(self) -> str:
        """``off``, ``on``, ``message`` or ``blackout``: the style of the indicator."""
        if not self.shown:
            return "off"
        if self.blackout:
            return "blackout"
        return "message" if self.message is not None else "on"


def _short(text: str) -> str:
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1].rstrip() + "…"


def describe_display(state: DisplayState) -> str:
    """The indicator's words for ``state``: what the speaker sees now, then where."""
    message = (
        QCoreApplication.translate("DisplayIndicator", "message “{text}”").format(
            text=_short(state.message)
        )
        if state.message is not None
        else ""
    )
    if not state.shown:
        pending = [
            part
            for part in (
                QCoreApplication.translate("DisplayIndicator", "blackout")
                if state.blackout
                else "",
                message,
            )
            if part
        ]
        if pending:
            return QCoreApplication.translate(
                "DisplayIndicator", "Display: off ({pending} when shown)"
            ).format(pending=", ".join(pending))
        return QCoreApplication.translate("DisplayIndicator", "Display: off")
    where = state.screen or QCoreApplication.translate("DisplayIndicator", "main screen")
    if state.blackout:
        return QCoreApplication.translate(
            "DisplayIndicator", "Display: BLACKOUT ({screen})"
        ).format(screen=where)
    if message:
        return QCoreApplication.translate(
            "DisplayIndicator", "Display: {message} ({screen})"
        ).format(message=message, screen=where)
    if state.full_screen:
        return QCoreApplication.translate(
            "DisplayIndicator", "Display: on (screen {screen})"
        ).format(screen=where)
    return QCoreApplication.translate(
        "DisplayIndicator", "Display: on (window on {screen})"
    ).format(screen=where)


STYLE = """
#displayIndicator { padding: 1px 6px; border: 1px solid palette(mid); border-radius: 3px; }
#displayIndicator[displayState="blackout"] { background: #000000; color: #ffffff;
    font-weight: bold; }
#displayIndicator[displayState="message"] { font-weight: bold; }
"""


class DisplayIndicator(QToolButton):
    """The status bar's "Display: …" button; ``attach`` it to the display once it exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayIndicator")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setStyleSheet(STYLE)
        self._display: SpeakerDisplay | None = None
        self.show_state(DisplayState())

    def attach(self, display: SpeakerDisplay) -> None:
        self._display = display
        display.sig_changed.connect(self.refresh)
        display.sig_status.connect(lambda _status: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self._display is not None:
            self.show_state(DisplayState.of(self._display))

    def show_state(self, state: DisplayState) -> None:
        text = describe_display(state)
        self.setText(text)
        self.setAccessibleName(text)
        details = [text]
        if state.message is not None and len(state.message) > MESSAGE_CHARS:
            details.append(state.message)
        if self._display is not None and self._display.status:
            details.append(self._display.status)
        details.append(self.tr("Click for the speaker display's controls."))
        self.setToolTip("\n".join(details))
        if self.property("displayState") != state.kind:
            self.setProperty("displayState", state.kind)
            self.style().unpolish(self)
            self.style().polish(self)
