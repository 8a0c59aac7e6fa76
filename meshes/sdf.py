"""Signed-distance primitives over (n, 3) point arrays, in millimetres (negative inside).

Bones are modelled as smooth unions of these and meshed once by `isosurface`; SDFs compose
cleanly (union, cut, clearance from a neighbour), which is how parts are kept from overlapping.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def smin(a: Array, b: Array, k: float) -> Array:
    """Smooth union with blend radius k (polynomial smooth minimum)."""
    if k <= 0:
        return np.minimum(a, b)
    h = np.clip(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    return b * (1 - h) + a * h - k * h * (1 - h)


def smax(a: Array, b: Array, k: float) -> Array:
    """Smooth intersection with blend radius k."""
    return -smin(-a, -b, k)


def union(*ds: Array, k: float = 0.0) -> Array:
    out = ds[0]
    for d in ds[1:]:
        out = smin(out, d, k)
    return out


def capsule(p: Array, a, b, r: float) -> Array:
    """Distance to a rod from a to b with radius r."""
    a = np.asarray(a, float)
    ab = np.asarray(b, float) - a
    ap = p - a
    t = np.clip(ap @ ab / (ab @ ab), 0.0, 1.0)
    return np.linalg.norm(ap - t[:, None] * ab, axis=1) - r


def ellipsoid(p: Array, centre, radii) -> Array:
    """Approximate distance to an axis-aligned ellipsoid (exact on the axes)."""
    q = (p - np.asarray(centre, float)) / np.asarray(radii, float)
    return (np.linalg.norm(q, axis=1) - 1.0) * float(np.min(radii))


def round_box(p: Array, centre, half, r: float = 0.0, rot: Array | None = None) -> Array:
    """Box with half extents `half` and edges rounded by r; `rot` maps box axes to the frame."""
    q = p - np.asarray(centre, float)
    if rot is not None:
        q = q @ rot
    q = np.abs(q) - (np.asarray(half, float) - r)
    outside = np.linalg.norm(np.maximum(q, 0.0), axis=1)
    inside = np.minimum(np.max(q, axis=1), 0.0)
    return outside + inside - r


def plane(p: Array, point, normal) -> Array:
    """Signed distance to a plane; positive on the side the normal points to."""
    n = np.asarray(normal, float)
    return (p - np.asarray(point, float)) @ (n / np.linalg.norm(n))


def rot_z(deg: float) -> Array:
    c, s = np.cos(np.radians(deg)), np.sin(np.radians(deg))
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])


def rot_x(deg: float) -> Array:
    c, s = np.cos(np.radians(deg)), np.sin(np.radians(deg))
    return np.array([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]])


def culled(p: Array, lo, hi, fn, margin: float = 6.0, far: float = 50.0) -> Array:
    """fn(p) where p lies within `margin` of the box [lo, hi] that holds fn's shape; elsewhere
    `far`: there the shape's surface is not the nearest one, and a large value leaves unions,
    smooth unions and carved holes exactly as they would be without it."""
    lo, hi = np.asarray(lo, float) - margin, np.asarray(hi, float) + margin
    near = (p[:, 0] > lo[0]) & (p[:, 0] < hi[0]) & (p[:, 1] > lo[1]) & (p[:, 1] < hi[1])
    near &= (p[:, 2] > lo[2]) & (p[:, 2] < hi[2])
    out = np.full(len(p), far)
    if near.any():
        out[near] = fn(p[near])
    return out


def bounds(*points, pad: float = 0.0) -> tuple[Array, Array]:
    """Box around points (each (3,) or (n, 3)), grown by pad."""
    pts = np.concatenate([np.atleast_2d(np.asarray(q, float)) for q in points])
    return pts.min(axis=0) - pad, pts.max(axis=0) + pad
