"""Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by Playwright.

No browser is ever downloaded (`playwright install` is not used): the tests run only when both
the `playwright` package and Debian's `chromium` are present, and are skipped with a reason
otherwise.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

CHROMIUM = os.environ.get("MODERATOR_CHROMIUM", "/usr/bin/chromium")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def unavailable_reason() -> str | None:
    """Why browser tests cannot run here, or ``None`` when they can."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("the 'playwright' Python package (pip install playwright)")
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if missing:
        return "browser tests need " + " and ".join(missing)
    return None


def launch(playwright):
    """A headless Chromium from the system, never a downloaded one."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def artifacts_dir(name: str) -> Path:
    path = ARTIFACTS / name
    path.mkdir(parents=True, exist_ok=True)
    return path
