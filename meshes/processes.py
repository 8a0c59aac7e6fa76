"""Articular and transverse processes of a vertebra (and S1's superior articular process) as
signed-distance functions in the bone's local frame.

They follow anatomy-shape.md: the superior articular process is a pillar rising from the
pedicle-lamina junction to a rounded tip, its concave (J/C) facet facing back and in and the
mamillary process on its back edge; the inferior articular process is a column hanging from the
lamina and tapering to a rounded tip, its convex facet facing forward and out; the pars is the
waist between them. Transverse processes are flattened blades, tall and thin, tapering to a
rounded tip, swept back and a little up; L5's are thick cones fused to pedicle and body.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .dimensions import FACET_HEIGHT, FACET_JOINT_SPACE, FACET_WIDTH
from .joints import Joint

Array = NDArray[np.float64]

ARTICULAR_THICKNESS = 6.5  # mm, articular process behind its facet surface (at the facet)
FACET_SHIFT = 2.5  # mm the facet's centre lies back and out from the joint centre (along u)
CUT_REACH = 13.0  # mm round a joint within which each bone is kept out of the joint space
# Superior process: base half-width (where it rises from the pedicle) and tip half-width; its
# tip stands this far above the joint centre. Inferior process: root and tip half-widths, the
# tip this far below the joint centre (the tip reaches the level of the disc below). The
# inferior one is no wider than its facet needs: seen from behind a real one is 10-12 mm wide.
SAP_HALF_BASE, SAP_HALF_TIP, SAP_TIP = 8.8, 6.8, 0.5 * FACET_HEIGHT + 3.0
IAP_HALF_ROOT, IAP_HALF_TIP, IAP_TIP = 7.2, 5.4, 0.5 * FACET_HEIGHT + 2.5
# Transverse blades (L1-L4): height and thickness at the root and at the tip (mm), sweep back
# and rise (degrees). L5: a thick cone (anatomy-shape.md: about twice as thick as the others).
BLADE_ROOT = (13.0, 8.0)
BLADE_TIP = (8.5, 4.5)
BLADE_SWEEP, BLADE_RISE = 16.0, 7.0
L5_ROOT = (13.0, 10.0)
L5_TIP = (10.0, 7.0)
L5_SWEEP, L5_RISE = 24.0, 14.0


def uneven_capsule(x: Array, y: Array, r1: float, r2: float, length: float) -> Array:
    """Exact 2D distance to a tapered capsule: a circle of radius r1 at (0, 0) and one of r2 at
    (0, length) joined by their tangents (x >= 0 is the distance from the axis). Swept about the
    axis it is a round cone; used in a plane it is a tapered profile with round ends."""
    b = (r1 - r2) / length
    a = np.sqrt(1.0 - b * b)
    k = -b * x + a * y
    side = a * x + b * y - r1
    low = np.hypot(x, y) - r1
    high = np.hypot(x, y - length) - r2
    return np.where(k < 0.0, low, np.where(k > a * length, high, side))


def articular_process(p: Array, j: Joint, superior: bool, root_point) -> Array:
    """An articular process in local coordinates: a curved plate behind its facet surface (a
    cylinder about the joint's axis: concave for the superior process, convex for the inferior
    one) whose outline in the facet's plane is a tapered pillar: the superior one rises from
    `root_point`'s height to a rounded tip above the joint, the inferior one hangs from it to a
    rounded tip below. Thicker at the root than at the tip."""
    g = 0.5 * FACET_JOINT_SPACE
    q = p - j.centre
    w = np.abs(q @ j.u - FACET_SHIFT)  # across the facet, from its middle
    h = q @ j.v  # up the facet
    r = j.radial(p)
    h_root = float((np.asarray(root_point, float) - j.centre) @ j.v)
    if superior:  # lower bone's process: outside the cylinder, rising from the pedicle
        c_tip = SAP_TIP - SAP_HALF_TIP
        c_base = min(h_root, c_tip - 8.0)
        outline = uneven_capsule(w, h - c_base, SAP_HALF_BASE, SAP_HALF_TIP, c_tip - c_base)
        up = np.clip((h - c_base) / (c_tip - c_base), 0.0, 1.0)
        thick = ARTICULAR_THICKNESS + 1.0 * (1.0 - up) - 1.0 * up
        shell = sdf.smax((j.radius + g) - r, r - (j.radius + g + thick), 1.2)
    else:  # upper bone's process: inside the cylinder, hanging from the lamina
        c_tip = -IAP_TIP + IAP_HALF_TIP
        c_root = max(h_root, c_tip + 8.0)
        outline = uneven_capsule(w, c_root - h, IAP_HALF_ROOT, IAP_HALF_TIP, c_root - c_tip)
        down = np.clip((c_root - h) / (c_root - c_tip), 0.0, 1.0)
        thick = ARTICULAR_THICKNESS - 0.5 * down
        shell = sdf.smax(r - (j.radius - g), (j.radius - g - thick) - r, 1.2)
    # Only the near side of the cylinder (its far side, behind the axis, is not this process).
    shell = np.maximum(shell, q @ j.normal - 0.6 * j.radius)
    return sdf.smax(shell, outline, 1.5)


def mamillary_knob(j: Joint) -> tuple[Array, Array]:
    """Centre and radii (local x, y, z) of the mamillary process: a rounded knob on the back
    edge of the superior articular process, a little below the joint centre."""
    g = 0.5 * FACET_JOINT_SPACE
    centre = (
        j.centre
        - j.normal * (g + 0.6 * ARTICULAR_THICKNESS)
        + j.u * (0.5 * FACET_WIDTH + FACET_SHIFT + 0.8)
        - j.v * 4.0
    )
    return centre, np.array([2.8, 2.8, 4.2])


def facet_cut(p: Array, j: Joint, superior: bool) -> Array:
    """Keep a bone on its own side of the joint space near the joint: positive where the bone
    must give way. The region cut away is bounded by the facet cylinder, a ball of CUT_REACH
    round the joint and a plane through the axis' side; the field is the nearest of the three
    everywhere (continuous), not switched on inside the ball: a jump at the ball's edge, where
    it crosses the pedicle's underside, drew a saw-tooth there and hid surface from the
    narrow-band mesher."""
    g = 0.5 * FACET_JOINT_SPACE
    q = p - j.centre
    r = j.radial(p)
    wall = (j.radius + g - r) if superior else (r - (j.radius - g))
    ball = CUT_REACH - np.sqrt(np.einsum("ij,ij->i", q, q))
    return np.minimum(np.minimum(wall, ball), 0.8 * j.radius - q @ j.normal)


def blade_direction(side_sign: float, sweep_deg: float, rise_deg: float) -> Array:
    """Unit vector out to the side, swept back (-y) and rising (+z) by the given angles."""
    sw, ri = np.radians(sweep_deg), np.radians(rise_deg)
    return np.array([side_sign * np.cos(ri) * np.cos(sw), -np.cos(ri) * np.sin(sw), np.sin(ri)])


def transverse_blade(
    p: Array, root: Array, d: Array, length: float, root_size: tuple, tip_size: tuple
) -> Array:
    """A flattened blade from `root` along unit `d` for `length` mm (to its tip's end): its
    outline in its own plane tapers from root_size[0] tall to tip_size[0] with a rounded tip,
    and it thins from root_size[1] to tip_size[1] (front to back)."""
    up = np.array([0.0, 0.0, 1.0]) - d[2] * d
    up /= np.linalg.norm(up)
    across = np.cross(d, up)
    q = p - root
    along = q @ d
    r1, r2 = 0.5 * root_size[0], 0.5 * tip_size[0]
    outline = uneven_capsule(np.abs(q @ up), along, r1, r2, length - r2)
    f = np.clip(along / length, 0.0, 1.0)
    half_t = 0.5 * (root_size[1] + (tip_size[1] - root_size[1]) * f)
    # The section is a lens: thinner toward the upper and lower borders.
    rim = np.clip(np.abs(q @ up) / (r1 + (r2 - r1) * f), 0.0, 1.0)
    slab = np.abs(q @ across) - half_t * (1.0 - 0.35 * rim**2)
    return sdf.smax(outline, slab, 1.0)


def transverse_process(p: Array, level: str, s: float, root: Array, half_span: float) -> Array:
    """The transverse process of one side (s = -1 left, +1 right), its tip `half_span` from the
    midline: L1-L4 a flattened blade, L5 a thick cone angled up and back."""
    if level == "L5":
        size_root, size_tip, d = L5_ROOT, L5_TIP, blade_direction(s, L5_SWEEP, L5_RISE)
    else:
        size_root, size_tip, d = BLADE_ROOT, BLADE_TIP, blade_direction(s, BLADE_SWEEP, BLADE_RISE)
    length = (half_span - abs(root[0])) / abs(d[0])
    return transverse_blade(p, root, d, length, size_root, size_tip)


def transverse_box(level: str, s: float, root: Array, half_span: float) -> tuple[Array, Array]:
    """Corners of the region a transverse process fills (for culling)."""
    if level == "L5":
        d, pad = blade_direction(s, L5_SWEEP, L5_RISE), 0.5 * L5_ROOT[0]
    else:
        d, pad = blade_direction(s, BLADE_SWEEP, BLADE_RISE), 0.5 * BLADE_ROOT[0]
    length = (half_span - abs(root[0])) / abs(d[0])
    return sdf.bounds(root, root + d * length, pad=pad)
