"""Open session (Ctrl+O): every session of the database, by day, picked with the keyboard.

A chair switching rooms between sittings wants the next session in two keystrokes, not a
restart with ``--session``. The list is grouped by day in each meeting's own time zone, today
first (highlighted), then the days ahead, then the past ones, most recent first; each row shows
the time, the title, the meeting, the room, and whether the session is followed on a backend.
Typing filters (every word must appear: title, meeting, room, day), ↑/↓ move between sessions
(the day headings are skipped), Enter opens. The dialog only picks: the console opens the
session (``sig_open``), so its window, services and sync are replaced as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.services.agenda.session_directory import SessionListing
from moderator.ui.common.formatting import meeting_zone

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TODAY_COLOUR = "#0d47a1"


def _local(epoch_ms: int, zone_name: str) -> datetime:
    return datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(meeting_zone(zone_name))


def day_order(day: date, today: date) -> tuple[int, int]:
    """Today first, then the days ahead (soonest first), then past days (latest first)."""
    if day == today:
        return (0, 0)
    if day > today:
        return (1, day.toordinal())
    return (2, -day.toordinal())


def day_heading(day: date, today: date) -> str:
    """``Today — Tuesday 8 December 2026``, the day's names in the console's language."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
    if day == today:
        return QCoreApplication.translate("OpenSessionDialog", "Today — {day}").format(day=text)
    if day.toordinal() - today.toordinal() == 1:
        return QCoreApplication.translate("OpenSessionDialog", "Tomorrow — {day}").format(day=text)
    if today.toordinal() - day.toordinal() == 1:
        return QCoreApplication.translate("OpenSessionDialog", "Yesterday — {day}").format(day=text)
    return text


class _Row:
    """A session's place in the list: its day (in its meeting's zone) and its text."""

    def __init__(self, listing: SessionListing, now_ms: int, open_id: str | None) -> None:
        session, meeting = listing.session, listing.meeting
        start = _local(session.scheduled_start_ms, meeting.timezone)
        end = _local(session.scheduled_end_ms, meeting.timezone)
        self.listing = listing
        self.day = start.date()
        self.today = _local(now_ms, meeting.timezone).date()
        self.start_ms = session.scheduled_start_ms
        self.running = session.scheduled_start_ms <= now_ms < session.scheduled_end_ms
        parts = [f"{start:%H:%M}–{end:%H:%M}", session.title, meeting.title]
        if session.room:
            parts.append(session.room)
        parts.append(
            QCoreApplication.translate("OpenSessionDialog", "followed on a backend")
            if listing.followed
            else QCoreApplication.translate("OpenSessionDialog", "local")
        )
        marks = []
        if session.id == open_id:
            marks.append(QCoreApplication.translate("OpenSessionDialog", "open now"))
        if self.running:
            marks.append(QCoreApplication.translate("OpenSessionDialog", "running"))
        self.text = "  ·  ".join(parts) + (f"   [{', '.join(marks)}]" if marks else "")
        self.search = " ".join(
            [session.title, meeting.title, session.room, meeting.venue, f"{start:%A %Y-%m-%d}"]
        ).casefold()


class OpenSessionDialog(QDialog):
    """Pick a session of the database to open (keyboard first)."""

    #: The chair chose this session (its id); the console opens it.
    sig_open = Signal(str)

    def __init__(
        self,
        listings: Sequence[SessionListing],
        open_session_id: str | None,
        now_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openSessionDialog")
        self.setWindowTitle(self.tr("Open session"))
        self.resize(720, 480)
        self._open_id = open_session_id
        rows = [_Row(listing, now_ms, open_session_id) for listing in listings]
        rows.sort(key=lambda row: (day_order(row.day, row.today), row.start_ms))
        self._rows = rows

        self.filter = QLineEdit(self)
        self.filter.setObjectName("sessionFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter: title, meeting, room, day…"))
        self.filter.setAccessibleName(self.tr("Filter the sessions"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("sessionList")
        self.list.setAccessibleName(self.tr("Sessions by day"))
        self.list.setUniformItemSizes(True)
        self.note = QLabel(self)
        self.note.setObjectName("openSessionNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.open_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self._fill()
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(lambda *_args: self._update_button())
        self.filter.setFocus()

    # --- the list ------------------------------------------------------------------------------

    def _fill(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        day = None
        first: QListWidgetItem | None = None
        running: QListWidgetItem | None = None
        today_first: QListWidgetItem | None = None
        for row in self._rows:
            if not all(word in row.search for word in words):
                continue
            if row.day != day:
                day = row.day
                self._add_heading(day, row.today)
            item = QListWidgetItem(row.text, self.list)
            item.setData(SESSION_ID_ROLE, row.listing.session.id)
            item.setToolTip(
                self.tr("Times in {zone}").format(zone=row.listing.meeting.timezone or "UTC")
            )
            if row.day == row.today:
                item.setForeground(QBrush(QColor(TODAY_COLOUR)))
            first = first or item
            # Where the chair starts: a session running now, else today's first (not the
            # one already open).
            if row.listing.session.id != self._open_id and row.day == row.today:
                if running is None and row.running:
                    running = item
                today_first = today_first or item
        preferred = running or today_first
        target = (preferred or first) if not words else first
        if target is not None:
            self.list.setCurrentItem(target)
            self.list.scrollToItem(target)
        total = sum(1 for _ in self.session_items())
        self.note.setText(
            self.tr("No session matches “{text}”").format(text=self.filter.text().strip())
            if total == 0 and words
            else (
                self.tr("1 session · Enter opens it · Esc cancels")
                if total == 1
                else self.tr("{n} sessions · Enter opens the selected one · Esc cancels").format(
                    n=total
                )
            )
        )
        self._update_button()

    def _add_heading(self, day: date, today: date) -> None:
        heading = QListWidgetItem(day_heading(day, today), self.list)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.font())
        font.setBold(True)
        heading.setFont(font)
        if day == today:
            heading.setBackground(QBrush(QColor("#e3f2fd")))
            heading.setForeground(QBrush(QColor(TODAY_COLOUR)))
        else:
            heading.setForeground(QBrush(QColor("#37474f")))

    def session_items(self):  # type: ignore[no-untyped-def]
        """The list's session rows, in order (the day headings left out)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SESSION_ID_ROLE) is not None:
                yield item

    def headings(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).data(SESSION_ID_ROLE) is None
        ]

    def current_session_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(SESSION_ID_ROLE) if item is not None else None

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.current_session_id() is not None)

    def _move(self, step: int) -> None:
        """↑/↓ from the filter or the list: the next session row, over the headings."""
        sessions = list(self.session_items())
        if not sessions:
            return
        current = self.list.currentItem()
        index = sessions.index(current) if current in sessions else -1
        if index == -1:
            target = sessions[0] if step > 0 else sessions[-1]
        else:
            target = sessions[max(0, min(len(sessions) - 1, index + step))]
        self.list.setCurrentItem(target)
        self.list.scrollToItem(target)

    def open_current(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            self.note.setText(self.tr("Choose a session first (↑/↓)"))
            return
        if session_id == self._open_id:
            self.note.setText(self.tr("That session is the one open now"))
            return
        self.accept()
        self.sig_open.emit(session_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            steps = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10,
            }
            if key in steps:
                self._move(steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
