"""What a video call tells about its users, whatever the call: someone joined, raised or
lowered their hand, left. BigBlueButton's webhooks (``bbb``) and the ZoomOSC bridge
(``zoomosc``) are read into these; ``video_hands`` applies them to a session."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from moderator.server.input_rules import text_problem

#: The longest user key a call may send (a longer one is refused), and the longest name the
#: roster keeps (a longer name is cut to it).
KEY_MAX = 200
NAME_MAX = 300
#: Marks that reorder the text around them: a name holding one could show "evil" as "live".
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
#: The most events one request may carry (bbb-webhooks' ``multiEvent`` batches a queue).
EVENTS_MAX = 200


class CallEventKind(StrEnum):
    JOINED = "joined"
    HAND = "hand"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class CallEvent:
    """One event of a call about one user.

    ``user_key``: the call's own id of the user (BigBlueButton's internal user id, a Zoom
    id); ``external_id``: the id the join link gave them (a participant id when it names
    one), ``""`` when none; ``name``: as the call shows it, ``""`` when the event has none;
    ``raised``: for a hand event; ``at_ms``: the call's time of the event (0 when not
    given); ``digest``: the event as delivered, so a retry is known."""

    kind: CallEventKind
    user_key: str
    external_id: str = ""
    name: str = ""
    raised: bool | None = None
    at_ms: int = 0
    digest: str = ""


class BadCallEvent(ValueError):
    """A request whose body is not what the call sends; ``field`` names where."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = f"{field}: {message}"


def digest_of(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def checked_text(value: Any, field: str, longest: int, required: bool = True) -> str:
    """A string field of an event: refused by name when missing, not a string, too long, or
    holding what no database stores."""
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise BadCallEvent(field, "a non-empty string is required")
    if len(value) > longest:
        raise BadCallEvent(field, f"{len(value)} characters long; at most {longest}")
    if (problem := text_problem(value)) is not None:
        raise BadCallEvent(field, problem)
    return value.strip()


def call_name(value: str) -> str:
    """A user's name as the call shows it, made one readable line the roster keeps: control
    characters (line breaks, bells, escapes, NUL) become a space, direction overrides go,
    white space runs become one space, a lone surrogate becomes U+FFFD, and a name longer
    than ``NAME_MAX`` is cut. Never refused: the name is what the user typed into the call,
    and refusing it would lose their hand (and, for bbb-webhooks, every later event)."""
    kept = []
    for character in value:
        if character in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(character)
        if category == "Cc":
            kept.append(" ")
        elif category == "Cs":
            kept.append("\ufffd")
        else:
            kept.append(character)
    return " ".join("".join(kept).split())[:NAME_MAX].rstrip()
