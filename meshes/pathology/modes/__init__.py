"""The failure modes, one module each, found with pkgutil the way ``app.cli.commands`` are. A mode
module defines ``MODE: meshes.pathology.mode.FailureMode`` and imports no other mode (an
import-linter contract keeps them independent); modules starting with an underscore are not
modes. A new mode is one module here plus its preset scene."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from meshes.pathology.mode import FailureMode


@cache
def failure_modes() -> tuple[FailureMode, ...]:
    """Every mode in this folder, in their declared order (found once per process)."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            found.append(importlib.import_module(f"{__name__}.{info.name}").MODE)
    names = [m.name for m in found]
    if len(set(names)) != len(names):
        raise RuntimeError(f"two failure modes share a name: {sorted(names)}")
    return tuple(sorted(found, key=lambda m: m.order))
