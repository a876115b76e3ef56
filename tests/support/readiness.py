"""Reading a readiness report by check, and choosing sessions in the offline download dialog.

A report is a tuple of items in the order the chair reads them; tests ask for one check by its
key. Choosing sessions is what the technical assistant does with the check boxes, so the
helper ticks the list's own items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.services.readiness.check import ReadinessItem, ReadinessReport

if TYPE_CHECKING:  # the report's unit tests need no Qt
    from moderator.ui.readiness.readiness_dialog import OfflineDownloadDialog


def item_of(report: ReadinessReport, key: str) -> ReadinessItem:
    """The item of the check ``key`` (``StopIteration`` when the report has none)."""
    return next(i for i in report.items if i.key == key)


def keys_of(report: ReadinessReport) -> list[str]:
    """The checks of ``report``, in order."""
    return [i.key for i in report.items]


def tick_only(dialog: OfflineDownloadDialog, session_ids: list[str]) -> None:
    """Tick exactly these sessions' check boxes and untick the others."""
    from PySide6.QtCore import Qt

    wanted = set(session_ids)
    for row in range(dialog.sessions.count()):
        item = dialog.sessions.item(row)
        checked = item.data(Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
