"""Messages to the speaker, and the console's controls for the speaker display.

The chair sends a message ("Please conclude", "Time is up", or a line typed on the spot) to the
podium screen; it stays there as a large banner with an icon until the chair clears it.

- ``DisplayMessage`` and the presets ``PLEASE_CONCLUDE`` and ``TIME_IS_UP``: what a message is.
  Each kind has its own icon on the display (hourglass, stop sign, speech bubble), so a message
  is told apart by shape and words, never by colour alone.
- ``MessagesModel``: the presets, then the last few typed messages (newest first), for a list
  the chair picks from.
- ``DisplayControls``: the console-side panel (preview of what the speaker sees, screen choice,
  full screen, hide overtime, show/hide, blackout, messages). ``DisplayControlsDialog`` wraps it
  in a non-modal window. Both only call the ``SpeakerDisplay`` API; they hold no state of their
  own beyond the typed text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.ui.common.language import display_text
from moderator.ui.common.watch_events import WatchEvents

if TYPE_CHECKING:
    from moderator.ui.display.speaker_display import SpeakerDisplay

#: Typed messages longer than this are cut: the banner must stay readable from the room.
MAX_MESSAGE_LENGTH = 120
RECENT_TYPED_LIMIT = 5
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MessageKind(StrEnum):
    CONCLUDE = "conclude"  # icon: an hourglass
    TIME_UP = "time_up"  # icon: a stop sign
    TYPED = "typed"  # icon: a speech bubble


@dataclass(frozen=True, slots=True)
class DisplayMessage:
    text: str
    kind: MessageKind = MessageKind.TYPED

    @classmethod
    def typed(cls, text: str) -> DisplayMessage | None:
        """A message from what the chair typed; ``None`` for blank text."""
        cleaned = " ".join(text.split())[:MAX_MESSAGE_LENGTH]
        return cls(cleaned, MessageKind.TYPED) if cleaned else None

    @property
    def label(self) -> str:
        """The words shown on the console: presets are translated, typed text is shown as
        typed."""
        if self.kind is MessageKind.TYPED:
            return self.text
        return QCoreApplication.translate("DisplayMessage", self.text)

    @property
    def podium_label(self) -> str:
        """The words on the speaker display, in the display's own language."""
        if self.kind is MessageKind.TYPED:
            return self.text
        return display_text("DisplayMessage", self.text)


PLEASE_CONCLUDE = DisplayMessage(
    QT_TRANSLATE_NOOP("DisplayMessage", "Please conclude"), MessageKind.CONCLUDE
)
TIME_IS_UP = DisplayMessage(QT_TRANSLATE_NOOP("DisplayMessage", "Time is up"), MessageKind.TIME_UP)
PRESET_MESSAGES: tuple[DisplayMessage, ...] = (PLEASE_CONCLUDE, TIME_IS_UP)


