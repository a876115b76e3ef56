"""Layering: the domain core imports no Qt, no database and no network library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FORBIDDEN_IN_DOMAIN = ("PySide6", "sqlalchemy", "alembic", "httpx", "qasync")


def test_import_linter_contracts_are_kept(repo_root: Path):
    lint_imports = Path(sys.executable).parent / "lint-imports"
    assert lint_imports.exists(), f"import-linter is not installed in {lint_imports.parent}"
    result = subprocess.run(
        [str(lint_imports)], cwd=repo_root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


_IMPORT_ALL_DOMAIN_MODULES = """
import importlib, json, pkgutil, sys
import moderator.domain as domain
names = ["moderator.domain"]
for info in pkgutil.walk_packages(domain.__path__, prefix="moderator.domain."):
    importlib.import_module(info.name)
    names.append(info.name)
forbidden = sys.argv[1:]
loaded = sorted(
    m for m in sys.modules
    if m.split(".")[0] in forbidden
    or m.startswith(("moderator.storage", "moderator.services", "moderator.ui"))
)
print(json.dumps({"imported": names, "forbidden_loaded": loaded}))
"""


def test_importing_every_domain_module_loads_no_qt_database_or_network(repo_root: Path):
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_DOMAIN_MODULES, *FORBIDDEN_IN_DOMAIN],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The walk found the modules (so an empty "forbidden" list is meaningful).
    expected = {
        f"moderator.domain.{p.stem}"
        for p in (repo_root / "moderator" / "domain").glob("*.py")
        if p.stem != "__init__"
    }
    assert expected <= set(report["imported"])
    assert report["forbidden_loaded"] == []
