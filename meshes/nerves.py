"""Dural sac and nerve roots as swept tubes along paths placed from the bone frames.

Each lumbar root leaves the sac above its exit, runs down beside the sac in the lateral recess
(the traversing part), passes under the pedicle of its own vertebra with its ganglion in the
upper foramen, and heads out, forward and down (the exiting part). S1 leaves the sac above the
L5-S1 disc and exits through the first anterior sacral foramen (anatomy.md, 'Nerve roots').
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .dimensions import (
    DURA_AP,
    DURA_WIDTH,
    GANGLION_SIZE,
    LEVELS,
    ROOT_DIAMETER,
    ROOT_TAKEOFF_DEG,
    SACRAL_ROOTS,
    VERTEBRAE,
)
from .joints import bone_canal, side_sign
from .layout import body_mean_height, layout
from .sacrum import canal_front, canal_point, s1_foramen, sacral_curve, sacral_foramen
from .tube import frames, spline_path, tangents_of, tube_field
from .vertebra import arch_frame

Array = NDArray[np.float64]

DURA_FRONT_GAP = 2.0  # mm between the sac and the back of the vertebral bodies (epidural space)


def dura_controls() -> tuple[Array, Array, Array]:
    """Control points of the sac's centre line (world) with its width and AP depth there."""
    lay = layout()
    pts, widths, aps = [], [], []
    for lv in LEVELS:
        cw, yb, ca = bone_canal(lv)
        H = body_mean_height(lv)
        ap = DURA_AP[lv]
        zs = (1.15 * H, 0.55 * H, 0.05 * H) if lv == "L1" else (0.55 * H, 0.05 * H)
        for z in zs:
            pts.append(lay.bones[lv].to_world(np.array([[0.0, yb - DURA_FRONT_GAP - 0.5 * ap, z]]))[0])
            widths.append(DURA_WIDTH[lv])
            aps.append(ap)
    f = lay.bones["S1"]
    for t, scale in ((0.02, 1.0), (0.16, 0.7), (0.27, 0.4)):
        c = canal_point(np.array([t]))[0] + canal_front(t) * 2.0  # the sac lies forward in the canal
        pts.append(f.to_world(c[None])[0])
        widths.append(DURA_WIDTH["S1"] * scale)
        aps.append(DURA_AP["S1"] * scale)
    return np.array(pts), np.array(widths), np.array(aps)


DURA_HINT = (1.0, 0.0, 0.0)


def dura_sections(n_along: int = 90, bones=None):
    """Centre line, tangents and half-axes (across, front-to-back) of the sac, fitted to the
    canal: where bone or disc would cut into the table size, the section is narrowed.
    `bones` is the distance to the nearest bone (default: the bones' own functions)."""
    from .bones import all_bones_sdf
    from .clearance import discs_sdf, fit_scale

    bones = bones or all_bones_sdf

    pts, widths, aps = dura_controls()
    centres, tangents = spline_path(pts, n_along)
    u = np.linspace(0, 1, len(pts))
    t = np.linspace(0, 1, n_along)
    a = np.interp(t, u, widths) * 0.5
    b = np.interp(t, u, aps) * 0.5
    tail = np.clip((t - 0.93) / 0.07, 0, 1)  # round the lower end of the sac
    shrink = np.sqrt(np.maximum(1 - tail**2, 0.02))
    normals, binormals = frames(tangents, DURA_HINT)
    ang = np.linspace(0, 2 * np.pi, 24, endpoint=False)

    def field(p):
        return np.minimum(bones(p), discs_sdf(p))

    scale = np.array(
        [
            fit_scale(
                lambda k, i=i: (
                    centres[i]
                    + k
                    * (np.outer(a[i] * np.cos(ang), normals[i]) + np.outer(b[i] * np.sin(ang), binormals[i]))
                ),
                field,
            )
            for i in range(n_along)
        ]
    )
    scale = np.minimum(scale, np.convolve(np.pad(scale, 2, mode="edge"), np.ones(5) / 5, mode="valid"))
    return centres, tangents, a * shrink * scale, b * shrink * scale


def dura_half_width(level: str) -> float:
    return 0.5 * DURA_WIDTH[level]


def _front(t: float, x: float, ahead: float) -> Array:
    """A point (sacrum frame) in front of the sacral bodies' centre line at parameter t."""
    c = sacral_curve(np.array(t))
    return c + canal_front(t) * ahead + np.array([x, 0.0, 0.0])


