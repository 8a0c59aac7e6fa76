"""Mesh a signed-distance function: the one place `meshes` uses pyvista (VTK filters at build
time only, never at run time and never a plotter). Flying edges, windowed-sinc smoothing and
quadric decimation keep the surface closed, smooth and within its triangle budget."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def _tri_arrays(surf) -> tuple[Array, NDArray[np.int64]]:
    faces = np.asarray(surf.faces).reshape(-1, 4)[:, 1:].astype(np.int64)
    return np.asarray(surf.points, dtype=np.float64), faces


def _poly(v: Array, f: NDArray[np.int64]):
    import pyvista as pv

    return pv.PolyData(v, np.hstack([np.full((len(f), 1), 3), f]).ravel())


def mesh_sdf(func: Callable[[Array], Array], lo, hi, spacing: float,
             target_triangles: int | None = None, smooth_iter: int = 20) -> tuple[Array, NDArray[np.int64]]:
    """Triangulate the zero level of func over the box [lo, hi] sampled every `spacing` mm.

    Returns (vertices (n, 3) float64, faces (m, 3) int64), outward-facing and watertight.
    """
    import pyvista as pv

    lo = np.asarray(lo, float) - 2 * spacing
    hi = np.asarray(hi, float) + 2 * spacing
    dims = np.ceil((hi - lo) / spacing).astype(int) + 1
    grid = pv.ImageData(dimensions=dims, spacing=(spacing,) * 3, origin=lo)
    grid.point_data["d"] = func(np.asarray(grid.points, dtype=np.float64))
    surf = grid.contour([0.0], scalars="d", method="flying_edges").triangulate().clean()
    surf = _poly(*_tri_arrays(surf)).extract_largest()
    surf = _poly(*_tri_arrays(surf.extract_surface(algorithm=None).triangulate()))
    if smooth_iter:
        surf = surf.smooth_taubin(n_iter=smooth_iter, pass_band=0.08)
    if target_triangles and surf.n_cells > target_triangles:
        surf = surf.decimate(1.0 - target_triangles / surf.n_cells, volume_preservation=True)
    surf = surf.clean().compute_normals(auto_orient_normals=True, consistent_normals=True,
                                        split_vertices=False, cell_normals=False)
    return _tri_arrays(surf)
