"""The import contracts in pyproject.toml hold (meshes <- scenes <- app, no Qt or VTK below app,
failure modes independent of each other, no cycles among siblings), and each one breaks when a
violation is planted in a copy of the code, so CI fails on a broken contract."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    # Through this Python (the console script may not be on PATH, e.g. in a venv over the system's).
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_hold():
    run = _lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


TYPE_ONLY = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    {}\n"


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        ("scenes/catalog.py", "import app.errors", "meshes <- scenes <- app"),
        ("meshes/part_mesh.py", "import PySide6", "No Qt or VTK below app"),
        ("scenes/views.py", "import pyvista", "No Qt or VTK below app"),
        ("meshes/pathology/modes/tear.py", "from meshes.pathology.modes import bulge",
         "Failure modes are independent"),
        ("meshes/part_mesh.py", TYPE_ONLY.format("from meshes.model import Model"), "No sibling cycles"),
        ("meshes/pathology/frame.py", TYPE_ONLY.format("from meshes.pathology.engine import deform"),
         "No sibling cycles"),
    ],
)  # fmt: skip
def test_a_planted_violation_breaks_its_contract(tmp_path, module, planted, contract):
    for package in ("app", "meshes", "scenes"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    path = tmp_path / module
    path.write_text(path.read_text() + "\n" + planted + "\n")
    run = _lint_imports(tmp_path)
    assert run.returncode != 0
    broken = [line for line in run.stdout.splitlines() if " BROKEN" in line]
    assert len(broken) == 1 and broken[0].startswith(contract), run.stdout


def test_every_module_imports():
    """A moved name leaves no import behind it (lint-imports reads the graph, not the names)."""
    import importlib
    import pkgutil

    import app
    import meshes
    import scenes

    broken = []
    for package in (app, meshes, scenes):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name == "app.__main__":  # runs the program
                continue
            try:
                importlib.import_module(info.name)
            except Exception as exc:  # noqa: BLE001 (every failure is the finding)
                broken.append(f"{info.name}: {exc!r}")
    assert not broken, broken


def test_every_imported_name_exists():
    """Every ``from app|meshes|scenes.X import name``, also inside functions, names something X
    has: a name moved to another module is caught here, before a user reaches that code path."""
    import ast
    import importlib

    missing = []
    for folder in ("app", "meshes", "scenes", "tests"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                    continue
                if node.module.split(".")[0] not in ("app", "meshes", "scenes"):
                    continue
                module = importlib.import_module(node.module)
                for alias in node.names:
                    if not hasattr(module, alias.name):
                        try:
                            importlib.import_module(f"{node.module}.{alias.name}")
                        except ImportError:
                            where = f"{path.relative_to(ROOT)}:{node.lineno}"
                            missing.append(f"{where} {node.module}.{alias.name}")
    assert not missing, missing
