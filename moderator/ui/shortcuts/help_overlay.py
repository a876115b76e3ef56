"""The Help menu's windows: every action in a searchable table (F1), and About Moderator.

F1 lays a dimmed layer over the main window with a panel that always fits inside it: a search
field and a table of action → keys → what it does, built from the one action collection
(``actions.ACTION_SPECS``), at the normal row height of a table, scrolling when the window is
too small to show every row (a fixed grid of fifty labels was squeezed to 2 px rows on a laptop
and overlapped on a large screen).

It stays a layer of the main window, not a dialog, so the shortcuts keep working while it is
open (the chair can look a key up and press it), and the focus goes to the table, not the
search field: a chair pressing N gives the floor, as always. Ctrl+F (or a click) moves to the
search; there every plain key types, so nothing is triggered by accident while searching.
Every word typed must appear in the action's name, its keys or its description (``ctrl+z`` and
``undo`` both find Undo); ↑/↓ choose a row and Enter runs its action, as a double click does,
so actions without a key (the meeting's report) are a few letters away. Enter on the table
runs the highlighted row too, not "give the floor to the speaker selected in the list" that
the panel hides. F1, Esc or a click beside the panel closes it; the focus goes back where it
was.
"""

from __future__ import annotations

import logging
import platform
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    qVersion,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import moderator
from moderator.ui.shortcuts.actions import ACTION_SPECS, ActionCollection, key_sequences
from moderator.ui.shortcuts.actions import shortcut_text as _shortcut_text

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the action's name, on the first column
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # everything a search may match, lower case
PANEL_MAX_WIDTH = 1100
#: The keys that are never typed into the search field: they close the help or are the
#: console's function keys (F1 closes, F5 shows the speaker display).
_NOT_TYPED = {Qt.Key.Key_Escape, *(Qt.Key(Qt.Key.Key_F1 + n) for n in range(35))}


def search_text(spec_index: int) -> str:
    """What a search matches for one action: its name, its keys as shown and as typed
    ("Ctrl+Shift+Z"), its description and its internal name, lower case."""
    spec = ACTION_SPECS[spec_index]
    typed = [
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for sequence in key_sequences(spec)
    ]
    parts = [spec.text, _shortcut_text(spec), *typed, spec.description, spec.name.replace("_", " ")]
    return " ".join(parts).lower()


class ActionFilter(QSortFilterProxyModel):
    """Rows whose search text holds every word of the query, in the collection's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, query: str) -> None:
        words = query.lower().split()
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802 - Qt override
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return all(word in text for word in self._words)


class _Panel(QFrame):
    """The light panel; a click on it never reaches the layer below (which would close it)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()


