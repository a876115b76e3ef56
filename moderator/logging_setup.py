"""Logging: human-readable by default, JSON lines with ``--log-json`` (tests, support).

Nothing secret is ever passed to a logger; the JSON formatter copies only the ``extra`` fields
the code adds explicitly.
"""

from __future__ import annotations

import json
import logging
import sys
import time

_STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        document = {
            "time": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                document[key] = value
        if record.exc_info:
            document["traceback"] = self.formatException(record.exc_info)
        return json.dumps(document, default=str, ensure_ascii=False)


def configure_logging(json_lines: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JsonLineFormatter())
        level = logging.INFO
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        level = logging.WARNING
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Alembic narrates every plugin and step at INFO; only its problems matter here.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.Formatter.converter = time.gmtime


def is_json_logging() -> bool:
    """Whether ``configure_logging`` set up JSON lines (tests and support read those)."""
    return any(isinstance(h.formatter, JsonLineFormatter) for h in logging.getLogger().handlers)
