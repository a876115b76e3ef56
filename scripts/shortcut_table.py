"""Print the README's keyboard shortcut table from the action list
(``moderator.ui.shortcuts.actions``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shortcut_table.py

``tests/test_readme.py`` checks the README's table equals this output.
"""

from PySide6.QtWidgets import QApplication

from moderator.ui.shortcuts.actions import ACTION_SPECS, shortcut_text

if __name__ == "__main__":
    app = QApplication([])
    print("| keys | what it does |")
    print("| --- | --- |")
    for spec in ACTION_SPECS:
        print(f"| {shortcut_text(spec)} | {spec.description} |")
