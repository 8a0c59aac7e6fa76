"""Build every part of the part table at a detail level (the slow path behind the cache)."""

from __future__ import annotations

import numpy as np

from .bones import BONES, bone_local_box, bone_sdf
from .dimensions import DISC_LEVELS, ROOTS, SIDES
from .disc import build_annulus, build_nucleus
from .isosurface import mesh_sdf
from .joints import joints
from .layout import layout
from .nerves import DURA_HINT, ROOT_HINT, dura_sections, root_sections
from .part_mesh import PartMesh
from .parts import PARTS
from .soft import facet_sdf, flavum_sdf
from .tube import build_tube, tube_field

# (grid spacing mm, bone triangle budget, disc theta samples, tube samples around)
DETAIL = {
    "low": (1.2, 7000, 48, 10),
    "normal": (0.8, 14000, 96, 16),
    "high": (0.6, 40000, 144, 24),
}


def bone_id(bone: str) -> str:
    return "sacrum" if bone == "S1" else f"vertebra.{bone}"


def build_parts(detail: str) -> dict[str, PartMesh]:
    spacing, budget, n_theta, n_around = DETAIL[detail]
    lay = layout()
    out: dict[str, PartMesh] = {}
    sdfs = {b: bone_sdf(b) for b in BONES}
    for b in BONES:
        f = lay.bones[b]
        lo, hi = bone_local_box(b)
        local = mesh_sdf(
            lambda q, b=b, f=f: sdfs[b](f.to_world(q)),
            lo,
            hi,
            spacing,
            target_triangles=budget * (2 if b == "S1" else 1),
        )
        out[bone_id(b)] = PartMesh(bone_id(b), f.to_world(local[0]), local[1])
    for d in DISC_LEVELS:
        v, fc, prm = build_annulus(d, n_theta=n_theta)
        out[f"annulus.{d}"] = PartMesh(f"annulus.{d}", v, fc, prm)
        v, fc, prm = build_nucleus(d, n_theta=n_theta, n_rings=24 if detail != "low" else 16)
        out[f"nucleus.{d}"] = PartMesh(f"nucleus.{d}", v, fc, prm)
    sections = dura_sections()
    v, fc, prm = build_tube(*sections, hint=DURA_HINT, n_around=2 * n_around)
    out["dura"] = PartMesh("dura", v, fc, prm)
    dura_tube = tube_field(*sections, hint=DURA_HINT)
    roots_keep_out = []
    for r in ROOTS:
        for s in SIDES:
            sec = root_sections(r, s, dura=dura_tube)
            v, fc, prm = build_tube(*sec, hint=ROOT_HINT, n_around=n_around)
            out[f"root.{r}.{s}"] = PartMesh(f"root.{r}.{s}", v, fc, prm)
            roots_keep_out.append(tube_field(*sec, hint=ROOT_HINT))

    J = joints()

    def keep_out(p):
        facets = [facet_sdf(j, p) for j in J.values()]
        return np.minimum.reduce([dura_tube(p)] + [k(p) for k in roots_keep_out] + facets)

    for d in DISC_LEVELS:
        upper, lower = d.split("-")
        bones = [sdfs[upper], sdfs[lower]]
        box = _box_around(d)
        v, fc = mesh_sdf(
            lambda p, d=d, bones=bones: flavum_sdf(d, p, bones, keep_out),
            *box,
            min(spacing, 0.6),
            target_triangles=budget // 4,
        )
        out[f"flavum.{d}"] = PartMesh(f"flavum.{d}", v, fc)
        for s in SIDES:
            j = J[(d, s)]
            lo, hi = j.centre - 10.0, j.centre + 10.0
            v, fc = mesh_sdf(
                lambda p, j=j: facet_sdf(j, p), lo, hi, 0.4, target_triangles=1200, smooth_iter=10
            )
            out[f"facet.{d}.{s}"] = PartMesh(f"facet.{d}.{s}", v, fc)
    return {pid: out[pid] for pid in PARTS}


def _box_around(disc: str):
    """A world box around the posterior canal at a disc level (for meshing the flavum)."""
    f = layout().disc_bottom[disc]
    lo, hi = (-26.0, -52.0, -12.0), (26.0, 0.0, 38.0)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    w = f.to_world(corners)
    return w.min(axis=0), w.max(axis=0)
