"""``moderator report``: the files it writes, and the one-line errors with exit code 2.

Two tests start the real command as a subprocess (the PDF one without ``QT_QPA_PLATFORM``
and without a display, as on a server); the rest call ``main`` with an argument list.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import report_scenario as sc

from moderator.__main__ import main
from moderator.services.report.report_export import ReportFormat

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def finished_db(tmp_path: Path) -> Path:
    return sc.build_database(tmp_path / "meeting.sqlite3", finished=True)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run_subprocess(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=90,
        check=False,
    )


def test_the_meeting_report_as_csv_from_the_command_line(finished_db, out):
    target = out / "meeting.csv"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    result = run_subprocess(
        "report", "--meeting", sc.MEETING_ID, "--format", "csv", "-o", str(target),
        "--db", str(finished_db), env=env,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the meeting report (8 turns) to {target}"
    csv_report = sc.read_report_csv(target)
    *_groups, total = csv_report.tables["groups"]
    assert (total["Turns"], total["Speaking time (s)"]) == ("8", "1445")
    assert len(csv_report.tables["sessions"]) == 3


def test_the_pdf_report_needs_no_display(finished_db, out):
    target = out / "morning.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)

    result = run_subprocess(
        "report", "--session", sc.MORNING, "-o", str(target), "--db", str(finished_db), env=env
    )

    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == ["morning.pdf"]


def test_the_format_comes_from_the_file_name_unless_given(finished_db, out, capsys):
    from openpyxl import load_workbook

    assert main(["report", "--session", sc.MORNING, "-o", str(out / "r.xlsx"),
                 "--db", str(finished_db)]) == 0  # fmt: skip
    assert load_workbook(out / "r.xlsx").sheetnames[2] == "Speakers"

    assert main(["report", "--session", sc.MORNING, "--format", "csv", "-o",
                 str(out / "r.txt"), "--db", str(finished_db)]) == 0  # fmt: skip
    assert sc.read_report_csv(out / "r.txt").header["Moderator report"] == "Session report"
    assert "Wrote the session report (6 turns)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("which", "message"),
    [
        (["--session", "no-such-session"], "moderator: no session with id 'no-such-session'"),
        (["--meeting", "no-such-meeting"], "moderator: no meeting with id 'no-such-meeting'"),
    ],
)
@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_an_unknown_session_or_meeting_exits_2_and_writes_nothing(
    finished_db, out, capsys, which, message, fmt
):
    target = out / f"report{fmt.suffix}"

    code = main(["report", *which, "-o", str(target), "--db", str(finished_db)])

    assert code == 2
    assert capsys.readouterr().err.strip() == message
    assert list(out.iterdir()) == []


def test_a_failed_report_keeps_an_earlier_file(finished_db, out, capsys):
    target = out / "report.pdf"
    target.write_bytes(b"the earlier report")

    assert main(["report", "--session", "nope", "-o", str(target), "--db", str(finished_db)]) == 2

    assert target.read_bytes() == b"the earlier report"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


def test_a_missing_database_exits_2_and_is_not_created(tmp_path, out, capsys):
    missing = tmp_path / "missing.sqlite3"

    code = main(["report", "--session", "x", "-o", str(out / "r.csv"), "--db", str(missing)])

    assert code == 2
    assert capsys.readouterr().err.strip() == f"moderator: no database at {missing}"
    assert not missing.exists()
    assert list(out.iterdir()) == []


def test_a_file_that_is_not_a_database_exits_2_with_one_line(tmp_path, out, capsys):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("these are my notes, not a database\n" * 20)

    code = main(["report", "--session", "x", "-o", str(out / "r.csv"), "--db", str(bogus)])

    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("moderator: ") and error.count("\n") == 1
    assert str(bogus) in error
    assert bogus.read_text().startswith("these are my notes")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("report.txt", "cannot tell the format of"),
        ("missing-folder/report.csv", "no folder"),
        (".", "is a folder"),
    ],
)
def test_an_unusable_output_exits_2(finished_db, out, capsys, target, message):
    code = main(
        ["report", "--session", sc.MORNING, "-o", str(out / target), "--db", str(finished_db)]
    )

    assert code == 2
    assert message in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_session_and_meeting_are_exclusive_and_one_is_required(finished_db, out, capsys):
    for argv in (
        ["report", "-o", str(out / "r.csv")],
        ["report", "--session", "a", "--meeting", "b", "-o", str(out / "r.csv")],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main([*argv, "--db", str(finished_db)])
        assert exit_info.value.code == 2
    assert list(out.iterdir()) == []
