"""Build every part of the part table at a detail level (the slow path behind the cache)."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor, as_completed

import numpy as np
from numpy.typing import NDArray

from .bones import BONES, bone_local_box, bone_local_sdf
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
    lo, hi = bone_local_box(bone)
    field = SampledField.sample(bone_local_sdf(bone), lo, hi, spacing)
    v, fc = mesh_grid(field, target_triangles=budget)
    return bone, field.lo, spacing, field.values, v, fc


def _facet_job(j) -> tuple[Array, NDArray[np.int64]]:
    lo, hi = j.centre - 10.0, j.centre + 10.0
    return mesh_sdf(lambda p: facet_sdf(j, p), lo, hi, 0.5, target_triangles=1200, smooth_iter=10)


def _workers(jobs: int) -> tuple[int, bool]:
    """How many jobs of a build run at once, and whether the bones go to worker processes: one
    process per core from four cores up; on two or three cores two threads (a process costs
    about a second of imports, which two cores do not win back, while the fields are numpy work
    on arrays of 100k points, which runs outside the GIL).
    LUMBAR_VIEWER_BUILD_WORKERS overrides the count (1: one after the other)."""
    try:
        wanted = int(os.environ.get("LUMBAR_VIEWER_BUILD_WORKERS", "0"))
    except ValueError:
        wanted = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    count = max(1, min(jobs, wanted or (cores if cores >= 4 else min(cores, 2))))
    return count, count >= 4


class _Inline(Executor):
    """An executor that runs each job at once in the caller's thread (a one-worker build)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except Exception as exc:  # handed to whoever asks for the result, as a pool would
            fut.set_exception(exc)
        return fut


def _bone_name(bone: str) -> str:
    return "sacrum" if bone == "S1" else f"{bone} vertebra"


def _bones(jobs: list, say: Progress, threads: Executor, processes: int, then: Callable[[], None]) -> list:
    """Every bone's (id, grid origin, grid values, vertices, faces): the six bones are the bulk of
    a cold build and independent of each other, so they are built side by side. `then` runs once
    they are queued (it queues work that needs no bone behind them)."""
    done = []

    def tell(bone: str) -> None:
        done.append(bone)
        say(0.55 * len(done) / len(jobs), f"Shaped the {_bone_name(bone)}")

    if processes:
        try:
            return _side_by_side(jobs, _process_pool(processes), tell, then)
        except (OSError, RuntimeError, ImportError, EOFError):  # no processes here: threads
            done.clear()
    say(0.0, f"Shaping the {_bone_name(jobs[0][0])}")
    return _side_by_side(jobs, threads, tell, then, shut=False)


def _process_pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # 'spawn': safe from a program with threads (the window builds in a worker thread).
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _side_by_side(jobs: list, pool: Executor, tell, then, shut: bool = True) -> list:
    futures = [pool.submit(_bone_job, job) for job in jobs]
    then()
    out = []
    try:
        for fut in as_completed(futures):
            out.append(fut.result())
            tell(out[-1][0])
    finally:
        if shut:
            pool.shutdown()
    return out


def build_parts(detail: str, progress: Progress | None = None) -> dict[str, PartMesh]:
    """Every part at a detail level; `progress(fraction, text)` hears how far the build is."""
    workers, processes = _workers(6)
    with ThreadPoolExecutor(max_workers=workers) if workers > 1 else _Inline() as pool:
        return _build(detail, progress or _quiet, pool, workers if processes else 0)


def _build(detail: str, say: Progress, pool: Executor, processes: int) -> dict[str, PartMesh]:
    spacing, budget, n_theta, n_around = DETAIL[detail]
    lay = layout()
    out: dict[str, PartMesh] = {}
    fields: dict[str, SampledField] = {}
    # The sacrum is the biggest bone and has no thin parts: a coarser grid, twice the triangles.
    jobs = [
        (b, spacing * (SACRUM_GRID if b == "S1" else 1.0), budget * (2 if b == "S1" else 1))
        for b in ("S1", *BONES[:-1])
    ]
    J = joints()
    discs: dict = {}
    facets: dict = {}

    def independent() -> None:
        """The discs and the facet capsules depend on nothing else: queued behind the bones,
        they fill the pool while the last bones finish. (Once: bones that fall back from
        processes to threads queue again.)"""
        if facets:
            return
        n_rings = 24 if detail != "low" else 16
        for d in DISC_LEVELS:
            discs[d] = (
                pool.submit(build_annulus, d, n_theta=n_theta),
                pool.submit(build_nucleus, d, n_theta=n_theta, n_rings=n_rings),
            )
        facets.update({key: pool.submit(_facet_job, j) for key, j in J.items()})

    bones_done = _bones(jobs, say, pool, processes, then=independent)
    for b, lo, step, values, v, fc in bones_done:
        f = lay.bones[b]
        fields[b] = SampledField(lo, step, values, to_local=f.to_local)
        out[bone_id(b)] = PartMesh(bone_id(b), f.to_world(v), fc)
    bones_field = union_of(list(fields.values()))
    say(0.55, "Shaping the discs")
    for d, (annulus, nucleus) in discs.items():
        out[f"annulus.{d}"] = PartMesh(f"annulus.{d}", *annulus.result())
        out[f"nucleus.{d}"] = PartMesh(f"nucleus.{d}", *nucleus.result())
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

    def keep_out(p):
        facets = [facet_sdf(j, p) for j in J.values()]
        return np.minimum.reduce([dura_tube(p)] + [k(p) for k in roots_keep_out] + facets)

    def flavum(d: str):
        upper, lower = d.split("-")
        bones = [fields[upper], fields[lower]]
        return mesh_sdf(
            lambda p: flavum_sdf(d, p, bones, keep_out),
            *_box_around(d),
            min(spacing, 0.8),
            target_triangles=budget // 4,
        )

    say(0.8, "Ligaments and facet joints")
    flava = {pool.submit(flavum, d): d for d in DISC_LEVELS}
    for i, fut in enumerate(as_completed(flava), start=1):
        d = flava[fut]
        out[f"flavum.{d}"] = PartMesh(f"flavum.{d}", *fut.result())
        say(0.8 + 0.2 * i / len(DISC_LEVELS), f"Ligament at {d}")
    for (d, s), fut in facets.items():
        out[f"facet.{d}.{s}"] = PartMesh(f"facet.{d}.{s}", *fut.result())
    say(1.0, "Model ready")
    return {pid: out[pid] for pid in PARTS}


def _box_around(disc: str):
    """A world box around the posterior canal at a disc level (for meshing the flavum)."""
    f = layout().disc_bottom[disc]
    lo, hi = (-26.0, -52.0, -12.0), (26.0, 0.0, 38.0)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    w = f.to_world(corners)
    return w.min(axis=0), w.max(axis=0)
