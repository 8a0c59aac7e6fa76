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
