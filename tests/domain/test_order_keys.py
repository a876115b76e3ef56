"""Order keys: inserting anywhere keeps a list sorted with valid keys; bulk keys stay short."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderator.domain.order_keys import (
    DIGITS,
    evenly_spaced_keys,
    is_valid_key,
    key_between,
)

# A valid key: digits of the 62-character alphabet, not ending in "0".
valid_keys = (
    st.text(alphabet=DIGITS, min_size=1, max_size=12).map(lambda s: s.rstrip("0")).filter(bool)
)


def _assert_strictly_sorted_and_valid(keys: list[str]) -> None:
    assert all(is_valid_key(k) for k in keys), [k for k in keys if not is_valid_key(k)]
    for left, right in itertools.pairwise(keys):
        assert left < right, (left, right)


def test_the_alphabet_is_in_ascii_order():
    assert list(DIGITS) == sorted(DIGITS)
    assert len(set(DIGITS)) == 62


# Where each of the 500 inserts goes. Uniform positions alone rarely hit the hard cases, so
# also always-at-the-front, always-at-the-end and hammering one gap (key length grows there).
_PATTERNS = {
    "uniform": lambda rng, n: rng.randint(0, n),
    "front": lambda rng, n: 0,
    "end": lambda rng, n: n,
    "after_first": lambda rng, n: min(1, n),
    "before_last": lambda rng, n: max(0, n - 1),
    "middle": lambda rng, n: n // 2,
    "hot_spot": lambda rng, n: min(n, max(0, n // 3 + rng.randint(-2, 2))),
    "edges": lambda rng, n: rng.choice([0, n]),
}


@given(pattern=st.sampled_from(sorted(_PATTERNS)), seed=st.integers(0, 2**32 - 1))
def test_500_inserts_keep_the_list_strictly_sorted(pattern, seed):
    rng = random.Random(seed)
    choose = _PATTERNS[pattern]
    keys: list[str] = []
    for _ in range(500):
        index = choose(rng, len(keys))
        before = keys[index - 1] if index > 0 else None
        after = keys[index] if index < len(keys) else None
        key = key_between(before, after)
        assert is_valid_key(key), key
        if before is not None:
            assert before < key, (before, key, after)
        if after is not None:
            assert key < after, (before, key, after)
        keys.insert(index, key)
    _assert_strictly_sorted_and_valid(keys)
    assert len(set(keys)) == 500


@given(a=valid_keys, b=valid_keys)
def test_key_between_any_two_valid_keys_is_strictly_between(a, b):
    if a == b:
        with pytest.raises(ValueError):
            key_between(a, b)
        return
    low, high = sorted((a, b))
    key = key_between(low, high)
    assert is_valid_key(key)
    assert low < key < high
    with pytest.raises(ValueError):
        key_between(high, low)


@given(a=valid_keys)
def test_key_before_or_after_any_valid_key(a):
    after = key_between(a, None)
    before = key_between(None, a)
    assert is_valid_key(after) and is_valid_key(before)
    assert before < a < after


def test_first_key_of_an_empty_list_is_valid():
    assert is_valid_key(key_between(None, None))


@given(count=st.integers(1, 10_000))
def test_evenly_spaced_keys_are_sorted_valid_unique_and_short(count):
    keys = evenly_spaced_keys(count)
    assert len(keys) == count
    _assert_strictly_sorted_and_valid(keys)
    assert len(set(keys)) == count
    assert max(len(k) for k in keys) <= 3


@given(count=st.integers(1, 2_000), data=st.data())
def test_inserting_next_to_evenly_spaced_keys_stays_short(count, data):
    """The point of spacing keys out: a later insert adds at most one character."""
    keys = evenly_spaced_keys(count)
    index = data.draw(st.integers(0, count), label="insert position")
    before = keys[index - 1] if index > 0 else None
    after = keys[index] if index < count else None
    key = key_between(before, after)
    neighbours = [k for k in (before, after) if k is not None]
    assert len(key) <= max(len(k) for k in neighbours) + 1


@pytest.mark.parametrize("count", [0, -1, -100])
def test_evenly_spaced_keys_for_no_entries_is_empty(count):
    assert evenly_spaced_keys(count) == []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("b", "a"),  # out of order
        ("a", "a"),  # equal: nothing strictly between
        ("", None),  # empty key
        (None, ""),
        ("a0", None),  # ends in "0": no room guaranteed
        (None, "V0"),
        ("0", "1"),
        ("a-b", None),  # not in the alphabet
        (None, "ä"),
        ("a b", "z"),
    ],
)
def test_bad_keys_are_refused_with_value_error(before, after):
    with pytest.raises(ValueError):
        key_between(before, after)


@pytest.mark.parametrize(
    ("key", "valid"),
    [
        ("V", True),
        ("0V", True),
        ("zzz", True),
        ("", False),
        ("V0", False),
        ("0", False),
        ("a_b", False),
        ("é", False),
    ],
)
def test_is_valid_key(key, valid):
    assert is_valid_key(key) is valid
