"""ZoomOSC's messages about a call's users, as the bridge forwards them, read into
``CallEvent``s (the server's side of ``moderator-server bridge zoomosc``).

A Zoom user is known by their Zoom id (ZoomOSC's ``zoomID``, the fourth argument of its
user messages) and named by their Zoom name: the participant of that name on the roster, or
a remote walk-in by name kept for the session. ``online`` introduces a user, ``handRaised``
and ``handLowered`` raise and lower their hand, ``offline`` lowers a hand raised in Zoom.
"""

from __future__ import annotations

from moderator.server.integrations.call_events import CallEvent, CallEventKind, call_name
from moderator.server.schemas import ZoomOscEventIn

_KINDS = {
    "online": CallEventKind.JOINED,
    "hand_raised": CallEventKind.HAND,
    "hand_lowered": CallEventKind.HAND,
    "offline": CallEventKind.LEFT,
}


def zoomosc_event(event: ZoomOscEventIn) -> CallEvent:
    return CallEvent(
        kind=_KINDS[event.kind],
        user_key=str(event.zoom_id),
        name=call_name(event.user_name),
        raised=event.kind == "hand_raised" if event.kind.startswith("hand_") else None,
        at_ms=event.at_ms,
        digest=f"zoomosc:{event.id}",
    )
