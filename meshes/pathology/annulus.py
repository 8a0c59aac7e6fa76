"""The annulus of a warped disc: pushed out by bulge and dome, its seam opened at the warp's
direction (a real gap, the sectors squeezed along the ring so the inner wall stays on the
nucleus' outline), its layers parted by a concentric fissure."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .disc_warp import DiscWarp
from .fields import TABLE_THETA
from .frame import wrap, wrap_once
from .tables import Context

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Ring:
    """Per-vertex numbers of one annulus that depend on its rest mesh only. Arrays of points
    are kept one row per axis (3, n): a frame works along rows, where numpy is fastest."""

    th: Array  # builder angle of each vertex
    rest: Array  # (3, n) rest vertices
    wall: Array  # not an end-cap centre
    sclip: Array  # s clipped to 0..1
    taper: Array  # clip(1 - s / 0.3): where the opened seam is as wide as the tongue's base
    wedge: Array  # a fissure is widest inside
    gap_h: Array  # (0.75 + 0.25 sin(pi h)) / radius: the seam's angular width per mm
    radial: Array  # (3, n) world radial direction at each vertex's angle
    bulge_w: Array  # sin(pi h)^0.7 s, 0 at the caps: where a bulge pushes out
    dome_w: Array  # sin(pi h)^0.7 s^1.5, 0 at the caps: where a protrusion domes
    layer_w: Array  # sin(pi h)^0.7, 0 at the caps
    inner_first: Array  # vertex indices by s, innermost first (a seam opens from inside)
    s_sorted: Array  # sclip in that order
    table: Array  # (3, loops * len(TABLE_THETA)): each cross-section point all round
    row0: Array  # where each vertex's cross-section point starts in `table`
    caps: Array
    loops: Array  # (caps, loop) the vertices each cap centre is the mean of
    row_start: Array  # (3, 1): where each coordinate's row starts in the flat (3, n) points


@dataclass(frozen=True)
class Aim:
    """Per-vertex numbers of one annulus for one herniation/fissure direction."""

    d_ang: Array  # angle from the direction, wrapped
    d_ang2: Array  # its square
    sign: Array
    around: Array  # 0.55 + 0.45 cos: the bulge's emphasis
    focal: Array  # where a protrusion domes
    arc: Array  # where a concentric fissure parts the layers


def _ring(ctx: Context, disc: str) -> Ring:
    return ctx.keep(("ring", disc), lambda: _make_ring(ctx, disc))


def _make_ring(ctx: Context, disc: str) -> Ring:
    prm = ctx.model.parts[f"annulus.{disc}"].param
    th, s, h = prm[:, 0], prm[:, 1], prm[:, 2]
    sclip = np.clip(s, 0.0, 1.0)
    sin_h = np.sin(np.pi * np.clip(h, 0, 1))
    prof_h = sin_h**0.7
    wall = s >= 0.0
    fr = ctx.frames[disc]
    table, loop_of = ctx.annulus_table[disc]
    inner_first = np.argsort(sclip, kind="stable")
    caps, loops = ctx.annulus_caps[disc]
    return Ring(
        th,
        np.ascontiguousarray(ctx.model.parts[f"annulus.{disc}"].vertices.T),
        wall,
        sclip,
        np.clip(1 - sclip / 0.3, 0, 1),
        0.5 + 0.8 * (1.0 - sclip),
        (0.75 + 0.25 * sin_h) / ctx.annulus_radius[disc],
        np.ascontiguousarray(fr.world_dir(np.stack([np.cos(th), np.sin(th), np.zeros_like(th)], 1)).T),
        prof_h * sclip * wall,
        prof_h * sclip**1.5 * wall,
        prof_h * wall,
        inner_first,
        sclip[inner_first],
        np.ascontiguousarray(table.reshape(-1, 3).T),
        loop_of * table.shape[1],
        caps,
        loops,
        np.arange(3)[:, None] * len(th),
    )


def _aim(ctx: Context, disc: str, theta_dir: float) -> Aim:
    return ctx.keep(("aim", disc, theta_dir), lambda: _make_aim(ctx, disc, theta_dir))


def _make_aim(ctx: Context, disc: str, theta_dir: float) -> Aim:
    th = ctx.model.parts[f"annulus.{disc}"].param[:, 0]
    d_ang = wrap(th - theta_dir)
    return Aim(
        d_ang,
        d_ang**2,
        np.sign(d_ang),
        0.55 + 0.45 * np.cos(th - theta_dir),
        np.exp(-((d_ang / 0.3) ** 2)),
        np.exp(-((d_ang / 0.6) ** 2)),
    )


def shape_annulus(ctx: Context, warp: DiscWarp) -> Array:
    """The warped annulus' vertices (n, 3)."""
    ring, aim = _ring(ctx, warp.disc), _aim(ctx, warp.disc, warp.theta)
    tongue, theta_dir = warp.tongue, warp.theta
    bulge, bump = warp.bulge_mm, warp.dome_mm
    # Bulge: broad, all round, most at the back (Fardon 2014: over 25% of the circumference).
    # Protrusion: a focal dome whose base is wider than its height.
    v = _push_annulus(ring, ring.radial, aim.around, aim.focal, bulge, bump, ring.rest)
    turned = None
    if warp.seam > 0.0:
        depth = warp.seam
        # Only the layers inside 1.12 * depth open (the others are not moved at all).
        inner = ring.inner_first[: np.searchsorted(ring.s_sorted, 1.12 * depth)]
        need = 0.6 if tongue is None else tongue.neck + 1.2
        base_need = 0.6 if tongue is None else tongue.patch + 2.4
        width = need + (base_need - need) * ring.taper[inner]
        if warp.wedge and tongue is None:
            width *= ring.wedge[inner]  # wedge: widest inside
        opened = (1.12 * depth - ring.sclip[inner]) / 0.08
        np.minimum(np.maximum(opened, 0.0, out=opened), 1.0, out=opened)
        gap = width * opened
        gap *= ring.gap_h[inner]
        sigma = max(1.2 * float(gap.max(initial=0.0)), 0.05)
        shift = aim.d_ang2[inner] * (-1.0 / sigma**2)
        np.exp(shift, out=shift)
        shift *= gap
        shift *= aim.sign[inner]
        turn = np.nonzero(np.abs(shift) > 1e-9)[0]  # (1e-9 rad: under 1e-8 mm)
        turned, shift = inner[turn], shift[turn]
        th_new = ring.th.take(turned) + shift
        # The seam moves vertices along the ring (sampled anew), and their directions turn.
        at = ring.rest.take(turned, axis=1)
        moving = ring.wall.take(turned) & (np.abs(shift) > 1e-5)
        at = np.where(moving, _annulus_lookup(ring, th_new, turned), at)
        cos_new, sin_new = np.cos(th_new), np.sin(th_new)
        radial_t = warp.frame.R[:, :2] @ np.stack([cos_new, sin_new])
        cos_new *= 0.45 * np.cos(theta_dir)
        sin_new *= 0.45 * np.sin(theta_dir)
        cos_new += sin_new
        cos_new += 0.55
        d_new = np.abs(aim.d_ang.take(turned) + shift)  # wrapped (less than a turn off)
        np.minimum(d_new, 2 * np.pi - d_new, out=d_new)
        d_new *= 1 / 0.3
        np.square(d_new, out=d_new)
        np.negative(d_new, out=d_new)
        focal_t = np.exp(d_new, out=d_new)
        at = _push_annulus(ring, radial_t, cos_new, focal_t, bulge, bump, at, turned)
        v.reshape(-1)[(turned + ring.row_start).ravel()] = at.ravel()
    v[:, ring.caps] = v.take(ring.loops, axis=1).sum(axis=2) / ring.loops.shape[1]
    if warp.delamination > 0.0:
        # Delamination: inner layers part from outer ones along an arc behind the nucleus.
        radial = ring.radial
        if turned is not None:
            radial = radial.copy()
            radial[:, turned] = radial_t
        layer = np.clip(1.0 - ring.sclip / max(warp.delamination, 1e-3), 0.0, 1.0)
        v += radial * (1.4 * warp.delamination * aim.arc * layer * ring.layer_w)
    return np.ascontiguousarray(v.T)


