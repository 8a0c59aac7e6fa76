"""Ligamentum flavum and facet joint cartilage as signed-distance functions in world space.

Both are cut back from the bones (and the flavum from the sac) by a small clearance, so they
touch their neighbours without ever overlapping them.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .dimensions import FACET_JOINT_SPACE, LIGAMENTUM_FLAVUM_THICKNESS, disc_between
from .joints import Joint, bone_canal
from .layout import disc_mean_height, layout
from .processes import FACET_SHIFT
from .vertebra import PEDICLE_LENGTH

Array = NDArray[np.float64]
CLEARANCE = 0.35


FAR = 6.0  # mm outside the sheet: beyond this, carving cannot bring a point back to the surface


def flavum_sdf(disc: str, p: Array, bones, keep_out) -> Array:
    """The ligament spanning the gap between two laminae: a V-shaped sheet behind the sac."""
    upper, lower = disc_between(disc)
    lay = layout()
    f = lay.disc_bottom[disc]
    q = f.to_local(p)
    cw, yb, ca = bone_canal(upper)
    t = LIGAMENTUM_FLAVUM_THICKNESS
    # The laminae's inner line, pushed forward so the sheet lines the back of the canal.
    pts = np.array(
        [
            [-(cw + 1.0), yb - PEDICLE_LENGTH - 2.5],
            [0.0, yb - ca + 0.5 * t - 0.3],
            [cw + 1.0, yb - PEDICLE_LENGTH - 2.5],
        ]
    )
    d2 = np.full(len(q), np.inf)
    for a, b in zip(pts[:-1], pts[1:], strict=True):
        ab = b - a
        s = np.clip(((q[:, :2] - a) @ ab) / (ab @ ab), 0, 1)
        d2 = np.minimum(d2, np.linalg.norm(q[:, :2] - (a + s[:, None] * ab), axis=1))
    h = disc_mean_height(disc)
    dz = np.maximum(-3.0 - q[:, 2], q[:, 2] - (h + 12.0))
    d = sdf.smax(d2 - 0.5 * t, dz, 2.0)
    # Carving can only raise d, and only its zero level is meshed: points already well outside
    # the sheet keep their value, which spares the bones' and the nerves' fields most points.
    near = np.nonzero(d < FAR)[0]
    if len(near):
        q_near = p[near]
        dn = d[near]
        for b in bones:
            dn = np.maximum(dn, -b(q_near) + CLEARANCE)
        d[near] = np.maximum(dn, -keep_out(q_near) + CLEARANCE)
    return d


def facet_sdf(joint: Joint, p: Array) -> Array:
    """Cartilage in the joint space: a thin curved oval plate between the two facets."""
    q = p - joint.centre
    u = q @ joint.u
    v = q @ joint.v
    plate = np.abs(joint.radial(p) - joint.radius) - (0.5 * FACET_JOINT_SPACE - CLEARANCE)
    oval = (np.hypot((u - FACET_SHIFT) / 6.3, v / 7.6) - 1.0) * 6.3
    return sdf.smax(plate, oval, 0.6)
