"""Reading a session's or a meeting's report from the local file, for the report window.

The window reads on a worker thread, so the chair's countdown keeps ticking while a
meeting-sized report is read; a ``ReportReader`` holds only the way to the file, and every read
is a transaction of its own. What the window shows as it is: ``ReportNotFound`` (an id the file
does not have) and ``DatabaseError`` (the file cannot be read); anything else is a surprise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from moderator.services.report.report_export import load_report
from moderator.services.report.report_tables import ReportDocument, report_document

if TYPE_CHECKING:  # the repository imports SQLAlchemy; the window is opened after the first paint
    from moderator.services.chair.session_service import SessionService
    from moderator.storage.repository import Store


class ReportReader:
    """Reports from the file of ``store`` (a ``Store``, or a function returning it, called at
    the first read)."""

    def __init__(self, store: Store | Callable[[], Store]) -> None:
        self._source = store

    @classmethod
    def of_session(cls, service: SessionService) -> ReportReader:
        """Reports from the file of the console's open session."""
        return cls(lambda: service.store)

    def document(
        self, now_ms: int, session_id: str | None = None, meeting_id: str | None = None
    ) -> ReportDocument:
        """The report of one session (``session_id``) or of a whole meeting (``meeting_id``)
        as of ``now_ms``, laid out as the window and every export show it. Raises
        ``ReportNotFound`` for an id the file does not have."""
        source = self._source
        store = source() if callable(source) else source
        report = load_report(store, now_ms, session_id=session_id, meeting_id=meeting_id)
        return report_document(report)
