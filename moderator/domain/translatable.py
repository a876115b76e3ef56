"""Marks the domain's words for translation without importing Qt.

The domain has no Qt, yet its refusal reasons and labels reach the chair in six languages. Its
English text is marked with ``QT_TRANSLATE_NOOP(context, text)``, which returns the text
unchanged; ``pyside6-lupdate`` extracts every call of that name by its literal arguments, and
the services translate the marked text in the same context (``services.common.wording``).
"""

from __future__ import annotations

#: The context of a refusal reason (``CommandRejected``) in the translation files.
REFUSAL = "Refusal"
#: The context of a label of the model (speech type, attendance, stakeholder group…).
LABEL = "Label"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """``text`` as is: the call only marks it for extraction into ``context``."""
    return text
