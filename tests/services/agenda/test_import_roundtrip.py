"""``export-agenda`` JSON and CSV import back without loss: into the same database nothing
changes, into an empty one the same agenda (same ids, same values) appears."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderator.importers import load_plan
from moderator.services.agenda.agenda_export import (
    export_agenda_csv,
    export_agenda_json,
    format_minutes,
)
from moderator.services.agenda.agenda_import import Action, apply_import
from moderator.services.agenda.demo import load_demo
from moderator.storage.repository import Store

#: Copies of the real schedule exports in ``../shared/samples`` (pretalx, frab), kept in the
#: repository so these tests run wherever it is cloned.
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


@pytest.fixture
def agenda(db_path, open_db):
    """The demo meeting plus the samples that are present: many shapes of agenda at once."""
    engine = open_db(db_path)
    load_demo(Store(engine), 1_700_000_000_000)
    for name in (
        "pretalx-democon.schedule.json",
        "frab-camp2019.schedule.json",
        "frab-38c3.schedule.xml",
    ):
        if (SAMPLES / name).exists():
            apply_import(engine, load_plan(SAMPLES / name), now_ms=1)
    return engine


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_imports_back_unchanged_and_identical(agenda, tmp_path, open_db, kind):
    exported = export_agenda_json(agenda)
    path = tmp_path / f"agenda.{kind}"
    if kind == "json":
        path.write_text(json.dumps(exported), encoding="utf-8")
    else:
        path.write_text(export_agenda_csv(agenda), encoding="utf-8", newline="")

    same = apply_import(agenda, load_plan(path), now_ms=2)
    assert set(same.totals()) == {Action.UNCHANGED}, [
        c for c in same.changes if c.action != Action.UNCHANGED
    ][:5]

    fresh = open_db(tmp_path / f"fresh-{kind}.sqlite3")
    created = apply_import(fresh, load_plan(path), now_ms=3)
    assert set(created.totals()) == {Action.CREATE}
    assert export_agenda_json(fresh) == exported


def test_an_empty_database_exports_an_empty_agenda(db_path, open_db):
    engine = open_db(db_path)
    assert export_agenda_json(engine)["meetings"] == []
    assert export_agenda_csv(engine).count("\n") == 1  # the header alone


@pytest.mark.parametrize(
    ("ms", "text"), [(0, "0"), (180_000, "3"), (210_000, "3:30"), (210_250, "3:30.250")]
)
def test_minutes_are_written_exactly(ms, text):
    assert format_minutes(ms) == text
