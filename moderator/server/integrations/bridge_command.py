"""``moderator-server bridge zoomosc``: the technician's side of the ZoomOSC bridge.

The token comes from ``MODERATOR_TOKEN`` or ``--token-file`` (a token typed as ``--token``
works too, with a warning: ``ps`` shows every process's command line to every user). What is
wrong with the options, the token or the ports is said in one line, before anything runs.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

import httpx

EXIT_OK, EXIT_BAD_INPUT = 0, 2
TOKEN_VARIABLE = "MODERATOR_TOKEN"


def bridge_command(args: argparse.Namespace) -> int:
    from moderator.logging_setup import configure_logging
    from moderator.server.integrations.zoomosc_bridge import (
        BridgeError,
        BridgeSettings,
        ZoomOscBridge,
        address,
    )

    configure_logging(args.log_json, plain_level=logging.INFO)
    try:
        token = _token(args)
        settings = BridgeSettings(
            listen=address(args.listen, "--listen", default_host="127.0.0.1"),
            session_id=args.session,
            token=token,
            server=args.server.rstrip("/"),
            target=address(args.target, "--target") if args.target else None,
        )
    except ValueError as error:
        return _fail(str(error))
    bridge = ZoomOscBridge(settings)

    def ready(text: str) -> None:
        print(f"moderator-server bridge: {text}", file=sys.stderr, flush=True)

    try:
        asyncio.run(bridge.run(on_ready=ready))
    except BridgeError as error:
        return _fail(str(error))
    except httpx.HTTPError as error:
        return _fail(f"cannot reach the server at {settings.server} ({type(error).__name__})")
    except OSError as error:  # the port is taken, the server's address is wrong
        return _fail(f"cannot run: {error.strerror or error}")
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _token(args: argparse.Namespace) -> str:
    if args.token_file:
        try:
            token = Path(args.token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"--token-file {args.token_file}: cannot be read ({error})") from None
    elif args.token:
        print(
            "moderator-server bridge: warning: a token on the command line is visible to "
            f"every user (ps); give it in {TOKEN_VARIABLE} or --token-file",
            file=sys.stderr,
        )
        token = args.token.strip()
    else:
        token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        raise ValueError(
            f"no token: set {TOKEN_VARIABLE} or give --token-file (an integration token: "
            "moderator-server create-token --role integration --meeting M --session S)"
        )
    return token


def _fail(message: str) -> int:
    print(f"moderator-server bridge: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
