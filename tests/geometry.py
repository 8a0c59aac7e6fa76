"""Shared geometry checks for the tests: pairwise overlap of closed part meshes."""

from __future__ import annotations

import itertools

import manifold3d as m3d
import numpy as np

# A root grows out of the sac through its sleeve: that pair may share volume near the root's start.
ATTACHED = ("dura", "root.")
TOLERANCE_MM3 = 1.5  # meshing error along touching surfaces


def manifold(vertices, faces) -> m3d.Manifold:
    mesh = m3d.Mesh(vert_properties=np.asarray(vertices, np.float32), tri_verts=np.asarray(faces, np.uint32))
    return m3d.Manifold(mesh)


def overlaps(
    model, vertices: dict, only_near=None, skip_attached: bool = True
) -> list[tuple[str, str, float]]:
    """Pairs of parts whose solids overlap by more than TOLERANCE_MM3 (mm^3)."""
    ids = [p for p in model.parts if only_near is None or only_near(vertices[p])]
    boxes = {p: (vertices[p].min(axis=0), vertices[p].max(axis=0)) for p in ids}
    solids = {}
    bad = []
    for a, b in itertools.combinations(ids, 2):
        if skip_attached and {a.split(".")[0], b.split(".")[0]} == {"dura", "root"}:
            continue
        (alo, ahi), (blo, bhi) = boxes[a], boxes[b]
        if np.any(alo > bhi) or np.any(blo > ahi):
            continue
        for p in (a, b):
            if p not in solids:
                solids[p] = manifold(vertices[p], model.parts[p].faces)
        v = (solids[a] ^ solids[b]).volume()
        if v > TOLERANCE_MM3:
            bad.append((a, b, round(float(v), 2)))
    return bad
