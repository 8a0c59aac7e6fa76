"""The contact fields: signed distances (mm) to what disc material pushes against roots and sac
(a tongue's round cone, the bulged disc's envelope), evaluated on any points or, cheaper, on sets
of rest points kept per model (`RestPoints`)."""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from numpy.typing import NDArray

from meshes.dimensions import disc_between
from meshes.disc import _dims
from meshes.outline import outline_radius

from .frame import DiscFrame

Array = NDArray[np.float64]

CLEARANCE = 0.35  # mm kept between disc material and the roots and sac it pushes


def round_cone(p: Array, a: Array, b: Array, r1: float, r2: float) -> Array:
    """Exact signed distance to the convex hull of two spheres (a, r1) and (b, r2)."""
    return RoundCone(a, b, r1, r2)(p)


class RoundCone:
    """`round_cone` with its constants worked out once (contact evaluates it many times, mostly
    on a few dozen points, so what counts is the number of array operations per call)."""

    def __init__(self, a: Array, b: Array, r1: float, r2: float):
        self.r1, self.r2 = r1, r2
        ax, ay, az = (b - a).tolist()
        self.l2 = l2 = ax * ax + ay * ay + az * az
        self.length = length = math.sqrt(l2)
        # A frame along the axis: points become (across, across, along) from a.
        ax, ay, az = ax / length, ay / length, az / length
        if abs(ax) <= min(abs(ay), abs(az)):  # across = axis x (the unit vector least along it)
            ux, uy, uz = 0.0, az, -ay
        elif abs(ay) <= abs(az):
            ux, uy, uz = -az, 0.0, ax
        else:
            ux, uy, uz = ay, -ax, 0.0
        n = math.sqrt(ux * ux + uy * uy + uz * uz)
        ux, uy, uz = ux / n, uy / n, uz / n
        self.E = np.array(
            [[ux, uy, uz], [ay * uz - az * uy, az * ux - ax * uz, ax * uy - ay * ux], [ax, ay, az]]
        )
        self.aE = (self.E @ a)[:, None]
        self.mid = 0.5 * (a + b)
        self.mid2 = float(self.mid @ self.mid)
        rr = r1 - r2
        self.a2 = a2 = l2 - rr * rr
        # In the frame, with x2 = l2^2 rho^2 and y = l t, iq's round cone's tests and middle
        # distance read as below (the spheres' ends and the cone side).
        self.k = math.copysign(rr * rr, rr) / a2 if a2 > 0 else None
        self.side = (math.sqrt(max(a2, 0.0) / l2), rr / length)

    def at(self, rest: RestPoints) -> Array:
        """The field at rest points; where the cone is FAR_MM or more away, only a lower bound
        (its distance from the axis' middle less the cone's reach)."""
        if self.k is None:
            return self(rest.p)
        reach = 0.5 * self.length + max(self.r1, self.r2)
        d2 = rest.p @ (-2.0 * self.mid)
        d2 += rest.p2
        d2 += self.mid2
        near = np.nonzero(d2 < (reach + FAR_MM + 1.0) ** 2)[0]  # (1 mm for rounding)
        if len(near) == len(d2):
            return self(rest.p)
        out = np.sqrt(np.maximum(d2, 0.0, out=d2), out=d2)
        out -= reach
        out[near] = self(rest.p.take(near, axis=0))
        return out

    def __call__(self, p: Array) -> Array:
        u = np.matmul(self.E, p.T)
        u -= self.aE
        rho = np.hypot(u[0], u[1])  # from the axis
        t = u[2]  # along it, from a
        tb = t - self.length
        d_a = np.hypot(rho, t)
        d_a -= self.r1
        d_b = np.hypot(rho, tb)
        d_b -= self.r2
        cs, ct = self.side
        d_mid = rho * cs
        d_mid += t * ct
        d_mid -= self.r1
        if self.k is None:  # one sphere holds the other (not a tongue's shape): as iq writes it
            x2, y, z, l2, a2 = (
                rho * rho * self.l2 * self.l2,
                t * self.length,
                tb * self.length,
                self.l2,
                self.a2,
            )
            k = np.sign(self.r1 - self.r2) * (self.r1 - self.r2) ** 2 * x2
            return np.where(
                np.sign(z) * a2 * z * z * l2 > k, d_b, np.where(np.sign(y) * a2 * y * y * l2 < k, d_a, d_mid)
            )
        rho *= rho
        rho *= self.k
        return np.where(tb * np.abs(tb) > rho, d_b, np.where(t * np.abs(t) < rho, d_a, d_mid))


