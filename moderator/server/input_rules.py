"""What the server accepts as an id and as text, checked before anything reaches the database.

An id (``^[A-Za-z0-9_-]{1,64}$``, ``docs/protocol.md``) ends up in primary keys, feed rows and
log lines: an empty one, a path (``../../etc``), 5,000 characters or a NUL would either be
stored for every console to choke on or fail in the database (PostgreSQL refuses NUL and
strings over a column's length) with a server error that a console retries forever. Text may
hold anything a person types except NUL and lone surrogates, which no database stores.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from moderator.domain.commands import COMMAND_TYPES

ID_MAX = 64
ID_PATTERN = r"^[A-Za-z0-9_-]+$"
_ID = re.compile(rf"[A-Za-z0-9_-]{{1,{ID_MAX}}}")
ID_RULE = f"1 to {ID_MAX} letters, digits, '-' or '_'"


def is_id(value: str) -> bool:
    return _ID.fullmatch(value) is not None


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored as text (``None``: it can)."""
    if "\x00" in value:
        return "NUL characters are not allowed"
    for character in value:
        if "\ud800" <= character <= "\udfff":
            return "lone surrogate characters are not allowed (not valid Unicode)"
    return None


def check_text(value: str) -> str:
    """A Pydantic validator: the value, or ``ValueError`` saying what is wrong."""
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def mutation_problem(name: str, args: dict[str, Any]) -> tuple[str, str] | None:
    """The first argument of a mutation the server refuses outright, as ``(field, why)``
    (``field`` relative to the mutation: ``name`` or ``args.<key>``); ``None`` if none.

    Ids are the arguments named ``…_id``; an optional one (default ``""``: "none") may be
    empty. Every string anywhere in the arguments is checked as text."""
    problem = text_problem(name)
    if problem is not None:
        return "name", problem
    optional = _optional_ids(name)
    for key, value in args.items():
        if not isinstance(key, str) or text_problem(key) is not None:
            return "args", "argument names must be plain text"
        problem = _text_problem_in(value)
        if problem is not None:
            return f"args.{key}", problem
        if key.endswith("_id") and isinstance(value, str):
            if value == "" and key in optional:
                continue
            if not is_id(value):
                return f"args.{key}", f"an id is {ID_RULE}"
    return None


def text_problem_at(value: Any, path: str) -> tuple[str, str] | None:
    """The first string in a JSON value (keys included) that cannot be stored as text, as
    ``(field, why)`` with its dotted path from ``path``; ``None`` if there is none."""
    if isinstance(value, str):
        problem = text_problem(value)
        return (path, problem) if problem is not None else None
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            problem = text_problem(key) if isinstance(key, str) else None
            if problem is not None:
                return where, problem
            found = text_problem_at(item, where)
            if found is not None:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = text_problem_at(item, f"{path}.{index}" if path else str(index))
            if found is not None:
                return found
    return None


def _text_problem_in(value: Any) -> str | None:
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, dict):
        for key, item in value.items():
            problem = _text_problem_in(key) or _text_problem_in(item)
            if problem is not None:
                return problem
    if isinstance(value, list):
        for item in value:
            problem = _text_problem_in(item)
            if problem is not None:
                return problem
    return None


def _optional_ids(name: str) -> frozenset[str]:
    command = COMMAND_TYPES.get(name)
    if command is None:
        return frozenset()
    return frozenset(
        field.name
        for field in dataclasses.fields(command)
        if field.name.endswith("_id") and field.default == ""
    )
