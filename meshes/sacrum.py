"""The sacrum as a signed-distance function in its frame (origin at the S1 upper endplate centre,
+z along the S1 body axis, +y anterior).

Five fused vertebrae along one curved line (concave in front, its chord close to the S1 axis):
the S1 body with the promontory, a plate of lateral masses that is widest at the sloping alae
and tapers to the apex, the sacral canal behind the bodies (triangular, narrowing, open behind
at the hiatus), four pairs of anterior foramina at the ends of the transverse ridges and four
smaller posterior pairs, all opening into the canal, the median crest down the back, and the
S1 superior articular processes meeting L5, and the coccyx below the apex (sizes:
anatomy-shape.md, 'Sacrum').
"""

from __future__ import annotations

from functools import cache

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .curves import pchip
from .dimensions import ENDPLATE_CONCAVITY_LOWER_OF_DISC, SACRUM
from .joints import Joint, side_sign
from .outline import endplate_dip, outline_radius, posterior_wall_y
from .processes import articular_process, facet_cut
from .vertebra import _joint_local

Array = NDArray[np.float64]

S1_BODY_HEIGHT = 28.0  # front; ~21 behind
# Centre line of the sacral bodies in the (y, z) plane, S1 endplate centre to the apex: down
# the S1 axis (40 degrees from vertical when standing), bowing back in the middle and curving
# forward at the tip (front concavity ~9 mm from the chord, chord ~4 degrees in front of the
# S1 axis, so the sacrum hangs ~36 degrees from vertical).
CURVE_YZ = np.array(
    [
        [0.0, 6.0],
        [0.0, 0.0],
        [-1.5, -14.0],
        [-4.0, -28.0],
        [-6.0, -44.0],
        [-5.0, -62.0],
        [-1.0, -80.0],
        [6.0, -95.0],
        [8.5, -100.0],
    ]
)
CURVE_T = np.array([-0.06, 0.0, 0.14, 0.28, 0.46, 0.64, 0.82, 1.0, 1.05])
FORAMEN_T = (0.31, 0.45, 0.58, 0.70)  # S1-S4 anterior foramina (spacing ~14, 13, 12 mm)
FORAMEN_R = (6.2, 6.2, 5.0, 4.0)  # ~13 x 12 at S1 and S2, smaller below
POSTERIOR_FORAMEN_R = (4.5, 4.0, 3.4, 2.8)  # ~10 x 8 at S1
HIATUS_T = 0.8  # the canal's back wall ends here (S4)
AURICULAR_T = 0.22  # centre of the auricular surface along the curve


def _interp(t, knots, values) -> Array:
    return np.interp(t, knots, values)


@cache
def _samples(n: int = 220) -> tuple[Array, Array, Array, Array]:
    """Dense samples of the centre line: t, points (n, 3), unit tangents (down), normals (front)."""
    t = np.linspace(CURVE_T[0], CURVE_T[-1], n)
    yz, d = pchip(CURVE_T, CURVE_YZ, t)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    pts = np.column_stack([np.zeros(n), yz])
    tan = np.column_stack([np.zeros(n), d])
    nrm = np.column_stack([np.zeros(n), -d[:, 1], d[:, 0]])
    if np.mean(nrm[:, 1]) < 0:
        nrm = -nrm
    return t, pts, tan, nrm


def sacral_curve(t: Array) -> Array:
    """Centre line of the sacral bodies at parameter t (0: S1 endplate centre, 1: apex)."""
    ts, pts, _, _ = _samples()
    t = np.asarray(t, float)
    return np.stack([np.zeros_like(t), np.interp(t, ts, pts[:, 1]), np.interp(t, ts, pts[:, 2])], axis=-1)


def _curve_frame(t: Array) -> tuple[Array, Array, Array]:
    ts, pts, tan, nrm = _samples()
    i = np.clip(np.searchsorted(ts, t), 0, len(ts) - 1)
    return pts[i], tan[i], nrm[i]


