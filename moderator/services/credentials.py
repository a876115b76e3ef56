"""Backend tokens in the operating system's keyring, never in a file or a log.

Where no keyring backend exists (a bare Linux without a Secret Service, a locked-down kiosk),
the token is kept in memory for this run only, and ``persistent`` says so, so the UI can tell
the chair it will be asked again next time.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
SERVICE = "Moderator backend token"


class TokenStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        """Whether tokens survive a restart (a real keyring backend is present)."""
        try:
            import keyring
            from keyring.backends import fail, null

            backend = keyring.get_keyring()
        except Exception:  # a broken keyring installation counts as none
            return False
        return not isinstance(backend, fail.Keyring | null.Keyring)

    def save(self, backend_url: str, token: str) -> bool:
        """Keep ``token`` for ``backend_url``; True if it is in the keyring, False if in memory."""
        self._memory[backend_url] = token
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
