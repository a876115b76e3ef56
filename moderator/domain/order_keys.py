"""Sortable order keys for lists that several consoles reorder ("fractional indexing").

A list's order is the lexicographic order of its keys. Moving one entry rewrites that entry's key
only (a key strictly between its new neighbours), so two consoles that reorder different entries
offline do not conflict, and a move never renumbers the whole list. After D. Greenspan,
"Implementing Fractional Indexing" (2020), without the integer-part refinement.

Keys use the 62 characters ``0-9A-Za-z`` (ASCII order equals their order) and never end in "0",
which guarantees there is always room between two keys.
"""

from __future__ import annotations

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(DIGITS)
_INDEX = {c: i for i, c in enumerate(DIGITS)}


def is_valid_key(key: str) -> bool:
    return bool(key) and not key.endswith("0") and all(c in _INDEX for c in key)


def key_between(before: str | None, after: str | None) -> str:
    """A key that sorts strictly after ``before`` and strictly before ``after``.

    ``None`` stands for the start or the end of the list.
    """
    if before is not None and after is not None and not before < after:
        raise ValueError(f"order keys out of order: {before!r} >= {after!r}")
    for key in (before, after):
        if key is not None and not is_valid_key(key):
            raise ValueError(f"not a valid order key: {key!r}")
    return _midpoint(before or "", after)


def _midpoint(low: str, high: str | None) -> str:
    if high is not None:
        # Skip the common prefix (padding ``low`` with the smallest digit).
        n = 0
        while n < len(high) and (low[n] if n < len(low) else "0") == high[n]:
            n += 1
        if n:
            return high[:n] + _midpoint(low[n:], high[n:])
    low_digit = _INDEX[low[0]] if low else 0
    high_digit = _INDEX[high[0]] if high is not None else _BASE
    if high_digit - low_digit > 1:
        return DIGITS[(low_digit + high_digit) // 2]
    # Adjacent first digits: the answer starts with low's first digit.
    if high is not None and len(high) > 1:
        return high[0]
    return DIGITS[low_digit] + _midpoint(low[1:], None)


def evenly_spaced_keys(count: int) -> list[str]:
    """``count`` increasing keys of equal length, spread out so that later inserts stay short.

    Used when a whole list is created at once (demo data, imports) instead of appending one by
    one, which would make keys grow by a character every few entries.
    """
    if count <= 0:
        return []
    length = 1
    while _BASE**length <= count * 2:
        length += 1
    span = _BASE**length
    step = span // (count + 1)
    keys = []
    for i in range(1, count + 1):
        keys.append(_encode(i * step, length))
    return keys


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, digit = divmod(value, _BASE)
        chars.append(DIGITS[digit])
    key = "".join(reversed(chars)).rstrip("0")
    return key
