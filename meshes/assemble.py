"""Build every part of the part table at a detail level (the slow path behind the cache)."""

from __future__ import annotations

import os
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from .bones import BONES, bone_local_box, bone_sdf
from .dimensions import DISC_LEVELS, ROOTS, SACRAL_ROOTS, SIDES
from .disc import build_annulus, build_nucleus
from .isosurface import mesh_grid, mesh_sdf
from .joints import joints
from .layout import layout
from .nerves import DURA_HINT, ROOT_HINT, dura_sections, root_sections
from .part_mesh import PartMesh
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
SACRUM_GRID = 1.2  # the sacrum's grid step, relative to the detail level's
Array = NDArray[np.float64]


def _quiet(fraction: float, text: str) -> None:
    del fraction, text


def _bone_job(job: tuple[str, float, int]) -> tuple[str, Array, float, Array, Array, Array]:
    """Sample one bone's field and mesh it, in its own frame (a worker process may run this)."""
    bone, spacing, budget = job
    f = layout().bones[bone]
    sd = bone_sdf(bone)
    lo, hi = bone_local_box(bone)
    field = SampledField.sample(lambda q: sd(f.to_world(q)), lo, hi, spacing)
    v, fc = mesh_grid(field, target_triangles=budget)
    return bone, field.lo, spacing, field.values, v, fc


def _workers(jobs: int) -> tuple[int, bool]:
    """How many bones are built at once, and whether in worker processes: one process per core
    from four cores up; on two or three cores two threads (a process costs about a second of
    imports, which two cores do not win back, while the fields are numpy work on arrays of
    100k points, which runs outside the GIL: 1.3-1.5x measured on two busy cores).
    LUMBAR_VIEWER_BUILD_WORKERS overrides the count (1: one after the other)."""
    try:
        wanted = int(os.environ.get("LUMBAR_VIEWER_BUILD_WORKERS", "0"))
    except ValueError:
        wanted = 0
    cores = os.cpu_count() or 1
    count = max(1, min(jobs, wanted or (cores if cores >= 4 else min(cores, 2))))
    return count, count >= 4


def _bones(jobs: list, say: Progress) -> list:
    """Every bone's (id, grid origin, grid values, vertices, faces): the six bones are the bulk of
    a cold build and independent of each other, so they are built side by side where there are
    several cores, one after the other otherwise."""
    done = []

    def tell(bone: str) -> None:
        done.append(bone)
        say(0.55 * len(done) / len(jobs), f"Shaped the {'sacrum' if bone == 'S1' else bone + ' vertebra'}")

    workers, processes = _workers(len(jobs))
    if processes:
        try:
            return _side_by_side(jobs, _process_pool(workers), tell)
        except (OSError, RuntimeError, ImportError, EOFError):  # no processes here: threads
            done.clear()
            workers = 2
    if workers > 1:
        from concurrent.futures import ThreadPoolExecutor

        return _side_by_side(jobs, ThreadPoolExecutor(max_workers=workers), tell)
    out = []
    for job in jobs:
        say(
            0.55 * len(done) / len(jobs),
            f"Shaping the {'sacrum' if job[0] == 'S1' else job[0] + ' vertebra'}",
        )
        out.append(_bone_job(job))
        tell(job[0])
    return out


def _process_pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # 'spawn': safe from a program with threads (the window builds in a worker thread).
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _side_by_side(jobs: list, pool, tell) -> list:
    from concurrent.futures import as_completed

    with pool:
        futures = [pool.submit(_bone_job, job) for job in jobs]
        out = []
        for fut in as_completed(futures):
            out.append(fut.result())
            tell(out[-1][0])
    return out


def build_parts(detail: str, progress: Progress | None = None) -> dict[str, PartMesh]:
    """Every part at a detail level; `progress(fraction, text)` hears how far the build is."""
    say = progress or _quiet
    spacing, budget, n_theta, n_around = DETAIL[detail]
    lay = layout()
    out: dict[str, PartMesh] = {}
    fields: dict[str, SampledField] = {}
    # The sacrum is the biggest bone and has no thin parts: a coarser grid, twice the triangles.
    jobs = [
        (b, spacing * (SACRUM_GRID if b == "S1" else 1.0), budget * (2 if b == "S1" else 1))
        for b in ("S1", *BONES[:-1])
    ]
    for b, lo, step, values, v, fc in _bones(jobs, say):
        f = lay.bones[b]
        fields[b] = SampledField(lo, step, values, to_local=f.to_local)
        out[bone_id(b)] = PartMesh(bone_id(b), f.to_world(v), fc)
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
    routed = root_sections(
        [(r, s) for r in (*ROOTS, *SACRAL_ROOTS) for s in SIDES], dura=dura_tube, bones=bones_field
    )
    for (r, s), sec in routed.items():
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
            min(spacing, 0.8),
            target_triangles=budget // 4,
        )
        out[f"flavum.{d}"] = PartMesh(f"flavum.{d}", v, fc)
        for s in SIDES:
            j = J[(d, s)]
            lo, hi = j.centre - 10.0, j.centre + 10.0
            v, fc = mesh_sdf(
                lambda p, j=j: facet_sdf(j, p), lo, hi, 0.5, target_triangles=1200, smooth_iter=10
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
