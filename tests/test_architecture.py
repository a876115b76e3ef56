"""Layering: the domain core imports no Qt, no database and no network library; widgets reach
the file only through services, and leave the services' signals and private members alone.

The import-linter contracts (``pyproject.toml``) cover the imports: ``ui`` above ``services``
above ``storage`` above ``domain``, and no storage, SQLAlchemy or Alembic imported by a widget
module, lazily or for type checking alike. What imports cannot show is checked in the UI's
source: a signal is emitted only by the object it belongs to (a service's ``sig_*`` tells what
the service did, so a widget emitting it would speak for the service), and no widget reaches
for another object's private members.
"""

from __future__ import annotations

import ast
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


#: What moderator/ui still does across an edge, as (module, outermost function, name), each
#: with its reason. Keep it short: an entry no longer needed fails the test until removed.
ALLOWED_IN_UI: set[tuple[str, str, str]] = set()


class _EdgeCrossings(ast.NodeVisitor):
    """Emits of a ``sig_*`` signal that is not ``self``'s, and private members (``_name``,
    also through ``getattr``/``setattr``/``hasattr``) of anything but ``self`` or ``cls``."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.functions: list[str] = []
        self.found: set[tuple[str, str, str]] = set()

    def _note(self, name: str) -> None:
        self.found.add((self.module, self.functions[0] if self.functions else "", name))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # noqa: N815

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if (
            isinstance(function, ast.Attribute)
            and function.attr == "emit"
            and isinstance(function.value, ast.Attribute)
            and function.value.attr.startswith("sig_")
            and not _is_self(function.value.value)
        ):
            self._note(function.value.attr)
        if (
            isinstance(function, ast.Name)
            and function.id in ("getattr", "setattr", "hasattr")
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and _is_private(str(node.args[1].value))
            and not _is_self(node.args[0])
        ):
            self._note(str(node.args[1].value))
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if _is_private(node.attr) and not _is_self(node.value):
            self._note(node.attr)
        self.generic_visit(node)


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_widgets_neither_emit_a_services_signals_nor_reach_into_other_objects(repo_root: Path):
    found: set[tuple[str, str, str]] = set()
    for path in sorted((repo_root / "moderator" / "ui").glob("*.py")):
        visitor = _EdgeCrossings(path.name)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found |= visitor.found
    assert found - ALLOWED_IN_UI == set(), "a widget emits another object's signal or reaches in"
    assert ALLOWED_IN_UI - found == set(), "no longer needed: remove from ALLOWED_IN_UI"
