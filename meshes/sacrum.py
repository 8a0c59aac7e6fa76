"""The sacrum as a signed-distance function in its frame (origin at the S1 upper endplate centre,
+z along the S1 body axis): S1 body and endplate, alae, the tapering lower sacrum curving back,
superior articular processes at the L5-S1 facet joints, the sacral canal and the first sacral
foramina (anterior and posterior) carved through it."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .dimensions import ENDPLATE_CONCAVITY_LOWER_OF_DISC, SACRUM
from .joints import Joint, side_sign
from .outline import endplate_dip, outline_radius, posterior_wall_y
from .vertebra import _joint_local, articular_process, facet_cut

Array = NDArray[np.float64]

S1_BODY_HEIGHT = 28.0


def sacral_curve(t: Array) -> Array:
    """Centre line of the sacral bodies from the S1 endplate (t=0) to the apex (t=1), curving back."""
    t = np.asarray(t, float)
    z = -SACRUM.length * t
    y = 10.0 * t**2 - 6.0 * t
    return np.stack([np.zeros_like(t), y, z], axis=-1)


def s1_foramen(side: str) -> tuple[Array, Array]:
    """Axis of the first anterior sacral foramen: from the canal out to the pelvic surface."""
    s = side_sign(side)
    return np.array([s * 11.0, -24.0, -30.0]), np.array([s * 19.0, 12.0, -40.0])


def canal_point(t: Array) -> Array:
    """Centre of the sacral canal at curve parameter t (behind the sacral bodies)."""
    c = sacral_curve(t)
    yb = posterior_wall_y(SACRUM.endplate_depth, SACRUM.endplate_width)
    return c + np.stack([0 * t, yb - 0.5 * SACRUM.canal_ap + 6.0 * t, 0 * t], axis=-1)


def sacrum_sdf(p: Array, joints_above: dict[str, Joint], to_local) -> Array:
    """Signed distance of the sacrum at local points p (n, 3)."""
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    w, dpt = SACRUM.endplate_width, SACRUM.endplate_depth
    # S1 body with a flat-ish upper endplate inside its rim.
    rho, theta = np.hypot(x, y), np.arctan2(y, x)
    r0 = outline_radius(theta, w, dpt)
    z_top = -endplate_dip(rho / r0, ENDPLATE_CONCAVITY_LOWER_OF_DISC)
    body = sdf.smax(sdf.smax(rho - r0, z - z_top, 1.2), -S1_BODY_HEIGHT - z, 3.0)
    # The fused sacral bodies and lateral masses: one tapering plate along the curve, wide at
    # the alae and narrowing to the apex, thinner at its lateral edges.
    yb = posterior_wall_y(dpt, w)
    parts = [body, _sacral_plate(p)]
    # Posterior wall (fused laminae) roofing the canal, with a low median crest: both follow
    # the curve and taper with it, so the back of the sacrum is one smooth surface.
    for t, half_w, ry, rz in ((0.12, 17.0, 5.0, 14.0), (0.32, 14.0, 4.5, 13.0), (0.55, 10.0, 4.0, 12.0)):
        c = canal_point(np.array([t]))[0] + np.array([0.0, -0.5 * SACRUM.canal_ap * (1 - 0.6 * t) - 2.5, 0.0])
        parts.append(sdf.ellipsoid(p, c, (half_w, ry, rz)))
        parts.append(sdf.ellipsoid(p, c + np.array([0.0, -3.5, 0.0]), (2.5, 4.0, 0.8 * rz)))
    d = sdf.union(*parts, k=6.0)
    # Superior articular processes meeting L5's inferior ones.
    procs, cuts = [], []
    for side in ("left", "right"):
        s = side_sign(side)
        j = joints_above[side]
        jl = _joint_local(j, to_local)
        root = np.array([s * 17.0, yb - 8.0, -6.0])
        procs.append(articular_process(p, jl, True, root))
        cuts.append(facet_cut(p, jl, True))
    d = sdf.smin(d, sdf.union(*procs, k=1.0), 3.0)
    for cut in cuts:
        d = np.maximum(d, cut)
    # Carve the canal (tapering) and the first sacral foramina.
    ts = np.linspace(-0.06, 1.05, 14)
    cps = canal_point(ts)
    canal = []
    for i in range(len(ts) - 1):
        f = 1.0 - 0.6 * np.clip(ts[i], 0, 1)
        canal.append(
            _flat_capsule(p, cps[i], cps[i + 1], 0.5 * SACRUM.canal_width * f, 0.5 * SACRUM.canal_ap * f)
        )
    holes = [sdf.union(*canal)]
    for side in ("left", "right"):
        a, b = s1_foramen(side)
        holes.append(sdf.capsule(p, a, b, 0.5 * SACRUM.foramen_width))
        s = side_sign(side)
        holes.append(sdf.capsule(p, a, (s * 14.0, -50.0, -36.0), 4.5))  # posterior foramen
    return np.maximum(d, -sdf.union(*holes))


def _flat_capsule(p: Array, a: Array, b: Array, rx: float, ry: float) -> Array:
    """A capsule with an elliptical section (rx across, ry front-to-back)."""
    scale = np.array([1.0, rx / ry, 1.0])
    return sdf.capsule(p * scale, a * scale, b * scale, rx)


def _sacral_plate(p: Array) -> Array:
    """Distance to the tapering sacral plate: elliptical sections across the sacrum, wide at the
    alae and narrowing to the apex, sliced perpendicular to the S1 axis so it stays smooth."""
    t = np.clip(-p[:, 2] / SACRUM.length, 0.0, 1.0)
    c = sacral_curve(t)
    u = p[:, 0]
    v = p[:, 1] - c[:, 1] + 5.0 + 4.0 * t  # the plate sits a little behind the bodies
    half_w = 0.5 * SACRUM.ala_span * (1.0 - t) ** 0.85 + 7.0
    half_d = 15.0 - 8.0 * t
    d = (np.hypot(u / half_w, v / half_d) - 1.0) * np.minimum(half_w, half_d)
    d = sdf.smax(d, p[:, 2] + 7.0 + 0.08 * np.abs(u), 4.0)
    return sdf.smax(d, -SACRUM.length - 3.0 - p[:, 2], 3.0)
