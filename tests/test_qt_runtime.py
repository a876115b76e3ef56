"""Facts about the Qt binding that the application relies on.

PySide6 6.12.0 released one reference to ``None`` on every ``QCoreApplication.processEvents()``
call; on Python 3.11 (where ``None`` is not immortal) the interpreter aborts after a few thousand
calls, in the middle of a meeting. pytest-qt and qasync both call ``processEvents``. The
dependency pin excludes that release; this test fails if a bad release comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEventLoop


def test_process_events_does_not_leak_references_to_none(qapp):
    for _ in range(50):  # let caches settle
        qapp.processEvents()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount went from {before} to {after}"
