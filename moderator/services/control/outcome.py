"""What became of an action a control surface asked for, and the nearest names to a wrong one."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    DONE = "done"  # the action ran, as its key would have run it
    OPENED = "opened"  # it opened a dialog on the console, which waits for the chair
    REFUSED = "refused"  # the console refused it (nobody waiting, no speaker selected…)
    DISABLED = "disabled"  # the action cannot run now (a dialog waits for an answer…)


@dataclass(frozen=True, slots=True)
class ActionResult:
    action: str
    outcome: Outcome
    reason: str = ""

    def as_json(self) -> dict[str, str]:
        body = {"action": self.action, "outcome": self.outcome.value}
        if self.reason:
            body["reason"] = self.reason
        return body


def nearest_names(name: str, names: list[str], limit: int = 3) -> list[str]:
    """The action names a mistyped ``name`` most likely meant (``nxt`` → ``next_speaker``)."""
    wanted = name.strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(wanted, names, n=limit, cutoff=0.5)
    containing = [n for n in names if wanted and (wanted in n or n in wanted)]
    ordered = list(dict.fromkeys([*close, *containing]))
    if not ordered:
        ordered = difflib.get_close_matches(wanted, names, n=limit, cutoff=0.0)
    return ordered[:limit]