class MessagesModel(QAbstractListModel):
    """The preset messages, then the most recent typed ones (newest first, no repeats)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recent: list[DisplayMessage] = []

    @property
    def messages(self) -> list[DisplayMessage]:
        return [*PRESET_MESSAGES, *self._recent]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        if parent is not None and parent.isValid():
            return 0
        return len(PRESET_MESSAGES) + len(self._recent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        message = self.messages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return message.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if message.kind is MessageKind.TYPED:
                return self.tr("Typed earlier: send it again")
            return self.tr("Preset message")
        if role == MESSAGE_ROLE:
            return message
        return None

    def remember(self, message: DisplayMessage) -> None:
        """Keep a typed message at the top of the recent ones."""
        if message.kind is not MessageKind.TYPED:
            return
        self.beginResetModel()
        self._recent = [message, *(m for m in self._recent if m != message)]
        del self._recent[RECENT_TYPED_LIMIT:]
        self.endResetModel()


def describe_screen(screen: QScreen) -> str:
    """How a screen is named in the chooser: its name, size and position."""
    geometry = screen.geometry()
    name = screen.name() or QCoreApplication.translate("DisplayControls", "Screen")
    text = QCoreApplication.translate("DisplayControls", "{name} — {w}×{h} at ({x}, {y})").format(
        name=name, w=geometry.width(), h=geometry.height(), x=geometry.x(), y=geometry.y()
    )
    if screen is QGuiApplication.primaryScreen():
        text += QCoreApplication.translate("DisplayControls", " (main)")
    return text


class DisplayControls(QWidget):
    """The chair's panel for the speaker display; every control calls the display's API."""

    def __init__(self, display: SpeakerDisplay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayControls")
        self._display = display

        self.preview = display.create_preview(self)

        self.screen_choice = QComboBox(self)
        self.screen_choice.setObjectName("displayScreen")
        self.screen_choice.setAccessibleName(self.tr("Screen for the speaker display"))
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("displayShow")
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show the speaker display"))
        self.full_screen = QCheckBox(self.tr("Full screen"), self)
        self.full_screen.setObjectName("displayFullScreen")
        self.full_screen.setAccessibleName(self.tr("Full screen"))
        self.hide_overtime = QCheckBox(self.tr("Hide overtime on the speaker display"), self)
        self.hide_overtime.setObjectName("displayHideOvertime")
        self.hide_overtime.setAccessibleName(self.tr("Hide overtime on the speaker display"))
        self.hide_overtime.setToolTip(
            self.tr("The speaker sees 0:00 and TIME UP instead of +m:ss; the console still counts")
        )
        self.blackout = QPushButton(self.tr("Blackout"), self)
        self.blackout.setObjectName("displayBlackout")
        self.blackout.setCheckable(True)
        self.blackout.setAccessibleName(self.tr("Blackout"))
        self.blackout.setToolTip(self.tr("Turn the speaker display black; press again to restore"))

        self.messages = MessagesModel(self)
        self.message_list = QListView(self)
        self.message_list.setObjectName("displayMessages")
        self.message_list.setAccessibleName(self.tr("Messages to the speaker"))
        self.message_list.setModel(self.messages)
        self.message_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.message_list.setMaximumHeight(120)
        self.message_text = QLineEdit(self)
        self.message_text.setObjectName("displayMessageText")
        self.message_text.setAccessibleName(self.tr("Message to type"))
        self.message_text.setPlaceholderText(self.tr("Type a message and press Enter"))
        self.message_text.setMaxLength(MAX_MESSAGE_LENGTH)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("displaySend")
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.clear_button = QPushButton(self.tr("Clear message"), self)
        self.clear_button.setObjectName("displayClear")
        self.clear_button.setAccessibleName(self.tr("Clear the message"))
        self.current_message = QLabel(self)
        self.current_message.setObjectName("displayCurrentMessage")
        self.current_message.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("displayStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Speaker display status"))

        options = QGridLayout()
        options.addWidget(QLabel(self.tr("Screen:"), self), 0, 0)
        options.addWidget(self.screen_choice, 0, 1, 1, 2)
        options.addWidget(self.full_screen, 1, 1)
        options.addWidget(self.hide_overtime, 1, 2)
        options.addWidget(self.show_button, 2, 1)
        options.addWidget(self.blackout, 2, 2)
        options.setColumnStretch(2, 1)
        top = QHBoxLayout()
        top.addWidget(self.preview)
        top.addLayout(options, 1)
        typing = QHBoxLayout()
        typing.addWidget(self.message_text, 1)
        typing.addWidget(self.send_button)
        typing.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Messages (Enter or double-click sends):"), self))
        layout.addWidget(self.message_list)
        layout.addLayout(typing)
        layout.addWidget(self.current_message)
        layout.addWidget(self.status)

        self.screen_choice.activated.connect(self._on_screen_chosen)
        self.show_button.toggled.connect(self._on_show_toggled)
        self.full_screen.toggled.connect(display.set_full_screen)
        self.hide_overtime.toggled.connect(display.set_hide_negative_time)
        self.blackout.toggled.connect(display.set_blackout)
        self.message_list.activated.connect(self._send_from_list)
        # Enter in the field sends the message and nothing else: the field keeps the key (a
        # QLineEdit passes it on to the dialog, which would press its default button, and the
        # first button here is "Hide the display"), and no button is a default one.
        WatchEvents(self.message_text, self._enter_in_the_field, owner=self)
        for button in (self.show_button, self.blackout, self.send_button, self.clear_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.send_button.clicked.connect(self._send_typed)
        self.clear_button.clicked.connect(display.clear_message)
        display.sig_changed.connect(self.refresh)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._list_screens)
            app.screenRemoved.connect(self._list_screens)
        self._list_screens()
        self.refresh()

    def _enter_in_the_field(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut on Enter may take it from the field
            elif event.type() == QEvent.Type.KeyPress:
                self._send_typed()
                event.accept()
                return True
        return False

    def _list_screens(self, *_args: object) -> None:
        self.screen_choice.clear()
        for screen in QGuiApplication.screens():
            self.screen_choice.addItem(describe_screen(screen), screen.name())
        self._select_current_screen()

    def _select_current_screen(self) -> None:
        index = self.screen_choice.findData(self._display.chosen_screen_name)
        if index < 0:
            index = self.screen_choice.findData(self._display.current_screen_name)
        if index >= 0:
            self.screen_choice.setCurrentIndex(index)

    def refresh(self) -> None:
        """Show the display's current state in the controls (without sending anything back)."""
        display = self._display
        for widget, checked in (
            (self.show_button, display.isVisible()),
            (self.full_screen, display.full_screen),
            (self.hide_overtime, display.hide_negative_time),
            (self.blackout, display.blackout),
        ):
            widget.blockSignals(True)
            widget.setChecked(checked)
            widget.blockSignals(False)
        self.show_button.setText(
            self.tr("Hide the display") if display.isVisible() else self.tr("Show the display")
        )
        message = display.message
        self.current_message.setText(
            self.tr("On the display: “{text}”").format(text=message.label)
            if message is not None
            else self.tr("No message on the display.")
        )
        self.clear_button.setEnabled(message is not None)
        self.status.setText(display.status)
        self._select_current_screen()

    # --- sending -----------------------------------------------------------------------------

    def _on_screen_chosen(self, index: int) -> None:
        name = self.screen_choice.itemData(index)
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        self._display.show_on_screen(screen)

    def _on_show_toggled(self, checked: bool) -> None:
        if checked:
            self._display.show_display()
        else:
            self._display.hide_display()

    def _send_from_list(self, index: QModelIndex) -> None:
        message = self.messages.data(index, MESSAGE_ROLE)
        if isinstance(message, DisplayMessage):
            self._display.send_message(message)

    def _send_typed(self) -> None:
        message = DisplayMessage.typed(self.message_text.text())
        if message is None:
            return
        self._display.send_message(message)
        self.messages.remember(message)
        self.message_text.clear()


class DisplayControlsDialog(QDialog):
    """The controls in their own non-modal window; Escape closes it, the console keeps going."""

    def __init__(self, display: SpeakerDisplay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayControlsDialog")
        self.setWindowTitle(self.tr("Speaker display"))
        self.setModal(False)
        self.controls = DisplayControls(display, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Closed (Escape): the keyboard goes back to the console at once, so the chair's next
        shortcut acts; not every platform re-activates the parent window by itself."""
        super().hideEvent(event)
        console = self.parentWidget()
        if console is not None and console.isVisible() and not event.spontaneous():
            console.activateWindow()
