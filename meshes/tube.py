"""Swept tubes with closed ends (dural sac, nerve roots): fixed-topology grids over
(t along the path, angle around it), with param (t, angle, 1) kept per vertex."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .curves import natural_cubic

Array = NDArray[np.float64]


def spline_path(points: Array, n: int) -> tuple[Array, Array]:
    """n points along a smooth curve through `points` (chord-length), and unit tangents."""
    points = np.asarray(points, float)
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    u = np.concatenate([[0.0], np.cumsum(seg)]) / seg.sum()
    centres, tangent = natural_cubic(u, points, np.linspace(0.0, 1.0, n))
    return centres, tangent / np.linalg.norm(tangent, axis=1, keepdims=True)


def frames(tangents: Array, hint) -> tuple[Array, Array]:
    """Rotation-minimising normals and binormals along a path, starting near `hint`."""
    n = np.empty_like(tangents)
    v = np.asarray(hint, float) - tangents[0] * (tangents[0] @ np.asarray(hint, float))
    n[0] = v / np.linalg.norm(v)
    for i in range(1, len(tangents)):
        v = n[i - 1] - tangents[i] * (tangents[i] @ n[i - 1])
        n[i] = v / np.linalg.norm(v)
    return n, np.cross(tangents, n)


def build_tube(
    centres: Array, tangents: Array, radius_a: Array, radius_b: Array, hint, n_around: int = 24
) -> tuple[Array, NDArray[np.int64], Array]:
    """Tube with elliptical sections (radius_a along the normal, radius_b along the binormal)
    and one cap vertex at each end. Returns vertices, faces, param (t, angle, 1)."""
    normals, binormals = frames(tangents, hint)
    m = len(centres)
    ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
    ring = (
        centres[:, None, :]
        + normals[:, None, :] * (radius_a[:, None, None] * np.cos(ang)[None, :, None])
        + binormals[:, None, :] * (radius_b[:, None, None] * np.sin(ang)[None, :, None])
    )
    verts = np.concatenate([ring.reshape(-1, 3), centres[[0, -1]]])
    i, j = np.meshgrid(np.arange(m - 1), np.arange(n_around), indexing="ij")
    a = i * n_around + j
    b = i * n_around + (j + 1) % n_around
    c = (i + 1) * n_around + (j + 1) % n_around
    d = (i + 1) * n_around + j
    faces = [np.stack([a, b, c], -1).reshape(-1, 3), np.stack([a, c, d], -1).reshape(-1, 3)]
    s, e = m * n_around, m * n_around + 1
    jj = np.arange(n_around)
    faces.append(np.stack([np.full(n_around, s), (jj + 1) % n_around, jj], -1))
    last = (m - 1) * n_around
    faces.append(np.stack([np.full(n_around, e), last + jj, last + (jj + 1) % n_around], -1))
    t = np.linspace(0, 1, m)
    T, A = np.meshgrid(t, ang, indexing="ij")
    param = np.concatenate(
        [np.stack([T, A, np.ones_like(T)], -1).reshape(-1, 3), np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]])]
    )
    return verts, np.concatenate(faces).astype(np.int64), param


def tangents_of(centres: Array) -> Array:
    t = np.gradient(centres, axis=0)
    return t / np.linalg.norm(t, axis=1, keepdims=True)


def tube_field(centres: Array, tangents: Array, radius_a: Array, radius_b: Array, hint):
    """Approximate signed distance to a tube with elliptical sections (nearest section)."""
    from scipy.spatial import cKDTree

    normals, binormals = frames(tangents, hint)
    tree = cKDTree(centres)
    r = float(max(radius_a.max(), radius_b.max()))
    lo, hi = centres.min(axis=0) - r, centres.max(axis=0) + r

    def near(p: Array) -> Array:
        _, i = tree.query(p)
        q = p - centres[i]
        u, v = np.einsum("ij,ij->i", q, normals[i]), np.einsum("ij,ij->i", q, binormals[i])
        a, b = radius_a[i], radius_b[i]
        return (np.hypot(u / a, v / b) - 1.0) * np.minimum(a, b)

    def field(p: Array) -> Array:
        # Far from the tube's box the distance to the box is all anyone needs (a lower bound).
        gap = np.maximum(np.maximum(lo - p, p - hi), 0.0)
        out = np.sqrt(np.einsum("ij,ij->i", gap, gap))
        close = out < 8.0
        if close.any():
            out[close] = near(p[close])
        return out

    return field
