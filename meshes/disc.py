"""Intervertebral discs: an annulus fibrosus ring around a nucleus pulposus, lofted between the
two endplates they join so each level gets its own height and wedge and fits the concave
endplates exactly. Both are structured grids over (theta, loop) so deformations can address
'the posterior rim at mid height' directly; `param` keeps those coordinates per vertex.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .dimensions import (
    DISCS,
    ENDPLATE_CONCAVITY_LOWER_OF_DISC,
    ENDPLATE_CONCAVITY_UPPER_OF_DISC,
    SACRUM,
    VERTEBRAE,
    disc_between,
)
from .layout import body_mean_height, body_wedge_deg, layout
from .outline import endplate_dip, outline_radius

Array = NDArray[np.float64]

GAP = 0.25  # mm between disc and endplate: touching, never overlapping
NUCLEUS_OFFSET = -0.07  # nucleus centre behind the disc centre, as a fraction of the depth
NUCLEUS_GAP = 0.15  # mm between nucleus and the annulus' inner wall
NUCLEUS_SWELL = 1.2  # mm the nucleus bulges sideways at mid height


def _dims(bone: str) -> tuple[float, float]:
    if bone == "S1":
        return SACRUM.endplate_width, SACRUM.endplate_depth
    v = VERTEBRAE[bone]
    return v.endplate_width, v.endplate_depth


def endplate_points(disc: str, theta: Array, s: Array, which: str, centre_frac: Array | None = None) -> Array:
    """World points on the lower ('bottom') or upper ('top') endplate of a disc.

    theta (polar angle) and s (0 centre, 1 rim) broadcast together; with centre_frac the polar
    origin moves toward the nucleus centre (used for the nucleus and the annulus' inner wall).
    """
    upper, lower = disc_between(disc)
    lay = layout()
    bone = lower if which == "bottom" else upper
    w, d = _dims(bone)
    r = outline_radius(theta, w, d)
    cy = 0.0 if centre_frac is None else centre_frac * NUCLEUS_OFFSET * d
    x = s * r * np.cos(theta)
    y = cy + s * r * np.sin(theta)
    frac = np.hypot(x, y) / outline_radius(np.arctan2(y, x), w, d)
    if which == "bottom":
        if bone == "S1":
            z = -endplate_dip(frac, ENDPLATE_CONCAVITY_LOWER_OF_DISC) + GAP
        else:
            H = body_mean_height(bone)
            z = H + np.tan(np.radians(body_wedge_deg(bone))) * y
            z = z - endplate_dip(frac, ENDPLATE_CONCAVITY_LOWER_OF_DISC) + GAP
    else:
        z = endplate_dip(frac, ENDPLATE_CONCAVITY_UPPER_OF_DISC) - GAP
    local = np.stack(np.broadcast_arrays(x, y, z), axis=-1)
    return lay.bones[bone].to_world(local.reshape(-1, 3)).reshape(local.shape)


def disc_axes(disc: str) -> tuple[Array, Array]:
    """Centre and unit axis (toward the upper bone) of a disc, world mm."""
    lay = layout()
    b, t = lay.disc_bottom[disc], lay.disc_top[disc]
    axis = b.R[:, 2] + t.R[:, 2]
    return 0.5 * (b.t + t.t), axis / np.linalg.norm(axis)


def nucleus_fraction(disc: str) -> float:
    """Linear scale of the nucleus outline: its area is this squared times the disc's."""
    return float(np.sqrt(DISCS[disc].nucleus_area_fraction))


def _loop(n_bottom: int, n_wall: int, n_top: int, n_inner: int) -> tuple[Array, Array]:
    """The annulus cross-section as a closed loop of (s, h): s 0 = inner wall, 1 = rim."""
    s = np.concatenate(
        [
            np.linspace(0, 1, n_bottom, endpoint=False),
            np.ones(n_wall),
            np.linspace(1, 0, n_top, endpoint=False),
            np.zeros(n_inner),
        ]
    )
    h = np.concatenate(
        [
            np.zeros(n_bottom),
            np.linspace(0, 1, n_wall, endpoint=False),
            np.ones(n_top),
            np.linspace(1, 0, n_inner, endpoint=False),
        ]
    )
    return s, h


# Where the annulus is made of separate sectors that touch at rest: every direction a herniation
# or fissure can take (polar angle in degrees, -90 = straight back, 0 = patient's right), plus
# two in front. A fissure opens a seam; a closed ring could not open without new topology.
DIRECTION_OFFSET = {"central": 0.0, "paracentral": 25.0, "foraminal": 55.0, "far-lateral": 75.0}
SEAM_ANGLES: tuple[float, ...] = tuple(
    sorted({-90.0 + sgn * off for off in DIRECTION_OFFSET.values() for sgn in (-1.0, 1.0)} | {60.0, 120.0})
)
SEAM_GAP = 0.12  # mm between neighbouring sectors at rest


def direction_angle(direction: str, side: str) -> float:
    """Polar angle (radians) of a herniation or fissure direction on the given side."""
    sgn = 1.0 if side == "right" else -1.0
    return float(np.radians(-90.0 + sgn * DIRECTION_OFFSET[direction]))


def build_annulus(disc: str, n_theta: int = 96, n_side: int = 8) -> tuple[Array, NDArray[np.int64], Array]:
    """Annulus ring as sectors between SEAM_ANGLES, each closed: vertices, faces and param
    (theta, s, h) per vertex (end-cap centres get s = -1)."""
    s_loop, h_loop = _loop(n_side, n_side + 2, n_side, n_side + 2)
    nl = len(s_loop)
    seams = np.radians(np.array(SEAM_ANGLES))
    bounds = list(
        zip(
            seams,
            np.roll(seams, -1) + np.where(np.arange(len(seams)) == len(seams) - 1, 2 * np.pi, 0),
            strict=True,
        )
    )
    verts, faces, params = [], [], []
    offset = 0
    r_mean = 20.0
    for a, b in bounds:
        gap = 0.5 * SEAM_GAP / r_mean
        n = max(4, int(round(n_theta * (b - a) / (2 * np.pi))) + 1)
        theta = np.linspace(a + gap, b - gap, n)
        T, S = np.meshgrid(theta, s_loop, indexing="ij")
        _, H = np.meshgrid(theta, h_loop, indexing="ij")
        v = annulus_points(disc, T, S, H).reshape(-1, 3)
        prm = np.stack([T, S, H], -1).reshape(-1, 3)
        i, j = np.meshgrid(np.arange(n - 1), np.arange(nl), indexing="ij")
        q0 = i * nl + j
        q1 = (i + 1) * nl + j
        q2 = (i + 1) * nl + (j + 1) % nl
        q3 = i * nl + (j + 1) % nl
        f = [np.stack([q0, q1, q2], -1).reshape(-1, 3), np.stack([q0, q2, q3], -1).reshape(-1, 3)]
        ca, cb = len(v), len(v) + 1
        jj = np.arange(nl)
        f.append(np.stack([np.full(nl, ca), jj, (jj + 1) % nl], -1))
        last = (n - 1) * nl
        f.append(np.stack([np.full(nl, cb), last + (jj + 1) % nl, last + jj], -1))
        caps = np.stack([v[:nl].mean(axis=0), v[last:].mean(axis=0)])
        cap_prm = np.array([[theta[0], -1.0, 0.5], [theta[-1], -1.0, 0.5]])
        verts.append(np.concatenate([v, caps]))
        params.append(np.concatenate([prm, cap_prm]))
        faces.append(np.concatenate(f) + offset)
        offset += len(v) + 2
    return np.concatenate(verts), np.concatenate(faces).astype(np.int64), np.concatenate(params)


def annulus_points(disc: str, theta: Array, s: Array, h: Array) -> Array:
    """Rest position of annulus points at (theta, s, h): s from the nucleus wall (0) to the rim."""
    k = nucleus_fraction(disc)
    out = []
    for which in ("bottom", "top"):
        inner = endplate_points(disc, theta, np.full_like(theta, k), which, centre_frac=np.ones_like(theta))
        outer = endplate_points(disc, theta, np.ones_like(theta), which)
        out.append(inner + (outer - inner) * s[..., None])
    p = out[0] * (1 - h[..., None]) + out[1] * h[..., None]
    centre, axis = disc_axes(disc)
    radial = p - centre - ((p - centre) @ axis)[..., None] * axis
    radial /= np.maximum(np.linalg.norm(radial, axis=-1, keepdims=True), 1e-9)
    swell = np.sin(np.pi * h)[..., None]
    # The rim bows out a little at mid height; the inner wall follows the nucleus' swell.
    return p + radial * swell * (0.6 * s[..., None] + (NUCLEUS_SWELL * (1 - s))[..., None])


def build_nucleus(disc: str, n_theta: int = 64, n_rings: int = 14) -> tuple[Array, NDArray[np.int64], Array]:
    """Nucleus: a lens filling the annulus' inner wall, with param (theta, s, h)."""
    # Profile from the bottom pole (s=0,h=0) out to the wall, up it, and in to the top pole.
    nb = n_rings // 3
    s = np.concatenate(
        [np.linspace(0, 1, nb + 1)[1:], np.ones(n_rings - 2 * nb - 1), np.linspace(1, 0, nb + 1)[:-1]]
    )
    h = np.concatenate([np.zeros(nb), np.linspace(0, 1, n_rings - 2 * nb + 1)[1:-1], np.ones(nb)])
    theta = np.linspace(-np.pi, np.pi, n_theta, endpoint=False)
    T, S = np.meshgrid(theta, s, indexing="ij")
    _, H = np.meshgrid(theta, h, indexing="ij")
    ring = nucleus_points(disc, T, S, H).reshape(-1, 3)
    poles = nucleus_points(disc, np.zeros(2), np.zeros(2), np.array([0.0, 1.0]))
    verts = np.concatenate([ring, poles])
    n_loop = len(s)
    i, j = np.meshgrid(np.arange(n_theta), np.arange(n_loop - 1), indexing="ij")
    a = i * n_loop + j
    b = ((i + 1) % n_theta) * n_loop + j
    quads = np.concatenate(
        [np.stack([a, b, b + 1], -1).reshape(-1, 3), np.stack([a, b + 1, a + 1], -1).reshape(-1, 3)]
    )
    bot, top = len(ring), len(ring) + 1
    it = np.arange(n_theta)
    fan_b = np.stack([np.full(n_theta, bot), ((it + 1) % n_theta) * n_loop, it * n_loop], -1)
    fan_t = np.stack(
        [np.full(n_theta, top), it * n_loop + n_loop - 1, ((it + 1) % n_theta) * n_loop + n_loop - 1], -1
    )
    faces = np.concatenate([quads, fan_b, fan_t]).astype(np.int64)
    param = np.concatenate(
        [np.stack([T, S, H], -1).reshape(-1, 3), np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 1.0]])]
    )
    return verts, faces, param


def nucleus_points(disc: str, theta: Array, s: Array, h: Array) -> Array:
    """Rest position of nucleus points: s 0 at its axis, 1 at its wall (just inside the annulus)."""
    k = nucleus_fraction(disc)
    wall = annulus_points(disc, theta, np.zeros_like(theta), h)
    out = []
    for which in ("bottom", "top"):
        out.append(
            endplate_points(disc, theta, k * s * np.ones_like(theta), which, centre_frac=np.ones_like(theta))
        )
    inside = out[0] * (1 - h[..., None]) + out[1] * h[..., None]
    axis_pts = [
        endplate_points(disc, theta, np.zeros_like(theta), w, centre_frac=np.ones_like(theta))
        for w in ("bottom", "top")
    ]
    centre_line = axis_pts[0] * (1 - h[..., None]) + axis_pts[1] * h[..., None]
    at_wall = s >= 1.0
    p = np.where(at_wall[..., None], wall, inside)
    # Pull everything a hair toward the axis so the nucleus never touches through the annulus.
    v = p - centre_line
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return centre_line + v * np.maximum(n - NUCLEUS_GAP, 0.0) / np.maximum(n, 1e-9)
