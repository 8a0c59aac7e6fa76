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
    if not len(p):
        return out
    p_lo, p_hi = p.min(axis=0), p.max(axis=0)
    for d in DISC_LEVELS:
        c = lay.disc_bottom[d].t
        if np.sum((np.clip(c, p_lo, p_hi) - c) ** 2) >= 45.0**2:
            continue  # every point is further than that from this disc
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


PROBES = np.concatenate([np.zeros((1, 3)), np.eye(3), -np.eye(3)])  # the point, then +-x, y, z


def value_and_gradient(field: Field, p: Array, eps: float = 0.25) -> tuple[Array, Array]:
    """The field and its unit gradient (central differences) at p, in one call of the field:
    a build calls this thousands of times on a few dozen points, where each call's overhead is
    what costs."""
    v = field((p[None, :, :] + eps * PROBES[:, None, :]).reshape(-1, 3)).reshape(7, len(p))
    g = (v[1:4] - v[4:]).T
    return v[0], g / np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-9)


def relax_path(
    centres: Array, radius: Array, field: Field, free: Array, clearance: float = 0.7, iters: int = 60
) -> Array:
    """Push path points (where `free`) out of `field` until each clears it by radius+clearance,
    smoothing as it goes so the path bends rather than kinks."""
    c = centres.copy()
    for _ in range(iters):
        d, g = value_and_gradient(field, c)
        need = radius + clearance - d
        move = (need > 0) & free
        if not move.any():
            break
        c[move] += g[move] * np.minimum(need[move], 1.0)[:, None]
        sm = c.copy()
        sm[1:-1] = 0.5 * c[1:-1] + 0.25 * (c[:-2] + c[2:])
        c[free] = sm[free]
    return c


def fit_scale(ring_points: Callable[[float], Array], field: Field, clearance: float = 0.6) -> float:
    """Largest scale in [0.55, 1] at which a section's outline clears the field."""
    for scale in np.linspace(1.0, 0.55, 19):
        if field(ring_points(scale)).min() > clearance:
            return float(scale)
    return 0.55