def _in_canal(t: float, x: float, ahead: float) -> Array:
    """A point (sacrum frame) in the sacral canal: x across, `ahead` from its centre."""
    return canal_point(np.array([t]))[0] + canal_front(t) * ahead + np.array([x, 0.0, 0.0])


# Beyond the foramina, in the sacrum's frame (x on the right side; mirrored for the left):
# L5 crosses the front of the ala as the lumbosacral trunk, L4 joins it in front, and the
# ventral rami of S1-S4 run out and down across the front of the sacrum toward the sciatic
# notch, each a few millimetres from the next (anatomy-shape.md, 'Nerves beyond the foramen').
TRUNK = {
    "L5": ((0.02, 33.0, 12.0), (0.2, 40.0, 12.0), (0.38, 47.0, 12.0), (0.55, 55.0, 10.0)),
    "L4": ((0.05, 31.0, 18.5), (0.2, 38.0, 18.5), (0.38, 45.0, 18.5), (0.5, 51.0, 17.5)),
    "S1": ((0.4, 34.0, 9.0), (0.5, 44.0, 8.5), (0.62, 54.0, 7.5)),
    "S2": ((0.52, 32.0, 8.0), (0.62, 42.0, 6.0), (0.72, 50.0, 5.0)),
    "S3": ((0.65, 28.0, 6.0), (0.74, 38.0, 4.5), (0.84, 45.0, 4.0)),
    "S4": ((0.78, 24.0, 5.0), (0.88, 32.0, 4.0), (0.98, 38.0, 3.0)),
}
# Inside the sacral canal, from the end of the sac (t, x, ahead of the canal centre): the lower
# sacral roots hang medial to S1, S3 and S4 behind S2, each down to its own foramen.
CANAL = {
    "S2": ((0.3, 3.2, 2.5), (0.38, 4.0, 2.0)),
    "S3": ((0.3, 5.5, -2.5), (0.45, 5.5, -3.0), (0.52, 5.0, -2.0)),
    "S4": ((0.3, 1.6, -3.0), (0.45, 1.6, -3.2), (0.6, 1.8, -3.0)),
}


def root_controls(root: str, side: str) -> Array:
    """Control points (world mm) of a root's centre line, from the sac to where the nerve
    leaves the region shown."""
    s = side_sign(side)
    lay = layout()
    r = 0.5 * ROOT_DIAMETER[root]
    f = lay.bones["S1"]

    def beyond(name: str) -> Array:
        return np.array([_front(t, s * x, ahead) for t, x, ahead in TRUNK[name]])

    if root in SACRAL_ROOTS:
        k = SACRAL_ROOTS.index(root) + 2
        a, b = sacral_foramen(k, side)
        inside = np.array([_in_canal(t, s * x, ahead) for t, x, ahead in CANAL[root]])
        local = np.concatenate([inside, [a + (b - a) * 0.3, b + (b - a) * 0.3], beyond(root)])
        return f.to_world(local)
    if root == "S1":
        a, b = s1_foramen(side)
        ad = dura_half_width("S1")
        cp = canal_point(np.array([0.0]))[0]
        local = np.array(
            [
                [s * (ad - 0.6), cp[1] + 5.0, 14.0],
                [s * (ad + r - 0.4), cp[1] + 4.5, 2.0],
                [s * 10.5, cp[1] + 4.0, -12.0],
                _in_canal(0.22, s * 9.5, 3.0),  # in the front half of the canal, lateral
                a + (b - a) * 0.05,
                a + (b - a) * 0.6,
                b + (b - a) * 0.35,
            ]
        )
        return f.to_world(np.concatenate([local, beyond("S1")]))
    v = VERTEBRAE[root]
    cw, yb, ca = bone_canal(root)
    ad = dura_half_width(root)
    gw, gl = GANGLION_SIZE[root]
    zg = arch_frame(root)["ped_bottom"] - 0.5 * gw - 2.6
    xg = cw + 0.5 * v.pedicle_width
    horiz = xg - ad
    drop = horiz / np.tan(np.radians(ROOT_TAKEOFF_DEG[root]))
    yd = yb - DURA_FRONT_GAP - 0.5 * DURA_AP[root]
    out_of_foramen = [s * (xg + 9.0), yb + 3.0, zg - 8.0]
    local = np.array(
        [
            [s * (ad - 0.8), yd + 1.0, zg + drop],
            [s * (ad + r + 0.6), yd + 2.0, zg + 0.5 * drop + 1.0],
            [s * (cw - 0.5 * r), yb - 2.5, zg + 1.0],
            [s * xg, yb - 3.0, zg],
            out_of_foramen,
        ]
    )
    if drop < 6.0:  # a steep takeoff (upper roots) leaves no room for a descending part
        local = np.delete(local, 1, axis=0)
    world = lay.bones[root].to_world(local)
    # Down across the side of the disc below (where a foraminal herniation meets it), then on.
    across = lay.bones[root].to_world(np.array([[s * (xg + 7.0), yb + 4.0, zg - 13.0]]))
    if root == "L4":  # in front of L5's transverse process, then over the ala
        below = lay.bones["L5"].to_world(np.array([[s * 32.0, 0.0, 28.0], [s * 34.0, 4.0, 16.0]]))
        return np.concatenate([world, across, below, f.to_world(beyond(root))])
    if root in TRUNK:  # L5: over the ala into the pelvis
        return np.concatenate([world, across, f.to_world(beyond(root))])
    # L1-L3: down and out toward the psoas, in front of the transverse processes below
    out = np.array(
        [
            [s * (xg + 20.0), yb + 9.0, zg - 22.0],
            [s * (xg + 30.0), yb + 15.0, zg - 45.0],
            [s * (xg + 36.0), yb + 18.0, zg - 70.0],
        ]
    )
    return np.concatenate([world, lay.bones[root].to_world(out)])


