"""Logging: human-readable by default, JSON lines with ``--log-json`` (tests, support).

Nothing secret is ever passed to a logger; both formatters copy only the ``extra`` fields the
code adds explicitly: JSON lines as fields, plain lines as ``key=value`` after the message, so
an operator reading the terminal sees what a log collector sees.
"""

from __future__ import annotations

import json
import logging
import sys
import time

# ``color_message``: uvicorn's copy of its message with terminal colours.
_STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "color_message",
}


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        document = {
            "time": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        document.update(_extra_fields(record))
        if record.exc_info:
            document["traceback"] = self.formatException(record.exc_info)
        return json.dumps(document, default=str, ensure_ascii=False)


def _extra_fields(record: logging.LogRecord) -> dict[str, object]:
    return {
        key: value
        for key, value in vars(record).items()
        if key not in _STANDARD_ATTRIBUTES and not key.startswith("_")
    }


def _plain_value(value: object) -> str:
    """A field's value on one line: bare when it is one plain word, else quoted with its
    control characters escaped (a path may hold a decoded newline that would forge a line)."""
    if value is None:
        return "-"
    text = value if isinstance(value, str) else str(value)
    if text and all(c.isprintable() and not c.isspace() and c not in '"=' for c in text):
        return text
    return json.dumps(text, ensure_ascii=False)


class PlainLineFormatter(logging.Formatter):
    """``time LEVEL logger: message key=value …``: readable, with the same fields as the JSON
    lines."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = " ".join(
            f"{key}={_plain_value(value)}" for key, value in _extra_fields(record).items()
        )
        if not fields:
            return line
        head, newline, rest = line.partition("\n")  # a traceback goes after the fields
        return f"{head} {fields}{newline}{rest}"


def configure_logging(json_lines: bool, plain_level: int = logging.WARNING) -> None:
    """JSON lines at INFO, or plain lines from ``plain_level`` (the console keeps its terminal
    quiet; the server says where it listens and who did what)."""
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JsonLineFormatter())
        level = logging.INFO
    else:
        handler.setFormatter(PlainLineFormatter())
        level = plain_level
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Alembic narrates every plugin and step at INFO; only its problems matter here.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.Formatter.converter = time.gmtime


def is_json_logging() -> bool:
    """Whether ``configure_logging`` set up JSON lines (tests and support read those)."""
    return any(isinstance(h.formatter, JsonLineFormatter) for h in logging.getLogger().handlers)
