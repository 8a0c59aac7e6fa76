"""Build every part of the part table at a detail level (the slow path behind the cache)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .bones import BONES, bone_local_box, bone_sdf
from .dimensions import DISC_LEVELS, ROOTS, SACRAL_ROOTS, SIDES
from .disc import build_annulus, build_nucleus
from .isosurface import mesh_grid, mesh_sdf
from .joints import joints
from .layout import layout
from .model import PartMesh
from .nerves import DURA_HINT, ROOT_HINT, dura_sections, root_sections
from .parts import PARTS
from .sampled import SampledField, union_of
from .soft import facet_sdf, flavum_sdf
from .tube import build_tube, tube_field

# (grid spacing mm, bone triangle budget, disc theta samples, tube samples around)
DETAIL = {
    "low": (1.2, 7000, 48, 10),
    "normal": (1.0, 14000, 96, 16),
    "high": (0.6, 40000, 144, 24),
}


def bone_id(bone: str) -> str:
    return "sacrum" if bone == "S1" else f"vertebra.{bone}"


Progress = Callable[[float, str], None]


def _quiet(fraction: float, text: str) -> None:
    del fraction, text


def build_parts(detail: str, progress: Progress | None = None) -> dict[str, PartMesh]:
    """Every part at a detail level; `progress(fraction, text)` hears how far the build is."""
    say = progress or _quiet
    spacing, budget, n_theta, n_around = DETAIL[detail]
    lay = layout()
    out: dict[str, PartMesh] = {}
    sdfs = {b: bone_sdf(b) for b in BONES}
    fields: dict[str, SampledField] = {}
    for i, b in enumerate(BONES):
        say(0.55 * i / len(BONES), f"Shaping the {'sacrum' if b == 'S1' else b + ' vertebra'}")
        f = lay.bones[b]
        lo, hi = bone_local_box(b)
        fields[b] = SampledField.sample(
            lambda q, b=b, f=f: sdfs[b](f.to_world(q)), lo, hi, spacing, to_local=f.to_local
        )
        local = mesh_grid(fields[b], target_triangles=budget * (2 if b == "S1" else 1))
        out[bone_id(b)] = PartMesh(bone_id(b), f.to_world(local[0]), local[1])
    bones_field = union_of(list(fields.values()))
    say(0.55, "Shaping the discs")
    for d in DISC_LEVELS:
        v, fc, prm = build_annulus(d, n_theta=n_theta)
        out[f"annulus.{d}"] = PartMesh(f"annulus.{d}", v, fc, prm)
        v, fc, prm = build_nucleus(d, n_theta=n_theta, n_rings=24 if detail != "low" else 16)
        out[f"nucleus.{d}"] = PartMesh(f"nucleus.{d}", v, fc, prm)
    say(0.6, "Fitting the dural sac into the canal")
    sections = dura_sections(bones=bones_field)
    v, fc, prm = build_tube(*sections, hint=DURA_HINT, n_around=2 * n_around)
    out["dura"] = PartMesh("dura", v, fc, prm)
    dura_tube = tube_field(*sections, hint=DURA_HINT)
    roots_keep_out = []
    say(0.65, "Routing the nerve roots")
    for r in (*ROOTS, *SACRAL_ROOTS):
        for s in SIDES:
            sec = root_sections(r, s, dura=dura_tube, bones=bones_field)
            v, fc, prm = build_tube(*sec, hint=ROOT_HINT, n_around=n_around)
            out[f"root.{r}.{s}"] = PartMesh(f"root.{r}.{s}", v, fc, prm)
            roots_keep_out.append(tube_field(*sec, hint=ROOT_HINT))

    J = joints()

    def keep_out(p):
        facets = [facet_sdf(j, p) for j in J.values()]
        return np.minimum.reduce([dura_tube(p)] + [k(p) for k in roots_keep_out] + facets)

    for i, d in enumerate(DISC_LEVELS):
        say(0.8 + 0.2 * i / len(DISC_LEVELS), f"Ligaments and facet joints at {d}")
        upper, lower = d.split("-")
        bones = [fields[upper], fields[lower]]
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
    say(1.0, "Model ready")
    return {pid: out[pid] for pid in PARTS}


def _box_around(disc: str):
    """A world box around the posterior canal at a disc level (for meshing the flavum)."""
    f = layout().disc_bottom[disc]
    lo, hi = (-26.0, -52.0, -12.0), (26.0, 0.0, 38.0)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    w = f.to_world(corners)
    return w.min(axis=0), w.max(axis=0)
