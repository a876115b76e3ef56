"""Backend tokens in the operating system's keyring, never in a file or a log.

Where no keyring backend exists (a bare Linux without a Secret Service, a locked-down kiosk),
the token is kept in memory for this run only, and ``persistent`` says so, so the UI can tell
the chair it will be asked again next time.

A token may also come from the ``MODERATOR_TOKEN`` environment variable (a kiosk without a
keyring, a scripted start): it is used as it is, for this run, and never written anywhere.
Tokens are kept under the backend's address without a trailing slash, as the database records
the backend it follows, so the address typed into Connect and the recorded one meet.

Every call that reaches the keyring may block: finding the backend scans the installed
packages' entry points (hundreds of milliseconds on a cold disk), and a locked Secret Service
waits for the user to unlock it. The GUI therefore calls ``persistent``, ``load`` and ``persist``
only on a worker thread, through ``consult``, ``is_persistent`` and ``keep``,
which use the ``KEYRING_LANE`` worker: keyring calls run one at a time in the order they were
made, so an earlier token never overwrites a later one. ``remember``, ``recall`` and
``known_persistent`` touch memory alone and are safe anywhere.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio and the workers are loaded on first use, after the first paint
    import asyncio

log = logging.getLogger(__name__)
SERVICE = "Moderator backend token"
#: The worker lane (``background.in_worker_thread``) of every keyring call of the console.
KEYRING_LANE = "keyring"
#: The QSettings key of the backend address last used (the Connect dialog, offline downloads,
#: the readiness check and ``moderator check`` all read it).
BACKEND_URL_SETTING = "backend/url"
#: The environment variable that gives the console (and ``moderator check``) a token.
TOKEN_VARIABLE = "MODERATOR_TOKEN"
#: Where a token came from, in the words the banner and the checks use.
FROM_ENVIRONMENT = "environment"
FROM_KEYRING = "keyring"
FROM_THIS_RUN = "this run"


def environment_token() -> str | None:
    """The token in ``MODERATOR_TOKEN``, or ``None`` when it is unset or blank."""
    import os

    return os.environ.get(TOKEN_VARIABLE, "").strip() or None


def backend_key(url: str) -> str:
    """The address a token is kept under: no spaces, no trailing slash (``sync_store`` records
    the followed backend the same way)."""
    return url.strip().rstrip("/")


class TokenStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._persistent: bool | None = None
        self._resolving = threading.Lock()

    @property
    def persistent(self) -> bool:
        """Whether tokens survive a restart (a real keyring backend is present). Found once:
        the first call may block (see the module's docstring), and every other caller waits
        on it meanwhile, so never the GUI thread's (it reads ``known_persistent``)."""
        with self._resolving:
            if self._persistent is None:
                self._persistent = _real_keyring_present()
            return self._persistent

    @property
    def known_persistent(self) -> bool | None:
        """``persistent`` if already found, else None; never blocks (the GUI thread's way)."""
        return self._persistent

    async def is_persistent(self) -> bool:
        """``persistent``, found on the keyring lane while the event loop runs on."""
        from moderator.services.common.background import in_worker_thread

        return await in_worker_thread(lambda: self.persistent, lane=KEYRING_LANE)

    async def consult(self, backend_url: str) -> tuple[str | None, bool]:
        """The token kept for ``backend_url`` (None for no address) and ``persistent``, asked on
        the keyring lane while the event loop runs on."""
        from moderator.services.common.background import in_worker_thread

        return await in_worker_thread(self._consult, backend_url, lane=KEYRING_LANE)

    def _consult(self, backend_url: str) -> tuple[str | None, bool]:
        token = self.load(backend_url) if backend_url else None
        return token, self.persistent

    async def find(self, backend_url: str) -> tuple[str | None, str]:
        """A token for ``backend_url`` and where it came from (``FROM_ENVIRONMENT``,
        ``FROM_THIS_RUN``, ``FROM_KEYRING``), or ``(None, "")``: what a followed session
        reconnects with at start. The keyring is asked on its lane; the rest is instant."""
        token = environment_token()
        if token:
            return token, FROM_ENVIRONMENT
        token = self.recall(backend_url)
        if token:
            return token, FROM_THIS_RUN
        token, _persistent = await self.consult(backend_url)
        return (token, FROM_KEYRING) if token else (None, "")

    def keep(self, backend_url: str, token: str) -> asyncio.Future[bool]:
        """A token that worked, with its address: known to this run at once, the address
        remembered for the next Connect and check, the token written to the keyring in the
        background (nothing waits on a locked keyring; a failure is logged). Needs a running
        event loop; the returned task says whether the keyring holds the token."""
        from PySide6.QtCore import QSettings

        from moderator.services.common.background import background_task, in_worker_thread

        self.remember(backend_url, token)
        QSettings().setValue(BACKEND_URL_SETTING, backend_key(backend_url))
        return background_task(
            in_worker_thread(self.persist, backend_url, token, lane=KEYRING_LANE)
        )

    def remember(self, backend_url: str, token: str) -> None:
        """Keep ``token`` for this run (memory only; instant)."""
        self._memory[backend_key(backend_url)] = token

    def recall(self, backend_url: str) -> str | None:
        """The token kept for this run, if any (memory only; instant)."""
        return self._memory.get(backend_key(backend_url))

    def persist(self, backend_url: str, token: str) -> bool:
        """Write ``token`` to the keyring; True if it is there (blocking: a worker thread)."""
        if not self.persistent:
            return False
        import keyring

        try:
            keyring.set_password(SERVICE, backend_key(backend_url), token)
        except Exception as error:
            log.warning("keyring refused the token", extra={"error": type(error).__name__})
            return False
        return True

    def load(self, backend_url: str) -> str | None:
        """This run's token, else the keyring's (blocking: a worker thread)."""
        key = backend_key(backend_url)
        if key in self._memory:
            return self._memory[key]
        if not self.persistent:
            return None
        import keyring

        try:
            # Kept as typed before addresses were normalised: with the trailing slash.
            return keyring.get_password(SERVICE, key) or keyring.get_password(SERVICE, key + "/")
        except Exception:
            return None


def _real_keyring_present() -> bool:
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation counts as none
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)
