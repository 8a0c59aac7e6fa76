"""Where each bone sits: rigid frames from the sacrum up, built from body and disc wedges.

A vertebra's local frame has its origin at the centre of its lower endplate, +z along the body
axis, +y anterior, +x to the patient's right (RAS). The sacrum's frame has its origin at the S1
upper endplate centre, which is the world origin; it is tilted forward by the sacral slope.
Lordosis is not typed in: it follows from the anterior/posterior heights of bodies and discs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from .dimensions import DISC_LEVELS, DISCS, LEVELS, SACRUM, VERTEBRAE
from .sdf import rot_x

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Frame:
    """A rigid transform local -> world: x_world = R @ x_local + t."""

    R: Array
    t: Array

    def to_world(self, p: Array) -> Array:
        return p @ self.R.T + self.t

    def to_local(self, p: Array) -> Array:
        return (p - self.t) @ self.R

    def then(self, R: Array, t) -> Frame:
        """This frame followed by a local move: translate by t, then rotate by R (in local axes)."""
        return Frame(self.R @ R, self.t + self.R @ np.asarray(t, float))

    @property
    def matrix(self) -> Array:
        m = np.eye(4)
        m[:3, :3] = self.R
        m[:3, 3] = self.t
        return m


def body_wedge_deg(level: str) -> float:
    """Angle between a body's endplates: taller in front means positive (lordotic)."""
    v = VERTEBRAE[level]
    return float(np.degrees(np.arctan2(v.height_anterior - v.height_posterior, v.endplate_depth)))


def body_mean_height(level: str) -> float:
    v = VERTEBRAE[level]
    return 0.5 * (v.height_anterior + v.height_posterior)


def disc_depth(disc: str) -> float:
    upper, lower = disc.split("-")
    d_up = VERTEBRAE[upper].endplate_depth
    d_lo = SACRUM.endplate_depth if lower == "S1" else VERTEBRAE[lower].endplate_depth
    return 0.5 * (d_up + d_lo)


def disc_wedge_deg(disc: str) -> float:
    d = DISCS[disc]
    return float(np.degrees(np.arctan2(d.height_anterior - d.height_posterior, disc_depth(disc))))


def disc_mean_height(disc: str) -> float:
    d = DISCS[disc]
    return 0.5 * (d.height_anterior + d.height_posterior)


@dataclass(frozen=True)
class Layout:
    """Frames of every bone and of both endplates around every disc."""

    bones: dict[str, Frame]  # "L1".."L5", "S1" (the sacrum)
    disc_bottom: dict[str, Frame]  # frame on the lower bone's upper endplate
    disc_top: dict[str, Frame]  # frame on the upper bone's lower endplate (= that bone's frame)

    def lordosis_deg(self) -> float:
        """Cobb angle from the L1 upper endplate to the S1 upper endplate (sagittal plane)."""
        top = self.bones["L1"].then(rot_x(body_wedge_deg("L1")), (0, 0, body_mean_height("L1")))
        n1 = top.R[:, 2]
        n2 = self.bones["S1"].R[:, 2]
        a1 = np.degrees(np.arctan2(n1[1], n1[2]))
        a2 = np.degrees(np.arctan2(n2[1], n2[2]))
        return float(a2 - a1)


@cache
def layout() -> Layout:
    """Stack the bones from S1 up through the discs (see module docstring for the frames)."""
    bones: dict[str, Frame] = {"S1": Frame(rot_x(-SACRUM.slope), np.zeros(3))}
    bottom: dict[str, Frame] = {}
    top: dict[str, Frame] = {}
    below = "S1"
    below_top = bones["S1"]
    for disc, level in zip(reversed(DISC_LEVELS), reversed(LEVELS), strict=True):
        bottom[disc] = below_top
        f = below_top.then(np.eye(3), (0, 0, disc_mean_height(disc)))
        f = f.then(rot_x(disc_wedge_deg(disc)), (0, 0, 0))
        bones[level] = f
        top[disc] = f
        below_top = f.then(np.eye(3), (0, 0, body_mean_height(level))).then(
            rot_x(body_wedge_deg(level)), (0, 0, 0)
        )
        below = level
    del below
    return Layout(bones=bones, disc_bottom=bottom, disc_top=top)


def disc_centre(disc: str) -> Array:
    """World position (mm) of the middle of a disc: halfway between its endplate centres."""
    lay = layout()
    return 0.5 * (lay.disc_bottom[disc].t + lay.disc_top[disc].t)


def spine_centre() -> Array:
    """World position (mm) the default views look at: the middle of L3 roughly."""
    return disc_centre("L3-L4")
