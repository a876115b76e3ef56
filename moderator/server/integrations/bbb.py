"""BigBlueButton's webhooks as bbb-webhooks posts them, read into ``CallEvent``s.

bbb-webhooks (``src/out/webhooks/callback-emitter.js``) posts form-encoded ``domain``,
``event`` and ``timestamp``; ``event`` is a JSON array of mapped events (one, or several
with ``multiEvent``), each ``{"data": {"type": "event", "id": "user-joined", "attributes":
{"meeting": {...}, "user": {"internal-user-id", "external-user-id", "name", ...}}, "event":
{"ts": …}}}`` (``src/process/event.js``). A retry posts the same event again (same ``ts``).
Only ``user-joined``, ``user-raise-hand-changed`` (``raise-hand``; ``raiseHand`` from a
BigBlueButton before 2.7, whose hand bbb-webhooks reads from the emoji) and ``user-left``
matter here; a user's name is taken as the call shows it, made readable, never refused; other
events are answered as ignored, so a hook registered for every event does no harm. Raw
events (``getRaw=true``) are refused: they are BigBlueButton's internal messages.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from moderator.server.integrations.call_events import (
    EVENTS_MAX,
    KEY_MAX,
    BadCallEvent,
    CallEvent,
    CallEventKind,
    call_name,
    checked_text,
    digest_of,
)

_KINDS = {
    "user-joined": CallEventKind.JOINED,
    "user-raise-hand-changed": CallEventKind.HAND,
    "user-left": CallEventKind.LEFT,
}
FORM = "application/x-www-form-urlencoded"


def read_body(content_type: str, body: bytes) -> list[tuple[str, CallEvent | None]]:
    """The events of one callback, in order: ``(event id, CallEvent)``, or ``(event id,
    None)`` for an event that is not about hands. Raises ``BadCallEvent`` naming the first
    thing that is not as bbb-webhooks sends it (nothing of the request is then applied)."""
    if content_type.split(";")[0].strip().lower() != FORM:
        raise BadCallEvent(
            "body",
            f"expected {FORM} (domain, event, timestamp), as bbb-webhooks posts it; "
            f"got {content_type or 'no content type'}",
        )
    try:
        form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise BadCallEvent("body", "not UTF-8 text") from None
    values = form.get("event")
    if not values:
        raise BadCallEvent("event", "missing: bbb-webhooks posts domain, event and timestamp")
    if len(values) > 1:
        raise BadCallEvent("event", "given more than once")
    try:
        events = json.loads(values[0])
    except json.JSONDecodeError as error:
        raise BadCallEvent("event", f"not JSON ({error.msg} at {error.pos})") from None
    if isinstance(events, dict):
        events = [events]
    if not isinstance(events, list) or not events:
        raise BadCallEvent("event", "a JSON array of events is expected")
    if len(events) > EVENTS_MAX:
        raise BadCallEvent("event", f"{len(events)} events; at most {EVENTS_MAX} a request")
    return [_one(event, f"event[{index}]") for index, event in enumerate(events)]


def _one(event: Any, where: str) -> tuple[str, CallEvent | None]:
    data = event.get("data") if isinstance(event, dict) else None
    if not isinstance(data, dict):
        if isinstance(event, dict) and ("envelope" in event or "core" in event):
            raise BadCallEvent(
                where, "a raw BigBlueButton message: register the hook with getRaw=false"
            )
        raise BadCallEvent(f"{where}.data", "an object is required")
    name = data.get("id")
    if not isinstance(name, str) or not name:
        raise BadCallEvent(f"{where}.data.id", "the event's name is required")
    kind = _KINDS.get(name)
    if kind is None:
        return name[:64], None
    attributes = data.get("attributes")
    user = attributes.get("user") if isinstance(attributes, dict) else None
    if not isinstance(user, dict):
        raise BadCallEvent(f"{where}.data.attributes.user", "an object is required")
    at = where + ".data.attributes.user"
    user_key = checked_text(user.get("internal-user-id"), f"{at}.internal-user-id", KEY_MAX)
    external = checked_text(
        user.get("external-user-id"), f"{at}.external-user-id", KEY_MAX, required=False
    )
    person = user.get("name")
    if person is None:
        person = ""
    if not isinstance(person, str):
        raise BadCallEvent(f"{at}.name", "a string is required")
    raised = None
    if kind is CallEventKind.HAND:
        # BigBlueButton before 2.7: bbb-webhooks makes this event of the emoji "raiseHand"
        # and names the field ``raiseHand`` (``event-processor.js``).
        field = "raise-hand" if "raise-hand" in user or "raiseHand" not in user else "raiseHand"
        raised = user.get(field)
        if not isinstance(raised, bool):
            raise BadCallEvent(f"{at}.{field}", "true or false is required")
    stamp = data.get("event", {}).get("ts", 0) if isinstance(data.get("event"), dict) else 0
    if not isinstance(stamp, int) or isinstance(stamp, bool) or not 0 <= stamp <= 10**15:
        raise BadCallEvent(f"{where}.data.event.ts", "milliseconds since 1970 are expected")
    return name, CallEvent(
        kind=kind,
        user_key=user_key,
        external_id=external,
        name=call_name(person),
        raised=raised,
        at_ms=stamp,
        digest=digest_of(event),
    )
