"""``moderator check``: is this laptop ready for today? One line per check, then a summary.

- ``moderator check [--db PATH] [--backend URL] [--offline]``

The backend address is ``--backend``, else the one the database's followed sessions are
followed on, else the one remembered by the Connect dialog. The token comes from the
``MODERATOR_TOKEN`` environment variable, else the system keyring; it is never printed. With
followed sessions, the check says whether the console will sync them when it starts (a token is
available, and from where) or not (then Ctrl+K in the console). ``--offline`` checks only
what the laptop needs to run without a network (the backend is not contacted). The backend is
asked with a short timeout: the command never hangs on a dead network. Judgement and wording:
``moderator.services.readiness.check``.

Exit codes: 0 ready (every check passed), 1 something needs attention (a warning or a
problem, listed), 2 unusable input (a ``--db`` that is not a Moderator database, a ``--backend``
that is not an http(s) address), with one line on standard error saying which.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from moderator.services.sync.credentials import (
    FROM_ENVIRONMENT,
    FROM_KEYRING,
    TOKEN_VARIABLE,
)

EXIT_OK = 0
EXIT_ATTENTION = 1
EXIT_UNUSABLE = 2
#: How the token line names a token found in the keyring.
KEYRING_SOURCE = "the keyring"


def add_subcommand(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register ``check`` on the main parser's subcommands."""
    parser = commands.add_parser(
        "check",
        help="check that this laptop is ready for today's sessions and exit",
        description="Today's sessions on this laptop, changes waiting to be sent, the backend "
        "and the token, the keyring, the speaker display's screen and the database file. "
        "Exit code 0 when ready, 1 when something needs attention, 2 for unusable input.",
    )
    add_database_option(parser)
    parser.add_argument(
        "--backend",
        dest="check_backend",
        metavar="URL",
        help="the backend to check (default: the one the console connected to last); "
        f"token from {TOKEN_VARIABLE} or the keyring",
    )
    parser.add_argument(
        "--offline",
        dest="check_offline",
        action="store_true",
        help="do not contact the backend: check only what runs without a network",
    )


def run_check(
    args: argparse.Namespace,
    db_path: Path,
    out: TextIO | None = None,
    now_ms: int | None = None,
) -> int:
    import asyncio

    from moderator.services.chair.time_source import TimeSource
    from moderator.services.readiness import check as readiness
    from moderator.services.sync.credentials import TokenStore
    from moderator.storage.file_check import DatabaseError

    out = out or sys.stdout
    now = TimeSource().now_ms() if now_ms is None else now_ms
    given = (args.check_backend or "").strip()
    if given and not given.startswith(("http://", "https://")):
        return _fail(f"--backend must be an http:// or https:// address: {args.check_backend}")
    try:
        local = readiness.gather_local(db_path, now)
    except DatabaseError as error:
        return _fail(str(error))
    followed = local.followed_backend or _remembered_backend_url()
    url = given or followed
    tokens = TokenStore()
    token, source = _token(url, tokens)
    backend: readiness.BackendFacts | None = None
    if url and args.check_offline:
        backend = readiness.offline_backend(url, token, source)
    elif url:
        backend = asyncio.run(readiness.probe_backend(url, token, source))
    report = readiness.build_report(
        readiness.ReadinessInputs(
            local=local,
            backend=backend,
            keyring_persistent=tokens.persistent,
            display=_display_facts(),
            sync=_sync_facts(followed, url, source, tokens),
        ),
        now,
    )
    symbols = readiness.SYMBOLS if _can_print(out, "✓✗–“”") else readiness.ASCII_SYMBOLS
    for item in report.items:
        line = item.line(symbols)
        if token:  # belt and braces: no wording ever contains it, but never print it
            line = line.replace(token, "•••")
        print(line if _can_print(out, line) else _ascii(line), file=out)
    print(report.summary(), file=out)
    return EXIT_OK if report.ready else EXIT_ATTENTION


def _token(url: str, tokens) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    from_env = os.environ.get(TOKEN_VARIABLE, "").strip()
    if from_env:
        return from_env, TOKEN_VARIABLE
    if url:
        stored = tokens.load(url)
        if stored:
            return stored, KEYRING_SOURCE
    return None, ""


def _sync_facts(followed: str, url: str, source: str, tokens):  # type: ignore[no-untyped-def]
    """Whether the console, started now, would find a token for the followed backend: the
    environment's, else the keyring's (asked again when the checked backend is another)."""
    from moderator.services.readiness.check import SyncFacts

    if not followed:
        return SyncFacts()
    if followed != url:
        source = _token(followed, tokens)[1]
    words = {TOKEN_VARIABLE: FROM_ENVIRONMENT, KEYRING_SOURCE: FROM_KEYRING}
    return SyncFacts(backend_url=followed, token_source=words.get(source, ""))


def _remembered_backend_url() -> str:
    from moderator.services.readiness.check import BACKEND_URL_SETTING

    settings = _settings()
    return str(settings.value(BACKEND_URL_SETTING, "") or "").strip()


def _display_facts():  # type: ignore[no-untyped-def]
    from moderator.services.display.display_settings import DisplaySettings
    from moderator.services.readiness.check import DisplayFacts

    wanted = DisplaySettings(_settings()).screen_name
    return DisplayFacts(wanted=wanted, screens=_screen_names())


def _settings():  # type: ignore[no-untyped-def]
    """The console's own settings (the same organisation and application names as app.py)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("Moderator")
    QCoreApplication.setApplicationName("Moderator")
    return QSettings()


def _screen_names() -> tuple[str, ...] | None:
    """The connected screens, the main one first; ``None`` without a graphical session.

    Qt aborts the process when its platform cannot start, so a display is asked for only when
    the environment names one, and "offscreen" is the fallback if it cannot be reached.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if not platform and sys.platform.startswith(("linux", "freebsd", "openbsd")):
            if os.environ.get("WAYLAND_DISPLAY"):
                platform = "wayland;xcb;offscreen"
            elif os.environ.get("DISPLAY"):
                platform = "xcb;offscreen"
            else:
                return None
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
        argv = ["moderator", *(["-platform", platform] if platform else [])]
        app = QGuiApplication(argv)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = [primary, *(s for s in screens if s is not primary)] if primary else screens
    return tuple(screen.name() for screen in ordered)


def _can_print(out: TextIO, text: str) -> bool:
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _ascii(text: str) -> str:
    replacements = {"“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "’": "'"}
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text.encode("ascii", "replace").decode("ascii")


def _fail(message: str) -> int:
    print(f"moderator: {message}", file=sys.stderr)
    return EXIT_UNUSABLE