# Sizes along the curve (half widths and depths, mm), tapering from S1 to the apex.
def body_half(t):
    return _interp(t, [0.0, 0.3, 0.6, 1.0], [24.0, 17.0, 12.0, 7.0]), _interp(
        t, [0.0, 0.3, 0.6, 1.0], [17.0, 14.5, 9.5, 5.5]
    )


def canal_half(t):
    """Half width and half depth of the sacral canal (30 x 20 at S1, narrowing)."""
    return _interp(t, [-0.06, 0.0, 0.5, 1.05], [15.5, 15.0, 9.0, 6.0]), _interp(
        t, [-0.06, 0.0, 0.5, 1.05], [10.0, 9.5, 5.5, 3.5]
    )


def plate_half_width(t):
    """Half the sacrum's width: ~100 across the alae, tapering to the apex."""
    return _interp(t, [0.0, 0.1, 0.25, 0.45, 0.7, 1.0], [40.0, 51.0, 50.0, 34.0, 21.0, 9.0])


def _canal_offset(t):
    """Canal centre behind the body centre line (along the front normal, negative)."""
    bw, bd = body_half(np.clip(t, 0, 1))
    cw, cd = canal_half(t)
    return -(bd + cd + 0.5)


def _wall(t):
    return _interp(t, [0.0, 1.0], [7.0, 4.0])


def canal_point(t: Array) -> Array:
    """Centre of the sacral canal at curve parameter t (behind the sacral bodies)."""
    t = np.atleast_1d(np.asarray(t, float))
    c, _, n = _curve_frame(t)
    return c + n * _canal_offset(t)[:, None]


def canal_front(t: float) -> Array:
    """Unit vector toward the front (pelvic side) across the sacrum at curve parameter t."""
    return _curve_frame(np.array([t]))[2][0]


def sacral_foramen(k: int, side: str) -> tuple[Array, Array]:
    """Axis of anterior sacral foramen k (1..4): from the canal out to the pelvic surface."""
    s = side_sign(side)
    t = np.array([FORAMEN_T[k - 1]])
    c, _, n = _curve_frame(t)
    bw, bd = body_half(t)
    cw, cd = canal_half(t)
    lateral = 0.75 if k == 1 else 0.55  # S1 runs lateral to the lower roots in the canal
    inner = c[0] + n[0] * _canal_offset(t)[0] + np.array([s * lateral * cw[0], 0.0, 0.0])
    outer = (
        c[0] + n[0] * (0.55 * bd[0] + 4.0) + np.array([s * (bw[0] + 0.6 * FORAMEN_R[k - 1] + 2.0), 0.0, 0.0])
    )
    return inner, outer


def s1_foramen(side: str) -> tuple[Array, Array]:
    """Axis of the first anterior sacral foramen: from the canal out to the pelvic surface."""
    return sacral_foramen(1, side)


def posterior_foramen(k: int, side: str) -> tuple[Array, Array]:
    s = side_sign(side)
    t = np.array([FORAMEN_T[k - 1] - 0.02])
    c, _, n = _curve_frame(t)
    cw, cd = canal_half(t)
    off = _canal_offset(t)[0]
    inner = c[0] + n[0] * off + np.array([s * 0.55 * cw[0], 0.0, 0.0])
    outer = c[0] + n[0] * (off - cd[0] - _wall(t)[0] - 6.0) + np.array([s * (cw[0] + 3.0), 0.0, 0.0])
    return inner, outer


def _along(p: Array):
    """Nearest centre-line sample of each point: t, across (x), front (n) and along offsets."""
    from scipy.spatial import cKDTree

    ts, pts, tan, nrm = _samples()
    tree = _tree()
    yz = p[:, 1:]
    _, i = tree.query(yz)
    q = p - pts[i]
    along = np.einsum("ij,ij->i", q, tan[i])
    front = np.einsum("ij,ij->i", q, nrm[i])
    del cKDTree
    return ts[i], p[:, 0], front, along