def ganglion_index(root: str) -> int:
    """Which control point the ganglion sits on (S1's lies in the canal; S2-S4 in the foramen)."""
    if root == "S1":
        return 2
    if root in SACRAL_ROOTS:
        return len(CANAL[root])
    v = VERTEBRAE[root]
    cw = bone_canal(root)[0]
    drop = (cw + 0.5 * v.pedicle_width - dura_half_width(root)) / np.tan(np.radians(ROOT_TAKEOFF_DEG[root]))
    return 3 if drop >= 6.0 else 2


def root_sections(roots: list[tuple[str, str]], n_along: int = 84, dura=None, bones=None) -> dict:
    """(root, side) -> centre line, tangents and radius of the root, nudged clear of bone, disc
    and (past its sleeve) the sac. All roots are routed together (one field call a step)."""
    from .bones import all_bones_sdf
    from .clearance import discs_sdf, relax_paths

    bones = bones or all_bones_sdf
    if dura is None:
        dura = tube_field(*dura_sections(), hint=DURA_HINT)
    paths, radii, attached = [], [], []
    for root, side in roots:
        ctrl = root_controls(root, side)
        centres, _ = spline_path(ctrl, n_along)
        r = 0.5 * ROOT_DIAMETER[root]
        gw, gl = GANGLION_SIZE[root]
        # Ganglion: a smooth swelling along the path around its control point.
        seg = np.linalg.norm(np.diff(centres, axis=0), axis=1)
        arc = np.concatenate([[0.0], np.cumsum(seg)])
        ig = int(np.argmin(np.linalg.norm(centres - ctrl[ganglion_index(root)], axis=1)))
        bump = np.exp(-(((arc - arc[ig]) / (0.5 * gl)) ** 2) * 1.6)
        radius = r + (0.5 * gw - r) * bump
        # Taper the free end slightly.
        radii.append(radius * (1.0 - 0.25 * np.clip((arc - arc[-1] + 12.0) / 12.0, 0, 1)))
        paths.append(centres)
        attached.append(arc < 2.5 * r + 3.0)  # the root sleeve grows out of the sac
    centres, radius, attached = np.stack(paths), np.stack(radii), np.stack(attached)

    def field(p):
        return np.minimum(bones(p), discs_sdf(p))

    free = np.ones(centres.shape[:2], bool)
    free[:, 0] = False
    centres = relax_paths(centres, radius, field, free, clearance=1.0)
    # Then keep the free part off the sac, without undoing the bone clearance.
    centres = relax_paths(centres, radius, lambda p: np.minimum(field(p), dura(p)), free & ~attached)
    # Bone wins where the lateral recess is tight: the root may lean on the sac, never on bone
    # (only the stretch that came too close moves, so the rest keeps its place).
    near_bone = field(centres.reshape(-1, 3)).reshape(radius.shape) < radius + 0.6
    close = np.stack([np.convolve(row, np.ones(7), mode="same") > 0 for row in near_bone])
    centres = relax_paths(centres, radius, field, free & close, clearance=0.8)
    return {pair: (c, tangents_of(c), r, r) for pair, c, r in zip(roots, centres, radius, strict=True)}


ROOT_HINT = (0.0, 1.0, 0.0)
