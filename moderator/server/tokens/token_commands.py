"""The token subcommands of ``moderator-server``: create-token, list-tokens, revoke-token.

What they print is for a technician at a terminal before the doors open: one table, times in
the terminal's own zone, short ids they can type (``revoke-token --id`` takes any unique
prefix of at least six characters). A token's secret is printed once, on creation, on
standard output alone (a script captures it); its hash is never shown.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from moderator.server.database import ServerDatabase
from moderator.server.tokens.auth import Role, create_token
from moderator.server.tokens.token_admin import (
    TokenAdminError,
    TokenInfo,
    check_scope,
    find_token,
    list_tokens,
    parse_duration,
    revoke,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2
SHORT_ID = 8
_WIDEST = {"label": 28, "scope": 36}


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _fail(message: str) -> int:
    print(f"moderator-server: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def create_command(args: argparse.Namespace, db: ServerDatabase) -> int:
    """Checks the scope and the expiry first: a refused token writes nothing."""
    now = _now_ms()
    role = Role(args.role)
    try:
        expires_at = None if args.expires is None else now + parse_duration(args.expires)
        secret = _secret(args, role)
        with db.write() as connection:
            notes = check_scope(
                connection,
                role,
                args.meeting,
                args.session,
                args.participant,
                args.label,
                new_meeting=args.new_meeting,
            )
            token = create_token(
                connection,
                role,
                args.meeting,
                now_ms=now,
                session_ids=args.session,
                participant_id=args.participant,
                label=args.label,
                expires_at_ms=expires_at,
                secret=secret,
            )
    except IntegrityError:
        return _fail(
            "that secret is already another token's: one token per secret (give every "
            "session it feeds as --session of one token, or revoke the other one first)"
        )
    except (TokenAdminError, ValueError) as error:
        return _fail(str(error))
    for note in notes:
        print(f"moderator-server: note: {note}", file=sys.stderr)
    until = "never expires" if expires_at is None else f"expires {_local(expires_at)}"
    print(f"moderator-server: {role.value} token for {args.meeting}, {until}", file=sys.stderr)
    if secret is None:  # a secret the technician gave is not printed back
        print(token)
    return EXIT_OK


#: A secret shorter than this is too easily guessed to be a token.
SECRET_MIN = 16


def _secret(args: argparse.Namespace, role: Role) -> str | None:
    """The token's value read from ``--secret-file`` (never from the command line, where
    ``ps`` shows it), or ``None`` for a new random one."""
    path = getattr(args, "secret_file", None)
    if path is None:
        return None
    if role is not Role.INTEGRATION:
        raise TokenAdminError("--secret-file is for integration tokens")
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TokenAdminError(f"--secret-file {path}: cannot be read ({error})") from None
    secret = text.strip()
    if len(secret) < SECRET_MIN or any(c.isspace() or not c.isprintable() for c in secret):
        raise TokenAdminError(
            f"--secret-file {path}: the secret must be one line of at least {SECRET_MIN} "
            "printable characters without spaces"
        )
    return secret


def list_command(args: argparse.Namespace, db: ServerDatabase) -> int:
    with db.read() as connection:
        tokens = list_tokens(connection, _now_ms(), args.meeting)
    if args.json:
        print(json.dumps([_as_json(t) for t in tokens], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not tokens:
        where = f" for meeting {args.meeting}" if args.meeting else ""
        print(f"No tokens{where}.")
        return EXIT_OK
    for line in table(tokens):
        print(line)
    return EXIT_OK


def revoke_command(args: argparse.Namespace, db: ServerDatabase) -> int:
    now = _now_ms()
    try:
        with db.write() as connection:
            token = find_token(connection, now, args.id, args.label, args.meeting)
            newly = revoke(connection, token.id, now)
    except TokenAdminError as error:
        return _fail(str(error))
    name = f"{token.id[:SHORT_ID]} ({_describe(token)})"
    if not newly:
        assert token.revoked_at_ms is not None
        print(f"Token {name} was already revoked ({_local(token.revoked_at_ms)}).")
        return EXIT_OK
    print(
        f"Revoked token {name}: its requests are refused from now on (401 token_revoked) "
        "and its open streams end within a heartbeat."
    )
    return EXIT_OK


def table(tokens: list[TokenInfo]) -> list[str]:
    """The tokens as aligned columns, and the zone their times are in."""
    header = ("ID", "LABEL", "ROLE", "SCOPE", "CREATED", "EXPIRES", "LAST USED", "STATE")
    rows = [
        (
            t.id[:SHORT_ID],
            _cut(t.label or "-", _WIDEST["label"]),
            t.role,
            _cut(t.scope, _WIDEST["scope"]),
            _local(t.created_at_ms),
            "never" if t.expires_at_ms is None else _local(t.expires_at_ms),
            "never" if t.last_used_at_ms is None else _local(t.last_used_at_ms),
            t.state,
        )
        for t in tokens
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    ]
    zone = datetime.now().astimezone().strftime("%Z, UTC%z")
    counts = {s: sum(t.state == s for t in tokens) for s in ("active", "expired", "revoked")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    lines.append(f"{len(tokens)} token(s): {summary}. Times are local ({zone}).")
    return lines


def _describe(token: TokenInfo) -> str:
    label = f"“{token.label}”, " if token.label else ""
    return f"{label}{token.role}, {token.scope}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _local(at_ms: int) -> str:
    return datetime.fromtimestamp(at_ms / 1000).astimezone().strftime("%Y-%m-%d %H:%M")


def _as_json(token: TokenInfo) -> dict[str, Any]:
    return {
        "id": token.id,
        "label": token.label,
        "role": token.role,
        "meeting_id": token.meeting_id,
        "session_ids": list(token.session_ids),
        "participant_id": token.participant_id,
        "created_at_ms": token.created_at_ms,
        "expires_at_ms": token.expires_at_ms,
        "last_used_at_ms": token.last_used_at_ms,
        "revoked_at_ms": token.revoked_at_ms,
        "state": token.state,
    }
