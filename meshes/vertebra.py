"""A lumbar vertebra as a signed-distance function in its local frame (see `layout`).

Body (kidney outline, concave waist, concave endplates inside a rim), pedicles, laminae,
spinous and transverse processes, and articular processes cut flat at the facet joints.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .dimensions import (
    ENDPLATE_CONCAVITY_LOWER_OF_DISC,
    ENDPLATE_CONCAVITY_UPPER_OF_DISC,
    FACET_JOINT_SPACE,
    VERTEBRAE,
)
from .joints import Joint, bone_canal, side_sign
from .layout import body_mean_height, body_wedge_deg
from .outline import endplate_dip, outline_radius

Array = NDArray[np.float64]

WAIST = 0.07  # the body's sides are concave: radius shrinks by this fraction at mid height
RIM_ROUND = 1.2  # mm, rounding of the endplate rim
BLEND = 2.0  # mm, smooth union of the posterior elements
PEDICLE_LENGTH = 9.0


def body_sdf(
    p: Array, width: float, depth: float, height: float, wedge_deg: float, dip_top: float, dip_bottom: float
) -> Array:
    """Vertebral body: origin at the lower endplate centre, upper endplate tilted by wedge."""
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    rho = np.hypot(x, y)
    theta = np.arctan2(y, x)
    r0 = outline_radius(theta, width, depth)
    t = np.clip(z / height, 0.0, 1.0)
    r = r0 * (1.0 - WAIST * np.sin(np.pi * t) ** 1.5)
    frac = rho / r0
    z_top = height + np.tan(np.radians(wedge_deg)) * y - endplate_dip(frac, dip_top)
    z_bot = endplate_dip(frac, dip_bottom)
    side = rho - r
    return sdf.smax(sdf.smax(side, z - z_top, RIM_ROUND), z_bot - z, RIM_ROUND)


def facet_cut(p: Array, joint_local: tuple[Array, Array], keep_upper: bool) -> Array:
    """Half-space of one side of a joint, felt only near the joint (within ~12 mm)."""
    c, n = joint_local
    s = (p - c) @ n
    g = 0.5 * FACET_JOINT_SPACE
    d = (g - s) if keep_upper else (s + g)
    far = np.maximum(np.linalg.norm(p - c, axis=1) - 12.0, 0.0)
    return d - 1000.0 * far


def articular_process(
    p: Array, joint_local: tuple[Array, Array, Array, Array], upper: bool, root_point
) -> Array:
    """An articular process: a flattened ellipsoid resting on the joint plane plus its stalk."""
    c, n, u, v = joint_local
    sign = 1.0 if upper else -1.0
    centre = c + sign * n * (0.5 * FACET_JOINT_SPACE + 2.2)
    axes = np.stack([n, u, v], axis=1)
    q = (p - centre) @ axes
    radii = np.array([4.8, 6.8, 10.0])
    ell = (np.linalg.norm(q / radii, axis=1) - 1.0) * 4.8
    stalk = sdf.capsule(p, root_point, centre, 4.2)
    return sdf.smin(ell, stalk, 2.0)


def vertebra_sdf(
    level: str, p: Array, joints_above: dict[str, Joint], joints_below: dict[str, Joint], to_local
) -> Array:
    """Signed distance of the whole vertebra at local points p (n, 3).

    joints_above/below map side -> Joint in world coordinates; to_local maps world to local.
    """
    v = VERTEBRAE[level]
    H = body_mean_height(level)
    cw, yb, ca = bone_canal(level)
    d_body = body_sdf(
        p,
        v.endplate_width,
        v.endplate_depth,
        H,
        body_wedge_deg(level),
        ENDPLATE_CONCAVITY_LOWER_OF_DISC,
        ENDPLATE_CONCAVITY_UPPER_OF_DISC,
    )

    parts = []
    pw, ph = v.pedicle_width, v.pedicle_height
    zc = 0.66 * H
    for side in ("left", "right"):
        s = side_sign(side)
        # Pedicle: from the body's posterolateral corner back to the pillar, converging forward.
        rot = sdf.rot_z(-s * v.pedicle_medial_angle)
        parts.append(
            sdf.round_box(
                p,
                (s * (cw + 0.5 * pw), yb - 0.5 * PEDICLE_LENGTH + 2.0, zc),
                (0.5 * pw, 0.5 * PEDICLE_LENGTH + 3.0, 0.5 * ph),
                0.45 * min(pw, ph),
                rot,
            )
        )
        # Lamina: a slab from the pillar to the midline, leaning back at its lower edge.
        a = np.array([s * (cw + 1.5), yb - PEDICLE_LENGTH - 4.0])
        b = np.array([0.0, yb - ca - 2.8])
        q = p.copy()
        q[:, 1] = q[:, 1] - 0.25 * (q[:, 2] - zc)
        ab = b - a
        t = np.clip(((q[:, :2] - a) @ ab) / (ab @ ab), 0.0, 1.0)
        dxy = np.linalg.norm(q[:, :2] - (a + t[:, None] * ab), axis=1) - 2.8
        dz = np.maximum(-4.5 - q[:, 2], q[:, 2] - 0.78 * H)
        parts.append(sdf.smax(dxy, dz, 2.0))
        # Transverse process: laterally from the pedicle-pillar junction.
        r_tp = 6.0 if level == "L5" else 3.8
        tip = np.array([s * (0.5 * v.transverse_span - r_tp), yb - PEDICLE_LENGTH + 0.5, 0.55 * H])
        base = np.array([s * (cw + 0.6 * pw), yb - PEDICLE_LENGTH + 2.0, 0.62 * H])
        parts.append(sdf.capsule(p, base, tip, r_tp))
        # Pars interarticularis: the column joining the upper and lower articular processes.
        parts.append(
            sdf.capsule(
                p,
                (s * (cw + 2.5), yb - PEDICLE_LENGTH - 1.0, 0.7 * H),
                (s * (cw + 0.5), yb - 0.8 * ca - 1.5, 1.0),
                4.2,
            )
        )
    # Spinous process: hatchet-shaped, nearly horizontal, taller toward the tip.
    y0 = yb - ca - 3.0
    y1 = y0 - v.spinous_length
    mid = np.array([0.0, 0.5 * (y0 + y1), 0.42 * H])
    rot = sdf.rot_x(8.0)
    parts.append(sdf.round_box(p, mid, (2.8, 0.5 * v.spinous_length, 8.0), 2.5, rot))
    parts.append(sdf.ellipsoid(p, (0.0, y1 + 3.0, 0.38 * H), (3.8, 5.0, 11.0)))
    posterior = sdf.union(*parts, k=BLEND)

    # Articular processes, each cut flat at its joint.
    procs = []
    cuts = []
    for side in ("left", "right"):
        s = side_sign(side)
        for joints, upper in ((joints_above, False), (joints_below, True)):
            j = joints.get(side)
            if j is None:
                continue
            c = to_local(j.centre[None])[0]
            n, u, vv = (to_local(np.stack([j.centre + j.normal, j.centre + j.u, j.centre + j.v]))) - c
            if upper:  # inferior process of this bone: hangs from the lamina
                root = np.array([s * (cw - 0.5), yb - ca * 0.8 - 1.5, 2.0])
            else:  # superior process: rises from the pedicle
                root = np.array([s * (cw + 0.5 * pw), yb - PEDICLE_LENGTH + 1.0, 0.7 * H])
            procs.append(articular_process(p, (c, n, u, vv), upper, root))
            cuts.append(facet_cut(p, (c, n), keep_upper=upper))
    d = sdf.smin(d_body, posterior, BLEND)
    if procs:
        d = sdf.smin(d, sdf.union(*procs, k=1.0), 1.5)
    for cut in cuts:
        d = np.maximum(d, cut)
    return d
