"""bbb-webhooks' own events and the body it posts them in, for the tests and the bench.

``tests/data/bbb_webhooks_mapped_events.json`` holds the ``meeting-created``,
``user-joined``, ``user-raise-hand-changed`` and ``user-left`` lines of bbb-webhooks'
``example/events/mapped-events.json`` (bigbluebutton/bbb-webhooks, commit a001f1d), as it
maps BigBlueButton's messages (``src/process/event.js``). ``form_body`` encodes them as
``src/out/webhooks/callback-emitter.js`` does: ``URLSearchParams({domain, event: "[" +
JSON.stringify(event) + "]", timestamp})``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

EVENTS_FILE = Path(__file__).parents[1] / "data" / "bbb_webhooks_mapped_events.json"
#: What node-fetch sends for a URLSearchParams body.
CONTENT_TYPE = "application/x-www-form-urlencoded;charset=UTF-8"


def mapped_events() -> list[dict[str, Any]]:
    return json.loads(EVENTS_FILE.read_text(encoding="utf-8"))


def event(kind: str, nth: int = 0, /, **user: Any) -> dict[str, Any]:
    """The ``nth`` example event of ``kind`` (``user-joined``), its user's fields changed by
    ``user`` (``external_user_id="p1"`` sets ``external-user-id``; ``None`` removes one)."""
    found = [e for e in mapped_events() if e["data"]["id"] == kind][nth]
    changed = copy.deepcopy(found)
    for key, value in user.items():
        fields = changed["data"]["attributes"]["user"]
        if value is None:
            fields.pop(key.replace("_", "-"), None)
        else:
            fields[key.replace("_", "-")] = value
    return changed


def form_body(*events: dict[str, Any], timestamp: int = 1708381150000) -> str:
    """One callback's body, as bbb-webhooks posts it (several events: its ``multiEvent``)."""
    text = ",".join(json.dumps(e, separators=(",", ":"), ensure_ascii=False) for e in events)
    return urlencode({"domain": "bbb.example.org", "event": f"[{text}]", "timestamp": timestamp})


def post(client: Any, session_id: str, *events: dict[str, Any]) -> Any:
    return client.post(
        f"/api/v1/integrations/bbb/{session_id}",
        content=form_body(*events),
        headers={"Content-Type": CONTENT_TYPE},
    )
