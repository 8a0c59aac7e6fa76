"""Keep tubes off their neighbours at build time: roots are nudged away from bone and disc,
and the sac is narrowed where the canal is tight, so no part passes through another at rest."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from .dimensions import DISC_LEVELS, disc_between
from .disc import _dims
from .layout import disc_mean_height, layout
from .outline import outline_radius

Array = NDArray[np.float64]
Field = Callable[[Array], Array]


def discs_sdf(p: Array) -> Array:
    """Approximate distance to the nearest disc (a slab between endplates within the outline)."""
    lay = layout()
    out = np.full(len(p), 50.0)  # (far from every disc: "far" is all that matters)
    for d in DISC_LEVELS:
        c = lay.disc_bottom[d].t
        near = np.einsum("ij,ij->i", p - c, p - c) < 45.0**2
        if not near.any():
            continue  # (a disc is within 45 mm of its lower endplate's centre)
        q = lay.disc_bottom[d].to_local(p[near])
        upper, lower = disc_between(d)
        w, dp = _dims(lower)
        r = outline_radius(np.arctan2(q[:, 1], q[:, 0]), w, dp) + 0.8
        side = np.hypot(q[:, 0], q[:, 1]) - r
        h = disc_mean_height(d) + 2.0
        out[near] = np.minimum(out[near], np.maximum(side, np.maximum(-q[:, 2] - 1.0, q[:, 2] - h)))
    return out


def gradient(field: Field, p: Array, eps: float = 0.25) -> Array:
    """Unit gradient by central differences, all six probes in one call of the field."""
    offsets = np.concatenate([np.eye(3), -np.eye(3)]) * eps
    v = field((p[None, :, :] + offsets[:, None, :]).reshape(-1, 3)).reshape(6, len(p))
    g = (v[:3] - v[3:]).T
    return g / np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-9)


def relax_paths(
    centres: Array, radius: Array, field: Field, free: Array, clearance: float = 0.7, iters: int = 60
) -> Array:
    """Push path points (where `free`) out of `field` until each clears it by radius+clearance,
    smoothing as it goes so the path bends rather than kinks. Several paths at once (leading
    axis: centres (k, n, 3), radius and free (k, n)), each stepped exactly as it would be alone
    and left alone once clear: one call of the field a step serves every path (a build's root
    routing was a thousand calls of the field per root, each paying its fixed cost)."""
    c = centres.copy()
    k, n, _ = c.shape
    todo = np.arange(k)
    for _ in range(iters):
        need = radius[todo] + clearance - field(c[todo].reshape(-1, 3)).reshape(len(todo), n)
        move = (need > 0) & free[todo]
        going = move.any(axis=1)
        todo, need, move = todo[going], need[going], move[going]
        if not len(todo):
            break
        cc = c[todo]
        cc[move] += gradient(field, cc[move]) * np.minimum(need[move], 1.0)[:, None]
        sm = cc.copy()
        sm[:, 1:-1] = 0.5 * cc[:, 1:-1] + 0.25 * (cc[:, :-2] + cc[:, 2:])
        f = free[todo]
        cc[f] = sm[f]
        c[todo] = cc
    return c


def fit_scale(ring_points: Callable[[float], Array], field: Field, clearance: float = 0.6) -> float:
    """Largest scale in [0.55, 1] at which a section's outline clears the field."""
    for scale in np.linspace(1.0, 0.55, 19):
        if field(ring_points(scale)).min() > clearance:
            return float(scale)
    return 0.55
