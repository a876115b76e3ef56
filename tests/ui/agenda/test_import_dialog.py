"""The import dialog: work off the GUI thread, progress, preview, import, errors, drops."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from support.qt_lag import GENEROUS_LAG_MS, LagMeter

from moderator.services.agenda.agenda_import import AgendaImporter
from moderator.storage import agenda_store
from moderator.storage.database import open_database, read_only
from moderator.ui.agenda.import_dialog import ImportDialog, ImportDropFilter, importable_path

#: Copies of the real schedule exports in ``../shared/samples`` (pretalx, frab), kept in the
#: repository so these tests run wherever it is cloned.
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
CONGRESS = SAMPLES / "frab-38c3.schedule.xml"
EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "agenda-example.xlsx"


@pytest.fixture
def engine(tmp_path):
    engine = open_database(tmp_path / "moderator.sqlite3")
    yield engine
    engine.dispose()


def rows(engine) -> agenda_store.AgendaRows:
    with read_only(engine).connect() as connection:
        return agenda_store.read_all(connection)


@pytest.fixture
def frozen_garbage():
    """Objects left by earlier tests in this process are not the console's: keep the garbage
    collector from scanning them during the measurement (a full collection of a long test
    session's heap alone can pause every thread for ~100 ms)."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.skipif(not CONGRESS.exists(), reason="shared samples not found")
def test_the_congress_schedule_imports_with_progress_and_a_responsive_loop(
    qtbot, engine, frozen_garbage
):
    dialog = ImportDialog(AgendaImporter(engine), CONGRESS)
    qtbot.addWidget(dialog)
    maxima: list[int] = []
    dialog.progress.valueChanged.connect(lambda _v: maxima.append(dialog.progress.maximum()))
    dialog.show()
    with LagMeter() as reading:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert "1007 session(s) in 72 room(s)" in dialog.summary.text()
    assert dialog.tree.topLevelItemCount() == 5
    assert rows(engine).sessions == {}  # the preview wrote nothing

    with LagMeter() as writing:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.sig_imported, timeout=30_000) as imported:
            pass
    assert imported.args[0].writes() == 3618
    assert len(rows(engine).sessions) == 1007
    assert max(maxima) > 1, "progress showed counts, not only a busy bar"
    print(
        f"\nevent-loop lag while reading {reading.worst_ms:.0f} ms, "
        f"while writing {writing.worst_ms:.0f} ms (a 20 ms timer's lateness)"
    )
    assert reading.worst_ms < GENEROUS_LAG_MS and writing.worst_ms < GENEROUS_LAG_MS


def test_a_bad_file_shows_the_error_and_imports_nothing(qtbot, engine, tmp_path):
    bad = tmp_path / "agenda.csv"
    bad.write_text("Session,Date,Start,Speaker\nMorning,2025-02-30,09:00,Ann\n", encoding="utf-8")
    dialog = ImportDialog(AgendaImporter(engine), bad)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert str(bad) in dialog.error.text()
    assert "row 2" in dialog.error.text() and "field 'Date'" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert rows(engine).meetings == {}


def test_the_example_imports_and_a_second_time_has_nothing_to_do(qtbot, engine):
    dialog = ImportDialog(AgendaImporter(engine), EXAMPLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        dialog.import_button.click()
    assert len(rows(engine).entries) == 6
    again = ImportDialog(AgendaImporter(engine), EXAMPLE)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: "already holds" in again.status.text(), timeout=10_000)
    assert not again.import_button.isEnabled()


def test_cancel_after_the_preview_closes_without_writing(qtbot, engine):
    dialog = ImportDialog(AgendaImporter(engine), EXAMPLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert rows(engine).meetings == {}


def _drag_events(paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, buttons, modifiers)
    drop = QDropEvent(QPointF(5, 5), actions, mime, buttons, modifiers)
    # Qt keeps a reference to the mime data only through the events: hold it with them.
    enter._mime = mime  # type: ignore[attr-defined]
    drop._mime = mime  # type: ignore[attr-defined]
    return enter, drop


def test_dropping_an_agenda_file_opens_it_and_other_drops_are_refused(qtbot, tmp_path):
    target = QWidget()
    qtbot.addWidget(target)
    target.setAcceptDrops(True)
    opened: list[Path] = []
    target.installEventFilter(ImportDropFilter(target, opened.append))

    enter, drop = _drag_events([EXAMPLE])
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, drop)
    assert opened == [EXAMPLE]

    for refused in ([tmp_path / "photo.png"], [EXAMPLE, EXAMPLE]):
        enter, drop = _drag_events(refused)
        enter.ignore()
        QApplication.sendEvent(target, enter)
        assert importable_path(enter) is None
        QApplication.sendEvent(target, drop)
    assert opened == [EXAMPLE]


