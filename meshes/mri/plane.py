"""Where an MRI slice lies: the named slices a radiologist would pick (midline sagittal, through one
side's lateral recess or foramina, axial through a disc) as a pixel grid in world millimetres, laid
out the way scans are read: sagittal with the front on the left, axial seen from the feet (the
patient's right on the screen's left, the front at the top)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from meshes.dimensions import DISC_LEVELS

Array = NDArray[np.float64]

PIXEL_MM = 0.5  # the label map's grid (a clinical lumbar T2 is 0.5-0.7 mm in plane)
# Sagittal field of view: the whole lumbar spine with the sacrum (y: back..front, z: foot..head).
SAGITTAL_Y = (-75.0, 65.0)
SAGITTAL_Z = (-50.0, 175.0)
# Axial field of view round a disc's centre, in its frame (x: right..left, y: back..front).
AXIAL_X = (-52.0, 52.0)
AXIAL_Y = (-74.0, 30.0)
# Off the midline, in mm toward the side named (anatomy.md: canal width 23-27.5 mm, pedicles
# 8-18 mm wide): the lateral recess, where paracentral herniations sit, and the foramina, under
# the pedicles where each root leaves.
PARASAGITTAL_MM = 7.0
FORAMINAL_MM = 20.0

SAGITTAL_SPECS: dict[str, float] = {
    "sagittal": 0.0,
    "parasagittal-left": -PARASAGITTAL_MM,
    "parasagittal-right": PARASAGITTAL_MM,
    "sagittal-left": -FORAMINAL_MM,
    "sagittal-right": FORAMINAL_MM,
}
SPEC_FORMS = (*SAGITTAL_SPECS, "axial@DISC")


@dataclass(frozen=True)
class SliceSpec:
    """A slice by name: sagittal at an offset from the midline (mm, +x = the patient's right),
    or axial through one disc."""

    name: str
    disc: str | None = None  # axial
    offset: float = 0.0  # sagittal

    @property
    def axial(self) -> bool:
        return self.disc is not None


def parse_spec(text: str) -> SliceSpec:
    """'sagittal', 'sagittal-left', 'parasagittal-right', 'axial@L4-L5' -> SliceSpec; a ValueError
    that names the allowed forms otherwise."""
    name = text.strip()
    if name in SAGITTAL_SPECS:
        return SliceSpec(name, offset=SAGITTAL_SPECS[name])
    if name.startswith("axial@") and name[len("axial@") :] in DISC_LEVELS:
        return SliceSpec(name, disc=name[len("axial@") :])
    raise ValueError(
        f"'{text}' is not an MRI slice; use {', '.join(SAGITTAL_SPECS)} or axial@DISC with DISC one of "
        f"{', '.join(DISC_LEVELS)}"
    )


@dataclass(frozen=True)
class SlicePlane:
    """A pixel grid in the world: pixel (row, col) centre = origin + col*pixel*u + row*pixel*v."""

    origin: Array  # the top-left pixel's centre (mm)
    u: Array  # unit world direction of +column (screen right)
    v: Array  # unit world direction of +row (screen down)
    shape: tuple[int, int]  # (rows, columns)
    pixel: float = PIXEL_MM

    @property
    def normal(self) -> Array:
        return np.cross(self.u, self.v)

    def to_pixels(self, points: Array) -> Array:
        """World points (..., 3) -> (column, row) pixel coordinates (..., 2)."""
        rel = points - self.origin
        return np.stack([rel @ self.u, rel @ self.v], axis=-1) / self.pixel

    def world(self) -> Array:
        """World centre of every pixel, (rows, columns, 3)."""
        h, w = self.shape
        r = np.arange(h)[:, None, None] * self.pixel
        c = np.arange(w)[None, :, None] * self.pixel
        return self.origin + c * self.u + r * self.v

    def corners(self) -> Array:
        """The field of view's four corners in the world (top-left, top-right, bottom-right, bottom-left)."""
        h, w = self.shape
        du, dv = self.u * self.pixel * (w - 1), self.v * self.pixel * (h - 1)
        o = self.origin
        return np.array([o, o + du, o + du + dv, o + dv])

    def centre(self) -> Array:
        return self.corners().mean(axis=0)


def sagittal_plane(offset: float) -> SlicePlane:
    """A sagittal slice `offset` mm right of the midline: front on the left, head at the top."""
    (y0, y1), (z0, z1) = SAGITTAL_Y, SAGITTAL_Z
    shape = (round((z1 - z0) / PIXEL_MM) + 1, round((y1 - y0) / PIXEL_MM) + 1)
    return SlicePlane(
        origin=np.array([offset, y1, z1]),
        u=np.array([0.0, -1.0, 0.0]),
        v=np.array([0.0, 0.0, -1.0]),
        shape=shape,
    )


def axial_plane(centre: Array, rotation: Array) -> SlicePlane:
    """An axial slice in a disc's plane (`rotation`: columns right, anterior, axis), seen from the
    feet: the patient's right on the left of the picture, the front at the top."""
    right, front = rotation[:, 0], rotation[:, 1]
    (x0, x1), (y0, y1) = AXIAL_X, AXIAL_Y
    shape = (round((y1 - y0) / PIXEL_MM) + 1, round((x1 - x0) / PIXEL_MM) + 1)
    return SlicePlane(origin=centre + right * x1 + front * y1, u=-right, v=-front, shape=shape)
