"""Nucleus material leaving through the annulus: where it leaves, the tongue's analytic shape
(a finger, then funnel, neck and dome) and the round cone that pushes roots and sac. A herniation
and a leak through a tear both leave this way; millimetres throughout."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from meshes.disc import NUCLEUS_GAP, annulus_points

from .fields import RoundCone
from .frame import DiscFrame

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Tongue:
    """Nucleus material pushed out along a direction: the analytic shape its vertices sit on."""

    base: Array  # world point on the nucleus wall where it leaves
    out: Array  # unit radial direction (world)
    across: Array  # unit tangent (world)
    up: Array  # disc axis (world)
    length: float  # from base to the tip along `out`
    through: float  # annulus thickness along `out` (+ bump + clearance)
    patch: float  # radius of the nucleus wall patch that becomes the tongue
    neck: float
    dome: float  # 0 while contained in the annulus
    lift: float  # migration of the dome along the axis (mm)

    def dome_centre(self) -> Array:
        """Centre of the dome sphere, exactly as `tongue_points` places it."""
        b0 = np.arcsin(min(self.neck / self.dome, 1.0))
        along = self.length - 2 * self.dome + self.dome * np.cos(b0)
        return self.base + self.out * along + self.up * self.lift


@dataclass(frozen=True)
class Exit:
    """Where a tongue leaves a disc in one direction: the nucleus wall point and the tongue's axes."""

    base: Array
    out: Array
    across: Array
    up: Array
    wall: float  # annulus thickness along `out` (mm)


def exit_at(disc: str, frame: DiscFrame, theta: float) -> Exit:
    """The exit toward angle `theta` (rad, in the disc's frame) at mid height."""
    inner, outer = _wall_points(disc, theta)
    out = frame.world_dir(np.array([np.cos(theta), np.sin(theta), 0.0]))
    across = frame.world_dir(np.array([-np.sin(theta), np.cos(theta), 0.0]))
    return Exit(inner - out * NUCLEUS_GAP, out, across, frame.R[:, 2], float((outer - inner) @ out))


@cache
def _wall_points(disc: str, theta: float) -> tuple[Array, Array]:
    """Rest annulus points at mid height on the nucleus wall and on the rim (one direction)."""
    th = np.array([theta])
    inner = annulus_points(disc, th, np.zeros(1), np.full(1, 0.5))[0]
    outer = annulus_points(disc, th, np.ones(1), np.full(1, 0.5))[0]
    return inner, outer


def tongue_field(t: Tongue) -> RoundCone:
    """Signed distance to the convex hull of the tongue's neck and dome (a round cone), so
    every chord of its mesh is inside and whatever it pushes ends up outside the mesh."""
    a = t.base + t.out * (0.3 * t.through)
    b = t.dome_centre()
    return RoundCone(a, b, t.neck + 0.25, t.dome + 0.25)
