"""The agenda editor window: technical staff preload meetings, sessions, agendas, lists of
speakers and rosters before doors open.

Left, a tree of meetings → sessions → agenda items (loaded node by node, so a database with a
thousand sessions opens at once). Right, a form for the chosen node: the session (title, room,
date and times in the meeting's time zone, format, languages, track) or the agenda item (title,
planned duration) with its list of speakers; and the meeting's Roster tab. Forms validate as
they are typed and name the field at fault; Save stays disabled until the form is valid.

Every edit is one undoable step of the editor's own undo stack (Ctrl+Z, Ctrl+Shift+Z), run by
``services.agenda.agenda_editing.AgendaEditing`` as commands that are saved at once and, for a
session followed on a backend, synced. The window never reads or writes the database itself: it is
given its ``AgendaEditing``.

The console's app-wide actions that staff need here (import, connect, the readiness check, the
speaker display's keys: ``EDITOR_WINDOW_ACTIONS``) answer while this window is in front.

The session open in the chair's window is edited through that window's own runner, so the
chair sees an edit at once, as events like any chair action's; the other way round, what the
chair or another console changes in that session reaches the editor as ``sig_view_changed``
while it is shown (reopened, it shows the session as it is then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from moderator.services.agenda.agenda_editing import AgendaEditing
from moderator.ui.agenda.agenda_forms import ItemForm, SessionForm
from moderator.ui.agenda.agenda_models import AgendaTreeModel
from moderator.ui.agenda.agenda_roster import RosterPanel
from moderator.ui.agenda.agenda_speakers import SpeakersPanel
from moderator.ui.shortcuts.actions import EDITOR_WINDOW_ACTIONS

STATUS_MS = 8000


class AgendaEditor(QMainWindow):
    def __init__(
        self,
        editing: AgendaEditing,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Agenda editor"))
        self.setObjectName("agenda_editor")
        self.setAccessibleName(self.tr("Agenda editor"))
        self.resize(1180, 720)
        self.editing = editing
        if editing.parent() is None:
            editing.setParent(self)  # it lives as long as the window
        self._shown: tuple[str, str] | None = None

        # --- left: the tree and its buttons -------------------------------------------------
        self.tree_model = AgendaTreeModel(self.editing, self)
        self.tree = QTreeView()
        self.tree.setObjectName("agenda_tree")
        self.tree.setAccessibleName(self.tr("Meetings, sessions and agenda items"))
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_item_button = self._button(
            QT_TRANSLATE_NOOP("AgendaEditor", "Add agenda item"),
            QT_TRANSLATE_NOOP("AgendaEditor", "Add an agenda item to the session"),
        )
        self.remove_item_button = self._button(
            QT_TRANSLATE_NOOP("AgendaEditor", "Remove"),
            QT_TRANSLATE_NOOP("AgendaEditor", "Remove the chosen agenda item"),
        )
        self.up_button = self._button(
            QT_TRANSLATE_NOOP("AgendaEditor", "Up"),
            QT_TRANSLATE_NOOP("AgendaEditor", "Move the chosen agenda item up"),
        )
        self.down_button = self._button(
            QT_TRANSLATE_NOOP("AgendaEditor", "Down"),
            QT_TRANSLATE_NOOP("AgendaEditor", "Move the chosen agenda item down"),
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        # --- right: details and roster ------------------------------------------------------
        self.meeting_page = QWidget()
        meeting_layout = QFormLayout(self.meeting_page)
        self.meeting_title = QLabel()
        self.meeting_title.setObjectName("meeting_title")
        self.meeting_title.setWordWrap(True)
        self.meeting_zone = QLabel()
        self.meeting_hint = QLabel(
            self.tr(
                "Choose a session to edit it, or one of its agenda items to edit its list of "
                "speakers. The Roster tab lists the meeting's participants."
            )
        )
        self.meeting_hint.setWordWrap(True)
        meeting_layout.addRow(self.tr("Meeting"), self.meeting_title)
        meeting_layout.addRow(self.tr("Time zone"), self.meeting_zone)
        meeting_layout.addRow(self.meeting_hint)
        self.session_form = SessionForm(self.editing)
        self.item_form = ItemForm(self.editing)
        self.speakers = SpeakersPanel(self.editing)
        self.item_page = QWidget()
        item_layout = QVBoxLayout(self.item_page)
        item_layout.addWidget(self.item_form)
        item_layout.addWidget(self.speakers, 1)
        self.pages = QStackedWidget()
        for page in (self.meeting_page, self.session_form, self.item_page):
            self.pages.addWidget(page)
        self.roster = RosterPanel(self.editing)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agenda_tabs")
        self.tabs.tabBar().setAccessibleName(self.tr("Details or roster"))
        self.tabs.addTab(self.pages, self.tr("&Details"))
        self.tabs.addTab(self.roster, self.tr("R&oster"))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 740])
        self.setCentralWidget(splitter)

        # --- actions -----------------------------------------------------------------------
        stack = self.editing.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        toolbar = self.addToolBar(self.tr("Edit"))
        toolbar.setObjectName("agenda_toolbar")
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.duplicate_action = self._tree_action(
            QT_TRANSLATE_NOOP("AgendaEditor", "Duplicate session"), "Ctrl+D", self.duplicate_session
        )
        toolbar.addAction(self.duplicate_action)
        edit_menu.addAction(self.duplicate_action)
        self._tree_action(
            QT_TRANSLATE_NOOP("AgendaEditor", "Move agenda item up"),
            "Alt+Up",
            lambda: self.move_item(-1),
        )
        self._tree_action(
            QT_TRANSLATE_NOOP("AgendaEditor", "Move agenda item down"),
            "Alt+Down",
            lambda: self.move_item(+1),
        )
        self._tree_action(
            QT_TRANSLATE_NOOP("AgendaEditor", "Remove agenda item"),
            QKeySequence.StandardKey.Delete,
            self.remove_item,
        )
        self._tree_action(
            QT_TRANSLATE_NOOP("AgendaEditor", "Add agenda item"), "Ins", self.add_item
        )

        # --- signals -----------------------------------------------------------------------
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(+1))
        self.session_form.sig_duplicate.connect(self.duplicate_session)
        self.editing.sig_session_changed.connect(self.refresh_session)
        self.editing.sig_view_changed.connect(self._follow_open_session)
        self.editing.sig_roster_changed.connect(self._roster_changed)
        self.editing.sig_sessions_changed.connect(self.tree_model.refresh_meeting)
        self.editing.sig_reloaded.connect(self.reload)
        self.editing.sig_rejected.connect(self._show_problem)
        self.editing.sig_save_failed.connect(self._show_problem)
        self.speakers.model.sig_rejected.connect(self._show_problem)

        self._open_first(self.editing.open_session())
        self._update_buttons()

    def share_console_actions(self, console: QWidget) -> None:
        """The console's app-wide actions that make sense here (Ctrl+I import, Ctrl+K connect,
        the speaker display's keys…) answer while this window is in front, and are listed in
        its Session menu: otherwise their keys do nothing here (a window's shortcuts belong to
        that window alone)."""
        shared = [
            action
            for name in EDITOR_WINDOW_ACTIONS
            for action in QWidget.actions(console)
            if action.objectName() == name
        ]
        if not shared:
            return
        self.addActions(shared)
        menu = QMenu(self.tr("&Session"), self)
        menu.setObjectName("agenda_session_menu")
        for action in shared:
            if action.objectName() == "toggle_display":
                menu.addSeparator()
            menu.addAction(action)
        self.menuBar().insertMenu(self.menuBar().actions()[0], menu)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(self.tr(text))
        button.setAccessibleName(self.tr(accessible))
        return button

    def _tree_action(self, text: str, keys: object, slot: Callable[[], object]) -> QAction:
        action = QAction(self.tr(text), self.tree)
        action.setShortcut(QKeySequence(keys))  # type: ignore[arg-type]
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    # --- opening -----------------------------------------------------------------------------

    def _open_first(self, open_session: tuple[str, str] | None) -> None:
        """Expand the meeting of the open session (or the first) and choose that session."""
        model = self.tree_model
        if model.rowCount() == 0:
            return
        meeting_index = model.index(0, 0)
        session_id = None
        if open_session is not None:
            session_id, meeting_id = open_session
            found = model.find("meeting", meeting_id)
            meeting_index = found if found.isValid() else meeting_index
        self.tree.expand(meeting_index)
        if model.canFetchMore(meeting_index):
            model.fetchMore(meeting_index)
        target = model.find("session", session_id) if session_id else QModelIndex()
        if not target.isValid():
            target = model.index(0, 0, meeting_index)
        if not target.isValid():
            target = meeting_index
        self.tree.setCurrentIndex(target)

    # --- showing the chosen node -------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current)
        self._update_buttons()

    def _show(self, index: QModelIndex) -> None:
        node = self.tree_model.node_of(index)
        self._shown = node
        meeting_id = self.tree_model.meeting_of(index)
        if meeting_id != self.roster.meeting_id:
            meeting = next((m for m in self.editing.meetings() if m.id == meeting_id), None)
            self.roster.show_meeting(meeting_id, meeting.title if meeting else "")
        if node is None:
            self.pages.setCurrentWidget(self.meeting_page)
            return
        kind, node_id = node
        if kind == "meeting":
            meeting = next((m for m in self.editing.meetings() if m.id == node_id), None)
            self.meeting_title.setText(meeting.title if meeting else "")
            self.meeting_zone.setText(meeting.timezone if meeting else "")
            self.pages.setCurrentWidget(self.meeting_page)
        elif kind == "session":
            self.session_form.show_session(node_id)
            self.pages.setCurrentWidget(self.session_form)
        else:
            session_id = self.tree_model.session_of(index)
            assert session_id is not None
            self.item_form.show_item(session_id, node_id)
            self.speakers.show_item(self.editing.session_state(session_id), node_id)
            self.pages.setCurrentWidget(self.item_page)

    def refresh_session(self, session_id: str) -> None:
        """A session changed (an edit here, an undo, the chair's action in the main window):
        its tree node, and the form or list showing it."""
        self.tree_model.refresh_session(session_id)
        index = self.tree.currentIndex()
        if self.tree_model.session_of(index) != session_id:
            return
        node = self.tree_model.node_of(index)
        if node is None:
            return
        kind, node_id = node
        if kind == "session":
            if not self.session_form.revert_button.isEnabled():  # nothing typed: follow
                self.session_form.reload()
        elif kind == "item":
            self.item_form.show_item(session_id, node_id, keep_typing=True)
            self.speakers.show_item(self.editing.session_state(session_id), node_id)
        self._update_buttons()

    def reload(self) -> None:
        """Everything shown read again: the file changed wholesale (an import), or while the
        editor was closed. The tree keeps its selection and expanded branches, the roster its
        chosen participant, and a form what is being typed in it."""
        self.tree_model.refresh_all()
        meeting_id = self.tree_model.meeting_of(self.tree.currentIndex())
        meeting = next((m for m in self.editing.meetings() if m.id == meeting_id), None)
        self.roster.show_meeting(meeting_id, meeting.title if meeting else "")
        session_id = self.tree_model.session_of(self.tree.currentIndex())
        if session_id is not None:
            self.refresh_session(session_id)
        self._update_buttons()

    def _follow_open_session(self, session_id: str) -> None:
        """The session open in the main window changed (the chair's action, another
        console's edit): follow it while shown; reopening the editor shows it as it is."""
        if self.isVisible():
            self.refresh_session(session_id)

    def _roster_changed(self, meeting_id: str) -> None:
        if self.roster.meeting_id == meeting_id:
            meeting = next((m for m in self.editing.meetings() if m.id == meeting_id), None)
            self.roster.show_meeting(meeting_id, meeting.title if meeting else "")
        index = self.tree.currentIndex()
        session_id = self.tree_model.session_of(index)
        node = self.tree_model.node_of(index)
        if session_id is not None and node is not None and node[0] == "item":
            self.speakers.show_item(self.editing.session_state(session_id), node[1])

    def _show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _update_buttons(self) -> None:
        index = self.tree.currentIndex()
        node = self.tree_model.node_of(index)
        kind = node[0] if node else None
        self.add_item_button.setEnabled(kind in ("session", "item"))
        for button in (self.remove_item_button, self.up_button, self.down_button):
            button.setEnabled(kind == "item")
        self.duplicate_action.setEnabled(kind in ("session", "item"))

    # --- acting on the tree ------------------------------------------------------------------

    def _chosen_item(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        node = self.tree_model.node_of(index)
        session_id = self.tree_model.session_of(index)
        if node is None or node[0] != "item" or session_id is None:
            return None
        return session_id, node[1]

    def add_item(self) -> str | None:
        """A new agenda item after the chosen one (or at the end), ready to be named."""
        index = self.tree.currentIndex()
        session_id = self.tree_model.session_of(index)
        if session_id is None:
            self._show_problem(self.tr("Choose a session first"))
            return None
        chosen = self._chosen_item()
        position = 0
        if chosen is not None:
            ids = [item.id for item in self.editing.agenda_items(session_id)]
            position = ids.index(chosen[1]) + 2 if chosen[1] in ids else 0
        item_id = self.editing.add_agenda_item(session_id, self.tr("New agenda item"), 0, position)
        if item_id is not None:
            session_index = self.tree_model.find("session", session_id)
            self.tree.expand(session_index)
            if self.tree_model.canFetchMore(session_index):
                self.tree_model.fetchMore(session_index)
            self.tree.setCurrentIndex(self.tree_model.find("item", item_id))
            self.item_form.title.setFocus()
            self.item_form.title.selectAll()
        return item_id

    def remove_item(self) -> bool:
        chosen = self._chosen_item()
        if chosen is None:
            return False
        return self.editing.remove_agenda_item(*chosen)

    def move_item(self, delta: int) -> bool:
        chosen = self._chosen_item()
        if chosen is None:
            return False
        moved = self.editing.move_agenda_item(chosen[0], chosen[1], delta)
        if moved:
            self.tree.setCurrentIndex(self.tree_model.find("item", chosen[1]))
        return moved

    def duplicate_session(self) -> str | None:
        session_id = self.tree_model.session_of(self.tree.currentIndex())
        if session_id is None:
            self._show_problem(self.tr("Choose a session to duplicate"))
            return None
        copy_id = self.editing.duplicate_session(session_id)
        if copy_id is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Copied, on this console only: Session → Upload to backend… sends its "
                    "meeting to a backend."
                ),
                STATUS_MS,
            )
            QTimer.singleShot(0, lambda: self.select_session(copy_id))
        return copy_id

    def select_session(self, session_id: str) -> None:
        index = self.tree_model.find("session", session_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)


def open_agenda_editor(
    parent: QWidget | None, editing: Callable[[], AgendaEditing]
) -> AgendaEditor:
    """Show the agenda editor (one per parent window: shown again, and brought up to date with
    the file, if it exists; else made with the ``AgendaEditing`` that ``editing`` makes)."""
    existing = parent.findChild(AgendaEditor) if parent is not None else None
    if existing is not None:
        existing.reload()  # it did not follow while hidden
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    editor = AgendaEditor(editing(), parent)
    if parent is not None:
        editor.share_console_actions(parent)
    editor.show()
    return editor
