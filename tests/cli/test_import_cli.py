"""``moderator import`` and ``moderator export-agenda`` as a script uses them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from moderator.__main__ import main

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "agenda-example.xlsx"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_prints_the_preview_and_writes_nothing(db_path, capsys):
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    capsys.readouterr()
    before = digest(db_path)
    csv = db_path.parent / "changed.csv"
    csv.write_text(
        "Meeting,Session,Date,Start,End,Speaker\n"
        "Board,Morning sitting,2025-03-01,09:00,10:00,Ada Example\n",
        encoding="utf-8",
    )
    assert main(["import", str(csv), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sessions" in out and "1 to create" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert digest(db_path) == before


def test_dry_run_without_a_database_creates_none(tmp_path, capsys):
    db = tmp_path / "absent.sqlite3"
    assert main(["import", str(EXAMPLE), "--db", str(db), "--dry-run"]) == 0
    assert not db.exists()
    assert "Total: 17 to create" in capsys.readouterr().out


def test_import_prints_counts_then_totals_and_a_second_run_is_unchanged(db_path, capsys):
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    first = capsys.readouterr().out.splitlines()
    assert first[0].startswith(f"{EXAMPLE} (XLSX): 1 meeting(s), 1 session(s) in 1 room(s)")
    assert any(line.split()[:3] == ["speaker", "entries", "6"] for line in first)
    assert first[-2].startswith("Total: 17 created, 0 updated")
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    assert "Total: 0 created, 0 updated, 17 unchanged" in capsys.readouterr().out


def test_a_bad_file_exits_2_with_one_line_naming_file_row_and_field(db_path, tmp_path, capsys):
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    before = digest(db_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Session,Date,Start,Speaker\nMorning,2025-03-01,09:00,Ada\nAfternoon,2025-03-01,25:99,Bo\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0] and "row 3" in lines[0] and "field 'Start'" in lines[0]
    assert digest(db_path) == before


def test_export_agenda_writes_a_file_that_imports_unchanged(db_path, tmp_path, capsys):
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    for kind in ("json", "csv"):
        out = tmp_path / f"agenda.{kind}"
        assert main(["export-agenda", "--format", kind, "--db", str(db_path), "-o", str(out)]) == 0
        capsys.readouterr()
        assert main(["import", str(out), "--db", str(db_path)]) == 0
        assert "0 created, 0 updated, 17 unchanged" in capsys.readouterr().out


def test_export_agenda_without_a_database_exits_2(tmp_path, capsys):
    assert main(["export-agenda", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "no database" in capsys.readouterr().err


def test_the_installed_command_runs_as_a_process(db_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "moderator",
            "import",
            str(EXAMPLE),
            "--db",
            str(db_path),
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Dry run" in result.stdout


def test_export_agenda_of_one_meeting_and_of_an_unknown_one(db_path, tmp_path, capsys):
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    out = tmp_path / "all.json"
    assert main(["export-agenda", "--db", str(db_path), "-o", str(out)]) == 0
    import json

    (meeting,) = json.loads(out.read_text(encoding="utf-8"))["meetings"]
    one = tmp_path / "one.json"
    code = main(["export-agenda", "--db", str(db_path), "--meeting", meeting["id"], "-o", str(one)])
    assert code == 0
    assert json.loads(one.read_text(encoding="utf-8"))["meetings"] == [meeting]
    capsys.readouterr()
    assert main(["export-agenda", "--db", str(db_path), "--meeting", "nope"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "has no meeting 'nope'" in captured.err


def test_a_file_the_backend_cannot_take_exits_2_and_writes_nothing(db_path, tmp_path, capsys):
    """Into a meeting followed on a backend, a session this laptop does not have cannot be
    sent: the dry run says so, the import exits 2 naming it, and the file is unchanged."""
    from moderator.services.agenda.demo import build_demo_meeting
    from moderator.storage.database import open_database
    from moderator.storage.repository import Store
    from moderator.storage.sync_store import link_session

    engine = open_database(db_path)
    bundle = build_demo_meeting(1_760_000_000_000)
    Store(engine).add_meeting(bundle)
    with engine.begin() as connection:
        link_session(connection, bundle.sessions[0].id, cursor=1, now_ms=1)
    engine.dispose()
    meeting = bundle.meeting
    sheet = tmp_path / "evening.csv"
    sheet.write_text(
        "Meeting ID,Timezone,Session,Date,Start,End,Speaker\n"
        f"{meeting.id},{meeting.timezone},Evening side event,2025-10-09,18:00,19:00,Nadia\n",
        encoding="utf-8",
    )
    before = db_path.read_bytes()

    assert main(["import", str(sheet), "--db", str(db_path), "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "refused: cannot reach the backend: Evening side event" in out
    assert "would be refused" in out
    assert main(["import", str(sheet), "--db", str(db_path)]) == 2
    error = capsys.readouterr().err
    assert "Nothing was imported" in error and "Evening side event: not on this laptop" in error
    assert db_path.read_bytes() == before


def test_sessions_no_longer_in_the_file_are_listed_kept_and_pruned_on_request(
    db_path, tmp_path, capsys
):
    """Issue 17: never silently: listed without --prune, removed with it."""
    first = tmp_path / "board.csv"
    first.write_text(
        "Meeting ID,Session,Date,Start,End,Speaker\n"
        "board,Morning,2026-03-01,09:00,10:00,Ada\n"
        "board,Afternoon,2026-03-01,14:00,15:00,Bo\n",
        encoding="utf-8",
    )
    assert main(["import", str(first), "--db", str(db_path)]) == 0
    capsys.readouterr()
    first.write_text(
        "Meeting ID,Session,Date,Start,End,Speaker\nboard,Morning,2026-03-01,09:00,10:00,Ada\n",
        encoding="utf-8",
    )

    assert main(["import", str(first), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "sessions              1 not in the file, kept: Afternoon (2026-03-01 14:00)" in out
    assert "1 record(s) no longer in the file: kept (--prune removes them)." in out

    before = digest(db_path)
    assert main(["import", str(first), "--db", str(db_path), "--prune", "--dry-run"]) == 0
    assert "1 to remove: Afternoon (2026-03-01 14:00)" in capsys.readouterr().out
    assert digest(db_path) == before

    assert main(["import", str(first), "--db", str(db_path), "--prune"]) == 0
    out = capsys.readouterr().out
    assert "1 removed: Afternoon (2026-03-01 14:00)" in out
    assert main(["import", str(first), "--db", str(db_path)]) == 0
    assert "not in the file" not in capsys.readouterr().out


def test_a_cut_off_csv_exits_2_naming_the_row_and_writes_nothing(db_path, tmp_path, capsys):
    """Issue 17: the fragment of a cut download changed the database before."""
    assert main(["import", str(EXAMPLE), "--db", str(db_path)]) == 0
    capsys.readouterr()
    before = digest(db_path)
    cut = tmp_path / "agenda-example.csv"
    cut.write_text(
        "Meeting,Session,Date,Start,End,Speaker,Organisation\n"
        "Board,Morning,2025-03-01,09:00,10:00,Ada Example,Finance\n"
        "Board,Morning,2025-03-01,09:00,10:00,Bo Example,Audit\n"
        "Board,Morning,2025-03-01,09:00,10:00,Cy Ex",
        encoding="utf-8",
    )
    assert main(["import", str(cut), "--db", str(db_path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"moderator: {cut}: row 4:") and "cut off" in error
    assert digest(db_path) == before
