"""The window-less command line: version, export, and where the data file lives by default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from moderator import __version__
from moderator.services.agenda.demo import load_demo
from moderator.storage.database import open_database
from moderator.storage.repository import Store


def run_moderator(*args: str, env_extra: dict[str, str] | None = None, home: Path | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version_prints_the_package_version():
    result = run_moderator("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"moderator {__version__}"


def test_export_without_db_reads_the_user_data_folder(tmp_path: Path):
    result = run_moderator("export", "--format", "json", home=tmp_path)
    assert result.returncode == 2
    expected = tmp_path / "data" / "Moderator" / "moderator.sqlite3"
    assert f"no database at {expected}" in result.stderr
    assert not expected.exists(), "export must never create a database"


def test_export_prints_the_demo_meeting_as_json(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    engine = open_database(path)
    bundle = load_demo(Store(engine), 1_700_000_000_000)
    engine.dispose()
    result = run_moderator("export", "--format", "json", "--db", str(path))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "moderator-export"
    (meeting,) = document["meetings"]
    assert meeting["is_demo"] is True
    assert len(meeting["participants"]) == len(bundle.participants)
    (session,) = meeting["sessions"]
    titles = [item["title"] for item in session["agenda_items"]]
    assert titles[0] == "Opening remarks" and titles[-1] == "Closing remarks"
    assert [t.split(" — ")[0] for t in titles[1:4]] == ["Segment 1", "Segment 2", "Segment 3"]
    assert "Interactive discussion" in titles
    speakers = [s for item in session["agenda_items"] for s in item["speakers"]]
    assert len(speakers) == len(bundle.entries)
    assert session["clock"]["status"] == "idle"
    assert document["commands"] == []


def test_the_demo_mixes_groups_and_places_as_the_reference_meeting_does():
    from moderator.services.agenda.demo import build_demo_meeting

    bundle = build_demo_meeting(1_700_000_000_000)
    groups = {p.stakeholder_group.value for p in bundle.participants}
    assert {"parliament", "civil_society", "un_entity"} <= groups
    assert {p.attendance.value for p in bundle.participants} == {"in_room", "remote"}
    assert all(p.is_demo for p in bundle.participants)
    assert bundle.meeting.title.startswith("DEMO")
