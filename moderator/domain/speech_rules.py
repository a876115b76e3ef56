"""Speech types' rules: default speaking time, where a new speaker goes, limits per delegation.

Set per meeting (stored by the console as JSON); ``DEFAULT_RULES`` when a meeting has none.
The placements follow common practice in UN and parliamentary meetings:

- a **statement** and a **question or comment from the floor** join the end of the agenda
  item's list (before the rights of reply, which are taken at the end of the item);
- a **point of order** enters at the top: right after the speaker who has the floor;
- a **right of reply** joins its own queue at the very end of the agenda item, and each
  delegation (the participant's organisation) has a limited number of them per item, the
  later ones shorter (first reply 3 minutes, second 2 by default);
- an **interposed question or intervention** interrupts the current speaker, whose time is
  paused and resumes when the intervention ends.

Pure functions, no Qt, no I/O: the console's service calls them to choose a place and a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from moderator.domain.model import EntryState, SpeechType
from moderator.domain.translatable import QT_TRANSLATE_NOOP


class Placement(StrEnum):
    END_OF_ITEM = "end_of_item"  # before the replies' queue
    TOP = "top"  # right after the current speaker
    REPLY_QUEUE = "reply_queue"  # at the very end of the item
    INTERPOSED = "interposed"  # speaks now, the current speaker resumes afterwards


class SpeechRulesError(ValueError):
    """Rules that cannot be used; the message names the speech type and the field."""


@dataclass(frozen=True, slots=True)
class SpeechRule:
    default_ms: int
    placement: Placement
    #: For rights of reply: how many each delegation may take per agenda item (0: no limit),
    #: and the time of the later ones (0: the same as the first).
    limit_per_delegation: int = 0
    later_ms: int = 0


DEFAULT_RULES: dict[SpeechType, SpeechRule] = {
    SpeechType.STATEMENT: SpeechRule(3 * 60_000, Placement.END_OF_ITEM),
    SpeechType.FLOOR: SpeechRule(2 * 60_000, Placement.END_OF_ITEM),
    SpeechType.POINT_OF_ORDER: SpeechRule(60_000, Placement.TOP),
    SpeechType.RIGHT_OF_REPLY: SpeechRule(
        3 * 60_000, Placement.REPLY_QUEUE, limit_per_delegation=2, later_ms=2 * 60_000
    ),
    SpeechType.INTERVENTION: SpeechRule(60_000, Placement.INTERPOSED),
}

MAX_SPEECH_MS = 4 * 3_600_000
#: The meeting's Q&A reserve in the stored JSON, beside the speech types.
QA_RESERVE_KEY = "qa_reserve_ms"


@dataclass(frozen=True, slots=True)
class SpeechRules:
    rules: dict[SpeechType, SpeechRule] = field(default_factory=lambda: dict(DEFAULT_RULES))
    #: Kept free of speeches at the end of a scheduled talk for questions: an imported talk's
    #: speakers share its slot less this (a 40-minute slot with 10 reserved gives 30).
    qa_reserve_ms: int = 0

    def __getitem__(self, speech_type: SpeechType) -> SpeechRule:
        return self.rules.get(speech_type, DEFAULT_RULES[speech_type])

    def with_rule(self, speech_type: SpeechType, **changes: Any) -> SpeechRules:
        rules = dict(self.rules)
        rules[speech_type] = _checked(speech_type, replace(self[speech_type], **changes))
        return SpeechRules(rules, self.qa_reserve_ms)

    def with_qa_reserve(self, reserve_ms: int) -> SpeechRules:
        if not 0 <= reserve_ms <= MAX_SPEECH_MS or reserve_ms % 1000:
            raise SpeechRulesError(
                f"qa_reserve_ms must be whole seconds between 0 and 4 hours ({reserve_ms})"
            )
        return SpeechRules(dict(self.rules), reserve_ms)

    def to_json(self) -> str:
        document: dict[str, Any] = {
            kind.value: {
                "default_ms": rule.default_ms,
                "placement": rule.placement.value,
                "limit_per_delegation": rule.limit_per_delegation,
                "later_ms": rule.later_ms,
            }
            for kind, rule in self.rules.items()
        }
        if self.qa_reserve_ms:  # absent when 0: rows written before the setting read alike
            document[QA_RESERVE_KEY] = self.qa_reserve_ms
        return json.dumps(document, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SpeechRules:
        """Rules from stored JSON; unknown speech types are refused by name, missing ones take
        the defaults."""
        try:
            document = json.loads(text)
        except ValueError as error:
            raise SpeechRulesError(f"speech rules are not JSON: {error}") from None
        if not isinstance(document, dict):
            raise SpeechRulesError("speech rules must be an object keyed by speech type")
        rules = dict(DEFAULT_RULES)
        reserve = _int(document.pop(QA_RESERVE_KEY, 0), "meeting", QA_RESERVE_KEY)
        for name, values in document.items():
            try:
                kind = SpeechType(name)
            except ValueError:
                raise SpeechRulesError(f"unknown speech type {name!r}") from None
            if not isinstance(values, dict):
                raise SpeechRulesError(f"{name}: the rule must be an object")
            base = DEFAULT_RULES[kind]
            try:
                rule = SpeechRule(
                    default_ms=_int(values.get("default_ms", base.default_ms), name, "default_ms"),
                    placement=Placement(values.get("placement", base.placement.value)),
                    limit_per_delegation=_int(
                        values.get("limit_per_delegation", base.limit_per_delegation),
                        name,
                        "limit_per_delegation",
                    ),
                    later_ms=_int(values.get("later_ms", base.later_ms), name, "later_ms"),
                )
            except ValueError as error:
                if isinstance(error, SpeechRulesError):
                    raise
                raise SpeechRulesError(f"{name}: unknown placement") from None
            rules[kind] = _checked(kind, rule)
        return cls(rules).with_qa_reserve(reserve)


def _int(value: Any, kind: str, name: str) -> int:
    if type(value) is not int:
        raise SpeechRulesError(f"{kind}: {name} must be a whole number, got {value!r}")
    return value


def _checked(kind: SpeechType, rule: SpeechRule) -> SpeechRule:
    for name in ("default_ms", "later_ms"):
        value = getattr(rule, name)
        if not 0 <= value <= MAX_SPEECH_MS or value % 1000:
            raise SpeechRulesError(
                f"{kind.value}: {name} must be whole seconds between 0 and 4 hours ({value})"
            )
    if not 0 <= rule.limit_per_delegation <= 99:
        raise SpeechRulesError(f"{kind.value}: limit_per_delegation must be 0 to 99")
    return rule


# --- where and how long -----------------------------------------------------------------------


def delegation_of(participant: Any) -> str:
    """Who a limit counts against: the organisation or delegation, else the person."""
    return (participant.organisation or "").strip().casefold() or f"person:{participant.id}"


def replies_taken(state: Any, agenda_item_id: str, participant_id: str) -> int:
    """Rights of reply the participant's delegation already has on this item's list."""
    delegation = delegation_of(state.participants[participant_id])
    return sum(
        1
        for entry in state.entries_of(agenda_item_id)
        if entry.speech_type is SpeechType.RIGHT_OF_REPLY
        and entry.state is not EntryState.REMOVED
        and delegation_of(state.participants[entry.participant_id]) == delegation
    )


def refusal(
    state: Any,
    rules: SpeechRules,
    speech_type: SpeechType,
    agenda_item_id: str,
    participant_id: str,
) -> str | None:
    """Why this speaker may not be added with this speech type (a limit), or ``None``."""
    reason = refusal_reason(state, rules, speech_type, agenda_item_id, participant_id)
    return None if reason is None else reason[0].format(**reason[1])


def refusal_reason(
    state: Any,
    rules: SpeechRules,
    speech_type: SpeechType,
    agenda_item_id: str,
    participant_id: str,
) -> tuple[str, dict[str, object]] | None:
    """``refusal`` as a template marked for translation and its arguments, for the console
    to say in the chair's language."""
    rule = rules[speech_type]
    if rule.limit_per_delegation and speech_type is SpeechType.RIGHT_OF_REPLY:
        taken = replies_taken(state, agenda_item_id, participant_id)
        if taken >= rule.limit_per_delegation:
            limit = rule.limit_per_delegation
            organisation = state.participants[participant_id].organisation
            if not organisation:
                template = QT_TRANSLATE_NOOP(
                    "Refusal",
                    "This delegation has used its {limit} rights of reply on this agenda item",
                )
                return template, {"limit": limit}
            template = QT_TRANSLATE_NOOP(
                "Refusal", "{who} has used its {limit} rights of reply on this agenda item"
            )
            return template, {"who": organisation, "limit": limit}
    return None


def default_time(
    state: Any,
    rules: SpeechRules,
    speech_type: SpeechType,
    agenda_item_id: str,
    participant_id: str,
) -> int:
    """The speaking time a new speaker of this type gets (a later reply may be shorter)."""
    rule = rules[speech_type]
    if (
        speech_type is SpeechType.RIGHT_OF_REPLY
        and rule.later_ms
        and replies_taken(state, agenda_item_id, participant_id) >= 1
    ):
        return rule.later_ms
    return rule.default_ms
