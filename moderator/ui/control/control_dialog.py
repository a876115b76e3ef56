"""Session → Control surfaces: turn the HTTP/WebSocket and OSC servers on or off, choose their
ports and whether they listen beyond this computer, and read the secret to give Companion.

Non-modal (the console stays usable behind it). Apply saves the choices (QSettings, so the
next start listens the same way) and restarts the servers; the status underneath says where
they listen, or why one could not (a port in use). The secret is shown only on request and
copied to the clipboard with a button, never written anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from moderator.services.common.background import background_task
from moderator.services.control.control_settings import ControlSettings
from moderator.ui.control.control_surfaces import ControlSurfaces


class ControlDialog(QDialog):
    def __init__(self, surfaces: ControlSurfaces, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlDialog")
        self.setWindowTitle(self.tr("Control surfaces"))
        self._surfaces = surfaces
        self._settings = ControlSettings()
        running = surfaces.config if surfaces.running else None

        intro = QLabel(
            self.tr(
                "Let a Stream Deck (through Bitfocus Companion) or a script press the "
                "console's keys and read who speaks and the countdown. The page to build in "
                "Companion is described in docs/companion.md."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.http_enabled = QCheckBox(self.tr("HTTP and WebSocket, on port"), self)
        self.http_port = QSpinBox(self)
        self.osc_enabled = QCheckBox(self.tr("OSC over UDP, on port"), self)
        self.osc_port = QSpinBox(self)
        for box, name in ((self.http_port, "HTTP port"), (self.osc_port, "OSC port")):
            box.setRange(1, 65535)
            box.setAccessibleName(self.tr(name))
        self.http_enabled.setChecked(
            running.http_port is not None if running else self._settings.http_enabled
        )
        # The port listened on (a start on port 0 took a free one), else the one asked for.
        self.http_port.setValue(
            surfaces.http_port
            or (running.http_port if running else None)
            or self._settings.http_port
        )
        self.osc_enabled.setChecked(
            running.osc_port is not None if running else self._settings.osc_enabled
        )
        self.osc_port.setValue(
            surfaces.osc_port or (running.osc_port if running else None) or self._settings.osc_port
        )
        self.local_only = QRadioButton(self.tr("This computer only (127.0.0.1, no secret)"), self)
        self.network = QRadioButton(
            self.tr("The network (every interface): surfaces must give the secret"), self
        )
        network = running.needs_secret if running else self._settings.network
        (self.network if network else self.local_only).setChecked(True)

        self.secret = QLineEdit(self)
        self.secret.setObjectName("controlSecret")
        self.secret.setReadOnly(True)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Control secret"))
        self.show_secret = QPushButton(self.tr("Show"), self)
        self.show_secret.setCheckable(True)
        self.show_secret.toggled.connect(
            lambda shown: self.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self.copy_secret = QPushButton(self.tr("Copy"), self)
        self.copy_secret.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.secret.text())
        )
        self.new_secret = QPushButton(self.tr("New secret"), self)
        self.new_secret.setToolTip(
            self.tr("Make a new secret; the old one stops working when you apply")
        )
        self.new_secret.clicked.connect(lambda: background_task(self._renew_secret()))
        self.secret_row = QWidget(self)
        secret_layout = QHBoxLayout(self.secret_row)
        secret_layout.setContentsMargins(0, 0, 0, 0)
        secret_layout.addWidget(QLabel(self.tr("Secret:"), self.secret_row))
        secret_layout.addWidget(self.secret, 1)
        for button in (self.show_secret, self.copy_secret, self.new_secret):
            secret_layout.addWidget(button)
        self.network.toggled.connect(self._network_chosen)

        self.status = QLabel(self)
        self.status.setObjectName("controlDialogStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        surfaces.sig_status.connect(self._show_status)

        grid = QGridLayout()
        grid.addWidget(self.http_enabled, 0, 0)
        grid.addWidget(self.http_port, 0, 1)
        grid.addWidget(self.osc_enabled, 1, 0)
        grid.addWidget(self.osc_port, 1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.local_only)
        layout.addWidget(self.network)
        layout.addWidget(self.secret_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_status()
        self._network_chosen(self.network.isChecked())

    def apply(self) -> None:
        """Save the choices and (re)start the servers with them."""
        self._settings.save(
            http_enabled=self.http_enabled.isChecked(),
            http_port=self.http_port.value(),
            osc_enabled=self.osc_enabled.isChecked(),
            osc_port=self.osc_port.value(),
            network=self.network.isChecked(),
        )
        self.status.setText(self.tr("Starting…"))
        background_task(self._surfaces.start(self._settings.config()))

    def _network_chosen(self, network: bool) -> None:
        self.secret_row.setVisible(network)
        if network and not self.secret.text():
            known = self._surfaces.secret.known
            if known is not None:
                self._set_secret(known)
            else:
                background_task(self._load_secret())
        self._fit()

    async def _load_secret(self) -> None:
        self._set_secret(await self._surfaces.secret.find())

    async def _renew_secret(self) -> None:
        self._set_secret(await self._surfaces.secret.renew())

    def _set_secret(self, secret: str) -> None:
        """Wide enough to read all of it once shown: it is typed into Companion by hand,
        often on another machine."""
        self.secret.setText(secret)
        self.secret.setCursorPosition(0)
        metrics = self.secret.fontMetrics()
        dot = chr(
            self.secret.style().styleHint(
                QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, self.secret
            )
            or ord("•")
        )
        widest = max(
            metrics.horizontalAdvance(secret), metrics.horizontalAdvance(dot * len(secret))
        )
        self.secret.setMinimumWidth(widest + 4 * metrics.averageCharWidth())
        self._fit()

    def _fit(self) -> None:
        """The dialog grows with the secret's row (its text would otherwise be cut)."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.resize(width, max(self.height(), height))

    def _show_status(self) -> None:
        self.status.setText("\n".join(self._surfaces.status_lines()))
        self._fit()  # the addresses may take more lines than the text before them
