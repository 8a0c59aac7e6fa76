"""The nucleus of a warped disc: dehydration shrinks it, a tongue leaves it (the wall patch its
vertices come from goes over to the tongue's surface), and the rest shrinks so the nucleus and
what left it keep the volume (mm^3) the dried nucleus has."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .disc_warp import DiscWarp
from .frame import face_volumes, smoothstep, wrap
from .tables import Context
from .tongue import Tongue

Array = NDArray[np.float64]


def shape_nucleus(ctx: Context, warp: DiscWarp) -> Array:
    """The warped nucleus' vertices (n, 3)."""
    disc, tongue = warp.disc, warp.tongue
    nv = ctx.model.parts[f"nucleus.{disc}"].vertices
    centre, _ = ctx.nucleus_faces[disc]
    rel = ctx.nucleus_rel[disc]
    dry = warp.dry
    axis = warp.frame.R[:, 2]
    target = ctx.nucleus_volume[disc] * dry**2
    # Drying shrinks the gel in the disc's plane (it stays between the endplates, which the
    # settling segment then brings together), so the volume goes as k^2; only the faces at the
    # tongue need summing again, and only their corners scaling.
    tongue_pts, patch = None, None
    fixed_vol = ctx.nucleus_volume_rest[disc]
    if tongue is not None and tongue.length > 0.0:
        patch = patch_of(ctx, disc, warp.theta, tongue)
        fixed_vol = patch.fixed_volume
        tongue_pts = tongue_points(tongue, patch, nv.take(patch.moved, axis=0))
        corners = rel.take(patch.corners, axis=0)
        pulled = (tongue_pts - centre) * patch.blend
        keep = 1 - patch.blend
    k_next = dry
    for _ in range(3):  # the shape kept is the last one measured (before its correction)
        k = k_next
        S = k * np.eye(3) + (1.0 - k) * np.outer(axis, axis)  # in-plane scaling by k
        vol = k**2 * fixed_vol
        if patch is not None:
            relk = corners @ S
            mc = patch.moved_corner
            relk[mc] = relk[mc] * keep + pulled
            vol += float(face_volumes(relk, patch.faces).sum())
        k_next = k * (target / vol) ** (0.45)  # (under 1/2: steady)
    scale = np.zeros((4, 3))  # centre + rel @ S, as one product
    scale[:3] = S
    scale[3] = centre
    nvk = ctx.nucleus_rel_h[disc] @ scale
    if patch is not None:
        nvk[patch.moved] = nvk.take(patch.moved, axis=0) * keep + tongue_pts * patch.blend
    return nvk


@dataclass(frozen=True)
class Patch:
    """The nucleus wall patch a tongue leaves by (per disc, direction and patch size): its
    vertices in the tongue's order (funnel, neck, dome) and what depends on the patch only."""

    moved: Array  # vertex indices
    rho: Array  # where on the patch: 1 at its rim, 0 at its centre
    cos_psi: Array
    sin_psi: Array
    blend: Array  # (k, 1) how far each vertex goes over to the tongue
    on_plane: Array  # (k, 3): weights of (across, up, base) of each vertex's place on the patch
    segments: tuple[int, int]  # where the neck and the dome start
    u: Array  # how far along its segment (funnel, neck, dome) each vertex is, 0..1
    ease: Array  # smoothstep of u (the funnel narrows smoothly)
    keep: Array  # (k, 1) how much of the wall's curve a vertex keeps
    rho2: Array  # (k, 1)
    finger_a: Array  # 1 - rho^2: a contained tongue's reach
    finger_r: Array  # (k, 2): a contained tongue's radius along (across, up)
    corners: Array  # the vertices of the faces the tongue changes
    faces: Array  # those faces, indexing `corners`
    moved_corner: Array  # where the moved vertices are among `corners`
    fixed_volume: float  # rest volume of the other faces (about the nucleus centre)


def patch_of(ctx: Context, disc: str, theta_dir: float, tongue: Tongue) -> Patch:
    """The nucleus wall patch a tongue leaves by: which vertices, where on the patch (rho, psi),
    their blend weight, and the faces (and rest volume of the others) it changes."""
    return ctx.keep(
        ("patch", disc, theta_dir, tongue.patch), lambda: _make_patch(ctx, disc, theta_dir, tongue)
    )


