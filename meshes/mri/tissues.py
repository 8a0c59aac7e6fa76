"""The tissue label map of one slice: each part's cut filled into pixels, inner tissues painted
over outer ones, then what the meshes do not hold as parts: the cortex (a bone's rim), the dura's
membrane, the fat round the sac and roots, nucleus material that has left its disc, and the
fluid in a fissure (the high-intensity zone)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from meshes.dimensions import DISC_LEVELS

from .plane import SlicePlane
from .raster import cut_segments, fill, heights

Array = NDArray[np.float64]

BACKGROUND, FAT, MARROW, CORTEX, FACET, FLAVUM, ANNULUS, CSF, DURA, ROOT = range(10)
NUCLEUS, HERNIATED, HIZ = 20, 30, 40  # + the disc's index in DISC_LEVELS
CORTEX_PX = 3  # the dark rim of cortex and endplate (thicker than life: it must survive the blur)
FAT_PX = 4  # epidural and foraminal fat: 2 mm round the sac and the roots
DISC_TOUCH_PX = 2  # but not within 1 mm of a disc
HERNIATED_PAST = 0.3  # of the annulus wall: nucleus material further out is on its way out (dark)
HIZ_RADIUS_MM = 0.9  # fluid along the fissure
HIZ_SPOT_MM = 1.6  # the bright spot where the fissure reaches the outer annulus


@dataclass(frozen=True)
class Lesion:
    """What a sick disc shows beyond its geometry, in world mm at the disc's pose now."""

    disc: str
    base: Array  # where nucleus material leaves (the nucleus wall)
    out: Array  # unit direction it leaves in
    wall: float  # annulus thickness along `out`
    fissure: float  # fissure depth 0..1 (a high-intensity zone when > 0)
    escaped: bool  # nucleus material is out past the annulus (herniation or leak)


def label_slice(
    faces: dict[str, NDArray[np.int64]],
    vertices: dict[str, Array],
    plane: SlicePlane,
    lesions: tuple[Lesion, ...] = (),
) -> NDArray[np.uint8]:
    """A (rows, columns) map of tissue codes for the parts posed at `vertices`."""
    labels = np.zeros(plane.shape, np.uint8)
    normal = plane.normal

    def paint(pid: str, code: int) -> NDArray | None:
        """Fill the part's cut with `code`; its mask, or None where the plane misses it."""
        v = vertices[pid]
        d = heights(v, plane.origin, normal)
        if not d.min() < 0.0 < d.max():
            return None
        seg = cut_segments(v, faces[pid], d)
        if len(seg) == 0:
            return None
        mask = fill(plane.to_pixels(seg), labels.shape)
        labels[mask] = code
        return mask

    bone = np.zeros(plane.shape, bool)
    for pid in faces:
        if pid.startswith("vertebra.") or pid == "sacrum":
            m = paint(pid, MARROW)
            if m is not None:
                bone |= m
    labels[bone & ~_shrink(bone, CORTEX_PX)] = CORTEX
    for pid in faces:
        if pid.startswith("facet."):
            paint(pid, FACET)
        elif pid.startswith("flavum."):
            paint(pid, FLAVUM)
    sac = paint("dura", CSF) if "dura" in faces else None
    if sac is not None:
        labels[sac & ~_shrink(sac, 1)] = DURA
    nerves = sac if sac is not None else np.zeros(plane.shape, bool)
    for pid in faces:
        if pid.startswith("root."):
            m = paint(pid, ROOT)
            if m is not None:
                nerves = nerves | m
    discs = np.zeros(plane.shape, bool)
    for i, disc in enumerate(DISC_LEVELS):
        if f"annulus.{disc}" in faces:
            for m in (paint(f"annulus.{disc}", ANNULUS), paint(f"nucleus.{disc}", NUCLEUS + i)):
                if m is not None:
                    discs |= m
    # the thin gap the meshes keep between nucleus and annulus is disc tissue, not a dark ring
    whole = ndimage.binary_fill_holes(_shrink(_grow(discs, 2), 2))
    labels[whole & ~discs & (labels == BACKGROUND)] = ANNULUS
    # no fat wedged into the hairline gap the meshes keep where disc material touches the sac or a root
    fat = _grow(nerves, FAT_PX) & (labels == BACKGROUND) & ~_grow(discs, DISC_TOUCH_PX)
    labels[fat] = FAT
    for lesion in lesions:
        _show_lesion(labels, plane, lesion)
    return labels


def _grow(mask: NDArray[np.bool_], px: int) -> NDArray[np.bool_]:
    """`mask` grown by `px` pixels (a square brush: separable, so a few hundred microseconds)."""
    return ndimage.maximum_filter(mask.view(np.uint8), size=2 * px + 1).view(bool)


def _shrink(mask: NDArray[np.bool_], px: int) -> NDArray[np.bool_]:
    """`mask` shrunk by `px` pixels (the same square brush)."""
    return ndimage.minimum_filter(mask.view(np.uint8), size=2 * px + 1).view(bool)


def _show_lesion(labels: NDArray[np.uint8], plane: SlicePlane, lesion: Lesion) -> None:
    """Escaped nucleus material relabelled; the fissure's fluid painted into the annulus."""
    i = DISC_LEVELS.index(lesion.disc)
    if lesion.escaped:
        rows, cols = np.nonzero(labels == NUCLEUS + i)
        if len(rows):
            p = plane.origin + np.outer(cols * plane.pixel, plane.u) + np.outer(rows * plane.pixel, plane.v)
            out = (p - lesion.base) @ lesion.out > HERNIATED_PAST * lesion.wall
            labels[rows[out], cols[out]] = HERNIATED + i
    if lesion.fissure <= 0.0:
        return
    tip = lesion.base + lesion.out * lesion.wall * min(lesion.fissure, 0.92)
    near = _capsule(plane, lesion.base, tip, HIZ_RADIUS_MM)
    if lesion.fissure > 0.5:
        near |= _capsule(plane, tip, tip, HIZ_SPOT_MM * min(1.0, 2 * lesion.fissure - 1.0))
    wet = near & np.isin(labels, (ANNULUS, BACKGROUND, FAT))
    labels[wet] = HIZ + i


def _capsule(plane: SlicePlane, a: Array, b: Array, radius: float) -> NDArray[np.bool_]:
    """Pixels whose centre lies within `radius` mm of the 3D segment a-b (the slice's share of it)."""
    mask = np.zeros(plane.shape, bool)
    lo, hi = np.minimum(a, b) - radius, np.maximum(a, b) + radius
    corners = np.stack(np.meshgrid(*zip(lo, hi, strict=True), indexing="ij"), axis=-1).reshape(-1, 3)
    box = plane.to_pixels(corners)
    c0, r0 = np.maximum(np.floor(box.min(axis=0)).astype(int), 0)
    c1, r1 = np.minimum(np.ceil(box.max(axis=0)).astype(int) + 1, (plane.shape[1], plane.shape[0]))
    if c0 >= c1 or r0 >= r1:
        return mask
    rr, cc = np.mgrid[r0:r1, c0:c1]
    p = plane.origin + cc[..., None] * plane.pixel * plane.u + rr[..., None] * plane.pixel * plane.v
    ab = b - a
    t = np.clip(((p - a) @ ab) / max(float(ab @ ab), 1e-12), 0.0, 1.0)
    dist = np.linalg.norm(p - (a + t[..., None] * ab), axis=-1)
    mask[r0:r1, c0:c1] = dist <= radius
    return mask