class HelpOverlay(QWidget):
    """F1's layer over the main window's central area: a panel with the search and the table."""

    def __init__(self, parent: QWidget, actions: ActionCollection | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._actions = actions
        self._focus_before: QWidget | None = None
        #: (keys as shown, description) per action, in the collection's order.
        self.rows: list[tuple[str, str]] = []

        self.panel = _Panel(self)
        self.panel.setObjectName("helpPanel")
        self.panel.setStyleSheet(
            "#helpPanel { background: #fafafa; border-radius: 10px; }"
            "#helpPanel QLabel { color: #111; }"
            "#helpTitle { font-size: 18px; font-weight: bold; }"
            "#helpHint, #helpCount { color: #455a64; }"
        )
        title = QLabel(self.tr("Keyboard shortcuts"), self.panel, objectName="helpTitle")
        hint = QLabel(
            self.tr(
                "Every shortcut works while this list is open · Ctrl+F searches · "
                "Enter or a double click runs the highlighted action · F1 or Esc closes"
            ),
            self.panel,
            objectName="helpHint",
        )
        hint.setWordWrap(True)
        self.search = QLineEdit(self.panel, objectName="helpSearch")
        self.search.setPlaceholderText(self.tr("Search actions, keys, descriptions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the actions"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count = QLabel(self.panel, objectName="helpCount")

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Keys"), self.tr("What it does")]
        )
        for index, spec in enumerate(ACTION_SPECS):
            keys = _shortcut_text(spec)
            name = QStandardItem(QCoreApplication.translate("Action", spec.text))
            name.setData(spec.name, NAME_ROLE)
            name.setData(search_text(index), SEARCH_ROLE)
            key_item = QStandardItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            description = QStandardItem(QCoreApplication.translate("Action", spec.description))
            description.setToolTip(QCoreApplication.translate("Action", spec.description))
            for item in (name, key_item, description):
                item.setEditable(False)
            self.model.appendRow([name, key_item, description])
            self.rows.append((keys, spec.description))
        self.filter = ActionFilter(self)
        self.filter.setSourceModel(self.model)

        self.table = QTableView(self.panel, objectName="helpTable")
        self.table.setAccessibleName(self.tr("Every action and its keys"))
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        # Rows as high as their text: one line for most, two for the longest descriptions
        # when the window is narrow; never squeezed.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setMaximumSectionSize(300)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._run_row)
        self.table.installEventFilter(self)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._on_search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self._show_count()
        parent.installEventFilter(self)
        self.hide()

    # --- showing ------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.isVisible():
            self.close_help()
        else:
            self.open_help()

    def open_help(self) -> None:
        """Show every action (the last search is cleared); the table has the focus, so the
        console's shortcuts keep working."""
        self._focus_before = QApplication.focusWidget()
        self.search.clear()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.table.scrollToTop()
        self.table.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_help(self) -> None:
        self.hide()
        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.PopupFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- searching and running ------------------------------------------------------------------

    def visible_names(self) -> list[str]:
        """The names of the actions the table shows now, top to bottom."""
        return [self.filter.index(row, 0).data(NAME_ROLE) for row in range(self.filter.rowCount())]

    def _on_search(self, text: str) -> None:
        self.filter.set_query(text)
        if self.filter.rowCount():
            self.table.selectRow(0)
        self.table.scrollToTop()
        self._show_count()

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.filter.rowCount()
        query = self.search.text().strip()
        if not query:
            self.count.setText(self.tr("{n} actions").format(n=total))
        elif shown:
            self.count.setText(self.tr("{shown} of {n}").format(shown=shown, n=total))
        else:
            self.count.setText(self.tr("No action matches “{q}”").format(q=query))

    def _run_row(self, index: QModelIndex) -> None:
        name = self.filter.index(index.row(), 0).data(NAME_ROLE)
        if self._actions is None or name is None:
            return
        self.close_help()
        self._actions[name].trigger()

    def _move_selection(self, step: int) -> None:
        rows = self.filter.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        row = min(rows - 1, max(0, current + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.filter.index(row, 0))

    # --- events ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        elif watched is self.search:
            return self._search_event(event)
        elif watched is self.table and isinstance(event, QKeyEvent):
            return self._table_event(event)
        return False

    def _table_event(self, event: QKeyEvent) -> bool:
        """Enter on the table runs the highlighted row's action: the chair is looking at the
        help, not at the speaker selected in the list behind it (Enter's usual meaning)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        elif event.type() == QEvent.Type.KeyPress and self.table.currentIndex().isValid():
            self._run_row(self.table.currentIndex())
            return True
        return False

    def _search_event(self, event: QEvent) -> bool:
        """In the search field plain keys type (Enter, Insert, Delete included): the window's
        single-key shortcuts must not fire while the chair spells a word."""
        if not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.type() == QEvent.Type.ShortcutOverride:
            if plain and key not in _NOT_TYPED:
                event.accept()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move_selection(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)))
            self._move_selection(page if key == Qt.Key.Key_PageDown else -page)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.table.currentIndex()
            if current.isValid():
                self._run_row(current)
            elif self.filter.rowCount():
                self._run_row(self.filter.index(0, 0))
            return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The panel fits inside the window at any size; the table scrolls inside it."""
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        margin = max(8, min(32, int(min(width, height) * 0.04)))
        panel_width = min(PANEL_MAX_WIDTH, width - 2 * margin)
        self.panel.setGeometry(
            (width - panel_width) // 2, margin, max(0, panel_width), max(0, height - 2 * margin)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 160))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_help()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.close_help()  # a click beside the panel (the panel keeps its own clicks)


# --- About ------------------------------------------------------------------------------------


def log_location() -> str:
    """Where this run's log goes: the folder of a log file, or the terminal."""
    for handler in logging.getLogger().handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            return str(Path(filename).parent)
    return QApplication.translate(
        "AboutDialog",
        "No log file: messages go to the terminal that started Moderator (standard error; "
        "--log-json writes them as JSON lines)",
    )


def about_facts(database_path: str) -> list[tuple[str, str]]:
    """What a problem report needs, in the order the About window shows it."""
    from PySide6 import __version__ as pyside_version

    return [
        (QApplication.translate("AboutDialog", "Version"), moderator.__version__),
        (QApplication.translate("AboutDialog", "Qt"), qVersion()),
        (QApplication.translate("AboutDialog", "PySide6"), pyside_version),
        (QApplication.translate("AboutDialog", "Python"), platform.python_version()),
        (
            QApplication.translate("AboutDialog", "System"),
            f"{platform.system()} {platform.release()} ({sys.platform})",
        ),
        (
            QApplication.translate("AboutDialog", "Data file"),
            database_path or QApplication.translate("AboutDialog", "(none)"),
        ),
        (QApplication.translate("AboutDialog", "Logs"), log_location()),
    ]


class AboutDialog(QDialog):
    """Help → About Moderator: the versions and where the data and the logs are, selectable
    and copied in one click for a problem report; the data file's folder opens from here."""

    def __init__(self, database_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Moderator"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.facts = about_facts(database_path)
        heading = QLabel(
            self.tr("Moderator {version}").format(version=moderator.__version__),
            objectName="aboutHeading",
        )
        heading.setStyleSheet("#aboutHeading { font-size: 18px; font-weight: bold; }")
        summary = QLabel(self.tr("A console for chairs of hybrid meetings."))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in self.facts:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", shown)
            self.values[label] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = buttons.addButton(
            self.tr("Open the data folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setEnabled(bool(database_path))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(Path(database_path).resolve().parent))
            )
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def text(self) -> str:
        """Every fact as ``label: value`` lines, as Copy puts them on the clipboard."""
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
