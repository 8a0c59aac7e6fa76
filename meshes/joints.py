"""Facet joints: where the superior articular process of the lower bone meets the inferior
articular process of the upper one, per disc level and side, in world coordinates.

Both bones cut their articular process with the same plane, so the facets face each other
across a joint space of FACET_JOINT_SPACE at every level.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from .dimensions import DISC_LEVELS, FACET_RADIUS, SACRUM, SIDES, VERTEBRAE, disc_between
from .layout import body_mean_height, disc_mean_height, layout
from .outline import posterior_wall_y

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Joint:
    """A facet joint: centre, normal (from the lower bone's facet toward the upper's), and the
    in-plane axes u (horizontal) and v (vertical), all in world millimetres."""

    centre: Array
    normal: Array
    u: Array
    v: Array
    radius: float = 1e6  # the facets are coaxial cylinders about centre + radius * normal

    @property
    def axis_point(self) -> Array:
        """A point on the vertical axis the curved facets wrap around (behind and medial)."""
        return self.centre + self.radius * self.normal

    def radial(self, p: Array) -> Array:
        """Distance (mm) of points p (n, 3) from the facets' axis: the superior (concave) facet
        lies at radius + gap/2, the inferior (convex) one at radius - gap/2."""
        q = p - self.axis_point
        h = q @ self.v
        return np.sqrt(np.maximum(np.einsum("ij,ij->i", q, q) - h * h, 0.0))


def bone_canal(bone: str) -> tuple[float, float, float]:
    """(half canal width, posterior body wall y, canal AP depth) in the bone's local frame."""
    if bone == "S1":
        return (
            0.5 * SACRUM.canal_width - 1.0,
            posterior_wall_y(SACRUM.endplate_depth, SACRUM.endplate_width),
            SACRUM.canal_ap,
        )
    v = VERTEBRAE[bone]
    return 0.5 * v.canal_width, posterior_wall_y(v.endplate_depth, v.endplate_width), v.canal_ap


def side_sign(side: str) -> float:
    return 1.0 if side == "right" else -1.0


@cache
def joints() -> dict[tuple[str, str], Joint]:
    """Every facet joint keyed by (disc level, side)."""
    lay = layout()
    out: dict[tuple[str, str], Joint] = {}
    for disc in DISC_LEVELS:
        upper, lower = disc_between(disc)
        cw, yb, ca = bone_canal(lower)
        top = 0.0 if lower == "S1" else body_mean_height(lower)
        frame = lay.bones[lower]
        phi = np.radians(VERTEBRAE[upper].facet_angle)
        for side in SIDES:
            s = side_sign(side)
            # Lateral enough that the inferior process (medial to the joint, ~9 mm thick along
            # the normal) stays behind the canal's side wall, not inside the canal.
            x = max(cw + 3.5, cw - 0.5 + 9.0 * np.cos(phi))
            c = np.array([s * x, yb - 0.62 * ca - 2.5, top + 0.55 * disc_mean_height(disc)])
            n = np.array([-s * np.cos(phi), -np.sin(phi), 0.0])
            u = np.array([-n[1], n[0], 0.0]) * s
            v = np.array([0.0, 0.0, 1.0])
            out[(disc, side)] = Joint(
                frame.to_world(c[None])[0], frame.R @ n, frame.R @ u, frame.R @ v, FACET_RADIUS[disc]
            )
    return out