TABLE_THETA = np.linspace(-np.pi, np.pi, 1441)


@cache
def outline_table(bone: str) -> Array:
    """Endplate outline radius sampled every 0.25 degrees (interpolated per frame)."""
    w, dp = _dims(bone)
    return outline_radius(TABLE_THETA, w, dp)


def envelope_field(disc: str, fr: DiscFrame, bulge: float, theta_dir: float, bump: float):
    """Signed distance (approx.) to the outside of the (bulged) disc, for contact."""
    return Envelope(disc, fr, bulge, theta_dir, bump)


class Envelope:
    """`envelope_field`: called on any points, or `at` a set of rest points kept per model."""

    def __init__(self, disc: str, fr: DiscFrame, bulge: float, theta_dir: float, bump: float):
        self.disc, self.fr, self.bulge, self.theta_dir, self.bump = disc, fr, bulge, theta_dir, bump
        self.rim = outline_table(disc_between(disc)[1])
        self.to_local, self.origin = fr.R.T, (fr.R.T @ fr.centre)[:, None]

    def __call__(self, p: Array) -> Array:
        x, y, z = np.matmul(self.to_local, p.T) - self.origin  # fr.local(p), one row per axis
        th = np.arctan2(y, x)
        z = np.abs(z)
        lid = z - 0.5 * self.fr.height  # past the endplates
        sin_h = self._sin_h(z)
        r = np.interp(th, TABLE_THETA, self.rim)
        r += 0.6 * sin_h
        if self.bulge or self.bump:  # (a term that is 0 adds nothing)
            prof = sin_h**0.7
            if self.bulge:
                r += self.bulge * (0.55 + 0.45 * np.cos(th - self.theta_dir)) * prof
            if self.bump:
                r += self.bump * self._focal(th) * prof
        side = np.hypot(x, y)
        side -= r
        return np.maximum(side, lid, out=side)

    def _sin_h(self, z: Array) -> Array:
        """sin(pi h) of the height h = z / height + 0.5 clipped to 0..1, from |z| (overwritten)."""
        z *= np.pi / self.fr.height
        return np.cos(np.minimum(z, 0.5 * np.pi, out=z), out=z)

    def _focal(self, th: Array) -> Array:
        w = np.abs(th - self.theta_dir)  # the angle between, wrapped (both are in -pi..pi)
        np.minimum(w, 2 * np.pi - w, out=w)
        np.square(w, out=w)
        w *= -1 / 0.09
        return np.exp(w, out=w)

    def at(self, rest: RestPoints) -> Array:
        """The field at rest points: all but the state's few numbers worked out once."""
        key = self.disc
        pre = rest.cache.get(key)
        if pre is None:
            x, y, z = np.matmul(self.to_local, rest.p.T) - self.origin
            th = np.arctan2(y, x)
            z = np.abs(z)
            lid = z - 0.5 * self.fr.height
            sin_h = self._sin_h(z)
            r = np.interp(th, TABLE_THETA, self.rim)
            r += 0.6 * sin_h
            pre = rest.cache[key] = (th, r, sin_h**0.7, np.hypot(x, y), lid)
        th, r, prof, side, lid = pre
        if self.bulge or self.bump:
            aim = rest.cache.get((key, self.theta_dir))
            if aim is None:
                aim = rest.cache[(key, self.theta_dir)] = (
                    0.55 + 0.45 * np.cos(th - self.theta_dir),
                    self._focal(th),
                )
            r = r.copy()
            if self.bulge:
                r += self.bulge * aim[0] * prof
            if self.bump:
                r += self.bump * aim[1] * prof
        side = side - r
        return np.maximum(side, lid, out=side)


# A field value at or above this only says "at least this far": contact looks no further than
# CLEARANCE + 6 mm from a root section's points, CLEARANCE + its radius (under 3 mm) from its
# centre, and the field changes by less than 6 mm over a gradient step (0.2 mm).
FAR_MM = 12.0


class RestPoints:
    """A set of rest points the field is wanted at every frame (root sections, the sac near the
    sick levels), with what the fields need of them that no state changes (kept per model)."""

    def __init__(self, p: Array, index: Array | None = None):
        self.p = p
        self.index = index  # which vertices of their part, when a subset
        self.p2 = np.einsum("ij,ij->i", p, p)
        self.cache: dict = {}


def field_at(pushers: list, rest: RestPoints) -> Array:
    """The contact field (the nearest pusher) at rest points: exact under FAR_MM."""
    d = pushers[0].at(rest)
    for f in pushers[1:]:
        d = np.minimum(d, f.at(rest))
    return d
