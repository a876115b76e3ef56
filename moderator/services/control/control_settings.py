"""Whether the control servers run, where they listen, and the shared secret for the network.

Off by default: a console that listens to nothing is the safe start. The chair or technician
turns them on in Session → Control surfaces (kept in QSettings) or for one run with
``--control-port`` / ``--osc-port`` (which win over the settings, ``--control-host`` too).

The secret is needed only when listening beyond this computer. It comes from the
``MODERATOR_CONTROL_SECRET`` environment variable (automation), else the OS keyring (as the
backend tokens do), else it is made up once, shown in Session → Control surfaces to be typed
into Companion, and kept in the keyring; with no keyring it lasts for this run. It never
goes to a log or a plain-text file. Keyring calls run on its worker lane (a locked keyring
waits for its prompt without holding the window).
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from moderator.services.control.sockets import LOOPBACK, is_loopback

log = logging.getLogger(__name__)

SECRET_VARIABLE = "MODERATOR_CONTROL_SECRET"
KEYRING_SERVICE = "Moderator control secret"
KEYRING_USER = "console"
DEFAULT_HTTP_PORT = 8765
DEFAULT_OSC_PORT = 8766
_GROUP = "controlSurfaces"


@dataclass(frozen=True, slots=True)
class ControlConfig:
    """Where the servers listen; a port of None means that server is off."""

    host: str = LOOPBACK
    http_port: int | None = None
    osc_port: int | None = None
    #: Ask for the secret even on this computer only (a shared machine).
    require_secret: bool = False

    @property
    def needs_secret(self) -> bool:
        return self.require_secret or not is_loopback(self.host)

    @property
    def enabled(self) -> bool:
        return self.http_port is not None or self.osc_port is not None


class ControlSettings:
    """The chair's choices (QSettings); ``config`` applies the command line's over them."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _value(self, key: str, default: object) -> object:
        return self._settings.value(f"{_GROUP}/{key}", default)

    @property
    def http_enabled(self) -> bool:
        return str(self._value("httpEnabled", False)).lower() == "true"

    @property
    def osc_enabled(self) -> bool:
        return str(self._value("oscEnabled", False)).lower() == "true"

    @property
    def http_port(self) -> int:
        return _port(self._value("httpPort", DEFAULT_HTTP_PORT), DEFAULT_HTTP_PORT)

    @property
    def osc_port(self) -> int:
        return _port(self._value("oscPort", DEFAULT_OSC_PORT), DEFAULT_OSC_PORT)

    @property
    def network(self) -> bool:
        """Listen on every interface (with the secret), not only this computer."""
        return str(self._value("network", False)).lower() == "true"

    def save(
        self, *, http_enabled: bool, http_port: int, osc_enabled: bool, osc_port: int, network: bool
    ) -> None:
        for key, value in (
            ("httpEnabled", http_enabled),
            ("httpPort", http_port),
            ("oscEnabled", osc_enabled),
            ("oscPort", osc_port),
            ("network", network),
        ):
            self._settings.setValue(f"{_GROUP}/{key}", value)
        self._settings.sync()

    def config(
        self,
        http_port: int | None = None,
        osc_port: int | None = None,
        host: str | None = None,
    ) -> ControlConfig:
        """The command line's choices over the saved ones."""
        return ControlConfig(
            host=host or ("0.0.0.0" if self.network else LOOPBACK),
            http_port=http_port
            if http_port is not None
            else (self.http_port if self.http_enabled else None),
            osc_port=osc_port
            if osc_port is not None
            else (self.osc_port if self.osc_enabled else None),
        )


def _port(value: object, default: int) -> int:
    try:
        port = int(str(value))
    except ValueError:
        return default
    return port if 0 < port <= 65535 else default


class ControlSecret:
    """The shared secret for surfaces on the network (see the module's docstring)."""

    def __init__(self) -> None:
        self._secret: str | None = None
        self.source = ""

    @property
    def known(self) -> str | None:
        """The secret once found (never blocks)."""
        return self._secret

    async def find(self) -> str:
        """The secret: the environment's, the keyring's, or a new one (kept)."""
        if self._secret is not None:
            return self._secret
        from_environment = os.environ.get(SECRET_VARIABLE, "").strip()
        if from_environment:
            self._secret, self.source = from_environment, "environment"
            return from_environment
        from moderator.services.common.background import in_worker_thread
        from moderator.services.sync.credentials import KEYRING_LANE

        kept = await in_worker_thread(_load, lane=KEYRING_LANE)
        if kept:
            self._secret, self.source = kept, "keyring"
            return kept
        return await self.renew()

    async def renew(self) -> str:
        """A new secret (the old one stops working at the servers' next start)."""
        from moderator.services.common.background import in_worker_thread
        from moderator.services.sync.credentials import KEYRING_LANE

        fresh = secrets.token_urlsafe(18)
        kept = await in_worker_thread(_store, fresh, lane=KEYRING_LANE)
        self._secret, self.source = fresh, "keyring" if kept else "this run"
        return fresh


def _load() -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as error:
        log.warning(
            "keyring unreadable for the control secret", extra={"error": type(error).__name__}
        )
        return None


def _store(secret: str) -> bool:
    import keyring

    from moderator.services.sync.credentials import TokenStore

    if not TokenStore().persistent:  # no real keyring: the secret lasts for this run
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret)
    except Exception as error:
        log.warning("keyring refused the control secret", extra={"error": type(error).__name__})
        return False
    return True
