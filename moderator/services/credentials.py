"""Backend tokens in the operating system's keyring, never in a file or a log.

Where no keyring backend exists (a bare Linux without a Secret Service, a locked-down kiosk),
the token is kept in memory for this run only, and ``persistent`` says so, so the UI can tell
the chair it will be asked again next time.

Every call that reaches the keyring may block: finding the backend scans the installed
packages' entry points (hundreds of milliseconds on a cold disk), and a locked Secret Service
waits for the user to unlock it. The GUI therefore calls ``persistent``, ``load``, ``persist``
and ``forget`` only on a worker thread; ``remember`` and ``recall`` touch memory alone and are
safe anywhere.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
SERVICE = "Moderator backend token"


class TokenStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._persistent: bool | None = None
        self._resolving = threading.Lock()

    @property
    def persistent(self) -> bool:
        """Whether tokens survive a restart (a real keyring backend is present). Found once:
        the first call may block (see the module's docstring), later ones answer at once."""
        with self._resolving:
            if self._persistent is None:
                self._persistent = _real_keyring_present()
            return self._persistent

    @property
    def known_persistent(self) -> bool | None:
        """``persistent`` if already found, else None; never blocks."""
        return self._persistent

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

    def save(self, backend_url: str, token: str) -> bool:
        """Keep ``token`` for ``backend_url``; True if it is in the keyring, False if in memory."""
        self.remember(backend_url, token)
        return self.persist(backend_url, token)

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

    def forget(self, backend_url: str) -> None:
        self._memory.pop(backend_url, None)
        if self.persistent:
            import contextlib

            import keyring

            with contextlib.suppress(Exception):
                keyring.delete_password(SERVICE, backend_url)


def _real_keyring_present() -> bool:
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation counts as none
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)