@cache
def _tree():
    from scipy.spatial import cKDTree

    return cKDTree(_samples()[1][:, 1:])


def cv_at(t: float) -> float:
    """Middle of the plate front-to-back at parameter t (along the front normal)."""
    t = np.array([t])
    bw, bd = body_half(t)
    cw, cd = canal_half(t)
    back = _canal_offset(t) - cd - _wall(t)
    return float(0.5 * (0.45 * bd + back)[0])


def _ear(q: Array, centre: Array) -> Array:
    """The auricular pad: an ellipsoid, long along the sacrum and deep front to back, with its
    lower part leaning back (an ear, not an egg)."""
    _, tan, nrm = _curve_frame(np.array([AURICULAR_T]))
    r = q - centre
    along, front = r @ tan[0], r @ nrm[0]
    front = front + 0.25 * np.maximum(along, 0.0)  # lower down it sits further back
    ear = (np.sqrt((r[:, 0] / 5.5) ** 2 + (front / 13.0) ** 2 + (along / 21.0) ** 2) - 1.0) * 5.5
    # no higher than the ala it belongs to
    return sdf.smax(ear, q[:, 2] + 6.0 + 0.28 * np.maximum(np.abs(q[:, 0]) - 18.0, 0.0), 4.0)


def _round_rect(u: Array, v: Array, hu: Array, hv: Array, r: Array) -> Array:
    qu = np.abs(u) - (hu - r)
    qv = np.abs(v) - (hv - r)
    return np.hypot(np.maximum(qu, 0), np.maximum(qv, 0)) + np.minimum(np.maximum(qu, qv), 0) - r


