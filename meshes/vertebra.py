"""A lumbar vertebra as a signed-distance function in its local frame (see `layout`).

Shapes follow anatomy-shape.md: a body lofted from kidney sections with a waist and a raised
rim round dished endplates; short thick elliptic pedicles under which the deep inferior notch
roofs the foramen; laminae as broad plates sloping down and back to meet at the spinous root at
their level's interlaminar angle; a hatchet-shaped spinous plate with a knobbed tip; flattened
transverse blades swept back (L5's thick and fused to pedicle and body) with accessory and
mamillary bumps; and curved articular processes whose facets are coaxial cylinders, the
superior concave (facing back and in), the inferior convex and nested in the one below.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from . import sdf
from .dimensions import (
    BODY_WAIST,
    ENDPLATE_CONCAVITY_LOWER_OF_DISC,
    ENDPLATE_CONCAVITY_UPPER_OF_DISC,
    INTERLAMINAR_ANGLE,
    LAMINA_HEIGHT,
    LAMINA_THICKNESS,
    PEDICLE_LENGTH,
    PEDICLE_NOTCH_ARCH,
    PEDICLE_NOTCH_DIP,
    SPINOUS_HEIGHT,
    VERTEBRAE,
)
from .joints import Joint, bone_canal, side_sign
from .layout import body_mean_height, body_wedge_deg
from .outline import endplate_dip, outline_radius
from .processes import (
    articular_process,
    facet_cut,
    mamillary_knob,
    transverse_box,
    transverse_process,
)

Array = NDArray[np.float64]

RIM_ROUND = 1.2  # mm, rounding of the endplate rim
RIM_LIP = 0.0  # mm the ring apophysis would stand proud of the outline (0: the disc meets it flush)
BLEND = 2.5  # mm, smooth union of the posterior elements
PEDICLE_NOTCH_TOP = 0.0  # the pedicle joins the body flush with the upper endplate (shallow notch)
LAMINA_ARCH = 7.0  # mm the lamina's lower border rises between the inferior process and the midline
NOTCH_RAMP = 0.15  # each notch reaches its full depth within this fraction of the pedicle's length
LAMINA_LEAN = 0.45  # laminae slope down and back: the lower edge lies this much further back per mm


def body_sdf(
    p: Array, width: float, depth: float, height: float, wedge_deg: float, dip_top: float, dip_bottom: float
) -> Array:
    """Vertebral body: origin at the lower endplate centre, upper endplate tilted by wedge.

    Kidney sections (`outline_radius`) lofted with a waist; the rim flares a little at both
    endplates (the ring apophysis) and the endplates are dished inside it."""
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    rho = np.hypot(x, y)
    theta = np.arctan2(y, x)
    r0 = outline_radius(theta, width, depth)
    z_top_rim = height + np.tan(np.radians(wedge_deg)) * y
    t = np.clip(z / np.maximum(z_top_rim, 1.0), 0.0, 1.0)
    # Waist: deepest at mid height, strongest in front and at the sides, the back wall nearly
    # straight (it is the canal's front wall).
    front = 0.35 + 0.65 * np.clip(0.5 + 0.5 * np.sin(theta) + 0.4, 0.0, 1.0)
    waist = BODY_WAIST * np.sin(np.pi * t) ** 1.2 * front
    lip = RIM_LIP / r0 * (np.exp(-((z / 2.0) ** 2)) + np.exp(-(((z - z_top_rim) / 2.0) ** 2)))
    r = r0 * (1.0 - waist) + r0 * lip * 0.5
    frac = rho / r0
    z_top = z_top_rim - endplate_dip(frac, dip_top)
    z_bot = endplate_dip(frac, dip_bottom)
    side = rho - r
    return sdf.smax(sdf.smax(side, z - z_top, RIM_ROUND), z_bot - z, RIM_ROUND)


def elliptic_rod(p: Array, a, b, ra: float, rb: float, up=(0.0, 0.0, 1.0)) -> Array:
    """A rod from a to b whose section is an ellipse: ra across (perpendicular to `up`) and rb
    along `up`; ends flat. Inside, the depth is the nearer of the side and the end faces (the
    side alone overstated it near an end, a jump the mesher could miss)."""
    a = np.asarray(a, float)
    ab = np.asarray(b, float) - a
    length = float(np.linalg.norm(ab))
    d = ab / length
    up = np.asarray(up, float)
    e1 = np.cross(up, d)
    e1 /= np.linalg.norm(e1)
    e2 = np.cross(d, e1)
    q = p - a
    s = q @ d
    t = np.clip(s, 0.0, length)
    r = q - t[:, None] * d
    u, w = r @ e1, r @ e2
    along = s - t  # past either end
    radial = (np.hypot(u / ra, w / rb) - 1.0) * min(ra, rb)
    inside = np.maximum(radial, np.maximum(-s, s - length))
    return np.where(along == 0.0, inside, np.hypot(np.maximum(radial, 0.0), along))


def _plateau(t: Array, ramp: float = NOTCH_RAMP) -> Array:
    """0 at t = 0 and 1, 1 between, with smooth (smoothstep) ramps `ramp` long at each end."""
    a = np.clip(t / ramp, 0.0, 1.0)
    b = np.clip((1.0 - t) / ramp, 0.0, 1.0)
    return a * a * (3.0 - 2.0 * a) * b * b * (3.0 - 2.0 * b)


def polygon2(py: Array, pz: Array, corners: Array) -> Array:
    """Signed distance (lower bound outside) to a convex polygon in a plane, corners
    counter-clockwise as (y, z): the max of the distances to its edge lines."""
    out = np.full(len(py), -np.inf)
    for i in range(len(corners)):
        a, b = corners[i], corners[(i + 1) % len(corners)]
        e = b - a
        n = np.array([e[1], -e[0]]) / np.hypot(*e)  # outward for a counter-clockwise polygon
        out = np.maximum(out, (py - a[0]) * n[0] + (pz - a[1]) * n[1])
    return out


def _joint_local(j: Joint, to_local) -> Joint:
    c = to_local(j.centre[None])[0]
    n, u, v = to_local(np.stack([j.centre + j.normal, j.centre + j.u, j.centre + j.v])) - c
    return Joint(c, n, u, v, j.radius)


def arch_frame(level: str) -> dict[str, float]:
    """Key positions of the posterior arch in the local frame (mm), shared with soft tissue."""
    v = VERTEBRAE[level]
    H = body_mean_height(level)
    cw, yb, ca = bone_canal(level)
    z_back_top = H + np.tan(np.radians(body_wedge_deg(level))) * yb
    ped_top = z_back_top - PEDICLE_NOTCH_TOP
    half = np.radians(0.5 * INTERLAMINAR_ANGLE[level])
    y_mid = yb - ca - 0.5 * LAMINA_THICKNESS  # lamina centre line at the midline
    x_lat = cw + 0.6 * v.pedicle_width
    return {
        "H": H,
        "cw": cw,
        "yb": yb,
        "ca": ca,
        "ped_top": ped_top,
        "ped_z": ped_top - 0.5 * v.pedicle_height,
        "ped_bottom": ped_top - v.pedicle_height,
        "y_mid": y_mid,
        "x_lat": x_lat,
        "y_lat": y_mid + x_lat / np.tan(half),
        "lam_top": ped_top - 6.0,
        "lam_bottom": ped_top - 4.0 - LAMINA_HEIGHT,
    }


def pedicle_axis(level: str, side: str) -> tuple[Array, Array]:
    """Front (in the body) and back (at the articular pillar) ends of a pedicle's axis."""
    v = VERTEBRAE[level]
    a = arch_frame(level)
    s = side_sign(side)
    tan_m = np.tan(np.radians(v.pedicle_medial_angle))
    y_mid = a["yb"] - 0.5 * PEDICLE_LENGTH
    x_mid = a["cw"] + 0.5 * v.pedicle_width
    front = np.array([s * (x_mid - (0.5 * PEDICLE_LENGTH + 5.0) * tan_m), a["yb"] + 5.0, a["ped_z"]])
    back = np.array([s * (x_mid + 0.5 * PEDICLE_LENGTH * tan_m), y_mid - 0.5 * PEDICLE_LENGTH, a["ped_z"]])
    return front, back


