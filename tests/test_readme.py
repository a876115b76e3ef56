"""The README's promises that code can check: the shortcut table and the Quick start commands."""

from __future__ import annotations

import re
from pathlib import Path

from moderator.ui.shortcuts.actions import ACTION_SPECS, shortcut_text

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_shortcut_table_lists_exactly_the_applications_actions(qapp):
    section = README.split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section, flags=re.MULTILINE)
    table = [(keys, text) for keys, text in rows if keys not in ("keys", "---")]
    assert table == [(shortcut_text(spec), spec.description) for spec in ACTION_SPECS]


def test_the_quick_start_has_two_commands_that_exist_and_ci_runs_the_test_command():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.strip().splitlines()]
    assert commands == ["bash scripts/run.sh", "bash scripts/test.sh"]
    for command in commands:
        assert (ROOT / command.split()[1]).is_file()
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
