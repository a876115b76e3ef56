"""Who may drive the console: anyone on this computer, or whoever knows the shared secret.

On 127.0.0.1 only programs of this computer reach the servers (Companion running on the
chair's laptop), so no secret is asked. Listening on the network asks for the secret with
every request: ``Authorization: Bearer <secret>`` or ``X-Moderator-Secret: <secret>`` (what
Companion's generic HTTP module sends in its header field), or ``?secret=`` in the address
(the only way Companion's generic WebSocket module can send it); over OSC, the secret is the
message's first argument. The secret is never logged.
"""

from __future__ import annotations

import hmac

SECRET_HEADER = "x-moderator-secret"


def secret_matches(given: str | None, secret: str | None) -> bool:
    """``secret`` None: no secret is asked (loopback). Compared in constant time."""
    if secret is None:
        return True
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), secret.encode("utf-8"))


def presented_secret(headers, query) -> str | None:  # type: ignore[no-untyped-def]
    """The secret a request carries (header first, then the address), or None."""
    authorization = headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if headers.get(SECRET_HEADER):
        return str(headers[SECRET_HEADER]).strip()
    return query.get("secret") or None
