"""Importing an agenda file from the UI: a non-modal dialog, and drag and drop onto a window.

The dialog reads the file and compares it with the database on a worker thread (a
``QThreadPool`` of one thread owned by the dialog), shows progress, then the preview (counts
and a tree of what will be created, updated or kept), and writes only when staff press
Import, again on the worker, in one transaction. The GUI thread never parses or writes, so the
chair's countdown keeps ticking during a congress-sized import. Errors name the file, row or
element, and field, and leave the database as it was. Cancel before the commit rolls back.

A file arrives by the file dialog (``choose_import_file``) or a drop (``import_drop``); either
way ``open_import_dialog`` (with an ``AgendaImporter``: the file to import into) shows the same
preview before anything is written. Sessions and agenda items an earlier import made that the
file no longer lists are shown as "no longer in the file: kept"; the "Remove what is no longer
in the file" box (shown only then) compares again with pruning, so the tree lists exactly what
Import will remove before anything is.
``ImportDialog.sig_imported`` says when rows changed, so the views showing sessions re-read them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.importers import EXTENSIONS, ImportPlan, ScheduleImportError, load_plan
from moderator.services.agenda.agenda_import import (
    KIND_LABELS,
    Action,
    AgendaImporter,
    ImportCancelled,
    ImportPreview,
    ImportRefused,
)
from moderator.services.common.errors import DatabaseError
from moderator.ui.common.file_dialogs import choose_file_to_open

#: Names listed under one kind and action in the preview tree before "… and N more".
NAMES_LISTED = 200
#: Progress reports from the worker at most this often (seconds), so they never flood the loop.
PROGRESS_INTERVAL_S = 0.05

_ACTION_TEXT = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportDialog", "to create"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "to update"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "unchanged"),
    Action.KEEP: QT_TRANSLATE_NOOP("ImportDialog", "kept as they are"),
    Action.REMOVE: QT_TRANSLATE_NOOP("ImportDialog", "to remove"),
    Action.GONE: QT_TRANSLATE_NOOP("ImportDialog", "no longer in the file: kept"),
    Action.REFUSED: QT_TRANSLATE_NOOP("ImportDialog", "refused: cannot reach the backend"),
}
#: The heading of each kind of record.
_KIND_TITLES = {
    "meeting": QT_TRANSLATE_NOOP("ImportDialog", "Meetings"),
    "participant": QT_TRANSLATE_NOOP("ImportDialog", "Participants"),
    "session": QT_TRANSLATE_NOOP("ImportDialog", "Sessions"),
    "agenda_item": QT_TRANSLATE_NOOP("ImportDialog", "Agenda items"),
    "speaker_entry": QT_TRANSLATE_NOOP("ImportDialog", "Speaker entries"),
}
#: The same once the import is applied.
_DONE_TEXT = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportDialog", "created"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "updated"),
    Action.REMOVE: QT_TRANSLATE_NOOP("ImportDialog", "removed"),
}
#: Refused and kept records named in the plain-view notice before "… and N more".
NOTICE_LISTED = 12


class _Stopped(Exception):
    """Raised from a progress callback to abandon parsing when the dialog is cancelled."""


class _WorkerSignals(QObject):
    """Created on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    progress = Signal(str, int, int)
    previewed = Signal(object, object)  # (ImportPlan, ImportPreview)
    applied = Signal(object)  # ImportPreview of what was written
    failed = Signal(str)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class ImportDialog(QDialog):
    """Preview, then import, one file into the file of ``importer``."""

    #: Rows were written; carries the ``ImportPreview`` of what was done.
    sig_imported = Signal(object)

    def __init__(
        self,
        importer: AgendaImporter,
        path: Path,
        parent: QWidget | None = None,
        now_ms: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name))
        self._importer = importer
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._plan: ImportPlan | None = None
        #: Whether the preview shown (and so the import) removes what left the file.
        self._prune = False
        self._stop = threading.Event()
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _WorkerSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.previewed.connect(self._on_previewed)
        self._signals.applied.connect(self._on_applied)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._build()
        self._start(self._read_and_compare, self.tr("Reading the file…"))

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(str(self.path), self)
        self.file_label.setObjectName("importFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setAccessibleName(self.tr("Import status"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the file holds"))
        self.notice = QLabel(self)
        self.notice.setObjectName("importNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("What the import cannot do"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importPreview")
        self.tree.setAccessibleName(self.tr("What the import will change"))
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Count")])
        self.tree.setColumnWidth(0, 460)
        self.tree.setUniformRowHeights(True)
        self.prune_check = QCheckBox(self)
        self.prune_check.setObjectName("pruneCheck")
        self.prune_check.setAccessibleName(self.tr("Remove what is no longer in the file"))
        self.prune_check.hide()
        self.prune_check.toggled.connect(self._compare_again)
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setAccessibleName(self.tr("Import error"))
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._import)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.file_label,
            self.status,
            self.progress,
            self.summary,
            self.notice,
            self.tree,
            self.prune_check,
            self.error,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.resize(640, 480)

    # --- work on the worker thread ---------------------------------------------------------------

    def _reporter(self, phase: str) -> Callable[[int, int], None]:
        last = [0.0]

        def report(done: int, total: int) -> None:
            if self._stop.is_set():
                raise _Stopped()
            now = time.monotonic()
            if done >= total or now - last[0] >= PROGRESS_INTERVAL_S:
                last[0] = now
                self._signals.progress.emit(phase, done, total)

        return report

    def _read_and_compare(self) -> None:
        plan = load_plan(self.path, progress=self._reporter("read"))
        self._signals.progress.emit("compare", 0, 0)
        preview = self._importer.preview(plan)
        self._signals.previewed.emit(plan, preview)

    def _compare(self, plan: ImportPlan, prune: bool) -> None:
        self._signals.progress.emit("compare", 0, 0)
        self._signals.previewed.emit(plan, self._importer.preview(plan, prune=prune))

    def _write(self, prune: bool) -> None:
        assert self._plan is not None
        done = self._importer.apply(
            self._plan,
            now_ms=self._now_ms(),
            progress=self._reporter("write"),
            cancelled=self._stop.is_set,
            prune=prune,
        )
        self._signals.applied.emit(done)

    def _start(self, work: Callable[[], None], status: str) -> None:
        self._busy = True
        self.status.setText(status)
        self.progress.setRange(0, 0)
        signals = self._signals

        def guarded() -> None:
            try:
                work()
            except (_Stopped, ImportCancelled):
                signals.cancelled.emit()
            except (ScheduleImportError, DatabaseError, ImportRefused) as error:
                signals.failed.emit(str(error))
            except Exception as error:  # a bug: say so in the dialog, never kill the worker
                signals.failed.emit(
                    f"{self.path}: unexpected error ({type(error).__name__}: {error})"
                )

        self._pool.start(_Task(guarded))

    # --- results on the GUI thread ---------------------------------------------------------------

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if phase == "compare":
            self.status.setText(self.tr("Comparing with the database…"))
        elif phase == "write":
            self.status.setText(self.tr("Importing…"))

    def _on_previewed(self, plan: ImportPlan, preview: ImportPreview) -> None:
        self._busy = False
        self._plan = plan
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_preview(preview, applied=False)
        self._show_prune(preview)
        changes = preview.writes()
        if preview.refused():
            changes = 0
            self.status.setText(self.tr("This file cannot be imported here: nothing is written."))
        elif not changes and preview.prunable():
            self.status.setText(
                self.tr(
                    "The database holds everything in this file; {n} record(s) are no longer "
                    "in it (tick the box below to remove them)."
                ).format(n=len(preview.prunable()))
            )
        else:
            self.status.setText(
                self.tr("Ready to import.")
                if changes
                else self.tr("The database already holds everything in this file.")
            )
        self.import_button.setEnabled(changes > 0)
        if changes:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _show_prune(self, preview: ImportPreview) -> None:
        """The box appears when something left the file, and says how much pruning removes."""
        removable = len(preview.prunable()) + (
            sum(
                1
                for c in preview.changes
                if c.action is Action.REMOVE and c.kind != "speaker_entry"
            )
            if self._prune
            else 0
        )
        self.prune_check.setText(
            self.tr(
                "Remove what is no longer in the file ({n} session(s) or agenda item(s), with "
                "their lists of speakers)"
            ).format(n=removable)
        )
        self.prune_check.setVisible(bool(removable) or self._prune)
        self.prune_check.setEnabled(True)

    def _compare_again(self, prune: bool) -> None:
        """Ticked or cleared: the preview is redone, so what it lists is what Import does."""
        if self._plan is None or self._busy:
            return
        self._prune = prune
        self.prune_check.setEnabled(False)
        self.import_button.setEnabled(False)
        plan = self._plan
        self._start(lambda: self._compare(plan, prune), self.tr("Comparing with the database…"))

    def _on_applied(self, preview: ImportPreview) -> None:
        self._busy = False
        self.prune_check.setEnabled(False)
        self._show_preview(preview, applied=True)
        self.status.setText(self.tr("Imported: {n} records written.").format(n=preview.writes()))
        self.import_button.setEnabled(False)
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.sig_imported.emit(preview)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Nothing was imported."))
        self.error.setText(message)
        self.error.show()
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))

    def _on_cancelled(self) -> None:
        self._busy = False
        self.status.setText(self.tr("Cancelled: nothing was imported."))

    def _show_notice(self, preview: ImportPreview, applied: bool) -> None:
        """In plain view, above the tree: what is refused (and so blocks the import), what is
        sent to the backend, how the file was read (its notes: merged cells, a zone inferred,
        events of several days left out, series cut…), and what is kept as it is, each with its
        reason."""
        lines: list[str] = []
        refused = preview.refused()
        if refused:
            lines.append(
                self.tr(
                    "Refused: the backend cannot take these changes from this console, so "
                    "nothing will be imported:"
                )
            )
            lines += [f"• {_record(change)}: {change.reason}" for change in refused[:NOTICE_LISTED]]
            if len(refused) > NOTICE_LISTED:
                lines.append(self.tr("… and {n} more").format(n=len(refused) - NOTICE_LISTED))
        elif preview.queued:
            text = (
                self.tr("Sent to the backend as {n} action(s), queued like the chair's own.")
                if applied
                else self.tr(
                    "This meeting is on a backend: the import is sent there as {n} action(s), "
                    "queued like the chair's own (they wait in the queue while offline)."
                )
            )
            lines.append(text.format(n=preview.queued))
        if preview.notes:  # how the file was read: merged cells, a zone inferred, columns…
            lines.append(self.tr("How the file was read:"))
            lines += [f"• {note}" for note in preview.notes[:NOTICE_LISTED]]
            if len(preview.notes) > NOTICE_LISTED:
                more = len(preview.notes) - NOTICE_LISTED
                lines.append(self.tr("… and {n} more").format(n=more))
        kept = preview.kept()
        if kept:
            lines.append(self.tr("Kept as they are:"))
            lines += [f"• {_record(change)}: {change.reason}" for change in kept[:NOTICE_LISTED]]
            if len(kept) > NOTICE_LISTED:
                lines.append(self.tr("… and {n} more").format(n=len(kept) - NOTICE_LISTED))
        self.notice.setText("\n".join(lines))
        self.notice.setStyleSheet("color: #b00020; font-weight: bold;" if refused else "")
        self.notice.setVisible(bool(lines))

    def _show_preview(self, preview: ImportPreview, applied: bool) -> None:
        self._show_notice(preview, applied)
        counts = preview.counts
        self.summary.setText(
            self.tr(
                "{meetings} meeting(s), {sessions} session(s) in {rooms} room(s), "
                "{participants} participant(s), {entries} speaker entries ({format})."
            ).format(
                meetings=counts.meetings,
                sessions=counts.sessions,
                rooms=counts.rooms,
                participants=counts.participants,
                entries=counts.entries,
                format=preview.format,
            )
        )
        self.tree.clear()
        groups: dict[tuple[str, Action], list] = {}
        for change in preview.changes:
            groups.setdefault((change.kind, change.action), []).append(change)
        for kind in KIND_LABELS:
            actions = [a for a in Action if groups.get((kind, a))]
            if not actions:
                continue
            top = QTreeWidgetItem([self.tr(_KIND_TITLES[kind]), ""])
            self.tree.addTopLevelItem(top)
            for action in actions:
                changes = groups[(kind, action)]
                verb = (_DONE_TEXT if applied else {}).get(action, _ACTION_TEXT[action])
                group = QTreeWidgetItem([self.tr(verb), str(len(changes))])
                top.addChild(group)
                for change in changes[:NAMES_LISTED]:
                    detail = change.name
                    if change.fields:
                        detail += f" ({', '.join(change.fields)})"
                    if change.reason:
                        detail += f" — {change.reason}"
                    group.addChild(QTreeWidgetItem([detail, ""]))
                if len(changes) > NAMES_LISTED:
                    more = self.tr("… and {n} more").format(n=len(changes) - NAMES_LISTED)
                    group.addChild(QTreeWidgetItem([more, ""]))
                group.setExpanded(
                    action
                    in (Action.CREATE, Action.UPDATE, Action.REMOVE, Action.GONE, Action.REFUSED)
                    and len(changes) <= 20
                )
            top.setExpanded(True)

    # --- buttons and closing ---------------------------------------------------------------------

    def _import(self) -> None:
        if self._plan is None or self._busy:
            return
        self.import_button.setEnabled(False)
        self.prune_check.setEnabled(False)
        prune = self._prune
        self._start(lambda: self._write(prune), self.tr("Importing…"))

    def reject(self) -> None:
        """Cancel: stop the worker (a write rolls back), wait for it, close."""
        self._stop.set()
        self._pool.waitForDone()
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        self._stop.set()
        self._pool.waitForDone()
        super().closeEvent(event)


