"""Backend tokens in the operating system's keyring, never in a file or a log.

Where no keyring backend exists (a bare Linux without a Secret Service, a locked-down kiosk),
the token is kept in memory for this run only, and ``persistent`` says so, so the UI can tell
the chair it will be asked again next time.

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

    def keep(self, backend_url: str, token: str) -> asyncio.Future[bool]:
        """A token that worked, with its address: known to this run at once, the address
        remembered for the next Connect and check, the token written to the keyring in the
        background (nothing waits on a locked keyring; a failure is logged). Needs a running
        event loop; the returned task says whether the keyring holds the token."""
        from PySide6.QtCore import QSettings

        from moderator.services.common.background import background_task, in_worker_thread

        self.remember(backend_url, token)
        QSettings().setValue(BACKEND_URL_SETTING, backend_url)
        return background_task(
            in_worker_thread(self.persist, backend_url, token, lane=KEYRING_LANE)
        )

    def remember(self, backend_url: str, token: str) -> None:
        """Keep ``token`` for this run (memory only; instant)."""
        self._memory[backend_url] = token

    def recall(self, backend_url: str) -> str | None:
        """The token kept for this run, if any (memory only; instant)."""
        return self._memory.get(backend_url)

    def persist(self, backend_url: str, token: str) -> bool:
        """Write ``token`` to the keyring; True if it is there (blocking: a worker thread)."""
        if not self.persistent:
            return False
        import keyring

        try:
            keyring.set_password(SERVICE, backend_url, token)
        except Exception as error:
            log.warning("keyring refused the token", extra={"error": type(error).__name__})
            return False
        return True

    def load(self, backend_url: str) -> str | None:
        """This run's token, else the keyring's (blocking: a worker thread)."""
        if backend_url in self._memory:
            return self._memory[backend_url]
        if not self.persistent:
            return None
        import keyring

        try:
            return keyring.get_password(SERVICE, backend_url)
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
