"""Build the whole model once: every part of the part table as rest vertices and faces.

The build is deterministic, so it is cached on disk (user cache folder) keyed by the detail
level and a hash of the `meshes` source it is built from (`build_modules`); a warm start only
loads arrays.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .part_mesh import PartMesh
from .parts import PARTS

DETAILS: tuple[str, ...] = ("low", "normal", "high")


@dataclass(frozen=True)
class Model:
    """Every part of the lumbar spine at rest, in part-table order."""

    parts: dict[str, PartMesh]
    detail: str

    @property
    def triangles(self) -> int:
        return sum(len(p.faces) for p in self.parts.values())


BUILD_ROOTS: tuple[str, ...] = ("model", "assemble")  # the cache format and the part builders
_RELATIVE_IMPORT = re.compile(r"^\s*from \.(\w*) import ([\w, ]+)", re.MULTILINE)


def build_modules() -> list[str]:
    """The `meshes` modules the rest geometry is built from: the build roots and everything
    they import from `meshes`, lazily imported modules included. Deformation and measurement
    (pathology, contact, measure, state, conditions) are not among them, so editing those does
    not throw away the cached model (a rebuild takes about a minute)."""
    folder = Path(__file__).parent
    seen: set[str] = set()
    todo = list(BUILD_ROOTS)
    while todo:
        name = todo.pop()
        if name in seen or not (folder / f"{name}.py").exists():
            continue
        seen.add(name)
        for module, names in _RELATIVE_IMPORT.findall((folder / f"{name}.py").read_text()):
            todo += [module] if module else [n.strip() for n in names.split(",")]  # from . import x
    return sorted(seen)


def _source_hash() -> str:
    """Hash of the source of `build_modules()`: the cache key of the rest model."""
    h = hashlib.sha256()
    folder = Path(__file__).parent
    for name in build_modules():
        h.update(name.encode())
        h.update((folder / f"{name}.py").read_bytes())
    return h.hexdigest()[:16]


def cache_path(detail: str) -> Path:
    import platformdirs

    root = Path(os.environ.get("LUMBAR_VIEWER_CACHE") or platformdirs.user_cache_dir("lumbar-viewer"))
    return root / f"model-{detail}-{_source_hash()}.npz"


def build_model(detail: str = "normal", use_cache: bool = True, progress=None) -> Model:
    """The whole model at a detail level ('low', 'normal', 'high'), from the cache when it can.

    `progress(fraction, text)`, if given, hears how far a cold build is (0..1, and what it is
    doing in a few plain words) so a window can show a progress bar; a warm load calls it once
    with 1.0."""
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}")
    path = cache_path(detail)
    if use_cache and path.exists():
        try:
            model = _load(path, detail)
        except (OSError, KeyError, ValueError):
            pass  # a damaged cache is rebuilt
        else:
            if progress is not None:
                progress(1.0, "Model loaded")
            return model
    from .assemble import build_parts

    model = Model(parts=build_parts(detail, progress), detail=detail)
    if use_cache:
        _save(model, path)
    return model


def _save(model: Model, path: Path) -> None:
    """Write atomically: a crash mid-write never leaves a cache that loads half a model."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {}
        for pid, p in model.parts.items():
            arrays[f"{pid}|v"] = p.vertices
            arrays[f"{pid}|f"] = p.faces
            if p.param is not None:
                arrays[f"{pid}|p"] = p.param
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache folder: the model still works, only slower to start


def _load(path: Path, detail: str) -> Model:
    with np.load(path) as data:
        parts = {
            pid: PartMesh(
                pid, data[f"{pid}|v"], data[f"{pid}|f"], data[f"{pid}|p"] if f"{pid}|p" in data else None
            )
            for pid in PARTS
        }
    return Model(parts=parts, detail=detail)