def _record(change) -> str:  # type: ignore[no-untyped-def]
    """ "Agenda item “Budget”", "Session “Opening”": a change's record in words."""
    one, _many = KIND_LABELS.get(change.kind, (change.kind, change.kind))
    return f"{one.capitalize()} “{change.name}”"


def open_import_dialog(
    parent: QWidget | None,
    importer: AgendaImporter,
    path: Path,
    now_ms: Callable[[], int] | None = None,
) -> ImportDialog:
    """Open (non-modal) the import dialog for ``path``; it starts reading at once."""
    dialog = ImportDialog(importer, path, parent, now_ms)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


#: The file dialog's remembered folder for imports.
IMPORT_PURPOSE = "import"


def import_file_filter() -> str:
    patterns = " ".join(f"*{extension}" for extension in EXTENSIONS)
    return f"Agenda files ({patterns});;All files (*)"


def choose_import_file(parent: QWidget | None) -> Path | None:
    """Ask for a file to import; ``None`` if none was chosen (``ui.common.file_dialogs``: it
    never opens the files it lists, so the database's locks survive a look at its folder)."""
    title = QCoreApplication.translate("ImportDialog", "Import an agenda")
    return choose_file_to_open(parent, IMPORT_PURPOSE, title, import_file_filter())


# Drops are handled by the light module the main window imports at start-up.
from moderator.ui.agenda.import_drop import ImportDropFilter, importable_path  # noqa: E402, F401
