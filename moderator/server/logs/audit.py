"""The audit log: who changed what, and who was refused.

One line on the ``moderator.server.logs.audit`` logger per mutation the server accepted or rejected
(``mutation``: each mutation of a push batch; ``change``: a hand raised or lowered, a meeting
uploaded), one per refused request (``refused``: every 4xx answer) and one per request that
failed (``failed``: a 5xx). Each line names the caller by its token id (the row's id, never
the secret), its role, the operation, the session when there is one, and the outcome:
``applied``, ``noop``, ``rejected``, ``duplicate`` (a retry of a mutation already answered)
or the error code of the refusal.

What never goes in: the token, the path's raw text, payload values (names, gender, free
text), error messages (they quote what was sent). Operations are the mutation names the
protocol knows or the route's template; a session id only when it follows the id rule, so a
line carries nothing a caller typed beyond an id.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from moderator.domain.commands import COMMAND_TYPES
from moderator.server.input_rules import is_id
from moderator.server.tokens.auth import Principal

log = logging.getLogger("moderator.server.audit")

#: The operation of a mutation whose name the protocol does not know (the name is free text).
UNKNOWN_MUTATION = "unknown_mutation"
#: The operation of a request that matched no route (its path is whatever was sent).
NO_ROUTE = "(no route)"
_PLAIN_PATH = re.compile(r"(/[A-Za-z0-9_.-]{1,64}){1,8}/?|/")
APPLIED, NOOP, REJECTED, DUPLICATE = "applied", "noop", "rejected", "duplicate"

# What an endpoint leaves in the request's state for the request's audit line.
#: The caller, once its token is accepted.
PRINCIPAL = "audit_principal"
#: The outcome of a change (``applied`` when not set); ``None``: the endpoint wrote the lines.
OUTCOME = "audit_outcome"


def note_caller(state: Any, principal: Principal) -> None:
    """Name the caller on the request's lines (``state``: the request's ``request.state``)."""
    setattr(state, PRINCIPAL, principal)


def note_outcome(state: Any, outcome: str | None) -> None:
    """The outcome of the change the request made; ``None`` when the endpoint logged it."""
    setattr(state, OUTCOME, outcome)


def caller_fields(principal: Principal | None) -> dict[str, Any]:
    """The caller as log fields: its token id and role, or nulls when no token was accepted."""
    if principal is None:
        return {"token_id": None, "role": None}
    return {"token_id": principal.token_id, "role": principal.role.value}


def safe_id(value: Any) -> str | None:
    """``value`` if it is an id by the protocol's rule, else ``None`` (never logged)."""
    return value if isinstance(value, str) and is_id(value) else None


def route_of(route: Any, path: Any) -> str:
    """The route's template (``/api/v1/sessions/{session_id}/hands``); before routing (a body
    refused as too large) or without a match, the path itself if it is made of ids only."""
    template = getattr(route, "path", None)
    if isinstance(template, str):
        return template
    if isinstance(path, str) and _PLAIN_PATH.fullmatch(path):
        return path
    return NO_ROUTE


def mutation_operation(name: Any) -> str:
    return name if isinstance(name, str) and name in COMMAND_TYPES else UNKNOWN_MUTATION


def mutations(
    principal: Principal,
    pushed: Sequence[tuple[str, dict[str, Any]]],
    outcomes: Iterable[tuple[int, str]],
) -> None:
    """One line per answered mutation of a push batch, written after its commit.

    ``pushed`` are the batch's ``(name, args)`` in order; ``outcomes`` the ``(id, outcome)``
    of those answered (a batch refused part-way answers only the ones before it)."""
    for (name, args), (mutation_id, outcome) in zip(pushed, outcomes, strict=False):
        log.info(
            "mutation",
            extra={
                **caller_fields(principal),
                "operation": mutation_operation(name),
                "session": safe_id(args.get("session_id")),
                "mutation_id": mutation_id,
                "outcome": outcome,
            },
        )


def request(
    principal: Principal | None,
    operation: str,
    path_ids: dict[str, Any],
    status: int,
    outcome: str,
) -> None:
    """One line for a request answered as a whole: a refusal (``outcome`` is the error code)
    or a change made outside a push (a hand, an upload). ``path_ids``: the route's path
    parameters (its meeting and session)."""
    log.info(
        "failed" if status >= 500 else "refused" if status >= 400 else "change",
        extra={
            **caller_fields(principal),
            "operation": operation,
            "meeting": safe_id(path_ids.get("meeting_id")),
            "session": safe_id(path_ids.get("session_id")),
            "status": status,
            "outcome": outcome,
        },
    )