def _push_annulus(ring: Ring, radial, around, focal, bulge: float, bump: float, at: Array, which=None):
    """Annulus points `at` (3, k) pushed out along `radial` by the bulge and the protrusion dome
    (of emphasis `around` and `focal`), for the vertices `which` (default: all)."""
    disp = None
    if bulge:
        disp = around * (ring.bulge_w if which is None else ring.bulge_w.take(which))
        disp *= bulge
    if bump:
        dome = focal * (ring.dome_w if which is None else ring.dome_w.take(which))
        dome *= bump
        disp = dome if disp is None else disp + dome
    if disp is None:
        return at.copy() if which is None else at
    disp = radial * disp
    disp += at
    return disp


def _annulus_lookup(ring: Ring, theta: Array, which: Array) -> Array:
    """Rest annulus positions (3, k) at new angles for the vertices `which`, from a table per
    cross-section point (linear in theta, 0.25 degree steps)."""
    x = (wrap_once(theta) + np.pi) / (2 * np.pi) * (len(TABLE_THETA) - 1)
    i0 = np.floor(x).astype(int)
    np.minimum(np.maximum(i0, 0, out=i0), len(TABLE_THETA) - 2, out=i0)
    f = x - i0
    i0 += ring.row0[which]
    a = ring.table.take(i0, axis=1)
    i0 += 1
    a *= 1 - f
    a += ring.table.take(i0, axis=1) * f
    return a
