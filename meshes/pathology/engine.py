"""The pathology engine: rest vertices + PathologyState -> deformed vertices, per part.

For each sick disc the failure modes add into one warp (`DiscWarp`), which shapes its annulus
and nucleus once and narrows the canal round it; roots and sac give way to the disc material
(`contacts`); then each settling or rocking segment carries everything above it (`segments`).
Recent results are kept per model, so a held or rocking scene step costs no new work.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from meshes.model import Model

from .annulus import shape_annulus
from .conserve import keep_nucleus_volume
from .contacts import Contacts, give_way, no_contacts
from .disc_warp import DiscWarp
from .fields import envelope_field
from .narrowing import narrow
from .nucleus import shape_nucleus
from .segments import move_segments, prepare
from .state import MODES, PHASED_FIELDS, DiscState, PathologyState
from .tables import Context, new_context
from .tongue import tongue_field

Array = NDArray[np.float64]

POSES_KEPT = 4  # recent results kept per model: a held or rocking scene step costs no new work

_CONTEXTS: dict[int, Context] = {}


def context(model: Model) -> Context:
    """The engine's per-model tables (kept for the last model asked about)."""
    ctx = _CONTEXTS.get(id(model))
    if ctx is not None and ctx.model is model:
        return ctx
    ctx = new_context(model)
    prepare(ctx)
    _CONTEXTS.clear()
    _CONTEXTS[id(model)] = ctx
    return ctx


def deform(model: Model, state: PathologyState) -> dict[str, Array]:
    """Vertices of every part for a pathology state (rest arrays are returned as they are)."""
    return deform_with_contacts(model, state)[0]


def deform_with_contacts(model: Model, state: PathologyState) -> tuple[dict[str, Array], Contacts]:
    """Vertices of every part and how far roots and sac gave way. The arrays may be shared with
    earlier and later calls for the same state: read them, never write into them."""
    out = {pid: p.vertices for pid, p in model.parts.items()}
    sick = tuple((d, ds) for d, ds in state.discs if not ds.is_healthy)
    if not sick:
        return out, no_contacts()
    ctx = context(model)
    # Only a phased mode (instability) moves with the phase; otherwise the phase changes nothing.
    phased = any(getattr(ds, f) != 0.0 for _, ds in sick for f in PHASED_FIELDS)
    key = (state.discs, state.phase if phased else None)
    posed = _recall(ctx.poses, key)
    if posed is None:
        rest_pose = _recall(ctx.rest_poses, state.discs)
        if rest_pose is None:
            rest_pose = _rest_pose(ctx, sick)
            _remember(ctx.rest_poses, state.discs, rest_pose)
        parts, contacts, warps = rest_pose
        moved = out | parts
        move_segments(ctx, warps, state.phase, moved)
        keep_nucleus_volume(ctx, warps, moved)
        posed = ({pid: v for pid, v in moved.items() if v is not out[pid]}, contacts)
        _remember(ctx.poses, key, posed)
    return out | posed[0], posed[1]


def warp_of(ctx: Context, disc: str, ds: DiscState) -> DiscWarp:
    """What every failure mode adds into one disc's warp for its state."""
    warp = DiscWarp.at(disc, ctx.frames[disc], ds.direction, ds.side)
    for mode in MODES:
        mode.shape(warp, ds)
    return warp


def _rest_pose(
    ctx: Context, sick: tuple[tuple[str, DiscState], ...]
) -> tuple[dict[str, Array], Contacts, list[DiscWarp]]:
    """The parts that disc changes, spurs and contact move in the rest pose (before segments
    settle or rock), how far roots and sac gave way, and each sick disc's warp."""
    rest = ctx.rest_vertices
    out = dict(rest)
    pushers: list = []
    warps = []
    for d, ds in sick:
        warp = warp_of(ctx, d, ds)
        shape_disc(ctx, warp, out, pushers)
        if warp.narrowing is not None:
            narrow(ctx, d, warp.narrowing, out)
        warps.append(warp)
    contacts = give_way(ctx, tuple(d for d, _ in sick), pushers, out)
    return {pid: v for pid, v in out.items() if v is not rest[pid]}, contacts, warps


def shape_disc(ctx: Context, warp: DiscWarp, out: dict[str, Array], pushers: list) -> None:
    """Apply a disc's warp to its annulus and nucleus in `out`, and add what its material pushes
    roots and sac with (contact fields) to `pushers`."""
    out[f"annulus.{warp.disc}"] = shape_annulus(ctx, warp)
    out[f"nucleus.{warp.disc}"] = shape_nucleus(ctx, warp)
    if warp.tongue is not None and warp.tongue.dome > 0.0:
        pushers.append(tongue_field(warp.tongue))
    pushers.append(envelope_field(warp.disc, warp.frame, warp.bulge_mm, warp.theta, warp.dome_mm))


def _recall(cache: dict, key):
    hit = cache.pop(key, None)
    if hit is not None:
        cache[key] = hit  # most recent last
    return hit


def _remember(cache: dict, key, value) -> None:
    cache[key] = value
    while len(cache) > POSES_KEPT:
        del cache[next(iter(cache))]
