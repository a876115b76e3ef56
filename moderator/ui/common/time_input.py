"""Asking the chair for a time: "2:30", "2", "90s" (minutes unless marked), parsed strictly."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from moderator.ui.common.formatting import minutes_seconds

_PATTERN = re.compile(r"^\s*(?:(\d{1,3}):([0-5]\d)|(\d{1,4})\s*(s|sec|m|min)?)\s*$", re.IGNORECASE)
MAX_MS = 24 * 3_600_000


def parse_time(text: str) -> int | None:
    """Milliseconds for "m:ss", "m", "Ns" or "Nm"; ``None`` when the text is not a time."""
    match = _PATTERN.match(text)
    if match is None:
        return None
    minutes, seconds, amount, unit = match.groups()
    if minutes is not None:
        value = int(minutes) * 60_000 + int(seconds) * 1000
    elif unit and unit.lower().startswith("s"):
        value = int(amount) * 1000
    else:
        value = int(amount) * 60_000
    return value if value <= MAX_MS else None


def ask_remaining_time(parent: QWidget, current_ms: int) -> int | None:
    """A small dialog, prefilled with the current remaining time; ``None`` when cancelled.
    Asks again, naming the problem, until the text is a time."""
    text = minutes_seconds(current_ms)
    label = QCoreApplication.translate("TimeInput", "Remaining time (m:ss, or minutes):")
    while True:
        text, accepted = QInputDialog.getText(
            parent, QCoreApplication.translate("TimeInput", "Set the time"), label, text=text
        )
        if not accepted:
            return None
        value = parse_time(text)
        if value is not None:
            return value
        label = QCoreApplication.translate(
            "TimeInput", "“{text}” is not a time. Type m:ss (2:30) or minutes (3):"
        ).format(text=text)