def sacrum_sdf(p: Array, joints_above: dict[str, Joint], to_local) -> Array:
    """Signed distance of the sacrum at local points p (n, 3)."""
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    w, dpt = SACRUM.endplate_width, SACRUM.endplate_depth
    yb = posterior_wall_y(dpt, w)
    # S1 body: kidney outline, flat-ish endplate inside its rim, taller in front (28 / 21).
    rho, theta = np.hypot(x, y), np.arctan2(y, x)
    r0 = outline_radius(theta, w, dpt)
    z_top = -endplate_dip(rho / r0, ENDPLATE_CONCAVITY_LOWER_OF_DISC)
    z_bottom = -S1_BODY_HEIGHT + (S1_BODY_HEIGHT - 21.0) * np.clip((dpt / 2 - y) / dpt, 0, 1)
    body = sdf.smax(
        sdf.smax(rho - r0 * (1.0 + 0.04 * np.clip(-z / 20, 0, 1)), z - z_top, 1.2), z_bottom - z, 7.0
    )

    t, u, n, along = _along(p)
    tc = np.clip(t, 0.0, 1.0)
    beyond = np.where(t >= 1.0, np.maximum(along, 0.0), 0.0) + np.where(
        t <= 0.0, np.maximum(-along, 0.0), 0.0
    )
    # Fused bodies S2-S5 with transverse ridges (the fused discs) across their front.
    bw, bd = body_half(tc)
    ridge = sum(np.exp(-(((tc - tk) / 0.018) ** 2)) for tk in FORAMEN_T)
    bodies = (np.hypot(u / bw, n / (bd + 1.2 * ridge - 0.6)) - 1.0) * np.minimum(bw, bd)
    bodies = np.hypot(np.maximum(bodies, 0), beyond) + np.minimum(bodies, 0)
    bodies = sdf.smax(bodies, z + 3.0, 2.0)  # S1's own body carries the endplate
    # Plate of lateral masses and the back wall: from just behind the bodies' front to behind
    # the canal, widest at the alae; the ala's top slopes down laterally.
    off = _canal_offset(tc)
    cw, cd = canal_half(t)
    back = off - cd - _wall(tc)
    front_edge = 0.45 * bd
    hv = 0.5 * (front_edge - back)
    cv = 0.5 * (front_edge + back)
    hu = plate_half_width(tc)
    # A rounded section (superellipse): the lateral masses are thick in the middle and thin
    # toward their edges, with no flat side wall.
    e = 2.6
    k = np.minimum(hu, hv)
    plate = ((np.abs(u / hu) ** e + np.abs((n - cv) / hv) ** e) ** (1.0 / e) - 1.0) * k
    plate = np.hypot(np.maximum(plate, 0), beyond) + np.minimum(plate, 0)
    # The back wall behind the canal starts lower (the L5-S1 interlaminar space is above it).
    behind = np.clip((off - n + 2.0) / 6.0, 0, 1) * np.clip((cw + 10.0 - np.abs(x)) / 6.0, 0, 1)
    z_cap = -4.0 - 0.28 * np.maximum(np.abs(x) - 18.0, 0.0) - 9.0 * behind
    plate = sdf.smax(plate, z - z_cap, 4.0)
    # Median crest: fused spinous tubercles down the back (S1-S4), lower crests beside it.
    bumps = sum(np.exp(-(((tc - tk + 0.05) / 0.05) ** 2)) for tk in FORAMEN_T)
    crest_h = (2.5 + 2.5 * bumps) * (t < HIATUS_T - 0.02) * (t > 0.06)
    crest = (np.hypot(u / 3.0, (n - back) / np.maximum(crest_h, 0.1)) - 1.0) * 2.5
    crest = np.where(crest_h > 0.1, sdf.smax(crest, z - z_cap + 3.0, 2.0), 10.0)
    lateral_crest = (np.hypot((np.abs(u) - (cw + 5.0)) / 2.5, (n - back) / 1.8) - 1.0) * 1.8
    lateral_crest = np.where((tc > 0.15) & (tc < HIATUS_T), lateral_crest, 10.0)
    # Auricular surfaces: an ear-shaped pad on each side of the lateral masses, from S1 to
    # mid S3 (~55 mm tall), where the sacrum meets the ilium.
    ta = AURICULAR_T
    ca, _, na = _curve_frame(np.array([ta]))
    ha = float(plate_half_width(np.array([ta]))[0])
    ear = []
    for s in (-1.0, 1.0):
        centre = ca[0] + na[0] * (float(cv_at(ta)) - 1.0) + np.array([s * (ha - 6.5), 0.0, 0.0])
        lo, hi = sdf.bounds(centre, pad=30.0)
        ear.append(sdf.culled(p, lo, hi, lambda q, c=centre: _ear(q, c)))
    d = sdf.union(body, bodies, plate, *ear, k=5.0)
    d = sdf.smin(d, sdf.union(crest, lateral_crest, k=1.0), 2.5)
    # The S1 endplate stays flat under the disc (no blend may rise into the disc space).
    d = np.maximum(d, np.where(rho < 1.1 * r0, z - z_top, -50.0))
    # The apex: a rounded end across the curve at t = 1.
    c1, t1, _ = _curve_frame(np.array([1.0]))
    d = sdf.smax(d, (p - c1[0]) @ t1[0], 3.0)
    # Superior articular processes meeting L5's inferior ones.
    procs, cuts = [], []
    for side in ("left", "right"):
        s = side_sign(side)
        jl = _joint_local(joints_above[side], to_local)
        root = np.array([s * 17.0, yb - 9.0, -7.0])
        lo, hi = sdf.bounds(jl.centre, root, pad=15.0)
        procs.append(sdf.culled(p, lo, hi, lambda q, jl=jl, r=root: articular_process(q, jl, True, r)))
        cuts.append(facet_cut(p, jl, True))
    d = sdf.smin(d, sdf.union(*procs, k=1.0), 3.0)
    for cut in cuts:
        d = np.maximum(d, cut)
    # The canal (triangular: wider in front), open above and, below the hiatus, behind.
    rel = n - _canal_offset(t)
    widen = 0.75 + 0.25 * np.clip((rel + cd) / (2 * cd), 0, 1.4)
    canal = (np.hypot(u / (cw * widen), rel / cd) - 1.0) * np.minimum(cw, cd)
    hiatus = np.maximum(np.abs(u) - 0.8 * cw, rel) + 0.0
    canal = np.where(t > HIATUS_T, np.minimum(canal, hiatus), canal)
    capsules = []
    for k in range(1, 5):
        for side in ("left", "right"):
            capsules.append((*sacral_foramen(k, side), FORAMEN_R[k - 1]))
            capsules.append((*posterior_foramen(k, side), POSTERIOR_FORAMEN_R[k - 1]))

    def foramina(q: Array) -> Array:
        out = np.full(len(q), 50.0)
        for a, b, r in capsules:
            lo, hi = sdf.bounds(a, b, pad=r)
            out = np.minimum(out, sdf.culled(q, lo, hi, lambda qq, a=a, b=b, r=r: sdf.capsule(qq, a, b, r)))
        return out

    ends = np.array([c for a, b, _ in capsules for c in (a, b)])
    holes = sdf.culled(p, *sdf.bounds(ends, pad=7.0), foramina)
    d = sdf.smax(d, -sdf.smin(canal, holes, 1.0), 1.0)
    lo, hi = sdf.bounds(*coccyx_segments()[0], pad=10.0)
    return sdf.smin(d, sdf.culled(p, lo, hi, coccyx_sdf), 1.0)


