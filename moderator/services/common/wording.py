"""The domain's marked words (labels, refusal reasons) in the console's language.

The domain marks its English text with ``QT_TRANSLATE_NOOP`` and stays Qt-free; this is where
that text meets the installed translators. A translation whose placeholders do not match the
arguments never hides the reason: the English one is shown instead.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from moderator.domain.commands import CommandRejected
from moderator.domain.translatable import LABEL, REFUSAL

#: Arguments of a refusal that are themselves marked labels ("session", "Track"), not names.
_LABEL_ARGUMENTS = frozenset({"what", "label"})


def label_text(text: str) -> str:
    """A label of the model (speech type, attendance, stakeholder group…) translated."""
    return QCoreApplication.translate(LABEL, text) if text else text


#: First strong characters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo…,
#: and their presentation forms).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(value: str) -> str:
    """A name or title put into a sentence, kept whole in its own direction.

    "نادية حداد has the floor (2)" would otherwise let the bidi algorithm carry the
    punctuation and numbers around the name into the wrong place; isolated (Unicode's first
    strong isolate), the name is laid out on its own. A value or a console in a left-to-right
    script is left as it is: nothing to protect."""
    rtl_console = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not value or not (rtl_console or _RIGHT_TO_LEFT.search(value)):
        return value
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"


def refusal_text(rejection: CommandRejected) -> str:
    """Why a command was refused, translated, its placeholders filled."""
    template = QCoreApplication.translate(REFUSAL, rejection.template)
    if not rejection.arguments:
        return template
    arguments = {
        name: (label_text(value) if name in _LABEL_ARGUMENTS else isolated(value))
        if isinstance(value, str)
        else value
        for name, value in rejection.arguments.items()
    }
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):
        return str(rejection)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, short enough to wrap a literal where it is written (the
    name is one lupdate extracts): the report's labels, the exports' headings.

    A plural is written ``%n turn(s)`` in the source; untranslated (English, or the window-less
    ``moderator report``), it reads "1 turn" and "2 turns", never "turn(s)"."""
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)


def english_plural(found: str, n: int) -> str:
    """``found`` (a text translated for the count ``n``) with an untranslated ``(s)`` read as
    English: "1 turn", "2 turns". lupdate marks a plural only in ``self.tr(text, "", n)``
    inside a class, so the services' plurals are methods of a ``QObject`` named after their
    context, which pass their result through here."""
    if n >= 0 and "(s)" in found:
        return found.replace("(s)", "" if n == 1 else "s")
    return found
