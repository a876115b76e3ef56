"""Ctrl+I takes Moderator's own agenda JSON (``export-agenda --format json``, also one meeting of
it with ``--meeting``, the form a backend takes): the same rows, ids and speaker order."""

from __future__ import annotations

import dataclasses
import json
import time

from moderator.services.agenda.agenda_export import export_agenda_json
from moderator.services.agenda.agenda_import import AgendaImporter
from moderator.services.agenda.demo import build_demo_meeting
from moderator.storage import agenda_store
from moderator.storage.database import open_database, read_only
from moderator.storage.repository import Store
from moderator.ui.agenda.import_dialog import ImportDialog


def everything(engine) -> agenda_store.AgendaRows:  # type: ignore[no-untyped-def]
    with read_only(engine).connect() as connection:
        return agenda_store.read_all(connection)


def test_the_import_dialog_reads_one_exported_meeting_back_identical(qtbot, tmp_path):
    source = open_database(tmp_path / "staff.sqlite3")
    target = open_database(tmp_path / "chair.sqlite3")
    try:
        bundle = build_demo_meeting(time.time_ns() // 1_000_000)
        Store(source).add_meeting(bundle)
        agenda = tmp_path / "meeting.json"
        agenda.write_text(
            json.dumps(export_agenda_json(source, bundle.meeting.id)), encoding="utf-8"
        )
        dialog = ImportDialog(AgendaImporter(target), agenda)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
            dialog.import_button.click()
        before, after = everything(source), everything(target)
        assert after.sessions == before.sessions and after.items == before.items
        # The demo flag is the console's own (not exported): everything else is the same.
        assert after.participants == {
            pid: dataclasses.replace(p, is_demo=False) for pid, p in before.participants.items()
        }

        def lists(rows):  # type: ignore[no-untyped-def]
            return {
                item: [
                    (e.id, e.participant_id, e.speech_type, e.allotted_ms)
                    for e in sorted(rows.entries.values(), key=lambda e: e.order_key)
                    if e.agenda_item_id == item
                ]
                for item in rows.items
            }

        assert lists(after) == lists(before)
    finally:
        source.dispose()
        target.dispose()
