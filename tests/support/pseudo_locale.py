"""A pseudo-locale: a translator that wraps every text it is asked for in ⟦ ⟧ and lengthens it,
so a test can see which visible strings never went through translation (no markers) and how
the layouts take a translation a third longer than the English.

``untranslated(texts, data)`` is what a tester would mark on a screenshot: the words left
outside the markers once the meeting's own data (names, titles) and numbers are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "⟦", "⟧"
#: Two letters in a row outside the markers: a word the translator never saw.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: What a translation may add to the English: a third more, as many languages need.
_PADDING = "·"


class PseudoTranslator(QTranslator):
    """Every text translated, visibly: ``⟦Next speaker··⟧``. ``asked`` keeps what it was asked
    for, to check that lupdate extracted it too (a string translated at run time but never
    extracted stays English in every real language)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        self.asked.add((context, source))
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"{OPEN}{text}{_PADDING * (len(source) // 3)}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def outside_markers(text: str) -> str:
    """``text`` without what stands between ⟦ and ⟧ (nested ones too)."""
    depth = 0
    kept = []
    for character in text:
        if character == OPEN:
            depth += 1
        elif character == CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(character)
    return "".join(kept)


def untranslated(text: str, data: Iterable[str]) -> list[str]:
    """The words of ``text`` that went through no translator, the meeting's data aside."""
    rest = re.sub(r"<[^>]+>", " ", outside_markers(text))  # rich text's tags are not words
    for value in sorted((d for d in data if d), key=len, reverse=True):
        rest = rest.replace(value, " ")
    return _WORD.findall(rest)