# The coccyx (tailbone): four small fused segments below the apex, each narrower than the one
# above, the column curving on forward (Co1 carries small horns and transverse stubs).
COCCYX_LENGTHS = (10.0, 8.0, 7.0, 6.0)  # mm along the column
COCCYX_HALF_WIDTHS = (10.0, 7.5, 5.5, 3.8)
COCCYX_HALF_DEPTHS = (5.0, 4.5, 3.8, 3.0)
COCCYX_TURN = 9.0  # degrees each segment turns forward from the one above


@cache
def coccyx_segments() -> tuple[Array, Array]:
    """Centres (4, 3) and unit directions (4, 3) of the coccygeal segments, from just below
    the apex, in the sacrum's frame."""
    c, tan, _ = _curve_frame(np.array([1.0]))
    d = tan[0]
    point = c[0] - d * 1.0  # joined to the apex (the sacrococcygeal joint is often fused)
    centres, dirs = [], []
    for length in COCCYX_LENGTHS:
        a = np.radians(COCCYX_TURN)
        d = np.array([0.0, d[1] * np.cos(a) - d[2] * np.sin(a), d[1] * np.sin(a) + d[2] * np.cos(a)])
        d /= np.linalg.norm(d)
        centres.append(point + d * 0.5 * length)
        dirs.append(d)
        point = point + d * length
    return np.array(centres), np.array(dirs)


def coccyx_sdf(q: Array) -> Array:
    """The coccyx: flattened ellipsoids (wide, shallow) joined with small waists between them."""
    centres, dirs = coccyx_segments()
    out = np.full(len(q), 50.0)
    for c, d, length, hw, hd in zip(
        centres, dirs, COCCYX_LENGTHS, COCCYX_HALF_WIDTHS, COCCYX_HALF_DEPTHS, strict=True
    ):
        front = np.cross([1.0, 0.0, 0.0], d)
        r = q - c
        hl = 0.7 * length  # overlapping a little: fused, with a waist between segments
        seg = (np.sqrt((r[:, 0] / hw) ** 2 + (r @ front / hd) ** 2 + (r @ d / hl) ** 2) - 1.0) * min(hd, hl)
        out = sdf.smin(out, seg, 2.5)
    return out
