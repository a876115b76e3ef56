"""Whether a console object will wake up, read the way Qt exposes it: through its children.

The tickers (``BoundaryTicker``) and the chime (``ThresholdChime``) each own one single-shot
``QTimer``, armed for exactly the next moment that matters and stopped when nothing will
change. The tests look at that timer through Qt's object tree rather than through a property
the console itself never reads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer


def timer_armed(owner: QObject) -> bool:
    """Whether ``owner``'s one timer is scheduled to fire."""
    timers = owner.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(timers) == 1, f"{type(owner).__name__} owns {len(timers)} timers, not one"
    return timers[0].isActive()
