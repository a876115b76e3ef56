"""Every module of the application imports on its own, in a fresh interpreter.

An import cycle stays hidden as long as every caller happens to import the modules of the cycle
in a working order; it breaks the day a script, a test run alone or a new caller imports the
other one first. Importing each module first thing in its own interpreter finds those cycles
(and any module that relies on something another one set up) before a user does.
"""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import moderator

#: Separate interpreters, a few at a time: the machine's cores, not one import, are the limit.
_WORKERS = 4


def _modules(path: Path, prefix: str) -> list[str]:
    """The modules and packages under ``path``, found on disk (nothing is imported here).

    ``__main__`` modules run the program when imported, and the Alembic scripts under
    ``migrations`` (``env.py``, the versions) expect Alembic's context: both are left out. The
    ``migrations`` packages themselves are ordinary packages and are kept."""
    names: list[str] = []
    for info in sorted(pkgutil.iter_modules([str(path)]), key=lambda info: info.name):
        name = prefix + info.name
        if info.name == "__main__":
            continue
        if info.ispkg:
            names.append(name)
            names += _modules(path / info.name, name + ".")
        elif "migrations" not in name.split("."):
            names.append(name)
    return names


def _import_alone(module: str, cwd: Path) -> tuple[str, int, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return module, result.returncode, result.stderr


@pytest.mark.timeout(600)
def test_every_module_imports_alone_in_a_fresh_interpreter(repo_root: Path):
    modules = ["moderator", *_modules(Path(moderator.__file__).parent, "moderator.")]
    # The walk reached every layer (so "no failure" means something).
    for expected in (
        "moderator.domain.commands",
        "moderator.domain.commands.base",
        "moderator.storage.migrations",
        "moderator.services.sync.sync_engine",
        "moderator.ui.chair.main_window",
        "moderator.server.sync",
    ):
        assert expected in modules
    assert not any(name.endswith(".__main__") or ".migrations.env" in name for name in modules)

    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        results = list(pool.map(lambda name: _import_alone(name, repo_root), modules))

    failures = [
        f"{module} (exit {code}):\n{stderr[-3000:]}" for module, code, stderr in results if code
    ]
    assert not failures, (
        f"{len(failures)} of {len(modules)} modules fail to import alone:\n\n"
        + "\n\n".join(failures)
    )
