"""The chair's main window: session header, current speaker with countdown, list of speakers.

The window wires actions to the session service's intents and refreshes its parts from the
service's signals. Two boundary tickers keep the screen current without polling: one at each
change of the countdown's displayed second, one at each minute for the time of day.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMargins,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.events import MeetingChanged, SessionChanged
from moderator.services.chair.session_service import SessionService
from moderator.ui.chair.current_speaker_panel import CurrentSpeakerPanel
from moderator.ui.chair.hands_panel import HandsPanel
from moderator.ui.chair.save_status import SaveStatusLabel
from moderator.ui.chair.session_header import SessionHeader
from moderator.ui.chair.speaker_columns import SpeakerColumns, SpeakerTableView
from moderator.ui.chair.speaker_list_model import ENTRY_ID_ROLE, SpeakerListModel
from moderator.ui.common.boundary_ticker import BoundaryTicker, ms_until_next_minute
from moderator.ui.common.elided_label import ElidedLabel
from moderator.ui.common.language_menu import LanguageMenu
from moderator.ui.common.screen_fit import FRAME_ALLOWANCE, fit_inside
from moderator.ui.shortcuts.actions import (
    ACTION_SPECS,
    ADJUST_MINUTE_MS,
    ADJUST_STEP_MS,
    ActionCollection,
)
from moderator.ui.shortcuts.help_overlay import HelpOverlay

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 6000
#: The speaker display's actions: the Display menu, and the shortcuts that also act from the
#: display controls dialog (all with a modifier or an F key, so none is typing).
DISPLAY_ACTIONS = (
    "toggle_display",
    "display_controls",
    "blackout",
    "message_conclude",
    "message_time_up",
    "message_type",
    "message_clear",
)


#: Whether the live balance panel is shown (QSettings key).
BALANCE_SETTING = "balance/shown"
#: The size the console opens at when the screen has room for it (and no size was saved).
DEFAULT_SIZE = QSize(1280, 760)
#: The menu bar: every action reachable by mouse too (the shortcuts are shown beside them).
_MENUS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Session"),
        (
            "open_session",
            "new_meeting",
            "new_session",
            None,
            "connect",
            "readiness",
            "control_surfaces",
            "import_agenda",
            "agenda_editor",
            "upload_agenda",
            None,
            "session_report",
            "meeting_report",
            "balance",
            None,
            "speech_rules",
            None,
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "S&peakers"),
        (
            "next_speaker",
            "give_floor_selected",
            "interpose",
            None,
            "add_speaker",
            "room_request",
            "skip_entry",
            "restore_entry",
            "mark_done",
            "remove_entry",
            "show_removed",
            None,
            "move_to_top",
            "move_up",
            "move_down",
            None,
            "toggle_list_closed",
            "fit_to_end",
            None,
            "note_speaker",
            "note_item",
            None,
            "undo",
            "redo",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Timer"),
        (
            "start_pause",
            "add_time",
            "remove_time",
            "add_minute",
            "remove_minute",
            "set_time",
            "reset_clock",
            None,
            "thresholds",
            "chime",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Hands"),
        ("hand_give_floor", "hand_add_to_list", "hand_lower", None, "room_request"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Display"),
        (*DISPLAY_ACTIONS[:3], None, *DISPLAY_ACTIONS[3:]),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("show_help", None, "about")),
)

_LIST_MENU = (
    "give_floor_selected",
    "interpose",
    None,
    "add_speaker",
    "skip_entry",
    "restore_entry",
    "mark_done",
    "remove_entry",
    None,
    "move_to_top",
    "move_up",
    "move_down",
    None,
    "undo",
    "redo",
)


class MainWindow(QMainWindow):
    #: Emitted once, when the window has painted for the first time (start-up measurements).
    sig_first_paint = Signal()
    #: A refusal the status bar shows (the service's, or the window's own: no speaker
    #: selected, nobody to set the time of…): the reason, in the chair's words.
    sig_refused = Signal(str)
    #: The speaker display, when it is built (on first use): whoever follows what the podium
    #: shows connects to its ``sig_changed``.
    sig_display_built = Signal(object)

    def __init__(self, service: SessionService, database_label: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("Moderator — {title}").format(title=service.state.session.title)
        )
        self._service = service
        self._painted = False
        self._closed = False

        self.actions = ActionCollection(self)
        for action in self.actions:
            self.addAction(action)
        self.actions["start_pause"].triggered.connect(service.toggle_clock)
        self.actions["next_speaker"].triggered.connect(service.next_speaker)
        self.actions["add_time"].triggered.connect(lambda: service.adjust_time(ADJUST_STEP_MS))
        self.actions["remove_time"].triggered.connect(lambda: service.adjust_time(-ADJUST_STEP_MS))
        self.actions["add_minute"].triggered.connect(lambda: service.adjust_time(ADJUST_MINUTE_MS))
        self.actions["remove_minute"].triggered.connect(
            lambda: service.adjust_time(-ADJUST_MINUTE_MS)
        )
        self.actions["set_time"].triggered.connect(self.ask_for_time)
        self.actions["reset_clock"].triggered.connect(service.reset_clock)
        for name, intent in (
            ("give_floor_selected", service.give_floor_to),
            ("skip_entry", service.skip_entry),
            ("restore_entry", service.restore_entry),
            ("mark_done", service.mark_done),
            ("remove_entry", service.remove_entry),
            ("move_up", lambda entry_id: service.move_entry_by(entry_id, -1)),
            ("move_down", lambda entry_id: service.move_entry_by(entry_id, 1)),
            ("move_to_top", service.move_entry_to_top),
        ):
            self.actions[name].triggered.connect(
                lambda _checked=False, intent=intent: self._on_selected(intent)
            )
        self.actions["add_speaker"].triggered.connect(self.open_add_speaker)
        self.actions["room_request"].triggered.connect(self.open_room_request)
        self.actions["toggle_list_closed"].triggered.connect(service.toggle_list_closed)
        self.actions["interpose"].triggered.connect(lambda: self._on_selected(service.interpose))
        self.actions["undo"].triggered.connect(self.undo)
        self.actions["redo"].triggered.connect(self.redo)
        service.undo_stack.undoTextChanged.connect(self._name_undo_step)
        service.undo_stack.redoTextChanged.connect(self._name_redo_step)
        self.actions["quit"].triggered.connect(self.close)

        self.header = SessionHeader(self)
        self.current_panel = CurrentSpeakerPanel(self)
        self._revealed_entry_id: str | None = None  # the speaker the list last scrolled to
        self._wire_chair_tools(service)
        self.speaker_model = SpeakerListModel(service, self)
        show_removed = self.actions["show_removed"]  # off: the list shows who is still on it
        show_removed.setCheckable(True)
        show_removed.toggled.connect(self.speaker_model.set_show_removed)
        self.speaker_view = self._build_speaker_view()
        self.error_banner = QLabel(self)
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(
            "#errorBanner { background: #b71c1c; color: white; font-weight: bold; padding: 8px; }"
        )
        self.error_banner.hide()

        self._build_menus()
        self._wire_speaker_display(service)
        self._wire_import()
        self.hands_panel = HandsPanel(service, self)
        self.actions["hand_give_floor"].triggered.connect(self.hands_panel.give_floor)
        self.actions["hand_add_to_list"].triggered.connect(self.hands_panel.add_to_list)
        self.actions["hand_lower"].triggered.connect(self.hands_panel.lower)
        self.hands_panel.sig_new_hand.connect(
            lambda notice: self.statusBar().showMessage(notice, STATUS_MESSAGE_MS)
        )
        self.hands_panel.sig_refused.connect(self._show_rejection)
        self.list_caption = ElidedLabel(self)
        self.list_caption.setObjectName("listCaption")
        self.list_caption.setAccessibleName(self.tr("Current agenda item"))
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.list_caption)
        list_layout.addWidget(self.speaker_view, 1)
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.addWidget(list_box)
        lists.addWidget(self.hands_panel)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.current_panel, 1)
        left_layout.addWidget(self.balance_panel)
        # The notes scroll rather than push the window past a laptop's screen (with the live
        # balance and a banner shown, the status bar — "NOT SAVED", the sync badge — went below
        # its edge): they keep two lines at least, the rest when there is room.
        notes_area = QScrollArea(left)
        notes_area.setObjectName("notesArea")
        notes_area.setWidget(self.notes_panel)
        notes_area.setWidgetResizable(True)
        notes_area.setFrameShape(QFrame.Shape.NoFrame)
        notes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the keyboard
        notes_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        left_layout.addWidget(notes_area)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(lists)
        # The list gets the larger share (its names are what the chair reads; the countdown
        # scales its digits to whatever width it has), the left enough for a whole "Next:" line.
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        splitter.setSizes([576, 704])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.error_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.help_overlay = HelpOverlay(central, self.actions)
        self.actions["show_help"].triggered.connect(self.help_overlay.toggle)
        self._database_label = database_label
        self.actions["about"].triggered.connect(self.open_about)

        database = SaveStatusLabel(self, database_label)
        service.sig_save_status.connect(database.show_status)
        service.sig_save_status.connect(
            lambda problem: self.error_banner.hide() if problem is None else None
        )
        self.database_label = database
        self.statusBar().addPermanentWidget(database)

        self.countdown_ticker = BoundaryTicker(
            lambda now: service.state.clock.ms_until_display_change(now), service.now_ms, self
        )
        self.countdown_ticker.sig_tick.connect(self._on_countdown_tick)
        self.minute_ticker = BoundaryTicker(ms_until_next_minute, service.now_ms, self)
        self.minute_ticker.sig_tick.connect(self._refresh_timing)
        # A running turn's share grows with each second the countdown shows; a clock standing
        # still changes nothing, and its ticker sleeps.
        self.countdown_ticker.sig_tick.connect(self.balance_panel.refresh)

        service.sig_state_changed.connect(self._on_state_changed)
        service.sig_state_reset.connect(self._on_state_reset)
        service.sig_rejected.connect(self._show_rejection)
        service.sig_save_failed.connect(self._show_save_failure)

        self.header.show_session(service.state)
        self._refresh_all()
        self.minute_ticker.reschedule()
        self.countdown_ticker.reschedule()
        self._place_on_screen()

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` across the window under the header, above the lists: for a state
        the chair must not miss while it lasts (the session does not sync); whoever shows it
        removes it."""
        layout = self.centralWidget().layout()
        layout.insertWidget(layout.indexOf(self.error_banner) + 1, banner)

    def _place_on_screen(self) -> None:
        """The default size, or the saved geometry, made to fit the screen it opens on (a
        laptop's 1280×720 less panels, the frame included). Before show(), so the window does
        not jump after appearing."""
        available = self.screen().availableGeometry()
        self.resize(
            fit_inside(QRect(available.topLeft(), DEFAULT_SIZE), available, FRAME_ALLOWANCE).size()
        )
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            # Saved on a larger screen (or a second monitor since unplugged): clamped here.
            self.setGeometry(fit_inside(self.geometry(), available, FRAME_ALLOWANCE))

    def keep_inside_screen(self) -> None:
        """Once shown, with the window manager's real frame known: the whole window, frame
        included, within the screen's available area."""
        if self.isMaximized() or self.isFullScreen():
            return
        frame, inside = self.frameGeometry(), self.geometry()
        margins = QMargins(
            inside.left() - frame.left(),
            inside.top() - frame.top(),
            frame.right() - inside.right(),
            frame.bottom() - inside.bottom(),
        )
        fitted = fit_inside(inside, self.screen().availableGeometry(), margins)
        if fitted != inside:
            self.setGeometry(fitted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._restore_speaker_display()
        shown_size = self.size()
        # Checked once the window manager has framed the window; a size set in between on
        # purpose (by the chair or a caller) is left alone.
        QTimer.singleShot(0, self, lambda: self.size() == shown_size and self.keep_inside_screen())

    def _build_speaker_view(self) -> QTableView:
        view = SpeakerTableView(self)
        view.setObjectName("speakerList")
        view.setAccessibleName(self.tr("List of speakers"))
        view.setModel(self.speaker_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(False)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.doubleClicked.connect(
            lambda index: self._service.give_floor_to(index.data(ENTRY_ID_ROLE))
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda position: self.list_menu().popup(view.viewport().mapToGlobal(position))
        )
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(26)
        self.speaker_columns = SpeakerColumns(view)
        return view

    # --- refreshing --------------------------------------------------------------------------

    def _on_state_changed(self, events: list) -> None:
        if any(isinstance(event, SessionChanged | MeetingChanged) for event in events):
            self._show_session()  # edited in the agenda editor, here or on another console
        self._refresh_all()
        self.countdown_ticker.reschedule()
        if self._service.state.current_entry_id != self._revealed_entry_id:
            self._reveal_current_row()  # only when the floor moved: the chair's scrolling stays

    def _on_state_reset(self) -> None:
        """The session was read again whole (an import): its title, room and times may have
        changed too."""
        self._show_session()
        self._refresh_all()
        self.countdown_ticker.reschedule()
        self._reveal_current_row()

    def _show_session(self) -> None:
        state = self._service.state
        self.setWindowTitle(self.tr("Moderator — {title}").format(title=state.session.title))
        self.header.show_session(state)

    def _refresh_all(self) -> None:
        state = self._service.state
        now = self._service.now_ms()
        self._show_list_caption(state)
        self.current_panel.show_speakers(state)
        self.current_panel.show_countdown(state, now)
        self.header.show_timing(state, self.speaker_model.projection, now)

    def _show_list_caption(self, state) -> None:  # type: ignore[no-untyped-def]
        """Which agenda item is under way, and whether its list is closed (with a shape)."""
        from moderator.domain.queue_rules import current_item_id

        item_id = current_item_id(state)
        if item_id is None:
            self.list_caption.setText(self.tr("No agenda"))
            return
        item = state.agenda_item(item_id)
        text = self.tr("Item {n}: {title}").format(n=item.position, title=item.title)
        if item.list_closed:
            text += self.tr("  ■ LIST CLOSED")
        self.list_caption.setText(text)
        style = "#listCaption { font-weight: bold; color: %s; }" % (
            "#b71c1c" if item.list_closed else "#263238"
        )
        if self.list_caption.styleSheet() != style:  # a new style sheet restyles the label
            self.list_caption.setStyleSheet(style)

    def _on_countdown_tick(self, now_ms: int) -> None:
        self.current_panel.show_countdown(self._service.state, now_ms)
        self.speaker_model.refresh_projection(now_ms)
        self.header.show_timing(self._service.state, self.speaker_model.projection, now_ms)

    def _refresh_timing(self, now_ms: int) -> None:
        self.speaker_model.refresh_projection(now_ms)
        self.header.show_timing(self._service.state, self.speaker_model.projection, now_ms)

    def _reveal_current_row(self) -> None:
        current = self._service.state.current_entry_id
        self._revealed_entry_id = current
        if current is not None:
            index = self.speaker_model.index(self.speaker_model.row_of_entry(current), 0)
            self.speaker_view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    # --- acting on the selected speaker ------------------------------------------------------

    def selected_entry_id(self) -> str | None:
        index = self.speaker_view.currentIndex()
        if not index.isValid() or not self.speaker_view.selectionModel().isSelected(index):
            return None
        return index.data(ENTRY_ID_ROLE)

    def _on_selected(self, intent) -> None:  # type: ignore[no-untyped-def]
        entry_id = self.selected_entry_id()
        if entry_id is None:
            self._show_rejection(self.tr("Select a speaker in the list first (click or ↑/↓)"))
            return
        intent(entry_id)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title, names in _MENUS:
            menu = bar.addMenu(self.tr(title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[name])
        bar.addMenu(LanguageMenu(self))

    # --- the chair's own tools: notes, speech rules, fit to the end, chime ---------------------

    def _wire_chair_tools(self, service: SessionService) -> None:
        from moderator.services.chair.chair_settings import ChairSettings
        from moderator.services.chime.threshold import ThresholdChime
        from moderator.ui.chair.notes import NotesPanel

        #: The console's own settings and notes (the file is reached on first use).
        self.chair_settings = ChairSettings.of_session(service)
        self._chair_settings_read = False
        self.notes_panel = NotesPanel(service, None, self)
        self._wire_balance(service)
        self.chime = ThresholdChime(service)
        chime_action = self.actions["chime"]
        chime_action.setCheckable(True)
        chime_action.setChecked(self.chime.enabled)
        chime_action.toggled.connect(self.chime.set_enabled)
        self.actions["note_speaker"].triggered.connect(self._edit_speaker_note)
        self.actions["note_item"].triggered.connect(
            lambda: self._with_chair_settings() and self.notes_panel.edit_item_note()
        )
        self.actions["speech_rules"].triggered.connect(self.open_speech_rules)
        self.actions["fit_to_end"].triggered.connect(self.open_fit_to_end)
        self.actions["thresholds"].triggered.connect(self.open_thresholds)
        self.actions["agenda_editor"].triggered.connect(self.open_agenda_editor)
        self.actions["session_report"].triggered.connect(lambda: self.open_report(meeting=False))
        self.actions["meeting_report"].triggered.connect(lambda: self.open_report(meeting=True))
        # The console's settings and notes are read once the database is open (after the
        # first paint, so start-up stays fast).
        self.sig_first_paint.connect(self._with_chair_settings)

    def _wire_balance(self, service: SessionService) -> None:
        """The live balance under the countdown, shown or hidden (F6) as the chair last left
        it (hidden at first: many meetings record no gender, and the countdown comes first)."""
        from moderator.ui.chair.balance_panel import BalancePanel

        self.balance_panel = BalancePanel(service, self)
        shown = QSettings().value(BALANCE_SETTING, False, type=bool)
        self.balance_panel.setVisible(bool(shown))
        action = self.actions["balance"]
        action.setCheckable(True)
        action.setChecked(bool(shown))
        action.toggled.connect(self.show_balance)

    def show_balance(self, shown: bool) -> None:
        """Show or hide the live balance, and remember it for the next start."""
        self.balance_panel.setVisible(shown)
        QSettings().setValue(BALANCE_SETTING, shown)
        if self.actions["balance"].isChecked() != shown:
            self.actions["balance"].setChecked(shown)

    def _with_chair_settings(self):  # type: ignore[no-untyped-def]
        """The console's own settings and notes, read on first use: the meeting's speech rules
        go to the service, the notes panel shows its notes."""
        if not self._chair_settings_read:
            meeting = self._service.state.meeting.id
            self._service.speech_rules = self.chair_settings.speech_rules(meeting)
            self._chair_settings_read = True
            self.notes_panel.set_notes(self.chair_settings)
        return self.chair_settings

    def _edit_speaker_note(self) -> None:
        self._with_chair_settings()
        selected = self.selected_entry_id()
        if selected is not None:
            self.notes_panel.edit_entry_note(selected)
        else:
            self.notes_panel.edit_speaker_note()

    def open_speech_rules(self):  # type: ignore[no-untyped-def]
        from moderator.ui.chair.meeting_settings_dialog import MeetingSettingsDialog

        dialog = MeetingSettingsDialog(
            self._with_chair_settings(), self._service.state.meeting, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda rules: setattr(self._service, "speech_rules", rules))
        dialog.open()
        return dialog

    def open_report(self, meeting: bool):  # type: ignore[no-untyped-def]
        """The report window of this session (or its whole meeting); non-modal."""
        from moderator.services.report.report_reading import ReportReader
        from moderator.ui.report.report_window import open_report_window

        state, reports = self._service.state, ReportReader.of_session(self._service)
        if meeting:
            return open_report_window(
                self, reports, meeting_id=state.meeting.id, now_ms=self._service.now_ms
            )
        return open_report_window(
            self, reports, session_id=state.session.id, now_ms=self._service.now_ms
        )

    def open_agenda_editor(self):  # type: ignore[no-untyped-def]
        """The agenda editor (non-modal). Edits of the open session go through this window's
        own runner, so the chair's view and the file stay one."""
        from moderator.services.agenda.agenda_editing import AgendaEditing
        from moderator.ui.agenda.agenda_editor import open_agenda_editor

        return open_agenda_editor(self, lambda: AgendaEditing.of_session(self._service))

    def open_thresholds(self):  # type: ignore[no-untyped-def]
        from moderator.ui.chair.thresholds_dialog import ThresholdsDialog

        dialog = ThresholdsDialog(self._service, self)
        dialog.open()
        return dialog

    def open_fit_to_end(self):  # type: ignore[no-untyped-def]
        from moderator.ui.chair.fit_dialog import open_fit_to_end

        return open_fit_to_end(self._service, self)

    # --- speaker display and import -----------------------------------------------------------

    def _wire_speaker_display(self, service: SessionService) -> None:
        """The display's actions and its indicator in the status bar; the display window itself
        is built on first use (start-up time: most sessions never open it), or at the first show
        of the console when the podium showed something last time (``_restore_speaker_display``)."""
        from moderator.ui.display.display_indicator import DisplayIndicator

        self._speaker_display = None
        self._display_dialog = None
        self._display_restored = False
        self.display_indicator = DisplayIndicator(self)
        self.display_indicator.clicked.connect(self._open_display_controls)
        self.statusBar().addPermanentWidget(self.display_indicator)
        show = self._with_display
        self.actions["toggle_display"].triggered.connect(lambda: show().toggle_display())
        self.actions["display_controls"].triggered.connect(self._open_display_controls)
        self.actions["blackout"].triggered.connect(lambda: show().toggle_blackout())
        self.actions["message_conclude"].triggered.connect(lambda: self._send_preset("conclude"))
        self.actions["message_time_up"].triggered.connect(lambda: self._send_preset("time_up"))
        self.actions["message_clear"].triggered.connect(lambda: show().clear_message())
        self.actions["message_type"].triggered.connect(self._type_display_message)

    def _with_display(self):  # type: ignore[no-untyped-def]
        if self._speaker_display is None:
            from moderator.services.display.display_settings import DisplaySettings
            from moderator.ui.display.speaker_display import SpeakerDisplay

            self._speaker_display = SpeakerDisplay(self._service, DisplaySettings(), console=self)
            self._speaker_display.sig_status.connect(
                lambda status: self.statusBar().showMessage(status, STATUS_MESSAGE_MS)
            )
            self.display_indicator.attach(self._speaker_display)
            self.sig_display_built.emit(self._speaker_display)
        return self._speaker_display

    @property
    def built_speaker_display(self):  # type: ignore[no-untyped-def]
        """The speaker display if it was built already, else None (never builds it)."""
        return self._speaker_display

    def _restore_speaker_display(self) -> None:
        """At the console's first show: if the podium showed something when the console last
        ran (shown, blackout or a message, kept in the settings), build the display and put it
        back, so a restart after a crash does not leave the speaker in front of a dark screen."""
        if self._display_restored:
            return
        self._display_restored = True
        from moderator.services.display.display_settings import DisplaySettings

        last = DisplaySettings()
        if last.shown or last.blackout or last.message is not None:
            self._with_display().restore()

    def _open_display_controls(self) -> None:
        self.display_dialog.show()
        self.display_dialog.raise_()
        self.display_dialog.activateWindow()

    @property
    def speaker_display(self):  # type: ignore[no-untyped-def]
        """The speaker display (podium screen), created on first use."""
        return self._with_display()

    @property
    def display_dialog(self):  # type: ignore[no-untyped-def]
        if self._display_dialog is None:
            from moderator.ui.display.display_messages import DisplayControlsDialog

            self._display_dialog = DisplayControlsDialog(self._with_display(), self)
            # While the controls are the active window (after Ctrl+M and Enter) the display's
            # own shortcuts (F5, Ctrl+B, Ctrl+0, Ctrl+1, Ctrl+2) still act. Only these: the
            # others are plain keys (N, Space, Return, Delete, →) that mean typing or choosing
            # a message here, not acting on the speaker list. Escape returns to the console.
            for name in DISPLAY_ACTIONS:
                self._display_dialog.addAction(self.actions[name])
        return self._display_dialog

    def _send_preset(self, which: str) -> None:
        from moderator.ui.display.display_messages import PLEASE_CONCLUDE, TIME_IS_UP

        self._with_display().send_message(PLEASE_CONCLUDE if which == "conclude" else TIME_IS_UP)

    def _type_display_message(self) -> None:
        self.display_dialog.show()
        self.display_dialog.raise_()
        self.display_dialog.controls.message_text.setFocus()

    def _wire_import(self) -> None:
        from moderator.ui.agenda.import_drop import ImportDropFilter

        self.setAcceptDrops(True)
        self.installEventFilter(ImportDropFilter(self, self.open_import))
        self.actions["import_agenda"].triggered.connect(self._choose_import)

    def _choose_import(self) -> None:
        from moderator.ui.agenda.import_dialog import choose_import_file

        front = self._front_window()
        path = choose_import_file(front)
        if path is not None:
            self.open_import(path, front)

    def _front_window(self) -> QWidget:
        """The console's window in front: the agenda editor when staff press Ctrl+I there, so
        the dialogs open over it and it is still in front when they close."""
        active = QApplication.activeWindow()
        window = active
        while window is not None and window is not self:
            window = window.parentWidget()
        return active if window is self and active is not None else self

    def open_import(self, path, over=None):  # type: ignore[no-untyped-def]
        """The import dialog for ``path`` (non-modal, over the window ``over``, else the one in
        front); the open session re-reads on success."""
        from moderator.services.agenda.agenda_import import AgendaImporter
        from moderator.ui.agenda.import_dialog import open_import_dialog

        importer = AgendaImporter.of_session(self._service)
        parent = over if over is not None else self._front_window()
        dialog = open_import_dialog(parent, importer, path, now_ms=self._service.now_ms)
        dialog.sig_imported.connect(importer.settle)
        return dialog

    # --- adding speakers ---------------------------------------------------------------------

    def open_add_speaker(self):  # type: ignore[no-untyped-def]
        from moderator.ui.chair.add_speaker_dialog import AddSpeakerDialog

        dialog = AddSpeakerDialog(self._service, self)
        dialog.sig_added.connect(self._select_entry)
        dialog.open()
        return dialog

    def open_room_request(self):  # type: ignore[no-untyped-def]
        from moderator.ui.chair.add_speaker_dialog import RoomRequestPicker

        selected = self.selected_entry_id()
        state = self._service.state
        participant = state.entry(selected).participant_id if selected else None
        dialog = RoomRequestPicker(self._service, participant, self)
        dialog.open()
        return dialog

    def _select_entry(self, entry_id: str) -> None:
        if not self._service.state.has_entry(entry_id):
            return
        index = self.speaker_model.index(self.speaker_model.row_of_entry(entry_id), 0)
        self.speaker_view.setCurrentIndex(index)
        self.speaker_view.scrollTo(index)

    def list_menu(self) -> QMenu:
        """The right-click menu of the list: the list actions, with their shortcuts shown."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in _LIST_MENU:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        return menu

    def ask_for_time(self) -> None:
        """T: the chair types the remaining time (m:ss, or minutes)."""
        from moderator.ui.common.time_input import ask_remaining_time

        if self._service.state.current_entry_id is None:
            self._show_rejection(self.tr("Nobody has the floor: there is no time to set"))
            return
        remaining = ask_remaining_time(
            self, self._service.state.clock.remaining_ms(self._service.now_ms())
        )
        if remaining is not None:
            self._service.set_time(remaining)

    # --- undo, redo, help ----------------------------------------------------------------------

    def undo(self) -> None:
        """Ctrl+Z, and the status bar says what it undid ("Undone: Floor to Amira Haddad"): an
        undo that changes the floor or the clock must not pass unnoticed. A refused undo says
        why instead (the service's rejection)."""
        text = self._service.undo()
        if text is not None:
            redo_key = (
                self.actions["redo"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.statusBar().showMessage(
                self.tr("Undone: {action} ({key} redoes it)").format(action=text, key=redo_key),
                STATUS_MESSAGE_MS,
            )

    def redo(self) -> None:
        text = self._service.redo()
        if text is not None:
            self.statusBar().showMessage(
                self.tr("Redone: {action}").format(action=text), STATUS_MESSAGE_MS
            )

    def _name_undo_step(self, text: str) -> None:
        """Undo's tip (menu status line, tooltip) names the step it would take: "Undo: Floor
        to Amira Haddad". The menu keeps the plain word, where the chair looks for it."""
        if not self._closed:
            self._name_step("undo", self.tr("Undo: {step}"), text)

    def _name_redo_step(self, text: str) -> None:
        if not self._closed:
            self._name_step("redo", self.tr("Redo: {step}"), text)

    def _name_step(self, name: str, template: str, text: str) -> None:
        plain = next(spec.description for spec in ACTION_SPECS if spec.name == name)
        tip = template.format(step=text) if text else QCoreApplication.translate("Action", plain)
        self.actions[name].setToolTip(tip)
        self.actions[name].setStatusTip(tip)

    def open_about(self):  # type: ignore[no-untyped-def]
        """Help → About Moderator (non-modal): versions, the data file, the logs."""
        from moderator.ui.shortcuts.help_overlay import AboutDialog

        dialog = AboutDialog(self._database_label, self)
        dialog.show()
        return dialog

    def _show_rejection(self, reason: str) -> None:
        self.statusBar().showMessage(reason, STATUS_MESSAGE_MS)
        self.sig_refused.emit(reason)

    def _show_save_failure(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()
        QTimer.singleShot(STATUS_MESSAGE_MS * 2, self.error_banner.hide)

    # --- window events -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            log.info("first paint", extra={"at_monotonic": time.monotonic()})
            QTimer.singleShot(0, self.sig_first_paint.emit)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        # The sync may still hand over a view while the console quits: a closed window no
        # longer follows the session (its ticker is going away).
        if not self._closed:
            self._closed = True
            self._service.sig_state_changed.disconnect(self._on_state_changed)
            self._service.sig_state_reset.disconnect(self._on_state_reset)
            self.countdown_ticker.deleteLater()
        super().closeEvent(event)