def _make_patch(ctx: Context, disc: str, theta_dir: float, tongue: Tongue) -> Patch:
    fr, nuc = ctx.frames[disc], ctx.model.parts[f"nucleus.{disc}"]
    nth, ns, nh = nuc.param[:, 0], nuc.param[:, 1], nuc.param[:, 2]
    rw = np.linalg.norm(fr.local(tongue.base)[:2]) + 1e-9
    du = wrap(nth - theta_dir) * rw
    dv = (nh - 0.5) * fr.height
    rho = np.hypot(du, dv) / tongue.patch
    inside = (ns >= 1.0) & (rho < 1.0)
    touched = inside[nuc.faces].any(axis=1)
    corners, faces = np.unique(nuc.faces[touched], return_inverse=True)
    sig = 1.0 - rho
    moved = np.nonzero(inside)[0]
    moved = moved[np.argsort(np.digitize(sig[moved], [0.25, 0.45]), kind="stable")]
    rho, sig, psi = rho[moved], sig[moved], np.arctan2(dv[moved], du[moved])
    f, n = int(np.sum(sig < 0.25)), int(np.sum(sig < 0.45))
    u = np.concatenate([sig[:f] / 0.25, (sig[f:n] - 0.25) / 0.2, (sig[n:] - 0.45) / 0.55])
    r_finger, r_flat = tongue.patch * rho * (0.55 + 0.45 * rho), tongue.patch * rho
    return Patch(
        moved,
        rho,
        np.cos(psi),
        np.sin(psi),
        smoothstep(0.0, 0.2, 1.0 - rho)[:, None],
        np.stack([r_flat * np.cos(psi), r_flat * np.sin(psi), np.ones_like(rho)], 1),
        (f, n),
        u,
        u * u * (3 - 2 * u),
        np.clip((rho - 0.75) / 0.25, 0.0, 1.0)[:, None],
        (rho**2)[:, None],
        1.0 - rho**2,
        np.stack([r_finger * np.cos(psi), r_finger * np.sin(psi)], 1),
        corners,
        faces.reshape(-1, 3),
        np.searchsorted(corners, moved),
        float(ctx.nucleus_faces[disc][1][~touched].sum()),
    )


def tongue_points(t: Tongue, patch: Patch, rest: Array) -> Array:
    """Points of the tongue surface for the patch's vertices (radius rho: 1 = its rim on the
    wall, 0 = tip).

    Written as a displacement of each wall vertex (`rest`), so the rim stays exactly on the
    curved nucleus wall and the tongue grows out of it."""
    # Each point as weights of (out, across, up, base): one product for all of them.
    frame = np.stack([t.out, t.across, t.up, t.base])
    rest = rest - patch.on_plane @ frame[1:]  # its offset from the tangent plane (the wall's curve)
    w = np.empty((len(patch.rho), 4))
    w[:, 3] = 1.0
    if t.dome <= 0.0:  # contained: a rounded finger into the fissure, narrower than its base
        np.multiply(patch.finger_a, t.length, out=w[:, 0])
        w[:, 1:3] = patch.finger_r
        out = w @ frame
        out += rest * patch.rho2
        return out
    f, n = patch.segments
    a, r, lift = w[:, 0], w[:, 1], w[:, 2]
    # Funnel: from the wall's patch into the neck.
    np.multiply(patch.u[:f], 0.3 * t.through, out=a[:f])
    np.multiply(patch.ease[:f], t.neck - t.patch, out=r[:f])
    r[:f] += t.patch
    lift[:f] = 0.0
    # Neck: through the annulus (and up or down with a migrating fragment).
    back = t.length - 2 * t.dome
    np.multiply(patch.u[f:n], back - 0.3 * t.through, out=a[f:n])
    a[f:n] += 0.3 * t.through
    r[f:n] = t.neck
    np.multiply(patch.u[f:n], t.lift, out=lift[f:n])
    # Dome: a sphere cap past the rim.
    b0 = math.asin(min(t.neck / t.dome, 1.0))
    beta = b0 + (np.pi - b0) * patch.u[n:]
    ac = back + t.dome * math.cos(b0)
    np.multiply(np.cos(beta), -t.dome, out=a[n:])
    a[n:] += ac
    np.multiply(np.sin(beta), t.dome, out=r[n:])
    lift[n:] = t.lift
    # r along cdir = cos psi across + sin psi up
    lift += r * patch.sin_psi
    r *= patch.cos_psi
    out = w @ frame
    out += rest * patch.keep  # only the funnel keeps the wall's curve
    return out
