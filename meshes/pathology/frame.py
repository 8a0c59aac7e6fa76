"""A disc's rest frame (centre, axes, mean height) and the ramps, bands and angle wraps the
deformations are written in; millimetres and radians."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from meshes.layout import disc_mean_height, layout

Array = NDArray[np.float64]


def smoothstep(a: float, b: float, x):
    """0 below a, 1 above b, a smooth cubic between (a float for a float: a state's number)."""
    if isinstance(x, float | int):
        t = min(max((x - a) / (b - a), 0.0), 1.0)
        return t * t * (3 - 2 * t)
    t = np.clip((np.asarray(x, float) - a) / (b - a), 0.0, 1.0)
    return t * t * (3 - 2 * t)


@dataclass
class DiscFrame:
    """A disc's rest frame: centre, rotation (columns: right, anterior, axis), mean height."""

    centre: Array
    R: Array
    height: float

    def local(self, p: Array) -> Array:
        return (p - self.centre) @ self.R

    def world_dir(self, v: Array) -> Array:
        return v @ self.R.T


def disc_frame(disc: str) -> DiscFrame:
    """The frame halfway between the endplates above and below the disc."""
    lay = layout()
    b, t = lay.disc_bottom[disc], lay.disc_top[disc]
    axis = b.R[:, 2] + t.R[:, 2]
    axis /= np.linalg.norm(axis)
    x = np.array([1.0, 0.0, 0.0])
    y = np.cross(axis, x)
    return DiscFrame(0.5 * (b.t + t.t), np.stack([x, y, axis], axis=1), disc_mean_height(disc))


def axial_weight(fr: DiscFrame, p: Array) -> Array:
    """0 below the disc, 1 above it, smooth through its height: how much of a segment's motion."""
    z = (p - fr.centre) @ fr.R[:, 2]
    return smoothstep(-0.5 * fr.height, 0.5 * fr.height, z)


def squeeze_band(fr: DiscFrame, p: Array) -> Array:
    """Weight 1 within the disc's height (and a margin), falling to 0 above and below."""
    z = (p - fr.centre) @ fr.R[:, 2]
    return np.exp(-((z / (0.5 * fr.height + 4.0)) ** 4))


def wrap(a: Array) -> Array:
    """Angles into -pi..pi."""
    return (a + np.pi) % (2 * np.pi) - np.pi


def wrap_once(a: Array) -> Array:
    """`wrap` for angles less than a turn outside -pi..pi (as a sum of two wrapped angles is),
    at a third of the cost on long arrays."""
    return np.where(a >= np.pi, a - 2 * np.pi, np.where(a < -np.pi, a + 2 * np.pi, a))


def homogeneous(v: Array) -> Array:
    """Points with a fourth coordinate 1, so a rigid motion is one matrix product."""
    vh = np.empty((len(v), 4))
    vh[:, :3] = v
    vh[:, 3] = 1.0
    return vh


def mesh_volume(v: Array, f: NDArray[np.int64]) -> float:
    """Volume enclosed by a closed triangle mesh (mm^3)."""
    a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
    return float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6.0)


def face_volumes(v: Array, f: NDArray[np.int64]) -> Array:
    """Signed volume of the tetrahedron each face makes with the origin (mm^3)."""
    a, b, c = v[f[:, 0]].T, v[f[:, 1]].T, v[f[:, 2]].T
    return (
        a[0] * (b[1] * c[2] - b[2] * c[1])
        + a[1] * (b[2] * c[0] - b[0] * c[2])
        + a[2] * (b[0] * c[1] - b[1] * c[0])
    ) / 6.0
