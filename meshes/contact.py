"""Soft tissue giving way: points inside an obstacle are pushed out along its gradient, so a
root or the sac is displaced and flattened where disc, spur or ligament reaches it, never
passed through. The depth pushed is what the model reports as compression."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Field = Callable[[Array], Array]


def push_out(points: Array, field: Field, clearance: float = 0.35, iters: int = 3) -> tuple[Array, float]:
    """Move points with field < clearance out to field = clearance. Returns the new points and
    the deepest penetration found before moving (mm, 0 when nothing was touched)."""
    p = points.copy()
    d = field(p)
    depth = float(max(0.0, -d.min())) if len(d) else 0.0
    for _ in range(iters):
        inside = d < clearance
        if not inside.any():
            break
        q = p[inside]
        offsets = np.concatenate([np.eye(3), -np.eye(3)]) * 0.2
        v = field((q[None] + offsets[:, None]).reshape(-1, 3)).reshape(6, len(q))
        g = (v[:3] - v[3:]).T
        g /= np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-9)
        p[inside] = q + g * (clearance - d[inside])[:, None]
        d = field(p)
    return p, depth


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
    sections = points[rings]
    centres = sections.mean(axis=1)
    radius = np.linalg.norm(sections - centres[:, None], axis=2).max(axis=1)
    if np.min(field(centres) - radius) > clearance:  # no section can reach the obstacle
        return points, 0.0
    p = points.copy()
    rings_full = rings
    d_all = field(p[rings].reshape(-1, 3)).reshape(rings.shape)
    depth = float(max(0.0, clearance - d_all.min())) if d_all.size else 0.0
    if depth <= 0.0:
        return p, 0.0
    # Only the stretch of root near the obstacle can move (plus a margin for the bend).
    near = np.nonzero(d_all.min(axis=1) < clearance + 6.0)[0]
    rings = rings[near.min() : near.max() + 1]
    sec = p[rings]  # (n, m, 3)
    n, m, _ = sec.shape
    need = np.zeros(n)
    direction = np.zeros((n, 3))
    for _ in range(iters):
        d = field(sec.reshape(-1, 3)).reshape(n, m)
        short = clearance - d.min(axis=1)
        hit = short > 1e-4
        if not hit.any():
            break
        worst = sec[np.arange(n), d.argmin(axis=1)]
        offsets = np.concatenate([np.eye(3), -np.eye(3)]) * 0.2
        q = worst[hit]
        v = field((q[None] + offsets[:, None]).reshape(-1, 3)).reshape(6, len(q))
        g = (v[:3] - v[3:]).T
        g /= np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-9)
        step = np.zeros((n, 3))
        step[hit] = g * short[hit, None]
        # Spread each push a little along the root so it bends instead of kinking.
        kernel = np.array([0.25, 0.5, 1.0, 0.5, 0.25])
        spread = np.stack([np.convolve(step[:, k], kernel, mode="same") for k in range(3)], axis=1)
        mag = np.linalg.norm(step, axis=1, keepdims=True)
        smag = np.linalg.norm(spread, axis=1, keepdims=True)
        spread = np.where(
            smag > mag, spread / np.maximum(smag, 1e-9) * np.maximum(mag, np.minimum(smag, 1.0)), step
        )
        sec = sec + spread[:, None, :]
        need += np.linalg.norm(spread, axis=1)
        direction += spread
    # Flatten pressed sections along the push: the side facing the obstacle stays put.
    pressed = need > 0.05
    if pressed.any():
        u = direction[pressed] / np.maximum(np.linalg.norm(direction[pressed], axis=1, keepdims=True), 1e-9)
        centre = sec[pressed].mean(axis=1)
        rel = sec[pressed] - centre[:, None, :]
        along = np.einsum("smk,sk->sm", rel, u)
        near_face = along.min(axis=1)
        squash = np.clip(0.25 * need[pressed] / (np.ptp(along, axis=1) + 1e-9), 0.0, 0.45)
        new_along = near_face[:, None] + (along - near_face[:, None]) * (1.0 - squash[:, None])
        sec[pressed] = sec[pressed] + (new_along - along)[..., None] * u[:, None, :]
    p[rings] = sec
    all_rings = rings_full
    p[caps[0]] = p[all_rings[0]].mean(axis=0)
    p[caps[1]] = p[all_rings[-1]].mean(axis=0)
    idx = rings.ravel()
    p[idx], _ = push_out(p[idx], field, clearance)  # mop up what is left, vertex by vertex
    return p, depth