def test_a_change_no_command_can_carry_is_refused_in_plain_view_and_nothing_is_written(
    qtbot, engine, tmp_path
):
    """A meeting followed on a backend: a sheet that adds a speaker to the followed session
    (a command can carry that) and a session this console does not have (none can: it would
    exist on this laptop only) is refused as a whole, the reason above the tree, not inside
    it, and the file is left exactly as it was."""
    import sqlite3
    from contextlib import closing

    from moderator.importers import load_plan
    from moderator.services.agenda.agenda_import import ImportRefused, apply_import
    from moderator.services.agenda.demo import build_demo_meeting
    from moderator.storage.repository import Store
    from moderator.storage.sync_store import link_session

    bundle = build_demo_meeting(1_760_000_000_000)
    Store(engine).add_meeting(bundle)
    session = bundle.sessions[0]
    with engine.begin() as connection:
        link_session(connection, session.id, cursor=1, now_ms=1)
    item = next(i for i in bundle.agenda_items if i.position == 1)
    sheet = tmp_path / "day.csv"
    sheet.write_text(
        "Meeting ID,Meeting,Timezone,Session ID,Session,Date,Start,End,Item ID,Agenda item,"
        "Speaker\n"
        f"{bundle.meeting.id},{bundle.meeting.title},{bundle.meeting.timezone},{session.id},"
        f"{session.title},2025-10-09,09:00,10:00,{item.id},{item.title},Nadia Haddad\n"
        f"{bundle.meeting.id},{bundle.meeting.title},{bundle.meeting.timezone},,"
        "Evening side event,2025-10-09,18:00,19:00,,Welcome,Nadia Haddad\n",
        encoding="utf-8",
    )

    def dump() -> dict[str, list]:
        with closing(sqlite3.connect(engine.url.database)) as connection:
            tables = [
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            return {
                t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables
                if not t.startswith("sqlite_")
            }

    before = dump()
    dialog = ImportDialog(AgendaImporter(engine), sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.status.text(), timeout=10_000)
    notice = dialog.notice.text()
    assert dialog.notice.isVisible(), "the reason is in plain view, not in the tree"
    assert "Refused" in notice and "nothing will be imported" in notice
    assert "Session “Evening side event”: not on this laptop" in notice
    assert "moderator-server import" in notice, "and it says what to do instead"
    assert not dialog.import_button.isEnabled()

    with pytest.raises(ImportRefused, match="Evening side event"):
        apply_import(engine, load_plan(sheet), now_ms=1_760_000_000_000)
    assert dump() == before, "nothing was written: not even the speaker a command could carry"


def _tree_lines(dialog) -> list[str]:
    lines = []
    for top in range(dialog.tree.topLevelItemCount()):
        kind = dialog.tree.topLevelItem(top)
        for g in range(kind.childCount()):
            group = kind.child(g)
            lines.append(f"{kind.text(0)}: {group.text(0)} {group.text(1)}")
            lines += [f"  {group.child(i).text(0)}" for i in range(group.childCount())]
    return lines


@pytest.mark.skipif(not (SAMPLES / "frab-camp2019.schedule.json").exists(), reason="no samples")
def test_talks_no_longer_in_the_file_are_listed_and_removed_only_when_ticked(
    qtbot, engine, tmp_path
):
    """Issue 17: the preview names what left the file; the box redoes the preview with the
    removals listed, and only then does Import remove them."""
    import json

    from moderator.importers import load_plan
    from moderator.services.agenda.agenda_import import apply_import

    camp = SAMPLES / "frab-camp2019.schedule.json"
    apply_import(engine, load_plan(camp), now_ms=1)
    document = json.loads(camp.read_text(encoding="utf-8"))
    day = document["schedule"]["conference"]["days"][0]
    room = next(iter(day["rooms"]))
    dropped = day["rooms"][room].pop(0)["title"].strip()
    later = tmp_path / "camp-later.json"
    later.write_text(json.dumps(document), encoding="utf-8")

    dialog = ImportDialog(AgendaImporter(engine), later)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.prune_check.isVisible(), timeout=30_000)
    assert not dialog.import_button.isEnabled()  # nothing else changed
    assert "1 record(s) are no longer in it" in dialog.status.text()
    lines = _tree_lines(dialog)
    assert "Sessions: no longer in the file: kept 1" in lines
    assert any(line.startswith(f"  {dropped} (2019-08-") for line in lines)
    assert "(1 session(s) or agenda item(s)" in dialog.prune_check.text()

    qtbot.mouseClick(dialog.prune_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert "Sessions: to remove 1" in _tree_lines(dialog)
    assert dropped in {s.title for s in rows(engine).sessions.values()}  # not yet

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_imported, timeout=30_000):
        pass
    assert dropped not in {s.title for s in rows(engine).sessions.values()}
    assert "Sessions: removed 1" in _tree_lines(dialog)


def test_how_a_sheet_was_read_is_in_plain_view_before_importing(qtbot, engine, tmp_path):
    """Issue 17: merged cells filled down, a column chosen over another: said before Import."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Session", "Date", "Start", "Theme", "Track", "Speaker"])
    sheet.append(["Opening", "2026-04-21", "09:00", "Welcome", "Plenary", "Ann"])
    sheet.append([None, None, None, None, None, "Bob"])
    sheet.append([None, None, None, None, None, "Cy"])
    for column in "ABCDE":
        sheet.merge_cells(f"{column}2:{column}4")
    path = tmp_path / "programme.xlsx"
    book.save(path)

    dialog = ImportDialog(AgendaImporter(engine), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    notice = dialog.notice.text()
    assert dialog.notice.isVisible(), notice
    assert "How the file was read:" in notice
    assert "• merged cells filled down (each row reads the merged value): A2:A4" in notice
    assert "'Track' was read, 'Theme' ignored" in notice
    assert "3 speaker entries" in dialog.summary.text()


def test_a_calendar_with_a_16_day_event_imports_and_the_dialog_names_the_event(qtbot, engine):
    """machBar's Google calendar: its 16-day CODEWEEK made the old importer refuse all 64
    events; now the rest imports and the event left out is named above the preview."""
    dialog = ImportDialog(AgendaImporter(engine), SAMPLES / "google-machbar.ics")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert dialog.notice.isVisible()
    notice = dialog.notice.text()
    assert "'CODEWEEK' (2017-10-07 to 2017-10-22, 16 days)" in notice
    assert "repeat beyond" in notice
    with qtbot.waitSignal(dialog.sig_imported, timeout=30_000):
        dialog.import_button.click()
    titles = {s.title for s in rows(engine).sessions.values()}
    assert "OpenLab" in titles and "CODEWEEK" not in titles
