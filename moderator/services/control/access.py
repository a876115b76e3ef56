"""Who may drive the console: anyone on this computer, or whoever knows the shared secret.

On 127.0.0.1 only programs of this computer reach the servers (Companion running on the
chair's laptop), so no secret is asked. Listening on the network asks for the secret with
every request: ``Authorization: Bearer <secret>`` or ``X-Moderator-Secret: <secret>`` (what
Companion's generic HTTP module sends in its header field), or ``?secret=`` in the address
(the only way Companion's generic WebSocket module can send it); over OSC, the secret is the
message's first argument. The secret is never logged.

Without a secret, a web page open in the chair's browser could still reach 127.0.0.1 (a form
or ``fetch`` POST needs no permission to be *sent*), or reach it under a name of its own that
resolves to 127.0.0.1 (DNS rebinding). So on this computer only, a request must name the
console by address (``Host`` 127.0.0.1, ``localhost`` or ``[::1]``) and must not come from a web
page of another origin (a browser always sends ``Origin``; Companion sends none, or the
console's own address).
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


def _host_name(value: str) -> str:
    """``host`` of a ``Host`` header or an origin's authority (``[::1]:8765`` → ``::1``)."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


_LOCAL_NAMES = {"127.0.0.1", "localhost", "::1"}


def local_request_refusal(headers) -> str | None:  # type: ignore[no-untyped-def]
    """Why a request to a console listening on this computer only is not from a local
    program (None: it is)."""
    host = _host_name(headers.get("host", ""))
    if host not in _LOCAL_NAMES:
        return f"This console answers only to 127.0.0.1 or localhost, not {host[:60]!r}"
    origin = headers.get("origin")
    if origin is not None:
        authority = origin.split("://", 1)[-1].split("/", 1)[0]
        if _host_name(authority) not in _LOCAL_NAMES:
            return "Web pages may not drive the console"
    return None


def presented_secret(headers, query) -> str | None:  # type: ignore[no-untyped-def]
    """The secret a request carries (header first, then the address), or None."""
    authorization = _header_text(headers.get("authorization", ""))
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if headers.get(SECRET_HEADER):
        return _header_text(headers[SECRET_HEADER]).strip()
    return query.get("secret") or None


def _header_text(value: str) -> str:
    """A header's text as its sender wrote it: the server hands header bytes over as Latin-1,
    while curl, scripts and shells send a secret with accents (``Grüße``) as UTF-8, so it
    would never match. Bytes that are not UTF-8 are left as they came."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value