def iap_root(level: str, side: str) -> Array:
    """Where an inferior articular process hangs from: the lamina's lower lateral corner."""
    a = arch_frame(level)
    return np.array([side_sign(side) * (a["x_lat"] - 2.0), a["y_lat"] - 4.0, a["lam_bottom"] + 6.0])


def transverse_root(level: str, side: str) -> tuple[Array, float]:
    """Root of a transverse process (local mm) at the pedicle-lamina junction, and how far from
    the midline its tip reaches (half the table's span). L5's arises lower and further forward,
    from the pedicle and the side of the body."""
    v = VERTEBRAE[level]
    a = arch_frame(level)
    s = side_sign(side)
    _, back = pedicle_axis(level, side)
    if level == "L5":
        base = np.array([s * (a["cw"] + 0.6 * v.pedicle_width), back[1] - 1.5, a["ped_z"] - 1.0])
    else:
        base = np.array([s * (a["cw"] + 0.7 * v.pedicle_width), back[1] - 0.5, a["ped_z"] + 1.0])
    return base, 0.5 * v.transverse_span - 0.5


def vertebra_sdf(
    level: str, p: Array, joints_above: dict[str, Joint], joints_below: dict[str, Joint], to_local
) -> Array:
    """Signed distance of the whole vertebra at local points p (n, 3).

    joints_above/below map side -> Joint in world coordinates; to_local maps world to local.
    """
    v = VERTEBRAE[level]
    a = arch_frame(level)
    H, yb = a["H"], a["yb"]
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
    t_lam = 0.5 * LAMINA_THICKNESS
    lam_mid_z = 0.5 * (a["lam_top"] + a["lam_bottom"])
    lam_ref_z = a["ped_z"]  # where the lamina's front face bounds the canal (canal AP)
    lean = LAMINA_LEAN

    def add(out: list, fn, *pts, pad: float) -> None:
        """Evaluate a part only near its box (everything else is far from it anyway)."""
        lo, hi = sdf.bounds(*pts, pad=pad)
        out.append(sdf.culled(p, lo, hi, fn))

    def lamina(q: Array, pa: Array, pb: Array) -> Array:
        """A broad plate from the pillar to the midline, leaning back at its lower edge."""
        yq = q[:, 1] - lean * (q[:, 2] - lam_ref_z)
        q2 = np.stack([q[:, 0], yq], axis=1)
        ab = pb - pa
        t = np.clip(((q2 - pa) @ ab) / (ab @ ab), 0.0, 1.0)
        dxy = np.linalg.norm(q2 - (pa + t[:, None] * ab), axis=1) - t_lam
        # The lower border arches up between the inferior articular process (lateral) and the
        # spinous root (midline), so the process hangs free below it; the upper border dips
        # at the pars, the waist between the two articular processes.
        arch = LAMINA_ARCH * np.exp(-(((t - 0.45) / 0.25) ** 2))
        zc = q[:, 2] - lam_mid_z
        dz = np.where(zc < 0, -zc + arch, zc + 1.5 * (1.0 - t)) - 0.5 * LAMINA_HEIGHT
        return sdf.smax(dxy, dz, 2.5)

    def pedicle(q: Array, f: Array, b: Array) -> Array:
        """An elliptic strut whose borders dip toward its middle: the roof of the deep inferior
        notch arches up under it and the shallow superior notch dips into its top."""
        rod = elliptic_rod(q, f, b, 0.5 * v.pedicle_width, 0.5 * v.pedicle_height)
        t = np.clip((yb - q[:, 1]) / (yb - b[1]), 0.0, 1.0)
        bump = _plateau(t)
        under = a["ped_bottom"] + PEDICLE_NOTCH_ARCH[level] * bump - q[:, 2]
        over = q[:, 2] - (a["ped_top"] - PEDICLE_NOTCH_DIP[level] * bump)
        return sdf.smax(sdf.smax(rod, under, 0.5), over, 0.5)

    for side in ("left", "right"):
        s = side_sign(side)
        front, back = pedicle_axis(level, side)
        r_ped = 0.5 * max(v.pedicle_width, v.pedicle_height)
        add(
            parts,
            lambda q, f=front, b=back: pedicle(q, f, b),
            front,
            back,
            pad=r_ped,
        )
        pa = np.array([s * a["x_lat"], a["y_lat"]])
        pb = np.array([0.0, a["y_mid"]])
        dy = lean * (lam_ref_z - a["lam_bottom"]) + t_lam
        add(
            parts,
            lambda q, pa=pa, pb=pb: lamina(q, pa, pb),
            [pa[0], pa[1] - dy, a["lam_bottom"]],
            [pb[0], pb[1] + dy, a["lam_top"]],
            [pa[0], pa[1] + dy, a["lam_top"]],
            [pb[0], pb[1] - dy, a["lam_bottom"]],
            pad=t_lam,
        )
        # Transverse process: from the pedicle-lamina junction out to half the table's span.
        base, half_span = transverse_root(level, side)
        add(
            parts,
            lambda q, b=base, s=s, hs=half_span: transverse_process(q, level, s, b, hs),
            *transverse_box(level, s, base, half_span),
            pad=0.0,
        )
        if level == "L5":
            root = np.array([s * (0.42 * v.endplate_width), yb + 6.0, a["ped_z"] - 0.5])
            end = base + np.array([s * 4.0, -2.0, 0.0])
            add(parts, lambda q, r=root, e=end: elliptic_rod(q, r, e, 4.0, 5.0), root, end, pad=7.0)
        # Accessory process: a small bump behind the transverse process' root.
        acc = base + np.array([s * 3.0, -3.5, -2.5])
        add(parts, lambda q, c=acc: sdf.ellipsoid(q, c, (2.4, 2.2, 3.0)), acc, pad=3.0)
    # Spinous process: a hatchet-shaped plate, pointing back and a little down, knobbed tip.
    y0 = a["y_mid"] + 1.0
    y1 = a["y_mid"] - t_lam - v.spinous_length
    hs = SPINOUS_HEIGHT[level]
    z_root_top = a["lam_top"] - 3.0
    corners = np.array(
        [
            [y0, z_root_top],  # root, top
            [y1, z_root_top - 2.5],  # tip, top
            [y1 + 3.0, z_root_top - 3.0 - hs],  # tip, bottom
            [y0 - lean * 14.0, z_root_top - 14.0],  # root, bottom (under the laminae)
        ]
    )

    def spinous(q: Array) -> Array:
        y = q[:, 1]
        plate2 = polygon2(y, q[:, 2], corners)
        along = np.clip((y0 - y) / (y0 - y1), 0.0, 1.0)
        half_t = 2.6 + 0.8 * along + 2.2 * np.exp(-(((y - y1 - 3.0) / 4.0) ** 2))
        return sdf.smax(plate2, np.abs(q[:, 0]) - half_t, 2.0)

    cz = np.column_stack([np.zeros(4), corners])
    add(parts, spinous, cz, pad=5.5)
    posterior = sdf.union(*parts, k=BLEND)
    d = sdf.smin(d_body, posterior, 1.2)

    # Articular processes, each trimmed to its curved facet.
    procs, cuts = [], []
    for side in ("left", "right"):
        s = side_sign(side)
        _, back = pedicle_axis(level, side)
        for joints, superior in ((joints_above, True), (joints_below, False)):
            j = joints.get(side)
            if j is None:
                continue
            jl = _joint_local(j, to_local)
            if superior:  # rises from the back of the pedicle
                root = back
            else:
                root = iap_root(level, side)
            add(
                procs,
                lambda q, jl=jl, sup=superior, r=root: articular_process(q, jl, sup, r),
                jl.centre,
                root,
                pad=15.0,
            )
            if superior:  # mamillary process: a knob on the back edge of the superior process
                knob, radii = mamillary_knob(jl)
                add(procs, lambda q, c=knob, r=radii: sdf.ellipsoid(q, c, r), knob, pad=4.2)
            cuts.append(facet_cut(p, jl, superior))
    if procs:
        d = sdf.smin(d, sdf.union(*procs, k=1.5), 2.0)
    for cut in cuts:
        d = np.maximum(d, cut)
    # Nothing may rise past the endplates into the disc spaces (blends would, by a fraction).
    near = (np.abs(p[:, 0]) < 0.56 * v.endplate_width) & (np.abs(p[:, 1]) < 0.56 * v.endplate_depth)
    x, y, z = p[near, 0], p[near, 1], p[near, 2]
    r0 = outline_radius(np.arctan2(y, x), v.endplate_width, v.endplate_depth)
    frac = np.hypot(x, y) / r0
    z_top = (
        H
        + np.tan(np.radians(body_wedge_deg(level))) * y
        - endplate_dip(frac, ENDPLATE_CONCAVITY_LOWER_OF_DISC)
    )
    z_bot = endplate_dip(frac, ENDPLATE_CONCAVITY_UPPER_OF_DISC)
    cap = np.where(frac < 1.1, np.maximum(z - z_top, z_bot - z), -50.0)
    d[near] = np.maximum(d[near], cap)
    return d
