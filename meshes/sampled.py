"""Signed-distance functions sampled once on a grid (narrow band around the surface), then
read back by trilinear interpolation: a bone's field is evaluated once per build and reused by
everything that needs clearance from it (the sac, the roots, the ligaments)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
COARSE = 3  # coarse grid step, in fine cells
BAND = 2.0  # exact values within this many coarse steps of the surface (clearance needs them)


def narrow_band(func: Callable[[Array], Array], lo: Array, dims, spacing: float) -> Array:
    """Sample func on a fine grid, but only near the surface: a coarse pass finds where the
    surface can be, everything else takes its nearest coarse value (far from the surface only
    the sign matters, and it cannot change within a coarse cell there)."""
    dims = np.asarray(dims)
    cdims = (dims - 1) // COARSE + 2
    axes = [lo[i] + spacing * COARSE * np.arange(cdims[i]) for i in range(3)]
    cpts = np.stack(np.meshgrid(*axes, indexing="ij"), -1).reshape(-1, 3)
    coarse = func(cpts).reshape(cdims)
    # Nearest coarse sample of each fine point (fine index i -> coarse round(i / COARSE)).
    near = [
        np.minimum((np.arange(n) + COARSE // 2) // COARSE, c - 1) for n, c in zip(dims, cdims, strict=True)
    ]
    fine = coarse[np.ix_(*near)].ravel()
    band = np.nonzero(np.abs(fine) < BAND * COARSE * spacing)[0]
    i, rem = np.divmod(band, dims[1] * dims[2])
    j, k = np.divmod(rem, dims[2])
    fpts = np.stack([lo[0] + spacing * i, lo[1] + spacing * j, lo[2] + spacing * k], axis=1)
    fine[band] = func(fpts)
    return fine.reshape(dims)


@dataclass(frozen=True)
class SampledField:
    """Values of a signed-distance field on a regular grid in some frame (mm).

    `to_local` maps world points into the grid's frame (None: the grid is in world axes)."""

    lo: Array
    spacing: float
    values: Array  # (nx, ny, nz)
    to_local: Callable[[Array], Array] | None = None
    outside: float = 8.0  # what points beyond the grid read

    @classmethod
    def sample(cls, func, lo, hi, spacing: float, to_local=None, pad: int = 2) -> SampledField:
        lo = np.asarray(lo, float) - pad * spacing
        hi = np.asarray(hi, float) + pad * spacing
        dims = np.ceil((hi - lo) / spacing).astype(int) + 1
        return cls(lo, spacing, narrow_band(func, lo, dims, spacing), to_local)

    @property
    def hi(self) -> Array:
        return self.lo + self.spacing * (np.array(self.values.shape) - 1)

    def __call__(self, p: Array) -> Array:
        from scipy.ndimage import map_coordinates

        q = p if self.to_local is None else self.to_local(p)
        idx = (q - self.lo) / self.spacing
        n = np.array(self.values.shape) - 1
        inside = np.all((idx >= 0) & (idx <= n), axis=1)
        out = np.full(len(p), self.outside)
        if inside.any():
            out[inside] = map_coordinates(self.values, idx[inside].T, order=1, mode="nearest")
        return out


def union_of(fields: list[SampledField], far: float = 8.0) -> Callable[[Array], Array]:
    """The nearest of several sampled fields at world points (distance capped at `far`). Each
    field is only asked about points inside its world box (the rest read `far` anyway)."""
    boxes = []
    for f in fields:
        lo, hi = f.lo, f.hi
        corners = np.array(
            [[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
        )
        if f.to_local is not None:  # the grid's box in world axes: invert to_local on its corners
            o = f.to_local(np.zeros((1, 3)))[0]
            axes = f.to_local(np.eye(3)) - o  # rows: world axes in local coordinates
            corners = (corners - o) @ np.linalg.inv(axes)
        boxes.append((corners.min(axis=0), corners.max(axis=0)))

    def field(p: Array) -> Array:
        out = np.full(len(p), far)
        for f, (lo, hi) in zip(fields, boxes, strict=True):
            inside = np.all((p >= lo) & (p <= hi), axis=1)
            if inside.any():
                out[inside] = np.minimum(out[inside], f(p[inside]))
        return out

    return field
