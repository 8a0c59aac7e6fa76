"""Roots and sac give way to the disc material of the sick levels (in the rest pose, before the
segments move): how far each had to move is what the model reports as compression (mm)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from meshes.contact import push_tubes
from meshes.dimensions import ROOTS, SIDES

from .fields import CLEARANCE, field_at
from .tables import Context

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Contacts:
    """How far each root and the sac had to give way (mm), from the last deform()."""

    root_depth: dict[str, float]
    dura_depth: float
    sac_depth: dict[tuple[str, str], float] = field(default_factory=dict)  # (level, side) -> mm


def no_contacts() -> Contacts:
    """Nothing touched (the healthy spine)."""
    return Contacts({f"{r}.{s}": 0.0 for r in ROOTS for s in SIDES}, 0.0)


def give_way(ctx: Context, levels: tuple[str, ...], pushers: list, out: dict[str, Array]) -> Contacts:
    """Push the roots and the sac in `out` (vertices so far) clear of the `pushers` (contact
    fields of the sick `levels`), in place; returns how far each gave way."""
    rest = ctx.rest_vertices
    depth = dict.fromkeys(ctx.root_rings, 0.0)

    def nearest(p):
        d = pushers[0](p)
        for f in pushers[1:]:
            d = np.minimum(d, f(p))
        return d

    box = ctx.boxes.get(levels)
    if box is None:  # round the sick levels: where roots and sac can be reached
        box = ctx.boxes[levels] = (
            np.min([ctx.frames[d].centre for d in levels], axis=0) - 32.0,
            np.max([ctx.frames[d].centre for d in levels], axis=0) + 32.0,
        )
    lo, hi = box
    keys = ctx.near_roots.get(levels)
    if keys is None:  # the roots are still at rest here: which are near depends on the levels only
        keys = [
            f"{r}.{s}"
            for r in ROOTS
            for s in SIDES
            if np.any(np.all((out[f"root.{r}.{s}"] > lo) & (out[f"root.{r}.{s}"] < hi), axis=1))
        ]
        ctx.near_roots[levels] = keys
    v = out["dura"]

    def make():
        index = np.nonzero(np.all((rest["dura"] > lo) & (rest["dura"] < hi), axis=1))[0]
        return rest["dura"].take(index, axis=0), index

    # The sac near the levels at rest: what the field needs of it is kept.
    dura = ctx.rest_set(("dura", levels), make)
    if v is rest["dura"]:
        near, v_near = dura.index, dura.p
        d_near = field_at(pushers, dura)
    else:  # squeezed: only the vertices that moved can have left or entered the box, or changed
        changed = np.nonzero((v != rest["dura"]).any(axis=1))[0]
        mask = np.zeros(len(v), bool)
        mask[dura.index] = True
        v_changed = v.take(changed, axis=0)
        mask[changed] = np.all((v_changed > lo) & (v_changed < hi), axis=1)
        near = np.nonzero(mask)[0]
        d_all = np.empty(len(v))
        d_all[dura.index] = field_at(pushers, dura)
        moved = mask[changed]
        d_all[changed[moved]] = nearest(v_changed[moved])
        v_near, d_near = v.take(near, axis=0), d_all.take(near)
    sac = _sac_depths(ctx, levels, dura, v is rest["dura"], v_near, np.maximum(0.0, -d_near))
    tubes = [(out[f"root.{k}"], *ctx.root_rings[k]) for k in keys]
    at_rest = all(out[f"root.{k}"] is rest[f"root.{k}"] for k in keys)  # (so far always)

    def rings_field(i: int) -> Array:
        pts, rings, _ = tubes[i]
        return field_at(pushers, ctx.rest_set(("rings", keys[i]), lambda: (pts[rings].reshape(-1, 3), None)))

    def make_centres():
        return np.concatenate([ctx.root_bounds[k][0] for k in keys]), None

    centres = ctx.rest_set(("centres", tuple(keys)), make_centres) if keys else None
    *pushed, (moved, dura_depth) = push_tubes(
        tubes,
        nearest,
        CLEARANCE,
        bounds=[ctx.root_bounds[k] for k in keys],
        loose=(v_near, d_near),
        bounds_field=field_at(pushers, centres) if centres and at_rest else None,
        rings_field=rings_field if at_rest else None,
    )
    for k, (moved_root, dep) in zip(keys, pushed, strict=True):
        if dep > 0.0:
            out[f"root.{k}"] = moved_root
        depth[k] = dep
    v = v.copy()
    v[near] = moved
    out["dura"] = v
    return Contacts(depth, dura_depth, sac)


def _sac_depths(ctx: Context, levels, dura, at_rest: bool, v_near: Array, pen: Array) -> dict:
    """Where the sac is indented, the roots still inside it on that side are pressed too: the
    deepest indentation per (level, side) (mm)."""
    sac: dict[tuple[str, str], float] = {}
    for d in levels:
        sides = dura.cache.get(("sac", d)) if at_rest else None
        if sides is None:
            q = ctx.frames[d].local(v_near)
            at_level = np.abs(q[:, 2]) < 0.5 * ctx.frames[d].height + 3.0
            sides = [
                np.nonzero(at_level & ((q[:, 0] > 0) if s == "right" else (q[:, 0] < 0)))[0] for s in SIDES
            ]
            if at_rest:
                dura.cache[("sac", d)] = sides
        for s, on_side in zip(SIDES, sides, strict=True):
            sac[(d, s)] = float(pen.take(on_side).max()) if len(on_side) else 0.0
    return sac
