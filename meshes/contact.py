"""Soft tissue giving way: points inside an obstacle are pushed out along its gradient, so a
root or the sac is displaced and flattened where disc, spur or ligament reaches it, never
passed through. The depth pushed is what the model reports as compression."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Field = Callable[[Array], Array]


def push_out(
    points: Array, field: Field, clearance: float = 0.35, iters: int = 3, d: Array | None = None
) -> tuple[Array, float]:
    """Move points with field < clearance out to field = clearance. Returns the new points and
    the deepest penetration found before moving (mm, 0 when nothing was touched). d: the field
    at the points when the caller has it already."""
    p = points.copy()
    d = field(p) if d is None else d
    depth = float(max(0.0, -d.min())) if len(d) else 0.0
    inside = np.nonzero(d < clearance)[0]
    d = d[inside]
    v = None  # the field around the points still inside, when already known
    for it in range(iters):
        if not len(inside):
            break
        q = p.take(inside, axis=0)
        if v is None:
            v = field((q[None] + _OFFSETS[:, None]).reshape(-1, 3)).reshape(6, len(q))
        g = (v[:3] - v[3:]).T
        g /= np.maximum(np.sqrt(np.einsum("ij,ij->i", g, g))[:, None], 1e-9)
        q += g * (clearance - d)[:, None]
        p[inside] = q
        if it == iters - 1:
            break  # nothing reads the field after the last move
        # Only the points that moved can have changed, so only they can still be inside; the
        # field around them is needed next and costs less in the same call (calls cost, not points).
        around = field(np.concatenate([q, (q[None] + _OFFSETS[:, None]).reshape(-1, 3)]))
        d = around[: len(q)]
        still = d < clearance
        inside, d, v = inside[still], d[still], around[len(q) :].reshape(6, len(q))[:, still]
    return p, depth


_OFFSETS = np.concatenate([np.eye(3), -np.eye(3)]) * 0.2  # central differences for the gradient


def push_rings(
    points: Array,
    rings: NDArray[np.int64],
    caps: NDArray[np.int64],
    field: Field,
    clearance: float = 0.35,
    iters: int = 12,
) -> tuple[Array, float]:
    """Displace a tube (a root) ring by ring so each whole section clears the field, then
    flatten the pressed sections against it: the root is moved aside and squashed, never torn
    across the obstacle. rings: (n_stations, n_around) vertex indices; caps: (2,) end centres.
    Returns the new points and the deepest penetration before moving (mm)."""
    return push_tubes([(points, rings, caps)], field, clearance, iters)[0]


_KERNEL = ((1, 0.5), (2, 0.25))  # spread of a push along the tube: 0.25 0.5 1 0.5 0.25


def push_tubes(
    tubes: list[tuple[Array, NDArray[np.int64], NDArray[np.int64]]],
    field: Field,
    clearance: float = 0.35,
    iters: int = 12,
    bounds: list[tuple[Array, Array]] | None = None,
    loose: tuple[Array, Array] | None = None,
    bounds_field: Array | None = None,
    rings_field: Callable[[int], Array] | None = None,
) -> list[tuple[Array, float]]:
    """`push_rings` for several tubes (points, rings, caps) at once: the same result as one call
    each, with one field evaluation per step for all of them. bounds: each tube's section
    centres and radii when the caller already has them. A tube that is not touched comes back
    as the same array with depth 0. loose: more points and the field there, pushed out vertex
    by vertex in the same last pass (as `push_out` would); their result comes last.
    bounds_field (the field at all the bounds' centres) and rings_field(i) (at tube i's ring
    points, flattened) when the caller has them cheaper; only values under clearance + 6 mm
    (and under clearance + a section's radius at its centre) need be exact."""
    out: list[tuple[Array, float]] = [(pts, 0.0) for pts, _, _ in tubes]
    segs = _push_tube_sections(tubes, field, clearance, iters, bounds, out, bounds_field, rings_field)
    # Mop up what is left, vertex by vertex, for all tubes (and the loose points) at once.
    idx = [seg[1].ravel() for seg in segs]
    pts = [out[i][0][ix] for (i, *_), ix in zip(segs, idx, strict=True)]
    d = field(np.concatenate(pts)) if pts else np.zeros(0)
    if loose is not None:
        pts.append(loose[0])
        d = np.concatenate([d, loose[1]])
    if not pts:
        return out
    mopped, _ = push_out(np.concatenate(pts), field, clearance, d=d)
    at = 0
    for (i, *_), ix in zip(segs, idx, strict=True):
        out[i][0][ix] = mopped[at : at + len(ix)]
        at += len(ix)
    if loose is not None:
        out.append((mopped[at:], float(max(0.0, -loose[1].min())) if len(loose[1]) else 0.0))
    return out


def _push_tube_sections(
    tubes, field: Field, clearance: float, iters: int, bounds, out: list, d_c=None, rings_field=None
) -> list:
    """The whole-section pass of `push_tubes`: moved tubes go into `out` (copies); returns the
    stretches that moved (tube, rings, depth, field there)."""
    if not tubes:
        return []
    if bounds is None:
        bounds = []
        for pts, rings, _ in tubes:
            sections = pts[rings]
            centres = sections.mean(axis=1)
            bounds.append((centres, np.linalg.norm(sections - centres[:, None], axis=2).max(axis=1)))
    if d_c is None:
        d_c = field(np.concatenate([c for c, _ in bounds]))
    # Tubes some section of which can reach the obstacle.
    starts = np.cumsum([0] + [len(c) for c, _ in bounds[:-1]])
    reach = np.minimum.reduceat(d_c - np.concatenate([r for _, r in bounds]), starts)
    live = np.nonzero(reach <= clearance)[0].tolist()
    if not live:
        return []
    if rings_field is None:
        d_all = field(np.concatenate([tubes[i][0][tubes[i][1]].reshape(-1, 3) for i in live]))
    else:
        d_all = np.concatenate([rings_field(i) for i in live])
    segs: list[tuple[int, NDArray[np.int64], float, Array]] = []
    at = 0
    for i in live:
        rings = tubes[i][1]
        d = d_all[at : at + rings.size].reshape(rings.shape)
        at += rings.size
        depth = float(max(0.0, clearance - d.min())) if d.size else 0.0
        if depth <= 0.0:
            continue
        # Only the stretch of root near the obstacle can move (plus a margin for the bend).
        near = np.nonzero(d.min(axis=1) < clearance + 6.0)[0]
        span = slice(near.min(), near.max() + 1)
        segs.append((i, rings[span], depth, d[span]))
    by_width: dict[int, list[tuple[int, NDArray[np.int64], float, Array]]] = {}
    for seg in segs:
        by_width.setdefault(seg[1].shape[1], []).append(seg)
    for group in by_width.values():
        secs = [(tubes[i][0][rings], d) for i, rings, _, d in group]
        for (i, rings, depth, _), sec in zip(
            group, _push_sections(secs, field, clearance, iters), strict=True
        ):
            p = tubes[i][0].copy()
            p[rings] = sec
            all_rings, caps = tubes[i][1], tubes[i][2]
            p[caps] = p[all_rings[[0, -1]]].sum(axis=1) / all_rings.shape[1]
            out[i] = (p, depth)
    return segs


def _push_sections(
    secs: list[tuple[Array, Array]], field: Field, clearance: float, iters: int
) -> list[Array]:
    """Move whole sections (each tube's (n, m, 3) stretch, with the field there) until they
    clear the field, then flatten the pressed ones along the push. Tubes never share a push:
    the spread along a tube stops at its ends."""
    sizes = [len(s) for s, _ in secs]
    sec = np.concatenate([s for s, _ in secs])
    d = np.concatenate([d for _, d in secs])
    n, m, _ = sec.shape
    spread_of = _spread_matrix(tuple(sizes))
    need = np.zeros(n)
    direction = np.zeros((n, 3))
    rows = np.arange(n)
    # The field around each section's deepest point, evaluated with the sections that moved
    # (calls cost, not points): a section moves as a whole, so its deepest point mostly stays
    # the same vertex. at[i]: the vertex it was evaluated around (-1: not yet).
    known = np.zeros((6, n))
    at = np.full(n, -1)
    col = at
    changed = None
    for _ in range(iters):
        if changed is not None and len(changed) == n:  # all moved (the usual case): no indexing
            q = sec[rows, col]
            f = field(np.concatenate([sec.reshape(-1, 3), (q[None] + _OFFSETS[:, None]).reshape(-1, 3)]))
            d = f[: n * m].reshape(n, m)
            known = f[n * m :].reshape(6, n)
            at = col
        elif changed is not None:  # only the sections that moved can have changed
            guess = col[changed]
            moved = sec[changed]
            q = moved[np.arange(len(changed)), guess]
            f = field(np.concatenate([moved.reshape(-1, 3), (q[None] + _OFFSETS[:, None]).reshape(-1, 3)]))
            d[changed] = f[: moved.shape[0] * m].reshape(-1, m)
            known[:, changed] = f[moved.shape[0] * m :].reshape(6, -1)
            at[changed] = guess
        col = d.argmin(axis=1)
        short = clearance - d[rows, col]
        hit = short > 1e-4
        if not hit.any():
            break
        # (Worked out for all sections at once: the ones not hit push 0.)
        miss = np.nonzero(hit & (at != col))[0]
        if len(miss):
            q = sec[miss, col[miss]]
            known[:, miss] = field((q[None] + _OFFSETS[:, None]).reshape(-1, 3)).reshape(6, len(q))
            at[miss] = col[miss]
        g = (known[:3] - known[3:]).T
        step = np.where(hit, short, 0.0) / np.maximum(np.sqrt(np.einsum("ij,ij->i", g, g)), 1e-9)
        step = g * step[:, None]  # the gradient's direction, as far as the section is short
        spread = spread_of @ step
        mag = np.sqrt(np.einsum("ij,ij->i", step, step))
        smag = np.sqrt(np.einsum("ij,ij->i", spread, spread))
        # Where the spread outgrows a section's own push it is cut back (to at most 1 mm, never
        # below its own push); elsewhere the section takes its own push.
        cut = np.maximum(mag, np.minimum(smag, 1.0)) / np.maximum(smag, 1e-9)
        spread = np.where((smag > mag)[:, None], spread * cut[:, None], step)
        changed = np.nonzero(spread.any(axis=1))[0]
        sec += spread[:, None, :]  # (0 where a section did not move)
        need += np.sqrt(np.einsum("ij,ij->i", spread, spread))
        direction += spread
    # Flatten pressed sections along the push: the side facing the obstacle stays put.
    pressed = np.nonzero(need > 0.05)[0]
    if len(pressed):
        u = direction[pressed]
        u /= np.maximum(np.sqrt(np.einsum("ij,ij->i", u, u)), 1e-9)[:, None]
        flat = sec[pressed]
        rel = flat - (flat.sum(axis=1) / m)[:, None, :]
        along = np.einsum("smk,sk->sm", rel, u)
        near_face = along.min(axis=1)
        squash = 0.25 * need[pressed] / (along.max(axis=1) - near_face + 1e-9)
        np.minimum(np.maximum(squash, 0.0, out=squash), 0.45, out=squash)
        new_along = near_face[:, None] + (along - near_face[:, None]) * (1.0 - squash[:, None])
        sec[pressed] = flat + (new_along - along)[..., None] * u[:, None, :]
    ends = np.cumsum(sizes)
    return [sec[e - k : e] for e, k in zip(ends, sizes, strict=True)]


@lru_cache(maxsize=64)  # (stretch lengths vary from frame to frame: keep the recent ones)
def _spread_matrix(sizes: tuple[int, ...]) -> Array:
    """Each push spreads a little along its tube (so it bends instead of kinking), never onto
    the next tube: (n, n) for stretches of these sizes, one after the other. Read only."""
    n = sum(sizes)
    tube = np.repeat(np.arange(len(sizes)), sizes)
    spread_of = np.eye(n)
    for k, w in _KERNEL:
        i = np.arange(n - k)
        spread_of[i + k, i] = spread_of[i, i + k] = w * (tube[k:] == tube[:-k])
    spread_of.flags.writeable = False
    return spread_of
